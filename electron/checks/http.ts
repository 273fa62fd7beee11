import { Agent, ProxyAgent, request, type Dispatcher } from 'undici';
import type { CookieJar } from 'tough-cookie';
import type { Exchange } from '../../knowledge/contract/checks';
import type { Masker } from '../text/mask';
import { explainNetworkError, stepTimeoutMs, type ProxyRoute } from './net';
import { CheckFailure } from './problems';
import { checkWords } from './words';

/** Bodies are read up to this size; the rest is left unread (a 50 MB answer costs 256 KB). */
export const BODY_CAP_BYTES = 256 * 1024;
const EXCERPT_CHARS = 600;

/** Response headers worth keeping as evidence; others are dropped. */
const EVIDENCE_HEADERS = [
  'x-anodeid',
  'x-ausername',
  'x-seraph-loginreason',
  'x-authentication-denied-reason',
  'www-authenticate',
  'location',
  'content-type',
  'content-length',
  'x-arequestid',
  'x-asessionid',
];

export type HttpRequest = {
  method?: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** The cookie jar to read and fill; absent means no cookies at all. */
  jar?: CookieJar;
  /** Close the connection after this request, so the next one opens a new one (load balancer spread). */
  fresh?: boolean;
};

export type HttpResponse = {
  url: string;
  status: number;
  /** Lower-case names; repeated headers joined with ", " (Set-Cookie kept apart). */
  headers: Record<string, string>;
  setCookies: string[];
  body: string;
  /** The body was longer than the cap and was not read to its end. */
  truncated: boolean;
};

export type TransportSettings = {
  timeoutMs: number;
  ca?: string[];
  insecure: boolean;
  proxy?: { url: string; authorization?: string };
};

/**
 * HTTP for the checks: undici's `request` (not `fetch`, which hides why a proxy refused), never
 * following redirects, with timeouts on connect, headers and body, a body size cap, and every
 * exchange recorded with its secrets masked.
 */
export class HttpClient {
  private readonly dispatchers = new Map<string, Dispatcher>();
  /** Every Jira node id (X-ANODEID) any check of the run has seen: evidence of the cluster's size. */
  readonly nodesSeen = new Set<string>();

  constructor(
    private readonly transport: TransportSettings,
    private readonly masker: Masker,
  ) {}

  /**
   * Sends one request and records it with `record`. A network, TLS or proxy failure ends as a
   * CheckFailure with its plain-words problem; any HTTP status is a response.
   */
  async send(req: HttpRequest, signal: AbortSignal, record: (exchange: Exchange) => void): Promise<HttpResponse> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url);
    const headers: Record<string, string> = { 'User-Agent': 'jira-doctor', Accept: 'application/json', ...req.headers };
    if (req.jar) {
      const cookie = await req.jar.getCookieString(url.href);
      if (cookie) headers.Cookie = cookie;
    }
    const at = new Date();
    const started = performance.now();
    const exchange: Exchange = {
      at: at.toISOString(),
      durationMs: 0,
      request: { method, url: this.masker.text(url.href), headers: this.masker.headers(headers) },
    };
    try {
      const res = await request(url, {
        method: method,
        headers,
        body: req.body,
        dispatcher: this.dispatcher(url),
        signal,
        headersTimeout: this.requestTimeoutMs(),
        bodyTimeout: this.requestTimeoutMs(),
        reset: req.fresh ?? false,
      });
      const { body, truncated } = await readCapped(res.body);
      const flat = flattenHeaders(res.headers);
      const node = flat['x-anodeid']?.trim();
      if (node) this.nodesSeen.add(node);
      const setCookies = asList(res.headers['set-cookie']);
      if (req.jar) {
        for (const c of setCookies) await req.jar.setCookie(c, url.href, { ignoreError: true });
      }
      exchange.durationMs = Math.round(performance.now() - started);
      exchange.response = {
        status: res.statusCode,
        headers: this.evidenceHeaders(flat, setCookies),
        ...(body ? { bodyExcerpt: this.excerpt(body, truncated) } : {}),
      };
      record(exchange);
      return { url: url.href, status: res.statusCode, headers: flat, setCookies, body, truncated };
    } catch (error: unknown) {
      exchange.durationMs = Math.round(performance.now() - started);
      const proxy = this.proxyRoute();
      const explained = signal.aborted
        ? { problem: cancelledProblem(signal), peer: undefined }
        : await explainNetworkError(error, endpoint(url), { ...(proxy ? { proxy } : {}), timeoutMs: this.transport.timeoutMs, signal });
      const { problem, peer } = explained;
      const w = checkWords().run;
      exchange.transcript = [this.masker.text(w.transcriptError(problem.message)), ...(peer ? [w.transcriptCertificate(peer.subject, peer.issuer, peer.validTo)] : [])];
      record(exchange);
      throw new CheckFailure(problem);
    }
  }

  /**
   * Under the check's own limit, so a silent server is named as such rather than as a slow check.
   * undici checks long timeouts only every half second or so, hence the margin.
   */
  private requestTimeoutMs(): number {
    return stepTimeoutMs(this.transport.timeoutMs);
  }

  /** Ends every connection, pending ones included: a run that is over waits for nothing. */
  async close(): Promise<void> {
    await Promise.all([...this.dispatchers.values()].map((d) => d.destroy().catch(() => undefined)));
    this.dispatchers.clear();
  }

  /** One dispatcher per scheme: through a proxy, plain http goes as a forwarded request, https tunnels. */
  private dispatcher(url: URL): Dispatcher {
    const key = url.protocol;
    let d = this.dispatchers.get(key);
    if (d) return d;
    const tls = { ca: this.transport.ca, rejectUnauthorized: !this.transport.insecure, timeout: this.requestTimeoutMs() };
    const proxy = this.transport.proxy;
    d = proxy
      ? new ProxyAgent({
          uri: proxy.url,
          ...(proxy.authorization ? { token: proxy.authorization } : {}),
          requestTls: tls,
          proxyTls: { timeout: tls.timeout },
          proxyTunnel: url.protocol === 'https:',
        })
      : new Agent({ connect: tls });
    this.dispatchers.set(key, d);
    return d;
  }

  private proxyRoute(): ProxyRoute | undefined {
    const proxy = this.transport.proxy;
    if (!proxy) return undefined;
    const url = new URL(proxy.url);
    return { host: url.hostname, port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)), ...(proxy.authorization ? { authorization: proxy.authorization } : {}) };
  }

  private evidenceHeaders(flat: Record<string, string>, setCookies: string[]): Record<string, string> {
    const kept: Record<string, string> = {};
    for (const name of EVIDENCE_HEADERS) if (flat[name] !== undefined) kept[name] = this.masker.header(name, flat[name]);
    if (setCookies.length) kept['set-cookie'] = setCookies.map((c) => this.masker.header('set-cookie', c)).join('; ');
    return kept;
  }

  /** Masked before it is cut and its lines joined: a token cut in half or a PEM key on one line would no longer be recognised. */
  private excerpt(body: string, truncated: boolean): string {
    const text = this.masker.text(body).replace(/\s+/g, ' ').trim();
    const short = text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
    return short + (truncated ? ` ${checkWords().run.stoppedReading(BODY_CAP_BYTES / 1024)}` : '');
  }
}

async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void }): Promise<{ body: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of body) {
    if (size + chunk.length > BODY_CAP_BYTES) {
      chunks.push(chunk.subarray(0, BODY_CAP_BYTES - size));
      truncated = true;
      break; // leaving the loop destroys the stream: the rest is never downloaded
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  if (truncated) body.destroy();
  return { body: Buffer.concat(chunks).toString('utf8'), truncated };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === 'set-cookie') continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function endpoint(url: URL): { host: string; port: number } {
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)) };
}

/** The signal's reason tells a per-check timeout from the admin's cancel. */
export function cancelledProblem(signal: AbortSignal) {
  const reason: unknown = signal.reason;
  const w = checkWords().run;
  if (reason instanceof Error && reason.name === 'TimeoutError') return { code: 'timeout' as const, ...w.timedOut(reason.message) };
  return { code: 'cancelled' as const, ...w.cancelled };
}
