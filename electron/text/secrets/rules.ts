import { AUTH_SCHEMES, COOKIE_ATTRIBUTES, looksLikeToken, secretKind, type SecretKind } from './names';

/**
 * The masking rules, one per shape of secret. Each takes text and returns it with that shape's
 * secrets replaced by MASK, keeping what the diagnosis reads (header and parameter names, schemes,
 * error text, user names, hosts). Every pattern is linear: a run of word characters is only ever
 * entered at its start (lookbehind), and values are cut by hand, not by backtracking.
 */

export const MASK = '***';

export type Rule = { shape: string; apply: (text: string) => string };

/** PEM private keys (PKCS#1, PKCS#8, encrypted, OpenSSH, PGP), to their END line or, when cut off, to the end of the text. */
const PEM = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----(?:(?!-----END)[\s\S])*(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)?/g;

/** JSON Web Tokens (signed or not, and the five-part encrypted form) anywhere: they start with a base64url `{"`. */
const JWT = /(?<![\w-])eyJ[\w-]{2,}\.[\w-]{2,}\.[\w-]*(?:\.[\w-]+\.[\w-]*)?/g;

/** `scheme://user:password@host`: the password goes, the user and host stay. */
const URL_USERINFO = /(?<![\w+.-])([a-z][a-z0-9+.-]*:\/\/[^\s/?#@:"'<>]*:)([^\s/?#"'<>]*)@/gi;

/** Credentials after an Authorization scheme in free text (`… sent Bearer eyJ…`, `Basic dTpw`). */
const SCHEME_CREDENTIALS = /(?<![\w-])(Basic|Bearer|Token|NTLM|Negotiate|Kerberos|OAuth|SSWS|DPoP|PrivateToken)[ \t]+([A-Za-z0-9+/=._~-]+)/gi;
/** A Digest response carries a hash of the password; everything after the scheme goes. */
const DIGEST = /(?<![\w-])(Digest[ \t]+)(\w+=[^\r\n]*)/gi;

/** IMAP `tag LOGIN user password` (the user is kept: the diagnosis reads who signed in). */
const IMAP_LOGIN = /(?<![\w-])([A-Za-z0-9.*]{1,20}[ \t]+LOGIN[ \t]+(?:"(?:[^"\\\r\n]|\\.)*"|[^\s"]+)[ \t]+)([^\r\n]+)/g;
/**
 * POP `PASS password` and `APOP user digest`. The command in capitals anywhere; in any case only
 * where a transcript line starts with it and one word follows, so prose ("to pass CAPTCHA") stays.
 */
const POP_PASS = /(?<![\w-])(PASS[ \t]+)([^\r\n]+)/g;
const POP_PASS_LINE = /^([ \t]*(?:[CS][:>][ \t]*)?pass[ \t]+)\S+([ \t]*)$/gim;
const APOP = /(?<![\w-])(APOP[ \t]+\S+[ \t]+)(\S+)/g;
/** SASL initial responses (`AUTHENTICATE XOAUTH2 <base64 holding the token>`, `AUTH PLAIN …`). */
const SASL = /(?<![\w-])((?:AUTHENTICATE|AUTH)[ \t]+(?:XOAUTH2|OAUTHBEARER|PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|NTLM|GSSAPI|SCRAM-SHA-1|SCRAM-SHA-256)[ \t]+)(\S+)/gi;
/** A line that is only a base64 blob (a SASL continuation from the client, a PEM body line); a path such as `/rest/api/2` is not one. */
const BASE64_LINE = /^([ \t]*(?:C:|C>|>)?[ \t]*)([A-Za-z0-9+][A-Za-z0-9+/]{15,}={0,2})([ \t]*)$/gm;
/** An XOAUTH2 blob anywhere: base64 of `user=…\x01auth=Bearer <token>` always starts `dXNlcj`. */
const XOAUTH2_BLOB = /(?<![\w+/])dXNlcj[A-Za-z0-9+/]{8,}={0,2}/g;

/** A name followed by `=` or `:` (quoted or not, with or without spaces): the start of a key/value pair in any notation. */
const KEY = /(?<![\w.\\-])(\\*["']?)(-{0,2}[A-Za-z_][\w.-]*)(\\*["']?)([ \t]*)([:=])([ \t]*)/g;
/** After `name="…"` (HAR, XML attributes, name/value lists): the `value` key that carries what the name names. */
const VALUE_KEY = /[\s,;]*(\\*["']?)value(\\*["']?)[ \t]*[:=][ \t]*/y;
/** `<password>…</password>`, `<ns:clientSecret attr="…">…` */
const XML_OPEN = /<((?:[\w.-]+:)?[A-Za-z_][\w.-]*)((?:[ \t][^<>\r\n]*)?)>/g;

export const RULES: readonly Rule[] = [
  { shape: 'PEM private key', apply: (t) => t.replace(PEM, (_m, kind: string, block = '') => `-----BEGIN ${kind}PRIVATE KEY${block}-----${MASK}-----END ${kind}PRIVATE KEY${block}-----`) },
  { shape: 'IMAP LOGIN', apply: (t) => t.replace(IMAP_LOGIN, `$1${MASK}`) },
  { shape: 'POP PASS', apply: (t) => t.replace(POP_PASS, `$1${MASK}`).replace(POP_PASS_LINE, `$1${MASK}$2`).replace(APOP, `$1${MASK}`) },
  { shape: 'SASL response', apply: (t) => t.replace(SASL, `$1${MASK}`).replace(XOAUTH2_BLOB, MASK).replace(BASE64_LINE, (m, pre: string, blob: string, post: string) => (isBase64Blob(blob) ? `${pre}${MASK}${post}` : m)) },
  { shape: 'URL user-info', apply: (t) => t.replace(URL_USERINFO, (m, head: string, pw: string) => (pw ? `${head}${MASK}@` : m)) },
  { shape: 'JWT', apply: (t) => t.replace(JWT, MASK) },
  {
    shape: 'Authorization scheme',
    apply: (t) =>
      t
        .replace(DIGEST, `$1${MASK}`).replace(SCHEME_CREDENTIALS, (m, scheme: string, cred: string, at: number, all: string) =>
        // `Basic realm="…"` is a challenge's parameter, not credentials.
        isCredential(scheme, cred) && all[at + m.length] !== '"' ? `${scheme} ${MASK}` : m,
      ),
  },
  { shape: 'key/value pair', apply: maskPairs },
  { shape: 'XML element', apply: maskXmlElements },
];

/** Mixed-case base64 with a digit or symbol: a random blob, not a long word (`NullPointerException`) or a path of words (`rest/api/2/serverInfo`). */
function isBase64Blob(blob: string): boolean {
  const wordsOnly = blob.split('/').every((segment) => /^(?:[A-Za-z]*|\d*)$/.test(segment));
  return /[a-z]/.test(blob) && /[A-Z]/.test(blob) && /[0-9+/=]/.test(blob) && !wordsOnly;
}

/** "Basic authentication failed" names a scheme; "Basic dTpw" carries credentials. */
function isCredential(scheme: string, cred: string): boolean {
  if (cred === MASK || /^[a-z]+$/.test(cred) || /^[A-Z][a-z]+$/.test(cred)) return false;
  if (scheme.toLowerCase() === 'basic') return cred.length >= 4;
  return cred.length >= 8;
}

/** The secret in an Authorization value: the scheme stays, the credentials go; prose ("authorization: the user …") stays. */
export function maskAuthorization(value: string): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed === MASK) return value;
  const [first = '', ...rest] = trimmed.split(/[ \t]+/);
  if (AUTH_SCHEMES.has(first.toLowerCase())) return rest.length ? `${first} ${MASK}` : value;
  return looksLikeToken(first) || /[0-9+/=]/.test(first) ? MASK : value;
}

/** Cookie and Set-Cookie values: every cookie's value goes, names and attributes (Path, Expires…) stay. */
export function maskCookiePairs(value: string): string {
  // A pair starts the value or follows a separator or a space (two Set-Cookie headers on one log line).
  return value.replace(/(^|[;,\s][ \t]*)([^=;,\s]+)=([^;,\s]*)/g, (m, lead: string, name: string, v: string) =>
    COOKIE_ATTRIBUTES.has(name.toLowerCase()) || !v || v === MASK ? m : `${lead}${name}=${MASK}`,
  );
}

/** The masked form of one value under a name of the given kind. */
export function maskValue(kind: SecretKind, value: string): string {
  switch (kind) {
    case 'none':
      return value;
    case 'authorization':
      return maskAuthorization(value);
    case 'cookie':
      return maskCookiePairs(value);
    case 'token-like':
      return looksLikeToken(value) ? MASK : value;
    case 'secret':
      return value === '' ? value : MASK;
  }
}

/** A value's text is `from`–`to`; `end` is after its closing quote. */
type Span = { from: number; to: number; end: number; quoted: boolean };

/**
 * Where a value starts and ends: up to its closing quote when quoted; otherwise to the end of the
 * line for header, YAML and `key = value` notations (whose values may hold spaces), to the next
 * space for JVM and command-line options, and to the next delimiter of a query string, form body,
 * cookie or log field.
 */
type Style = 'line' | 'word' | 'field' | 'json' | 'cookies';

/** A Cookie or Set-Cookie value: `name=value` pairs and attributes (an Expires date has a comma and spaces), up to whatever follows them on the line. */
const COOKIE_LIST = /(?:[^=;,\s]+=(?:[A-Za-z]{3}, \d{1,2}[ -][A-Za-z]{3}[ -]\d{2,4} [\d:]+ GMT|[^;,\s]*)|Secure|HttpOnly|Partitioned)(?:[ \t]*[;,][ \t]*(?:[^=;,\s]+=(?:[A-Za-z]{3}, \d{1,2}[ -][A-Za-z]{3}[ -]\d{2,4} [\d:]+ GMT|[^;,\s]*)|Secure|HttpOnly|Partitioned))*/iy;

function valueSpan(text: string, at: number, style: Style): Span {
  const quote = /^\\*["']/.exec(text.slice(at, at + 16))?.[0];
  if (quote) {
    const from = at + quote.length;
    let to = from;
    if (quote.length === 1) {
      while (to < text.length && text[to] !== quote && text[to] !== '\n') to += text[to] === '\\' ? 2 : 1;
    } else {
      const end = text.indexOf(quote, from);
      const line = text.indexOf('\n', from);
      to = end === -1 ? (line === -1 ? text.length : line) : line !== -1 && line < end ? line : end;
    }
    to = Math.min(to, text.length);
    return { from, to, end: Math.min(text.length, to + (text.startsWith(quote, to) ? quote.length : 0)), quoted: true };
  }
  if (style === 'cookies') {
    COOKIE_LIST.lastIndex = at;
    const to = COOKIE_LIST.exec(text) ? COOKIE_LIST.lastIndex : at;
    return { from: at, to, end: to, quoted: false };
  }
  const stop = style === 'line' ? /[\r\n]/ : style === 'word' ? /\s/ : style === 'json' ? /[\s,}\]]/ : /[\s&;,"'<>]/;
  let to = at;
  while (to < text.length && !stop.test(text[to]!)) to++;
  if (style === 'line') while (to > at && /[ \t]/.test(text[to - 1]!)) to--;
  return { from: at, to, end: to, quoted: false };
}

function styleOf(kind: SecretKind, name: string, keyQuoted: boolean, spaced: boolean, separator: string): Style {
  if (keyQuoted) return 'json';
  if (/^-/.test(name)) return 'word';
  if (kind === 'cookie') return 'cookies';
  if (kind === 'authorization' || spaced || separator === ':') return 'line';
  return 'field';
}

/** Key/value pairs in every notation: `key=v`, `key = v`, `key: v`, `"key": "v"`, `-Dkey=v`, `--key=v`, `name="key" value="v"`. */
function maskPairs(text: string): string {
  let out = '';
  let cursor = 0;
  KEY.lastIndex = 0;
  for (let m = KEY.exec(text); m; m = KEY.exec(text)) {
    const [whole, openQuote = '', name = '', closeQuote = '', before = '', separator = '', after = ''] = m;
    const at = m.index + whole.length;
    let kind = secretKind(name);
    let span: Span;
    if (kind === 'none' && /^(name|key)$/i.test(name)) {
      // `name="JSESSIONID", value="…"`: the secret is under the value key that follows.
      const named = valueSpan(text, at, 'json');
      if (!named.quoted) continue;
      VALUE_KEY.lastIndex = named.end;
      const v = VALUE_KEY.exec(text);
      kind = secretKind(text.slice(named.from, named.to));
      if (!v || kind === 'none') continue;
      span = valueSpan(text, VALUE_KEY.lastIndex, 'json');
    } else {
      if (kind === 'none') continue;
      span = valueSpan(text, at, styleOf(kind, name, openQuote !== '' && closeQuote !== '', before !== '' || after !== '', separator));
    }
    const value = text.slice(span.from, span.to);
    const masked = maskValue(kind, value);
    if (masked !== value) {
      out += text.slice(cursor, span.from) + masked;
      cursor = span.to;
    }
    KEY.lastIndex = Math.max(KEY.lastIndex, span.to);
  }
  return cursor === 0 ? text : out + text.slice(cursor);
}

/** `<password>v</password>`, `<clientSecret><![CDATA[v]]></clientSecret>`: the element's text goes. */
function maskXmlElements(text: string): string {
  if (!text.includes('<')) return text;
  let out = '';
  let cursor = 0;
  XML_OPEN.lastIndex = 0;
  for (let m = XML_OPEN.exec(text); m; m = XML_OPEN.exec(text)) {
    const [whole, name = '', attributes = ''] = m;
    if (attributes.endsWith('/')) continue;
    const kind = secretKind(name.replace(/^[\w.-]+:/, ''));
    if (kind === 'none') continue;
    const from = m.index + whole.length;
    const close = text.indexOf('<', from);
    const cdata = text.startsWith('<![CDATA[', from) ? text.indexOf(']]>', from) : -1;
    const to = cdata !== -1 ? cdata + 3 : close === -1 ? text.length : close;
    const value = text.slice(from, to);
    const masked = cdata !== -1 ? MASK : maskValue(kind, value);
    if (masked !== value && value.trim() !== '') {
      out += text.slice(cursor, from) + masked;
      cursor = to;
    }
    XML_OPEN.lastIndex = Math.max(XML_OPEN.lastIndex, to);
  }
  return cursor === 0 ? text : out + text.slice(cursor);
}
