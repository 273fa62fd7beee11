import { describe, expect, it } from 'vitest';
import { Masker, MASK, maskSecrets, maskSecretsDeep } from '../../../electron/text/mask';

const password = 'S3cret!pass';
const masker = new Masker([password, 'tok-ABCDEFGHIJ'], [['alice', password]]);

describe('masking secrets', () => {
  it('keeps the scheme of Authorization headers and hides the credentials', () => {
    expect(masker.header('Authorization', `Basic ${Buffer.from(`alice:${password}`).toString('base64')}`)).toBe(`Basic ${MASK}`);
    expect(masker.header('proxy-authorization', 'Basic cHJveHk6cHc=')).toBe(`Basic ${MASK}`);
    expect(masker.header('Authorization', 'Bearer tok-ABCDEFGHIJ')).toBe(`Bearer ${MASK}`);
  });

  it('keeps cookie names only', () => {
    expect(masker.header('Cookie', 'JSESSIONID=ABC123.node1; SRVID=app1; atlassian.xsrf.token=BXMG_lin')).toBe(`JSESSIONID=${MASK}; SRVID=${MASK}; atlassian.xsrf.token=${MASK}`);
    expect(masker.header('Set-Cookie', 'JSESSIONID=ABC123; Path=/; HttpOnly')).toBe(`JSESSIONID=${MASK}`);
  });

  it('hides headers whose names say they hold secrets, but not Jira\'s own X-A headers', () => {
    expect(masker.header('X-Api-Key', 'k-123')).toBe(MASK);
    expect(masker.header('X-Session-Token', 'abc')).toBe(MASK);
    expect(masker.header('X-ASESSIONID', '1exzmx2')).toBe('1exzmx2');
    expect(masker.header('X-AUSERNAME', 'alice')).toBe('alice');
  });

  it('hides known secrets in every encoding they travel in', () => {
    const text = `a ${password} b ${encodeURIComponent(password)} c ${Buffer.from(password).toString('base64')} d ${Buffer.from(`alice:${password}`).toString('base64')}`;
    const masked = masker.text(text);
    expect(masked).not.toContain(password);
    expect(masked).not.toContain(encodeURIComponent(password));
    expect(masked).not.toContain(Buffer.from(`alice:${password}`).toString('base64'));
  });

  it('hides password, token and session values in URLs, forms and JSON by pattern', () => {
    expect(masker.text('https://jira/login.jsp?os_username=bob&os_password=hunter22&x=1')).toBe(`https://jira/login.jsp?os_username=bob&os_password=${MASK}&x=1`);
    expect(masker.text('grant_type=password&client_secret=zzz&password=yyy')).toBe(`grant_type=password&client_secret=${MASK}&password=${MASK}`);
    expect(masker.text('{"session":{"name":"JSESSIONID","value":"6E3487971234567896704A9EB4AE501F"}}')).toBe(`{"session":{"name":"JSESSIONID","value":"${MASK}"}}`);
    expect(masker.text('{"access_token":"eyJ.abc","refresh_token":"r1"}')).toBe(`{"access_token":"${MASK}","refresh_token":"${MASK}"}`);
    expect(masker.text('Cookie: JSESSIONID=ABCDEF0123')).toBe(`Cookie: JSESSIONID=${MASK}`);
    expect(masker.text('http://proxyuser:pw-123@proxy:3128/')).toBe(`http://proxyuser:${MASK}@proxy:3128/`);
    expect(masker.text('sent Authorization: Bearer abcdefghijkl')).toBe(`sent Authorization: Bearer ${MASK}`);
  });

  it('hides IMAP and POP login arguments in transcripts', () => {
    expect(masker.lines(['C: a1 LOGIN helpdesk mailpass', 'PASS mailpass', 'C: a2 CAPABILITY'])).toEqual([`C: a1 LOGIN helpdesk ${MASK}`, `PASS ${MASK}`, 'C: a2 CAPABILITY']);
  });

  it('hides an IMAP password sent as a literal on the lines after LOGIN (RFC 9051 §4.3, LITERAL+ too)', () => {
    const synchronising = ['C: A001 LOGIN {11}', 'S: + Ready for additional command text', 'C: FRED FOOBAR {7}', 'S: + Ready for additional command text', 'C: fat man', 'S: A001 OK LOGIN completed'];
    const masked = maskSecrets(synchronising.join('\r\n')).split('\r\n');
    expect(masked[2]).toBe(`C: FRED FOOBAR ${MASK}`);
    expect(masked[4]).toBe(`C: ${MASK}`);
    expect(masked[5]).toBe('S: A001 OK LOGIN completed');
    expect(maskSecrets('A1 LOGIN helpdesk {5+}\npa ss\nA1 OK')).toBe(`A1 LOGIN helpdesk ${MASK}\n${MASK}\nA1 OK`);
    // … in a transcript kept line by line, and in such a list inside a session.
    expect(masker.lines(['A1 LOGIN helpdesk {11}', '+ go ahead', 'pa ss\tword', 'A1 OK'])).toEqual([`A1 LOGIN helpdesk ${MASK}`, `+ ${MASK}`, MASK, 'A1 OK']);
    expect(maskSecretsDeep({ transcript: ['A1 LOGIN {8}', 'helpdesk {5}', 'pa ss'] }).transcript).toEqual(['A1 LOGIN {8}', `helpdesk ${MASK}`, MASK]);
  });

  it('hides the whole of a password whose characters delimit fields elsewhere', () => {
    expect(maskSecrets('password=pa,ss')).toBe(`password=${MASK}`);
    expect(maskSecrets('bindpw=a;b&c host=ldap1')).toBe(`bindpw=${MASK} host=ldap1`);
    // … while the next field, a closing quote or a separator followed by a space still ends it.
    expect(maskSecrets('user=bob&password=x1&next=1')).toBe(`user=bob&password=${MASK}&next=1`);
    expect(maskSecrets('password=x1, user=bob')).toBe(`password=${MASK}, user=bob`);
    expect(maskSecrets('{"msg":"password=x1","n":1}')).toBe(`{"msg":"password=${MASK}","n":1}`);
  });

  it('masks every string of an object as a last safety net', () => {
    const report = { evidence: [{ notes: [`odd ${password}`], nested: { list: [`x ${password}`] } }], count: 3 };
    const masked = masker.deep(report);
    expect(JSON.stringify(masked)).not.toContain(password);
    expect(masked.count).toBe(3);
  });

  it('ignores secrets too short to mask without mangling the text', () => {
    expect(new Masker(['ab']).text('ab cab')).toBe('ab cab');
  });
});

describe('what the diagnosis reads stays readable', () => {
  const kept = [
    'X-Seraph-LoginReason: AUTHENTICATED_FAILED',
    'X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp',
    'X-Atlassian-Token: no-check',
    'WWW-Authenticate: Basic realm="protected-area"',
    'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
    'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.',
    '{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.","error_codes":[50126]}',
    'javax.mail.AuthenticationFailedException: AUTHENTICATE failed.',
    'BAD User is authenticated but not connected.',
    'Basic authentication failed for user alice',
    'The Bearer token was rejected',
    'oauth.tokenEndpoint=https://login.microsoftonline.com/common/oauth2/v2.0/token',
    'azure.secretExpiresOn: 2026-03-31',
    '-Xmx4g -Dhttp.proxyHost=proxy.corp.example -Dhttp.proxyPort=3128 -Datlassian.mail.popdisabled=true -Dmail.debug=true',
    'grant_type=authorization_code&client_id=0f1e2d3c&response_type=code&scope=https%3A%2F%2Foutlook.office.com%2FIMAP.AccessAsUser.All%20offline_access',
    'error_code=AADSTS7000215 code=500',
    'ldap://ldap1.example.com:389 and http://proxy.corp.example:3128/',
    'at com.atlassian.jira.security.login.JiraSeraphAuthenticator.login(JiraSeraphAuthenticator.java:52)',
  ];
  it.each(kept)('%s', (line) => {
    expect(maskSecrets(line)).toBe(line);
  });

  it('keeps the user of an IMAP LOGIN, the scheme of an Authorization and the names of cookies', () => {
    expect(maskSecrets('A1 LOGIN helpdesk@example.com S3cret!')).toBe(`A1 LOGIN helpdesk@example.com ${MASK}`);
    expect(maskSecrets('Proxy-Authorization: Negotiate YIIGhgYGKwYBBQUC')).toBe(`Proxy-Authorization: Negotiate ${MASK}`);
    expect(maskSecrets('Set-Cookie: JSESSIONID=6E3487971234; Path=/jira; HttpOnly')).toBe(`Set-Cookie: JSESSIONID=${MASK}; Path=/jira; HttpOnly`);
    expect(maskSecrets('-Dldap.bindpw=hunter2 -Dhttp.proxyHost=proxy.corp.example')).toBe(`-Dldap.bindpw=${MASK} -Dhttp.proxyHost=proxy.corp.example`);
    expect(maskSecrets('https://svc:p%40ss@proxy.corp.example:3128/')).toBe(`https://svc:${MASK}@proxy.corp.example:3128/`);
  });

  it('masks by the names strings sit under in an object, HAR pairs included', () => {
    const masked = maskSecretsDeep({
      headers: { authorization: 'Bearer abcdefghij123', 'x-seraph-loginreason': 'OK' },
      machine: { context: { password: 'plain words pass' } },
      entries: [{ name: 'JSESSIONID', value: 'ABC123DEF' }, { name: 'theme', value: 'dark' }],
      problem: { code: 'tls-untrusted' },
    });
    expect(masked).toEqual({
      headers: { authorization: `Bearer ${MASK}`, 'x-seraph-loginreason': 'OK' },
      machine: { context: { password: MASK } },
      entries: [{ name: 'JSESSIONID', value: MASK }, { name: 'theme', value: 'dark' }],
      problem: { code: 'tls-untrusted' },
    });
  });
});

describe('paths are not blobs', () => {
  it.each(['/secure/admin/IncomingMailServers.jspa', '/rest/api/2/issue/T-1/attachments', 'rest/api/2/serverInfo'])('%s', (path) => {
    expect(maskSecrets(path)).toBe(path);
  });
});

describe("the tool's own prose is not a secret", () => {
  // Check reports pass through the masker whole; a word such as "pass" or "credentials:" in a
  // sentence must not swallow the rest of it (that hid "CAPTCHA" from the admin).
  it.each([
    'Jira asks this account to pass CAPTCHA before it checks the password again.',
    'Not run with credentials: a wrong password was already sent once, so no further login was attempted.',
    'Credentials: who Jira says you are',
    'The users pass and fail on different nodes.',
  ])('%s', (prose) => {
    expect(maskSecrets(prose)).toBe(prose);
  });

  it('still masks POP PASS lines and credentials that look like tokens', () => {
    expect(maskSecrets('C: PASS hunter2 now')).toBe(`C: PASS ${MASK}`);
    expect(maskSecrets('pass hunter2')).toBe(`pass ${MASK}`);
    expect(maskSecrets('credentials=dXNlcjpwYXNzd29yZDEyMw==')).toBe(`credentials=${MASK}`);
  });
});
