import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knowledge } from '../knowledge';
import { convert, toExtendedRegex, toRipgrep } from './patterns';
import { writeBenchLog } from './scan-log';

/**
 * `npm run bench:scan`: jira-doctor's log scan next to `grep -E -c -f` and ripgrep (`rg -c -f`)
 * on the same signatures and the same generated log, in the same run: throughput, ratios and
 * peak memory (maximum resident set size, from /usr/bin/time). Size: BENCH_SCAN_MB (default 1024).
 */

const megabytes = Number(process.env.BENCH_SCAN_MB ?? 1024);
const dir = join(tmpdir(), 'jira-doctor-bench');
const log = join(dir, 'atlassian-jira.log');
const signatures = knowledge.signatures;

mkdirSync(dir, { recursive: true });
const marker = join(dir, 'generated.json');
const wanted = JSON.stringify({ generator: 2, megabytes, signatures: signatures.map((s) => s.example) });
if (!existsSync(log) || !existsSync(marker) || readFileSync(marker, 'utf8') !== wanted) {
  process.stdout.write(`Generating a ${megabytes} MB log in ${log} …\n`);
  const { lines, needles } = await writeBenchLog(log, megabytes * 1024 * 1024, signatures);
  writeFileSync(marker, wanted);
  process.stdout.write(`  ${lines} lines, ${needles} signature lines among them\n`);
}
const size = statSync(log).size;

const rgPatterns = convert(signatures, toRipgrep);
const grepPatterns = convert(signatures, toExtendedRegex);
writeFileSync(join(dir, 'patterns.rg'), `${rgPatterns.patterns.join('\n')}\n`);
writeFileSync(join(dir, 'patterns.ere'), `${grepPatterns.patterns.join('\n')}\n`);

// The same page cache for everyone: read the file once before timing.
spawnSync('cat', [log], { stdio: ['ignore', 'ignore', 'inherit'] });

const cli = join(import.meta.dirname, '..', 'bin', 'jira-doctor.js');
const tools = [
  { tool: 'jira-doctor scan', command: [process.execPath, cli, 'scan', log, '--format', 'json'], signatures: signatures.length },
  { tool: 'rg -c -f', command: ['rg', '-c', '-f', join(dir, 'patterns.rg'), log], signatures: rgPatterns.patterns.length },
  { tool: 'grep -E -c -f', command: ['grep', '-E', '-c', '-f', join(dir, 'patterns.ere'), log], signatures: grepPatterns.patterns.length },
];
// Rounds alternate the tools, and each keeps its best time: a busy machine slows every tool alike.
const ROUNDS = Number(process.env.BENCH_SCAN_ROUNDS ?? 3);
const runs = tools.map((t) => ({ ...t, seconds: Infinity, peakKb: 0, stdout: '' }));
for (let round = 0; round < ROUNDS; round++) {
  for (const run of runs) {
    const r = timed(run.command);
    if (r.seconds < run.seconds) Object.assign(run, { seconds: r.seconds, stdout: r.stdout });
    run.peakKb = Math.max(run.peakKb, r.peakKb);
  }
}

const ours = runs[0]!;
const found = JSON.parse(ours.stdout) as { signatures: { count: number }[] };
const rows = runs.map((r) => ({
  tool: r.tool,
  signatures: r.signatures,
  seconds: r.seconds,
  mbPerSecond: size / 1024 / 1024 / r.seconds,
  peakMb: r.peakKb / 1024,
  matches: r.tool === ours.tool ? found.signatures.reduce((sum, s) => sum + s.count, 0) : Number(r.stdout.trim() || 0),
}));
const rg = rows[1]!;
const grep = rows[2]!;
const mine = rows[0]!;

process.stdout.write(`\nScanned ${(size / 1024 / 1024).toFixed(0)} MB (${log}), Node ${process.version}, best of ${ROUNDS} rounds\n\n`);
process.stdout.write('| tool | signatures | seconds | MB/s | peak memory (MB) | matches |\n|---|---|---|---|---|---|\n');
for (const r of rows) {
  process.stdout.write(`| ${r.tool} | ${r.signatures} | ${r.seconds.toFixed(2)} | ${r.mbPerSecond.toFixed(0)} | ${r.peakMb.toFixed(0)} | ${r.matches} |\n`);
}
process.stdout.write(
  `\njira-doctor throughput: ${(mine.mbPerSecond / rg.mbPerSecond).toFixed(2)} × ripgrep, ${(mine.mbPerSecond / grep.mbPerSecond).toFixed(2)} × grep -E\n`,
);
for (const note of [...rgPatterns.notes, ...grepPatterns.notes]) process.stdout.write(`note: ${note}\n`);
process.stdout.write('(matches: jira-doctor counts log events per signature, grep and rg count matching lines)\n');

function timed(command: string[]): { seconds: number; peakKb: number; stdout: string } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [seconds, peakKb] = last.split(' ').map(Number);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  return { seconds: seconds!, peakKb: peakKb!, stdout: result.stdout };
}
