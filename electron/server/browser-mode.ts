import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { APP_ROOT, assembleServices } from '../services/assemble';
import { confBackend } from '../sessions/backend';
import { startUiServer, type UiServer } from './server';

export type BrowserModeOptions = { port: number; dataDir: string; appVersion: string; appRoot?: string };

/** Browser mode: the real services behind the loopback server, with a fresh secret for this launch. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<UiServer> {
  const appRoot = options.appRoot ?? APP_ROOT;
  const services = assembleServices({ mode: 'browser', appVersion: options.appVersion, dataDir: options.dataDir, backend: confBackend, appRoot });
  return startUiServer({ services, rendererDir: join(appRoot, 'dist', 'renderer'), token: randomBytes(32).toString('base64url') }, options.port);
}

/**
 * Opens the address in the system browser when the machine has one; on a server without a desktop
 * the command is missing or fails, and the printed address is all there is.
 */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] =
    platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser launcher here: the address printed in the terminal is enough.
  }
}
