/**
 * One request of a HAR recording as the analysis needs it, read defensively: the browsers write
 * HAR 1.2 differently. Chrome and Edge add `_`-prefixed fields (`_fromCache`, `_initiator`,
 * `_transferSize`) and name HTTP/2 headers in lower case; Firefox joins several Set-Cookie headers
 * into one value separated by newlines and keeps its own field order; Safari leaves out fields
 * (cookies lists, `serverIPAddress`, some timings). Chrome 130 and later leave out Cookie,
 * Set-Cookie and Authorization unless the "with sensitive data" export is chosen. So cookies are
 * read from both the `cookies` lists and the headers, and nothing is assumed present.
 */

export type Exchange = {
  index: number;
  /** Epoch milliseconds, NaN when the recording has no usable time. */
  at: number;
  atText: string;
  method: string;
  url: URL;
  status: number;
  requestHeaders: Map<string, string[]>;
  responseHeaders: Map<string, string[]>;
  requestCookies: Map<string, string>;
  responseCookies: Map<string, string>;
  /** Where a redirect points (`redirectURL` or the Location header). */
  location?: string;
  requestContentType?: string;
  postText?: string;
  responseText?: string;
  /**
   * Served from the browser's cache (Chrome's `_fromCache`): no server answered it. Firefox marks
   * only revalidated answers (304, `cache.afterRequest`), which a server did give.
   */
  fromCache: boolean;
};

type Json = Record<string, unknown>;

const object = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The longest body text read for markers (XSRF, AADSTS); the rest of a body is not looked at. */
const BODY_CHARS = 256 * 1024;

export function toExchange(raw: unknown, index: number): Exchange | undefined {
  const entry = object(raw);
  const request = object(entry.request);
  const response = object(entry.response);
  const urlText = text(request.url);
  if (!urlText) return undefined;
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    return undefined;
  }
  const atText = text(entry.startedDateTime) ?? '';
  const requestHeaders = headers(request.headers);
  const responseHeaders = headers(response.headers);
  const requestCookies = new Map<string, string>();
  for (const c of list(request.cookies)) addCookie(requestCookies, object(c));
  for (const h of requestHeaders.get('cookie') ?? []) {
    for (const pair of h.split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0) requestCookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  const responseCookies = new Map<string, string>();
  for (const c of list(response.cookies)) addCookie(responseCookies, object(c));
  for (const h of responseHeaders.get('set-cookie') ?? []) {
    for (const line of h.split('\n')) {
      const first = line.split(';')[0] ?? '';
      const eq = first.indexOf('=');
      if (eq > 0) responseCookies.set(first.slice(0, eq).trim(), first.slice(eq + 1).trim());
    }
  }
  const post = object(request.postData);
  const content = object(response.content);
  const location = text(response.redirectURL) || responseHeaders.get('location')?.[0];
  const contentType = text(post.mimeType) || requestHeaders.get('content-type')?.[0];
  const postText = text(post.text) ?? (list(post.params).length ? list(post.params).map((p) => `${text(object(p).name) ?? ''}=${text(object(p).value) ?? ''}`).join('&') : undefined);
  return {
    index,
    at: Date.parse(atText),
    atText,
    method: (text(request.method) ?? 'GET').toUpperCase(),
    url,
    status: typeof response.status === 'number' ? response.status : 0,
    requestHeaders,
    responseHeaders,
    requestCookies,
    responseCookies,
    ...(location ? { location } : {}),
    ...(contentType ? { requestContentType: contentType } : {}),
    ...(postText ? { postText: postText.slice(0, BODY_CHARS) } : {}),
    ...(bodyText(content) ? { responseText: bodyText(content)! } : {}),
    fromCache: typeof entry._fromCache === 'string',
  };
}

function headers(raw: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const h of list(raw)) {
    const name = text(object(h).name)?.toLowerCase();
    const value = text(object(h).value);
    if (!name || value === undefined || name.startsWith(':')) continue;
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

function addCookie(into: Map<string, string>, cookie: Json): void {
  const name = text(cookie.name);
  const value = text(cookie.value);
  if (name && value !== undefined) into.set(name, value);
}

function bodyText(content: Json): string | undefined {
  const body = text(content.text);
  if (!body) return undefined;
  if (content.encoding === 'base64') {
    const mime = text(content.mimeType) ?? '';
    if (!/text|json|html|xml|javascript/i.test(mime)) return undefined;
    return Buffer.from(body.slice(0, (BODY_CHARS * 4) / 3), 'base64').toString('utf8');
  }
  return body.slice(0, BODY_CHARS);
}

export function header(headers: Map<string, string[]>, name: string): string | undefined {
  return headers.get(name)?.[0];
}
