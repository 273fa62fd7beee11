// `npm run bench:checks`: how long the automated checks take against the test bed's real servers.
// - the whole suite's wall time next to the sum of its checks' own times (what running them in
//   parallel saves);
// - what a silent port costs: a listener that accepts and never answers, and one that never
//   accepts (connection attempts dropped, as by a filtering firewall).
import { parseCheckSettings, runChecks, type CheckSecrets, type CheckSettingsInput } from '../electron/checks/index';
import { acceptsNeverAnswers, neverAccepts } from '../test/integration/checks/silent-servers';
import { startTestbed, TEST_USERS } from '../test/testbed';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(input: CheckSettingsInput, secrets: CheckSecrets = {}) {
  const parsed = parseCheckSettings(input, secrets);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const started = performance.now();
  const report = await runChecks(parsed.settings, secrets);
  return { wallMs: performance.now() - started, report };
}

const bed = await startTestbed();
const [silent, dropped] = await Promise.all([acceptsNeverAnswers(), neverAccepts()]);
try {
  const { carol } = TEST_USERS;
  const ldap = bed.ldap!;
  const oidc = bed.oidc!;
  const suite: CheckSettingsInput = {
    baseUrl: bed.jira!.sticky,
    auth: 'basic',
    username: carol.username,
    caFile: bed.tls.certFile,
    samples: 10,
    oidc: { issuer: oidc.issuer, clientId: oidc.clients.dag.clientId },
    mail: { host: bed.imap!.host, port: bed.imap!.tls, tls: 'implicit' },
    ldap: { urls: [ldap.good, ldap.stale], bindDn: ldap.serviceDn, user: carol.username, baseDn: 'dc=example,dc=test' },
  };
  const secrets: CheckSecrets = { password: carol.password, oidcClientSecret: oidc.clients.dag.secret, ldapPassword: ldap.servicePassword };

  await timed(suite, secrets); // warm-up: module loading, first TLS handshakes
  const walls: number[] = [];
  const sums: number[] = [];
  const perCheck = new Map<string, number[]>();
  for (let i = 0; i < RUNS; i++) {
    const { wallMs, report } = await timed(suite, secrets);
    const failed = report.evidence.filter((e) => e.outcome !== 'ok');
    if (failed.length) throw new Error(`checks did not pass: ${failed.map((e) => `${e.check}: ${e.problem?.message}`).join('; ')}`);
    walls.push(wallMs);
    sums.push(report.evidence.reduce((sum, e) => sum + e.durationMs, 0));
    for (const e of report.evidence) perCheck.set(e.check, [...(perCheck.get(e.check) ?? []), e.durationMs]);
  }
  const wall = median(walls);
  const sum = median(sums);

  const costs: { what: string; timeoutS: number; ms: number; problem: string }[] = [];
  for (const [what, url] of [['accepts, never answers', silent.url], ['never accepts (dropped)', dropped.url]] as const) {
    for (const timeoutS of [2, 10]) {
      const { wallMs, report } = await timed({ baseUrl: url, checks: ['versions', 'cluster'], timeoutMs: timeoutS * 1000 });
      costs.push({ what, timeoutS, ms: wallMs, problem: report.evidence[0]?.problem?.message ?? '(answered)' });
    }
  }

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`Automated checks, ${RUNS} runs after a warm-up, median (test bed started in ${bed.startupMs} ms)\n`);
  console.log('| check | time |\n|---|---|');
  for (const [check, times] of perCheck) console.log(`| ${check} | ${median(times)} ms |`);
  console.log(`\n| all 8 checks | wall time | sum of the checks' times | overlap |\n|---|---|---|---|`);
  console.log(`| in parallel | ${s(wall)} | ${s(sum)} | ${(sum / wall).toFixed(1)}x |`);
  console.log('\n| silent port (versions + cluster) | --timeout | wall time | reported as |\n|---|---|---|---|');
  for (const c of costs) console.log(`| ${c.what} | ${c.timeoutS} s | ${s(c.ms)} | ${c.problem} |`);
} finally {
  await Promise.all([silent.stop(), dropped.stop(), bed.stop()]);
}
