import { Option } from 'commander';
import type { Command } from 'commander';
import type { ScanProgress, ScanReport } from '../../../knowledge/contract/scan';
import type { Language } from '../../../knowledge/i18n/translations';
import { cliHelp } from '../help';
import { invokedAs } from '../invoked-as';
import { cliMessages } from '../messages';
import { say } from '../say';

export function register(program: Command, language: Language): void {
  const h = cliHelp(language).scan;
  const m = cliMessages(language).scan;
  program
    .command('scan')
    .description(h.description)
    .argument('<paths...>', h.paths)
    .addOption(new Option('--format <format>', h.format).choices(['text', 'json']).default('text'))
    .addHelpText('after', h.after)
    .action(async (paths: string[], opts: { format: 'text' | 'json' }) => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      const progress = process.stderr.isTTY ? progressLine(m.progress) : undefined;
      // The scanner (its signature automaton, the knowledge) loads only when a scan runs; the text report's writer only for text.
      const { scanPaths } = await import('../../scan/index');
      try {
        const scanned = await scanPaths(paths, { signal: controller.signal, ...(progress ? { onProgress: progress.update } : {}) });
        const report = await inLanguage(scanned, language);
        progress?.clear();
        const unusable = report.files.every((f) => f.status === 'skipped' || f.kind === 'other');
        if (unusable) {
          for (const f of report.files.filter((f) => f.problem)) await say(process.stderr, language, `${f.name}: ${f.problem}`, 'jira-doctor scan: ');
          await say(process.stderr, language, m.nothingRead, 'jira-doctor scan: ');
          process.exitCode = 2;
          return;
        }
        // As for check: Ctrl-C still prints what was read, and says so in the exit code.
        if (report.cancelled) process.exitCode = 130;
        if (opts.format === 'json') {
          process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          return;
        }
        const args = paths.map((p) => (/\s/.test(p) ? `"${p}"` : p)).join(' ');
        const jsonHint = `${invokedAs()} scan ${args} --format json > scan.json && ${invokedAs()} diagnose --facts scan.json`;
        const [{ scanReportText }, { withTextWidths }] = await Promise.all([import('../../scan/text'), import('../../text/wrap')]);
        process.stdout.write(await withTextWidths(() => scanReportText(report, { language, jsonHint })));
      } finally {
        progress?.clear();
        process.removeListener('SIGINT', stop);
      }
    });
}

/** "Scanning 42% (420 MB of 1.0 GB) atlassian-jira.log" on one terminal line, redrawn at most 4 times a second. */
function progressLine(words: (percent: number, done: string, total: string, name: string) => string): { update: (p: ScanProgress) => void; clear: () => void } {
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      const percent = p.bytesTotal ? Math.min(100, Math.floor((p.bytesDone / p.bytesTotal) * 100)) : 0;
      const name = p.file.length > 30 ? `…${p.file.slice(-29)}` : p.file;
      process.stderr.write(`\r${words(percent, mb(p.bytesDone), mb(p.bytesTotal), name)}\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(0)} MB`;
}

/** The report's human texts in the run's language (the JSON's too); ids, facts and exact strings as they are. */
async function inLanguage(report: ScanReport, language: Language): Promise<ScanReport> {
  if (language === 'en') return report;
  const [{ scanReportIn }, { engineFor, knowledge }] = await Promise.all([import('../../../knowledge/i18n/scan-report'), import('../../../knowledge/core')]);
  return scanReportIn(report, language, { scanned: knowledge.signatures, shown: (await engineFor(language)).knowledge.signatures });
}
