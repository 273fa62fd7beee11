import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, causeIn, diagnose } from './cli';

/** The `solution` field is the fix for this installation: the strings an admin copies depend on its facts. */

const WORLDWIDE_SCOPES = 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access';
const GOV_SCOPES = 'https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access';
const microsoft = { symptom: 'mail-oauth', 'mail.provider': 'microsoft' };

/** The exact strings a solution gives to copy (between backticks). */
const codeOf = (solution: string): string[] => [...solution.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

beforeAll(() => buildOnce());

describe('solutions for this installation', () => {
  it.concurrent.each([
    ['worldwide', WORLDWIDE_SCOPES, GOV_SCOPES],
    ['gcc', WORLDWIDE_SCOPES, GOV_SCOPES],
    ['gcc-high', GOV_SCOPES, WORLDWIDE_SCOPES],
    ['dod', GOV_SCOPES, WORLDWIDE_SCOPES],
  ])('gives the %s cloud its own scope string only', async (cloud, right, wrong) => {
    const d = await diagnose({ ...microsoft, 'microsoft.cloud': cloud, 'oauth.scopes': 'IMAP.AccessAsUser.All' });
    const { status, solution } = causeIn(d, 'mail-oauth/scopes');
    expect(status).toBe('confirmed');
    expect(codeOf(solution)).toContain(right);
    expect(solution).not.toContain(wrong);
  });

  it.concurrent.each([
    ['worldwide', 'login.microsoftonline.com', 'login.microsoftonline.us'],
    ['gcc-high', 'login.microsoftonline.us', 'login.microsoftonline.com/<TENANT_ID>'],
  ])('gives a single-tenant app in the %s cloud endpoints that name the tenant', async (cloud, host, wrong) => {
    const d = await diagnose({ ...microsoft, 'microsoft.cloud': cloud, 'azure.accountType': 'single-tenant' });
    const code = codeOf(causeIn(d, 'mail-oauth/single-tenant').solution);
    expect(code).toEqual(expect.arrayContaining([`https://${host}/<TENANT_ID>/oauth2/v2.0/authorize`, `https://${host}/<TENANT_ID>/oauth2/v2.0/token`]));
    expect(code.join(' ')).not.toContain(wrong);
  });

  it.concurrent.each([
    ['imap', 'imaps'],
    ['pop', 'pop3s'],
  ])('gives the mail proxy JVM properties of %s, and http.nonProxyHosts with a plain word on https.nonProxyHosts', async (protocol, name) => {
    const d = await diagnose({
      ...microsoft,
      'microsoft.cloud': 'worldwide',
      'mail.protocol': protocol,
      'jvm.args': '-Xms2g -Dhttps.proxyHost=172.9.0.1 -Dhttps.proxyPort=443 -Dhttps.nonProxyHosts=*.office365.com',
    });
    const { status, because, solution } = causeIn(d, 'mail-oauth/proxy');
    expect(status).toBe('likely');
    expect(because.join(' ')).toMatch(/https\.nonProxyHosts/);
    const code = codeOf(solution);
    expect(code.some((c) => c.includes(`-Dmail.${name}.proxy.host=`) && c.includes(`-Dmail.${name}.proxy.port=`))).toBe(true);
    expect(code.some((c) => c.startsWith('-Dhttp.nonProxyHosts=') && c.includes('*.office365.com') && c.includes('login.microsoftonline.com'))).toBe(true);
    // Never handed out to copy: Java ignores it.
    expect(code.some((c) => c.includes('https.nonProxyHosts'))).toBe(false);
    expect(solution).toMatch(/https\.nonProxyHosts[^.]*(does not exist|no effect|ignored)/);
    expect(solution).toMatch(/[Rr]estart Jira/);
  });

  it('offers the upgrade and both of the article\'s workarounds to a JSM below 4.22.0 with a GCC High mailbox', async () => {
    const d = await diagnose({ ...microsoft, 'mail.handler': 'jsm', 'microsoft.cloud': 'gcc-high', 'jsm.version': '4.20.4', 'jira.license': 'datacenter' });
    const { solution } = causeIn(d, 'mail-oauth/gov-cloud');
    expect(solution).toMatch(/4\.22\.0/);
    expect(codeOf(solution)).toContain('40.66.16.130 outlook.office365.com');
    expect(solution).toMatch(/failover/);
    expect(solution).toContain('Email This Issue');
  });

  it.concurrent.each([
    ['POP on Jira 8.14.1', { symptom: 'mail-oauth', 'mail.protocol': 'pop', 'jira.version': '8.14.1' }, 'mail-oauth/pop-unsupported', [/8\.15\.0/, /Use two line authentication format/]],
    ['an expired client secret', { ...microsoft, 'azure.secretExpiresOn': '2026-01-01', 'azure.secretIdentified': true }, 'mail-oauth/secret-expired', [/Certificates & secrets/, /New client secret/]],
    ['a CAPTCHA lock', { symptom: 'cookie-auth', 'auth.loginReason': 'AUTHENTICATION_DENIED' }, 'cookie-auth/captcha', [/[Rr]eset failed login count/]],
    ['an XSRF failure', { symptom: 'cookie-auth', errors: ['XSRF check failed'] }, 'cookie-auth/xsrf-check', [/`X-Atlassian-Token: no-check`/]],
    ['an expired session', { symptom: 'cookie-auth', 'auth.method': 'cookie', 'cookie.worksThenFails': true, 'auth.loginReason': 'OK', errors: ["2026-11-23 10:00:00,000+0000 http-nio-8080-exec-1 anonymous 600x1x1 - 10.0.0.1 /rest/auth/1/session The user 'bot' has logged out."] }, 'cookie-auth/session-expired', [/\/rest\/auth\/1\/session/]],
    ['Direct Access Grants off', { symptom: 'rest-sso', 'oidc.provider': 'keycloak', 'oidc.directAccessGrants': false }, 'rest-sso/direct-access-grants-disabled', [/Direct Access Grants/, /https/]],
    ['an old plugin', { symptom: 'rest-sso', 'oidc.pluginVersion': '1.2.0' }, 'rest-sso/plugin-too-old', [/1\.3\.0/]],
    ['disagreeing LDAP servers', { symptom: 'rest-401', 'ldap.consistent': false }, 'rest-401/ldap-cluster-inconsistent', [/one LDAP server|same LDAP (server|node)/]],
    ['a JSM 4.18 beta', { symptom: 'mail-oauth', 'jsm.version': '4.18.1', 'jsm.multiChannelBeta': true, 'jsm.oauthChannelCount': 2 }, 'mail-oauth/multichannel-beta', [/4\.22\.0/]],
    ['a shared mailbox without Full Access', { ...microsoft, 'mailbox.kind': 'shared', 'mailbox.authorizerHasFullAccess': false }, 'mail-oauth/mailbox-permission', [/Recipients > Shared/, /Full Access/]],
  ] as const)('names what to do for %s', async (_what, facts, id, patterns) => {
    const { status, solution } = causeIn(await diagnose(facts), id);
    // An ended session is never proven by the facts alone (a client that drops the load balancer's cookie looks the same).
    expect(status).toBe(id === 'cookie-auth/session-expired' ? 'likely' : 'confirmed');
    for (const pattern of patterns) expect(solution).toMatch(pattern);
  });
});
