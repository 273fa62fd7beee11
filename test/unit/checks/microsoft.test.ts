import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountOf, appOnlyScope, endpointTenant, errorLine, explainIdentityError, jwtClaims, parseIdentityError, xoauth2 } from '../../../electron/checks/microsoft';
import { decodeModifiedUtf7, describeFolders, parseListLine } from '../../../electron/checks/mail-sign-in';
import { parseCheckSettings } from '../../../electron/checks/settings';
import { COMMAND_LINE, worded } from '../../../electron/checks/wording';

// Microsoft's error answers as published (facts §4.2): the description carries the code and, after
// CRLFs, the trace and correlation ids and the time.
const PUBLISHED = {
  error: 'invalid_client',
  error_description:
    "AADSTS7000222: The provided client secret keys for app 'a1b2' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.\r\nTrace ID: 0c5c1f7e-aaaa-4bbb-8ccc-000000000001\r\nCorrelation ID: 9f3e2d1c-dddd-4eee-8fff-000000000002\r\nTimestamp: 2026-11-30 10:11:12Z",
  error_codes: [7000222],
  timestamp: '2026-11-30 10:11:12Z',
  trace_id: '0c5c1f7e-aaaa-4bbb-8ccc-000000000001',
  correlation_id: '9f3e2d1c-dddd-4eee-8fff-000000000002',
  error_uri: 'https://login.microsoftonline.com/error?code=7000222',
};

describe("Microsoft's error answers", () => {
  it('reads the code, the first line and the ids', () => {
    const e = parseIdentityError(PUBLISHED)!;
    expect(e).toMatchObject({ error: 'invalid_client', code: 'AADSTS7000222', traceId: PUBLISHED.trace_id, correlationId: PUBLISHED.correlation_id, timestamp: '2026-11-30 10:11:12Z' });
    expect(errorLine(e)).toBe("AADSTS7000222: The provided client secret keys for app 'a1b2' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.");
  });

  it('reads an error put on the redirect (error and error_description only)', () => {
    const e = parseIdentityError({ error: 'invalid_scope', error_description: "AADSTS70011: The provided value for the input parameter 'scope' is not valid." })!;
    expect(e.code).toBe('AADSTS70011');
    expect(errorLine(e)).toMatch(/^AADSTS70011: /);
  });

  it('takes the code from error_codes when the text has none, and keeps plain OAuth errors', () => {
    expect(parseIdentityError({ error: 'invalid_grant', error_description: 'reworded', error_codes: [70008] })!.code).toBe('AADSTS70008');
    expect(errorLine(parseIdentityError({ error: 'access_denied', error_description: 'The user cancelled.' })!)).toBe('access_denied: The user cancelled.');
  });

  it('never throws on any JSON, and finds no error where there is none', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void parseIdentityError(v)));
    expect(parseIdentityError({ access_token: 'x' })).toBeUndefined();
    expect(parseIdentityError('AADSTS7000222')).toBeUndefined();
  });

  it.each([
    ['AADSTS7000222', /expired/, /new client secret/],
    ['AADSTS7000215', /secret's ID/, /Value/],
    ['AADSTS700016', /no app with the client id/, /Application \(client\) ID/],
    ['AADSTS90002', /unknown to the worldwide sign-in service/, /--azure-cloud gcc-high/],
    ['AADSTS50194', /single-tenant/, /tenant id/],
  ])('explains %s in plain words with what to do', (code, message, advice) => {
    const e = { error: 'x', description: `${code}: …`, code };
    const explained = explainIdentityError(e, { clientId: 'c', tenant: 't', cloud: 'worldwide' })!;
    expect(explained.message).toMatch(message);
    expect(explained.message).toContain(code);
    expect(worded(explained.advice, COMMAND_LINE)).toMatch(advice);
  });

  it('points a US Government tenant that is unknown back at the worldwide cloud', () => {
    expect(explainIdentityError({ error: 'x', description: '', code: 'AADSTS90002' }, { clientId: 'c', tenant: 't', cloud: 'gcc-high' })!.advice).toMatch(/worldwide/);
  });
});

describe('clouds, endpoints, accounts', () => {
  it('uses the outlook resource of each cloud (facts §4.2, §4.3), and the article scopes in its advice', () => {
    expect(appOnlyScope('worldwide')).toBe('https://outlook.office365.com/.default');
    expect(appOnlyScope('gcc')).toBe('https://outlook.office365.com/.default');
    expect(appOnlyScope('gcc-high')).toBe('https://outlook.office365.us/.default');
    expect(explainIdentityError({ error: 'invalid_scope', description: '', code: 'AADSTS70011' }, { clientId: 'c', tenant: 't', cloud: 'dod' })!.advice).toContain(
      'https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access',
    );
  });

  it('reads the tenant segment of an endpoint', () => {
    expect(endpointTenant('https://login.microsoftonline.com/common/oauth2/v2.0/authorize')).toBe('common');
    expect(endpointTenant('https://login.microsoftonline.us/4f8c2a61-93d5-4b7e-a0c2-6d1e9b3f7a10/oauth2/v2.0/token')).toBe('4f8c2a61-93d5-4b7e-a0c2-6d1e9b3f7a10');
    expect(endpointTenant('not a url')).toBeUndefined();
  });

  it('names the account from the claims, never needing the signature', () => {
    const token = `e30.${Buffer.from(JSON.stringify({ upn: 'Agent@Example.test' })).toString('base64url')}.sig`;
    expect(accountOf(jwtClaims(token))).toBe('Agent@Example.test');
    expect(jwtClaims('opaque-token')).toBeUndefined();
    fc.assert(fc.property(fc.string(), (s) => void accountOf(jwtClaims(s))));
  });

  it('builds the XOAUTH2 string of facts §4.3', () => {
    expect(Buffer.from(xoauth2('a@b.c', 'T'), 'base64').toString()).toBe('user=a@b.c\x01auth=Bearer T\x01\x01');
  });
});

describe('IMAP folder lists', () => {
  const read = (next: string[]) => ({ read: () => Promise.resolve(next.shift() ?? '') });

  it('reads quoted, plain and literal names, decoding modified UTF-7', async () => {
    expect(await parseListLine('* LIST (\\HasNoChildren \\Sent) "/" "Sendt post"', read([]))).toEqual({ name: 'Sendt post', flags: ['\\HasNoChildren', '\\Sent'] });
    expect(await parseListLine('* LIST (\\HasNoChildren) "/" Kalender/F&APg-dselsdage', read([]))).toEqual({ name: 'Kalender/Fødselsdage', flags: ['\\HasNoChildren'] });
    expect(await parseListLine('* LIST () "/" {5}', read(['INBOX']))).toEqual({ name: 'INBOX', flags: [] });
    expect(await parseListLine('* OK still here', read([]))).toBeUndefined();
  });

  it('round-trips any text through modified UTF-7', () => {
    const encode = (s: string) =>
      s.replace(/&/g, '&-').replace(/[^\x20-\x7e]+/g, (run) => {
        const b = Buffer.alloc(run.length * 2);
        for (let i = 0; i < run.length; i++) b.writeUInt16BE(run.charCodeAt(i), i * 2);
        return `&${b.toString('base64').replace(/=+$/, '').replace(/\//g, ',')}-`;
      });
    const printable = (s: string) => [...s].filter((c) => c.charCodeAt(0) >= 0x20).join('');
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }), (a, b) => {
      const text = printable(a + b);
      expect(decodeModifiedUtf7(encode(text))).toBe(text);
    }));
  });

  it('tells a mailbox set up in another language by its special folders', () => {
    expect(describeFolders([{ name: 'INBOX', flags: [] }, { name: 'Gesendete Elemente', flags: ['\\Sent'] }, { name: 'Drafts', flags: ['\\Drafts'] }])).toEqual({ listsInbox: true, localized: ['Gesendete Elemente'] });
  });
});

describe('secrets travel over https only', () => {
  const settings = (loginUrl: string) => parseCheckSettings({ azure: { tenant: 't', clientId: 'c', loginUrl } }, { azureClientSecret: 's3cret' });

  it('refuses a plain http sign-in host unless it is this machine', () => {
    const refused = settings('http://login.example.test');
    expect(refused.ok).toBe(false);
    const problem = refused.ok ? undefined : refused.problems[0];
    expect(problem?.field).toBe('azure.loginUrl');
    expect(problem?.message).toMatch(/not https.*Use the https address/);
    for (const local of ['http://127.0.0.1:8080', 'http://localhost:1', 'http://[::1]:2']) expect(settings(local).ok).toBe(true);
    expect(settings('https://login.microsoftonline.us').ok).toBe(true);
  });
});
