import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLargeHar } from '../test/unit/scan/har-fixtures';

/**
 * `npm run bench:har`: scan and redact of a generated browser recording of BENCH_HAR_MB megabytes
 * (default 1024) next to a 64 MB one, in the same run: throughput and peak memory (maximum resident
 * set size, from /usr/bin/time). Memory must not grow with the file: the ratio of the two peaks is
 * the figure. Node's own JSON.parse of the whole 64 MB file is the speed baseline (it cannot read
 * 1 GB at all: a string that long does not fit in V8).
 */
const large = Number(process.env.BENCH_HAR_MB ?? 1024);
const dir = join(tmpdir(), 'jira-doctor-bench-har');
mkdirSync(dir, { recursive: true });
const cli = join(import.meta.dirname, '..', 'bin', 'jira-doctor.js');

const files: { mb: number; path: string; entries: number }[] = [];
for (const mb of [64, large]) {
  const path = join(dir, `recording-${mb}.har`);
  process.stdout.write(`Generating a ${mb} MB recording in ${path} …\n`);
  // A response body of 8 MB every 2,000 requests, as a large script would be recorded.
  files.push({ mb, path, entries: await writeLargeHar(path, mb << 20, { bigEvery: 2000, bigBody: 8 << 20 }) });
}

function timed(command: string[]): { seconds: number; peakMb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`${command.join(' ')} failed: ${r.stderr}`);
  const [seconds, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, peakMb: kb! / 1024 };
}

const rows: { what: string; mb: number; seconds: number; peakMb: number }[] = [];
for (const f of files) {
  spawnSync('cat', [f.path], { stdio: 'ignore' });
  rows.push({ what: 'jira-doctor scan --format json', mb: f.mb, ...timed([process.execPath, cli, 'scan', f.path, '--format', 'json']) });
  const out = join(dir, `redacted-${f.mb}.har`);
  rmSync(out, { force: true });
  rows.push({ what: 'jira-doctor redact', mb: f.mb, ...timed([process.execPath, cli, 'redact', f.path, '--out', out]) });
}
const small = files[0]!;
rows.push({ what: 'node: JSON.parse of the whole file', mb: small.mb, ...timed([process.execPath, '-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(small.path)}, 'utf8'))`]) });

process.stdout.write(`\nNode ${process.version}; ${files.map((f) => `${f.mb} MB = ${(statSync(f.path).size / 1e6).toFixed(0)} MB on disk, ${f.entries} requests`).join('; ')}\n\n`);
process.stdout.write('| what | recording | seconds | MB/s | peak memory (MB) |\n|---|---|---|---|---|\n');
for (const r of rows) process.stdout.write(`| ${r.what} | ${r.mb} MB | ${r.seconds.toFixed(2)} | ${(r.mb / r.seconds).toFixed(0)} | ${r.peakMb.toFixed(0)} |\n`);
const peak = (what: string, mb: number) => rows.find((r) => r.what === what && r.mb === mb)!;
for (const what of ['jira-doctor scan --format json', 'jira-doctor redact']) {
  process.stdout.write(`\n${what}: peak memory at ${large} MB is ${(peak(what, large).peakMb / peak(what, 64).peakMb).toFixed(2)} × its peak at 64 MB`);
}
const parse = rows.at(-1)!;
process.stdout.write(`\nscan throughput: ${((64 / peak('jira-doctor scan --format json', 64).seconds) / (64 / parse.seconds)).toFixed(2)} × JSON.parse of the whole file (which took ${parse.peakMb.toFixed(0)} MB)\n`);

