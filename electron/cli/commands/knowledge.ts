import type { Command } from 'commander';
import { Option } from 'commander';
import { SYMPTOMS, type Symptom } from '../../../knowledge/contract/symptoms';
import type { Language } from '../../../knowledge/i18n/translations';
import { cliHelp } from '../help';
import { cliMessages } from '../messages';
import { say } from '../say';

export function register(program: Command, language: Language): void {
  const h = cliHelp(language).knowledge;
  const m = cliMessages(language);
  const knowledge = program.command('knowledge').description(h.description);
  knowledge
    .command('check')
    .description(h.check)
    .option('--today <date>', h.checkToday)
    .addHelpText('after', h.checkAfter)
    .action(async (opts: { today?: string }) => {
      const { isIsoDate, utcToday } = await import('../../../knowledge/engine/dates');
      if (opts.today !== undefined && !isIsoDate(opts.today)) {
        await say(process.stderr, language, m.badToday(opts.today), 'jira-doctor knowledge check: ');
        await say(process.stderr, language, m.runHelp('jira-doctor knowledge check'));
        process.exitCode = 2;
        return;
      }
      const [{ checkKnowledgeBase, formatCheck }, { withTextWidths }] = await Promise.all([import('../knowledge-check'), import('../../text/wrap')]);
      const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`${line}\n`) : undefined;
      const result = await checkKnowledgeBase(opts.today ?? utcToday(), progress, language);
      process.stdout.write(`${(await withTextWidths(() => formatCheck(result, language))).join('\n')}\n`);
      process.exitCode = result.problems.length ? 1 : 0;
    });
  knowledge
    .command('graph')
    .description(h.graph)
    .addOption(new Option('--symptom <symptom>', h.graphSymptom).choices(SYMPTOMS))
    .addHelpText('after', h.graphAfter)
    .action(async (opts: { symptom?: Symptom }) => {
      const [{ engineFor }, { toMermaid }] = await Promise.all([import('../../../knowledge/core'), import('../../../knowledge/engine/mermaid')]);
      process.stdout.write(toMermaid((await engineFor(language)).knowledge, opts.symptom, language));
    });
}
