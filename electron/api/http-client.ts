import { createApi, type Transport } from './client';
import type { ScanProgress } from '../../knowledge/contract/scan';
import type { CheckEvent, JiraDoctorApi, ScanResult } from './contract';
import { checkExternalUrl } from './external-links';
import { ApiError, FILES_HEADER, pageLanguage, REDACTED_NAME_HEADER, TransportError, UPLOAD_LIMITS, unwrapEnvelope, type Envelope, type UploadManifest } from './wire';

/**
 * The browser-mode transport: the same `JiraDoctorApi` as the Electron preload, over the loopback
 * server (electron/server). Pure `fetch`/`EventSource`, no Node. The session cookie set by the
 * launch URL authenticates every request; the server checks it, the Host and the Origin.
 *
 * Wire format: `POST /api/<channel>` with the JSON request, answered by an `Envelope` (HTTP 200 on
 * success, 4xx/5xx with the error body otherwise); `GET /api/events` streams check events (SSE);
 * `POST /api/scan/files` uploads log files as one body, their names and sizes in the
 * `X-Jira-Doctor-Files` header (URI-encoded JSON).
 */
export function createHttpClient(base = ''): JiraDoctorApi {
  const api = createApi(httpTransport(base));
  // In a browser tab, "open in the system browser" is a new tab; the allow-list still applies.
  api.app.openExternal = ({ url }) => {
    const checked = checkExternalUrl(url);
    if (!checked.ok) return Promise.reject(new ApiError({ code: 'forbidden', message: checked.message }));
    window.open(checked.url, '_blank', 'noopener,noreferrer');
    return Promise.resolve({ ok: true as const });
  };
  return api;
}

function httpTransport(base: string): Transport {
  const events = serverEvents(base);
  return {
    async call(channel, request) {
      const response = await send(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request ?? {}),
      });
      return unwrap(response);
    },
    onCheckEvent: events<CheckEvent>('check'),
    onScanProgress: events<ScanProgress>('scan'),
    // Menu commands come from the desktop app's menu; a browser tab has none.
    onMenuCommand: () => () => {},
    async scanFiles(files) {
      const tooBig = files.find((f) => f.size > UPLOAD_LIMITS.fileBytes);
      if (tooBig) throw new TransportError({ reason: 'file-too-large', file: tooBig.name, gib: UPLOAD_LIMITS.fileBytes / 1024 ** 3 });
      const manifest: UploadManifest = files.map((f) => ({ name: f.name, size: f.size }));
      // A Blob of the files is streamed from disk by the browser, never read into memory here.
      const response = await send(`${base}/api/scan/files`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', [FILES_HEADER]: encodeURIComponent(JSON.stringify(manifest)) },
        body: new Blob([...files]),
      });
      return unwrap<ScanResult>(response);
    },
    async redactFile(file, options) {
      const manifest: UploadManifest = [{ name: file.name, size: file.size }];
      const response = await send(`${base}/api/redact/file${options.pseudonymize ? '?pseudonymize=1' : ''}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', [FILES_HEADER]: encodeURIComponent(JSON.stringify(manifest)) },
        body: file,
      });
      const name = response.headers.get(REDACTED_NAME_HEADER);
      // The copy comes back as bytes; a refusal as the usual error envelope.
      if (!response.ok || name === null) return unwrap<never>(response);
      return { filename: decodeURIComponent(name), blob: await response.blob() };
    },
  };
}

async function send(url: string, init: RequestInit): Promise<Response> {
  // The page's language, not the browser's: the admin may have switched it in the header.
  const headers = new Headers(init.headers);
  if (pageLanguage()) headers.set('accept-language', pageLanguage());
  try {
    return await fetch(url, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw new TransportError({ reason: 'unreachable' });
  }
}

async function unwrap<T>(response: Response): Promise<T> {
  let envelope: Envelope<T>;
  try {
    envelope = (await response.json()) as Envelope<T>;
  } catch {
    throw new TransportError({ reason: 'unreadable', status: response.status });
  }
  return unwrapEnvelope(envelope);
}

/**
 * The server's event stream (check events and scan progress): one EventSource for every listener
 * of every kind, opened with the first and closed with the last.
 */
function serverEvents(base: string) {
  const listeners = new Map<string, Set<(data: unknown) => void>>();
  let source: EventSource | undefined;
  let registered = new Set<string>();
  return <T>(kind: 'check' | 'scan') =>
    (listener: (data: T) => void): (() => void) => {
      const forKind = listeners.get(kind) ?? new Set();
      listeners.set(kind, forKind);
      const untyped = listener as (data: unknown) => void;
      if (!source) {
        source = new EventSource(`${base}/api/events`);
        registered = new Set();
      }
      if (!registered.has(kind)) {
        registered.add(kind);
        source.addEventListener(kind, (message: MessageEvent<string>) => {
          const data: unknown = JSON.parse(message.data);
          for (const l of listeners.get(kind) ?? []) l(data);
        });
      }
      forKind.add(untyped);
      return () => {
        forKind.delete(untyped);
        if ([...listeners.values()].every((set) => set.size === 0)) {
          source?.close();
          source = undefined;
          listeners.clear();
        }
      };
    };
}
