import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json';
import { registerCommands } from './commands';
import { languageOfRun } from './language';

/**
 * `jira-doctor`: the command line. Exit codes: 0 done, 1 the command ran but found a problem it
 * reports (e.g. a failed check), 2 bad input (unknown fact, unreadable file, wrong option).
 * A function rather than module-level code: the single executable's startup snapshot loads this
 * module when it is built and runs it when the admin starts the executable (scripts/bundle/).
 */
export function runCli(argv: readonly string[]): void {
  const chosen = languageOfRun(argv.slice(2), process.env);
  if (!chosen.ok) {
    process.stderr.write(`${chosen.message}\n`);
    process.exit(2);
  }
  const { language } = chosen;
  const program = new Command('jira-doctor')
    .description(language === 'ja' ? 'Jira Data Center の認証とメール ハンドラーの OAuth 2.0 の障害を診断します。' : 'Diagnose Jira Data Center authentication and mail-handler OAuth 2.0 failures.')
    .version(`jira-doctor ${packageJson.version}`, '-V, --version')
    // Read above (languageOfRun, before the commands register, so their help follows it); declared so that every command accepts it.
    .option('--lang <language>', language === 'ja' ? '出力の言語: ja または en（既定値: LC_ALL、LC_MESSAGES、LANG から）' : 'language of the output: en or ja (default: from LC_ALL, LC_MESSAGES or LANG)')
    .showHelpAfterError(language === 'ja' ? '（使い方は --help で表示されます）' : '(run with --help for usage)')
    .exitOverride();

  registerCommands(program, language);

  // Output piped into `head` or `less` and closed early is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  // A promise rather than top-level await: the single executable runs this as CommonJS, which has none.
  program.parseAsync([...argv]).catch((error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
    throw error;
  });
}
