import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../../contract/cli';
import { writeLargeHar } from '../../unit/scan/har-fixtures';

/**
 * The streaming proof: a recording several times larger than the JavaScript heap the command line
 * is given. Reading it whole (JSON.parse, or a parser that builds the document) would run out of
 * memory; reading it one request at a time does not. The 1 GB case is `npm run bench:har`.
 */
const HEAP_MB = 48;
let dir: string;
let har: string;
let entries: number;

beforeAll(async () => {
  buildOnce();
  dir = mkdtempSync(join(tmpdir(), 'jd-har-large-'));
  har = join(dir, 'large.har');
  entries = await writeLargeHar(har, 160 << 20, { bigEvery: 400, bigBody: 6 << 20 });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) =>
  spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, 'bin/jira-doctor.js', ...args], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });

describe(`a recording of 160 MB with a ${HEAP_MB} MB heap`, () => {
  it('is scanned to the end, and the node switch half way is found', () => {
    expect(statSync(har).size).toBeGreaterThan(3 * HEAP_MB * 1024 * 1024);
    const run = cli(['scan', har, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { facts: Record<string, unknown>; files: { requests: number; status: string }[] };
    expect(report.files[0]).toMatchObject({ status: 'read', requests: entries });
    expect(report.facts).toMatchObject({ 'lb.sticky': false, 'jira.clustered': true });
  }, 120_000);

  it('is redacted to the end, every request in place', () => {
    const run = cli(['redact', har, '--out', join(dir, 'redacted.har')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`a browser recording with ${entries} request(s)`);
    expect(run.stdout).toMatch(/text\(s\) longer than 4 MB .* left out/);
  }, 120_000);
});
