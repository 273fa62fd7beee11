import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../knowledge';
import { scanText } from './scan-text';

/** Ordinary lines around the line under test, as in a real atlassian-jira.log. */
const BEFORE = [
  '2026-03-02 09:14:11,002+0000 http-nio-8080-exec-7 INFO jsmith 554x1201x1 1q2w3e 10.0.4.21 /secure/Dashboard.jspa [c.a.jira.index.AccumulatingResultBuilder] Completed indexing of 2 issues in 38 ms',
  '2026-03-02 09:14:11,417+0000 Caesium-1-4 INFO ServiceRunner     [c.a.jira.cluster.DefaultClusterManager] Heartbeat: node is alive',
];
const AFTER = [
  '2026-03-02 09:14:12,001+0000 http-nio-8080-exec-3 ERROR anonymous 554x1214x1 - 10.0.4.22 /rest/api/2/issue/ABC-1 [c.a.j.web.dispatcher.JiraWebworkActionDispatcher] Exception thrown from action',
  'java.lang.IllegalStateException: Issue ABC-1 was deleted while it was being viewed',
  '\tat com.atlassian.jira.issue.managers.DefaultIssueManager.getIssueObject(DefaultIssueManager.java:412)',
];

describe('every catalogue signature is found in a realistic log', () => {
  for (const signature of knowledge.signatures) {
    it(`${signature.id}: ${signature.title}`, async () => {
      const log = [...BEFORE, signature.example, ...AFTER].join('\n') + '\n';
      const report = await scanText({ 'atlassian-jira.log': log });
      const finding = report.signatures.find((s) => s.id === signature.id);
      expect(finding, `${signature.id} not found in its own example`).toBeDefined();
      expect(finding!.count).toBe(1);
      expect(finding!.line).toBe(BEFORE.length + 1);
      expect(finding!.file).toBe('atlassian-jira.log');
      expect(finding!.samples).toHaveLength(1);
      // Signatures the engine reasons about reach the `errors` fact in a form it matches again.
      const errors = report.facts.errors ?? [];
      if (signature.supports.length || signature.sets) {
        const regex = new RegExp(signature.pattern, signature.flags ?? '');
        expect(errors.some((e) => regex.test(e)), `${signature.id} in errors`).toBe(true);
      }
      for (const [fact, value] of Object.entries(signature.sets ?? {})) expect(report.facts[fact as keyof typeof report.facts]).toEqual(value);
    });
  }

  it('does not find any signature in ordinary lines', async () => {
    const report = await scanText({ 'atlassian-jira.log': [...BEFORE, ...AFTER].join('\n') });
    expect(report.signatures).toEqual([]);
    expect(report.facts).toEqual({});
  });
});
