import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS, redactPathRequestSchema, scanPathsRequestSchema } from '../api/contract';
import { REDACT_PATH_CHANNEL, SCAN_PATHS_CHANNEL, type Envelope } from '../api/wire';
import type { Services } from '../services/index';
import { maskSecrets } from '../text/mask';
import { isTrustedSender } from './security';

const FORBIDDEN: Envelope<never> = { ok: false, error: { code: 'forbidden', message: 'This request did not come from the jira-doctor window.' } };

/**
 * One IPC handler per capability of the contract, each on its own fixed channel; no handler takes a
 * channel name from the page. Every call checks its sender first, then the services parse the
 * request as unknown. Handlers resolve to an envelope and never throw.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: Services,
  trusted: () => WebContents | undefined,
  /** The system save dialog: where to write a redacted copy (undefined when the admin cancels). */
  saveAs: (suggested: string) => Promise<string | undefined> = () => Promise.resolve(undefined),
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, request: unknown) =>
      isTrustedSender(event, trusted()) ? services.dispatch(channel, request) : FORBIDDEN,
    );
  }
  ipcMain.handle(SCAN_PATHS_CHANNEL, async (event: IpcMainInvokeEvent, request: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event, trusted())) return FORBIDDEN;
    const parsed = scanPathsRequestSchema.safeParse(request);
    if (!parsed.success) return { ok: false, error: { code: 'bad-request', message: 'Drop one or more log files or a support zip.' } };
    // Dropped folders are fine (the scanner looks for logs in them); anything else must be a file.
    const missing = parsed.data.paths.find((path) => !isFileOrFolder(path));
    if (missing) return { ok: false, error: { code: 'bad-request', message: `${missing} cannot be read; drop files from a local disk.` } };
    try {
      return { ok: true, value: await services.scanPaths(parsed.data.paths.map((path) => ({ path, name: basenameOrPath(path) }))) };
    } catch (error: unknown) {
      const detail = maskSecrets(error instanceof Error ? error.message : String(error));
      console.error(`jira-doctor: scan failed: ${maskSecrets(error instanceof Error ? (error.stack ?? detail) : detail)}`);
      return { ok: false, error: { code: 'failed', message: `The scan failed (${detail}).` } };
    }
  });
  ipcMain.handle(REDACT_PATH_CHANNEL, async (event: IpcMainInvokeEvent, request: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event, trusted())) return FORBIDDEN;
    const parsed = redactPathRequestSchema.safeParse(request);
    if (!parsed.success || !isFileOrFolder(parsed.data.path)) return { ok: false, error: { code: 'bad-request', message: 'Add the file from a local disk, then save its redacted copy.' } };
    const { redactFile, redactedName, RedactError } = await import('../redact/redact');
    const filename = redactedName(basenameOrPath(parsed.data.path));
    const target = await saveAs(filename);
    if (!target) return { ok: true, value: { filename, cancelled: true } };
    try {
      // The save dialog has already asked before replacing a file.
      await redactFile(parsed.data.path, target, { pseudonymize: parsed.data.pseudonymize, force: true });
      return { ok: true, value: { filename, savedTo: target } };
    } catch (error: unknown) {
      if (error instanceof RedactError) return { ok: false, error: { code: 'bad-request', message: error.message } };
      console.error('jira-doctor: redaction failed:', maskSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error)));
      return { ok: false, error: { code: 'failed', message: `The redacted copy could not be written (${error instanceof Error ? error.message : String(error)}).` } };
    }
  });
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
