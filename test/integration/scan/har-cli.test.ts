import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../../contract/cli';
import { harText, oauthDance, SECRETS } from '../../unit/scan/har-fixtures';

const cli = (args: string[]) => spawnSync(process.execPath, ['bin/jira-doctor.js', ...args], { encoding: 'utf8' });
let dir: string;
let har: string;

beforeAll(() => {
  buildOnce();
  dir = mkdtempSync(join(tmpdir(), 'jd-har-cli-'));
  har = join(dir, 'mail-setup.har');
  writeFileSync(har, harText('firefox', oauthDance((_p, at) => (at >= 11 ? 'jsm-node02' : 'jsm-node01'))));
});

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+|Error:/);

describe('the command line with browser recordings', () => {
  it('scan shows the sessions, the switch and the sign-in in 80 columns, and the JSON feeds diagnose', () => {
    const text = cli(['scan', har]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('Browser session 1 on jira.corp.example');
    expect(text.stdout).toMatch(/» jsm-node02\s+302\s+GET \/rest\/oauth2-client\/latest\/callb/);
    expect(text.stdout).toContain('Sign-in with Microsoft');
    expect(Math.max(...text.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    const json = cli(['scan', har, '--format', 'json']);
    const report = JSON.parse(json.stdout) as { facts: Record<string, unknown> };
    expect(report.facts).toMatchObject({ 'lb.sticky': false, 'jira.clustered': true });
    for (const secret of Object.values(SECRETS)) expect(text.stdout + json.stdout).not.toContain(secret);
    const facts = join(dir, 'scan.json');
    writeFileSync(facts, json.stdout);
    const diagnosis = cli(['diagnose', '--facts', facts, '--format', 'json']);
    expect(diagnosis.status, diagnosis.stderr).toBe(0);
    expect(diagnosis.stdout).toContain('mail-oauth/stickiness');
  });

  it('redact writes the copy and says what it did; bad input gets exit 2 and a plain message, and nothing is written', () => {
    const out = join(dir, 'redacted.har');
    const done = cli(['redact', har, '--out', out]);
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/^Wrote .*redacted\.har: a browser recording with 8 request\(s\)/);
    const copy = readFileSync(out, 'utf8');
    for (const secret of Object.values(SECRETS)) expect(copy).not.toContain(secret);

    const again = cli(['redact', har, '--out', out]);
    expect([again.status, again.stderr]).toEqual([2, `jira-doctor redact: ${out} already exists: choose another name, or add --force to replace it\n`]);
    expect(readFileSync(out, 'utf8')).toBe(copy);

    const cut = join(dir, 'cut.har');
    writeFileSync(cut, readFileSync(har, 'utf8').slice(0, 5000));
    const cutOut = join(dir, 'cut-out.har');
    for (const [args, message] of [
      [['redact', cut, '--out', cutOut], /ends early .*Nothing was written/],
      [['redact', join(dir, 'missing.har'), '--out', cutOut], /missing\.har: not found: check the path/],
      [['redact', facts(), '--out', cutOut], /not a browser recording/],
      [['redact', har], /required option '--out <file>'/],
    ] as [string[], RegExp][]) {
      const run = cli(args);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toMatch(message);
      noStack(run.stderr);
      expect(existsSync(cutOut)).toBe(false);
    }
  });

  it('scan says a JSON file that is not a recording is not one, with exit code 2', () => {
    const run = cli(['scan', facts()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a browser recording: JSON, but not a browser recording/);
    noStack(run.stderr);
  });
});

function facts(): string {
  const path = join(dir, 'facts.json');
  writeFileSync(path, JSON.stringify({ symptom: 'mail-oauth' }));
  return path;
}
