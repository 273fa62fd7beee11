import { InvalidArgumentError, type Command } from 'commander';
import packageJson from '../../../package.json';
import { resolveDataDir } from '../../sessions/data-dir';

/** `jira-doctor ui`: the wizard in the local browser, served exactly as `npm start -- --browser` serves it. */
export function register(program: Command): void {
  program
    .command('ui')
    .description('Serve the wizard to your web browser on 127.0.0.1 (on a server, open it through an SSH tunnel).')
    .option('--port <port>', 'the port to listen on (default: any free one)', port, 0)
    .option('--no-open', 'only print the address, do not open a browser')
    .option('--user-data-dir <dir>', 'keep saved sessions in this folder (or set JIRA_DOCTOR_DATA_DIR)')
    .addHelpText(
      'after',
      [
        '',
        'It listens on 127.0.0.1 only, and the printed address carries a key made for this start.',
        'On a server reached over SSH, forward the port to your own machine and open the address there:',
        '  $ jira-doctor ui --port 8321 --no-open             (on the server)',
        '  $ ssh -L 8321:127.0.0.1:8321 admin@jira-node-1     (on your machine)',
        '',
      ].join('\n'),
    )
    .action(async (opts: { port: number; open: boolean; userDataDir?: string }) => {
      // Loaded only for this command: the server and the services stay out of every other start.
      const { LaunchError, runBrowserMode } = await import('../../server/browser-mode');
      const dataDir = resolveDataDir(opts.userDataDir === undefined ? [] : ['--user-data-dir', opts.userDataDir]);
      try {
        await runBrowserMode({ port: opts.port, open: opts.open, dataDir, appVersion: packageJson.version, startCommand: 'jira-doctor ui' });
      } catch (error: unknown) {
        if (!(error instanceof LaunchError)) throw error;
        process.stderr.write(`jira-doctor ui: ${error.message}\n`);
        process.exitCode = 2;
      }
    });
}

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n > 65_535) throw new InvalidArgumentError('a port number from 1 to 65535 (or 0 for any free port).');
  return n;
}
