import { knowledge } from '../../knowledge/core';
import { appFiles } from '../resources/app-files';
import { CredentialStore, type SecretCipher } from '../sessions/credentials';
import { SessionStore } from '../sessions/session-store';
import type { StoreNotice } from '../sessions/json-store';
import { createServices, type ServiceDeps } from './index';
import { ServiceError } from './errors';
import { serviceWords } from './words';
import { WorkerPool } from './worker-pool';

export type AssembleOptions = {
  mode: ServiceDeps['mode'];
  appVersion: string;
  dataDir: string;
  /** The OS keychain (Electron); without it credentials are never stored. */
  cipher?: SecretCipher;
  chooseFiles?: ServiceDeps['chooseFiles'];
  openExternal?: ServiceDeps['openExternal'];
  /** The operating system's locale (Electron's app.getLocale()). */
  locale?: ServiceDeps['locale'];
  /** Messages for the admin collected before the services exist (e.g. a window-state file set aside). */
  notices?: StoreNotice[];
};

/** The real services for the desktop app and browser mode, over the store in `dataDir`. */
export function assembleServices(options: AssembleOptions) {
  const notices = options.notices ?? [];
  const notify = (notice: StoreNotice) => notices.push(notice);
  const sessions = lazy(() => new SessionStore({ dataDir: options.dataDir, knowledgeVersion: knowledge.version, notify }), 'sessions');
  // Opened now, so that a file set aside is among the notices the UI shows at start.
  try {
    sessions();
  } catch {
    // Reported, with what to do, by each use of the sessions.
  }
  const cipher = options.cipher;
  const credentials = cipher ? lazy(() => new CredentialStore(options.dataDir, cipher, notify), 'credentials') : undefined;
  const workers = new WorkerPool();
  return createServices({
    mode: options.mode,
    heavy: workers.run,
    closeHeavy: () => workers.close(),
    appVersion: options.appVersion,
    sessions,
    ...(credentials ? { credentials } : {}),
    sourceFiles: appFiles('sources'),
    // Loaded on first use: the HTTP, LDAP and zip libraries would otherwise slow every start.
    runChecks: async (...args) => (await import('../checks/runner')).runChecks(...args),
    scanPaths: async (files, { signal, onProgress }) => {
      const { scanPaths } = await import('../scan/index');
      return relabel(await scanPaths(files.map((f) => f.path), { ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) }), files);
    },
    ...(options.chooseFiles ? { chooseFiles: options.chooseFiles } : {}),
    ...(options.openExternal ? { openExternal: options.openExternal } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    notices,
  });
}

/**
 * Opens a store on first use and keeps it; when it cannot be opened (no permission, a full disk),
 * every use says why and the rest of the app keeps working.
 */
function lazy<T>(open: () => T, what: 'sessions' | 'credentials'): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) {
      try {
        value = open();
      } catch (error: unknown) {
        const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        throw new ServiceError('failed', serviceWords().storeCannotOpen(what, detail));
      }
    }
    return value;
  };
}

/** Uploaded files sit in a temporary folder; the report names them as the admin did. */
function relabel<T>(report: T, files: { path: string; name: string }[]): T {
  const renamed = files.filter((f) => f.path !== f.name);
  if (!renamed.length) return report;
  return JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
    typeof value === 'string' ? renamed.reduce((text, f) => text.split(f.path).join(f.name), value) : value,
  ) as T;
}
