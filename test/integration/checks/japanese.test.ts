import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckId, CheckReport, Evidence } from '../../../knowledge/contract/checks';
import { parseCheckSettings, runChecks, type CheckSecrets, type CheckSettingsInput } from '../../../electron/checks/index';
import { beginSignIn } from '../../../electron/checks/sign-in-session';
import { WINDOW_JA } from '../../../electron/checks/wording';
import { startTestbed, TEST_USERS, type Testbed } from '../../testbed';
import { englishWords, JAPANESE, notJapanese } from '../../support/japanese-text';
import { Browser } from './m365';

// Every check run in Japanese against the test bed's real servers (haproxy, slapd, dovecot, squid,
// tinyproxy) and its Jira, identity provider and Microsoft stand-ins, in the cases the English tests
// cover: whatever a check writes (why it concluded, its problem and what to try, its notes, tallies
// and transcripts) must be Japanese, with English left only in the exact strings.

const { alice, carol, admin } = TEST_USERS;
const IDLE_MS = 1_500;
let bed: Testbed;
let browser: Browser;

beforeAll(async () => {
  bed = await startTestbed({ jira: { sessionIdleTimeoutMs: IDLE_MS } });
  browser = new Browser(bed.tls.cert);
});
afterAll(async () => {
  await browser?.close();
  await bed?.stop();
});

type Case = { input: Partial<CheckSettingsInput> & { checks: CheckId[] }; secrets?: CheckSecrets };
const basic = (user: { username: string; password: string }) => ({ input: { auth: 'basic' as const, username: user.username }, secrets: { password: user.password } });

/** Runs the checks in Japanese as the window does (its labels) or the command line (its options). */
async function japanese({ input, secrets = {} }: Case, window = false): Promise<CheckReport> {
  const parsed = parseCheckSettings({ baseUrl: bed.jira!.sticky, caFile: bed.tls.certFile, ...input }, secrets, undefined, 'ja');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return runChecks(parsed.settings, secrets, { language: 'ja', ...(window ? { words: WINDOW_JA } : {}) });
}

function expectJapanese(report: CheckReport): void {
  expect(notJapanese(report.evidence)).toEqual([]);
}

const evidenceOf = (report: CheckReport, id: CheckId): Evidence => report.evidence.find((e) => e.check === id)!;

describe('the checks against Jira, in Japanese', () => {
  it.each<[string, () => Case]>([
    ['versions of the cluster', () => ({ input: { checks: ['versions'] } })],
    ['a single Jira whose base URL differs, without JSM', () => ({ input: { baseUrl: bed.jira!.single, checks: ['versions', 'cluster'] } })],
    ['an SSO front end', () => ({ input: { baseUrl: bed.jira!.sso, checks: ['versions', 'cluster'] } })],
    ['a login page', () => ({ input: { baseUrl: bed.jira!.loginPage, checks: ['versions'] } })],
    ['a sticky cluster with its cookie', () => ({ input: { checks: ['cluster'] } })],
    ['round robin', () => ({ input: { baseUrl: bed.jira!.roundRobin, checks: ['cluster'] } })],
    ["the cluster's node list, read by an administrator", () => ({ input: { ...basic(admin).input, checks: ['cluster', 'credentials'] }, secrets: basic(admin).secrets })],
    ['a good login and a session cookie that keeps working', () => ({ input: { ...basic(carol).input, checks: ['credentials', 'session-cookie', 'cluster'] }, secrets: basic(carol).secrets })],
    ['a session that idles out', () => ({ input: { ...basic(carol).input, checks: ['session-cookie'], sessionGapMs: IDLE_MS + 300 }, secrets: basic(carol).secrets })],
    ['a session moved to the other node', () => ({ input: { ...basic(carol).input, baseUrl: bed.jira!.roundRobin, checks: ['session-cookie'], sessionGapMs: 0 }, secrets: basic(carol).secrets })],
    ['intermittent 401s from the stale LDAP node', () => ({ input: { ...basic(alice).input, baseUrl: bed.jira!.roundRobin, checks: ['rest401-sampling'], samples: 10 }, secrets: basic(alice).secrets })],
    ['a revoked personal access token', () => ({ input: { auth: 'pat', checks: ['credentials'] }, secrets: { token: 'MDAwMDAwMDAwMDAwOlJldm9rZWRUb2tlbg' } })],
  ])('%s', async (_, make) => {
    const report = await japanese(make());
    expectJapanese(report);
    for (const e of report.evidence) expect(e.outcome).not.toBe('skipped');
  });

  it('a wrong password sent once, for every check that wants credentials, and then a CAPTCHA', async () => {
    const wrong = await japanese({ input: { auth: 'basic', username: carol.username, baseUrl: bed.jira!.roundRobin, checks: ['credentials', 'rest401-sampling', 'session-cookie', 'cluster'] }, secrets: { password: 'wrong-password' } });
    expectJapanese(wrong);
    expect(evidenceOf(wrong, 'session-cookie').problem?.message).toMatch(/それ以上のログインは試していません/);
    const db = bed.jira!.database;
    for (let i = 0; i < 3; i++) db.recordFailure(carol.username);
    const captcha = await japanese({ input: { ...basic(carol).input, checks: ['credentials', 'session-cookie'] }, secrets: basic(carol).secrets });
    expectJapanese(captcha);
    expect(evidenceOf(captcha, 'credentials').problem?.message).toContain('CAPTCHA_CHALLENGE');
    db.resetFailedLoginCount(carol.username);
  });

  it('names the settings by the Japanese form in the window, and by the options on the command line', async () => {
    const window = await japanese({ input: { auth: 'none', checks: ['credentials', 'session-cookie', 'ldap', 'oidc', 'mail', 'azure-app', 'mail-sign-in'] } }, true);
    expectJapanese(window);
    const skipped = window.evidence.map((e) => e.problem?.advice ?? '').join('\n');
    expect(skipped).toContain('（「ユーザー名」）');
    expect(skipped).not.toMatch(/--[a-z]/);
    const line = await japanese({ input: { auth: 'none', checks: ['credentials'] } });
    expect(evidenceOf(line, 'credentials').problem?.advice).toContain('（--password-env で環境変数を指定）');
  });
});

describe('identity provider, LDAP, mail and proxies, in Japanese', () => {
  it.each<[string, () => Case]>([
    ['Keycloak with Direct Access Grants', () => ({ input: { checks: ['oidc'], oidc: { issuer: bed.oidc!.issuer, clientId: bed.oidc!.clients.dag.clientId } }, secrets: { oidcClientSecret: bed.oidc!.clients.dag.secret } })],
    ['Direct Access Grants off', () => ({ input: { checks: ['oidc'], oidc: { issuer: bed.oidc!.issuer, clientId: bed.oidc!.clients.noDag.clientId } }, secrets: { oidcClientSecret: bed.oidc!.clients.noDag.secret } })],
    ['an old Keycloak under /auth', () => ({ input: { checks: ['oidc'], oidc: { host: new URL(bed.oidc!.legacyIssuer).origin, realm: bed.oidc!.realm, clientId: bed.oidc!.clients.public.clientId } } })],
    ['http endpoints', () => ({ input: { checks: ['oidc'], oidc: { issuer: bed.oidc!.httpTokenIssuer, clientId: bed.oidc!.clients.public.clientId } } })],
    ['a confidential client without its secret', () => ({ input: { checks: ['oidc'], oidc: { issuer: bed.oidc!.issuer, clientId: bed.oidc!.clients.dag.clientId } } })],
    ['two LDAP servers that disagree', () => ({ input: { checks: ['ldap'], ldap: { urls: [bed.ldap!.good, bed.ldap!.stale], bindDn: bed.ldap!.serviceDn, baseDn: 'dc=example,dc=test', user: alice.username } }, secrets: { ldapPassword: bed.ldap!.servicePassword } })],
    ['two LDAP servers that agree', () => ({ input: { checks: ['ldap'], ldap: { urls: [bed.ldap!.good, bed.ldap!.stale], bindDn: bed.ldap!.serviceDn, baseDn: 'dc=example,dc=test', user: carol.username } }, secrets: { ldapPassword: bed.ldap!.servicePassword } })],
    ['a refused LDAP server', () => ({ input: { checks: ['ldap'], ldap: { urls: ['ldap://127.0.0.1:1'], baseDn: 'dc=example,dc=test', user: carol.username } } })],
    ['a wrong bind password', () => ({ input: { checks: ['ldap'], ldap: { urls: [bed.ldap!.good], bindDn: bed.ldap!.serviceDn, baseDn: 'dc=example,dc=test', user: carol.username } }, secrets: { ldapPassword: 'wrong' } })],
    ['IMAP over TLS from this machine', () => ({ input: { checks: ['mail'], mail: { host: bed.imap!.host, port: bed.imap!.tls, tls: 'implicit' } } })],
    ['IMAP with STARTTLS from a Jira node', () => ({ input: { checks: ['mail'], onJiraNode: true, mail: { host: bed.imap!.host, port: bed.imap!.plain, tls: 'starttls' } } })],
    ['IMAP unencrypted', () => ({ input: { checks: ['mail'], onJiraNode: true, mail: { host: bed.imap!.host, port: bed.imap!.plain, tls: 'none' } } })],
    ['a refused mail port', () => ({ input: { checks: ['mail'], onJiraNode: true, mail: { host: '127.0.0.1', port: 1, tls: 'implicit' } } })],
    ['a proxy that refuses CONNECT', () => ({ input: { checks: ['mail'], onJiraNode: true, proxy: { url: bed.proxy!.restricted }, mail: { host: bed.imap!.host, port: bed.imap!.tls, tls: 'implicit', viaProxy: true } } })],
    ['a proxy that wants a login', () => ({ input: { baseUrl: bed.oidc!.issuer, checks: ['versions', 'mail'], proxy: { url: bed.proxy!.auth }, mail: { host: bed.imap!.host, port: bed.imap!.tls, tls: 'implicit', viaProxy: true } } })],
    ['a CA file that is not PEM', () => ({ input: { caFile: import.meta.filename, checks: ['versions'] } })],
    ['an untrusted certificate', () => ({ input: { baseUrl: bed.jira!.https, caFile: undefined, checks: ['versions'] } })],
    ['a port that never answers', () => ({ input: { baseUrl: 'http://127.0.0.1:1', checks: ['versions', 'cluster'] } })],
  ])('%s', async (_, make) => {
    expectJapanese(await japanese(make()));
  });
});

describe('the mailbox and Microsoft, in Japanese', () => {
  const ms = () => bed.microsoft!;
  const probe = async (who: keyof NonNullable<Testbed['microsoft']>['accounts'], mailbox: string) => {
    const token = await browser.token(bed, ms().accounts[who]);
    return japanese({ input: { checks: ['mail'], mail: { host: ms().imap.host, port: ms().imap.tls, tls: 'implicit', user: mailbox } }, secrets: { mailToken: token } });
  };

  it.each([
    ["the account's own mailbox", 'helpdesk', 'helpdesk'],
    ['a shared mailbox with Full Access', 'agent', 'support'],
    ['a shared mailbox without delegation', 'other', 'support'],
    ['Client Access Rules that leave IMAP out', 'blocked', 'blocked'],
    ['a German mailbox', 'german', 'german'],
    ['a flooded inbox', 'flooded', 'flooded'],
  ] as const)('%s', async (_, who, box) => {
    const report = await probe(who, ms().mailboxes[box]!.address);
    expectJapanese(report);
    // Exchange's own words stay exact inside the Japanese.
    for (const error of report.facts.errors ?? []) expect(evidenceOf(report, 'mail').problem?.message).toContain(error.replace(/^\S+ /, ''));
  });

  it('the app registration: a working secret, an expired one, its ID instead of its value, an unknown app, a tenant of another cloud', async () => {
    const app = ms().apps.jira;
    const cases: [string, string, string][] = [
      [app.secrets[0].value, app.clientId, ms().tenant.id],
      [app.secrets[1].value, app.clientId, ms().tenant.id],
      [app.secrets[0].id, app.clientId, ms().tenant.id],
      [app.secrets[0].value, '00000000-0000-0000-0000-00000000beef', ms().tenant.id],
      [app.secrets[0].value, app.clientId, 'contoso.onmicrosoft.us'],
    ];
    for (const [secret, clientId, tenant] of cases) {
      const report = await japanese({ input: { baseUrl: undefined, caFile: bed.tls.certFile, checks: ['azure-app'], azure: { tenant, clientId, loginUrl: ms().loginUrl } }, secrets: { azureClientSecret: secret } });
      expectJapanese(report);
      // The AADSTS code is quoted exactly in the Japanese explanation.
      const code = report.facts.errors?.[0]?.match(/^AADSTS\d+/)?.[0];
      if (code) expect(evidenceOf(report, 'azure-app').problem?.message).toContain(code);
    }
  });

  it("the sign-in Jira does: a pasted address that is none, then a single-tenant app at /common, reported by the sign-in check", async () => {
    const app = ms().apps.singleTenant;
    const settings = parseCheckSettings(
      {
        caFile: bed.tls.certFile,
        checks: ['mail-sign-in'],
        mail: { host: ms().imap.host, port: ms().imap.tls, user: ms().mailboxes.helpdesk!.address },
        signIn: { authorizeEndpoint: `${ms().loginUrl}/common/oauth2/v2.0/authorize`, tokenEndpoint: `${ms().loginUrl}/common/oauth2/v2.0/token`, clientId: app.clientId, scopes: 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access', redirectUri: app.redirectUris[1] },
      },
      {},
      undefined,
      'ja',
    );
    if (!settings.ok) throw new Error(JSON.stringify(settings.problems));
    const session = await beginSignIn(settings.settings, { azureClientSecret: app.secrets[0].value }, 'paste', AbortSignal.timeout(30_000), { language: 'ja' });
    for (const address of ['not an address', 'https://jira.example.test/plugins/servlet/oauth/callback']) {
      const refused = session.paste(address);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(englishWords(`${refused.problem.message} ${refused.problem.advice}`)).toEqual([]);
      if (!refused.ok) expect(refused.problem.message).toMatch(JAPANESE);
    }
    const { location } = await browser.signIn(session.prompt!.mode === 'device' ? '' : session.prompt!.authorizeUrl, ms().accounts.helpdesk);
    expect(session.paste(location!).ok).toBe(true);
    const { outcome } = await session.result;
    const report = await runChecks(settings.settings, {}, { language: 'ja', signIn: outcome });
    expectJapanese(report);
    expect(report.facts.errors?.[0]).toMatch(/^AADSTS50194: /);
    expect(evidenceOf(report, 'mail-sign-in').problem?.message).toContain('AADSTS50194');
  });
});

describe('settings the admin gets wrong, in Japanese', () => {
  it('every problem says what to change in Japanese, whatever was typed', () => {
    const typed = fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('jira.example.com', 'ftp://x', 'https://', 'https://u:p@jira.example.com', 'ldap:/x', 'a@'));
    const number = fc.oneof(fc.integer({ min: -10, max: 400_000 }), fc.double(), fc.constant(Number.NaN));
    const input = fc.record(
      {
        baseUrl: typed,
        auth: fc.constantFrom('none', 'basic', 'pat'),
        proxy: fc.record({ url: typed }),
        timeoutMs: number,
        samples: number,
        sessionGapMs: number,
        oidc: fc.record({ issuer: typed, clientId: fc.constantFrom('', 'jira') }, { requiredKeys: ['clientId'] }),
        mail: fc.record({ host: fc.constantFrom('', 'mail.example.com'), port: number, user: typed, authorizer: typed, viaProxy: fc.boolean() }, { requiredKeys: ['host'] }),
        azure: fc.record({ tenant: fc.constantFrom('', 't'), clientId: fc.constantFrom('', 'c'), loginUrl: typed }),
        signIn: fc.record({ authorizeEndpoint: typed, tokenEndpoint: typed, clientId: fc.constantFrom('', 'c'), scopes: fc.constantFrom('', 'openid') }),
        ldap: fc.record({ urls: fc.array(typed, { maxLength: 2 }), user: fc.constantFrom('', 'alice'), baseDn: fc.constantFrom('', 'dc=x'), bindDn: fc.constant('cn=svc') }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, fc.record({ mailToken: fc.constant('t') }, { requiredKeys: [] }), (settings, secrets) => {
        const parsed = parseCheckSettings(settings, secrets, WINDOW_JA, 'ja');
        if (parsed.ok) return;
        // What the admin typed comes back as typed, and may be anything; the rest is Japanese.
        const typedValues = JSON.stringify(settings).match(/"(?:[^"\\]|\\.)*"/g)!.map((v) => JSON.parse(v) as string).filter((v) => v.trim().length > 1).sort((a, b) => b.length - a.length);
        for (const problem of parsed.problems) {
          const words = typedValues.reduce((text, value) => text.split(value.trim()).join(' '), problem.message);
          expect(problem.message, problem.message).toMatch(JAPANESE);
          expect(englishWords(words), problem.message).toEqual([]);
          expect(words, problem.message).not.toMatch(/--[a-z]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
