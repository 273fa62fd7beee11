/**
 * The parts of the API contract that exist at run time on both sides of a transport, without zod:
 * the result envelope, the error class, and the fixed IPC channel names. The sandboxed preload
 * imports only this module (and types), so its bundle stays small.
 */

/** How a call ends on the wire (IPC and HTTP alike). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const API_ERROR_CODES = ['bad-request', 'not-found', 'not-available', 'forbidden', 'failed'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export type ApiErrorBody = { code: ApiErrorCode; message: string; problems?: { field: string; message: string }[] };

/** What every API call rejects with: `message` is for the admin, `problems` name the fields to correct. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly problems: { field: string; message: string }[];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.problems = body.problems ?? [];
  }
}

/**
 * A call that never reached the services, or whose answer could not be read, or that the page
 * refused before sending: no service could word it, so the page does (renderer/i18n, `transport.*`).
 * The message is for logs only.
 */
export type TransportFailure =
  | { reason: 'unreachable' }
  | { reason: 'unreadable'; status: number }
  | { reason: 'file-too-large'; file: string; gib: number };

export class TransportError extends ApiError {
  constructor(readonly failure: TransportFailure) {
    super({ code: failure.reason === 'file-too-large' ? 'bad-request' : 'failed', message: `jira-doctor transport: ${JSON.stringify(failure)}` });
    this.name = 'TransportError';
  }
}

/**
 * The language the page is in (`<html lang>`, which the UI's language switch keeps): both
 * transports send it with every call, so what the services say back is in the page's language.
 */
export function pageLanguage(): string {
  return document.documentElement.lang;
}

export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error);
}

/** Channels the main process sends events on (one per event kind). */
export const EVENT_CHANNELS = { checks: 'jira-doctor:checks-event', scan: 'jira-doctor:scan-progress', menu: 'jira-doctor:menu-command' } as const;

/** Commands of the desktop app's menu and keyboard shortcuts that the UI carries out. */
export const MENU_COMMANDS = ['new-session', 'open-sessions', 'export-report'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** IPC channel of the desktop-only scan of dropped files by path (the preload resolves the paths). */
export const SCAN_PATHS_CHANNEL = 'scan.paths';
/** IPC channel of the desktop-only redacted copy of an added file, by path (saved where the admin chooses). */
export const REDACT_PATH_CHANNEL = 'redact.path';
/** IPC channel on which the preload reports the paths of files the admin dropped on the window (the only paths besides the open dialog's that the two above accept). */
export const DROPPED_PATHS_CHANNEL = 'files.dropped';

/**
 * A redacted copy of an added file (HAR or log): in browser mode the bytes to download; in the
 * desktop app the place it was saved, or `cancelled` when the admin closed the save dialog.
 */
export type RedactedCopy = { filename: string; blob?: Blob; savedTo?: string; cancelled?: boolean };
/** Browser mode's redaction: the file as the body, named in FILES_HEADER; the copy comes back as bytes named in this header. */
export const REDACTED_NAME_HEADER = 'x-jira-doctor-redacted-name';

/** The browser-mode upload limits: per file, for all files of one scan, and the number of files. */
export const UPLOAD_LIMITS = { fileBytes: 1024 ** 3, totalBytes: 2 * 1024 ** 3, files: 100 } as const;

/** Browser mode's log upload: the files as one body, their names and sizes in this header (URI-encoded JSON). */
export const FILES_HEADER = 'x-jira-doctor-files';
export type UploadManifest = { name: string; size: number }[];

/** The element of the page that carries the app's information, written in by the server (and the desktop window's protocol). */
export const APP_INFO_ELEMENT_ID = 'app-info';
