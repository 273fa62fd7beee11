import fc from 'fast-check';

/**
 * Generated secrets of every shape issue 10 names, each written in every notation admins meet
 * (header, query string, URL fragment, form body, JSON, YAML, XML, `key=`, `key: `, `key = `,
 * camelCase and snake_case, JVM `-D…` properties, HAR name/value pairs, mail protocol lines),
 * inside random surrounding text. `secrets` are the strings that must not survive anywhere.
 */
export type Planted = { shape: string; notation: string; text: string; secrets: string[] };

/** A secret value: a recognisable prefix (so a survivor is unmistakable) and random password characters. */
const secretValue = fc
  .string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!$*+-._~^'.split('')), minLength: 8, maxLength: 24 })
  .map((s) => `Zq9${s}`);
/** A password as admins type them: field delimiters inside (`pa,ss`, `a;b&c`) are part of it, not its end. */
const passwordValue = fc
  .string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!$*+-._~^,;&'.split('')), minLength: 8, maxLength: 24 })
  .map((s) => `Zq9${s}`);
/** What an IMAP literal carries: any bytes but a line break, spaces and quotes included. */
const literalValue = fc.tuple(secretValue, fc.constantFrom(' ', '"', ' "', '\\', ''), passwordValue).map(([a, glue, b]) => `${a}${glue}${b}`);
/** A token-shaped value (OAuth codes, SAS signatures): long, URL-safe. */
const tokenValue = fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789-_'.split('')), minLength: 24, maxLength: 60 }).map((s) => `Zq9${s}`);

/** Standard base64 (PEM bodies). */
const base64Value = fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789+/'.split('')), minLength: 24, maxLength: 60 }).map((s) => `Zq9${s}`);

const b64 = (s: string) => Buffer.from(s).toString('base64');
const b64url = (s: string) => Buffer.from(s).toString('base64url');
const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1);

/** Names that hold secrets, in the spellings admins meet. */
const PASSWORD_NAMES = ['password', 'passwd', 'pass', 'pwd', 'bindpw', 'secret', 'client_secret', 'clientSecret', 'api_key', 'apikey', 'access_token', 'refresh_token', 'id_token', 'jwt', 'os_password', 'passphrase'];
const QUALIFIERS = ['ldap', 'db', 'mail', 'proxy', 'oauth', 'https.proxy', 'javax.net.ssl.trustStore', 'jira.admin'];
const COOKIE_NAMES = ['JSESSIONID', 'seraph.rememberme.cookie', 'crowd.token_key', 'atlassian.xsrf.token', 'AWSALB', 'AWSALBCORS', 'BIGipServerjira_pool', 'ROUTEID', 'SERVERID', 'ARRAffinity'];
const TOKEN_HEADERS = ['X-Api-Key', 'X-Auth-Token', 'Private-Token', 'X-Vault-Secret', 'X-Jira-Client-Secret', 'Api-Key', 'X-Access-Token'];

/** A secret name in snake, camel, dotted or plain spelling, optionally qualified (`ldap.bindpw`, `ldapPassword`, `ldap_password`). */
const secretName = fc.tuple(fc.constantFrom(...PASSWORD_NAMES), fc.option(fc.constantFrom(...QUALIFIERS), { nil: undefined }), fc.constantFrom('.', '_', '-', 'camel')).map(([name, qualifier, join]) => {
  if (!qualifier) return name;
  if (join === 'camel') return `${qualifier}${name[0]!.toUpperCase()}${name.slice(1)}`;
  return `${qualifier}${join}${name}`;
});

type Notation = (name: string, value: string) => { text: string; secrets: string[] };
const NOTATIONS: Record<string, Notation> = {
  'key=': (n, v) => ({ text: `${n}=${v}`, secrets: [v] }),
  'key = ': (n, v) => ({ text: `${n} = ${v}`, secrets: [v] }),
  'key: ': (n, v) => ({ text: `${n}: ${v}`, secrets: [v] }),
  'query string': (n, v) => ({ text: `https://jira.example.com/rest/api/2/myself?user=bob&${n}=${encodeURIComponent(v)}&x=1`, secrets: [v, encodeURIComponent(v)] }),
  'URL fragment': (n, v) => ({ text: `https://jira.example.com/plugins/servlet/oauth/callback#state=s1&${n}=${encodeURIComponent(v)}`, secrets: [v, encodeURIComponent(v)] }),
  'form body': (n, v) => ({ text: `grant_type=client_credentials&client_id=abc&${n}=${encodeURIComponent(v)}`, secrets: [v, encodeURIComponent(v)] }),
  JSON: (n, v) => ({ text: `{"user":"bob","${n}":"${jsonEscape(v)}","ok":true}`, secrets: [v, jsonEscape(v)] }),
  'JSON in a JSON string': (n, v) => ({ text: `body={\\"user\\":\\"bob\\",\\"${n}\\":\\"${jsonEscape(v)}\\"}`, secrets: [v] }),
  YAML: (n, v) => ({ text: `settings:\n  user: bob\n  ${n}: ${v}\n  port: 993`, secrets: [v] }),
  'YAML quoted': (n, v) => ({ text: `${n}: '${v}'`, secrets: [v] }),
  XML: (n, v) => ({ text: `<config><user>bob</user><${n}>${v}</${n}></config>`, secrets: [v] }),
  'XML attribute': (n, v) => ({ text: `<connection user="bob" ${n}="${v}"/>`, secrets: [v] }),
  'XML property': (n, v) => ({ text: `<property name="${n}" value="${v}"/>`, secrets: [v] }),
  'HAR name/value': (n, v) => ({ text: `{"name":"${n}","value":"${jsonEscape(v)}"}`, secrets: [v] }),
  'JVM -D': (n, v) => ({ text: `-Xmx2g -D${n}=${v} -Datlassian.plugins.enable.wait=300`, secrets: [v] }),
  'command line --': (n, v) => ({ text: `--${n}=${v} --verbose`, secrets: [v] }),
};

const inNotations = (shape: string, name: fc.Arbitrary<string>, value: fc.Arbitrary<string>, notations = Object.keys(NOTATIONS)): fc.Arbitrary<Planted> =>
  fc.tuple(name, value, fc.constantFrom(...notations)).map(([n, v, notation]) => ({ shape, notation, ...NOTATIONS[notation]!(n, v) }));

const header = (name: string, value: string, secrets: string[]): Planted[] => [
  { shape: '', notation: 'header', text: `${name}: ${value}`, secrets },
  { shape: '', notation: 'lower-case header', text: `${name.toLowerCase()}: ${value}`, secrets },
  { shape: '', notation: 'JSON header', text: `"headers": {"Accept": "*/*", "${name}": "${jsonEscape(value)}"}`, secrets },
  { shape: '', notation: 'HAR header', text: `{"name": "${name}", "value": "${jsonEscape(value)}"}`, secrets },
];
const headers = (shape: string, arb: fc.Arbitrary<{ name: string; value: string; secrets: string[] }>) =>
  arb.chain(({ name, value, secrets }) => fc.constantFrom(...header(name, value, secrets).map((p) => ({ ...p, shape }))));

const AUTH_SCHEMES: Record<string, (v: string) => { value: string; secrets: string[] }> = {
  Basic: (v) => ({ value: `Basic ${b64(`alice:${v}`)}`, secrets: [v, b64(`alice:${v}`)] }),
  Bearer: (v) => ({ value: `Bearer ${v}`, secrets: [v] }),
  Digest: (v) => ({ value: `Digest username="alice", realm="jira", nonce="dcd98b7102dd2f0e", uri="/rest/api/2/myself", response="${v}"`, secrets: [v] }),
  Token: (v) => ({ value: `Token ${v}`, secrets: [v] }),
  NTLM: (v) => ({ value: `NTLM TlRMTVNTUAADAAAA${b64(v)}`, secrets: [b64(v)] }),
  Negotiate: (v) => ({ value: `Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnag${b64(v)}`, secrets: [b64(v)] }),
};

const jwt = tokenValue.map((v) => `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url(`{"sub":"alice","upn":"${v}"}`)}.${v}`);

const SHAPES: fc.Arbitrary<Planted>[] = [
  // Cookies: by name in every notation, and any cookie in Cookie and Set-Cookie headers.
  inNotations('cookie', fc.constantFrom(...COOKIE_NAMES), secretValue),
  fc.tuple(fc.constantFrom(...COOKIE_NAMES, 'mycookie', 'lb', 'route_x'), secretValue).chain(([name, v]) =>
    fc.constantFrom<Planted>(
      { shape: 'cookie', notation: 'Cookie header', text: `Cookie: a=1; ${name}=${v}; theme=dark`, secrets: [v] },
      { shape: 'cookie', notation: 'Set-Cookie header', text: `Set-Cookie: ${name}=${v}; Path=/; Secure; HttpOnly`, secrets: [v] },
      { shape: 'cookie', notation: 'JSON Set-Cookie', text: `{"set-cookie": "${name}=${v}; Path=/jira; Expires=Wed, 21 Oct 2026 07:28:00 GMT"}`, secrets: [v] },
    ),
  ),
  // Authorization and Proxy-Authorization in every scheme, and custom token headers.
  headers(
    'Authorization',
    fc.tuple(fc.constantFrom('Authorization', 'Proxy-Authorization'), fc.constantFrom(...Object.keys(AUTH_SCHEMES)), secretValue).map(([name, scheme, v]) => ({ name, ...AUTH_SCHEMES[scheme]!(v) })),
  ),
  headers('token header', fc.tuple(fc.constantFrom(...TOKEN_HEADERS), secretValue).map(([name, v]) => ({ name, value: v, secrets: [v] }))),
  // Passwords and secrets by name, in every notation and spelling.
  inNotations('password or secret by name', secretName, passwordValue),
  inNotations('JVM secret property', fc.constantFrom('ldap.bindpw', 'mail.pop3.pass', 'https.proxyPassword', 'javax.net.ssl.keyStorePassword', 'atlassian.mail.client.secret'), passwordValue, ['JVM -D']),
  // Tokens by form.
  fc.tuple(jwt, fc.constantFrom('in text', 'in JSON', 'after a word')).map(([t, where]) => ({
    shape: 'JWT',
    notation: where,
    text: where === 'in JSON' ? `{"assertion_payload":"${t}"}` : where === 'after a word' ? `token was ${t} (expired)` : `id ${t}`,
    secrets: [t, t.split('.')[1]!, t.split('.')[2]!],
  })),
  inNotations('OAuth code', fc.constant('code'), tokenValue, ['key=', 'query string', 'URL fragment', 'form body', 'JSON', 'HAR name/value']),
  inNotations('OAuth token', fc.constantFrom('access_token', 'refresh_token', 'id_token', 'jwt', 'accessToken', 'refreshToken'), tokenValue),
  tokenValue.map((v) => ({ shape: 'Azure SAS', notation: 'URL', text: `https://acct.blob.core.windows.net/logs/x.zip?sv=2022-11-02&se=2026-12-01T00%3A00%3A00Z&sr=b&sp=r&sig=${encodeURIComponent(v)}`, secrets: [v] })),
  fc.tuple(fc.constantFrom('https', 'http', 'ldap', 'ldaps', 'imaps'), secretValue).map(([scheme, v]) => ({
    shape: 'URL user-info',
    notation: 'URL',
    text: `${scheme}://svc-jira:${encodeURIComponent(v)}@proxy.corp.example:3128/path`,
    secrets: [encodeURIComponent(v), v],
  })),
  fc.tuple(fc.constantFrom('RSA ', 'EC ', 'ENCRYPTED ', 'OPENSSH ', ''), base64Value, fc.boolean()).map(([kind, v, inJson]) => {
    const body = `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${v}\nBKcwggSjAgEAAoIBAQC7${v}`;
    const pem = `-----BEGIN ${kind}PRIVATE KEY-----\n${body}\n-----END ${kind}PRIVATE KEY-----`;
    return { shape: 'PEM private key', notation: inJson ? 'JSON' : 'text', text: inJson ? `{"key":"${jsonEscape(pem)}"}` : pem, secrets: [v] };
  }),
  // Mail protocol lines: the user name may stay, the password and token must not.
  fc.tuple(secretValue, fc.constantFrom('', 'C: ', 'DEBUG IMAP: ')).chain(([v, prefix]) =>
    fc.constantFrom<Planted>(
      { shape: 'IMAP LOGIN', notation: 'plain', text: `${prefix}A1 LOGIN helpdesk@example.com ${v}`, secrets: [v] },
      { shape: 'IMAP LOGIN', notation: 'quoted', text: `${prefix}a001 LOGIN "helpdesk" "${v}"`, secrets: [v] },
      { shape: 'POP PASS', notation: 'plain', text: `${prefix}USER helpdesk\n${prefix}PASS ${v}`, secrets: [v] },
    ),
  ),
  // IMAP literals (RFC 9051 §4.3): the argument's bytes follow on the next line, after the server's go-ahead (none with LITERAL+).
  fc.tuple(literalValue, fc.constantFrom('', 'C: ', 'DEBUG IMAP: '), fc.boolean(), fc.constantFrom('\r\n', '\n'), fc.constantFrom('atom', 'quoted', 'literal')).map(([v, prefix, plus, eol, userForm]) => {
    const size = Buffer.byteLength(v);
    const ready = plus ? '' : `${prefix === 'C: ' ? 'S: ' : prefix}+ Ready for additional command text${eol}`;
    const literal = (n: number) => `{${n}${plus ? '+' : ''}}`;
    const user = userForm === 'atom' ? 'helpdesk@example.com ' : userForm === 'quoted' ? '"helpdesk" ' : `${literal(20)}${eol}${ready}${prefix}helpdesk@example.com `;
    return { shape: 'IMAP LOGIN', notation: `literal password, ${userForm} user`, text: `${prefix}A1 LOGIN ${user}${literal(size)}${eol}${ready}${prefix}${v}${eol}${prefix === 'C: ' ? 'S: ' : prefix}A1 OK LOGIN completed`, secrets: [v] };
  }),
  fc.tuple(tokenValue, fc.constantFrom('', 'C: ')).chain(([v, prefix]) => {
    const xoauth = b64(`user=helpdesk@example.com\x01auth=Bearer ${v}\x01\x01`);
    const plain = b64(`\0helpdesk\0${v}`);
    return fc.constantFrom<Planted>(
      { shape: 'AUTHENTICATE XOAUTH2', notation: 'initial response', text: `${prefix}A2 AUTHENTICATE XOAUTH2 ${xoauth}`, secrets: [xoauth, v] },
      { shape: 'AUTHENTICATE XOAUTH2', notation: 'continuation line', text: `${prefix}A2 AUTHENTICATE XOAUTH2\n+ \n${prefix}${xoauth}`, secrets: [xoauth, v] },
      { shape: 'AUTHENTICATE PLAIN', notation: 'initial response', text: `${prefix}A3 AUTHENTICATE PLAIN ${plain}`, secrets: [plain, v] },
      { shape: 'AUTH XOAUTH2 (POP)', notation: 'initial response', text: `${prefix}AUTH XOAUTH2 ${xoauth}`, secrets: [xoauth, v] },
    );
  }),
];

export const SHAPE_COUNT = SHAPES.length;

/** Text around a planted secret: log-like words, punctuation and any printable characters, never glued to the secret. */
const surrounding = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('2026-11-20 10:15:01,123 ERROR [http-nio-8080-exec-3] [o.a.c.c.C.[Catalina]] request failed:', 'javax.mail.AuthenticationFailedException: AUTHENTICATE failed.', 'caused by', 'AADSTS7000215: Invalid client secret provided.'),
);
const separator = fc.constantFrom(' ', '\n', ', ', '; ', '\t', ' | ', '\r\n');

export const planted: fc.Arbitrary<Planted> = fc
  .tuple(surrounding, separator, fc.oneof(...SHAPES), separator, surrounding)
  .map(([before, s1, p, s2, after]) => ({ ...p, text: `${before}${s1}${p.text}${s2}${after}` }));

/** A part of a secret this long is a leak too (`password=pa,ss` masked as `***,ss` leaks the rest). */
const LEAK = 6;

/**
 * Every part of `secret` a leak would show, except runs of the mask's own character and parts of
 * letters only: those the tool's own words can hold (fast-check puts words such as `arguments`
 * into generated strings), while a leaked part of a generated secret has a digit or a sign.
 */
function parts(secret: string): string[] {
  if (secret.length <= LEAK) return [secret];
  return Array.from({ length: secret.length - LEAK + 1 }, (_, i) => secret.slice(i, i + LEAK)).filter((part) => !part.includes('***') && !/^[A-Za-z]+$/.test(part));
}

/**
 * The secrets of `plants` of which the whole, or any part of six characters, is found in `output`
 * (none, when masking held). A part the text around the secrets holds too proves nothing.
 */
export function survivors(output: string, plants: readonly Planted[]): { shape: string; notation: string; secret: string }[] {
  const secrets = plants.flatMap((p) => p.secrets).filter((s) => s.length >= LEAK).sort((a, b) => b.length - a.length);
  const around = plants.map((p) => secrets.reduce((text, s) => text.split(s).join('\0'), p.text)).join('\0');
  return plants.flatMap((p) =>
    p.secrets
      .filter((s) => s.length >= LEAK && parts(s).some((part) => output.includes(part) && !around.includes(part)))
      .map((secret) => ({ shape: p.shape, notation: p.notation, secret })),
  );
}
