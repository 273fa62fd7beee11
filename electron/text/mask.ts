import { mapStrings } from './map-strings';

/**
 * The one place secrets are masked. Every header, URL, body excerpt, transcript line and message
 * that goes into evidence, output or logs passes through a `Masker` built from the run's secrets:
 * it removes the known secret values in every encoding they travel in (plain, URL-encoded, inside
 * Basic credentials) and, by pattern, secrets it was not told about (cookie values, tokens,
 * password fields).
 */

export const MASK = '***';

/** Headers whose whole value is a secret (the scheme of an Authorization header is kept). */
const AUTH_HEADERS = new Set(['authorization', 'proxy-authorization']);
const COOKIE_HEADERS = new Set(['cookie', 'set-cookie']);
const SECRET_HEADER = /token|secret|password|api-?key|session/i;
/** Jira's own headers that match SECRET_HEADER by name but are safe to show (X-ASESSIONID is a hash). */
const SAFE_HEADERS = new Set(['x-asessionid', 'x-atlassian-token']);

/** `name=value` pairs in query strings, form bodies and cookie-like text. */
const SECRET_PARAM = /\b((?:os_)?password|passwd|pwd|secret|client_secret|access_token|refresh_token|id_token|token|api_?key|code|jsessionid|webSudoPassword)=([^&\s;,"']*)/gi;
/** `"name": "value"` in JSON. */
const SECRET_JSON = /("(?:password|passwd|secret|client_secret|access_token|refresh_token|id_token|token|value|apiKey|api_key)"\s*:\s*")((?:[^"\\]|\\.)*)(")/gi;
/** `Authorization: Basic xxx` or `Bearer xxx` inside free text (error messages, transcripts). */
const AUTH_IN_TEXT = /\b(Basic|Bearer|Negotiate|NTLM)\s+[A-Za-z0-9+/=._~-]{6,}/g;
/** IMAP/POP login commands and SASL responses in transcripts. */
const MAIL_LOGIN = /^((?:C:\s+)?(?:\S+\s+LOGIN\s+\S+\s+|PASS\s+|\S+\s+AUTHENTICATE\s+\S+\s+))(.+)$/i;
/**
 * JVM system properties whose names end in a secret word (`-Dhttps.proxyPassword=…`,
 * `-Djavax.net.ssl.trustStorePassword=…`): camel case escapes the word boundary of SECRET_PARAM.
 */
const SECRET_SYSTEM_PROPERTY = /(-D[\w.-]*(?:password|passwd|secret|token|credentials?))=(\S*)/gi;
/** A user:password@ part in URLs inside text. */
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:)([^@\s/]+)(@)/gi;

export class Masker {
  private readonly needles: string[];

  /** `basicPairs`: user and password pairs that travel as Basic credentials (Jira's, the proxy's). */
  constructor(secrets: readonly (string | undefined)[] = [], basicPairs: readonly [string | undefined, string | undefined][] = []) {
    const values = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 3);
    const forms = new Set<string>();
    for (const value of values) {
      forms.add(value);
      forms.add(encodeURIComponent(value));
      forms.add(Buffer.from(value).toString('base64'));
    }
    for (const [user, password] of basicPairs) {
      if (user !== undefined && password !== undefined) forms.add(Buffer.from(`${user}:${password}`).toString('base64'));
    }
    // Longest first, so a secret's encoded form is not half-replaced by a shorter one.
    this.needles = [...forms].filter((f) => f.length >= 3).sort((a, b) => b.length - a.length);
  }

  /** Masks secrets in free text: URLs, messages, body excerpts, transcript lines. */
  text(input: string): string {
    let out = input;
    for (const needle of this.needles) out = out.split(needle).join(MASK);
    return out
      .replace(SECRET_SYSTEM_PROPERTY, `$1=${MASK}`)
      .replace(URL_USERINFO, `$1${MASK}$3`)
      .replace(AUTH_IN_TEXT, `$1 ${MASK}`)
      .replace(SECRET_JSON, `$1${MASK}$3`)
      .replace(SECRET_PARAM, `$1=${MASK}`);
  }

  /** Masks one header value by header name. */
  header(name: string, value: string): string {
    const lower = name.toLowerCase();
    if (AUTH_HEADERS.has(lower)) {
      const scheme = /^\s*(\S+)\s+/.exec(value)?.[1];
      return scheme ? `${scheme} ${MASK}` : MASK;
    }
    if (lower === 'set-cookie') return cookieNames([value]).map((n) => `${n}=${MASK}`).join('; ');
    if (lower === 'cookie') return cookieNames(value.split(';')).map((n) => `${n}=${MASK}`).join('; ');
    if (SECRET_HEADER.test(lower) && !SAFE_HEADERS.has(lower)) return MASK;
    return this.text(value);
  }

  headers(headers: Record<string, string>): Record<string, string> {
    return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, this.header(k, v)]));
  }

  /** Masks one line of a protocol transcript (IMAP LOGIN, POP PASS, SASL responses). */
  transcriptLine(line: string): string {
    const login = MAIL_LOGIN.exec(line);
    return this.text(login ? `${login[1]}${MASK}` : line);
  }

  /**
   * A last safety net over a whole object (evidence, a report): every string is masked again, so a
   * secret that slipped into an unexpected field still never leaves the process.
   */
  deep<T>(value: T): T {
    return mapStrings(value, (s) => this.text(s));
  }
}

/** The names of cookies in Set-Cookie headers or Cookie pairs; never their values. */
export function cookieNames(parts: readonly string[]): string[] {
  return parts
    .map((p) => p.split(';')[0]!.split('=')[0]!.trim())
    .filter((n) => n.length > 0 && !COOKIE_HEADERS.has(n.toLowerCase()));
}
