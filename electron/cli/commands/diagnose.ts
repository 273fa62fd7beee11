import type { Command } from 'commander';
import { Option } from 'commander';
import { SYMPTOMS, type Symptom } from '../../../knowledge/contract/symptoms';
import type { Language } from '../../../knowledge/i18n/translations';
import { cliHelp } from '../help';
import { cliMessages } from '../messages';
import { say } from '../say';

type Options = { facts?: string; format: 'json' | 'text'; today?: string; symptom?: Symptom; listFacts?: boolean };

export function register(program: Command, language: Language): void {
  const h = cliHelp(language).diagnose;
  program
    .command('diagnose')
    .description(h.description)
    .option('--facts <file>', h.facts)
    .addOption(new Option('--format <format>', h.format).choices(['json', 'text']).default('text'))
    .option('--today <date>', h.today)
    .addOption(new Option('--symptom <symptom>', h.symptom).choices(SYMPTOMS))
    .option('--list-facts', h.listFacts)
    .addHelpText('after', h.after)
    .action(async (opts: Options) => {
      process.exitCode = await run(opts, language);
    });
}

async function run(opts: Options, language: Language): Promise<number> {
  const m = cliMessages(language);
  // What the command needs loads only now: `--help` and the other commands never wait for it.
  if (opts.listFacts) {
    const { factTakes, FACT_NAMES } = await import('../../../knowledge/contract/facts');
    await say(process.stdout, language, `${FACT_NAMES.map((name) => `${name}: ${factTakes(name, language)}`).join('\n')}\n\n${m.listFactsFooter}`);
    return 0;
  }
  const { isIsoDate, utcToday } = await import('../../../knowledge/engine/dates');
  const problems: string[] = [];
  if (!opts.facts) problems.push(m.factsRequired);
  if (opts.today !== undefined && !isIsoDate(opts.today)) problems.push(m.badToday(opts.today));
  if (problems.length || !opts.facts) return usageError(problems, language);

  const [{ readFactsFile }, { inLanguage }] = await Promise.all([import('../facts-input'), import('../../text/run-language')]);
  const file = opts.facts;
  const input = await inLanguage(language, () => readFactsFile(file));
  if (!input.ok) {
    return usageError([...input.problems, m.factNamesHint], language);
  }
  const { engineFor } = await import('../../../knowledge/core');
  const engine = await engineFor(language);
  const today = opts.today ?? utcToday();
  const facts = opts.symptom && !input.facts.symptom ? { ...input.facts, symptom: opts.symptom } : input.facts;
  const diagnosis = engine.diagnose(facts, { today });
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify(diagnosis, null, 2)}\n`);
  } else {
    const [{ formatDiagnosis }, { withTextWidths }] = await Promise.all([import('../diagnosis-text'), import('../../text/wrap')]);
    const lines = await withTextWidths(() => formatDiagnosis(diagnosis, facts, engine.knowledge, today, language));
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return 0;
}

async function usageError(problems: string[], language: Language): Promise<number> {
  for (const problem of problems) await say(process.stderr, language, problem, 'jira-doctor diagnose: ');
  await say(process.stderr, language, cliMessages(language).runHelp('jira-doctor diagnose'));
  return 2;
}

