import type { ScanProgress } from '../../knowledge/contract/scan';
import type { Channel, CheckEvent, JiraDoctorApi, JiraDoctorBridge, RequestOf, ResponseOf, ScanResult } from './contract';
import { unwrapEnvelope, type Envelope, type MenuCommand, type RedactedCopy } from './wire';

/**
 * What a transport provides: a call per channel, a subscription to check events, and the one
 * non-JSON capability (log files). The preload (IPC) and the HTTP client (browser mode) are the two
 * transports; `createApi` turns either into the same `JiraDoctorApi`.
 */
export type Transport = {
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  onCheckEvent(listener: (event: CheckEvent) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onScanProgress(listener: (progress: ScanProgress) => void): () => void;
  scanFiles(files: readonly File[]): Promise<ScanResult>;
  redactFile(file: File, options: { pseudonymize?: boolean }): Promise<RedactedCopy>;
};

/**
 * One function per capability, each bound to its own channel: the renderer can never name a channel
 * (no generic invoke passthrough). Type-only imports keep this module free of zod, so the sandboxed
 * preload bundle stays small.
 */
export function createApi(t: Transport): JiraDoctorApi {
  return {
    app: {
      info: (r = {}) => t.call('app.info', r),
      openExternal: (r) => t.call('app.openExternal', r),
      onMenuCommand: (listener) => t.onMenuCommand(listener),
    },
    engine: {
      knowledge: (r = {}) => t.call('engine.knowledge', r),
      diagnose: (r) => t.call('engine.diagnose', r),
      matchErrorText: (r) => t.call('engine.matchErrorText', r),
    },
    checks: {
      start: (r) => t.call('checks.start', r),
      cancel: (r) => t.call('checks.cancel', r),
      status: (r) => t.call('checks.status', r),
      onEvent: (listener) => t.onCheckEvent(listener),
    },
    signIn: {
      start: (r) => t.call('signIn.start', r),
      paste: (r) => t.call('signIn.paste', r),
      status: (r) => t.call('signIn.status', r),
      cancel: (r) => t.call('signIn.cancel', r),
    },
    redact: {
      file: (file, options = {}) => t.redactFile(file, options),
    },
    scan: {
      choose: (r = {}) => t.call('scan.choose', r),
      files: (files) => t.scanFiles(files),
      onProgress: (listener) => t.onScanProgress(listener),
    },
    sessions: {
      list: (r = {}) => t.call('sessions.list', r),
      create: (r = {}) => t.call('sessions.create', r),
      get: (r) => t.call('sessions.get', r),
      save: (r) => t.call('sessions.save', r),
      update: (r) => t.call('sessions.update', r),
      rename: (r) => t.call('sessions.rename', r),
      delete: (r) => t.call('sessions.delete', r),
      export: (r) => t.call('sessions.export', r),
      import: (r) => t.call('sessions.import', r),
    },
    credentials: {
      remember: (r) => t.call('credentials.remember', r),
      recall: (r) => t.call('credentials.recall', r),
      forget: (r) => t.call('credentials.forget', r),
    },
    report: {
      render: (r) => t.call('report.render', r),
    },
    source: {
      get: (r) => t.call('source.get', r),
    },
  } satisfies JiraDoctorApi;
}

/** The preload's transport: each call resolves to its envelope instead of rejecting. */
export type BridgeTransport = {
  call(channel: Channel, request: unknown): Promise<Envelope<unknown>>;
  onCheckEvent: Transport['onCheckEvent'];
  onMenuCommand: Transport['onMenuCommand'];
  onScanProgress: Transport['onScanProgress'];
  scanFiles(files: readonly File[]): Promise<Envelope<ScanResult>>;
  redactFile(file: File, options: { pseudonymize?: boolean }): Promise<Envelope<RedactedCopy>>;
};

/**
 * The object the preload exposes: the same listing as `createApi`, with envelopes for results.
 * (Only the result type differs, which the cast states; the listing is not written twice.)
 */
export function createBridge(t: BridgeTransport): JiraDoctorBridge {
  return createApi(t as unknown as Transport) as unknown as JiraDoctorBridge;
}

/** In the page: the API over the preload's bridge, rejecting with `ApiError` like the HTTP client. */
export function apiFromBridge(bridge: JiraDoctorBridge): JiraDoctorApi {
  return createApi({
    call: (channel, request) => bridgeFunction(bridge, channel)(request).then(unwrapEnvelope) as Promise<ResponseOf<typeof channel>>,
    onCheckEvent: (listener) => bridge.checks.onEvent(listener),
    onMenuCommand: (listener) => bridge.app.onMenuCommand(listener),
    onScanProgress: (listener) => bridge.scan.onProgress(listener),
    scanFiles: (files) => bridge.scan.files(files).then(unwrapEnvelope),
    redactFile: (file, options) => bridge.redact.file(file, options).then(unwrapEnvelope),
  });
}

function bridgeFunction(bridge: JiraDoctorBridge, channel: Channel): (request: unknown) => Promise<Envelope<unknown>> {
  const [group, action] = channel.split('.') as [keyof JiraDoctorBridge, string];
  return (bridge[group] as unknown as Record<string, (request: unknown) => Promise<Envelope<unknown>>>)[action]!;
}
