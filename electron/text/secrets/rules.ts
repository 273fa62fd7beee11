import { AUTH_SCHEMES, COOKIE_ATTRIBUTES, looksLikeToken, secretKind, type SecretKind } from './names';

/**
 * The masking rules, one per shape of secret. Each takes text and returns it with that shape's
 * secrets replaced by MASK, keeping what the diagnosis reads (header and parameter names, schemes,
 * error text, user names, hosts). Every pattern is linear: a run of word characters is only ever
 * entered at its start (lookbehind), and values are cut by hand, not by backtracking.
 */

export const MASK = '***';

/**
 * `needs`: what every text this rule can change holds (case aside), so a text without it is
 * passed over unread; absent when the rule's own first search is as cheap.
 */
export type Rule = { shape: string; apply: (text: string) => string; needs?: RegExp };

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

/** IMAP `tag LOGIN `: its two arguments (user, password) follow; the user is kept, the diagnosis reads who signed in. */
const IMAP_LOGIN = /(?<![\w.*-])[A-Za-z0-9.*]{1,20}[ \t]+LOGIN[ \t]+/g;
/** An IMAP argument: a quoted string, a literal announced at the end of the line (`{5}`, LITERAL+ `{5+}`), or an atom. */
const IMAP_QUOTED = /"(?:[^"\\\r\n]|\\.)*"?/y;
const IMAP_LITERAL = /\{(\d{1,9})\+?\}[ \t]*(?=\r?\n|$)/y;
const TRAILING_LITERAL = /\{(\d{1,9})\+?\}[ \t]*$/;
const IMAP_ATOM = /[^\s"]+/y;
/** The server's go-ahead between a literal's announcement and its bytes (`+ Ready for additional command text`), after whatever prefix a log gives it (`S: `, `DEBUG IMAP: `). */
const IMAP_CONTINUATION = /^[ \t]*(?:[^\s+][^\r\n+]{0,63}?[:>][ \t]*)?\+(?:[ \t]|$)/;
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
const BASE64_LINE = /^([ \t]*(?:(?:C:|C>|>)[ \t]*)?)([A-Za-z0-9+][A-Za-z0-9+/]{15,}={0,2})([ \t]*)$/gm;
/** An XOAUTH2 blob anywhere: base64 of `user=…\x01auth=Bearer <token>` always starts `dXNlcj`. */
const XOAUTH2_BLOB = /(?<![\w+/])dXNlcj[A-Za-z0-9+/]{8,}={0,2}/g;

/** A name followed by `=` or `:` (quoted or not, with or without spaces): the start of a key/value pair in any notation. */
const KEY = /(?<![\w.\\-])(\\*["']?)(-{0,2}[A-Za-z_][\w.-]*)(\\*["']?)([ \t]*)([:=])([ \t]*)/g;
/** After `name="…"` (HAR, XML attributes, name/value lists): the `value` key that carries what the name names. */
const VALUE_KEY = /[\s,;]*(\\*["']?)value(\\*["']?)[ \t]*[:=][ \t]*/y;
/** `<password>…</password>`, `<ns:clientSecret attr="…">…` */
const XML_OPEN = /<((?:[\w.-]+:)?[A-Za-z_][\w.-]*)((?:[ \t][^<>\r\n]*)?)>/g;

export const RULES: readonly Rule[] = [
  { shape: 'PEM private key', apply: (t) => t.replace(PEM, maskPemBody), needs: /-----BEGIN /i },
  { shape: 'IMAP LOGIN', apply: maskImapLogins, needs: /LOGIN/i },
  { shape: 'POP PASS', apply: (t) => t.replace(POP_PASS, `$1${MASK}`).replace(POP_PASS_LINE, `$1${MASK}$2`).replace(APOP, `$1${MASK}`), needs: /PASS|APOP/i },
  {
    shape: 'SASL response',
    apply: (t) => t.replace(SASL, `$1${MASK}`).replace(XOAUTH2_BLOB, MASK).replace(BASE64_LINE, (m, pre: string, blob: string, post: string) => (isBase64Blob(blob) ? `${pre}${MASK}${post}` : m)),
    // AUTHENTICATE and AUTH, an XOAUTH2 blob, or a base64 line's 16 characters.
    needs: /AUTH|dXNlcj|[A-Za-z0-9+/]{16}/i,
  },
  { shape: 'URL user-info', apply: (t) => t.replace(URL_USERINFO, (m, head: string, pw: string) => (pw ? `${head}${MASK}@` : m)), needs: /:\/\//i },
  { shape: 'JWT', apply: (t) => t.replace(JWT, MASK), needs: /eyJ/i },
  {
    shape: 'Authorization scheme',
    needs: /Digest|Basic|Bearer|Token|NTLM|Negotiate|Kerberos|OAuth|SSWS|DPoP/i,
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

/** The key's lines each become the mask, its BEGIN and END lines stay: a key kept as a list of lines keeps its length. */
function maskPemBody(key: string, kind: string, block = ''): string {
  const begin = `-----BEGIN ${kind}PRIVATE KEY${block}-----`;
  const endAt = key.lastIndexOf('-----END ');
  const body = key.slice(begin.length, endAt > 0 ? endAt : key.length);
  const lines = body.split(/(\r?\n)/).map((part, i) => (i % 2 || part.trim() === '' ? part : MASK));
  return `${begin}${lines.join('')}-----END ${kind}PRIVATE KEY${block}-----`;
}

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
  return value.replace(/(^|[;,\s])([^=;,\s]+)=([^;,\s]*)/g, (m, lead: string, name: string, v: string) =>
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
  if (style === 'field') return fieldSpan(text, at);
  const stop = style === 'line' ? /[\r\n]/ : style === 'word' ? /\s/ : /[\s,}\]]/;
  let to = at;
  while (to < text.length && !stop.test(text[to]!)) to++;
  if (style === 'line') while (to > at && /[ \t]/.test(text[to - 1]!)) to--;
  return { from: at, to, end: to, quoted: false };
}

/** A field's delimiters: between fields (query strings, form bodies, log fields), and the quotes and brackets around them. */
const FIELD_DELIMITER = /[&;,"'<>]/;
/** What may follow a delimiter that ends a field: nothing, a space, a closing bracket or quote (after a separator), a separator (after a quote)… */
const FIELD_END: Record<string, RegExp> = { separator: /[\s)\]}"'<>]/, enclosing: /[\s)\]}"'<>&;,]/ };
/** … or the name of the next field (`,user=bob`, `&x=1`). */
const NEXT_KEY = /[A-Za-z_][\w.-]*[ \t]*[=:]/y;

/**
 * A `key=value` field ends at a space, or at a delimiter that ends it: one followed by nothing, a
 * space, a bracket or the next field (`&x=1`, `", "`). A delimiter inside the value (`password=pa,ss`, `pwd=a;b&c`)
 * is part of the secret, not its end. Each delimiter looks ahead over one word at most: linear.
 */
function fieldSpan(text: string, at: number): Span {
  let to = at;
  while (to < text.length && !/\s/.test(text[to]!)) {
    if (FIELD_DELIMITER.test(text[to]!)) {
      const next = text[to + 1];
      if (next === undefined || FIELD_END[/[&;,]/.test(text[to]!) ? 'separator' : 'enclosing']!.test(next)) break;
      NEXT_KEY.lastIndex = to + 1;
      if (NEXT_KEY.test(text)) break;
    }
    to++;
  }
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

/** Where the line holding `at` ends (before its line break). */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  const to = end === -1 ? text.length : end;
  return text[to - 1] === '\r' ? to - 1 : to;
}

/** How much of the text before a command is compared with the lines that follow it. */
const PREFIX_CHARS = 64;

/**
 * Where a client line's own text starts: after the end of the command's prefix that it repeats
 * (`C: `, a logger's name, a timestamp glued before the command does not repeat); undefined when
 * it repeats none of a prefix the command had.
 */
function clientText(line: string, prefix: string): number | undefined {
  if (prefix === '') return 0;
  for (let i = Math.max(0, prefix.length - PREFIX_CHARS); i < prefix.length; i++) {
    const tail = prefix.slice(i);
    if (tail.trim() !== '' && line.trimStart().startsWith(tail.trimStart())) return line.length - line.trimStart().length + tail.trimStart().length;
  }
  return undefined;
}

/**
 * Where a literal's bytes start: the next client line after the announcing one, past the server's
 * go-ahead; `whole` when that line repeats nothing of the command's prefix, so no place in it is
 * known and all of it must count as the literal. A line that may be either (a prefix of `+ `) is
 * taken for a go-ahead and its text masked too (`passed`), so it leaks nothing either way.
 */
function literalStart(text: string, announced: number, prefix: string): { at: number; whole: boolean; passed: [number, number][] } | undefined {
  const passed: [number, number][] = [];
  let at = announced;
  for (let skipped = 0; skipped <= 3; skipped++) {
    const next = text.indexOf('\n', at);
    if (next === -1) return undefined;
    at = next + 1;
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    const own = clientText(line, prefix);
    const goAhead = IMAP_CONTINUATION.exec(line) ?? IMAP_CONTINUATION.exec(line.slice(own ?? 0));
    if (goAhead) {
      const from = at + (goAhead.input === line ? 0 : (own ?? 0)) + goAhead[0].length;
      if (from < end) passed.push([from, end]);
      continue;
    }
    return own === undefined ? { at, whole: true, passed } : { at: at + own, whole: false, passed };
  }
  return undefined;
}

/** The end of `size` bytes (UTF-8, line breaks included) from `from`, or of the text when it is shorter. */
function afterBytes(text: string, from: number, size: number): number {
  let at = from;
  for (let bytes = 0; bytes < size && at < text.length; ) {
    const code = text.codePointAt(at)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    at += code < 0x10000 ? 1 : 2;
  }
  return at;
}

/**
 * IMAP `LOGIN user password`, each argument an atom, a quoted string or a literal whose bytes come
 * on the next line (`A1 LOGIN {8}` / `+ Ready` / `helpdesk {5}` / `+ Ready` / `pa ss`). The password
 * goes to the end of its line (and a literal password for all its bytes); the user stays.
 */
function maskImapLogins(text: string): string {
  if (!text.includes('LOGIN')) return text;
  const masked: [number, number][] = [];
  IMAP_LOGIN.lastIndex = 0;
  for (let m = IMAP_LOGIN.exec(text); m; m = IMAP_LOGIN.exec(text)) {
    const prefix = text.slice(Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - PREFIX_CHARS), m.index);
    let at = m.index + m[0].length;
    // The user: skipped over, on this line or, as a literal, on the next.
    IMAP_LITERAL.lastIndex = at;
    const userLiteral = IMAP_LITERAL.exec(text);
    if (userLiteral) {
      const start = literalStart(text, at, prefix);
      if (start === undefined) continue;
      masked.push(...start.passed);
      // Without a known start the user's bytes cannot be told from the password's: all the line goes.
      at = start.whole ? start.at : afterBytes(text, start.at, Number(userLiteral[1]));
    } else {
      const argument = text[at] === '"' ? IMAP_QUOTED : IMAP_ATOM;
      argument.lastIndex = at;
      if (!argument.exec(text)) continue;
      at = argument.lastIndex;
    }
    while (text[at] === ' ' || text[at] === '\t') at++;
    // The password, to the end of its line. What ends announcing a literal (the password's, or a
    // command's glued on after it) sends its bytes on the next client line: they go too.
    for (let end = lineEnd(text, at); at < end; ) {
      masked.push([at, end]);
      const announced = TRAILING_LITERAL.exec(text.slice(at, end));
      const start = announced ? literalStart(text, end, prefix) : undefined;
      if (!announced || !start) break;
      masked.push(...start.passed);
      at = start.at;
      end = Math.max(afterBytes(text, at, Number(announced[1])), lineEnd(text, at));
      // The line break after the bytes stays: the next line is the server's answer.
      while (end > at && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    }
    if (masked.length) IMAP_LOGIN.lastIndex = Math.max(IMAP_LOGIN.lastIndex, masked.at(-1)![1]);
  }
  let out = '';
  let cursor = 0;
  for (const [from, to] of masked) {
    if (from < cursor) continue;
    // Line for line: a transcript kept as a list of lines keeps its length.
    out += text.slice(cursor, from) + text.slice(from, to).split(/(\r?\n)/).map((part, i) => (i % 2 ? part : MASK)).join('');
    cursor = to;
  }
  return out + text.slice(cursor);
}
