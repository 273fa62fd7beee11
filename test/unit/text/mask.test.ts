import { describe, expect, it } from 'vitest';
import { Masker, MASK } from '../../../electron/text/mask';

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
    expect(masker.transcriptLine('C: a1 LOGIN helpdesk mailpass')).toBe(`C: a1 LOGIN helpdesk ${MASK}`);
    expect(masker.transcriptLine('PASS mailpass')).toBe(`PASS ${MASK}`);
    expect(masker.transcriptLine('C: a2 CAPABILITY')).toBe('C: a2 CAPABILITY');
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
