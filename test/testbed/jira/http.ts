// Small HTTP helpers for the simulated Jira node: cookies, credentials, bodies and Jira's error shapes.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return cookies;
}

export type Credentials = { kind: 'basic'; username: string; password: string } | { kind: 'bearer'; token: string } | { kind: 'none' };

/** Malformed Authorization headers are ignored, as Seraph ignores them. */
export function parseAuthorization(header: string | undefined): Credentials {
  const [scheme, value] = (header ?? '').trim().split(/\s+/, 2);
  if (!value) return { kind: 'none' };
  if (scheme?.toLowerCase() === 'bearer') return { kind: 'bearer', token: value };
  if (scheme?.toLowerCase() !== 'basic') return { kind: 'none' };
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? { kind: 'none' } : { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export class BodyTooLarge extends Error {}

export async function readBody(req: IncomingMessage, limit = 10 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge(`body over ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Jira's `ErrorCollection`. */
export const errorCollection = (...errorMessages: string[]): { errorMessages: string[]; errors: Record<string, string> } => ({ errorMessages, errors: {} });

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8' }).end(JSON.stringify(body));
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html;charset=UTF-8' }).end(html);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain;charset=UTF-8' }).end(text);
}

/** Java's URLEncoder, which X-AUSERNAME uses: like encodeURIComponent, but a space becomes `+`. */
export const javaUrlEncode = (value: string): string =>
  encodeURIComponent(value).replace(/%20/g, '+').replace(/[!'()~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
