import { execFileSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipOf } from '../../support/zip';
import { buildOnce, ROOT } from '../../contract/cli';
import { startTestbed, TEST_USERS, type Testbed } from '../../testbed';
import { runPlain, runSandboxed, startSandboxed, waitForOutput, type Run } from './sandbox';

// The single executable as an admin meets it on a locked-down Jira node: built by `npm run bundle`,
// copied alone into an empty folder, and run with no Node, no PATH, a temporary HOME and no network.
// Its output must be the npm command line's, byte for byte, apart from timings.

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TODAY = '2026-11-23';
let scratch: string;
let release: string;
/** The folder that holds nothing but the executable; the working folder of every run. */
let folder: string;
let exe: string;
let home: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'jira-doctor-sea-'));
  release = join(scratch, 'release');
  // Built once for the whole file: the bundle takes most of a minute.
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bundle/index.ts', '--out', release], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
  buildOnce();
  folder = join(scratch, 'server');
  home = join(scratch, 'home');
  mkdirSync(folder);
  mkdirSync(home);
  exe = join(folder, 'jira-doctor');
  copyFileSync(join(release, 'jira-doctor'), exe);
  chmodSync(exe, 0o755);
  writeFileSync(join(folder, 'facts.json'), JSON.stringify(FACTS));
  writeFileSync(join(folder, 'atlassian-jira-incoming-mail.log'), MAIL_LOG);
  writeFileSync(join(folder, 'support.zip'), await zipOf({ 'application-logs/atlassian-jira-incoming-mail.log': MAIL_LOG, 'application-config/cluster.properties': 'jira.node.id=node-a\n' }));
  writeFileSync(join(folder, 'broken.json'), '{ "symptom": ');
}, 360_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A mail handler refused by Microsoft, with the admin's notes in Japanese (article 001 is a Japanese article). */
const FACTS = {
  symptom: 'mail-oauth',
  'mail.provider': 'microsoft',
  errors: ['AADSTS7000215: 無効なクライアント シークレットが指定されました。'],
};
const MAIL_LOG = '2026-11-20 09:12:44,101+0000 ERROR [c.a.j.plugins.mail] javax.mail.AuthenticationFailedException: AUTHENTICATE failed.\n';

const sandboxed = (args: string[], options: { readOnly?: boolean; input?: string; timeoutMs?: number } = {}) =>
  runSandboxed(exe, args, { home, cwd: folder, ...(options.readOnly ? { readOnlyCwd: true } : {}), ...(options.input !== undefined ? { input: options.input } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });

/** The npm command line, in the same folder, on the same files. */
const npm = (args: string[], input?: string) =>
  runPlain(process.execPath, [join(ROOT, 'bin/jira-doctor.js'), ...args], { cwd: folder, env: { PATH: process.env.PATH ?? '', HOME: home }, ...(input !== undefined ? { input } : {}) });

/** Timings and clock times differ between two runs; nothing else may. */
const timeless = (text: string) => text.replace(/ in \d+(\.\d+)? m?s\b/g, ' in T').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, 'TIME');
const steady = (run: Run) => ({ ...run, stdout: timeless(run.stdout), stderr: timeless(run.stderr) });

/** The commands a scan suggests next name the executable as it was run, where the npm command line says npx. */
const beforeNextStep = (run: Run) => ({ ...run, stdout: run.stdout.split('\nNext step\n')[0] });

describe('the sandbox', () => {
  it('has no network but loopback, and loopback is down', async () => {
    const links = await runPlain('unshare', ['-n', 'cat', '/proc/net/dev'], { cwd: folder, env: { PATH: process.env.PATH ?? '' } });
    expect(links.stdout.split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(':')[0])).toEqual(['lo']);
    const route = await runPlain('unshare', ['-n', 'ip', 'route', 'get', '1.1.1.1'], { cwd: folder, env: { PATH: process.env.PATH ?? '' } });
    expect(route.code).not.toBe(0);
  });

  it('holds nothing but the executable', () => {
    expect(readdirSync(folder).filter((f) => f === 'jira-doctor' || !/\.(json|log|zip)$/.test(f))).toEqual(['jira-doctor']);
  });
});

describe('the executable, with no Node and no network', () => {
  it('says its version', async () => {
    const run = await sandboxed(['--version']);
    expect(run).toEqual({ code: 0, stdout: `jira-doctor ${VERSION}\n`, stderr: '' });
  });

  it.each([
    ['diagnose as JSON', ['diagnose', '--facts', 'facts.json', '--format', 'json', '--today', TODAY]],
    ['diagnose as text', ['diagnose', '--facts', 'facts.json', '--today', TODAY]],
    ['scan a log', ['scan', 'atlassian-jira-incoming-mail.log']],
    ['scan a support zip', ['scan', 'support.zip', '--format', 'json']],
    ['help', ['--help']],
  ])('%s: the same output and exit code as the npm command line', async (_name, args) => {
    const bundled = await sandboxed(args);
    const installed = await npm(args);
    expect(bundled.code).toBe(0);
    expect(beforeNextStep(steady(bundled))).toEqual(beforeNextStep(steady(installed)));
  }, 60_000);

  // It walks every path of the wizard (the longest command here), so it runs once, from the executable.
  it('checks its knowledge base and the bundled articles it cites', async () => {
    const run = await sandboxed(['knowledge', 'check', '--today', TODAY], { timeoutMs: 170_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Knowledge \S+\n/);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('each citation is looked up in the bundled article');
    expect(run.stdout).toMatch(/\nNo problems\.\n$/);
    expect(run.code).toBe(0);
  }, 180_000);

  it('finds what the log and the support zip say', async () => {
    const log = await sandboxed(['scan', 'atlassian-jira-incoming-mail.log']);
    expect(log.stdout).toContain('The IMAP server refused the OAuth 2.0 sign-in');
    expect(log.stdout.split('\nNext step\n')[1]?.replace(/\s+/g, ' ')).toContain(`${exe} diagnose --facts scan.json`);
    const zip = JSON.parse((await sandboxed(['scan', 'support.zip', '--format', 'json'])).stdout) as { files: { name: string; status: string }[] };
    expect(zip.files.map((f) => [f.name, f.status])).toContainEqual([`${folder}/support.zip!/application-logs/atlassian-jira-incoming-mail.log`, 'read']);
  });

  it("writes a PDF report with Noto Sans JP embedded for its Japanese text, the rest in PDF's standard fonts, the text intact", async () => {
    const out = join(home, 'report.pdf');
    const run = await sandboxed(['report', '--input', 'facts.json', '--out', out, '--today', TODAY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*report\.pdf \(PDF, \d+ KB\)\.\n$/);
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.some((line) => /NotoSansJP-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/.test(line))).toBe(true);
    for (const line of fonts) expect(line).toMatch(/NotoSansJP-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes|^Helvetica(-Bold)?\s+Type 1\s+WinAnsi\s+no\s|^Symbol\s+Type 1\s+Symbol\s+no\s/);
    // The answer wraps inside a table cell, so its characters are looked for in order, not in one run.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    expect(text).toMatch(new RegExp([...'無効なクライアントシークレットが指定されました'].join('[^]*?')));
    expect(text).not.toContain('\uFFFD');
  });

  it('answers bad input with the same message and exit code as the npm command line', async () => {
    const bad = [
      ['diagnose', '--facts', 'missing.json'],
      ['diagnose', '--facts', 'broken.json'],
      ['diagnose', '--facts', 'facts.json', '--format', 'xml'],
      ['report', '--input', 'facts.json', '--out', 'report.txt'],
      ['scan', 'no-such.log'],
      ['check'],
      ['check', '--base-url', 'jira.example.com'],
      ['knowledge', 'check', '--today', '2026-13-45'],
      ['ui', '--port', 'eighty'],
      ['frobnicate'],
    ];
    for (const args of bad) {
      const bundled = await sandboxed(args);
      const installed = await npm(args);
      expect({ args, ...bundled }).toEqual({ args, ...installed });
      expect(bundled.code, args.join(' ')).toBe(2);
      expect(bundled.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  }, 120_000);

  it('reads facts from standard input', async () => {
    const input = JSON.stringify(FACTS);
    const args = ['diagnose', '--facts', '-', '--format', 'json', '--today', TODAY];
    const bundled = await sandboxed(args, { input });
    const installed = await npm(args, input);
    expect(bundled.code).toBe(0);
    expect(bundled).toEqual(installed);
  });
});

describe('in a read-only working folder', () => {
  it('does everything that writes nowhere', async () => {
    for (const args of [['--version'], ['diagnose', '--facts', 'facts.json', '--today', TODAY], ['scan', 'support.zip'], ['knowledge', 'graph', '--symptom', 'mail-oauth']]) {
      const run = await sandboxed(args, { readOnly: true });
      expect({ args, code: run.code, stderr: run.stderr }).toEqual({ args, code: 0, stderr: '' });
    }
    const elsewhere = await sandboxed(['report', '--input', 'facts.json', '--out', join(home, 'from-read-only.md'), '--today', TODAY], { readOnly: true });
    expect(elsewhere.code).toBe(0);
  }, 120_000);

  it('says plainly when the report cannot be written there', async () => {
    const run = await sandboxed(['report', '--input', 'facts.json', '--out', 'here.pdf'], { readOnly: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('jira-doctor report: cannot write here.pdf (EROFS). Check the folder exists and is writable.\n');
  });
});

describe('jira-doctor ui', () => {
  let server: ChildProcess | undefined;
  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
  });

  it('serves the wizard to Chromium in the same namespace, to its start screen, with no console errors', async () => {
    const port = 41_000;
    server = startSandboxed(exe, ['ui', '--port', String(port), '--no-open', '--user-data-dir', join(home, 'data')], { home, cwd: folder, loopback: true });
    const [, launchUrl] = (await waitForOutput(server, /jira-doctor is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+) \(Ctrl\+C to stop\)/)) as unknown as [string, string];
    expect(launchUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/\\?token=`));

    // Chromium joins the executable's network namespace: it can reach nothing but that loopback.
    const wrapper = join(scratch, 'chromium-in-namespace');
    writeFileSync(wrapper, `#!/bin/sh\nexec nsenter -t ${server.pid} -n /usr/bin/chromium "$@"\n`);
    chmodSync(wrapper, 0o755);
    const browser = await chromium.launch({ executablePath: wrapper, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      const first = await page.goto(launchUrl);
      expect(first?.headers()['content-security-policy']).toContain("default-src 'none'");
      await page.goto(new URL('/#/new', launchUrl).href);
      await page.locator('[data-testid="wizard"][data-view="start"][data-ready="true"]').waitFor({ timeout: 20_000 });
      await expect(page.locator('[data-testid="symptom"]').count()).resolves.toBeGreaterThan(3);
      expect(problems).toEqual([]);

      // The same protections as `npm start`: without this start's key, nothing is served.
      const stranger = await browser.newPage();
      const refused = await stranger.goto(new URL('/', launchUrl).href);
      expect(refused?.status()).toBe(403);
      expect(await refused?.text()).toContain('"jira-doctor ui" printed');
    } finally {
      await browser.close();
    }

    // A second start on the same port says so plainly.
    const again = await runSandboxed(exe, ['ui', '--port', String(port), '--no-open'], { home, cwd: folder, joinNetworkOf: server.pid! });
    expect(again).toEqual({ code: 2, stdout: '', stderr: `jira-doctor ui: port ${port} on 127.0.0.1 is already in use by another program; choose another with --port, or leave --port out to use any free port.\n` });
  }, 90_000);
});

describe('jira-doctor check from the executable, against the test bed', () => {
  let bed: Testbed;
  beforeAll(async () => {
    bed = await startTestbed({ parts: ['jira'] });
  }, 120_000);
  afterAll(() => bed?.stop());

  // The test bed listens on this machine's loopback, which a fresh namespace cannot see: run outside it.
  it('reports as the npm command line does', async () => {
    const { carol } = TEST_USERS;
    const args = ['check', '--base-url', bed.jira!.sticky, '--username', carol.username, '--password-env', 'JIRA_PW', '--checks', 'versions,cluster,credentials', '--format', 'json'];
    const env = { HOME: home, JIRA_PW: carol.password };
    const bundled = await runPlain(exe, args, { cwd: folder, env });
    const installed = await runPlain(process.execPath, [join(ROOT, 'bin/jira-doctor.js'), ...args], { cwd: folder, env: { ...env, PATH: process.env.PATH ?? '' } });
    expect(bundled.code).toBe(installed.code);
    const outcomes = (run: Run) => (JSON.parse(run.stdout) as { evidence: { check: string; outcome: string }[] }).evidence.map((e) => [e.check, e.outcome]);
    expect(outcomes(bundled)).toEqual(outcomes(installed));
    expect(outcomes(bundled).length).toBeGreaterThan(0);
    expect(bundled.stdout).not.toContain(carol.password);
  }, 120_000);
});

describe('the release', () => {
  it('holds the executable, the admin README, the licences, the SBOM and checksums that verify', () => {
    const archive = `jira-doctor-${VERSION}-linux-x64.tar.gz`;
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: release, encoding: 'utf8' })).toContain(`${archive}: OK`);
    const unpacked = join(scratch, 'unpacked');
    mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', join(release, archive), '-C', unpacked]);
    const dir = join(unpacked, `jira-doctor-${VERSION}-linux-x64`);
    expect(readdirSync(dir).sort()).toEqual(['README.txt', 'SHA256SUMS', 'THIRD-PARTY-LICENSES.txt', 'jira-doctor', 'sbom.cdx.json']);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' }).trim().split('\n')).toHaveLength(4);

    const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
    expect(readme).toContain('ssh -N -L 8321:127.0.0.1:8321');
    expect(readme).not.toMatch(/\{\w+\}/);

    const licences = readFileSync(join(dir, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    // The report fonts are embedded files, not bundled code: their package and its OFL licence are listed too.
    for (const name of ['Node.js', 'commander@', 'pdfmake@', 'zod@', 'react-dom@', 'xstate@', '@expo-google-fonts/noto-sans-jp@', 'SIL OPEN FONT LICENSE']) expect(licences).toContain(name);
    expect(licences).not.toContain('vitest@');

    // The SBOM lists what the licences list: the runtime and exactly the packages inside.
    type Component = { name: string; group?: string; version: string; components?: Component[] };
    const sbom = JSON.parse(readFileSync(join(dir, 'sbom.cdx.json'), 'utf8')) as { bomFormat: string; components: Component[] };
    expect(sbom.bomFormat).toBe('CycloneDX');
    const flat = (list: Component[]): string[] => list.flatMap((c) => [`${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`, ...flat(c.components ?? [])]);
    const listed = [...licences.matchAll(/^ {2}(\S+@\S+) \(/gm)].map((m) => m[1]!);
    expect(new Set(flat(sbom.components))).toEqual(new Set([`node@${process.versions.node}`, ...listed]));
    expect(listed).toContainEqual(expect.stringMatching(/^commander@/));
  });
});
