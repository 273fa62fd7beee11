import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'jira-doctor';

/**
 * Where saved sessions live: `--user-data-dir DIR`, else `JIRA_DOCTOR_DATA_DIR`, else the folder
 * Electron would use for this app (so the desktop app and browser mode share their sessions):
 * ~/.config/jira-doctor, ~/Library/Application Support/jira-doctor, %APPDATA%\jira-doctor.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const flag = optionValue(argv, '--user-data-dir');
  if (flag) return resolve(flag);
  if (env.JIRA_DOCTOR_DATA_DIR) return resolve(env.JIRA_DOCTOR_DATA_DIR);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

/** `--name value` or `--name=value`. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}
