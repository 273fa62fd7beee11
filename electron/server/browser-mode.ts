import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { APP_ROOT, assembleServices } from '../services/assemble';
import { startUiServer, type UiServer } from './server';

export type BrowserModeOptions = { port: number; dataDir: string; appVersion: string; appRoot?: string };

/** Browser mode: the real services behind the loopback server, with a fresh secret for this launch. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<UiServer> {
  const appRoot = options.appRoot ?? APP_ROOT;
  const services = assembleServices({ mode: 'browser', appVersion: options.appVersion, dataDir: options.dataDir, appRoot });
  return startUiServer({ services, rendererDir: join(appRoot, 'dist', 'renderer'), token: randomBytes(32).toString('base64url') }, options.port);
}

/**
 * Opens the address in the system browser when the machine has one; on a server without a desktop
 * (no display, or no launcher command) the printed address is all there is. Without a display,
 * xdg-open would fall back to a text-mode browser in the background, so it is not asked.
 */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): void {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return;
  // cmd's `start` takes a window title first (""); the quoted URL keeps its "&" away from cmd.
  const [command, args] = platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['cmd', ['/d', '/s', '/c', `start "" "${url}"`]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true, windowsVerbatimArguments: platform === 'win32' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser launcher here: the address printed in the terminal is enough.
  }
}
