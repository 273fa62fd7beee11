import type { HttpResponse } from './http';
import { fail } from './problems';

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
export function expectJson(res: HttpResponse, baseUrl: string, what: string): unknown {
  explainRedirect(res, baseUrl, what);
  const type = res.headers['content-type'] ?? '';
  const text = res.body.trim();
  if (!text) {
    fail('bad-response', `${what} answered ${res.status} with an empty body.`, 'Jira sometimes answers serverInfo with an empty body (JRA-59676); run the check again. If it stays empty, a proxy in front of Jira may drop the body.');
  }
  if (/text\/html/i.test(type) || /^<(!doctype|html|\?xml)/i.test(text)) {
    if (looksLikeLoginPage(text)) {
      fail('login-page', `${what} answered with an HTML login page instead of JSON.`, 'A single sign-on or reverse proxy in front of Jira asks for a browser login. REST clients need a path that bypasses it (ask the team that runs the SSO front end), or use Jira\'s own URL.');
    }
    fail('bad-response', `${what} answered with an HTML page (status ${res.status}) instead of JSON.`, 'The URL may point at a web server or proxy, not at Jira. Check the base URL (including a context path such as /jira).');
  }
  if (res.truncated) {
    fail('bad-response', `${what} sent more than 256 KB; reading stopped there.`, 'This is not the small JSON answer Jira gives; check that the base URL points at Jira.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    fail('bad-response', `${what} answered ${res.status} with text that is not JSON.`, 'Check that the base URL points at Jira and not at another service; the evidence shows the start of the answer.');
  }
}

/** A redirect from a REST endpoint is never Jira's own answer: say who intercepts. */
export function explainRedirect(res: HttpResponse, baseUrl: string, what: string): void {
  if (res.status < 300 || res.status >= 400) return;
  const location = res.headers.location;
  if (!location) fail('bad-response', `${what} answered with a redirect (${res.status}) without a destination.`, 'A proxy in front of Jira answers oddly; check its configuration.');
  let target: URL;
  try {
    target = new URL(location, res.url);
  } catch {
    fail('bad-response', `${what} redirected to an address that is not a URL.`, 'A proxy in front of Jira answers oddly; check its configuration.');
  }
  const base = new URL(baseUrl);
  if (target.host !== base.host) {
    fail('sso-redirect', `${what} redirected to another host (${target.host}) instead of answering: a single sign-on front end intercepts the request before Jira.`, 'REST clients cannot follow a browser sign-on. Ask the team that runs the SSO front end for a REST path that bypasses it, or use Jira\'s internal URL.');
  }
  if (target.protocol !== base.protocol) {
    fail('bad-response', `${what} redirected from ${base.protocol.replace(':', '')} to ${target.protocol.replace(':', '')}.`, `Use the base URL ${target.protocol}//${target.host}${base.pathname === '/' ? '' : base.pathname}.`);
  }
  if (/login|sso|saml|oauth|openid|auth/i.test(target.pathname)) {
    fail('login-page', `${what} redirected to a login page (${target.pathname}) instead of answering.`, 'Jira or an SSO app sends REST calls to a browser login. Check the credentials, and whether an SSO app redirects REST requests.');
  }
  fail('bad-response', `${what} redirected to ${target.pathname}.`, 'The base URL may be incomplete (a context path such as /jira missing) or the proxy rewrites paths; use the URL the redirect points to.');
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
  if (name === 'ROUTEID') return 'ROUTEID (Apache mod_proxy_balancer)';
  if (name.toUpperCase() === 'JSESSIONID' && /\.[A-Za-z0-9_-]+$/.test(value)) return 'JSESSIONID with a node route suffix (Tomcat jvmRoute)';
  if (name === 'INGRESSCOOKIE' || name === 'route') return `${name} (ingress-nginx)`;
  if (/^AWSALB/.test(name)) return `${name} (AWS Application Load Balancer)`;
  if (name === 'AWSELB') return 'AWSELB (AWS Classic Load Balancer)';
  if (/^BIGipServer/.test(name)) return `${name} (F5 BIG-IP)`;
  if (/^(SERVERID|SRVID|SERVER_ID|SRV)$/i.test(name)) return `${name} (HAProxy-style server cookie)`;
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
