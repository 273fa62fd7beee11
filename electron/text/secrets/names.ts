/**
 * Which names hold secrets, whatever the notation around them (a header, a query or form
 * parameter, a JSON, YAML or XML key, a JVM `-D` property, a cookie). A name is split into words
 * (dots, dashes, underscores and camelCase all separate them), so `client_secret`, `clientSecret`,
 * `-Doauth.client.secret` and `X-Client-Secret` are one rule; the last words decide, so
 * `tokenEndpoint` and `secretExpiresOn` (facts the diagnosis needs) stay readable.
 */

/** A name whose last word is one of these holds a secret. */
const SECRET_LAST_WORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'bindpw', 'passphrase', 'secret', 'token', 'jwt', 'apikey',
  'sig', 'assertion', 'verifier', 'cookie', 'jsessionid', 'sessionid', 'sessid', 'rememberme',
]);
/** ... or whose last two words are one of these. */
const SECRET_LAST_PAIRS = new Set(['api key', 'token key', 'private key', 'secret key', 'access key', 'auth key', 'session id', 'session key', 'master key']);
/** Whole names of session and load-balancer cookies (AWS, F5 BIG-IP, Azure, Citrix, Imperva, Cloudflare, haproxy and Apache routes). */
const SECRET_NAMES = new Set([
  'sid', 'awsalb', 'awsalbcors', 'awselb', 'awselbcors', 'routeid', 'serverid', 'srvid', 'route', 'jroute', 'arraffinity',
  'arraffinitysamesite', 'applicationgatewayaffinity', 'applicationgatewayaffinitycors', '__cf_bm', '_cfuvid', 'ak_bmsc', 'bm_sv',
]);
const SECRET_NAME_PREFIXES = ['bigipserver', 'nsc_', 'incap_ses_', 'visid_incap_', 'nlbi_'];
/** Names that end like a secret but whose value is not one, and that the diagnosis reads (`X-Atlassian-Token: no-check`). */
const NOT_SECRET = new Set(['x-atlassian-token', 'x-asessionid']);

/**
 * Names whose value is a secret only when it looks like one: `code=500` is a status, `code=0.AXoA…`
 * an OAuth code; `Credentials: who Jira says you are` is the tool's own prose, `credentials=dTpw…` is not.
 */
const TOKEN_LIKE_ONLY = new Set(['code', 'credential', 'credentials']);

export const AUTH_HEADERS = new Set(['authorization', 'proxy-authorization']);
export const COOKIE_HEADERS = new Set(['cookie', 'set-cookie', 'set-cookie2']);
/** Set-Cookie attributes: what a cookie is, not what it holds. */
export const COOKIE_ATTRIBUTES = new Set(['path', 'domain', 'expires', 'max-age', 'samesite', 'secure', 'httponly', 'priority', 'partitioned', 'version', 'comment']);

/** Authorization schemes (IANA's registry and the common unregistered ones), kept so the evidence says how a client signed in. */
export const AUTH_SCHEMES = new Set([
  'basic', 'bearer', 'digest', 'token', 'ntlm', 'negotiate', 'kerberos', 'oauth', 'hoba', 'mutual', 'vapid', 'scram-sha-1', 'scram-sha-256',
  'aws4-hmac-sha256', 'sharedkey', 'sharedkeylite', 'ssws', 'apikey', 'api-key', 'jwt', 'hawk', 'dpop', 'gssapi', 'privatetoken',
]);

/** A JVM property or command-line option is named without its `-D` or `--`. */
function bare(name: string): string {
  return name.replace(/^-D(?=[A-Za-z_])|^-+/, '');
}

export function words(name: string): string[] {
  return bare(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export type SecretKind = 'none' | 'secret' | 'authorization' | 'cookie' | 'token-like';

/** Names already judged: an object walked for masking asks about the same few keys for each of its thousands of records. */
const judged = new Map<string, SecretKind>();
const JUDGED_NAMES = 4096;

/** What a value under this name is: no secret, a secret, credentials after a scheme, cookie pairs, or a secret if it looks like one. */
export function secretKind(name: string): SecretKind {
  let kind = judged.get(name);
  if (kind === undefined) {
    kind = judge(name);
    if (judged.size === JUDGED_NAMES) judged.clear();
    judged.set(name, kind);
  }
  return kind;
}

function judge(name: string): SecretKind {
  const lower = bare(name).toLowerCase();
  if (NOT_SECRET.has(lower)) return 'none';
  if (AUTH_HEADERS.has(lower)) return 'authorization';
  if (COOKIE_HEADERS.has(lower)) return 'cookie';
  if (SECRET_NAMES.has(lower) || SECRET_NAME_PREFIXES.some((p) => lower.startsWith(p))) return 'secret';
  const w = words(name);
  const last = w.at(-1);
  if (last === undefined) return 'none';
  if (SECRET_LAST_WORDS.has(last) || SECRET_LAST_PAIRS.has(w.slice(-2).join(' '))) return 'secret';
  if (w.length === 1 && last === 'authorization') return 'authorization';
  if (TOKEN_LIKE_ONLY.has(last)) return 'token-like';
  return 'none';
}

/** A value that reads like a credential rather than a word, a number or an error code (`AADSTS7000215` stays). */
export function looksLikeToken(value: string): boolean {
  return value.length >= 16 && !/\s/.test(value) && !/^\d+$/.test(value) && !/^AADSTS\d+$/i.test(value);
}
