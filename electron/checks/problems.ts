import type { ProblemCode } from '../../knowledge/contract/checks';
import { setting } from './wording';

/** What went wrong, in plain words, and what to try. */
export type Problem = { code: ProblemCode; message: string; advice: string };

/** Thrown inside a check to end it with a problem; the runner turns it into a failed result. */
export class CheckFailure extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = 'CheckFailure';
  }
}

export function fail(code: ProblemCode, message: string, advice: string): never {
  throw new CheckFailure({ code, message, advice });
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

  const proxyStatus = /Proxy response \((\d{3})\)/i.exec(text)?.[1] ?? /proxy answered (\d{3})/i.exec(text)?.[1];
  if (proxy && proxyStatus === '407') {
    return {
      code: 'proxy-auth',
      message: `The proxy ${proxy} wants authentication (407 Proxy Authentication Required) before it connects to ${target}.`,
      advice: `Give the proxy user ${setting('proxyUser')} and its password ${setting('proxyPassword')}, or ask the proxy team which account to use.`,
    };
  }
  if (proxy && proxyStatus) {
    return {
      code: 'proxy-refused',
      message: `The proxy ${proxy} refused to connect to ${target} (it answered ${proxyStatus} to CONNECT).`,
      advice: `Ask the proxy team to allow ${target} (many proxies allow CONNECT only to port 443), or add the host to the proxy exceptions.`,
    };
  }
  if (codes.includes('ECONNREFUSED')) {
    return atProxy
      ? { code: 'refused', message: `Nothing accepts connections at the proxy ${proxy}: the connection was refused.`, advice: 'Check the proxy address and port (ask the network team which proxy Jira uses).' }
      : { code: 'refused', message: `Nothing accepts connections at ${target}: the connection was refused.`, advice: 'Check the host and port. The service may be down, or listen on another port or only on another address.' };
  }
  if (codes.some((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN' || c === 'EAI_NODATA' || c === 'EAI_FAIL')) {
    const host = atProxy ? route.proxy!.host : route.host;
    return {
      code: 'dns',
      message: `The name ${host} cannot be resolved (DNS): this machine does not know that host.`,
      advice: 'Check the spelling of the host name, or try from a machine inside the network where it resolves (or use the proxy that Jira uses).',
    };
  }
  if (codes.includes('UND_ERR_CONNECT_TIMEOUT') || codes.includes('ETIMEDOUT') || codes.includes('EHOSTUNREACH') || codes.includes('ENETUNREACH')) {
    return {
      code: 'timeout',
      message: `No connection to ${atProxy ? `the proxy ${proxy}` : target}: the attempt timed out without an answer, which usually means a firewall drops the traffic (filtered).`,
      advice: `Ask the network team whether a firewall allows this machine to reach that host and port; or try through the proxy Jira uses ${setting('proxy')}.`,
    };
  }
  if (codes.includes('UND_ERR_HEADERS_TIMEOUT') || codes.includes('ERR_ANSWER_TIMEOUT')) {
    return {
      code: 'timeout',
      message: `${target} accepted the connection but sent no answer in time.`,
      advice: 'The server or something in front of it (load balancer, proxy) hangs, or the port belongs to another kind of service. Check the port, and that the service behind it is running.',
    };
  }
  if (codes.includes('UND_ERR_BODY_TIMEOUT') || codes.includes('ERR_ANSWER_STALLED')) {
    return {
      code: 'timeout',
      message: `${target} started an answer but stopped sending it.`,
      advice: 'The server or something in between (a proxy, a load balancer, a firewall that inspects traffic) stalls; try again, and look at that server\'s logs for this time (for Jira: the load balancer\'s and Jira\'s).',
    };
  }
  if (codes.includes('CERT_HAS_EXPIRED') || codes.includes('CERT_NOT_YET_VALID')) {
    const expired = codes.includes('CERT_HAS_EXPIRED');
    return {
      code: 'tls-expired',
      message: `The TLS certificate of ${target} ${expired ? 'has expired' : 'is not valid yet'}${peer ? ` (valid to ${peer.validTo})` : ''}.`,
      advice: expired ? 'Ask whoever runs that server to renew its certificate.' : 'Check the clock of this machine and of the server; or the certificate was issued for a later date.',
    };
  }
  if (codes.includes('ERR_TLS_CERT_ALTNAME_INVALID') || codes.includes('HOSTNAME_MISMATCH')) {
    return {
      code: 'tls-hostname',
      message: `The TLS certificate of ${target} is for other names${peer?.altNames ? ` (${peer.altNames})` : ''}, not ${route.host}.`,
      advice: 'Use the host name the certificate is issued for (the one users type), or ask for a certificate that includes this name.',
    };
  }
  if (codes.some((c) => TLS_UNTRUSTED.has(c))) {
    if (peer && looksLikeInspection(peer)) {
      return {
        code: 'tls-intercepted',
        message: `The connection to ${target} is intercepted: the certificate was issued by "${peer.issuer}", which looks like a TLS inspection proxy, not by the server's own certificate authority.`,
        advice: `Ask the network team to exempt this host from TLS inspection, or give their inspection CA ${setting('ca')} (Jira's Java truststore needs the same CA).`,
      };
    }
    const self = peer?.selfSigned || codes.includes('DEPTH_ZERO_SELF_SIGNED_CERT');
    return {
      code: 'tls-untrusted',
      message: `The TLS certificate of ${target} is not trusted: ${self ? 'it is self-signed' : `it was issued by a certificate authority this machine does not know${peer ? ` ("${peer.issuer}")` : ''}`}.`,
      advice: `Give the certificate authority's PEM file ${setting('ca')} (ask the server's admin for it). Turn off certificate checks ${setting('insecure')} only to look past it once.`,
    };
  }
  if (codes.some((c) => c.startsWith('ERR_SSL') || c.startsWith('ERR_TLS')) || /ssl|tls/i.test(text)) {
    return {
      code: 'other',
      message: `The TLS handshake with ${target} failed: ${firstLine(text)}.`,
      advice: 'Check that the port speaks TLS (or plain text) as configured, and that both sides share a TLS version.',
    };
  }
  if (codes.includes('ECONNRESET') || codes.includes('UND_ERR_SOCKET') || codes.includes('EPIPE')) {
    return {
      code: 'other',
      message: `${atProxy ? `The proxy ${proxy}` : target} closed the connection without an answer.`,
      advice: 'Something in between (firewall, load balancer, proxy) may cut the connection; check that the port and the protocol (http/https) are right.',
    };
  }
  return {
    code: 'other',
    message: `The request to ${target} failed: ${firstLine(text) || 'no details given'}.`,
    advice: 'Check the address and the network path; the evidence shows the error as reported.',
  };
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
