import type { Command } from 'commander';
import { Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Language } from '../../../knowledge/i18n/translations';
import type { ReportFormat } from '../../report/index';
import { cliMessages } from '../messages';

const FORMATS: Record<string, ReportFormat> = { '.pdf': 'pdf', '.md': 'md', '.jira': 'wiki', '.wiki': 'wiki', '.json': 'json' };

/** The format an output file's name asks for; "x.jira.txt" (what the window saves) is wiki markup too. */
function formatOf(out: string): ReportFormat | undefined {
  return /\.jira\.txt$/i.test(out) ? 'wiki' : FORMATS[extname(out).toLowerCase()];
}

export function register(program: Command, language: Language): void {
  const m = cliMessages(language);
  program
    .command('report')
    .description('Write a report for a manager or a ticket: PDF, Markdown, Jira wiki markup, or the whole session as JSON.')
    .requiredOption('--input <file>', 'a facts file, the JSON output of "check" or "scan", or an exported session (- reads standard input)')
    .requiredOption('--out <file>', 'where to write it; the ending chooses the format: .pdf, .md, .jira (Jira wiki markup) or .json')
    .addOption(new Option('--page-size <size>', 'paper size of the PDF').choices(['a4', 'letter']).default('a4'))
    .option('--pseudonymize', 'replace host names, user names and IP addresses with consistent stand-ins')
    .option('--today <date>', 'the date to judge expiry against and print (YYYY-MM-DD); default today')
    .addHelpText('after', '\nExamples:\n  $ jira-doctor report --input session.json --out diagnosis.pdf\n  $ jira-doctor check --base-url https://jira.example.com --format json > found.json\n  $ jira-doctor report --input found.json --out found.md --pseudonymize\n  $ jira-doctor report --input session.json --out ticket.jira\n')
    .action(async (opts: { input: string; out: string; pageSize: 'a4' | 'letter'; pseudonymize?: boolean; today?: string }) => {
      const format = formatOf(opts.out);
      if (!format) return fail(m.badOut(opts.out));
      if (opts.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) return fail(`--today must be a date such as 2026-03-31 (got "${opts.today}").`);
      // The report module (pdfmake, fonts) loads only when a report is written, not on every start.
      const { readReportInput, renderReport, ReportInputError } = await import('../../report/index');
      try {
        const input = await readReportInput(opts.input);
        const report = await renderReport(input, {
          format,
          pageSize: opts.pageSize === 'letter' ? 'LETTER' : 'A4',
          pseudonymize: opts.pseudonymize === true,
          today: opts.today ?? new Date().toISOString().slice(0, 10),
          language,
        });
        await writeFile(opts.out, report.bytes);
        process.stdout.write(`${m.wrote(opts.out, FORMAT_NAMES[format], Math.ceil(report.bytes.length / 1024))}\n`);
      } catch (error: unknown) {
        if (error instanceof ReportInputError) return fail(error.message);
        const code = (error as NodeJS.ErrnoException).code;
        if (code) return fail(m.cannotWrite(opts.out, code));
        throw error;
      }
    });
}

const FORMAT_NAMES: Record<ReportFormat, string> = { pdf: 'PDF', md: 'Markdown', wiki: 'Jira wiki markup', json: 'JSON' };

function fail(message: string): void {
  process.stderr.write(`jira-doctor report: ${message}\n`);
  process.exitCode = 2;
}
