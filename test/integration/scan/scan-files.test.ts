import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipOf } from '../../support/zip';
import type { ScanProgress, ScanReport } from '../../../knowledge/contract/scan';
import { scanPaths, scanStreams } from '../../../electron/scan/index';

/** Real files on disk, as an admin copies them off a server: logs, rotated and gzip copies, support zips, and junk. */

const SECURITY = [
  "2023-02-20 16:48:05,160+0000 ajp-nio-0.0.0.0-8600-exec-1630 anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo The user 'svc-ci' has PASSED authentication.",
  "2023-02-20 17:09:00,982+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo login : 'svc-ci' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.",
  "2023-02-20 17:09:00,989+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo The user 'svc-ci' has FAILED authentication.  Failure count equals 15",
].join('\n');
const MAIL =
  '2022-10-12 08:02:36,237+0000 ERROR [] Caesium-1-3 ServiceRunner Exception when MailPullerWorker pulls emails: com.atlassian.jira.internal.mail.processor.errors.MailConnectionException: OAuth token not defined for connection. OAuth Authorisation required. at com.atlassian.jira.internal.mail.processor.feature.puller.MailPullerWorker.lambda$getMailServerPassword$2(MailPullerWorker.java:250) [jira-email-processor-plugin-4.20.11-REL-0003.jar:?]\n';
const JIRA = (server: string) =>
  `2023-02-20 16:48:05,133+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [o.s.l.core.support.AbstractContextSource] Got Ldap context on server '${server}'\n`;
const APPLICATION_XML = `<?xml version="1.0" encoding="UTF-8"?>
<application-properties>
  <product name="Jira" version="8.20.10"/>
  <JVM-Input-Arguments>-Xms2g -Xmx4g -Dhttps.proxyHost=proxy.corp -Dhttps.proxyPort=3128 -Djavax.net.ssl.trustStorePassword=changeit</JVM-Input-Arguments>
</application-properties>
`;

/** An older start's banner: the support zip's properties describe the running Jira and win over it. */
const BANNER = [
  '2026-01-05 07:00:01,220+0000 JIRA-Bootstrap INFO      [c.a.jira.startup.JiraStartupLogger] ',
  '    ___ Environment _____________________________',
  '         JIRA Build                                    : 8.20.4#820004-sha1:0b2c7a1',
  '         JVM Input Arguments                           : -Xms1g -Xmx2g',
].join('\n') + '\n';

let dir: string;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function problemOf(report: ScanReport, nameEnd: string): string | undefined {
  return report.files.find((f) => f.name.endsWith(nameEnd))?.problem;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jira-doctor-scan-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scanning a Jira home log folder', () => {
  it('reads the three logs, their rotated copies and gzip copies, and nothing else, the application log first', async () => {
    const home = join(dir, 'home');
    file('home/log/atlassian-jira-security.log', SECURITY);
    file('home/log/atlassian-jira-security.log.1', SECURITY.replace(/svc-ci/g, 'bob'));
    file('home/log/atlassian-jira-incoming-mail.log.2.gz', gzipSync(MAIL));
    file('home/log/atlassian-jira.log', JIRA('ldaps://dc1.corp:636'));
    file('home/log/catalina.out', 'not a Jira log we read');
    const progress: ScanProgress[] = [];
    const report = await scanPaths([home], { onProgress: (p) => progress.push(p) });

    expect(report.files.map((f) => [f.name.slice(home.length + 1), f.kind, f.status])).toEqual([
      ['log/atlassian-jira.log', 'log', 'read'],
      ['log/atlassian-jira-incoming-mail.log.2.gz', 'gzip-log', 'read'],
      ['log/atlassian-jira-security.log', 'log', 'read'],
      ['log/atlassian-jira-security.log.1', 'log', 'read'],
    ]);
    expect(report.signatures.find((s) => s.id === 'mail-oauth-token-not-defined')?.file).toMatch(/incoming-mail\.log\.2\.gz$/);
    expect(report.facts['jsm.version']).toBe('4.20.11');
    expect(report.facts['rest401.pattern']).toBe('intermittent');
    expect(report.authentication.map((a) => a.user).sort()).toEqual(['bob', 'svc-ci']);
    expect(progress.at(-1)).toMatchObject({ bytesDone: report.bytesRead, bytesTotal: report.bytesRead });
    expect(progress.map((p) => p.bytesDone)).toEqual([...progress.map((p) => p.bytesDone)].sort((a, b) => a - b));
  });
});

describe('scanning support zips in place', () => {
  it('reads the logs and the application properties of a support zip without extracting it', async () => {
    const zip = file(
      'Jira_support_2026-03-02.zip',
      await zipOf({
        'application-logs/atlassian-jira.log': `${BANNER}${JIRA('ldaps://dc1.corp:636')}`,
        'application-logs/atlassian-jira-security.log': SECURITY,
        'application-logs/atlassian-jira-incoming-mail.log.1': MAIL,
        'application-logs/atlassian-jira-security.log.2.gz': gzipSync(SECURITY.replace(/svc-ci/g, 'carol')),
        'application-properties/application.xml': APPLICATION_XML,
        'application-config/cluster.properties': 'jira.node.id = node-a\n',
        'application-config/dbconfig.xml': '<jira-database-config/>',
      }),
    );
    const before = new Set(readdirSync(dir));
    const report = await scanPaths([zip]);
    expect(new Set(readdirSync(dir))).toEqual(before);

    expect(report.files.filter((f) => f.kind !== 'zip').map((f) => [f.name.split('!/')[1], f.node, f.status])).toEqual([
      ['application-properties/application.xml', 'node-a', 'read'],
      ['application-logs/atlassian-jira.log', 'node-a', 'read'],
      ['application-logs/atlassian-jira-incoming-mail.log.1', 'node-a', 'read'],
      ['application-logs/atlassian-jira-security.log', 'node-a', 'read'],
      ['application-logs/atlassian-jira-security.log.2.gz', 'node-a', 'read'],
    ]);
    expect(report.authentication.map((a) => a.user).sort()).toEqual(['carol', 'svc-ci']);
    expect(report.facts['jira.version']).toBe('8.20.10');
    expect(report.facts['jvm.args']).toBe('-Xms2g -Xmx4g -Dhttps.proxyHost=proxy.corp -Dhttps.proxyPort=3128 -Djavax.net.ssl.trustStorePassword=***');
    expect(report.facts['jira.clustered']).toBeUndefined();
    expect(report.bytesRead).toBe(report.files[0]!.bytes);
  });

  it('tells nodes apart across support zips and calls Jira and LDAP clustered', async () => {
    const a = file('a.zip', await zipOf({ 'application-logs/atlassian-jira.log': JIRA('ldaps://dc1.corp:636'), 'application-config/cluster.properties': 'jira.node.id=node-a' }));
    const b = file('b.zip', await zipOf({ 'application-logs/atlassian-jira.log': JIRA('ldaps://dc2.corp:636'), 'application-config/cluster.properties': 'jira.node.id=node-b' }));
    const report = await scanPaths([a, b]);
    expect(report.nodes).toEqual(['node-a', 'node-b']);
    expect(report.facts).toMatchObject({ 'jira.clustered': true, 'ldap.clustered': true });
    expect(report.ldapServers).toEqual([
      { url: 'ldaps://dc1.corp:636', node: 'node-a', count: 1 },
      { url: 'ldaps://dc2.corp:636', node: 'node-b', count: 1 },
    ]);
  });

  it('reads a zip nested in a zip (one level, in memory) and reports deeper nesting', async () => {
    const inner = await zipOf({ 'application-logs/atlassian-jira-security.log': SECURITY, 'deeper.zip': await zipOf({ 'atlassian-jira.log': MAIL }) });
    const outer = file('nodes.zip', await zipOf({ 'node1.zip': inner }));
    const report = await scanPaths([outer]);
    expect(report.signatures.map((s) => s.id)).toContain('security-failed');
    expect(report.files.find((f) => f.name.endsWith('node1.zip!/application-logs/atlassian-jira-security.log'))?.status).toBe('read');
    expect(problemOf(report, 'deeper.zip')).toMatch(/zip inside a zip inside a zip is not read: extract it/);
    expect(report.signatures.map((s) => s.id)).not.toContain('mail-oauth-token-not-defined');
  });

  it('reports an upload that breaks off, and scans the other files', async () => {
    const broken = new Readable({ read() {} });
    broken.push(Buffer.from('PK\x03\x04'));
    setTimeout(() => broken.destroy(new Error('connection reset')), 10);
    const report = await scanStreams([
      { name: 'support.zip', stream: broken, size: 1000 },
      { name: 'atlassian-jira-incoming-mail.log', stream: Readable.from([Buffer.from(MAIL)]), size: MAIL.length },
    ]);
    expect(problemOf(report, 'support.zip')).toBe('the upload broke off (connection reset): add the file again');
    expect(report.signatures.map((s) => s.id)).toContain('mail-oauth-token-not-defined');
  });

  it('reads an uploaded zip in memory (browser mode)', async () => {
    const bytes = await zipOf({ 'application-logs/atlassian-jira-incoming-mail.log': MAIL });
    const report = await scanStreams([{ name: 'support.zip', stream: Readable.from([bytes.subarray(0, 10), bytes.subarray(10)]), size: bytes.length }]);
    expect(report.signatures.map((s) => s.id)).toContain('mail-oauth-token-not-defined');
  });
});

describe('bad input gets a clear message and no crash', () => {
  it('skips a binary file', async () => {
    const report = await scanPaths([file('heap.bin', Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 0x34, 1, 2, 3]))]);
    expect(problemOf(report, 'heap.bin')).toMatch(/not a text log \(it holds binary data\)/);
  });

  it('says how to fix a log saved as UTF-16', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SECURITY, 'utf16le')]);
    const report = await scanPaths([file('utf16/atlassian-jira-security.log', utf16)]);
    expect(report.files[0]!.problem).toMatch(/^saved as UTF-16 text.*save it as UTF-8/);
  });

  it('scans a truncated gzip file up to the cut and says so', async () => {
    const whole = gzipSync(`${MAIL}${'2022-10-12 08:02:37,000+0000 INFO [] Caesium-1-3 ServiceRunner filler line\n'.repeat(2000)}`);
    const report = await scanPaths([file('atlassian-jira-incoming-mail.log.3.gz', whole.subarray(0, Math.floor(whole.length / 2)))]);
    const f = report.files.find((x) => x.name.endsWith('.3.gz'))!;
    expect(f.status).toBe('partial');
    expect(f.problem).toMatch(/the gzip file ends early/);
    expect(report.signatures.map((s) => s.id)).toContain('mail-oauth-token-not-defined');
  });

  it('reads a 10 MB single line within bounds', async () => {
    const line = `2026-03-02 10:00:00,000+0000 main ERROR x ${'A'.repeat(10 << 20)} AADSTS7000222: The provided client secret keys for app 'x' are expired.`;
    const report = await scanPaths([file('long/atlassian-jira.log', line)]);
    const f = report.files.find((x) => x.name.endsWith('long/atlassian-jira.log'))!;
    expect(f).toMatchObject({ status: 'read', lines: 1 });
    expect(f.notes).toContain('some lines are longer than 1 MB: they were scanned in pieces');
    expect(report.signatures.find((s) => s.id === 'aadsts-7000222')?.samples[0]!.length).toBeLessThanOrEqual(401);
  });

  it('reads a text file without Jira timestamps line by line, and says so', async () => {
    const lines = 'INFO: Server startup in 4293 ms\n'.repeat(60_000) + 'ERROR AADSTS7000222: The provided client secret keys are expired.\n';
    const report = await scanPaths([file('catalina/catalina.out', lines)]);
    expect(report.files[0]!.notes).toEqual(['more than 1 MB without a timestamped line (not the layout of a Jira log?): those parts were scanned line by line']);
    expect(report.signatures.find((s) => s.id === 'aadsts-7000222')).toMatchObject({ count: 1, line: 60_001 });
  });

  it('reads bytes that are not UTF-8 as Latin-1', async () => {
    const report = await scanPaths([file('latin1/atlassian-jira-security.log', Buffer.from(SECURITY.replace(/svc-ci/g, 'jürgen'), 'latin1'))]);
    expect(report.authentication[0]?.user).toBe('jürgen');
    expect(report.files[0]!.notes).toContain('parts are not UTF-8: they were read as Latin-1');
  });

  it('reads an empty file and says it is empty', async () => {
    const report = await scanPaths([file('empty/atlassian-jira.log', '')]);
    expect(report.files[0]).toMatchObject({ status: 'read', lines: 0, notes: ['the file is empty'] });
  });

  it('says what to give when a folder holds no Jira logs, and when a path does not exist', async () => {
    mkdirSync(join(dir, 'nothing-here'));
    const report = await scanPaths([join(dir, 'nothing-here'), join(dir, 'missing.log')]);
    expect(problemOf(report, 'nothing-here')).toMatch(/^no Jira logs in this folder: give atlassian-jira\.log/);
    expect(problemOf(report, 'missing.log')).toBe('not found: check the path');
  });

  it('says a damaged zip cannot be read', async () => {
    const bytes = await zipOf({ 'application-logs/atlassian-jira.log': MAIL });
    const report = await scanPaths([file('damaged.zip', bytes.subarray(0, bytes.length - 30))]);
    expect(problemOf(report, 'damaged.zip')).toMatch(/^not a readable zip .*: it may be cut off or damaged/);
  });

  it('stops when cancelled and reports what was read', async () => {
    const controller = new AbortController();
    const path = file('big/atlassian-jira-security.log', `${SECURITY}\n`.repeat(20000));
    const report = await scanPaths([path], { signal: controller.signal, onProgress: () => controller.abort() });
    expect(report.cancelled).toBe(true);
    expect(report.files[0]).toMatchObject({ status: 'partial', problem: 'the scan was cancelled while reading this file' });
  });
});

describe('the scan command', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../../electron/cli/main.ts'), 'scan', ...args], { encoding: 'utf8' });

  it('prints JSON whose facts feed diagnose', () => {
    const result = cli(file('cli/atlassian-jira-security.log', SECURITY), '--format', 'json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as ScanReport;
    expect(report.facts['rest401.pattern']).toBe('intermittent');
  });

  it('prints a report that fits 80 columns and names the next step', () => {
    const result = cli(file('cli2/atlassian-jira-security.log', SECURITY));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Failed login of an existing user: 1 time');
    expect(result.stdout).toContain('rest401.pattern = intermittent');
    expect(result.stdout).toContain('diagnose --facts scan.json');
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('exits with 2 and says why when nothing could be read', () => {
    const result = cli(join(dir, 'does-not-exist.log'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not found: check the path');
  });
});
