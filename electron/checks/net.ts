import { request as httpRequest } from 'node:http';
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type PeerCertificate as NodePeerCertificate, type TLSSocket } from 'node:tls';
import { checkWords } from './words';
import { classifyNetworkError, errorCodes, isTlsUntrusted, type PeerCertificate, type Problem } from './problems';

/**
 * Socket-level probes (mail servers, certificate inspection): a TCP connection made directly or
 * through the HTTP proxy's CONNECT tunnel, a TLS upgrade, and a line reader for text protocols.
 * Every step has a timeout and honours the caller's AbortSignal.
 */

export type Endpoint = { host: string; port: number };
export type ProxyRoute = Endpoint & { authorization?: string };
export type TlsSettings = { ca?: string[]; insecure: boolean };

/** An error with a code the classifier knows (see problems.ts). */
export class NetError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'NetError';
  }
}

/**
 * How long one step of a check may wait: under the check's own limit, so that a silent or stalled
 * server is named as such, with what was awaited, rather than as a check that ran out of time.
 */
export function stepTimeoutMs(limitMs: number): number {
  return Math.round(Math.max(limitMs * 0.5, limitMs - 1500));
}

/** Opens a TCP connection to `target`, through the proxy's CONNECT tunnel when one is given. */
export async function openSocket(target: Endpoint, opts: { proxy?: ProxyRoute; timeoutMs: number; signal?: AbortSignal }): Promise<Socket> {
  const { proxy, timeoutMs, signal } = opts;
  signal?.throwIfAborted();
  if (!proxy) {
    const socket = guarded(netConnect({ host: target.host, port: target.port }));
    return settle(socket, 'connect', timeoutMs, signal, () => new NetError(`connect to ${target.host}:${target.port} timed out`, 'ETIMEDOUT')).then(() => socket);
  }
  return new Promise<Socket>((resolve, reject) => {
    const authority = `${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`;
    const headers: Record<string, string> = { Host: authority };
    if (proxy.authorization) headers['Proxy-Authorization'] = proxy.authorization;
    const req = httpRequest({ host: proxy.host, port: proxy.port, method: 'CONNECT', path: authority, headers });
    const onAbort = () => req.destroy(signal?.reason instanceof Error ? signal.reason : new Error('cancelled'));
    const timer = setTimeout(() => req.destroy(new NetError(`connect through the proxy to ${authority} timed out`, 'ETIMEDOUT')), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    req.once('connect', (res, socket) => {
      done();
      if (res.statusCode === 200) return resolve(guarded(socket));
      socket.destroy();
      reject(new NetError(`proxy answered ${res.statusCode} to CONNECT ${authority}`, 'ERR_PROXY_STATUS'));
    });
    req.once('error', (error) => {
      done();
      reject(error);
    });
    req.end();
  });
}

/** Starts TLS on a connected socket (implicit TLS or after STARTTLS). */
export async function upgradeTls(socket: Socket, servername: string, tls: TlsSettings, timeoutMs: number, signal?: AbortSignal): Promise<TLSSocket> {
  const secure = guarded(tlsConnect({
    socket,
    servername: isIp(servername) ? undefined : servername,
    ca: tls.ca,
    rejectUnauthorized: !tls.insecure,
  }));
  await settle(secure, 'secureConnect', timeoutMs, signal, () => new NetError(`TLS handshake with ${servername} timed out`, 'ERR_ANSWER_TIMEOUT'));
  return secure;
}

/**
 * Explains a failed connection in plain words. After a certificate error it looks at the
 * certificate once more, unverified, to tell TLS inspection from a self-signed or expired one.
 */
export async function explainNetworkError(error: unknown, target: Endpoint, opts: { proxy?: ProxyRoute; timeoutMs: number; signal?: AbortSignal }): Promise<{ problem: Problem; peer?: PeerCertificate }> {
  const certificateError = isTlsUntrusted(error) || errorCodes(error).some((c) => c === 'CERT_HAS_EXPIRED' || c === 'CERT_NOT_YET_VALID' || c === 'ERR_TLS_CERT_ALTNAME_INVALID');
  const peer = certificateError && !opts.signal?.aborted ? await peekCertificate(target, { ...opts, timeoutMs: Math.min(opts.timeoutMs, 3000) }) : undefined;
  const route = { ...target, ...(opts.proxy ? { proxy: { host: opts.proxy.host, port: opts.proxy.port } } : {}) };
  return { problem: classifyNetworkError(error, route, peer), ...(peer ? { peer } : {}) };
}

/** The certificate a TLS server presents, read without verifying it (for the interception heuristics). */
export async function peekCertificate(target: Endpoint, opts: { proxy?: ProxyRoute; timeoutMs: number; signal?: AbortSignal }): Promise<PeerCertificate | undefined> {
  let socket: Socket | undefined;
  try {
    socket = await openSocket(target, opts);
    const secure = await upgradeTls(socket, target.host, { insecure: true }, opts.timeoutMs, opts.signal);
    socket = secure;
    return describeCertificate(secure.getPeerCertificate(false));
  } catch {
    return undefined;
  } finally {
    socket?.destroy();
  }
}

export function describeCertificate(cert: NodePeerCertificate): PeerCertificate | undefined {
  if (!cert || !cert.subject) return undefined;
  const subject = distinguishedName(cert.subject);
  const issuer = distinguishedName(cert.issuer);
  return { subject, issuer, selfSigned: subject === issuer, validTo: cert.valid_to, altNames: cert.subjectaltname ?? '' };
}

function distinguishedName(dn: Record<string, string | string[] | undefined> | undefined): string {
  if (!dn) return '';
  return ['CN', 'O', 'OU', 'C']
    .flatMap((k) => {
      const v = dn[k];
      return v === undefined ? [] : [`${k}=${Array.isArray(v) ? v.join('+') : v}`];
    })
    .join(', ');
}

/** Reads CRLF-terminated lines from a socket; each read waits at most `timeoutMs`. */
export class LineReader {
  private buffer = '';
  private readonly lines: string[] = [];
  private waiter?: { resolve: (line: string) => void; reject: (e: Error) => void };
  private ended?: Error;
  private readonly onData = (chunk: Buffer) => {
    this.buffer += chunk.toString('latin1');
    let at: number;
    while ((at = this.buffer.indexOf('\n')) >= 0) {
      this.lines.push(this.buffer.slice(0, at).replace(/\r$/, ''));
      this.buffer = this.buffer.slice(at + 1);
    }
    this.flush();
    // A server that streams without line breaks must not grow memory without bound.
    if (this.buffer.length > 64 * 1024) this.fail(new NetError(checkWords().lineTooLong, 'ERR_BAD_ANSWER'));
  };
  private readonly onEnd = () => this.fail(new NetError('the server closed the connection', 'ECONNRESET'));
  private readonly onError = (e: Error) => this.fail(e);

  constructor(private readonly socket: Socket) {
    socket.on('data', this.onData);
    socket.once('end', this.onEnd);
    socket.once('error', this.onError);
  }

  next(timeoutMs: number, signal?: AbortSignal): Promise<string> {
    const ready = this.lines.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    if (this.ended) return Promise.reject(this.ended);
    return new Promise<string>((resolve, reject) => {
      const onAbort = () => finish(() => reject(signal?.reason instanceof Error ? signal.reason : new Error('cancelled')));
      const timeout = () =>
        this.buffer ? new NetError(`the answer stopped in the middle of a line within ${timeoutMs} ms`, 'ERR_ANSWER_STALLED') : new NetError(`no answer within ${timeoutMs} ms`, 'ERR_ANSWER_TIMEOUT');
      const timer = setTimeout(() => finish(() => reject(timeout())), timeoutMs);
      const finish = (then: () => void) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.waiter = undefined;
        then();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiter = { resolve: (line) => finish(() => resolve(line)), reject: (e) => finish(() => reject(e)) };
    });
  }

  /** What arrived after the last line end: the start of a line the server has not finished. */
  get pending(): string {
    return this.buffer;
  }

  /** Stops listening, so the socket can be handed to TLS (STARTTLS). */
  detach(): void {
    this.socket.off('data', this.onData);
    this.socket.off('end', this.onEnd);
    this.socket.off('error', this.onError);
  }

  private flush(): void {
    if (!this.waiter) return;
    const line = this.lines.shift();
    if (line !== undefined) this.waiter.resolve(line);
  }

  private fail(error: Error): void {
    this.ended ??= error;
    this.waiter?.reject(error);
  }
}

function settle(emitter: Socket, event: 'connect' | 'secureConnect', timeoutMs: number, signal: AbortSignal | undefined, onTimeout: () => Error): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      cleanup();
      emitter.destroy();
      reject(error);
    };
    const onAbort = () => fail(signal?.reason instanceof Error ? signal.reason : new Error('cancelled'));
    const onError = (error: Error) => fail(error);
    const timer = setTimeout(() => fail(onTimeout()), timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    emitter.once(event, () => {
      cleanup();
      resolve();
    });
    emitter.once('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A late socket error (after the step that watched for it) must not crash the process; readers see it. */
function guarded<T extends Socket>(socket: T): T {
  socket.on('error', () => undefined);
  return socket;
}

function isIp(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}
