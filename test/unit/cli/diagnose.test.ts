import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACT_NAMES } from '../../../knowledge/contract/facts';

/** Runs the built command line as a user would. */
const root = join(import.meta.dirname, '../../..');
// The wizard walk of `knowledge check` is the slow one: it gets the test's whole time.
const cli = (args: string[], input?: string, timeout = 60_000) => {
  const run = spawnSync(process.execPath, [join(root, 'bin/jira-doctor.js'), ...args], { input, encoding: 'utf8', timeout });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

let dir: string;
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.js')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'jira-doctor-cli-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Output = { causes: { id: string; status: string; title: string; because: string[]; solution: string }[]; ruledOut: { id: string; because: string[] }[] };
const pop = { symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'mail.handler': 'jira', 'mail.protocol': 'pop', 'jira.version': '8.13.2', 'mailbox.licensed': true };

describe('jira-doctor diagnose', () => {
  it('prints the contract JSON: causes ordered by status with reasons and fixes, and the ruled-out ones', () => {
    const { code, stdout, stderr } = cli(['diagnose', '--facts', file('pop.json', pop), '--format', 'json', '--today', '2026-11-23']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Output;
    const first = out.causes[0]!;
    expect(first).toMatchObject({ id: 'mail-oauth/pop-unsupported', status: 'confirmed' });
    expect(first.title.length).toBeGreaterThan(0);
    expect(first.because.join(' ')).toContain('8.13.2');
    expect(first.solution).toContain('(Source: “Jira or Jira Service Management mail handlers cannot be configured using OAuth 2.0 in Data Center”, section “');
    const order = ['confirmed', 'likely', 'possible'];
    expect(out.causes.map((c) => order.indexOf(c.status))).toEqual([...out.causes.map((c) => order.indexOf(c.status))].sort());
    expect(out.causes.every((c) => c.id.startsWith('mail-oauth/'))).toBe(true);
    expect(out.ruledOut).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'mail-oauth/no-license', because: [expect.any(String)] })]));
    expect(out.ruledOut.map((c) => c.id)).toContain('mail-oauth/client-access-rules');
  });

  it('reads the facts from standard input with --facts -', () => {
    const { code, stdout } = cli(['diagnose', '--facts', '-', '--format', 'json'], JSON.stringify({ symptom: 'rest-sso', 'oidc.pluginVersion': '1.2.0' }));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Output).causes[0]).toMatchObject({ id: 'rest-sso/plugin-too-old', status: 'confirmed' });
  });

  it('takes the facts of a check report, a log scan and an exported session', () => {
    const report = { facts: { symptom: 'rest-sso', 'oidc.directAccessGrants': false }, evidence: [], startedAt: 'a', finishedAt: 'b' };
    const fromReport = JSON.parse(cli(['diagnose', '--facts', file('report.json', report), '--format', 'json']).stdout) as Output;
    expect(fromReport.causes[0]).toMatchObject({ id: 'rest-sso/direct-access-grants-disabled', status: 'confirmed' });
    const scan = {
      schemaVersion: 1, startedAt: '2026-11-20T10:00:00Z', finishedAt: '2026-11-20T10:00:01Z', cancelled: false, bytesRead: 10,
      facts: { symptom: 'rest-sso', 'oidc.pluginVersion': '1.0.0' }, factSources: {}, signatures: [], authentication: [], ldapServers: [], nodes: [], versions: {}, files: [],
    };
    const fromScan = JSON.parse(cli(['diagnose', '--facts', file('scan.json', scan), '--format', 'json']).stdout) as Output;
    expect(fromScan.causes[0]).toMatchObject({ id: 'rest-sso/plugin-too-old', status: 'confirmed' });
    const session = {
      schemaVersion: 1,
      id: 's',
      name: 'n',
      createdAt: '2026-11-23T04:00:00.000Z',
      updatedAt: '2026-11-23T04:00:00.000Z',
      knowledgeVersion: '2026.11.0',
      answers: [
        { fact: 'symptom', value: 'cookie-auth', source: { kind: 'user' }, at: 'x' },
        { fact: 'cookie.worksThenFails', value: false, source: { kind: 'user' }, at: 'x' },
        { fact: 'cookie.worksThenFails', value: true, source: { kind: 'user' }, at: 'y' },
      ],
      unknown: [],
    };
    const fromSession = JSON.parse(cli(['diagnose', '--facts', file('session.json', session), '--format', 'json']).stdout) as Output;
    // Works, then 401: the sign of an ended session, not proof of it.
    expect(fromSession.causes[0]).toMatchObject({ id: 'cookie-auth/session-expired', status: 'likely' });
  });

  it('diagnoses as of --today', () => {
    const facts = file('secret.json', { symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'azure.secretExpiresOn': '2026-06-30', 'azure.secretIdentified': true });
    const status = (today: string) =>
      (JSON.parse(cli(['diagnose', '--facts', facts, '--format', 'json', '--today', today]).stdout) as Output).causes.find((c) => c.id === 'mail-oauth/secret-expired')?.status ?? 'ruled-out';
    expect(status('2026-07-01')).toBe('confirmed');
    expect(status('2025-01-01')).toBe('ruled-out');
  });

  it('writes text for people, grouped by status, within 80 columns except exact strings to copy', () => {
    const { code, stdout } = cli(['diagnose', '--facts', file('pop-text.json', pop), '--today', '2026-11-23']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^CONFIRMED/m);
    expect(stdout).toMatch(/^POSSIBLE/m);
    expect(stdout).toMatch(/^RULED OUT/m);
    expect(stdout).toContain('What to do (Jira administrator)');
    const codeLines = stdout.split('\n').filter((l) => l.startsWith('           '));
    // No cause ids or fact names in text for people; sources by title, with their address.
    expect(stdout).not.toMatch(/\[mail-oauth\/|^\s+- mail\.|article 00\d|§/m);
    expect(stdout).toMatch(/Source: “/);
    const long = stdout.split('\n').filter((l) => l.length > 80 && !codeLines.includes(l));
    expect(long).toEqual([]);
  });

  it.each([
    ['an unknown fact name', { symptom: 'mail-oauth', 'mail.protcol': 'pop' }, 'mail.protcol: unknown fact name (did you mean "mail.protocol"?)'],
    ['a value of the wrong type', { symptom: 'mail-oauth', 'jira.version': 8.2 }, 'jira.version: expected a version in quotes: three whole numbers separated by dots, such as 8.20.4 (no leading zeros, no letters); got 8.2'],
    ['a value outside the enum', { symptom: 'email' }, 'symptom: expected one of "rest-401", "mail-oauth", "cookie-auth", "rest-sso"'],
    ['a list instead of an object', ['mail-oauth'], 'must hold a JSON object'],
  ])('refuses %s with exit code 2 and says what to do', (_what, facts, message) => {
    const { code, stdout, stderr } = cli(['diagnose', '--facts', file('bad.json', facts)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('jira-doctor diagnose --list-facts');
  });

  it('says plainly when the file is missing, not JSON, or empty', () => {
    const missing = cli(['diagnose', '--facts', join(dir, 'nope.json')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('there is no such file')]);
    const notJson = cli(['diagnose', '--facts', file('notjson.json', 'symptom: mail-oauth')]);
    expect([notJson.code, notJson.stderr]).toEqual([2, expect.stringContaining('is not valid JSON')]);
    const empty = cli(['diagnose', '--facts', '-'], '');
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringContaining('standard input is empty')]);
  });

  it('refuses missing or malformed options with exit code 2', () => {
    expect(cli(['diagnose']).code).toBe(2);
    expect(cli(['diagnose']).stderr).toContain('--facts FILE is required');
    const badDate = cli(['diagnose', '--facts', file('ok.json', pop), '--today', '23/11/2026']);
    expect([badDate.code, badDate.stderr]).toEqual([2, expect.stringContaining('--today must be a date')]);
    expect(cli(['diagnose', '--facts', file('ok2.json', pop), '--format', 'xml']).code).toBe(2);
  });

  it('has help with usage, options and examples, and lists the facts', () => {
    const help = cli(['diagnose', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: jira-doctor diagnose \[options\]/);
    expect(help.stdout).toContain('--facts <file>');
    expect(help.stdout).toContain('Examples:');
    const list = cli(['diagnose', '--list-facts']);
    expect(list.stdout).toContain('mail.protocol: one of "imap", "pop"');
    expect(list.stdout.split('\n').filter((l) => /^\S+: /.test(l))).toHaveLength(FACT_NAMES.length);
  });
});

describe('jira-doctor knowledge', () => {
  it('graph prints a Mermaid flowchart', () => {
    const { code, stdout } = cli(['knowledge', 'graph', '--symptom', 'rest-sso']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^flowchart LR\n/);
    expect(stdout).toContain('-->|confirms| rest_sso__c_rest_sso_plugin_too_old');
  });

  it('check validates everything and walks the wizard', () => {
    // The wizard walk drives the real machine over tens of thousands of states: minutes on a busy machine.
    const { code, stdout } = cli(['knowledge', 'check', '--today', '2026-11-23'], undefined, 590_000);
    expect(stdout).toContain('33 of 33 contract causes');
    expect(stdout).toContain('Wizard walk: 33 of 33 causes reachable');
    expect(stdout).toContain('each citation is looked up');
    expect(stdout.split('\n').filter((l) => l.length > 80)).toEqual([]);
    expect(stdout).toContain('No problems.');
    expect(code).toBe(0);
  }, 600_000);

  it('has help for each subcommand', () => {
    expect(cli(['knowledge', '--help']).stdout).toContain('check');
    expect(cli(['knowledge', 'check', '--help']).stdout).toContain('Exit codes');
    expect(cli(['knowledge', 'graph', '--help']).stdout).toContain('Mermaid');
  });
});

describe('malformed input through the built command line', () => {
  const scanWithoutLists = { schemaVersion: 1, startedAt: 'x', finishedAt: 'x', cancelled: false, bytesRead: 0, facts: {}, factSources: {}, signatures: [], versions: {}, files: [] };
  const cases: [string, string, RegExp][] = [
    ['nested 10,000 deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, /more than 64 levels deep/],
    ['a 10 MB unknown fact name', JSON.stringify({ ['f'.repeat(10_000_000)]: 1 }), /f{40}… \(10,000,000 characters\): unknown fact name/],
    ['1e309', '{"jsm.oauthChannelCount": 1e309}', /too large to hold/],
    ['-1', '{"jsm.oauthChannelCount": -1}', /from 0 to 9007199254740991.*got -1/],
    ['2^53+1', '{"jsm.oauthChannelCount": 9007199254740993}', /too large to hold exactly/],
    ['an empty key', '{"": "x"}', /an empty fact name/],
    ['a version with a leading zero', '{"symptom": "mail-oauth", "jira.version": "8.020.4"}', /no leading zeros/],
    ['a scan report without its lists', JSON.stringify(scanWithoutLists), /authentication: missing \(expected array\)/],
  ];
  it.each(cases)('%s: a plain message and exit code 2 from diagnose and report, never a stack trace', (_name, content, message) => {
    const input = file('hostile.json', content);
    for (const args of [['diagnose', '--facts', input], ['report', '--input', input, '--out', join(dir, 'out.md')]]) {
      const { code, stdout, stderr } = cli(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stderr.length).toBeLessThan(1_000);
    }
  });

  it('lists every fact with its real constraints', () => {
    const { code, stdout } = cli(['diagnose', '--list-facts']);
    expect(code).toBe(0);
    expect(stdout).toContain('jira.version: a version in quotes: three whole numbers separated by dots, such as 8.20.4 (no leading zeros, no letters)');
    expect(stdout).toContain('jsm.oauthChannelCount: a whole number from 0 to 9007199254740991, without quotes');
    expect(stdout).toContain('azure.secretExpiresOn: a real calendar date in quotes, YYYY-MM-DD');
    expect(stdout).toContain('mail.host: a string that is not empty');
  });
});
