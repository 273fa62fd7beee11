import type { Command } from 'commander';
import { Option } from 'commander';
import { SYMPTOMS, type Symptom } from '../../../knowledge/contract/symptoms';

const CHECK_HELP = `
Checks the knowledge base the way the wizard will use it: the schema, every cross-reference
(signatures, variables, facts, placeholders), that every contract cause has a definition and
every item cites a section that exists in the bundled article, then walks the wizard machine to prove that every cause can be
reached as confirmed or likely and that every path ends in a diagnosis.

Exit codes: 0 no problem, 1 problems found (listed), 2 bad options.

Examples:
  $ jira-doctor knowledge check
  $ jira-doctor knowledge check --today 2026-11-23
`;

const GRAPH_HELP = `
Prints the decision flow (symptom → questions → causes) as a Mermaid flowchart. Paste it into
any Mermaid viewer, or a Markdown file inside a \`\`\`mermaid block.

Examples:
  $ jira-doctor knowledge graph > flow.mmd
  $ jira-doctor knowledge graph --symptom mail-oauth
`;

export function register(program: Command): void {
  const knowledge = program.command('knowledge').description("Check the knowledge base, or draw its decision flow (for the knowledge's authors).");
  knowledge
    .command('check')
    .description('Validate the knowledge base: schema, references, sources, reachability of every cause, no dead ends.')
    .option('--today <date>', 'walk the wizard as of this date (YYYY-MM-DD); default: today, UTC')
    .addHelpText('after', CHECK_HELP)
    .action(async (opts: { today?: string }) => {
      const { isIsoDate, utcToday } = await import('../../../knowledge/engine/dates');
      if (opts.today !== undefined && !isIsoDate(opts.today)) {
        process.stderr.write(`jira-doctor knowledge check: --today must be a date such as 2026-11-23 (got "${opts.today}")\n`);
        process.exitCode = 2;
        return;
      }
      const [{ checkKnowledgeBase, formatCheck }, { withTextWidths }] = await Promise.all([import('../knowledge-check'), import('../../text/wrap')]);
      const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`${line}\n`) : undefined;
      const result = await checkKnowledgeBase(opts.today ?? utcToday(), progress);
      process.stdout.write(`${(await withTextWidths(() => formatCheck(result))).join('\n')}\n`);
      process.exitCode = result.problems.length ? 1 : 0;
    });
  knowledge
    .command('graph')
    .description('Print the decision flow as a Mermaid flowchart.')
    .addOption(new Option('--symptom <symptom>', 'only this problem family').choices(SYMPTOMS))
    .addHelpText('after', GRAPH_HELP)
    .action(async (opts: { symptom?: Symptom }) => {
      const [{ knowledge: kb }, { toMermaid }] = await Promise.all([import('../../../knowledge/index'), import('../../../knowledge/engine/mermaid')]);
      process.stdout.write(toMermaid(kb, opts.symptom));
    });
}
