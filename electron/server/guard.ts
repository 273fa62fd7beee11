import { timingSafeEqual } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../api/csp';

/**
 * The browser-mode server's gate, as pure functions of a request's headers. The server listens on
 * 127.0.0.1 only; on top of that a page from another site must not reach it, through the browser
 * (a cross-site request carries no SameSite=Strict cookie and a foreign Origin) nor through DNS
 * rebinding (a foreign name resolving to 127.0.0.1 shows up in the Host header).
 */

export const LOOPBACK = '127.0.0.1';

/** One cookie per port: cookies ignore ports, and two instances must not evict each other. */
export function cookieName(port: number): string {
  return `jira_doctor_${port}`;
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The Host header names this server: loopback address or localhost, and our port. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

/** An Origin, when the browser sends one, is this server itself. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://${LOOPBACK}:${port}` || origin === `http://localhost:${port}`;
}

export function cookieToken(cookieHeader: string | undefined, port: number): string | undefined {
  const name = cookieName(port);
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export function tokenMatches(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Sent with every response, pages and API alike. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};
