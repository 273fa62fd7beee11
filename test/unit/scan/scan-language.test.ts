import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineFor, knowledge } from '../../../knowledge/core';
import { mergeScanReports, scanReportSchema, type ScanReport } from '../../../knowledge/contract/scan';
import { scanReportIn, untranslated } from '../../../knowledge/i18n/scan-report';
import { scanPaths } from '../../../electron/scan/index';
import { zipOf } from '../../support/zip';
import { harText, oauthDance, onNode, SECRETS } from './har-fixtures';

/**
 * The scanner's sentences in Japanese: a scan of every kind of input the scanner has words for
 * (recordings that show each verdict and fact, recordings that cannot be read, damaged gzip files
 * and zips, files that are not logs), each shown in Japanese with no sentence left in English,
 * and the report's ids, facts, counts and exact strings unchanged.
 */

const JIRA = 'https://jira.corp.example';
const cookies = { JSESSIONID: SECRETS.session, 'atlassian.xsrf.token': SECRETS.xsrf };
const SECURITY = [
  "2023-02-20 17:09:00,989+0000 http-nio-8080-exec-1 anonymous 1029x1x2 13chojl 10.1.103.156 /rest/api/2/myself The user 'svc' has FAILED authentication. Failure count equals 15",
  "2023-02-20 17:09:02,000+0000 http-nio-8080-exec-2 svc 1029x2x2 13chojl 10.1.103.156 /rest/api/2/myself The user 'svc' has PASSED authentication.",
  '',
].join('\n');
let switching = 0;

/** Inputs, each named for what the scanner should find in it. */
const INPUTS: Record<string, string | Buffer | (() => Promise<Buffer>)> = {
  'sticky.har': harText('chrome', oauthDance(onNode('node1'))),
  'switching.har': harText('firefox', oauthDance((path) => (path.includes('callback') || switching++ % 3 === 2 ? 'node2' : 'node1'))),
  'route.har': harText('chrome', oauthDance((path) => (path.includes('/rest/') ? 'node2' : 'node1'), { routeOnly: true })),
  'lb-cookie.har': harText('chrome', oauthDance(onNode('node1'), { stickyCookie: 'ROUTEID' })),
  'refused.har': harText('chrome', oauthDance(onNode('node1'), { callbackError: 'AADSTS700016: Application with identifier was not found in the directory' })),
  'captcha.har': harText('chrome', [
    { at: 0, url: `${JIRA}/rest/api/2/myself`, status: 200, node: 'n1', requestCookies: cookies },
    {
      at: 5,
      method: 'POST',
      url: `${JIRA}/rest/auth/1/session`,
      status: 403,
      node: 'n1',
      requestCookies: cookies,
      postData: { mimeType: 'application/json', text: '{"username":"svc-ci"}' },
      responseHeaders: { 'X-Seraph-LoginReason': 'AUTHENTICATION_DENIED', 'X-Authentication-Denied-Reason': `CAPTCHA_CHALLENGE; login-url=${JIRA}/login.jsp` },
    },
    { at: 900, url: `${JIRA}/rest/api/2/search`, status: 401, node: 'n1', requestCookies: cookies },
  ]),
  'xsrf.har': harText('chrome', [
    {
      at: 0,
      method: 'POST',
      url: `${JIRA}/rest/api/2/issue/TEST-3/attachments`,
      status: 403,
      node: 'n1',
      requestCookies: cookies,
      requestHeaders: { 'X-Atlassian-Token': 'nocheck' },
      postData: { mimeType: 'multipart/form-data; boundary=----x', text: '------x--' },
      body: { mimeType: 'text/plain', text: 'XSRF check failed' },
    },
  ]),
  'no-cookies.har': harText('chrome', [
    { at: 0, url: 'https://jira.example.com/rest/api/2/myself', status: 401, responseHeaders: { 'X-AREQUESTID': '1', 'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED' } },
    { at: 1, url: 'https://jira.example.com/secure/Dashboard.jspa', status: 200, fromCache: true, responseHeaders: { 'X-AREQUESTID': '2' } },
  ]),
  'not-jira.har': harText('chrome', [{ at: 0, url: 'https://intranet.example.com/', status: 200, requestCookies: { sid: 'x' } }]),
  'empty-recording.har': harText('chrome', []),
  'authorize-only.har': harText('chrome', oauthDance(onNode('node1')).slice(0, 4)),
  'cut.har': harText('chrome', oauthDance(onNode('node1'))).slice(0, 3000),
  'list.har': '[{"log": 1}]',
  'not-json.har': 'hello',
  'no-log.har': '{"version": 1}',
  'no-entries.har': '{"log": {"version": "1.2"}}',
  'brackets.har': '{"log": {"entries": [}}',
  'after-end.har': '{"log": {"entries": []}} more',
  'deep.har': `{"log": {"entries": [${'['.repeat(300)}${']'.repeat(300)}]}}`,
  'atlassian-jira-security.log': SECURITY,
  'atlassian-jira.log': Buffer.concat([Buffer.from('2023-02-20 17:09:00,000+0000 main INFO caf\xe9 latin1\n', 'latin1'), Buffer.from(`${'x'.repeat(1_100_000)}\n`)]),
  'cut.log.gz': gzipSync(Buffer.from(SECURITY)).subarray(0, 40),
  'trailing.log.gz': Buffer.concat([gzipSync(Buffer.from(SECURITY)), Buffer.from('garbage!')]),
  'damaged.log.gz': (() => {
    const gz = gzipSync(Buffer.from(SECURITY));
    gz.writeUInt32LE(gz.readUInt32LE(gz.length - 8) ^ 1, gz.length - 8);
    return gz;
  })(),
  'binary.log': Buffer.from([0, 1, 2, 3, 0, 0, 5]),
  'utf16.log': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('2023-02-20 text\n', 'utf16le')]),
  'atlassian-jira-incoming-mail.log': '',
  'support.zip': () => zipOf({ 'application-data/jira/log/atlassian-jira-security.log': SECURITY, 'readme.txt': 'x' }),
  'no-logs.zip': () => zipOf({ 'readme.txt': 'x' }),
  'nested.zip': async () => zipOf({ 'inner.zip': await zipOf({ 'deeper.zip': await zipOf({ 'atlassian-jira.log': 'x' }) }) }),
  'broken.zip': Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]),
};

let dir: string;
let reports: ScanReport[] = [];
let signatures: { scanned: typeof knowledge.signatures; shown: typeof knowledge.signatures };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-scan-language-'));
  await mkdir(join(dir, 'empty-folder'));
  for (const [name, content] of Object.entries(INPUTS)) await writeFile(join(dir, name), typeof content === 'function' ? await content() : content);
  const paths = Object.keys(INPUTS).map((name) => join(dir, name));
  reports = [
    await scanPaths(paths),
    ...(await Promise.all(paths.map((p) => scanPaths([p])))),
    await scanPaths([join(dir, 'missing.log'), join(dir, 'empty-folder'), '/dev/null']),
  ];
  reports.push(mergeScanReports([reports[1 + Object.keys(INPUTS).indexOf('atlassian-jira-security.log')]!, reports[1 + Object.keys(INPUTS).indexOf('refused.har')]!]));
  signatures = { scanned: knowledge.signatures, shown: (await engineFor('ja')).knowledge.signatures };
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the scanner's sentences in Japanese", () => {
  it('has a Japanese sentence for everything these inputs make the scanner say', () => {
    const left = new Set(reports.flatMap((r) => untranslated(scanReportIn(r, 'ja', signatures))));
    expect([...left]).toEqual([]);
  });

  it('made the scanner say many kinds of things (the inputs do what they are named for)', () => {
    const said = JSON.stringify(reports);
    for (const words of ['cannot be read to its end', 'not a browser recording', 'ends early', 'checksum does not match', 'not gzip data', 'UTF-16', 'binary data', 'the file is empty', 'without a timestamped line', 'no Jira logs inside', 'a zip inside a zip inside a zip', 'not a readable zip', 'the recording holds no cookies', "answered from the browser's cache", 'does not include Jira sending the browser', 'Browser session 1', 'Chrome or Edge', 'was answered by 2 nodes', '/rest/ calls were answered by', 'stayed on node1', 'X-Seraph-LoginReason', 'XSRF check failed', 'Microsoft sent the browser back with an error']) {
      expect(said.includes(words), words).toBe(true);
    }
  });

  it('joins the lists it names (nodes, users, servers) as Japanese lists are, with 、', () => {
    const ja = JSON.stringify(reports.map((r) => scanReportIn(r, 'ja', signatures)));
    const lists = [...ja.matchAll(/(?:ノードが応答しました（[^）]*）|応答しました): ([^"]*?)(?="|\\n)/g)].map((m) => m[1]!);
    expect(lists.some((list) => list.includes('、'))).toBe(true);
    expect(lists.filter((list) => list.includes(', '))).toEqual([]);
  });

  it('keeps ids, facts, counts and exact strings; only human texts change', () => {
    for (const report of reports) {
      const ja = scanReportIn(report, 'ja', signatures);
      expect(scanReportSchema.safeParse(ja).success).toBe(true);
      expect(ja.facts).toEqual(report.facts);
      expect(ja.signatures.map((s) => [s.id, s.count, s.file, s.line, s.samples])).toEqual(report.signatures.map((s) => [s.id, s.count, s.file, s.line, s.samples]));
      expect(ja.files.map((f) => [f.name, f.kind, f.status, f.bytes, f.lines, f.notes.length])).toEqual(report.files.map((f) => [f.name, f.kind, f.status, f.bytes, f.lines, f.notes.length]));
      if (report.recording) {
        expect(ja.recording!.failures).toEqual(report.recording.failures);
        expect(ja.recording!.sessions.map((s) => [s.verdict, s.nodes, s.switches, s.timeline])).toEqual(report.recording.sessions.map((s) => [s.verdict, s.nodes, s.switches, s.timeline]));
        // Microsoft's own message is exact in every language.
        expect(ja.recording!.oauth.filter((o) => o.step === 'error')).toEqual(report.recording.oauth.filter((o) => o.step === 'error'));
      }
    }
    const merged = scanReportIn(reports[0]!, 'ja', signatures);
    expect(JSON.stringify(merged)).toContain('https://outlook.office.com/IMAP.AccessAsUser.All');
    // English is the scanner's own words, untouched.
    expect(scanReportIn(reports[0]!, 'en')).toBe(reports[0]);
  });

  it('writes the sentences it knows by their meaning, with the values in their places', () => {
    const ja = scanReportIn(reports[0]!, 'ja', signatures);
    const said = JSON.stringify(ja);
    expect(said).toContain('ブラウザー セッション 1');
    expect(said).toContain('Chrome または Edge');
    expect(said).toMatch(/圧縮したログの後ろの 8 バイトは gzip のデータではない/);
    expect(said).toMatch(/Microsoft がエラー（invalid_client）とともにブラウザーを戻しました/);
  });
});

