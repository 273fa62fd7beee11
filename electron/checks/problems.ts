import type { ProblemCode } from '../../knowledge/contract/checks';
import { checkWords } from './words';

/** What went wrong, in plain words, and what to try. */
export type Problem = { code: ProblemCode; message: string; advice: string };

/** Thrown inside a check to end it with a problem; the runner turns it into a failed result. */
export class CheckFailure extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = 'CheckFailure';
  }
}

/** Ends the check with a problem: its words from the run's catalogue (`{ message, advice }`), or given apart. */
export function fail(code: ProblemCode, said: { message: string; advice: string }): never;
export function fail(code: ProblemCode, message: string, advice: string): never;
export function fail(code: ProblemCode, said: string | { message: string; advice: string }, advice = ''): never {
  throw new CheckFailure(typeof said === 'string' ? { code, message: said, advice } : { code, message: said.message, advice: said.advice });
}

/** Where a connection went: names the target in messages and tells proxy failures apart. */
export type Route = { host: string; port: number; proxy?: { host: string; port: number } };

/** Issuer names of TLS inspection products and corporate proxies (heuristic, matched on the issuer). */
const INSPECTION_ISSUER =
  /zscaler|fortinet|fortigate|palo ?alto|blue ?coat|netskope|sophos|umbrella|forcepoint|websense|mcafee|skyhigh|check ?point|barracuda|kaspersky|eset|bitdefender|avast|squid|mitmproxy|charles|fiddler|burp|cloudflare gateway|iboss|lightspeed|securly|contentkeeper|smoothwall|untangle|watchguard|sonicwall|cyberoam|trend ?micro|inspection|intercept|decrypt|\bproxy\b|\bdlp\b|\bswg\b/i;

/** The certificate a TLS server presented, as far as the inspection heuristics need it. */
export type PeerCertificate = { subject: string; issuer: string; selfSigned: boolean; validTo: string; altNames: string };

const TLS_UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
]);

export function isTlsUntrusted(error: unknown): boolean {
  return errorCodes(error).some((c) => TLS_UNTRUSTED.has(c));
}

/** True when a certificate issuer looks like a TLS inspection product or corporate proxy. */
export function looksLikeInspection(cert: PeerCertificate): boolean {
  return !cert.selfSigned && INSPECTION_ISSUER.test(cert.issuer);
}

/**
 * Turns a network, TLS or proxy error into plain words. `peer` is the certificate seen on a second
 * look after an untrusted-certificate error, to tell TLS inspection from a self-signed server.
 */
export function classifyNetworkError(error: unknown, route: Route, peer?: PeerCertificate): Problem {
  const codes = errorCodes(error);
  const text = errorMessages(error).join(' | ');
  const target = `${route.host}:${route.port}`;
  const proxy = route.proxy ? `${route.proxy.host}:${route.proxy.port}` : undefined;
  // Through a proxy every connection goes to the proxy; the target's failures come back as its answers.
  const atProxy = proxy !== undefined;

  // undici says "Proxy response (407)" for a tunnel, "Proxy Authentication Required (407)" for a forwarded http request.
  const proxyStatus = /Proxy response \((\d{3})\)/i.exec(text)?.[1] ?? /proxy answered (\d{3})/i.exec(text)?.[1] ?? /Proxy Authentication Required \((407)\)/i.exec(text)?.[1];
  const w = checkWords();
  if (proxy && proxyStatus === '407') return { code: 'proxy-auth', ...w.proxyAuth(proxy, target) };
  if (proxy && proxyStatus) return { code: 'proxy-refused', ...w.proxyRefused(proxy, target, proxyStatus) };
  if (codes.includes('ECONNREFUSED')) return { code: 'refused', ...(proxy !== undefined ? w.refusedAtProxy(proxy) : w.refused(target)) };
  if (codes.some((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN' || c === 'EAI_NODATA' || c === 'EAI_FAIL')) {
    return { code: 'dns', ...w.dns(atProxy ? route.proxy!.host : route.host) };
  }
  const where = proxy !== undefined ? { proxy } : { target };
  if (codes.includes('UND_ERR_CONNECT_TIMEOUT') || codes.includes('ETIMEDOUT') || codes.includes('EHOSTUNREACH') || codes.includes('ENETUNREACH')) {
    return { code: 'timeout', ...w.connectTimeout(where) };
  }
  if (codes.includes('UND_ERR_HEADERS_TIMEOUT') || codes.includes('ERR_ANSWER_TIMEOUT')) return { code: 'timeout', ...w.noAnswer(target) };
  if (codes.includes('UND_ERR_BODY_TIMEOUT') || codes.includes('ERR_ANSWER_STALLED')) return { code: 'timeout', ...w.stalled(target) };
  if (codes.includes('CERT_HAS_EXPIRED') || codes.includes('CERT_NOT_YET_VALID')) {
    return { code: 'tls-expired', ...w.certificateExpired(target, codes.includes('CERT_HAS_EXPIRED'), peer?.validTo) };
  }
  if (codes.includes('ERR_TLS_CERT_ALTNAME_INVALID') || codes.includes('HOSTNAME_MISMATCH')) {
    return { code: 'tls-hostname', ...w.certificateName(target, route.host, peer?.altNames || undefined) };
  }
  if (codes.some((c) => TLS_UNTRUSTED.has(c))) {
    if (peer && looksLikeInspection(peer)) return { code: 'tls-intercepted', ...w.intercepted(target, peer.issuer) };
    const self = peer?.selfSigned || codes.includes('DEPTH_ZERO_SELF_SIGNED_CERT');
    return { code: 'tls-untrusted', ...w.untrusted(target, self, peer?.issuer) };
  }
  if (codes.some((c) => c.startsWith('ERR_SSL') || c.startsWith('ERR_TLS')) || /ssl|tls/i.test(text)) return { code: 'other', ...w.handshake(target, firstLine(text)) };
  if (codes.includes('ECONNRESET') || codes.includes('UND_ERR_SOCKET') || codes.includes('EPIPE')) return { code: 'other', ...w.closed(where) };
  return { code: 'other', ...w.failed(target, firstLine(text)) };
}

/** Error codes along the cause chain (undici wraps socket and TLS errors). */
export function errorCodes(error: unknown): string[] {
  return chain(error).flatMap((e) => (typeof e.code === 'string' ? [e.code] : []));
}

function errorMessages(error: unknown): string[] {
  return chain(error).flatMap((e) => (typeof e.message === 'string' && e.message ? [e.message] : []));
}

type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [error];
  while (queue.length && out.length < 20) {
    const e = queue.shift();
    if (!e || typeof e !== 'object') continue;
    const like = e as ErrorLike;
    out.push(like);
    if (like.cause) queue.push(like.cause);
    if (Array.isArray(like.errors)) queue.push(...(like.errors as unknown[]));
  }
  return out;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').slice(0, 200);
}
