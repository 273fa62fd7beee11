import { describe, expect, it } from 'vitest';
import { checksInPlay } from '../../../knowledge';
import { emptyConnection, toStartRequest, withoutSecrets, type ConnectionForm, credentialKey, withRememberedSecrets } from '../../../renderer/checks/connection';

const form = (change: Partial<ConnectionForm>): ConnectionForm => ({ ...emptyConnection, ...change });
/** The checks the wizard offers for a problem with no other answer yet. */
const forProblem = (symptom: 'rest-401' | 'mail-oauth' | 'cookie-auth' | 'rest-sso') => checksInPlay({ symptom });

describe('the connection form as a checks.start request', () => {
  it('sends only what was given: an anonymous run is a base URL', () => {
    expect(toStartRequest(form({ baseUrl: ' https://jira.example.com ' }), forProblem('cookie-auth'))).toEqual({
      settings: { baseUrl: 'https://jira.example.com', auth: 'none', checks: ['credentials', 'session-cookie'] },
      secrets: {},
    });
  });

  it('asks the 401 sampling for its number of calls only where it runs', () => {
    expect(toStartRequest(form({ baseUrl: 'https://j', samples: '25' }), forProblem('rest-401')).settings.samples).toBe(25);
    expect(toStartRequest(form({ baseUrl: 'https://j', samples: '25' }), forProblem('rest-sso')).settings.samples).toBeUndefined();
  });

  it('puts the password among the secrets, never in the settings', () => {
    const request = toStartRequest(form({ baseUrl: 'https://j', auth: 'basic', username: 'alice', password: 's3cret' }), forProblem('rest-sso'));
    expect(request.settings).toMatchObject({ auth: 'basic', username: 'alice' });
    expect(JSON.stringify(request.settings)).not.toContain('s3cret');
    expect(request.secrets).toEqual({ password: 's3cret' });
  });

  it('adds the LDAP section for REST 401s, and leaves it out for other problems', () => {
    const ldap = form({ baseUrl: 'https://j', ldapUrls: 'ldap://a:389, ldap://b:389', ldapUser: 'alice', ldapBaseDn: 'dc=example,dc=com', ldapBindDn: 'cn=svc', ldapPassword: 'pw' });
    expect(toStartRequest(ldap, forProblem('rest-401')).settings.ldap).toEqual({ urls: ['ldap://a:389', 'ldap://b:389'], user: 'alice', baseDn: 'dc=example,dc=com', bindDn: 'cn=svc' });
    expect(toStartRequest(ldap, forProblem('rest-401')).secrets).toEqual({ ldapPassword: 'pw' });
    expect(toStartRequest(ldap, forProblem('mail-oauth')).settings.ldap).toBeUndefined();
  });

  it('passes the proxy user with its password only when a proxy user is set', () => {
    const request = toStartRequest(form({ baseUrl: 'https://j', proxyUrl: 'http://proxy:3128', proxyUser: 'p', proxyPassword: 'pp' }), forProblem('mail-oauth'));
    expect(request.settings.proxy).toEqual({ url: 'http://proxy:3128', username: 'p' });
    expect(request.secrets).toEqual({ proxyPassword: 'pp' });
  });

  it('runs only the checks that bear on the problem and the answers so far', () => {
    expect(toStartRequest(form({ baseUrl: 'https://j' }), forProblem('rest-sso')).settings.checks).toEqual(['oidc']);
    const google = checksInPlay({ symptom: 'mail-oauth', 'mail.provider': 'google' });
    expect(forProblem('mail-oauth')).toContain('azure-app');
    expect(google).not.toContain('azure-app');
    expect(toStartRequest(form({ baseUrl: 'https://j' }), google).settings.checks).toEqual(google);
  });

  it('sends the mail port, the way through the proxy and whether this computer is a Jira node', () => {
    const mail = form({ baseUrl: 'https://j', mailHost: ' outlook.office365.com ', mailProtocol: 'pop', mailPort: ' 1995 ', mailViaProxy: true, onJiraNode: true, proxyUrl: 'http://proxy:3128' });
    const { settings } = toStartRequest(mail, forProblem('mail-oauth'));
    expect(settings.mail).toEqual({ host: 'outlook.office365.com', protocol: 'pop', tls: 'implicit', port: 1995, viaProxy: true });
    expect(settings.onJiraNode).toBe(true);
    expect(toStartRequest({ ...mail, mailPort: '' }, forProblem('mail-oauth')).settings.mail).not.toHaveProperty('port');
    // A port that is not a number reaches the service, whose message names the field.
    expect(Number.isNaN(toStartRequest({ ...mail, mailPort: '99x' }, forProblem('mail-oauth')).settings.mail?.port)).toBe(true);
    expect(toStartRequest(mail, forProblem('rest-401')).settings).not.toHaveProperty('mail');
  });

  it('puts the OIDC client secret among the secrets, only with the identity provider', () => {
    const oidc = form({ baseUrl: 'https://j', oidcIssuer: 'https://sso/realms/main', oidcClientId: 'jira', oidcClientSecret: 'client-s3cret' });
    const request = toStartRequest(oidc, forProblem('rest-sso'));
    expect(request.secrets).toEqual({ oidcClientSecret: 'client-s3cret' });
    expect(JSON.stringify(request.settings)).not.toContain('client-s3cret');
    expect(toStartRequest({ ...oidc, oidcClientId: '' }, forProblem('rest-sso')).secrets).toEqual({});
  });

  it('turns the time limits typed in seconds into milliseconds, and leaves the defaults alone when empty', () => {
    const timed = toStartRequest(form({ baseUrl: 'https://j', timeout: '30', sessionGap: '2.5' }), forProblem('cookie-auth')).settings;
    expect(timed).toMatchObject({ timeoutMs: 30_000, sessionGapMs: 2_500 });
    const plain = toStartRequest(form({ baseUrl: 'https://j' }), forProblem('cookie-auth')).settings;
    expect(plain).not.toHaveProperty('timeoutMs');
    expect(plain).not.toHaveProperty('sessionGapMs');
  });

  it('forgets every secret before the form is remembered', () => {
    const remembered = withoutSecrets(form({ baseUrl: 'https://j', password: 'a', token: 'b', proxyPassword: 'c', ldapPassword: 'd', oidcClientSecret: 'e', username: 'alice' }));
    expect(remembered).toMatchObject({ baseUrl: 'https://j', username: 'alice', password: '', token: '', proxyPassword: '', ldapPassword: '', oidcClientSecret: '' });
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
