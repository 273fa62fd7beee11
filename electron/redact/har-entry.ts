import { MASK, type Masker } from '../text/mask';

/**
 * The HAR-aware layer over the one masker (electron/text/mask.ts). A recording keeps its secrets
 * in known places (Cookie and Set-Cookie headers and the cookies lists, Authorization, query
 * strings, form posts, JSON and HTML bodies); each of them is taken apart here and every name and
 * value is put to the masker in the notation it knows (`name=value`, `"name": "value"`, a header),
 * so which names hold secrets is decided in one place. Every other string of the entry goes through
 * the masker's free-text rules. What support needs stays: header names, node headers (X-ANODEID),
 * the route at the end of JSESSIONID, statuses, paths, timings and sizes.
 */

/**
 * Names that carry secrets in sign-in traffic whatever the masker's word rules say: SAML and
 * WS-Federation posts, OAuth's PKCE verifier and client assertions, and the session tokens of
 * Microsoft's sign-in pages (flowToken, canary, ctx and their JavaScript-config spellings).
 */
const SIGN_IN_SECRETS = /^(?:SAMLResponse|SAMLRequest|SAMLart|wresult|wctx|client_assertion|code_verifier|id_token_hint|flowToken|sFT|canary|apiCanary|ctx|sCtx)$/i;

/** A value no real secret equals, long and token-like so the masker judges the name alone. */
const PROBE = 'Zq9Xk2Lm8Pw4Rt7Vb3Nc6Hd';

type Json = Record<string, unknown>;

export class HarRedactor {
  private readonly secretNames = new Map<string, boolean>();

  constructor(private readonly masker: Masker) {}

  /** Whether the masker takes a value under this name (query, form or JSON member) for a secret. */
  private secretName(name: string): boolean {
    let known = this.secretNames.get(name);
    if (known === undefined) {
      known =
        SIGN_IN_SECRETS.test(name) ||
        this.masker.text(`${name}=${PROBE}`) !== `${name}=${PROBE}` || this.masker.text(JSON.stringify({ [name]: PROBE })) !== JSON.stringify({ [name]: PROBE });
      if (this.secretNames.size < 10_000) this.secretNames.set(name, known);
    }
    return known;
  }

  param(name: string, value: string): string {
    return this.secretName(name) ? MASK : this.masker.text(value);
  }

  /** `a=1&b=2` with each value judged by its name; the raw encoding is kept where nothing changes. */
  form(text: string): string {
    return text
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq === -1) return this.masker.text(pair);
        const rawName = pair.slice(0, eq);
        const rawValue = pair.slice(eq + 1);
        const name = decode(rawName);
        const value = decode(rawValue);
        const masked = this.param(name, value);
        // Nothing secret: the value stays as it was written, encoding and all.
        if (masked === value) return pair;
        return `${rawName}=${masked === MASK ? MASK : encodeURIComponent(masked)}`;
      })
      .join('&');
  }

  /** A URL: user-info, path (`;jsessionid=`), query and fragment parameters. */
  url(text: string): string {
    const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/is.exec(text);
    if (!match) return this.masker.text(text);
    const [, origin = '', path = '', query, fragment] = match;
    return (
      this.masker.text(origin) +
      this.masker.text(path) +
      (query !== undefined ? `?${this.form(query.slice(1))}` : '') +
      (fragment !== undefined ? `#${fragment.includes('=') ? this.form(fragment.slice(1)) : this.masker.text(fragment.slice(1))}` : '')
    );
  }

  /** A JSON value: members judged by name, every other string as free text. */
  json(value: unknown): unknown {
    if (typeof value === 'string') return this.masker.text(value);
    if (Array.isArray(value)) return value.map((v) => this.json(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, typeof v === 'string' && this.secretName(k) ? MASK : this.json(v)]));
    }
    return value;
  }

  /** A body by its media type: form, JSON, HTML forms (hidden inputs of OAuth and SAML posts), else free text. */
  body(text: string, mimeType: string): string {
    if (/x-www-form-urlencoded/i.test(mimeType)) return this.form(text);
    if (/json/i.test(mimeType) || /^\s*[[{]/.test(text)) {
      try {
        return JSON.stringify(this.json(JSON.parse(text)));
      } catch {
        // Not JSON after all: free text below.
      }
    }
    if (/multipart\/form-data/i.test(mimeType)) return this.multipart(text);
    let out = text;
    if (/html/i.test(mimeType) || /<input\b/i.test(text)) out = this.htmlInputs(out);
    return this.masker.text(out);
  }

  /** `<input name="code" value="…">`: the form_post answers of OAuth and SAML carry codes and assertions so. */
  private htmlInputs(html: string): string {
    return html.replace(/<input\b[^>]*>/gi, (tag) => {
      const name = /\bname\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
      if (!name || !this.secretName(name)) return tag;
      return tag.replace(/(\bvalue\s*=\s*)(["'])[\s\S]*?\2/i, `$1$2${MASK}$2`).replace(/(\bvalue\s*=\s*)([^"'\s>]+)/i, `$1${MASK}`);
    });
  }

  /** multipart/form-data: a part named like a secret loses its content. */
  private multipart(text: string): string {
    return this.masker.text(
      text.replace(/(Content-Disposition:[^\r\n]*\bname="([^"]*)"[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n)([\s\S]*?)(?=\r?\n--)/gi, (all, head: string, name: string) => (this.secretName(name) ? `${head}${MASK}` : all)),
    );
  }

  /** A Cookie header: names kept, values masked, JSESSIONID's route kept (`JSESSIONID=***.node1`). */
  cookieHeader(value: string): string {
    return value
      .split(';')
      .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq === -1) return this.masker.text(pair);
        return `${pair.slice(0, eq)}=${cookieValue(pair.slice(0, eq).trim(), pair.slice(eq + 1))}`;
      })
      .join(';');
  }

  /** Set-Cookie (one per line, as Firefox joins them): the value masked, its attributes (Path, Expires, Secure…) kept. */
  setCookieHeader(value: string): string {
    return value
      .split('\n')
      .map((line) => {
        const [first = '', ...attributes] = line.split(';');
        const eq = first.indexOf('=');
        const pair = eq === -1 ? MASK : `${first.slice(0, eq)}=${cookieValue(first.slice(0, eq).trim(), first.slice(eq + 1))}`;
        return [pair, ...attributes.map((a) => this.masker.text(a))].join(';');
      })
      .join('\n');
  }

  header(name: string, value: string): string {
    const lower = name.toLowerCase();
    if (lower === 'cookie') return this.cookieHeader(value);
    if (lower === 'set-cookie') return this.setCookieHeader(value);
    if (lower === 'location' || lower === 'referer' || lower === 'content-location' || lower === 'origin') return this.url(value);
    return this.masker.header(name, value);
  }

  /** One `log.entries` item, redacted; its shape, the order and names of its fields and every number stay as they were. */
  entry(raw: unknown): unknown {
    return this.fields(raw, { request: (v) => this.request(v), response: (v) => this.response(v) });
  }

  /** Each field of an object by its own handler, the others through the masker; the order is kept. */
  private fields(raw: unknown, handlers: Record<string, (value: unknown) => unknown>): unknown {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return this.masker.deep(raw);
    return Object.fromEntries(Object.entries(raw as Json).map(([k, v]) => [k, Object.hasOwn(handlers, k) ? handlers[k]!(v) : this.masker.deep(v)]));
  }

  private request(raw: unknown): unknown {
    return this.fields(raw, {
      url: (v) => (typeof v === 'string' ? this.url(v) : this.masker.deep(v)),
      headers: (v) => this.pairs(v, (name, value) => this.header(name, value)),
      cookies: (v) => this.pairs(v, cookieValue),
      queryString: (v) => this.pairs(v, (name, value) => this.encodedParam(name, value)),
      postData: (v) => this.postData(v),
    });
  }

  private response(raw: unknown): unknown {
    return this.fields(raw, {
      headers: (v) => this.pairs(v, (name, value) => this.header(name, value)),
      cookies: (v) => this.pairs(v, cookieValue),
      content: (v) => this.content(v),
      redirectURL: (v) => (typeof v === 'string' ? this.url(v) : this.masker.deep(v)),
    });
  }

  /** HAR's `[{name, value, …}]` lists (headers, cookies, query and form parameters). */
  private pairs(raw: unknown, mask: (name: string, value: string) => string): unknown {
    if (!Array.isArray(raw)) return this.masker.deep(raw);
    return raw.map((pair: unknown) => {
      const name = (pair as Json | null)?.name;
      if (typeof name !== 'string') return this.masker.deep(pair);
      return this.fields(pair, { name: (v) => v, value: (v) => (typeof v === 'string' ? mask(name, v) : MASK) });
    });
  }

  /** Query lists hold values decoded by Chrome and Firefox, but as sent by some exporters. */
  private encodedParam(name: string, value: string): string {
    const decoded = decodeIfEncoded(value);
    const masked = this.param(decodeIfEncoded(name), decoded);
    return masked === decoded ? value : masked;
  }

  private postData(raw: unknown): unknown {
    const mimeType = (raw as Json | null)?.mimeType;
    const mime = typeof mimeType === 'string' ? mimeType : '';
    return this.fields(raw, {
      mimeType: (v) => v,
      text: (v) => (typeof v === 'string' ? this.body(v, mime) : this.masker.deep(v)),
      params: (v) => this.pairs(v, (name, value) => this.encodedParam(name, value)),
    });
  }

  private content(raw: unknown): unknown {
    const { encoding, mimeType } = (raw ?? {}) as Json;
    const mime = typeof mimeType === 'string' ? mimeType : '';
    return this.fields(raw, {
      mimeType: (v) => v,
      encoding: (v) => v,
      text: (v) => {
        if (typeof v !== 'string') return this.masker.deep(v);
        if (encoding !== 'base64') return this.body(v, mime);
        // Text sent as bytes is masked as text; images, fonts and the like are kept as they are.
        return /text|json|html|xml|javascript|x-www-form-urlencoded/i.test(mime) ? Buffer.from(this.body(Buffer.from(v, 'base64').toString('utf8'), mime)).toString('base64') : v;
      },
    });
  }
}

/** A cookie's value masked; the route Tomcat appends to JSESSIONID (`.node1`) names a node, not a session, and stays. */
function cookieValue(name: string, value: string): string {
  if (/^jsessionid$/i.test(name)) {
    const route = /\.([A-Za-z][\w-]{0,63})$/.exec(value.trim())?.[1];
    if (route) return `${MASK}.${route}`;
  }
  return MASK;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** HAR query lists hold values decoded by Chrome and Firefox, but as sent by some exporters. */
function decodeIfEncoded(text: string): string {
  return /%[0-9a-f]{2}/i.test(text) ? decode(text) : text;
}
