import type { HttpResponse } from './http';
import { fail } from './problems';
import { checkWords } from './words';
import type { AffinityKind, AnswerSource } from './words-en';

/**
 * Reading Jira's answers (jira-facts §1, §2, §7): what the headers say about authentication, what
 * kind of thing came back instead of JSON, and which load-balancer affinity cookie is in use.
 * Pure functions over a received response.
 */

export type AuthView = {
  /** The user Jira saw (X-AUSERNAME, URL-decoded); `anonymous` when none. */
  user?: string;
  /** X-Seraph-LoginReason values (the header can carry several, comma-joined). */
  loginReasons: string[];
  deniedReason?: string;
  /** The account must pass a CAPTCHA: every REST login fails until it is reset. */
  captcha: boolean;
  /** Credentials were sent and Jira still treated the request as anonymous, or refused them. */
  rejected: boolean;
};

export function readAuth(res: HttpResponse, sentCredentials: boolean): AuthView {
  const rawUser = res.headers['x-ausername'];
  const user = rawUser === undefined ? undefined : safeDecode(rawUser);
  const loginReasons = (res.headers['x-seraph-loginreason'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const deniedReason = res.headers['x-authentication-denied-reason'];
  const captcha = (deniedReason ?? '').startsWith('CAPTCHA_CHALLENGE') || (res.status === 403 && loginReasons.includes('AUTHENTICATION_DENIED'));
  const failedReason = loginReasons.some((r) => r === 'AUTHENTICATED_FAILED' || r === 'AUTHENTICATION_DENIED' || r === 'AUTHORISATION_FAILED');
  // A 401 with login reason OK is a permission answer (e.g. not an admin), not a rejected login.
  const rejected = sentCredentials && (captcha || failedReason || user === 'anonymous' || (res.status === 401 && !loginReasons.includes('OK')));
  return { ...(user !== undefined ? { user } : {}), loginReasons, ...(deniedReason ? { deniedReason } : {}), captcha, rejected };
}

/** The login reason as the contract fact stores it: the header's value as Jira sent it. */
export function loginReasonFact(view: AuthView): string | undefined {
  return view.loginReasons.length ? view.loginReasons.join(', ') : undefined;
}

/**
 * Parses a JSON answer, or ends the check with what came back instead: a redirect to a single
 * sign-on host, a login page, an empty or cut-off body, or text that is not JSON.
 */
export function expectJson(res: HttpResponse, baseUrl: string, source: AnswerSource): unknown {
  explainRedirect(res, baseUrl, source);
  const w = checkWords().jira;
  const what = w.source[source];
  const type = res.headers['content-type'] ?? '';
  const text = res.body.trim();
  if (!text) fail('bad-response', w.emptyBody(what, res.status));
  if (/text\/html/i.test(type) || /^<(!doctype|html|\?xml)/i.test(text)) {
    if (looksLikeLoginPage(text)) fail('login-page', w.loginPage(what));
    fail('bad-response', w.htmlPage(what, res.status));
  }
  if (res.truncated) fail('bad-response', w.tooLong(what));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    fail('bad-response', w.notJson(what, res.status));
  }
}

/** A redirect from a REST endpoint is never Jira's own answer: say who intercepts. */
export function explainRedirect(res: HttpResponse, baseUrl: string, source: AnswerSource): void {
  if (res.status < 300 || res.status >= 400) return;
  const w = checkWords().jira;
  const what = w.source[source];
  const location = res.headers.location;
  if (!location) fail('bad-response', w.redirectNowhere(what, res.status), w.oddProxy);
  let target: URL;
  try {
    target = new URL(location, res.url);
  } catch {
    fail('bad-response', w.redirectNotUrl(what), w.oddProxy);
  }
  const base = new URL(baseUrl);
  if (target.host !== base.host) fail('sso-redirect', w.ssoRedirect(what, target.host));
  if (target.protocol !== base.protocol) {
    fail('bad-response', w.schemeRedirect(what, base.protocol.replace(':', ''), target.protocol.replace(':', ''), `${target.protocol}//${target.host}${base.pathname === '/' ? '' : base.pathname}`));
  }
  if (/login|sso|saml|oauth|openid|auth/i.test(target.pathname)) fail('login-page', w.loginRedirect(what, target.pathname));
  fail('bad-response', w.redirected(what, target.pathname));
}

function looksLikeLoginPage(html: string): boolean {
  return /type=["']?password|login-form|loginform|sign[ -]?in|log[ -]?in|saml|kc-form-login|username/i.test(html);
}

/** An affinity cookie a load balancer sets, named for the admin (jira-facts §2.4). */
export function affinityCookies(setCookies: readonly string[]): string[] {
  const found: string[] = [];
  for (const raw of setCookies) {
    const [pair] = raw.split(';');
    const eq = pair!.indexOf('=');
    const name = pair!.slice(0, eq).trim();
    const value = pair!.slice(eq + 1).trim();
    const kind = affinityKind(name, value);
    if (kind && !found.includes(kind)) found.push(kind);
  }
  return found;
}

function affinityKind(name: string, value: string): string | undefined {
  const kind = kindOf(name, value);
  return kind && checkWords().jira.affinity[kind](name);
}

function kindOf(name: string, value: string): AffinityKind | undefined {
  if (name === 'ROUTEID') return 'routeid';
  if (name.toUpperCase() === 'JSESSIONID' && /\.[A-Za-z0-9_-]+$/.test(value)) return 'jvmRoute';
  if (name === 'INGRESSCOOKIE' || name === 'route') return 'ingress';
  if (/^AWSALB/.test(name)) return 'awsAlb';
  if (name === 'AWSELB') return 'awsElb';
  if (/^BIGipServer/.test(name)) return 'bigip';
  if (/^(SERVERID|SRVID|SERVER_ID|SRV)$/i.test(name)) return 'haproxy';
  return undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
