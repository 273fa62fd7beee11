// `npm run bench:bundle`: the single executable's size, and its cold start against the npm command
// line and bare Node, in one run (the machine is shared, so only ratios within a run mean anything).
// Builds the executable three times into .cache/bench-bundle/ (started from a V8 startup snapshot,
// with V8's code cache, plain), then runs `diagnose --facts F --format json` from each, alternating
// the contenders round by round.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const root = join(import.meta.dirname, '..');
const out = join(root, '.cache', 'bench-bundle');

function bundle(variant: 'snapshot' | 'code-cache' | 'plain'): string {
  const dir = join(out, variant);
  mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bundle/index.ts', '--executable-only', '--out', dir, '--startup', variant], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'ignore'],
  });
  return join(dir, 'jira-doctor');
}

execFileSync(process.execPath, ['scripts/build.js'], { cwd: root, stdio: 'inherit' });
const builds = { snapshot: bundle('snapshot'), 'code cache': bundle('code-cache'), plain: bundle('plain') };

const scratch = mkdtempSync(join(tmpdir(), 'jira-doctor-bench-bundle-'));
const facts = join(scratch, 'facts.json');
writeFileSync(facts, JSON.stringify({ symptom: 'mail-oauth', 'mail.provider': 'microsoft', errors: ['AADSTS7000215: Invalid client secret provided.'] }));
const diagnose = ['diagnose', '--facts', facts, '--format', 'json', '--today', '2026-11-23'];

const contenders: Record<string, [string, string[]]> = {
  "node -e ''": [process.execPath, ['-e', '']],
  'npm command line (node bin/jira-doctor.js)': [process.execPath, [join(root, 'bin/jira-doctor.js'), ...diagnose]],
  ...Object.fromEntries(Object.entries(builds).map(([name, file]): [string, [string, string[]]] => [`executable, ${name}`, [file, diagnose]])),
};

/**
 * The CPU time the finished children of this process have used (Linux: /proc/self/stat's cutime and
 * cstime, in clock ticks of 10 ms): on a shared machine a process waits for a core, and its wall time
 * says more about the others than about it, while its CPU time is its own.
 */
function childrenCpuMs(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const times: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
// Round 0 warms the disk cache and is not counted.
for (let round = 0; round <= ROUNDS; round++) {
  for (const [name, [command, args]] of Object.entries(contenders)) {
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    const run = spawnSync(command, args, { env: { HOME: scratch }, encoding: 'utf8' });
    const elapsed = performance.now() - started;
    const cpuAfter = childrenCpuMs();
    if (run.status !== 0) throw new Error(`${name} exited ${run.status}: ${run.stderr}`);
    if (round > 0) times[name]!.push(elapsed);
    if (round > 0 && cpuBefore !== undefined && cpuAfter !== undefined) cpu[name]!.push(cpuAfter - cpuBefore);
  }
}
rmSync(scratch, { recursive: true, force: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const base = median(times["node -e ''"]!);
const npm = median(times['npm command line (node bin/jira-doctor.js)']!);
const mb = (file: string) => (statSync(file).size / 1024 / 1024).toFixed(1);
console.log(`\nExecutable size (goal: at most 120 MB): ${Object.entries(builds).map(([name, file]) => `${mb(file)} MB ${name}`).join(', ')}`);
console.log(`Cold start of diagnose --facts F --format json, median wall time and CPU time (user + system) of ${ROUNDS} alternated rounds (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}):`);
for (const [name, values] of Object.entries(times)) {
  const m = median(values);
  const c = cpu[name]!.length ? `   CPU ${median(cpu[name]!).toFixed(0).padStart(4)} ms` : '';
  console.log(`  ${name.padEnd(44)} ${m.toFixed(0).padStart(5)} ms   ×${(m / base).toFixed(2)} of node -e ''   ×${(m / npm).toFixed(2)} of the npm command line${c}`);
}
