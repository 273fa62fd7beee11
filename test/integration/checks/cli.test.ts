import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../knowledge/contract/checks';
import { startTestbed, TEST_USERS, type Testbed } from '../../testbed';

// `jira-doctor check` as an admin runs it: the command line bundled fresh from the sources, run
// as a child process against the test bed.

const ROOT = join(import.meta.dirname, '../../..');
// Inside the project, so the bundle finds its dependencies in node_modules.
const CLI = join(ROOT, 'node_modules/.cache/jira-doctor-tests', `check-cli-${process.pid}.mjs`);
const { carol } = TEST_USERS;
let bed: Testbed;
let silent: Server;
const sockets = new Set<Socket>();

beforeAll(async () => {
  silent = createServer((s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  await Promise.all([
    build({ entryPoints: [join(ROOT, 'electron/cli/main.ts')], outfile: CLI, bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'error' }),
    startTestbed({ parts: ['jira'] }).then((b) => (bed = b)),
    new Promise<void>((r) => silent.listen(0, '127.0.0.1', r)),
  ]);
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => silent.close(r));
  await bed?.stop();
  await rm(CLI, { force: true });
});

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the command; `interruptOn` sends Ctrl-C (SIGINT) once standard output shows that text. */
function cli(args: string[], env: Record<string, string> = {}, interruptOn?: string, command = 'check'): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, command, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let interrupted = false;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (interruptOn && !interrupted && stdout.includes(interruptOn)) interrupted = child.kill('SIGINT');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('jira-doctor check: bad input', () => {
  it.each([
    [['--base-url', 'jira.example.com'], /--base-url: the Jira base URL "jira\.example\.com" needs a scheme/],
    [['--base-url', 'https://jira.example.com', '--password', 'hunter2'], /secrets are never accepted on the command line.*--password-env/],
    [['--base-url', 'https://jira.example.com', '--checks', 'versions,clusters'], /unknown check "clusters"; the checks are versions, cluster/],
    [['--base-url', 'https://jira.example.com', '--username', 'alice', '--password-env', 'NOT_SET'], /--password-env: the environment variable NOT_SET is not set/],
    [['--base-url', 'https://jira.example.com', '--username', 'alice'], /--password-env: no secret given and no terminal to ask on/],
    [['--base-url', 'https://jira.example.com', '--samples', '500'], /--samples: at most 50/],
    [['--base-url', 'https://jira.example.com', '--timeout', 'soon'], /--timeout must be a number of seconds/],
    [['--base-url', 'https://jira.example.com', '--ldap-url', 'ldap://x'], /the LDAP check needs --ldap-url .*, --ldap-user and --ldap-base-dn/],
  ])('%j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('jira-doctor check against the test bed', () => {
  it('shows each check and its result in plain words, in 80 columns, without the password', async () => {
    const run = await cli(['--base-url', bed.jira!.sticky, '--username', carol.username, '--password-env', 'JIRA_PW', '--checks', 'versions,cluster,credentials,session-cookie'], { JIRA_PW: carol.password });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\.\.\. versions: Jira and Jira Service Management versions$/m);
    expect(run.stdout).toMatch(/^\[ok\] cluster \(\d+ ms\)$/m);
    expect(run.stdout).toMatch(/^ {4}jira\.version = "9\.12\.4": serverInfo reports version 9\.12\.4$/m);
    expect(run.stdout).toMatch(/lb\.sticky = true/);
    expect(run.stdout.split('\n').filter((l) => l.length > 80)).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain(carol.password);
  });

  it('prints JSON that diagnose takes: the facts and the evidence', async () => {
    const run = await cli(['--base-url', bed.jira!.roundRobin, '--checks', 'versions,cluster', '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as CheckReport;
    expect(report.facts).toEqual({ 'jira.version': '9.12.4', 'jsm.version': '5.12.4', 'jira.clustered': true, 'lb.sticky': false });
    expect(report.evidence.map((e) => e.check)).toEqual(['versions', 'cluster']);
    expect(Date.parse(report.finishedAt)).toBeGreaterThanOrEqual(Date.parse(report.startedAt));
    const file = join(ROOT, 'node_modules/.cache/jira-doctor-tests', `check-${process.pid}.json`);
    await writeFile(file, run.stdout);
    const diagnosis = await cli(['--facts', file, '--symptom', 'mail-oauth', '--format', 'json'], {}, undefined, 'diagnose');
    await rm(file);
    expect(diagnosis.stderr).toBe('');
    expect(diagnosis.code).toBe(0);
    const { causes } = JSON.parse(diagnosis.stdout) as { causes: { id: string; because: string[] }[] };
    expect(causes.find((c) => c.id === 'mail-oauth/stickiness')?.because.join(' ')).toMatch(/sticky|node/i);
  });

  it('exits 1 when a check fails, with what to try', async () => {
    const run = await cli(['--base-url', bed.jira!.sso, '--checks', 'versions']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\[FAILED\] versions/);
    expect(run.stdout).toMatch(/What to try: REST clients cannot follow a browser sign-on/);
  });

  it('cancels cleanly on Ctrl-C and still prints what it has', async () => {
    const port = (silent.address() as { port: number }).port;
    const run = await cli(['--base-url', `http://127.0.0.1:${port}`, '--checks', 'versions,cluster', '--timeout', '20'], {}, '... cluster');
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('Cancelling the checks');
    expect(run.stdout).toMatch(/^\[cancelled\] versions/m);
    expect(run.stdout).toMatch(/^\[cancelled\] cluster/m);
  });
});
