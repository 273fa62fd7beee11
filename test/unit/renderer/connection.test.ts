import { describe, expect, it } from 'vitest';
import { emptyConnection, toStartRequest, withoutSecrets, type ConnectionForm, credentialKey, withRememberedSecrets } from '../../../renderer/checks/connection';

const form = (change: Partial<ConnectionForm>): ConnectionForm => ({ ...emptyConnection, ...change });

describe('the connection form as a checks.start request', () => {
  it('sends only what was given: an anonymous run is a base URL', () => {
    expect(toStartRequest(form({ baseUrl: ' https://jira.example.com ' }), 'cookie-auth')).toEqual({
      settings: { baseUrl: 'https://jira.example.com', auth: 'none' },
      secrets: {},
    });
  });

  it('asks the 401 sampling for its number of calls only where it runs', () => {
    expect(toStartRequest(form({ baseUrl: 'https://j', samples: '25' }), 'rest-401').settings.samples).toBe(25);
    expect(toStartRequest(form({ baseUrl: 'https://j', samples: '25' }), 'rest-sso').settings.samples).toBeUndefined();
  });

  it('puts the password among the secrets, never in the settings', () => {
    const request = toStartRequest(form({ baseUrl: 'https://j', auth: 'basic', username: 'alice', password: 's3cret' }), 'rest-sso');
    expect(request.settings).toMatchObject({ auth: 'basic', username: 'alice' });
    expect(JSON.stringify(request.settings)).not.toContain('s3cret');
    expect(request.secrets).toEqual({ password: 's3cret' });
  });

  it('adds the LDAP section for REST 401s, and leaves it out for other problems', () => {
    const ldap = form({ baseUrl: 'https://j', ldapUrls: 'ldap://a:389, ldap://b:389', ldapUser: 'alice', ldapBaseDn: 'dc=example,dc=com', ldapBindDn: 'cn=svc', ldapPassword: 'pw' });
    expect(toStartRequest(ldap, 'rest-401').settings.ldap).toEqual({ urls: ['ldap://a:389', 'ldap://b:389'], user: 'alice', baseDn: 'dc=example,dc=com', bindDn: 'cn=svc' });
    expect(toStartRequest(ldap, 'rest-401').secrets).toEqual({ ldapPassword: 'pw' });
    expect(toStartRequest(ldap, 'mail-oauth').settings.ldap).toBeUndefined();
  });

  it('passes the proxy user with its password only when a proxy user is set', () => {
    const request = toStartRequest(form({ baseUrl: 'https://j', proxyUrl: 'http://proxy:3128', proxyUser: 'p', proxyPassword: 'pp' }), 'mail-oauth');
    expect(request.settings.proxy).toEqual({ url: 'http://proxy:3128', username: 'p' });
    expect(request.secrets).toEqual({ proxyPassword: 'pp' });
  });

  it('forgets every secret before the form is remembered', () => {
    const remembered = withoutSecrets(form({ baseUrl: 'https://j', password: 'a', token: 'b', proxyPassword: 'c', ldapPassword: 'd', username: 'alice' }));
    expect(remembered).toMatchObject({ baseUrl: 'https://j', username: 'alice', password: '', token: '', proxyPassword: '', ldapPassword: '' });
  });
});

describe('remembered secrets (desktop app, system keychain)', () => {
  const form = { ...emptyConnection, baseUrl: ' https://jira.example.com ', auth: 'basic' as const, username: 'alice' };

  it('are kept per Jira, way of signing in and user, and only when there is something to sign in with', () => {
    expect(credentialKey(form)).toBe('https://jira.example.com|basic|alice');
    expect(credentialKey({ ...form, username: 'bob' })).not.toBe(credentialKey(form));
    expect(credentialKey({ ...form, auth: 'pat' })).toBe('https://jira.example.com|pat|');
    expect(credentialKey({ ...form, auth: 'none' })).toBeUndefined();
    expect(credentialKey({ ...form, baseUrl: '' })).toBeUndefined();
  });

  it('fill only the fields left empty: what the admin typed wins', () => {
    const filled = withRememberedSecrets({ ...form, proxyPassword: 'typed' }, { password: 'remembered', proxyPassword: 'old' });
    expect(filled.password).toBe('remembered');
    expect(filled.proxyPassword).toBe('typed');
  });
});
