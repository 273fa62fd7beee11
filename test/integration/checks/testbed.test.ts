import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckId, CheckReport, Evidence } from '../../../knowledge/contract/checks';
import { parseCheckSettings, runChecks, type CheckSecrets, type CheckSettingsInput } from '../../../electron/checks/index';
import { startTestbed, TEST_USERS, type Testbed } from '../../testbed';

// Every check against the test bed's real servers (haproxy, slapd, dovecot, squid, tinyproxy) and
// its simulated Jira nodes and identity provider, in each fault mode the articles describe.

const { alice, carol, admin } = TEST_USERS;
const IDLE_MS = 1_500;
let bed: Testbed;

beforeAll(async () => {
  bed = await startTestbed({ jira: { sessionIdleTimeoutMs: IDLE_MS } });
});
afterAll(() => bed?.stop());

async function check(input: Partial<CheckSettingsInput> & { checks: CheckId[] }, secrets: CheckSecrets = {}): Promise<CheckReport> {
  const parsed = parseCheckSettings({ baseUrl: bed.jira!.sticky, caFile: bed.tls.certFile, ...input }, secrets);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return runChecks(parsed.settings, secrets);
}

function evidenceOf(report: CheckReport, id: CheckId): Evidence {
  const e = report.evidence.find((x) => x.check === id);
  if (!e) throw new Error(`no evidence for ${id}`);
  return e;
}

const basic = (user: { username: string; password: string }) => [{ auth: 'basic' as const, username: user.username }, { password: user.password }] as const;

describe('versions', () => {
  it('reads Jira and JSM versions from the cluster', async () => {
    const report = await check({ checks: ['versions'] });
    expect(report.facts).toMatchObject({ 'jira.version': '9.12.4', 'jsm.version': '5.12.4' });
    expect(evidenceOf(report, 'versions').outcome).toBe('ok');
  });

  it('warns when the base URL setting differs, and notes a Jira without JSM', async () => {
    const report = await check({ baseUrl: bed.jira!.single, checks: ['versions'] });
    expect(report.facts['jira.version']).toBe('8.13.4');
    expect(report.facts['jsm.version']).toBeUndefined();
    const notes = evidenceOf(report, 'versions').notes.join('\n');
    expect(notes).toContain("Jira's base URL setting is https://jira.example.test/jira");
    expect(notes).toContain('Jira Service Management is not installed');
  });

  it('names the SSO front end that redirects REST calls, and the login page of another', async () => {
    const sso = evidenceOf(await check({ baseUrl: bed.jira!.sso, checks: ['versions'] }), 'versions');
    expect(sso.problem?.code).toBe('sso-redirect');
    expect(sso.problem?.message).toMatch(/single sign-on front end intercepts/);
    const page = evidenceOf(await check({ baseUrl: bed.jira!.loginPage, checks: ['versions'] }), 'versions');
    expect(page.problem?.code).toBe('login-page');
  });
});

describe('cluster', () => {
  it('finds two nodes and a sticky balancer with its SRVID cookie', async () => {
    const report = await check({ checks: ['cluster'] });
    expect(report.facts).toMatchObject({ 'jira.clustered': true, 'lb.sticky': true });
    const e = evidenceOf(report, 'cluster');
    expect(e.notes.join('\n')).toContain('SRVID (HAProxy-style server cookie)');
    expect(Object.values(e.tallies![0]!.counts)).toEqual([8]);
  });

  it('sees one cookie jar answered by both nodes through the round-robin balancer', async () => {
    const report = await check({ baseUrl: bed.jira!.roundRobin, checks: ['cluster'] });
    expect(report.facts).toMatchObject({ 'jira.clustered': true, 'lb.sticky': false });
    expect(evidenceOf(report, 'cluster').concluded.find((c) => c.fact === 'lb.sticky')?.why).toMatch(/jira-node-1, jira-node-2|jira-node-2, jira-node-1/);
  });

  it('calls a Jira whose answers carry no node id unclustered, and leaves stickiness open', async () => {
    const report = await check({ baseUrl: bed.jira!.single, checks: ['cluster'] });
    expect(report.facts['jira.clustered']).toBe(false);
    expect(report.facts['lb.sticky']).toBeUndefined();
  });

  it("reads the cluster's node list with an administrator", async () => {
    const [settings, secrets] = basic(admin);
    const e = evidenceOf(await check({ ...settings, checks: ['cluster'] }, secrets), 'cluster');
    expect(e.concluded.find((c) => c.fact === 'jira.clustered')?.why).toMatch(/the cluster lists 2 active node/);
  });
});

describe('credentials and 401 sampling', () => {
  it('sees the user and the login reason OK on the good node', async () => {
    const [settings, secrets] = basic(carol);
    const report = await check({ ...settings, checks: ['credentials'] }, secrets);
    expect(report.facts['auth.loginReason']).toBe('OK');
    expect(evidenceOf(report, 'credentials').notes.join()).toContain('authenticated the request as carol');
  });

  it('finds intermittent 401s from the node on the stale LDAP server, and stops at two rejections', async () => {
    const [settings, secrets] = basic(alice);
    const report = await check({ ...settings, baseUrl: bed.jira!.roundRobin, checks: ['rest401-sampling'], samples: 10 }, secrets);
    expect(report.facts['rest401.pattern']).toBe('intermittent');
    const e = evidenceOf(report, 'rest401-sampling');
    expect(e.tallies?.find((t) => t.label.startsWith('Rejected'))?.counts).toEqual({ 'jira-node-2': 2 });
    expect(e.notes.join('\n')).toMatch(/Stopped after \d+ of 10 requests/);
    expect(e.notes.join('\n')).toContain('node jira-node-2');
    expect(bed.jira!.database.requiresCaptcha(alice.username)).toBe(false);
  });

  it('sends a wrong password once only, whatever checks want credentials', async () => {
    const before = bed.jira!.database.loginInfo(carol.username).currentFailedLoginCount;
    const report = await check(
      { auth: 'basic', username: carol.username, baseUrl: bed.jira!.roundRobin, checks: ['credentials', 'rest401-sampling', 'session-cookie', 'cluster'] },
      { password: 'wrong-password' },
    );
    expect(bed.jira!.database.loginInfo(carol.username).currentFailedLoginCount).toBe(before + 1);
    expect(report.facts['auth.loginReason']).toBe('AUTHENTICATED_FAILED');
    expect(evidenceOf(report, 'rest401-sampling').problem?.code).toBe('unauthorized');
    expect(evidenceOf(report, 'session-cookie').problem?.message).toMatch(/no further login was attempted/);
    bed.jira!.database.resetFailedLoginCount(carol.username);
  });

  it('reports a CAPTCHA lock with Seraph\'s reasons, and never sends a second login', async () => {
    const db = bed.jira!.database;
    for (let i = 0; i < 3; i++) db.recordFailure(carol.username);
    const [settings, secrets] = basic(carol);
    const report = await check({ ...settings, checks: ['credentials', 'session-cookie'] }, secrets);
    expect(report.facts['auth.loginReason']).toBe('AUTHENTICATION_DENIED');
    expect(report.facts['auth.deniedReason']).toMatch(/^CAPTCHA_CHALLENGE; login-url=/);
    expect(evidenceOf(report, 'credentials').problem?.message).toMatch(/CAPTCHA/);
    const sent = report.evidence.flatMap((e) => e.exchanges).filter((x) => x.request.headers.Authorization || x.request.method === 'POST');
    expect(sent).toHaveLength(1);
    db.resetFailedLoginCount(carol.username);
  });

  it('authenticates with a personal access token, and says what a revoked one looks like', async () => {
    const report = await check({ auth: 'pat', checks: ['credentials'] }, { token: carol.pat });
    expect(report.facts['auth.loginReason']).toBe('OK');
    const revoked = evidenceOf(await check({ auth: 'pat', checks: ['credentials'] }, { token: 'MDAwMDAwMDAwMDAwOlJldm9rZWRUb2tlbg' }), 'credentials');
    expect(revoked.problem?.code).toBe('unauthorized');
    expect(revoked.problem?.advice).toMatch(/token is wrong, expired or revoked/);
  });
});

describe('session cookie', () => {
  it('keeps working on the sticky balancer', async () => {
    const [settings, secrets] = basic(carol);
    const report = await check({ ...settings, checks: ['session-cookie'] }, secrets);
    const e = evidenceOf(report, 'session-cookie');
    expect(e.outcome).toBe('ok');
    expect(report.facts['cookie.worksThenFails']).toBeUndefined();
    expect(e.exchanges.at(-1)?.request.method).toBe('DELETE');
  });

  it('works, then fails, when the session idles out', async () => {
    const [settings, secrets] = basic(carol);
    const report = await check({ ...settings, checks: ['session-cookie'], sessionGapMs: IDLE_MS + 300 }, secrets);
    expect(report.facts['cookie.worksThenFails']).toBe(true);
  });

  it('works, then fails, when the round-robin balancer moves the client to the other node', async () => {
    const [settings, secrets] = basic(carol);
    const report = await check({ ...settings, baseUrl: bed.jira!.roundRobin, checks: ['session-cookie'], sessionGapMs: 0 }, secrets);
    const e = evidenceOf(report, 'session-cookie');
    expect(e.notes.join('\n')).toMatch(/Jira sessions stay on the node that created them/);
  });
});

describe('OpenID Connect', () => {
  it('finds Keycloak with Direct Access Grants on, and https endpoints', async () => {
    const oidc = bed.oidc!;
    const report = await check({ checks: ['oidc'], oidc: { issuer: oidc.issuer, clientId: oidc.clients.dag.clientId } }, { oidcClientSecret: oidc.clients.dag.secret });
    expect(report.facts).toMatchObject({ 'oidc.provider': 'keycloak', 'oidc.directAccessGrants': true, 'oidc.endpointsHttps': true });
  });

  it('finds Direct Access Grants off for the other client', async () => {
    const oidc = bed.oidc!;
    const report = await check({ checks: ['oidc'], oidc: { issuer: oidc.issuer, clientId: oidc.clients.noDag.clientId } }, { oidcClientSecret: oidc.clients.noDag.secret });
    expect(report.facts['oidc.directAccessGrants']).toBe(false);
  });

  it('finds an old Keycloak under /auth from the host and realm, and http endpoints elsewhere', async () => {
    const oidc = bed.oidc!;
    const legacy = new URL(oidc.legacyIssuer);
    const old = await check({ checks: ['oidc'], oidc: { host: legacy.origin, realm: oidc.realm, clientId: oidc.clients.public.clientId } });
    expect(old.facts).toMatchObject({ 'oidc.provider': 'keycloak', 'oidc.directAccessGrants': true });
    const mixed = await check({ checks: ['oidc'], oidc: { issuer: oidc.httpTokenIssuer, clientId: oidc.clients.public.clientId } });
    expect(mixed.facts['oidc.endpointsHttps']).toBe(false);
  });

  it('says the client secret is needed instead of guessing', async () => {
    const oidc = bed.oidc!;
    const e = evidenceOf(await check({ checks: ['oidc'], oidc: { issuer: oidc.issuer, clientId: oidc.clients.dag.clientId } }), 'oidc');
    expect(e.problem?.code).toBe('unauthorized');
    expect(e.concluded.find((c) => c.fact === 'oidc.directAccessGrants')).toBeUndefined();
  });
});

describe('mail', () => {
  it('greets IMAP over implicit TLS and STARTTLS, and sets the fact only on a Jira node', async () => {
    const imap = bed.imap!;
    const tls = await check({ checks: ['mail'], mail: { host: imap.host, port: imap.tls, tls: 'implicit' } });
    expect(evidenceOf(tls, 'mail').outcome).toBe('ok');
    expect(tls.facts['network.mailReachableFromJira']).toBeUndefined();
    expect(evidenceOf(tls, 'mail').notes.join('\n')).toContain('THIS machine');
    const starttls = await check({ checks: ['mail'], onJiraNode: true, mail: { host: imap.host, port: imap.plain, tls: 'starttls' } });
    expect(starttls.facts['network.mailReachableFromJira']).toBe(true);
    expect(evidenceOf(starttls, 'mail').exchanges[0]!.transcript!.join('\n')).toMatch(/C: a1 STARTTLS[\s\S]*TLS TLSv1\.[23] established[\s\S]*\* CAPABILITY/);
    const plain = await check({ checks: ['mail'], onJiraNode: true, mail: { host: imap.host, port: imap.plain, tls: 'none' } });
    expect(plain.facts['network.mailReachableFromJira']).toBe(true);
    expect(evidenceOf(plain, 'mail').exchanges[0]!.transcript!.join('\n')).not.toContain('established');
  });

  it('says the port is refused from a Jira node', async () => {
    const report = await check({ checks: ['mail'], onJiraNode: true, mail: { host: '127.0.0.1', port: 1, tls: 'implicit' } });
    expect(report.facts['network.mailReachableFromJira']).toBe(false);
    expect(evidenceOf(report, 'mail').problem?.code).toBe('refused');
  });

  it('greets POP3', async () => {
    const pop = bed.pop3!;
    const report = await check({ checks: ['mail'], onJiraNode: true, mail: { host: pop.host, port: pop.tls, protocol: 'pop', tls: 'implicit' } });
    expect(report.facts['network.mailReachableFromJira']).toBe(true);
  });

  it('reaches IMAP through the open proxy, and names the proxy that refuses CONNECT and the one that wants a login', async () => {
    const imap = bed.imap!;
    const proxy = bed.proxy!;
    const mail = { host: imap.host, port: imap.tls, tls: 'implicit' as const, viaProxy: true };
    const open = await check({ checks: ['mail'], proxy: { url: proxy.open }, mail });
    expect(evidenceOf(open, 'mail').outcome).toBe('ok');
    const refused = evidenceOf(await check({ checks: ['mail'], onJiraNode: true, proxy: { url: proxy.restricted }, mail }), 'mail');
    expect(refused.problem?.code).toBe('proxy-refused');
    const auth = evidenceOf(await check({ checks: ['mail'], proxy: { url: proxy.auth }, mail }), 'mail');
    expect(auth.problem?.code).toBe('proxy-auth');
    const authorized = await check({ checks: ['mail'], proxy: { url: proxy.auth, username: proxy.account.username }, mail }, { proxyPassword: proxy.account.password });
    expect(evidenceOf(authorized, 'mail').outcome).toBe('ok');
  });
});

describe('HTTP through the proxies', () => {
  it('reaches Jira through squid, and explains the 407 of the authenticating proxy', async () => {
    const proxy = bed.proxy!;
    const through = await check({ checks: ['versions'], proxy: { url: proxy.open } });
    expect(through.facts['jira.version']).toBe('9.12.4');
    const https = await check({ baseUrl: bed.oidc!.issuer, checks: ['versions'], proxy: { url: proxy.auth } });
    const e = evidenceOf(https, 'versions');
    expect(e.problem?.code).toBe('proxy-auth');
    expect(e.problem?.message).toContain('407');
  });
});

describe('ldap', () => {
  it('finds the two LDAP servers disagreeing about alice, and agreeing about carol', async () => {
    const ldap = bed.ldap!;
    const base = { urls: [ldap.good, ldap.stale], bindDn: ldap.serviceDn, baseDn: ldap.usersDn.split(',').slice(1).join(',') };
    const secrets = { ldapPassword: ldap.servicePassword };
    const stale = await check({ checks: ['ldap'], ldap: { ...base, user: alice.username } }, secrets);
    expect(stale.facts).toMatchObject({ 'ldap.clustered': true, 'ldap.consistent': false });
    expect(evidenceOf(stale, 'ldap').concluded.find((c) => c.fact === 'ldap.consistent')?.why).toContain('jira-software-users');
    const steady = await check({ checks: ['ldap'], ldap: { ...base, user: carol.username } }, secrets);
    expect(steady.facts).toMatchObject({ 'ldap.clustered': true, 'ldap.consistent': true });
  });
});

describe('secrets', () => {
  it('never appear in a report or a progress event, in any encoding', async () => {
    const { ldap, oidc, proxy } = { ldap: bed.ldap!, oidc: bed.oidc!, proxy: bed.proxy! };
    const secrets = { password: carol.password, ldapPassword: ldap.servicePassword, oidcClientSecret: oidc.clients.dag.secret, proxyPassword: proxy.account.password };
    const parsed = parseCheckSettings(
      {
        baseUrl: bed.jira!.roundRobin,
        auth: 'basic',
        username: carol.username,
        caFile: bed.tls.certFile,
        samples: 3,
        proxy: { url: proxy.auth, username: proxy.account.username },
        oidc: { issuer: oidc.issuer, clientId: oidc.clients.dag.clientId },
        mail: { host: bed.imap!.host, port: bed.imap!.tls, viaProxy: true },
        ldap: { urls: [ldap.good, ldap.stale], bindDn: ldap.serviceDn, user: carol.username, baseDn: 'dc=example,dc=test' },
      },
      secrets,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const events: unknown[] = [];
    const report = await runChecks(parsed.settings, secrets, { onProgress: (e) => events.push(e) });
    // Every check these options feed ran; the Microsoft sign-in checks have nothing to run on here.
    expect(report.evidence.filter((e) => e.outcome !== 'ok').map((e) => `${e.check}: ${e.outcome}`).sort()).toEqual(['azure-app: skipped', 'mail-sign-in: skipped']);
    const text = JSON.stringify([report, events]);
    for (const secret of Object.values(secrets)) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(Buffer.from(secret).toString('base64'));
    }
    expect(text).not.toContain(Buffer.from(`${alice.username}:${carol.password}`).toString('base64'));
    expect(text).not.toContain(Buffer.from(`${proxy.account.username}:${proxy.account.password}`).toString('base64'));
    expect(text).not.toMatch(/JSESSIONID=[0-9A-F]{8}/);
    expect(text).toContain('JSESSIONID=***');
    bed.jira!.database.resetFailedLoginCount(carol.username);
  });
});

describe('LDAP servers that do not cooperate', () => {
  it('names a refused server and a wrong bind password', async () => {
    const ldap = bed.ldap!;
    const base = { user: carol.username, baseDn: 'dc=example,dc=test' };
    const refused = evidenceOf(await check({ checks: ['ldap'], ldap: { ...base, urls: ['ldap://127.0.0.1:1'] } }), 'ldap');
    expect(refused.problem?.code).toBe('refused');
    const wrong = evidenceOf(await check({ checks: ['ldap'], ldap: { ...base, urls: [ldap.good], bindDn: ldap.serviceDn } }, { ldapPassword: 'wrong' }), 'ldap');
    expect(wrong.problem?.message).toMatch(/rejected the bind DN or its password \(LDAP result 49\)/);
  });
});
