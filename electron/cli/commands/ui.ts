import { InvalidArgumentError, Option, type Command } from 'commander';
import packageJson from '../../../package.json';
import { resolveDataDir } from '../../sessions/data-dir';
import type { Language } from '../../../knowledge/i18n/translations';
import { cliHelp } from '../help';
import { say } from '../say';

/** `jira-doctor ui`: the wizard in the local browser, served exactly as `npm start -- --browser` serves it. */
export function register(program: Command, language: Language): void {
  const h = cliHelp(language).ui;
  const port = (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isInteger(n) || n > 65_535) throw new InvalidArgumentError(h.badPort);
    return n;
  };
  program
    .command('ui')
    .description(h.description)
    .addOption(new Option('--port <port>', h.port).argParser(port).default(0, h.portDefault))
    .option('--no-open', h.noOpen)
    .option('--user-data-dir <dir>', h.userDataDir)
    .addHelpText('after', h.after)
    .action(async (opts: { port: number; open: boolean; userDataDir?: string }) => {
      // Loaded only for this command: the server and the services stay out of every other start.
      const { LaunchError, runBrowserMode } = await import('../../server/browser-mode');
      const dataDir = resolveDataDir(opts.userDataDir === undefined ? [] : ['--user-data-dir', opts.userDataDir]);
      try {
        await runBrowserMode({ port: opts.port, open: opts.open, dataDir, appVersion: packageJson.version, startCommand: 'jira-doctor ui', language });
      } catch (error: unknown) {
        if (!(error instanceof LaunchError)) throw error;
        await say(process.stderr, language, error.message, 'jira-doctor ui: ');
        process.exitCode = 2;
      }
    });
}
