import { knowledge, type Answer, type Evidence, type FactName } from '../knowledge/index';
import type { ScanReport } from '../knowledge/contract/scan';

const at = '2026-11-20T10:00:00.000Z';

/**
 * The large session of the report benchmarks: every question of the mail article answered, eight
 * checks with fifty requests each, a log scan with every signature of the catalogue found.
 */
export function largeSession() {
  const user = { kind: 'user' } as const;
  const values: Partial<Record<FactName, unknown>> = {
    symptom: 'mail-oauth', 'mail.handler': 'jsm', 'mail.provider': 'microsoft', 'mail.protocol': 'imap', 'jira.version': '8.20.4',
    'jsm.version': '4.20.4', 'jira.clustered': true, 'microsoft.cloud': 'gcc-high', 'mail.host': 'outlook.office365.com',
    'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All', 'azure.secretExpiresOn': '2026-01-01', 'lb.sticky': false,
    'jvm.args': Array.from({ length: 60 }, (_, i) => `-Dproperty.number${i}=value${i}`).join(' ') + ' -Dhttps.proxyHost=proxy.corp -Dhttps.proxyPort=3128',
    errors: Array.from({ length: 40 }, (_, i) => `Refresh Token Failed. Reported Reason: AADSTS7000222 (occurrence ${i})`),
  };
  const answers: Answer[] = Object.entries(values).map(([fact, value]) => ({ fact: fact as FactName, value: value as never, source: user, at }));
  const evidence: Evidence[] = Array.from({ length: 8 }, (_, c) => ({
    check: 'cluster', title: `Check ${c + 1}`, startedAt: at, durationMs: 900, outcome: 'ok', concluded: [], notes: ['a note'],
    exchanges: Array.from({ length: 50 }, (_, i) => ({
      at, durationMs: 12,
      request: { method: 'GET', url: `https://jira.corp/rest/api/2/myself?n=${i}`, headers: {} },
      response: { status: i % 3 ? 200 : 401, headers: { 'x-anodeid': `node${i % 2}` }, bodyExcerpt: '{}' },
    })),
    tallies: [{ label: 'Responses per node and status', counts: { 'node0 · 200': 17, 'node0 · 401': 8, 'node1 · 200': 16, 'node1 · 401': 9 } }],
  }));
  const scan: ScanReport = {
    schemaVersion: 1, startedAt: at, finishedAt: at, cancelled: false, bytesRead: 1e9, facts: {}, factSources: {},
    signatures: knowledge.signatures.map((s, i) => ({
      id: s.id, title: s.title, meaning: s.meaning, supports: s.supports, count: 1000 + i, firstSeen: at, lastSeen: at,
      file: 'atlassian-jira.log', line: i * 100, samples: [s.example, s.example, s.example],
    })),
    authentication: Array.from({ length: 20 }, (_, i) => ({ user: `user${i}`, node: `node${i % 2}`, passed: 100, failed: i, notPermitted: i, captcha: 0 })),
    ldapServers: [], nodes: ['node0', 'node1'], versions: {},
    files: Array.from({ length: 12 }, (_, i) => ({ name: `atlassian-jira.log.${i}`, kind: 'log', bytes: 2e7, lines: 1e5, status: 'read', notes: [] })),
  };
  return { schemaVersion: 1, id: 'bench', name: 'Large session', createdAt: at, updatedAt: at, knowledgeVersion: knowledge.version, answers, unknown: [], checks: { facts: {}, evidence, startedAt: at, finishedAt: at }, scan };
}
