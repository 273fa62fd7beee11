import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPaths } from '../../../electron/scan/index';
import { startTestbed, TEST_USERS, type JiraEndpoints, type Testbed } from '../../testbed';
import { basic, call } from '../testbed/client';

/**
 * Article 000 end to end: two Jira nodes behind a round-robin balancer, each bound to its own LDAP
 * server, one of which lacks the user's Jira group. The nodes write their logs the way Jira does;
 * the scan of their log folders must tell the story from the logs alone.
 */
const { alice } = TEST_USERS;

let testbed: Testbed;
let jira: JiraEndpoints;

beforeAll(async () => {
  testbed = await startTestbed({ parts: ['jira'] });
  jira = testbed.jira!;
  for (let i = 0; i < 6; i++) await call(`${jira.roundRobin}/rest/api/2/myself`, { headers: { authorization: basic(alice.username, alice.password) } });
});
afterAll(() => testbed?.stop());

describe('scanning the logs of the test bed cluster', () => {
  it('finds intermittent 401s, two nodes, two LDAP servers and the missing groups', async () => {
    // Each node's folder (`…/jira-node-1`), as an admin copies a node's Jira home log folder.
    const report = await scanPaths([dirname(dirname(jira.securityLogs.nodeA)), dirname(dirname(jira.securityLogs.nodeB))]);

    expect(report.nodes).toEqual(['jira-node-1', 'jira-node-2']);
    expect(report.facts).toMatchObject({
      'rest401.pattern': 'intermittent',
      'jira.clustered': true,
      'ldap.clustered': true,
      'user.groupsMissingOnFailure': true,
    });
    const onNode = (node: string) => report.authentication.find((a) => a.user === alice.username && a.node === node);
    expect(onNode('jira-node-1')).toMatchObject({ passed: 3, failed: 0 });
    expect(onNode('jira-node-2')).toMatchObject({ passed: 0, failed: 3, notPermitted: 3 });
    expect(report.signatures.map((s) => s.id)).toEqual(expect.arrayContaining(['security-failed', 'security-passed', 'ldap-context-server', 'ldap-search-no-results']));
    expect(JSON.stringify(report)).not.toContain(alice.password);
  });
});
