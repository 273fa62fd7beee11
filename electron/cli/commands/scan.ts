import { Option } from 'commander';
import type { Command } from 'commander';
import type { ScanProgress } from '../../../knowledge/contract/scan';
import { invokedAs } from '../invoked-as';

export function register(program: Command): void {
  program
    .command('scan')
    .description('Read Jira logs or support zips offline and find the log lines that point to a cause.')
    .argument('<paths...>', 'atlassian-jira.log, atlassian-jira-security.log, atlassian-jira-incoming-mail.log (also .1 … and .gz copies), a support zip, a browser recording (HAR file), or a folder holding them')
    .addOption(new Option('--format <format>', 'json feeds "diagnose --facts"; text is for reading').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ jira-doctor scan /var/atlassian/application-data/jira/log\n  $ jira-doctor scan mail-setup.har\n  $ jira-doctor scan Jira_support_2026-11-20.zip --format json > scan.json\n  $ jira-doctor diagnose --facts scan.json\n\nExit codes: 0 scanned (findings or not), 2 nothing could be read, 130 Ctrl-C (what was read is still printed).\n',
    )
    .action(async (paths: string[], opts: { format: 'text' | 'json' }) => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      const progress = process.stderr.isTTY ? progressLine() : undefined;
      // The scanner (its signature automaton, yauzl, the knowledge) loads only when a scan runs.
      const [{ scanPaths }, { scanReportText }] = await Promise.all([import('../../scan/index'), import('../../scan/text')]);
      try {
        const report = await scanPaths(paths, { signal: controller.signal, ...(progress ? { onProgress: progress.update } : {}) });
        progress?.clear();
        const unusable = report.files.every((f) => f.status === 'skipped' || f.kind === 'other');
        if (unusable) {
          for (const f of report.files.filter((f) => f.problem)) process.stderr.write(`jira-doctor scan: ${f.name}: ${f.problem}\n`);
          process.stderr.write('jira-doctor scan: nothing could be read. Give Jira log files, gzip-compressed logs, a support zip, a browser recording (HAR file) or a folder holding them.\n');
          process.exitCode = 2;
          return;
        }
        // As for check: Ctrl-C still prints what was read, and says so in the exit code.
        if (report.cancelled) process.exitCode = 130;
        const args = paths.map((p) => (/\s/.test(p) ? `"${p}"` : p)).join(' ');
        process.stdout.write(
          opts.format === 'json'
            ? `${JSON.stringify(report, null, 2)}\n`
            : scanReportText(report, { jsonHint: `${invokedAs()} scan ${args} --format json > scan.json && ${invokedAs()} diagnose --facts scan.json` }),
        );
      } finally {
        progress?.clear();
        process.removeListener('SIGINT', stop);
      }
    });
}

/** "Scanning 42% (420 MB of 1.0 GB) atlassian-jira.log" on one terminal line, redrawn at most 4 times a second. */
function progressLine(): { update: (p: ScanProgress) => void; clear: () => void } {
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      const percent = p.bytesTotal ? Math.min(100, Math.floor((p.bytesDone / p.bytesTotal) * 100)) : 0;
      const name = p.file.length > 30 ? `…${p.file.slice(-29)}` : p.file;
      process.stderr.write(`\rScanning ${percent}% (${mb(p.bytesDone)} of ${mb(p.bytesTotal)}) ${name}\x1b[K`);
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
