import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json';
import { appRoot } from '../resources/app-files';
import { LaunchError, runBrowserMode } from '../server/browser-mode';
import { resolveDataDir } from '../sessions/data-dir';
import { findElectronRuntime } from './runtime';

/**
 * `npm start`: the desktop window where the Electron runtime is installed, otherwise the same UI
 * served to the local browser. Options: --browser (always the browser), --port N, --no-open,
 * --user-data-dir DIR.
 */

/** An Electron that ends with an error this soon never showed a window: fall back to the browser. */
const EARLY_FAILURE_MS = 10_000;

type Options = { browser: boolean; port: number; open: boolean; dataDir: string };

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      browser: { type: 'boolean', default: false },
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
      'user-data-dir': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port takes a port number from 1 to 65535 (got "${values.port}")`);
  return { browser: values.browser, port, open: !values['no-open'], dataDir: resolveDataDir(argv) };
}

function desktop(executable: string, options: Options): Promise<{ code: number | null; early: boolean }> {
  const started = Date.now();
  const env: NodeJS.ProcessEnv = { ...process.env, JIRA_DOCTOR_DATA_DIR: options.dataDir };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [appRoot()], { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('error', () => resolve({ code: null, early: true }));
    child.on('exit', (code) => resolve({ code, early: code !== 0 && Date.now() - started < EARLY_FAILURE_MS }));
  });
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error: unknown) {
    console.error(`jira-doctor: ${error instanceof Error ? error.message : String(error)}. Options: --browser, --port N, --no-open, --user-data-dir DIR.`);
    process.exit(2);
  }
  if (!options.browser) {
    const runtime = findElectronRuntime(appRoot());
    if (runtime.found) {
      const result = await desktop(runtime.executable, options);
      if (!result.early) process.exit(result.code ?? 0);
      console.log('The desktop window could not start here, so jira-doctor runs in your web browser instead.');
    } else {
      console.log(`The desktop window is not available here because ${runtime.reason}, so jira-doctor runs in your web browser instead.`);
    }
  }
  try {
    await runBrowserMode({ port: options.port, dataDir: options.dataDir, open: options.open, appVersion: packageJson.version });
  } catch (error: unknown) {
    if (!(error instanceof LaunchError)) throw error;
    console.error(`jira-doctor: ${error.message}`);
    process.exit(2);
  }
}

await main();
