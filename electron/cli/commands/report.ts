import type { Command } from 'commander';
import { Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Language } from '../../../knowledge/i18n/translations';
import type { ReportFormat } from '../../report/index';
import { cliHelp } from '../help';
import { cliMessages } from '../messages';
import { say } from '../say';

const FORMATS: Record<string, ReportFormat> = { '.pdf': 'pdf', '.md': 'md', '.jira': 'wiki', '.wiki': 'wiki', '.json': 'json' };

/** The format an output file's name asks for; "x.jira.txt" (what the window saves) is wiki markup too. */
function formatOf(out: string): ReportFormat | undefined {
  return /\.jira\.txt$/i.test(out) ? 'wiki' : FORMATS[extname(out).toLowerCase()];
}

export function register(program: Command, language: Language): void {
  const m = cliMessages(language);
  const h = cliHelp(language).report;
  program
    .command('report')
    .description(h.description)
    .requiredOption('--input <file>', h.input)
    .requiredOption('--out <file>', h.out)
    .addOption(new Option('--page-size <size>', h.pageSize).choices(['a4', 'letter']).default('a4'))
    .option('--pseudonymize', h.pseudonymize)
    .option('--today <date>', h.today)
    .addHelpText('after', h.after)
    .action(async (opts: { input: string; out: string; pageSize: 'a4' | 'letter'; pseudonymize?: boolean; today?: string }) => {
      const format = formatOf(opts.out);
      if (!format) return fail(language, m.badOut(opts.out), m.runHelp('jira-doctor report'));
      if (opts.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) return fail(language, m.badToday(opts.today), m.runHelp('jira-doctor report'));
      // Before any of the report's code runs, so all of it is under the setting.
      (await import('../one-report')).optimizeOnlyTheHottest();
      // The report module (pdfmake, fonts) loads only when a report is written, not on every start.
      const [{ readReportInput, renderReport, ReportInputError }, { inLanguage }] = await Promise.all([import('../../report/index'), import('../../text/run-language')]);
      let report: Awaited<ReturnType<typeof renderReport>>;
      try {
        // In the run's language, so a file that cannot be used is refused in it.
        report = await inLanguage(language, async () =>
          renderReport(await readReportInput(opts.input), {
            format,
            pageSize: opts.pageSize === 'letter' ? 'LETTER' : 'A4',
            pseudonymize: opts.pseudonymize === true,
            today: opts.today ?? new Date().toISOString().slice(0, 10),
            language,
          }),
        );
      } catch (error: unknown) {
        if (error instanceof ReportInputError) return fail(language, error.message);
        throw error;
      }
      // Only the write's own failure is the folder's: one while rendering (a missing font file) is not.
      try {
        await writeFile(opts.out, report.bytes);
      } catch (error: unknown) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code) return fail(language, m.cannotWrite(opts.out, code));
        throw error;
      }
      await say(process.stdout, language, m.wrote(opts.out, m.formatNames[format], Math.ceil(report.bytes.length / 1024)));
    });
}

async function fail(language: Language, message: string, hint?: string): Promise<void> {
  await say(process.stderr, language, message, 'jira-doctor report: ');
  if (hint) await say(process.stderr, language, hint);
  process.exitCode = 2;
}
