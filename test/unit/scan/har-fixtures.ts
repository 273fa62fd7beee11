import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/**
 * Browser recordings built by the tests, in the flavours the browsers write: Chrome (and Edge,
 * the same DevTools), Firefox and Safari. What differs is what the scanner must cope with:
 * - Chrome: creator "WebInspector", lower-case HTTP/2 header names, `_`-prefixed extras
 *   (`_initiator`, `_priority`, `_resourceType`, `_transferSize`, `_fromCache`), cookies both in
 *   the lists and in the headers, one Set-Cookie header per cookie.
 * - Firefox: creator and browser "Firefox", header names as sent, several Set-Cookie values joined
 *   by newlines in one header, `pageref` first in each entry, `_securityState`.
 * - Safari: creator "WebKit Web Inspector", no cookies lists, no `serverIPAddress`, timings partly -1.
 */

export type Flavour = 'chrome' | 'firefox' | 'safari';

export type Step = {
  /** Seconds after the start of the recording. */
  at: number;
  method?: string;
  url: string;
  status: number;
  /** X-ANODEID of the answer. */
  node?: string;
  requestCookies?: Record<string, string>;
  setCookies?: Record<string, string>;
  requestHeaders?: Record<string, string>;
  responseHeaders?: Record<string, string>;
  location?: string;
  postData?: { mimeType: string; text: string };
  body?: { mimeType: string; text: string };
  fromCache?: boolean;
};

const START = Date.parse('2026-11-20T09:00:00.000Z');

function headerList(flavour: Flavour, headers: Record<string, string>, setCookies: Record<string, string> = {}): { name: string; value: string }[] {
  const name = (n: string) => (flavour === 'chrome' ? n.toLowerCase() : n);
  const list = Object.entries(headers).map(([n, value]) => ({ name: name(n), value }));
  const cookies = Object.entries(setCookies).map(([n, v]) => `${n}=${v}; Path=/; HttpOnly; Secure`);
  if (cookies.length && flavour === 'firefox') list.push({ name: 'Set-Cookie', value: cookies.join('\n') });
  else for (const c of cookies) list.push({ name: name('Set-Cookie'), value: c });
  return list;
}

function entry(flavour: Flavour, step: Step, index: number): Record<string, unknown> {
  const started = new Date(START + step.at * 1000);
  const startedDateTime = flavour === 'firefox' ? started.toISOString().replace('Z', '+00:00') : started.toISOString();
  const url = new URL(step.url);
  const cookieHeader = Object.entries(step.requestCookies ?? {}).map(([n, v]) => `${n}=${v}`).join('; ');
  const requestHeaders = headerList(flavour, {
    Host: url.host,
    'User-Agent': 'Mozilla/5.0',
    ...(cookieHeader ? { Cookie: cookieHeader } : {}),
    ...(step.postData ? { 'Content-Type': step.postData.mimeType } : {}),
    ...step.requestHeaders,
  });
  const responseHeaders = headerList(
    flavour,
    {
      'Content-Type': step.body?.mimeType ?? 'text/html;charset=UTF-8',
      ...(step.node ? { 'X-ANODEID': step.node } : {}),
      'X-AREQUESTID': `540x${1000 + index}x1`,
      ...(step.location ? { Location: step.location } : {}),
      ...step.responseHeaders,
    },
    step.setCookies,
  );
  const cookieList = (cookies: Record<string, string> = {}) => Object.entries(cookies).map(([name, value]) => ({ name, value, path: '/', httpOnly: true, secure: true }));
  const request: Record<string, unknown> = {
    method: step.method ?? 'GET',
    url: step.url,
    httpVersion: flavour === 'chrome' ? 'http/2.0' : 'HTTP/1.1',
    headers: requestHeaders,
    queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
    ...(flavour === 'safari' ? {} : { cookies: cookieList(step.requestCookies) }),
    headersSize: -1,
    bodySize: step.postData ? step.postData.text.length : 0,
    ...(step.postData ? { postData: step.postData } : {}),
  };
  const body = step.body ?? { mimeType: 'text/html', text: '<html></html>' };
  const response: Record<string, unknown> = {
    status: step.status,
    statusText: step.status === 200 ? 'OK' : '',
    httpVersion: request.httpVersion,
    headers: responseHeaders,
    ...(flavour === 'safari' ? {} : { cookies: cookieList(step.setCookies) }),
    content: { size: body.text.length, mimeType: body.mimeType, text: body.text },
    redirectURL: step.location ?? '',
    headersSize: -1,
    bodySize: body.text.length,
    ...(flavour === 'chrome' ? { _transferSize: step.fromCache ? 0 : body.text.length + 300, _error: null } : {}),
  };
  const timings = flavour === 'safari' ? { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0, wait: 12.5, receive: 1.5 } : { blocked: 0.5, dns: -1, connect: -1, ssl: -1, send: 0.1, wait: 12.5, receive: 1.5 };
  if (flavour === 'firefox') {
    return { pageref: 'page_1', startedDateTime, request, response, cache: {}, timings, time: 14.6, _securityState: 'secure', serverIPAddress: '10.0.0.5', connection: '443' };
  }
  if (flavour === 'safari') return { pageref: 'page_0', startedDateTime, time: 14, request, response, cache: {}, timings };
  return {
    _initiator: { type: 'other' },
    _priority: 'VeryHigh',
    _resourceType: step.url.includes('/rest/') ? 'xhr' : 'document',
    cache: {},
    connection: '443',
    ...(step.fromCache ? { _fromCache: 'disk' } : {}),
    pageref: 'page_1',
    request,
    response,
    serverIPAddress: '10.0.0.5',
    startedDateTime,
    time: 14.6,
    timings: { ...timings, _blocked_queueing: 0.3 },
  };
}

export function buildHar(flavour: Flavour, steps: Step[]): Record<string, unknown> {
  const creator =
    flavour === 'chrome' ? { name: 'WebInspector', version: '537.36' } : flavour === 'firefox' ? { name: 'Firefox', version: '133.0' } : { name: 'WebKit Web Inspector', version: '18.1' };
  const pages = [{ startedDateTime: new Date(START).toISOString(), id: flavour === 'safari' ? 'page_0' : 'page_1', title: 'https://jira.corp.example/secure/Dashboard.jspa', pageTimings: { onContentLoad: 300, onLoad: 500 } }];
  return {
    log: {
      version: '1.2',
      creator,
      ...(flavour === 'firefox' ? { browser: { name: 'Firefox', version: '133.0' } } : {}),
      pages,
      entries: steps.map((s, i) => entry(flavour, s, i)),
    },
  };
}

export function harText(flavour: Flavour, steps: Step[]): string {
  // Chrome writes two-space indentation, Firefox too; Safari writes one line.
  return JSON.stringify(buildHar(flavour, steps), null, flavour === 'safari' ? undefined : 2);
}

/** Secrets every scenario carries: none of them may appear in any output. */
export const SECRETS = {
  session: '8F2C41D9A0B3E77C5D6F1A2B3C4D5E6F',
  session2: '1A2B3C4D5E6F708192A3B4C5D6E7F809',
  xsrf: 'BXMG-7PLC-PE42-MECF_9f86d081884c7d659a2feaa0c55ad015a3bf4f1b_lin',
  code: '0.AXoA8zT3kQ-s3cr3t-auth-c0de-Zx9',
  accessToken: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSJ9.c2lnbmF0dXJlLXNlY3JldA',
  refreshToken: '0.AXoARefreshT0kenS3cretValue1234567890',
  password: 'Hunter2-Sup3r-Secret!',
  clientSecret: 'Qx8~clientS3cretValue.abcdefgh',
  msCookie: 'ESTSAUTHSECRETCOOKIEVALUE0123456789',
  samlResponse: 'PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm46b2FzaXM6bmFtZXM6dGM6U0FNTDoyLjA6cHJvdG9jb2wiPlNFQ1JFVDwvc2FtbHA6UmVzcG9uc2U+',
  basic: 'YWRtaW46SHVudGVyMi1TdXAzci1TZWNyZXQh',
} as const;

const JIRA = 'https://jira.corp.example';
const AUTHORIZE = `https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34&response_type=code&redirect_uri=${encodeURIComponent(`${JIRA}/rest/oauth2-client/latest/callback`)}&scope=${encodeURIComponent('https://outlook.office.com/IMAP.AccessAsUser.All offline_access')}&state=st4te`;

type Answer = (path: string, at: number) => string;

/**
 * The mailbox authorization as the admin records it (article 001, Root Cause 13): the mail server
 * page in Jira, Jira's redirect to Microsoft, the sign-in, the callback with the code, Jira's REST
 * calls that finish the setup, and the page that shows the result. `node(path, at)` says which node
 * answers each Jira request.
 */
export function oauthDance(node: Answer, options: { callbackError?: string; routeOnly?: boolean; stickyCookie?: string } = {}): Step[] {
  const jsession = (at: number, path: string) => (options.routeOnly ? `${SECRETS.session}.${node(path, at)}` : SECRETS.session);
  const cookies = (at: number, path: string): Record<string, string> => ({
    JSESSIONID: jsession(at, path),
    'atlassian.xsrf.token': SECRETS.xsrf,
    ...(options.stickyCookie ? { [options.stickyCookie]: `.${node('/secure/Dashboard.jspa', 0)}` } : {}),
  });
  const jira = (at: number, path: string, extra: Partial<Step> = {}): Step => {
    const answered = node(path, at);
    const routeMoved = options.routeOnly && answered !== node('/secure/Dashboard.jspa', 0);
    const stickyMoved = options.stickyCookie && answered !== node('/secure/Dashboard.jspa', 0);
    return {
      at,
      url: `${JIRA}${path}`,
      status: 200,
      ...(options.routeOnly || options.stickyCookie ? {} : { node: answered }),
      requestCookies: cookies(0, '/secure/Dashboard.jspa'),
      ...(routeMoved ? { setCookies: { JSESSIONID: `${SECRETS.session2}.${answered}` } } : {}),
      ...(stickyMoved ? { setCookies: { [options.stickyCookie!]: `.${answered}` } } : {}),
      requestHeaders: { Authorization: `Basic ${SECRETS.basic}` },
      ...extra,
    };
  };
  const callbackQuery = options.callbackError
    ? `error=invalid_client&error_description=${encodeURIComponent(options.callbackError)}&state=st4te`
    : `code=${SECRETS.code}&state=st4te&session_state=abc`;
  return [
    jira(0, '/secure/admin/IncomingMailServers.jspa'),
    jira(1, '/rest/api/2/serverInfo', { body: { mimeType: 'application/json', text: '{"version":"9.12.4"}' } }),
    jira(2, '/plugins/servlet/oauth2/authorize', { status: 302, location: AUTHORIZE }),
    { at: 3, url: AUTHORIZE, status: 200, requestCookies: { ESTSAUTH: SECRETS.msCookie } },
    {
      at: 10,
      method: 'POST',
      url: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/login',
      status: 302,
      requestCookies: { ESTSAUTH: SECRETS.msCookie },
      postData: { mimeType: 'application/x-www-form-urlencoded', text: `login=admin%40contoso.com&passwd=${encodeURIComponent(SECRETS.password)}&SAMLResponse=${SECRETS.samlResponse}` },
      location: `${JIRA}/rest/oauth2-client/latest/callback?${callbackQuery}`,
    },
    jira(11, `/rest/oauth2-client/latest/callback?${callbackQuery}`, { status: 302, location: `${JIRA}/secure/admin/IncomingMailServers.jspa` }),
    jira(12, '/rest/oauth2-client/latest/token', {
      method: 'POST',
      postData: { mimeType: 'application/json', text: `{"client_secret":"${SECRETS.clientSecret}","refresh_token":"${SECRETS.refreshToken}"}` },
      body: { mimeType: 'application/json', text: `{"access_token":"${SECRETS.accessToken}","refresh_token":"${SECRETS.refreshToken}","expires_in":3599}` },
    }),
    jira(13, '/secure/admin/IncomingMailServers.jspa'),
  ];
}

export const onNode = (name: string): Answer => () => name;

/**
 * Writes a recording of about `bytes` bytes to `path` as a stream (never whole in memory): the
 * mailbox authorization over and over, one session that moves to a second node half way, and
 * every `bigEvery` entries a response body of `bigBody` bytes (the kind a browser records for a
 * large script). Returns the number of entries.
 */
export async function writeLargeHar(path: string, bytes: number, options: { flavour?: Flavour; bigEvery?: number; bigBody?: number } = {}): Promise<number> {
  const flavour = options.flavour ?? 'chrome';
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const half = bytes / 2;
  let written = 0;
  let entries = 0;
  const head = harText(flavour, []).replace(/"entries": \[\]\s*\}\s*\}\s*$/, '"entries": [');
  await write(head);
  written += head.length;
  const big = 'x'.repeat(options.bigBody ?? 8 << 20);
  for (let round = 0; written < bytes; round++) {
    const node = written < half ? 'jsm-node01' : 'jsm-node02';
    for (const step of oauthDance(onNode(node))) {
      const shifted = { ...step, at: round * 20 + step.at };
      if (options.bigEvery && entries % options.bigEvery === options.bigEvery - 1) shifted.body = { mimeType: 'application/javascript', text: big };
      const text = `${entries ? ',' : ''}\n${JSON.stringify(entry(flavour, shifted, entries))}`;
      await write(text);
      written += text.length;
      entries++;
    }
  }
  await write('\n]}}\n');
  out.end();
  await once(out, 'close');
  return entries;
}
