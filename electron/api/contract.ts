import * as z from 'zod';
import { CHECK_IDS } from '../../knowledge/contract/checks';
import { knowledgeSchema, signatureSchema } from '../../knowledge/schema';
import { CAUSE_IDS } from '../../knowledge/contract/causes';
import { LANGUAGES } from '../../knowledge/i18n/translations';
import { factsSchema } from '../../knowledge/contract/facts';
import type { ScanProgress, ScanReport } from '../../knowledge/contract/scan';
import { checkSettingsSchema } from '../checks/settings';
import { UPLOAD_LIMITS, type Envelope, type MenuCommand, type RedactedCopy } from './wire';
import {
  checkReportSchema,
  diagnosisSchema,
  evidenceSchema,
  sessionNameSchema,
  sessionChangesSchema,
  sessionSchema,
  sessionSummarySchema,
} from './schemas';

/**
 * The one API between the UI and the services: every capability the renderer may use.
 *
 * - `capabilities` maps a channel name ("group.action") to a zod schema for its request and its
 *   response. The services parse every request as `unknown` against it (electron/services).
 * - `JiraDoctorApi` is what the renderer calls: `api.group.action(request)`. The renderer gets it
 *   from `connectApi()` (electron/api/connect.ts): over the Electron preload (`window.jiraDoctor`,
 *   IPC) in the desktop app, over loopback HTTP (`createHttpClient()`) in browser mode. Both are
 *   built by `createApi` (electron/api/client.ts) with one function per capability.
 * - A failed call rejects with `ApiError` (`code`, `message` for the admin, `problems` per field).
 * - Events: check progress reaches `api.checks.onEvent(listener)` (IPC in Electron, Server-Sent
 *   Events `GET /api/events` in browser mode); desktop menu commands reach `api.app.onMenuCommand`.
 * - Log files are not JSON: `api.scan.files(files)` takes `File`s (the preload turns them into
 *   paths, browser mode uploads them), `api.scan.choose()` opens the system file dialog (Electron).
 */

/** An event of a check run (electron/checks/runner.ts `ProgressEvent`, plus the run's end); `runId` says which run. */
export const checkEventSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    /** A check began. */
    z.object({ type: z.literal('started'), runId: z.string(), check: z.enum(CHECK_IDS), title: z.string(), at: z.string() }),
    /** A step of a check, in plain words ("Asking node 2 of 3 …"). */
    z.object({ type: z.literal('progress'), runId: z.string(), check: z.enum(CHECK_IDS), message: z.string() }),
    /** A check ended, with what it saw and concluded. */
    z.object({ type: z.literal('finished'), runId: z.string(), check: z.enum(CHECK_IDS), evidence: evidenceSchema }),
    /** The run ended (also when cancelled: unfinished checks say so): every check's evidence and the facts found. */
    z.object({ type: z.literal('done'), runId: z.string(), report: checkReportSchema }),
    /** The run stopped on an error that is not a check result (a bug, a full disk). */
    z.object({ type: z.literal('failed'), runId: z.string(), message: z.string() }),
  ]),
);
export type CheckEvent = z.infer<typeof checkEventSchema>;

export const checkRunStatusSchema = z.lazy(() =>
  z.object({
    runId: z.string(),
    state: z.enum(['running', 'done', 'failed', 'cancelled']),
    /** Every event of the run so far, in order (for a UI that subscribed late or reconnected). */
    events: z.array(checkEventSchema),
  }),
);

/** What the app can do here, and anything the admin must be told at start (e.g. a store set aside). */
export const appInfoSchema = z.lazy(() =>
  z.object({
    mode: z.enum(['electron', 'browser']),
    version: z.string(),
    knowledgeVersion: z.string(),
    /** Remembering credentials needs the OS keychain (Electron's safeStorage); never in browser mode. */
    canRememberCredentials: z.boolean(),
    /** Electron can open the system file dialog (`scan.choose`); browser mode uses a file input. */
    canChooseFiles: z.boolean(),
    /** The operating system's locale as the desktop app reads it (Electron's app.getLocale()); absent in browser mode, where the browser's languages say it. */
    locale: z.string().optional(),
    notices: z.array(z.object({ code: z.string(), message: z.string() })),
    /**
     * Browser mode served the page before its services had loaded: the notices of the stores they
     * open (a sessions file set aside) are not in it yet, and the page asks again once it is drawn.
     */
    partial: z.literal(true).optional(),
  }),
);
export type AppInfo = z.infer<typeof appInfoSchema>;

/** The log scanner's report (type in knowledge/contract/scan.ts; the key fields checked here). */
export const scanResultSchema: z.ZodType<ScanReport> = z.lazy(
  () =>
    z
      .object({ schemaVersion: z.literal(1), cancelled: z.boolean(), facts: factsSchema, files: z.array(z.object({ name: z.string() }).loose()) })
      .loose() as unknown as z.ZodType<ScanReport>,
);
export type ScanResult = ScanReport;

export const checkSecretsSchema = z.lazy(() =>
  z.strictObject({
    password: z.string().optional(),
    token: z.string().optional(),
    proxyPassword: z.string().optional(),
    ldapPassword: z.string().optional(),
    oidcClientSecret: z.string().optional(),
    /** The client secret of the Entra app Jira's OAuth 2.0 integration uses (sign-in and app registration check). */
    azureClientSecret: z.string().optional(),
  }),
);

/**
 * A sign-in the way Jira does it (electron/services/sign-ins.ts): what the wizard may see of it.
 * Never the token, the code, or the address the browser came back on.
 */
export const signInViewSchema = z.lazy(() =>
  z.object({
    signInId: z.string(),
    state: z.enum(['waiting', 'signed-in', 'failed']),
    /** What to show: the address to open (browser, paste), or Microsoft's device code. */
    prompt: z
      .discriminatedUnion('mode', [
        z.object({ mode: z.enum(['browser', 'paste']), authorizeUrl: z.string(), redirectUri: z.string() }),
        z.object({ mode: z.literal('device'), device: z.object({ userCode: z.string(), verificationUri: z.string(), message: z.string(), expiresInSeconds: z.number() }) }),
      ])
      .optional(),
    /** The account that signed in, from the ID token's claims. */
    account: z.string().optional(),
    /** What Microsoft answered (AADSTS codes, invalid_scope), exactly. */
    errors: z.array(z.string()),
    problem: z.object({ code: z.string(), message: z.string(), advice: z.string() }).optional(),
    /** The system browser was opened on the address (desktop app); otherwise the page opens it. */
    opened: z.boolean().optional(),
  }),
);
export type SignInView = z.infer<typeof signInViewSchema>;
/**
 * Each channel's request and response schemas. Built on first use: the services load this module at
 * every start of the app and browser mode, before any request has come in.
 */
function defineCapabilities() {
  const empty = z.strictObject({});
  const ok = z.object({ ok: z.literal(true) });
  const article = z.enum(['000', '001', '002', '003', 'facts']);
  /** The language of the human texts a capability returns (knowledge, diagnosis, report); ids and fact names never change. English when absent. */
  const language = z.enum(LANGUAGES).optional();
  const signInId = z.strictObject({ signInId: z.string().min(1).max(100) });
  const credentialKey = z.string().trim().min(1).max(500);

  return {
    'app.info': () => ({ request: empty, response: appInfoSchema }),
    /** Opens an https link from the allow-list (external-links.ts) in the system browser. */
    'app.openExternal': () => ({ request: z.strictObject({ url: z.string() }), response: ok }),

    'engine.knowledge': () => ({ request: z.strictObject({ language }), response: z.object({ knowledge: knowledgeSchema }) }),
    'engine.diagnose': () => ({
      request: z.strictObject({ facts: z.unknown(), today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), language }),
      response: diagnosisSchema,
    }),
    'engine.matchErrorText': () => ({
      request: z.strictObject({ text: z.string().max(1_000_000), language }),
      response: z.object({ matches: z.array(z.object({ signature: signatureSchema, causes: z.array(z.enum(CAUSE_IDS)) })) }),
    }),

    /** Starts the automated checks; progress arrives as events. Secrets are used for this run only; `signInId` hands a finished sign-in (its token) to the mail checks. */
    'checks.start': () => ({
      request: z.strictObject({ settings: checkSettingsSchema, secrets: checkSecretsSchema.default({}), signInId: z.string().min(1).max(100).optional(), language }),
      response: z.object({ runId: z.string() }),
    }),
    'checks.cancel': () => ({ request: z.strictObject({ runId: z.string() }), response: z.object({ cancelled: z.boolean() }) }),
    'checks.status': () => ({ request: z.strictObject({ runId: z.string() }), response: checkRunStatusSchema }),

    /**
     * Signs in the way Jira does (authorization code with the browser's redirect caught on this
     * machine, or the address the browser ended on pasted; or device code), with Jira's OAuth 2.0
     * settings in `settings.signIn`. The state is asked for with `signIn.status` until it is over.
     */
    'signIn.start': () => ({
      request: z.strictObject({ settings: checkSettingsSchema, secrets: checkSecretsSchema.default({}), mode: z.enum(['browser', 'paste', 'device']) }),
      response: signInViewSchema,
    }),
    /** The address the browser ended on (Jira's callback page); refused with what to do when it holds no result of this sign-in. */
    'signIn.paste': () => ({ request: signInId.extend({ address: z.string().max(20_000) }), response: signInViewSchema }),
    'signIn.status': () => ({ request: signInId, response: signInViewSchema }),
    'signIn.cancel': () => ({ request: signInId, response: signInViewSchema }),

    /** Electron only: the system file dialog, then a scan of the chosen files (`cancelled` if none). */
    'scan.choose': () => ({ request: empty, response: z.object({ cancelled: z.boolean(), result: scanResultSchema.optional() }) }),

    'sessions.list': () => ({
      request: empty,
      response: z.object({ sessions: z.array(sessionSummarySchema) }),
    }),
    'sessions.create': () => ({
      request: z.strictObject({ name: sessionNameSchema.optional() }),
      response: sessionSchema,
    }),
    'sessions.get': () => ({ request: z.strictObject({ id: z.string() }), response: sessionSchema }),
    /** Saves the whole session at once (after every answer). The store sets `updatedAt`. */
    'sessions.save': () => ({ request: z.strictObject({ session: sessionSchema }), response: z.object({ updatedAt: z.string() }) }),
    /** Saves what changed (answers, "I don't know"s, the wizard's place, reports) without sending the whole session. */
    'sessions.update': () => ({ request: z.strictObject({ id: z.string(), changes: sessionChangesSchema }), response: z.object({ updatedAt: z.string() }) }),
    'sessions.rename': () => ({ request: z.strictObject({ id: z.string(), name: sessionNameSchema }), response: ok }),
    'sessions.delete': () => ({ request: z.strictObject({ id: z.string() }), response: ok }),
    /** The session as a JSON file for download. */
    'sessions.export': () => ({
      request: z.strictObject({ id: z.string() }),
      response: z.object({ filename: z.string(), content: z.string() }),
    }),
    /** Imports an exported session file (validated); gets a new id when that id is already taken. */
    'sessions.import': () => ({ request: z.strictObject({ content: z.string().max(20_000_000) }), response: sessionSchema }),

    /** Electron only (OS keychain through safeStorage); browser mode never stores credentials. */
    'credentials.remember': () => ({
      request: z.strictObject({ key: credentialKey, secrets: checkSecretsSchema }),
      response: ok,
    }),
    'credentials.recall': () => ({
      request: z.strictObject({ key: credentialKey }),
      response: z.object({ secrets: checkSecretsSchema.optional() }),
    }),
    'credentials.forget': () => ({ request: z.strictObject({ key: credentialKey }), response: ok }),

    'report.render': () => ({
      request: z.strictObject({
        sessionId: z.string(),
        format: z.enum(['pdf', 'md', 'wiki', 'json']),
        pageSize: z.enum(['A4', 'LETTER']).default('A4'),
        pseudonymize: z.boolean().default(false),
        language,
      }),
      response: z.object({ filename: z.string(), mimeType: z.string(), base64: z.string() }),
    }),

    /** A section of a source article, found by its heading (e.g. "Root Cause 8", "Solution for Root Cause 8"). */
    'source.get': () => ({
      request: z.strictObject({ article, section: z.string().min(1).max(200) }),
      // `heading` in English; `originalHeading` as the page publishes it where that is not English.
      response: z.object({ article, title: z.string(), heading: z.string(), originalHeading: z.string().optional(), text: z.string() }),
    }),
  } as const satisfies Record<string, () => { request: z.ZodType; response: z.ZodType }>;
}

type Defined = ReturnType<typeof defineCapabilities>;
export type Capabilities = { [C in keyof Defined]: ReturnType<Defined[C]> };
export type Channel = keyof Capabilities;
let defined: Defined | undefined;
const built = new Map<Channel, Capabilities[Channel]>();

/** The schemas of one channel's request and response, built the first time that channel is called. */
export function capability<C extends Channel>(channel: C): Capabilities[C] {
  let schemas = built.get(channel);
  if (!schemas) built.set(channel, (schemas = (defined ??= defineCapabilities())[channel]()));
  return schemas as Capabilities[C];
}

/** Every channel's name. */
export function channels(): Channel[] {
  return Object.keys(defined ??= defineCapabilities()) as Channel[];
}
export type RequestOf<C extends Channel> = z.input<Capabilities[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Capabilities[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Capabilities[C]['response']>;

export function isChannel(name: string): name is Channel {
  return Object.hasOwn((defined ??= defineCapabilities()), name);
}

type Group<C> = C extends `${infer G}.${string}` ? G : never;
type Call<C extends Channel> = Record<never, never> extends RequestOf<C>
  ? (request?: RequestOf<C>) => Promise<ResponseOf<C>>
  : (request: RequestOf<C>) => Promise<ResponseOf<C>>;

/** The renderer's view of the API: `api.sessions.list()`, `api.engine.diagnose({ facts })`, … */
export type JiraDoctorApi = {
  [G in Group<Channel>]: { [C in Channel as C extends `${G}.${infer A}` ? A : never]: Call<C> };
} & {
  app: {
    /** Menu items and keyboard shortcuts of the desktop app (never fires in browser mode). */
    onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  };
  checks: {
    /** Every check event of every run; returns the function that unsubscribes. */
    onEvent(listener: (event: CheckEvent) => void): () => void;
  };
  redact: {
    /** A copy of an added file (HAR or log) with every secret masked, to send to support: a download in browser mode, a save dialog in the desktop app. */
    file(file: File, options?: { pseudonymize?: boolean }): Promise<RedactedCopy>;
  };
  scan: {
    /** Scans dropped or picked log files (size-capped in browser mode). */
    files(files: readonly File[]): Promise<ScanResult>;
    /** Bytes read of the running scan (for a progress bar); returns the function that unsubscribes. */
    onProgress(listener: (progress: ScanProgress) => void): () => void;
  };
};

type Bridged<T> = {
  [K in keyof T]: T[K] extends (...args: infer P) => Promise<infer R> ? (...args: P) => Promise<Envelope<R>> : T[K];
};
/**
 * What the Electron preload exposes as `window.jiraDoctor`: the same functions, each resolving to
 * its `Envelope` (an error crossing contextBridge would lose its code and fields).
 * `connectApi()` (electron/api/connect.ts) turns it into the `JiraDoctorApi`.
 */
export type JiraDoctorBridge = { [G in keyof JiraDoctorApi]: Bridged<JiraDoctorApi[G]> };

export const scanPathsRequestSchema = z.lazy(() =>
  z.strictObject({ paths: z.array(z.string().min(1)).min(1).max(UPLOAD_LIMITS.files) }),
);
export const redactPathRequestSchema = z.lazy(() =>
  z.strictObject({ path: z.string().min(1), pseudonymize: z.boolean().default(false) }),
);
export const droppedPathsRequestSchema = z.lazy(() =>
  z.strictObject({ paths: z.array(z.string().min(1)).min(1).max(UPLOAD_LIMITS.files) }),
);

export * from './wire';
