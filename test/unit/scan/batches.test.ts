import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeScanReports, scanReportSchema } from '../../../knowledge/contract/scan';
import { scanText } from './scan-text';

// Admins add logs node by node: each batch is its own scan, and the batches together must show
// what one scan of all the files would (a user passing on one node and failing on the other).

const security = (time: string, message: string) =>
  `2023-02-20 ${time},982+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/myself ${message}`;
const passed = (time: string, user: string) => security(time, `The user '${user}' has PASSED authentication.`);
const failed = (time: string, user: string, n: number) => security(time, `The user '${user}' has FAILED authentication.  Failure count equals ${n}`);
const ldapContext = (server: string) =>
  `2023-02-20 16:48:05,133+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [o.s.l.core.support.AbstractContextSource] Got Ldap context on server '${server}'`;
const expired =
  "2026-11-20 08:02:37,101+0000 ERROR [] Caesium-1-3 ServiceRunner Refresh Token Failed. Reported Reason: AADSTS7000222: The provided client secret keys for app '0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34' are expired.";

describe('log batches added one after the other', () => {
  it('show together what neither shows alone: the same user passing on one node and failing on the other', async () => {
    const nodeA = await scanText({ 'jira-node-1/atlassian-jira-security.log': [passed('16:48:05', 'alice'), passed('16:49:05', 'alice')].join('\n') });
    const nodeB = await scanText({ 'jira-node-2/atlassian-jira-security.log': [failed('17:09:01', 'alice', 1), failed('17:10:01', 'alice', 2)].join('\n') });
    expect(nodeA.facts['rest401.pattern']).toBeUndefined();
    expect(nodeB.facts['rest401.pattern']).toBeUndefined();

    const together = mergeScanReports([nodeA, nodeB]);
    expect(together.facts['rest401.pattern']).toBe('intermittent');
    expect(together.factSources['rest401.pattern']?.why).toMatch(/alice.*across the logs added/);
    expect(together.factSources['rest401.pattern']?.file).toBe('jira-node-1/atlassian-jira-security.log, jira-node-2/atlassian-jira-security.log');
    expect(together.facts['jira.clustered']).toBe(true);
    expect(together.nodes).toEqual(['jira-node-1', 'jira-node-2']);
    expect(together.authentication.map((t) => [t.user, t.node, t.passed, t.failed])).toEqual([
      ['alice', 'jira-node-2', 0, 2],
      ['alice', 'jira-node-1', 2, 0],
    ]);
    expect(together.files.map((f) => f.name)).toEqual(['jira-node-1/atlassian-jira-security.log', 'jira-node-2/atlassian-jira-security.log']);
    // What one scan of both nodes' files finds, the batches together find too.
    const once = await scanText({
      'jira-node-1/atlassian-jira-security.log': [passed('16:48:05', 'alice'), passed('16:49:05', 'alice')].join('\n'),
      'jira-node-2/atlassian-jira-security.log': [failed('17:09:01', 'alice', 1), failed('17:10:01', 'alice', 2)].join('\n'),
    });
    expect(Object.keys(together.facts).sort()).toEqual(Object.keys(once.facts).sort());
  });

  it('names a file once where every node calls its log alike', async () => {
    const nodeA = await scanText({ 'atlassian-jira-security.log': passed('16:48:05', 'alice') });
    const nodeB = await scanText({ 'atlassian-jira-security.log': failed('17:09:01', 'alice', 1) });
    expect(mergeScanReports([nodeA, nodeB]).factSources['rest401.pattern']?.file).toBe('atlassian-jira-security.log');
  });

  it('never lets a later batch take away what an earlier one found: facts, errors and counts add up', async () => {
    const mail = await scanText({ 'atlassian-jira-incoming-mail.log': [expired, expired].join('\n') });
    const ldap = await scanText({ 'atlassian-jira.log': [ldapContext('ldap://ldap1.example.com:389'), ldapContext('ldap://ldap2.example.com:389')].join('\n') });
    const again = await scanText({ 'node2/atlassian-jira-incoming-mail.log': expired });
    const together = mergeScanReports([mail, ldap, again]);
    expect(together.facts.errors).toEqual([...mail.facts.errors!, ...ldap.facts.errors!]);
    expect(together.facts['ldap.clustered']).toBe(true);
    expect(together.signatures.find((s) => s.id === mail.signatures[0]!.id)?.count).toBe(3);
    expect(together.signatures.find((s) => s.id === mail.signatures[0]!.id)?.file).toBe('atlassian-jira-incoming-mail.log');
    for (const [fact, value] of Object.entries(mail.facts)) if (fact !== 'errors') expect(together.facts).toHaveProperty([fact], value);
    expect(scanReportSchema.safeParse(together).success).toBe(true);
  });

  it('keeps every fact of every batch and stays a valid scan report, whatever the batches hold', async () => {
    const pool = await Promise.all([
      scanText({ 'jira-node-1/atlassian-jira-security.log': passed('16:48:05', 'bob') }),
      scanText({ 'jira-node-2/atlassian-jira-security.log': failed('16:48:05', 'bob', 3) }),
      scanText({ 'atlassian-jira-incoming-mail.log': expired }),
      scanText({ 'atlassian-jira.log': ldapContext('ldap://ldap3.example.com:389') }),
      scanText({ 'empty.log': '' }),
    ]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 }), (batches) => {
        const together = mergeScanReports(batches);
        expect(scanReportSchema.safeParse(together).success).toBe(true);
        for (const batch of batches) {
          for (const fact of Object.keys(batch.facts)) expect(together.facts).toHaveProperty([fact]);
        }
        expect(together.files).toHaveLength(batches.reduce((n, b) => n + b.files.length, 0));
        expect(together.bytesRead).toBe(batches.reduce((n, b) => n + b.bytesRead, 0));
      }),
      { numRuns: 100 },
    );
  });
});
