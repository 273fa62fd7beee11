import { COOKIE_HEADERS, secretKind } from './secrets/names';
import { MASK, maskValue, RULES } from './secrets/rules';

/**
 * The one place secrets are masked, run wherever text enters the tool: a paste or answer saved in
 * a session, an imported session, a facts file given to `diagnose` or `report`, a scanned log line,
 * an uploaded file's excerpt, check evidence (requests, headers, bodies, mail transcripts). So
 * nothing downstream (sessions on disk, reports, exports, scan output, logs) can hold a secret.
 *
 * A `Masker` built from a run's secrets removes those values in every encoding they travel in
 * (plain, URL-encoded, base64, inside Basic credentials); every masker also applies the rules of
 * electron/text/secrets/ (one per shape: cookies, Authorization, passwords and tokens by name in any
 * notation, JWTs, PEM keys, URL user-info, mail protocol lines), so it catches secrets nobody named.
 */

export { MASK } from './secrets/rules';

/** What any rule with `needs` needs, in one expression: a text without a match is one those rules leave as it is. */
const NEEDED = new RegExp(RULES.flatMap((rule) => (rule.needs ? [rule.needs.source] : [])).join('|'), 'i');

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

  /** Masks secrets in free text: URLs, messages, body excerpts, transcript lines, log lines. */
  text(input: string): string {
    let out = input;
    for (const needle of this.needles) out = out.split(needle).join(MASK);
    // Most texts (names, numbers, times) hold nothing any rule with `needs` looks for: one search passes them all over.
    const needed = NEEDED.test(out);
    for (const rule of RULES) if (needed || !rule.needs) out = rule.apply(out);
    return out;
  }

  /** Masks one header value by header name (cookie headers keep only the cookies' names). */
  header(name: string, value: string): string {
    const kind = secretKind(name);
    if (COOKIE_HEADERS.has(name.toLowerCase())) {
      const parts = name.toLowerCase() === 'cookie' ? value.split(';') : [value];
      return cookieNames(parts).map((n) => `${n}=${MASK}`).join('; ');
    }
    return this.text(maskValue(kind, value));
  }

  headers(headers: Record<string, string>): Record<string, string> {
    return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, this.header(k, v)]));
  }

  /**
   * Masks a protocol transcript or any list of lines as one text, so a secret announced on one line
   * and sent on the next (an IMAP literal, a SASL continuation) is found; line for line.
   */
  lines(input: readonly string[]): string[] {
    const masked = this.text(input.join('\n')).split('\n');
    // A rule that folds lines into one (a PEM key) leaves nothing to line up with: each line alone then.
    return masked.length === input.length ? masked : input.map((line) => this.text(line));
  }

  /**
   * Masks every string inside an object (a session, evidence, a report, facts), knowing the names
   * they sit under: `{"password": "…"}`, a `headers` record, a HAR-style `{name, value}` pair.
   */
  deep<T>(value: T): T {
    return this.walk(value, undefined) as T;
  }

  private walk(value: unknown, key: string | undefined): unknown {
    if (typeof value === 'string') return this.text(key === undefined ? value : maskValue(secretKind(key), value));
    if (Array.isArray(value)) {
      // A list of single lines may be a transcript, whose lines belong together (see `lines`).
      if (value.length > 1 && value.every((v): v is string => typeof v === 'string' && !v.includes('\n'))) {
        return this.lines(key === undefined ? value : value.map((v) => maskValue(secretKind(key), v)));
      }
      return value.map((v: unknown) => this.walk(v, key));
    }
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const named = typeof record.name === 'string' ? record.name : typeof record.key === 'string' ? record.key : undefined;
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, this.walk(v, k === 'value' && named !== undefined ? named : k)]));
    }
    return value;
  }
}

const patterns = new Masker();

/** Masks every secret found by shape in `text` (no known values: the rules alone). */
export function maskSecrets(text: string): string {
  return patterns.text(text);
}

/** `maskSecrets` over every string of a JSON-like value, by the names the strings sit under too. */
export function maskSecretsDeep<T>(value: T): T {
  return patterns.deep(value);
}

/** The names of cookies in Set-Cookie headers or Cookie pairs; never their values. */
export function cookieNames(parts: readonly string[]): string[] {
  return parts
    .map((p) => p.split(';')[0]!.split('=')[0]!.trim())
    .filter((n) => n.length > 0 && !COOKIE_HEADERS.has(n.toLowerCase()));
}
