/**
 * `npm run bench:report`: time to produce the PDF (and Markdown) for a large session: every
 * question of the mail article answered, eight checks with fifty requests each, and a log scan with
 * every signature of the catalogue found. Prints the median of several runs and the peak memory.
 */
import { performance } from 'node:perf_hooks';
import { knowledge, type Answer, type Evidence, type FactName } from '../knowledge/index';
import type { ScanReport } from '../knowledge/contract/scan';
import { renderReport } from '../electron/report/index';
import { reportInputFrom } from '../electron/report/input';

const RUNS = 7;
const at = '2026-11-20T10:00:00.000Z';

function largeSession() {
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

const input = reportInputFrom(largeSession(), 'bench');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(format: 'pdf' | 'md') {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    bytes = (await renderReport(input, { format, today: '2026-11-23' })).bytes.length;
    times.push(performance.now() - t0);
  }
  return { first: times[0]!, median: median(times.slice(1)), bytes };
}

const pdf = await time('pdf');
const md = await time('md');
console.log(`Large session: ${input.answers.length} answers, 8 checks × 50 requests, ${input.scan?.signatures.length} scan findings, 20 login tallies`);
console.log(`PDF:      first ${pdf.first.toFixed(0)} ms (loads the font), then median ${pdf.median.toFixed(0)} ms; ${(pdf.bytes / 1024).toFixed(0)} KB`);
console.log(`Markdown: median ${md.median.toFixed(1)} ms; ${(md.bytes / 1024).toFixed(0)} KB`);
console.log(`Peak memory (RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
