import { readFile } from 'node:fs/promises';
import { Client, InvalidCredentialsError } from 'ldapts';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestbed, TEST_USERS, type JiraEndpoints, type Testbed } from '../../testbed';
import { basic, call, type Jar } from './client';

const { alice, bob, carol, admin, jozef } = TEST_USERS;
const IDLE_MS = 1_500;

let testbed: Testbed;
let jira: JiraEndpoints;

beforeAll(async () => {
  testbed = await startTestbed({ parts: ['jira'], jira: { sessionIdleTimeoutMs: IDLE_MS } });
  jira = testbed.jira!;
});
afterAll(() => testbed?.stop());

const login = (base: string, username: string, password: string, jar?: Jar) =>
  call(`${base}/rest/auth/1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }), jar });

describe('the load balancers and the disagreeing LDAP servers', () => {
  it('gives a valid user both 200s and 401s, from both nodes, through the non-sticky balancer', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await call(`${jira.roundRobin}/rest/api/2/myself`, { headers: { authorization: basic(alice.username, alice.password) } });
      seen.push(`${r.status} ${r.headers.get('x-anodeid')} ${r.headers.get('x-seraph-loginreason')}`);
    }
    expect(new Set(seen)).toEqual(new Set(['200 jira-node-1 OK', '401 jira-node-2 AUTHENTICATED_FAILED']));
  });

  it('keeps a client with a cookie jar on one node through the sticky balancer', async () => {
    const jar: Jar = new Map();
    const nodes = new Set<string | null>();
    for (let i = 0; i < 5; i++) nodes.add((await call(`${jira.sticky}/rest/api/2/serverInfo`, { jar })).headers.get('x-anodeid'));
    expect(nodes.size).toBe(1);
    expect(jar.get('SRVID')).toMatch(/^app[12]$/);
  });

  it('logs the article 000 pair on the stale node, and the groups it found', async () => {
    await call(`${jira.nodeB}/rest/api/2/myself`, { headers: { authorization: basic(alice.username, alice.password) } });
    const security = await readFile(jira.securityLogs.nodeB, 'utf8');
    expect(security).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}[+-]\d{4} http-nio-8080-exec-\d+ anonymous \d+x\d+x\d+ - [\d.,]+ \/rest\/api\/2\/myself login : 'alice' tried to login but they do not have USE permission or weren't found\. Deleting remember me cookie\.$/m);
    expect(security).toMatch(/ \/rest\/api\/2\/myself The user 'alice' has FAILED authentication\. {2}Failure count equals \d+$/m);
    expect(await readFile(jira.applicationLogs.nodeB, 'utf8')).toMatch(/ DEBUG anonymous .* \[c\.a\.c\.d\.ldap\.monitoring\.ExecutionInfoNameClassPairCallbackHandler\] The operation returned 0 results$/m);
  });
});

describe('the two LDAP servers', () => {
  async function groupsOf(url: string, username: string, password: string): Promise<string[]> {
    // ldapts speaks TLS from the first byte whenever tlsOptions are given, even to an ldap:// URL.
    const client = new Client({ url, ...(url.startsWith('ldaps:') && { tlsOptions: { ca: testbed.tls.cert } }), timeout: 3_000, connectTimeout: 3_000 });
    try {
      await client.bind(`uid=${username},${testbed.ldap!.usersDn}`, password);
      const { searchEntries } = await client.search(testbed.ldap!.groupsDn, { filter: `(uniqueMember=uid=${username},${testbed.ldap!.usersDn})`, attributes: ['cn'] });
      return searchEntries.map((e) => String(e.cn)).sort();
    } finally {
      await client.unbind();
    }
  }

  it('hold the same user with different groups, over ldap:// and ldaps://', async () => {
    expect(await groupsOf(testbed.ldap!.good, alice.username, alice.password)).toEqual(['jira-software-users']);
    expect(await groupsOf(testbed.ldap!.staleTls, alice.username, alice.password)).toEqual([]);
    expect(await groupsOf(testbed.ldap!.goodTls, carol.username, carol.password)).toEqual(await groupsOf(testbed.ldap!.stale, carol.username, carol.password));
    await expect(groupsOf(testbed.ldap!.good, alice.username, 'wrong')).rejects.toBeInstanceOf(InvalidCredentialsError);
  });
});

describe('a Jira node', () => {
  it('answers serverInfo anonymously with its base URL setting and Jira headers', async () => {
    const r = await call(`${jira.nodeA}/rest/api/2/serverInfo`);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toMatchObject({ baseUrl: jira.sticky, version: '9.12.4', versionNumbers: [9, 12, 4], deploymentType: 'Server', buildNumber: 912004 });
    const minutes = new Date().getHours() * 60 + new Date().getMinutes();
    expect(r.headers.get('x-arequestid')).toMatch(new RegExp(`^(${minutes}|${minutes - 1})x\\d+x\\d+$`));
    expect(r.headers.get('x-anodeid')).toBe('jira-node-1');
    expect(r.headers.get('x-ausername')).toBe('anonymous');
    expect(r.headers.get('x-asen')).toMatch(/^SEN-\d+$/);
  });

  it('rejects bad Basic credentials with Seraph\'s answer', async () => {
    const r = await call(`${jira.nodeA}/rest/api/2/myself`, { headers: { authorization: basic(bob.username, 'wrong') } });
    expect(r.status).toBe(401);
    expect(r.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATED_FAILED');
    expect(r.text).toBe('Basic Authentication Failure - Reason : AUTHENTICATED_FAILED');
  });

  it('refuses a user whose password is right but who has no Jira group', async () => {
    const r = await call(`${jira.nodeA}/rest/api/2/myself`, { headers: { authorization: basic(bob.username, bob.password) } });
    expect(r.status).toBe(401);
    expect(r.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATED_FAILED');
  });

  it('URL-encodes the user name in X-AUSERNAME', async () => {
    const r = await call(`${jira.nodeA}/rest/api/2/myself`, { headers: { authorization: basic(jozef.username, jozef.password) } });
    expect(r.status).toBe(200);
    expect(r.headers.get('x-ausername')).toBe('j%C3%B3zef');
  });

  it('accepts a valid personal access token and treats an unknown one as anonymous', async () => {
    const good = await call(`${jira.nodeA}/rest/api/2/myself`, { headers: { authorization: `Bearer ${carol.pat}` } });
    expect([good.status, good.headers.get('x-ausername')]).toEqual([200, 'carol']);
    const bad = await call(`${jira.nodeA}/rest/api/2/serverInfo`, { headers: { authorization: 'Bearer not-a-token' } });
    expect([bad.status, bad.headers.get('x-ausername')]).toEqual([200, 'anonymous']);
    expect((await call(`${jira.nodeA}/rest/api/2/myself`, { headers: { authorization: 'Bearer not-a-token' } })).status).toBe(401);
  });

  it('lists the cluster nodes to administrators only', async () => {
    expect((await call(`${jira.nodeA}/rest/api/2/cluster/nodes`, { headers: { authorization: basic(carol.username, carol.password) } })).status).toBe(401);
    const r = await call(`${jira.nodeA}/rest/api/2/cluster/nodes`, { headers: { authorization: basic(admin.username, admin.password) } });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual([
      expect.objectContaining({ nodeId: 'jira-node-1', state: 'ACTIVE', alive: true }),
      expect.objectContaining({ nodeId: 'jira-node-2', state: 'ACTIVE', alive: true }),
    ]);
  });

  it('reports the JSM version', async () => {
    const r = await call(`${jira.nodeA}/rest/servicedeskapi/info`, { headers: { 'X-ExperimentalApi': 'opt-in' } });
    expect(JSON.parse(r.text)).toMatchObject({ version: '5.12.4', platformVersion: '9.12.4', isLicensedForUse: true });
  });

  it('refuses a multipart post without X-Atlassian-Token: no-check', async () => {
    const form = () => {
      const f = new FormData();
      f.append('file', new Blob(['hello']), 'hello.txt');
      return f;
    };
    const headers = { authorization: basic(carol.username, carol.password) };
    const refused = await call(`${jira.nodeA}/rest/api/2/issue/DEMO-1/attachments`, { method: 'POST', headers, body: form() });
    expect([refused.status, refused.text]).toEqual([403, 'XSRF check failed']);
    const accepted = await call(`${jira.nodeA}/rest/api/2/issue/DEMO-1/attachments`, { method: 'POST', headers: { ...headers, 'X-Atlassian-Token': 'no-check' }, body: form() });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.text)).toEqual([expect.objectContaining({ filename: 'hello.txt', size: 5 })]);
  });
});

describe('cookie-based authentication', () => {
  it('logs in, reads and deletes a session', async () => {
    const jar: Jar = new Map();
    const r = await login(jira.nodeA, carol.username, carol.password, jar);
    expect(r.status).toBe(200);
    const body = JSON.parse(r.text) as { session: { name: string; value: string }; loginInfo: { loginCount: number } };
    expect(body.session).toEqual({ name: 'JSESSIONID', value: jar.get('JSESSIONID') });
    expect(body.loginInfo.loginCount).toBeGreaterThan(0);
    expect(r.headers.getSetCookie()).toEqual(expect.arrayContaining([expect.stringMatching(/^JSESSIONID=\w+; Path=\/; HttpOnly$/), expect.stringMatching(/^atlassian\.xsrf\.token=[A-Z0-9]{4}(-[A-Z0-9]{4}){3}_[0-9a-f]{40}_lin; Path=\/$/)]));
    const current = await call(`${jira.nodeA}/rest/auth/1/session`, { jar });
    expect(current.status).toBe(200);
    expect(JSON.parse(current.text)).toMatchObject({ name: 'carol' });
    const out = await call(`${jira.nodeA}/rest/auth/1/session`, { method: 'DELETE', jar });
    expect([out.status, out.headers.get('x-seraph-loginreason')]).toEqual([204, 'OUT']);
    expect((await call(`${jira.nodeA}/rest/auth/1/session`, { jar })).status).toBe(401);
  });

  it('answers a failed login with 401 and WWW-Authenticate: JIRA REST POST, also for unknown users', async () => {
    for (const username of [carol.username, 'nobody-here']) {
      const r = await login(jira.nodeA, username, 'wrong-password');
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toBe('JIRA REST POST');
      expect(JSON.parse(r.text)).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    }
    await login(jira.nodeA, carol.username, carol.password); // resets carol's count for the next test
  });

  it('returns 401 once a session has been idle past the timeout', async () => {
    const jar: Jar = new Map();
    expect((await login(jira.nodeA, carol.username, carol.password, jar)).status).toBe(200);
    expect((await call(`${jira.nodeA}/rest/api/2/serverInfo`, { jar })).status).toBe(200);
    await new Promise((r) => setTimeout(r, IDLE_MS + 300));
    expect((await call(`${jira.nodeA}/rest/api/2/serverInfo`, { jar })).status).toBe(401);
  });

  it('does not know node 1\'s session on node 2', async () => {
    const jar: Jar = new Map();
    await login(jira.nodeA, carol.username, carol.password, jar);
    expect((await call(`${jira.nodeB}/rest/auth/1/session`, { jar })).status).toBe(401);
  });

  it('demands a CAPTCHA after three failures, with the same 403 whether the password is right or wrong', async () => {
    for (let i = 0; i < 3; i++) expect((await login(jira.nodeA, carol.username, 'wrong-password')).status).toBe(401);
    const wrong = await login(jira.nodeB, carol.username, 'wrong-password');
    const right = await login(jira.nodeB, carol.username, carol.password);
    const captcha = `CAPTCHA_CHALLENGE; login-url=${jira.sticky}/login.jsp`;
    for (const r of [wrong, right]) {
      expect(r.status).toBe(403);
      expect(r.headers.get('x-authentication-denied-reason')).toBe(captcha);
      expect(r.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATION_DENIED');
    }
    const viaBasic = await call(`${jira.nodeA}/rest/api/2/serverInfo`, { headers: { authorization: basic(carol.username, carol.password) } });
    expect([viaBasic.status, viaBasic.headers.get('x-authentication-denied-reason')]).toEqual([403, captcha]);
    expect(await readFile(jira.securityLogs.nodeB, 'utf8')).toContain("The user 'carol' is required to answer a CAPTCHA elevated security check.  Failure count equals 3");
    jira.database.resetFailedLoginCount(carol.username);
    expect((await login(jira.nodeB, carol.username, carol.password)).status).toBe(200);
  });
});

describe('the other Jira instances', () => {
  it('serves an unclustered Jira under a context path, without JSM', async () => {
    const info = await call(`${testbed.jira!.single}/rest/api/2/serverInfo`);
    expect(JSON.parse(info.text)).toMatchObject({ baseUrl: 'https://jira.example.test/jira', version: '8.13.4' });
    expect(info.headers.get('x-anodeid')).toBeNull();
    expect((await call(`${jira.single}/rest/servicedeskapi/info`)).status).toBe(404);
    const nodes = await call(`${jira.single}/rest/api/2/cluster/nodes`, { headers: { authorization: basic(admin.username, admin.password) } });
    expect(nodes.status).toBe(405);
    expect(JSON.parse(nodes.text)).toEqual({ errorMessages: ['This Jira instance is not clustered'], errors: {} });
    expect((await call(new URL('/rest/api/2/serverInfo', jira.single).href)).status).toBe(404);
  });

  it('serves a Jira over HTTPS with the test bed certificate, which an untrusting client refuses', async () => {
    await expect(request(`${jira.https}/rest/api/2/serverInfo`)).rejects.toThrow(/self-signed certificate/);
    const trusting = new Agent({ connect: { ca: testbed.tls.cert } });
    const r = await request(`${jira.https}/rest/servicedeskapi/info`, { dispatcher: trusting });
    expect(await r.body.json()).toMatchObject({ version: '10.3.9', platformVersion: '10.3.9' });
    await trusting.close();
  });

  it('sends requests without credentials to the identity provider behind SSO', async () => {
    const r = await call(`${jira.sso}/rest/api/2/serverInfo`);
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toMatch(/^https:\/\/idp\.example\.test\//);
  });

  it('answers requests without credentials with a login page in login-page mode', async () => {
    const r = await call(`${jira.loginPage}/rest/api/2/serverInfo`);
    expect([r.status, r.headers.get('content-type')]).toEqual([200, 'text/html;charset=UTF-8']);
    expect(r.text).toContain('id="login-form"');
  });
});
