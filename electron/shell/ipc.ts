import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channels, droppedPathsRequestSchema, redactPathRequestSchema, scanPathsRequestSchema } from '../api/contract';
import { DROPPED_PATHS_CHANNEL, REDACT_PATH_CHANNEL, SCAN_PATHS_CHANNEL, type Envelope } from '../api/wire';
import type { Services } from '../services/index';
import { languageOfLocale } from '../../knowledge/i18n/language';
import { serviceWords } from '../services/words';
import { checkLanguage, inLanguage } from '../checks/words';
import { maskSecrets } from '../text/mask';
import type { GrantedPaths } from './granted-paths';
import { isTrustedSender } from './security';

const forbidden = (): Envelope<never> => ({ ok: false, error: { code: 'forbidden', message: serviceWords().notFromWindow } });

/** A path nobody handed over: named (the admin may know why), never read. */
const notHandedOver = (path: string): Envelope<never> => ({ ok: false, error: { code: 'forbidden', message: serviceWords().notHandedOver(path) } });

type Handler = (event: IpcMainInvokeEvent, request: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;

/** The window's calls carry its language after the request (electron/shell/preload.ts); what the handler says is in it. */
const inWindowLanguage =
  (handler: Handler) =>
  (event: IpcMainInvokeEvent, request: unknown, language: unknown): Envelope<unknown> | Promise<Envelope<unknown>> =>
    inLanguage(languageOfLocale(typeof language === 'string' ? language : undefined) ?? 'en', () => handler(event, request));

export type IpcOptions = {
  /** The main window's web contents, the only sender answered. */
  trusted: () => WebContents | undefined;
  /** The files the admin chose in the open dialog or dropped on the window: the only ones read by path. */
  granted: GrantedPaths;
  /** The system save dialog: where to write a redacted copy (undefined when the admin cancels). */
  saveAs?: (suggested: string) => Promise<string | undefined>;
};

/**
 * One IPC handler per capability of the contract, each on its own fixed channel; no handler takes a
 * channel name from the page. Every call checks its sender first, then the services parse the
 * request as unknown. Handlers resolve to an envelope and never throw. The two that read a file by
 * path read only one the admin handed over.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, services: Services, options: IpcOptions): void {
  const { trusted, granted, saveAs = () => Promise.resolve(undefined) } = options;
  for (const channel of channels()) {
    ipcMain.handle(
      channel,
      inWindowLanguage((event, request) => (isTrustedSender(event, trusted()) ? services.dispatch(channel, request) : forbidden())),
    );
  }
  ipcMain.handle(DROPPED_PATHS_CHANNEL, inWindowLanguage((event, request) => {
    if (!isTrustedSender(event, trusted())) return forbidden();
    // Only the preload calls this, from a drop the browser made (dropped-files.ts); the page has no way to.
    const parsed = droppedPathsRequestSchema.safeParse(request);
    if (!parsed.success) return { ok: false, error: { code: 'bad-request', message: serviceWords().dropFiles } };
    granted.grant(parsed.data.paths);
    return { ok: true, value: { granted: parsed.data.paths.length } };
  }));
  ipcMain.handle(SCAN_PATHS_CHANNEL, inWindowLanguage(async (event, request) => {
    if (!isTrustedSender(event, trusted())) return forbidden();
    const parsed = scanPathsRequestSchema.safeParse(request);
    if (!parsed.success) return { ok: false, error: { code: 'bad-request', message: serviceWords().dropFiles } };
    const refused = granted.firstRefused(parsed.data.paths);
    if (refused !== undefined) return notHandedOver(refused);
    // Dropped folders are fine (the scanner looks for logs in them); anything else must be a file.
    const missing = parsed.data.paths.find((path) => !isFileOrFolder(path));
    if (missing) return { ok: false, error: { code: 'bad-request', message: serviceWords().cannotRead(missing) } };
    try {
      return { ok: true, value: await services.scanPaths(parsed.data.paths.map((path) => ({ path, name: basenameOrPath(path) }))) };
    } catch (error: unknown) {
      const detail = maskSecrets(error instanceof Error ? error.message : String(error));
      console.error(`jira-doctor: scan failed: ${maskSecrets(error instanceof Error ? (error.stack ?? detail) : detail)}`);
      return { ok: false, error: { code: 'failed', message: serviceWords().scanFailed(detail) } };
    }
  }));
  ipcMain.handle(REDACT_PATH_CHANNEL, inWindowLanguage(async (event, request) => {
    if (!isTrustedSender(event, trusted())) return forbidden();
    const parsed = redactPathRequestSchema.safeParse(request);
    if (parsed.success && granted.firstRefused([parsed.data.path]) !== undefined) return notHandedOver(parsed.data.path);
    if (!parsed.success || !isFileOrFolder(parsed.data.path)) return { ok: false, error: { code: 'bad-request', message: serviceWords().redactFromDisk } };
    const { redactFile, redactedName, RedactError } = await import('../redact/redact');
    const filename = redactedName(basenameOrPath(parsed.data.path));
    const target = await saveAs(filename);
    if (!target) return { ok: true, value: { filename, cancelled: true } };
    try {
      // The save dialog has already asked before replacing a file.
      await redactFile(parsed.data.path, target, { pseudonymize: parsed.data.pseudonymize, force: true, language: checkLanguage() });
      return { ok: true, value: { filename, savedTo: target } };
    } catch (error: unknown) {
      if (error instanceof RedactError) return { ok: false, error: { code: 'bad-request', message: error.message } };
      console.error('jira-doctor: redaction failed:', maskSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error)));
      return { ok: false, error: { code: 'failed', message: serviceWords().redactNotWritten(error instanceof Error ? error.message : String(error)) } };
    }
  }));
}
function isFileOrFolder(path: string): boolean {
  try {
    const info = statSync(path);
    return info.isFile() || info.isDirectory();
  } catch {
    return false;
  }
}

/** Reports name dropped files as the admin sees them in the file manager. */
function basenameOrPath(path: string): string {
  return basename(path) || path;
}
