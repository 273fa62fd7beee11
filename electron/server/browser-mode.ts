import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Language } from '../../knowledge/i18n/translations';
import { KNOWLEDGE_VERSION } from '../../knowledge/version';
import { appFiles } from '../resources/app-files';
import { describeApp } from '../services/app-info';
import type { Services } from '../services/index';
import { JsonStore, type StoreNotice } from '../sessions/json-store';
import { maskSecrets } from '../text/mask';
import { LAUNCH_SECRET_TTL_MS } from './launch-secret';
import { startUiServer, type UiServer } from './server';

/** When the report machinery is loaded in the background: after the start and the page's first load. */
const WARM_REPORTS_AFTER_MS = 3_000;

export type BrowserModeOptions = {
  port: number;
  dataDir: string;
  appVersion: string;
  /** What the admin typed to start it ("npm start", "jira-doctor ui"), for the pages that refuse a visitor. */
  startCommand?: string;
  /** The language of what it says in the terminal (`jira-doctor ui --lang`); English by default. */
  language?: Language;
};

/** What browser mode says in the terminal, one typed catalogue per language. */
export const TERMINAL_WORDS: Record<Language, { running: (url: string) => string; opensOnce: (minutes: number, file: string) => string; inUse: (port: number) => string; needsAdmin: (port: number) => string; noLoopback: string }> = {
  en: {
    running: (url) => `jira-doctor is running at ${url} (Ctrl+C to stop)`,
    opensOnce: (minutes, file) => `That address opens it once, within ${minutes} minutes; for a fresh one, open ${file}`,
    inUse: (port) => `port ${port} on 127.0.0.1 is already in use by another program; choose another with --port, or leave --port out to use any free port.`,
    needsAdmin: (port) => `port ${port} needs administrator rights on this machine; choose another with --port, or leave --port out to use any free port (above 1023).`,
    noLoopback: 'this machine has no loopback address 127.0.0.1 to listen on; jira-doctor serves its page only there.',
  },
  ja: {
    running: (url) => `jira-doctor を ${url} で実行中です（Ctrl+C で停止）`,
    opensOnce: (minutes, file) => `このアドレスで開けるのは ${minutes} 分以内に 1 回だけです。新しいアドレスは ${file} を開くと得られます`,
    inUse: (port) => `127.0.0.1 のポート ${port} はほかのプログラムが使用中です。--port で別のポートを選ぶか、--port を省いて空いているポートを使ってください。`,
    needsAdmin: (port) => `ポート ${port} はこのマシンでは管理者権限が必要です。--port で別のポート（1023 より大きいもの）を選ぶか、--port を省いて空いているポートを使ってください。`,
    noLoopback: 'このマシンには待ち受けるループバック アドレス 127.0.0.1 がありません。jira-doctor はそこでしかページを提供しません。',
  },
};

export type BrowserMode = UiServer & {
  /**
   * A file of the data folder (owner-only) that sends the browser to the page with a fresh launch
   * secret: the browser is opened on this file, so the secret never appears in any process's
   * arguments, where other users of the machine could read it.
   */
  openFile: string;
};

/**
 * Browser mode: the real services behind the loopback server. What it keeps in the data folder
 * (`browser.json`, owner-only): the session cookie's secret, so a page left open keeps working when
 * the server is started again, and the last port, which a new start takes again when it is free.
 */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const notices: StoreNotice[] = [];
  const state = new JsonStore({ dir: options.dataDir, name: 'browser', label: 'browser-mode', defaults: {}, notify: (n) => notices.push(n) });
  let cookieSecret = state.get('cookieSecret');
  if (typeof cookieSecret !== 'string' || cookieSecret.length < 32) {
    cookieSecret = randomBytes(32).toString('base64url');
    state.set('cookieSecret', cookieSecret);
  }
  const uploadDir = join(options.dataDir, 'uploads');
  // The services (the knowledge, the engine, the API's schemas, the session store) load when a
  // request first needs them: the page's first API call comes after its start screen is drawn, so
  // neither the address nor the start screen waits for them, nor shares the machine with their
  // loading. A request that comes first waits for them instead of failing.
  const services = () => loadServices(options, notices);
  // The page is served at once with what is known without the services; it asks again for the
  // notices of the stores they open (renderer/app/api.tsx).
  const earlyInfo = () =>
    describeApp({ mode: 'browser', version: options.appVersion, knowledgeVersion: KNOWLEDGE_VERSION, canRememberCredentials: false, canChooseFiles: false, partial: true }, notices);
  const serve = (port: number) =>
    startUiServer(
      { services, earlyInfo, renderer: appFiles('renderer'), cookieSecret: cookieSecret as string, uploadDir, ...(options.startCommand ? { startCommand: options.startCommand } : {}) },
      port,
    );
  const lastPort = state.get('port');
  let server: UiServer;
  if (options.port === 0 && typeof lastPort === 'number') {
    server = await serve(lastPort).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' && (error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
      return serve(0);
    });
  } else {
    server = await serve(options.port).catch((error: unknown) => {
      throw portProblem(error, options.port, options.language ?? 'en') ?? error;
    });
  }

  // After this turn, so that the caller prints the address before any of it is read or written.
  let closed = false;
  setImmediate(() => {
    if (closed) return;
    if (lastPort !== server.port) state.set('port', server.port);
  });
  void removeAbandonedUploads(uploadDir).catch(() => undefined);

  // Once the start is done and the page has loaded, the report machinery loads in the background
  // (and the services with it, where no page has asked for them yet).
  // Through the server, which loads them once and closes them with itself.
  const warm = setTimeout(() => void server.services().then((s) => s.warmReports()).catch(() => undefined), WARM_REPORTS_AFTER_MS);
  warm.unref();

  const openFile = join(options.dataDir, `open-browser-${server.port}.html`);
  writeRedirect(openFile, server.launchUrl());
  const off = server.onLaunchUrl((url) => writeRedirect(openFile, url));
  return {
    ...server,
    openFile,
    close: async () => {
      closed = true;
      clearTimeout(warm);
      off();
      rmSync(openFile, { force: true });
      await server.close();
    },
  };
}

/** The real services; a failure to load them is said in the terminal once, and each request answers that it failed. */
function loadServices(options: BrowserModeOptions, notices: StoreNotice[]): Promise<Services> {
  const loaded = import('../services/assemble').then(({ assembleServices }) =>
    assembleServices({ mode: 'browser', appVersion: options.appVersion, dataDir: options.dataDir, notices }),
  );
  loaded.catch((error: unknown) => console.error(`jira-doctor: the wizard's services could not load: ${maskSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error))}`));
  return loaded;
}

/** A port that cannot be listened on is the admin's to fix: said plainly, without a stack trace. */
export class LaunchError extends Error {
  override name = 'LaunchError';
}

function portProblem(error: unknown, port: number, language: Language): LaunchError | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  const words = TERMINAL_WORDS[language];
  if (code === 'EADDRINUSE') return new LaunchError(words.inUse(port));
  if (code === 'EACCES') return new LaunchError(words.needsAdmin(port));
  if (code === 'EADDRNOTAVAIL') return new LaunchError(words.noLoopback);
  return undefined;
}

export type BrowserLaunch = BrowserModeOptions & { open: boolean };

/**
 * Serves the UI to the local browser until Ctrl+C or SIGTERM: the one launcher behind `npm start`
 * (where there is no desktop window) and `jira-doctor ui`. The browser is opened on the redirect
 * file of the data folder, never on an address with the secret (which any user could read in `ps`).
 */
export async function runBrowserMode(options: BrowserLaunch): Promise<void> {
  const server = await startBrowserMode(options);
  const words = TERMINAL_WORDS[options.language ?? 'en'];
  console.log(words.running(server.launchUrl()));
  console.log(words.opensOnce(LAUNCH_SECRET_TTL_MS / 60_000, fileAddress(server.openFile)));
  if (options.open) openInBrowser(fileAddress(server.openFile));
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Uploads of a run that ended without cleaning up (killed, power cut); a running one's are recent. */
async function removeAbandonedUploads(uploadDir: string): Promise<void> {
  const names = await readdir(uploadDir).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(uploadDir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > 60 * 60_000) await rm(path, { recursive: true, force: true });
  }
}

/**
 * The redirect page, written atomically and readable by its owner only (it holds a launch secret).
 * Not flushed to disk: it is worth something only while this process runs, which a power cut ends.
 */
function writeRedirect(path: string, url: string): void {
  const html = [
    '<!doctype html>',
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="0;url=${url}">`,
    '<title>jira-doctor</title>',
    `<p>Opening jira-doctor… If nothing happens, <a href="${url}">open it here</a>.</p>`,
    '',
  ].join('\n');
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, html, { mode: 0o600 });
  renameSync(temp, path);
}

/** The `file://` address of the redirect file, what the browser is opened with. */
export function fileAddress(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * Opens an address in the system browser when the machine has one; on a server without a desktop
 * (no display, or no launcher command) the printed address is all there is. Without a display,
 * xdg-open would fall back to a text-mode browser in the background, so it is not asked. Only
 * the redirect file's address is passed: it carries no secret.
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
