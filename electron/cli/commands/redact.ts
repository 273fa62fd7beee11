import type { Command } from 'commander';
import type { Language } from '../../../knowledge/i18n/translations';
import { cliHelp } from '../help';
import { cliMessages } from '../messages';
import { say } from '../say';

export function register(program: Command, language: Language): void {
  const h = cliHelp(language).redact;
  const m = cliMessages(language).redact;
  program
    .command('redact')
    .description(h.description)
    .argument('<file>', h.file)
    .requiredOption('--out <file>', h.out)
    .option('--pseudonymize', h.pseudonymize)
    .option('--force', h.force)
    .addHelpText('after', h.after)
    .action(async (file: string, opts: { out: string; pseudonymize?: boolean; force?: boolean }) => {
      const { redactFile, RedactError } = await import('../../redact/redact');
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      try {
        const result = await redactFile(file, opts.out, { pseudonymize: opts.pseudonymize === true, force: opts.force === true, signal: controller.signal, language });
        await say(process.stdout, language, m.wrote(opts.out, result, kb(result.bytesOut), opts.pseudonymize === true));
      } catch (error: unknown) {
        if (!(error instanceof RedactError)) throw error;
        await say(process.stderr, language, error.message, 'jira-doctor redact: ');
        process.exitCode = controller.signal.aborted ? 130 : 2;
      } finally {
        process.removeListener('SIGINT', stop);
      }
    });
}

function kb(bytes: number): string {
  return bytes < 1024 ** 2 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}
