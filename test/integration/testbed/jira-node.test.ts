// Single simulated nodes started on their own, for behaviour the shared test bed does not show.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJiraNode } from '../../testbed/jira/node';
import { SessionStore } from '../../testbed/jira/sessions';
import { freePort } from '../../testbed/processes';
import { LDAP_GROUPS, LDAP_PEOPLE, LDAP_SERVICE } from '../../testbed/slapd';
import { basic, call } from './client';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-node-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A node whose LDAP server is not there: nothing listens on the port. */
async function nodeWithoutLdap(extra: Partial<Parameters<typeof startJiraNode>[0]> = {}) {
  const ldapPort = await freePort();
  return startJiraNode({
    directory: { url: `ldap://127.0.0.1:${ldapPort}`, serviceDn: LDAP_SERVICE.dn, servicePassword: LDAP_SERVICE.password, usersDn: LDAP_PEOPLE, groupsDn: LDAP_GROUPS, timeoutMs: 1_000 },
    logDir: join(dir, String(ldapPort)),
    ...extra,
  });
}

describe('a node whose LDAP server is down', () => {
  it('refuses the login and logs that the directory is not functional, without counting a failure', async () => {
    const node = await nodeWithoutLdap();
    try {
      const r = await call(`${node.url}/rest/api/2/myself`, { headers: { authorization: basic('alice', 'whatever') } });
      expect([r.status, r.headers.get('x-seraph-loginreason')]).toEqual([401, 'AUTHENTICATED_FAILED']);
      expect(await readFile(node.applicationLog, 'utf8')).toMatch(/ ERROR anonymous .* \[c\.a\.c\.manager\.application\.ApplicationServiceGeneric\] Directory 'LDAP server \(10000\)' is not functional during authentication of 'alice'\. Skipped\.$/m);
      const security = await readFile(node.securityLog, 'utf8');
      expect(security).toContain("login : 'alice' tried to login but they do not have USE permission or weren't found.");
      expect(security).not.toContain('FAILED authentication');
    } finally {
      await node.stop();
    }
  });
});

describe('a clustered node', () => {
  it('lists itself among the cluster nodes, creates no session for a failed login, and goes OFFLINE when stopped', async () => {
    const node = await nodeWithoutLdap({ nodeId: 'node7', contextPath: '/jira' });
    try {
      const failed = await call(`${node.url}/rest/auth/1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"alice","password":"x"}' });
      expect(failed.status).toBe(401);
      expect(failed.headers.getSetCookie().some((c) => c.startsWith('JSESSIONID='))).toBe(false);
      expect((await call(`${node.url}/rest/api/2/cluster/nodes`)).status).toBe(401);
      expect(node.database.nodes()).toEqual([expect.objectContaining({ nodeId: 'node7', state: 'ACTIVE', alive: true })]);
    } finally {
      await node.stop();
    }
    expect(node.database.nodes()).toEqual([expect.objectContaining({ nodeId: 'node7', state: 'OFFLINE', alive: false })]);
  });

  it('ends session ids with .<jvmRoute>, as Tomcat does, so that balancers can route on them', () => {
    const user = { username: 'alice', displayName: 'Alice', email: 'a@example.test', dn: 'uid=alice', groups: [] };
    expect(new SessionStore(60_000, 'node7').create(user).id).toMatch(/^[0-9A-F]{32}\.node7$/);
    expect(new SessionStore(60_000).create(user).id).toMatch(/^[0-9A-F]{32}$/);
  });
});
