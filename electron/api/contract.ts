import { z } from 'zod';
import { CHECK_IDS } from '../../knowledge/contract/checks';
import { knowledgeSchema, signatureSchema } from '../../knowledge/schema';
import { CAUSE_IDS } from '../../knowledge/contract/causes';
import { checkSettingsSchema } from '../checks/settings';
import {
  checkReportSchema,
  diagnosisSchema,
  evidenceSchema,
  sessionNameSchema,
  sessionSchema,
  sessionSummarySchema,
} from './schemas';

/**
 * The one API between the UI and the services: every capability the renderer may use.
 *
 * - `capabilities` maps a channel name ("group.action") to a zod schema for its request and its
 *   response. The services parse every request as `unknown` against it (electron/services.ts).
 * - `JiraDoctorApi` is what the renderer calls: `api.group.action(request)`. Two transports
 *   implement it with one function per capability (electron/api/client.ts):
 *   the Electron preload (`window.jiraDoctor`, IPC) and `createHttpClient()` (browser mode,
 *   loopback HTTP). The renderer takes `window.jiraDoctor ?? createHttpClient()`.
 * - A failed call rejects with `ApiError` (`code`, `message` for the admin, `problems` per field).
 * - Events (check progress) reach `api.checks.onEvent(listener)`; Electron sends them over IPC,
 *   browser mode over Server-Sent Events (`GET /api/events`).
 * - Log files are not JSON: `api.scan.files(files)` takes `File`s (the preload turns them into
 *   paths, browser mode uploads them), `api.scan.choose()` opens the system file dialog (Electron).
 */

const empty = z.strictObject({});
const ok = z.object({ ok: z.literal(true) });
const article = z.enum(['000', '001', '002', '003']);

/** A progress event of a check run; `runId` says which run. */
export const checkEventSchema = z.discriminatedUnion('type', [
  /** A check began. */
  z.object({ type: z.literal('started'), runId: z.string(), check: z.enum(CHECK_IDS), title: z.string() }),
  /** A check ended, with what it saw and concluded. */
  z.object({ type: z.literal('evidence'), runId: z.string(), evidence: evidenceSchema }),
  /** The run ended: the report holds every check's evidence and the facts found. */
  z.object({ type: z.literal('done'), runId: z.string(), report: checkReportSchema }),
  /** The run stopped on an error that is not a check result (a bug, a full disk). */
  z.object({ type: z.literal('failed'), runId: z.string(), message: z.string() }),
]);
export type CheckEvent = z.infer<typeof checkEventSchema>;

export const checkRunStatusSchema = z.object({
  runId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Every event of the run so far, in order (for a UI that subscribed late or reconnected). */
  events: z.array(checkEventSchema),
});

/** What the app can do here, and anything the admin must be told at start (e.g. a store set aside). */
export const appInfoSchema = z.object({
  mode: z.enum(['electron', 'browser']),
  version: z.string(),
  knowledgeVersion: z.string(),
  /** Remembering credentials needs the OS keychain (Electron's safeStorage); never in browser mode. */
  canRememberCredentials: z.boolean(),
  /** Electron can open the system file dialog (`scan.choose`); browser mode uses a file input. */
  canChooseFiles: z.boolean(),
  notices: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** The log scanner's result (owned by electron/scan; kept loose here until it is published). */
export const scanResultSchema = z.object({}).loose();
export type ScanResult = z.infer<typeof scanResultSchema>;

export const checkSecretsSchema = z.strictObject({
  password: z.string().optional(),
  token: z.string().optional(),
  proxyPassword: z.string().optional(),
  ldapPassword: z.string().optional(),
  oidcClientSecret: z.string().optional(),
});

const credentialKey = z.string().trim().min(1).max(500);

export const capabilities = {
  'app.info': { request: empty, response: appInfoSchema },
  /** Opens an https link from the allow-list (external-links.ts) in the system browser. */
  'app.openExternal': { request: z.strictObject({ url: z.string() }), response: ok },

  'engine.knowledge': { request: empty, response: z.object({ knowledge: knowledgeSchema }) },
  'engine.diagnose': {
    request: z.strictObject({ facts: z.unknown(), today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
    response: diagnosisSchema,
  },
  'engine.matchErrorText': {
    request: z.strictObject({ text: z.string().max(1_000_000) }),
    response: z.object({ matches: z.array(z.object({ signature: signatureSchema, causes: z.array(z.enum(CAUSE_IDS)) })) }),
  },

  /** Starts the automated checks; progress arrives as events. Secrets are used for this run only. */
  'checks.start': {
    request: z.strictObject({ settings: checkSettingsSchema, secrets: checkSecretsSchema.default({}) }),
    response: z.object({ runId: z.string() }),
  },
  'checks.cancel': { request: z.strictObject({ runId: z.string() }), response: z.object({ cancelled: z.boolean() }) },
  'checks.status': { request: z.strictObject({ runId: z.string() }), response: checkRunStatusSchema },

  /** Electron only: the system file dialog, then a scan of the chosen files (`cancelled` if none). */
  'scan.choose': { request: empty, response: z.object({ cancelled: z.boolean(), result: scanResultSchema.optional() }) },

  'sessions.list': {
    request: empty,
    response: z.object({ sessions: z.array(sessionSummarySchema) }),
  },
  'sessions.create': {
    request: z.strictObject({ name: sessionNameSchema.optional() }),
    response: sessionSchema,
  },
  'sessions.get': { request: z.strictObject({ id: z.string() }), response: sessionSchema },
  /** Saves the whole session at once (after every answer). The store sets `updatedAt`. */
  'sessions.save': { request: z.strictObject({ session: sessionSchema }), response: z.object({ updatedAt: z.string() }) },
  'sessions.rename': { request: z.strictObject({ id: z.string(), name: sessionNameSchema }), response: ok },
  'sessions.delete': { request: z.strictObject({ id: z.string() }), response: ok },
  /** The session as a JSON file for download. */
  'sessions.export': {
    request: z.strictObject({ id: z.string() }),
    response: z.object({ filename: z.string(), content: z.string() }),
  },
  /** Imports an exported session file (validated); gets a new id when that id is already taken. */
  'sessions.import': { request: z.strictObject({ content: z.string().max(20_000_000) }), response: sessionSchema },

  /** Electron only (OS keychain through safeStorage); browser mode never stores credentials. */
  'credentials.remember': {
    request: z.strictObject({ key: credentialKey, secrets: checkSecretsSchema }),
    response: ok,
  },
  'credentials.recall': {
    request: z.strictObject({ key: credentialKey }),
    response: z.object({ secrets: checkSecretsSchema.optional() }),
  },
  'credentials.forget': { request: z.strictObject({ key: credentialKey }), response: ok },

  'report.render': {
    request: z.strictObject({
      sessionId: z.string(),
      format: z.enum(['pdf', 'md', 'json']),
      pageSize: z.enum(['A4', 'LETTER']).default('A4'),
      pseudonymize: z.boolean().default(false),
    }),
    response: z.object({ filename: z.string(), mimeType: z.string(), base64: z.string() }),
  },

  /** A section of a source article, found by its heading (e.g. "Root Cause 8", "Solution for Root Cause 8"). */
  'source.get': {
    request: z.strictObject({ article, section: z.string().min(1).max(200) }),
    response: z.object({ article, title: z.string(), heading: z.string(), text: z.string() }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Capabilities = typeof capabilities;
export type Channel = keyof Capabilities;
export const CHANNELS = Object.keys(capabilities) as Channel[];
export type RequestOf<C extends Channel> = z.input<Capabilities[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Capabilities[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Capabilities[C]['response']>;

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(capabilities, name);
}

/** How a call ends on the wire (IPC and HTTP alike). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const API_ERROR_CODES = ['bad-request', 'not-found', 'not-available', 'forbidden', 'failed'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export type ApiErrorBody = { code: ApiErrorCode; message: string; problems?: { field: string; message: string }[] };

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

type Group<C> = C extends `${infer G}.${string}` ? G : never;
type Call<C extends Channel> = Record<never, never> extends RequestOf<C>
  ? (request?: RequestOf<C>) => Promise<ResponseOf<C>>
  : (request: RequestOf<C>) => Promise<ResponseOf<C>>;

/** The renderer's view of the API: `api.sessions.list()`, `api.engine.diagnose({ facts })`, … */
export type JiraDoctorApi = {
  [G in Group<Channel>]: { [C in Channel as C extends `${G}.${infer A}` ? A : never]: Call<C> };
} & {
  checks: {
    /** Every check event of every run; returns the function that unsubscribes. */
    onEvent(listener: (event: CheckEvent) => void): () => void;
  };
  scan: {
    /** Scans dropped or picked log files (size-capped in browser mode). */
    files(files: readonly File[]): Promise<ScanResult>;
  };
};

/** Event names the main process sends to the preload (one channel per event kind). */
export const EVENT_CHANNELS = { checks: 'jira-doctor:checks-event' } as const;
/** IPC channel of the Electron-only path-based scan (the preload sends paths of dropped files). */
export const SCAN_PATHS_CHANNEL = 'scan.paths';
export const scanPathsRequestSchema = z.strictObject({ paths: z.array(z.string().min(1)).min(1).max(100) });

/** The browser-mode upload limit per file, and for all files of one scan. */
export const UPLOAD_LIMITS = { fileBytes: 1024 ** 3, totalBytes: 2 * 1024 ** 3, files: 100 } as const;
