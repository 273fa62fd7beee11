import { describe, expect, it } from 'vitest';
import { normalizeBaseUrl, parseCheckSettings } from '../../../electron/checks/settings';

describe('the base URL', () => {
  it.each([
    ['https://jira.example.com', 'https://jira.example.com'],
    ['https://jira.example.com/', 'https://jira.example.com'],
    ['  https://example.com/jira/ ', 'https://example.com/jira'],
    ['https://example.com/jira/secure/Dashboard.jspa', 'https://example.com/jira'],
    ['https://jira.example.com/browse/ABC-1?x=1#top', 'https://jira.example.com'],
    ['http://jira.example.com:8080/jira/rest/api/2/serverInfo', 'http://jira.example.com:8080/jira'],
    ['HTTPS://Jira.Example.com/Jira', 'https://jira.example.com/Jira'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBaseUrl(input)).toEqual({ ok: true, url: expected });
  });

  it.each([
    ['jira.example.com', /needs a scheme; write it like https:\/\/jira\.example\.com/],
    ['ftp://jira.example.com', /must start with http:\/\/ or https:\/\//],
    ['https://', /not a valid URL/],
    ['https://alice:pw@jira.example.com', /do not put a user name or password in the URL/],
  ])('rejects %s with a message saying what to type', (input, message) => {
    const result = normalizeBaseUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('check settings', () => {
  it('fills the defaults and normalizes the base URL', () => {
    const parsed = parseCheckSettings({ baseUrl: 'https://example.com/jira/' });
    expect(parsed).toMatchObject({ ok: true, settings: { baseUrl: 'https://example.com/jira', auth: 'none', insecure: false, timeoutMs: 10_000, samples: 10 } });
  });

  it('needs the secret that the auth mode uses, and names each problem', () => {
    const parsed = parseCheckSettings({ baseUrl: 'https://jira.example.com', auth: 'basic', proxy: { url: 'http://proxy:3128', username: 'p' } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems.map((p) => p.field)).toEqual(['username', 'password', 'proxy.password']);
    }
    expect(parseCheckSettings({ baseUrl: 'https://jira.example.com', auth: 'pat' }, { token: 't' }).ok).toBe(true);
  });

  it('refuses more than 50 samples, unknown checks and a proxy URL holding a password', () => {
    const parsed = parseCheckSettings({ baseUrl: 'https://jira.example.com', samples: 51, checks: ['versions', 'nope'] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['samples', 'checks.1']) as unknown);
    const proxy = parseCheckSettings({ baseUrl: 'https://jira.example.com', proxy: { url: 'http://u:pw@proxy:3128' } });
    expect(proxy.ok).toBe(false);
    if (!proxy.ok) expect(proxy.problems[0]!.message).toMatch(/not in the URL/);
  });

  it('needs an issuer, or host and realm, for OpenID Connect, and LDAP URLs that are LDAP URLs', () => {
    const oidc = parseCheckSettings({ baseUrl: 'https://jira.example.com', oidc: { clientId: 'jira', host: 'https://sso.example.com' } });
    expect(oidc.ok).toBe(false);
    const ldap = parseCheckSettings({ baseUrl: 'https://jira.example.com', ldap: { urls: ['ldap1.example.com'], user: 'alice', baseDn: 'dc=example,dc=com' } });
    expect(ldap.ok).toBe(false);
    if (!ldap.ok) expect(ldap.problems[0]!.message).toMatch(/write it like ldap:\/\/ldap1\.example\.com:389/);
  });
});
