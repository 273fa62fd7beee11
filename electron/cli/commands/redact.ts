import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('redact')
    .description('Write a copy of a browser recording (HAR) or a log file with every secret masked, safe to send to support.')
    .argument('<file>', 'a HAR file (developer tools > Network > Export HAR) or a log file; gzip-compressed copies too')
    .requiredOption('--out <file>', 'where to write the copy (an existing file is not replaced unless --force is given)')
    .option('--pseudonymize', 'also replace host names, user names and IP addresses with consistent stand-ins')
    .option('--force', 'replace --out if it already exists')
    .addHelpText(
      'after',
      [
        '',
        'Masked: cookie and Set-Cookie values, Authorization headers, tokens in headers, query strings,',
        'form posts and bodies (OAuth codes, access and refresh tokens, JWTs, SAML), passwords, client secrets.',
        'Kept: header and cookie names, node headers (X-ANODEID), the route at the end of JSESSIONID,',
        'statuses, paths, timings and sizes. The copy of a HAR file is still a HAR file with every request.',
        '',
        'Examples:',
        '  $ jira-doctor redact mail-setup.har --out mail-setup-redacted.har',
        '  $ jira-doctor redact atlassian-jira.log --out jira-redacted.log --pseudonymize',
        '',
        'Exit codes: 0 written, 2 bad input (missing, cut-off or not a HAR/log file, --out exists); nothing is written then.',
        '',
      ].join('\n'),
    )
    .action(async (file: string, opts: { out: string; pseudonymize?: boolean; force?: boolean }) => {
      const { redactFile, RedactError } = await import('../../redact/redact');
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      try {
        const result = await redactFile(file, opts.out, { pseudonymize: opts.pseudonymize === true, force: opts.force === true, signal: controller.signal });
        const what = result.kind === 'har' ? `a browser recording with ${result.requests} request(s)` : `a log file of ${result.lines} line(s)`;
        const elided = result.elided ? ` ${result.elided} text(s) longer than 4 MB (large response bodies) were left out, each replaced by a note.` : '';
        process.stdout.write(
          `Wrote ${opts.out}: ${what}${result.gzip ? ' (gzip)' : ''}, ${kb(result.bytesOut)}. Secrets are masked${opts.pseudonymize ? '; hosts, users and IP addresses replaced by stand-ins' : ''}.${elided}\n`,
        );
      } catch (error: unknown) {
        if (!(error instanceof RedactError)) throw error;
        process.stderr.write(`jira-doctor redact: ${error.message}\n`);
        process.exitCode = controller.signal.aborted ? 130 : 2;
      } finally {
        process.removeListener('SIGINT', stop);
      }
    });
}

function kb(bytes: number): string {
  return bytes < 1024 ** 2 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}
