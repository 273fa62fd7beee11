// `npm run bench:diagnose`: the diagnosis engine's speed.
// - diagnose() throughput on realistic fact sets (a fresh case, typical wizard answers, a case with
//   every fact known and a pasted log excerpt), in calls per second;
// - nextQuestion() latency: what the wizard computes after each answer (cache bypassed);
// - the wizard walk of `knowledge check` (every cause reached, every path to a diagnosis);
// - the command line's cold start: `node bin/jira-doctor.js diagnose …`, median of several runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Facts } from '../knowledge/index';
import { engine } from '../knowledge/index';
import { walkKnowledge } from '../knowledge/engine/graph';
import { nextQuestion } from '../knowledge/engine/questions';

const today = '2026-11-23';
const root = join(import.meta.dirname, '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Calls per second of wall time and per second of this process's CPU time (the second is what a
 * loaded, shared machine disturbs least): rounds of at least 300 ms after a warm-up, median round.
 */
function throughput(fn: () => unknown): { wall: number; cpu: number } {
  for (let i = 0; i < 200; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 7; round++) {
    let calls = 0;
    const start = performance.now();
    const startCpu = cpuMs();
    while (performance.now() - start < 300) {
      fn();
      calls++;
    }
    wall.push((calls * 1000) / (performance.now() - start));
    cpu.push((calls * 1000) / (cpuMs() - startCpu));
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const perSecond = (n: number) => Math.round(n).toLocaleString('en').padStart(7);

const logExcerpt = [
  '2026-11-20 08:02:36,237+0000 ERROR [] Caesium-1-3 ServiceRunner Exception when MailPullerWorker pulls emails: com.atlassian.jira.internal.mail.processor.errors.MailConnectionException: OAuth token not defined for connection. OAuth Authorisation required.',
  'javax.mail.AuthenticationFailedException: AUTHENTICATE failed.',
  'Refresh Token Failed. Reported Reason: AADSTS7000222: The provided client secret keys for app are expired.',
  ...Array.from({ length: 17 }, (_, i) => `2026-11-20 08:0${i % 10}:00,000+0000 INFO [] Caesium-1-3 ServiceRunner mail pulled, nothing new (${i})`),
];

const sets: { name: string; facts: Facts }[] = [
  { name: 'mail, nothing known yet', facts: { symptom: 'mail-oauth' } },
  {
    name: 'mail, ten wizard answers',
    facts: {
      symptom: 'mail-oauth',
      'mail.provider': 'microsoft',
      'mail.handler': 'jira',
      'mail.protocol': 'pop',
      'jira.version': '8.13.2',
      'microsoft.cloud': 'worldwide',
      'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access',
      'azure.accountType': 'single-tenant',
      'oauth.authorizeEndpoint': 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
      'azure.secretExpiresOn': '2027-01-31',
    },
  },
  {
    name: 'mail, every fact and a 20-line log excerpt',
    facts: {
      symptom: 'mail-oauth',
      'mail.provider': 'microsoft',
      'mail.handler': 'jsm',
      'mail.protocol': 'imap',
      'mail.host': 'outlook.office365.com',
      'jira.version': '9.12.4',
      'jsm.version': '5.12.4',
      'jira.license': 'datacenter',
      'jira.clustered': true,
      'microsoft.cloud': 'gcc-high',
      'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access',
      'oauth.authorizeEndpoint': 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize',
      'oauth.tokenEndpoint': 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
      'azure.accountType': 'multi-tenant',
      'azure.secretExpiresOn': '2026-10-01',
      'mailbox.protocolEnabled': true,
      'mailbox.kind': 'shared',
      'mailbox.authorizerHasFullAccess': true,
      'mailbox.licensed': true,
      'mailbox.hasInboxFolder': true,
      'mailbox.flooded': false,
      'exchange.clientAccessRulesAllowImap': true,
      'network.mailReachableFromJira': true,
      'oauth.authorizedAsExpectedUser': true,
      'jsm.multiChannelBeta': false,
      'jsm.oauthChannelCount': 1,
      'lb.sticky': true,
      'jvm.args': '-Xms4g -Xmx8g -Dhttps.proxyHost=proxy.example.org -Dhttps.proxyPort=3128 -Dhttp.nonProxyHosts=localhost',
      errors: logExcerpt,
    },
  },
  { name: 'REST 401 (LDAP), four answers', facts: { symptom: 'rest-401', 'directory.type': 'ldap', 'rest401.pattern': 'intermittent', 'ldap.clustered': true, 'ldap.consistent': false } },
];

console.log(`Load average at start: ${loadavg()[0]!.toFixed(1)} (2 cores)`);
console.log(`Diagnosis engine, knowledge ${engine.knowledge.version} (${engine.knowledge.causes.length} causes, ${engine.knowledge.questions.length} questions), Node ${process.version}\n`);
console.log(`diagnose() throughput${' '.repeat(30)}calls/s (wall)  calls/CPU-s`);
for (const { name, facts } of sets) {
  const rate = throughput(() => engine.diagnose(facts, { today }));
  console.log(`  ${name.padEnd(46)} ${perSecond(rate.wall)}        ${perSecond(rate.cpu)}`);
}

console.log('\nnextQuestion() latency, no cache (ms wall, ms CPU)');
for (const { name, facts } of sets.slice(0, 2)) {
  const rate = throughput(() => nextQuestion(engine.compiled, facts, { today }));
  console.log(`  ${name.padEnd(46)} ${(1000 / rate.wall).toFixed(2).padStart(7)}  ${(1000 / rate.cpu).toFixed(2).padStart(7)}`);
}

const walkStart = performance.now();
const walkCpu = cpuMs();
const walk = walkKnowledge(engine, { today });
const walkSeconds = ((performance.now() - walkStart) / 1000).toFixed(1);
console.log(`\nWizard walk (knowledge check): ${walk.statesWalked} states in ${walkSeconds} s (${((cpuMs() - walkCpu) / 1000).toFixed(1)} s CPU)`);

const RUNS = 11;
const dir = mkdtempSync(join(tmpdir(), 'jira-doctor-bench-diagnose-'));
try {
  const factsFile = join(dir, 'facts.json');
  writeFileSync(factsFile, JSON.stringify(sets[1]!.facts));
  console.log(`\nCommand line cold start (median of ${RUNS} runs, after one warm-up)`);
  for (const args of [
    ['-e', ''],
    ['diagnose', '--facts', factsFile, '--format', 'json'],
    ['diagnose', '--facts', factsFile, '--format', 'text'],
    ['diagnose', '--help'],
  ]) {
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const start = performance.now();
      // `node -e ''` is the baseline: Node's own start on this machine at this load.
      const argv = args[0] === '-e' ? args : [join(root, 'bin/jira-doctor.js'), ...args];
      const result = spawnSync(process.execPath, argv, { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${argv.join(' ')} failed: ${result.stderr}`);
      if (run > 0) times.push(performance.now() - start);
    }
    const label = args[0] === '-e' ? "node -e '' (baseline)" : `jira-doctor ${args.slice(0, 1).concat(args.slice(3)).join(' ')}`;
    console.log(`  ${label.padEnd(42)} ${Math.round(median(times))} ms`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
