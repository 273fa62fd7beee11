import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedactError, redactFile } from '../../../electron/redact/redact';
import { scanPaths } from '../../../electron/scan/index';
import { harText, oauthDance, onNode, SECRETS, type Flavour, type Step } from '../scan/har-fixtures';

type Har = { log: { entries: Entry[]; creator: unknown; comment?: string } };
type Pair = { name: string; value: string };
type Entry = {
  startedDateTime: string;
  timings: unknown;
  request: { method: string; url: string; headers: Pair[]; cookies?: Pair[]; queryString: Pair[]; postData?: { text: string }; bodySize: number };
  response: { status: number; headers: Pair[]; content: { size: number; text?: string }; redirectURL: string; bodySize: number };
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-redact-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let n = 0;
async function redacted(text: string | Buffer, options: Parameters<typeof redactFile>[2] = {}, name = 'in.har') {
  const input = join(dir, `${n}-${name}`);
  const output = join(dir, `${n++}-out-${name}`);
  await writeFile(input, text);
  const result = await redactFile(input, output, options);
  return { result, input, output, text: await readFile(output, 'utf8') };
}

function expectNoSecret(text: string): void {
  for (const [name, secret] of Object.entries(SECRETS)) {
    expect(text, `${name} is still in the copy`).not.toContain(secret);
    expect(text, `${name} (URL-encoded) is still in the copy`).not.toContain(encodeURIComponent(secret));
  }
}

const SCENARIOS: Record<string, Step[]> = {
  sticky: oauthDance(onNode('jsm-node01')),
  switched: oauthDance((_p, at) => (at >= 11 ? 'node2' : 'node1'), { routeOnly: true }),
  'oauth error': oauthDance(onNode('n1'), { callbackError: 'AADSTS7000215: Invalid client secret provided.' }),
  'implicit and form_post': [
    { at: 0, url: `https://jira.corp.example/plugins/servlet/oauth2/cb#access_token=${SECRETS.accessToken}&token_type=Bearer`, status: 200, node: 'n1' },
    {
      at: 1,
      method: 'POST',
      url: 'https://login.microsoftonline.com/common/login',
      status: 200,
      body: { mimeType: 'text/html', text: `<form method="POST"><input type="hidden" name="code" value="${SECRETS.code}"/><input type="hidden" name="id_token" value="${SECRETS.accessToken}"/><input type="hidden" name="state" value="st4te"/></form>` },
      responseHeaders: { 'X-Custom-Token': SECRETS.refreshToken, 'Set-Cookie': `ESTSAUTH=${SECRETS.msCookie}; path=/; secure` },
    },
    {
      at: 2,
      method: 'POST',
      url: 'https://jira.corp.example/rest/api/2/issue/T-1/attachments',
      status: 403,
      node: 'n1',
      postData: { mimeType: 'multipart/form-data; boundary=xx', text: `--xx\r\nContent-Disposition: form-data; name="password"\r\n\r\n${SECRETS.password}\r\n--xx\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello\r\n--xx--` },
    },
    {
      at: 3,
      method: 'POST',
      url: 'https://login.microsoftonline.com/contoso/oauth2/v2.0/token',
      status: 200,
      postData: { mimeType: 'application/x-www-form-urlencoded', text: `grant_type=authorization_code&client_id=abc&client_secret=${encodeURIComponent(SECRETS.clientSecret)}&code=${SECRETS.code}&redirect_uri=${encodeURIComponent('https://jira.corp.example/cb')}` },
      body: { mimeType: 'application/json', text: JSON.stringify({ token_type: 'Bearer', access_token: SECRETS.accessToken, refresh_token: SECRETS.refreshToken, nested: { password: SECRETS.password } }) },
    },
  ],
};

describe.each(['chrome', 'firefox'] as Flavour[])('redact, a %s recording', (flavour) => {
  it.each(Object.keys(SCENARIOS))('%s: masks every secret and keeps a valid HAR with every request, status, path, timing, size and node header', async (scenario) => {
    const original = harText(flavour, SCENARIOS[scenario]!);
    const { text, result } = await redacted(original);
    expectNoSecret(text);
    const before = JSON.parse(original) as Har;
    const after = JSON.parse(text) as Har;
    expect(result).toMatchObject({ kind: 'har', requests: before.log.entries.length });
    expect(after.log.creator).toEqual(before.log.creator);
    expect(after.log.comment).toMatch(/Secrets masked by jira-doctor/);
    expect(after.log.entries).toHaveLength(before.log.entries.length);
    after.log.entries.forEach((e, i) => {
      const b = before.log.entries[i]!;
      expect(Object.keys(e)).toEqual(Object.keys(b));
      expect([e.startedDateTime, e.timings, e.request.method, e.response.status, e.request.bodySize, e.response.bodySize, e.response.content.size]).toEqual([
        b.startedDateTime,
        b.timings,
        b.request.method,
        b.response.status,
        b.request.bodySize,
        b.response.bodySize,
        b.response.content.size,
      ]);
      expect(new URL(e.request.url).pathname).toBe(new URL(b.request.url).pathname);
      expect(e.request.headers.map((h) => h.name)).toEqual(b.request.headers.map((h) => h.name));
      expect(e.response.headers.map((h) => h.name)).toEqual(b.response.headers.map((h) => h.name));
      for (const h of ['x-anodeid', 'x-arequestid', 'content-type']) {
        expect(e.response.headers.find((x) => x.name.toLowerCase() === h)?.value).toBe(b.response.headers.find((x) => x.name.toLowerCase() === h)?.value);
      }
    });
  });

  it('keeps the route at the end of JSESSIONID, so the copy still shows the node, and the scan of the copy finds what the original shows', async () => {
    const original = harText(flavour, SCENARIOS.switched!);
    const { text, output, input } = await redacted(original);
    expect(text).toContain('JSESSIONID=***.node1');
    const [a, b] = await Promise.all([scanPaths([input]), scanPaths([output])]);
    expect(b.facts).toEqual(a.facts);
    expect(b.recording!.sessions[0]!.switches).toEqual(a.recording!.sessions[0]!.switches);
  });

  it('replaces hosts, the signed-in user and addresses with stand-ins when asked', async () => {
    const steps = oauthDance(onNode('n1')).map((s) => (s.url.startsWith('https://jira') ? { ...s, responseHeaders: { 'X-AUSERNAME': 'alice.admin', ...s.responseHeaders } } : s));
    const { text } = await redacted(harText(flavour, steps), { pseudonymize: true });
    expectNoSecret(text);
    expect(text).not.toMatch(/jira\.corp\.example|alice\.admin|10\.0\.0\.5/);
    expect(text).toContain('login.microsoftonline.com');
    expect(text).toMatch(/host-1\.example/);
    expect(() => JSON.parse(text) as unknown).not.toThrow();
  });
});

describe('redact, a log file', () => {
  it('masks secrets line by line and keeps every line', async () => {
    const log = [
      '2026-11-20 09:00:00,000+0000 http-nio-8080-exec-1 INFO anonymous 540x1x1 - 10.0.0.1 /rest/auth/1/session login with password=' + SECRETS.password,
      `2026-11-20 09:00:01,000+0000 http-nio-8080-exec-2 DEBUG svc 540x2x1 - 10.0.0.1 /rest/api/2/myself Authorization: Bearer ${SECRETS.accessToken}`,
      `2026-11-20 09:00:02,000+0000 Caesium-1-3 ERROR ServiceRunner token refresh {"refresh_token":"${SECRETS.refreshToken}","client_secret":"${SECRETS.clientSecret}"}`,
      '',
    ].join('\n');
    const { text, result } = await redacted(log, {}, 'atlassian-jira.log');
    expectNoSecret(text);
    expect(result).toMatchObject({ kind: 'log', lines: 3 });
    expect(text.split('\n')).toHaveLength(4);
    expect(text).toContain('/rest/auth/1/session');
  });

  it('writes a gzip-compressed copy of a gzip-compressed file', async () => {
    const input = join(dir, 'recording.har.gz');
    const output = join(dir, 'recording-redacted.har.gz');
    await writeFile(input, gzipSync(harText('chrome', SCENARIOS.sticky!)));
    const result = await redactFile(input, output);
    expect(result).toMatchObject({ kind: 'har', gzip: true, requests: 8 });
    const text = gunzipSync(await readFile(output)).toString('utf8');
    expectNoSecret(text);
    expect((JSON.parse(text) as Har).log.entries).toHaveLength(8);
  });
});

describe('redact refuses what it cannot do, says why, and writes nothing', () => {
  const refused = async (text: string | Buffer | undefined, message: RegExp, setup?: (output: string) => Promise<void>) => {
    const input = join(dir, `bad-${n}`);
    const output = join(dir, `bad-${n++}-out`);
    if (text !== undefined) await writeFile(input, text);
    await setup?.(output);
    const before = await readdir(dir);
    await expect(redactFile(input, output)).rejects.toThrow(RedactError);
    await expect(redactFile(input, output)).rejects.toThrow(message);
    // No half-written copy and no temporary file is left behind.
    expect((await readdir(dir)).sort()).toEqual(before.sort());
  };
  const har = harText('firefox', SCENARIOS.sticky!);

  it('a missing file', () => refused(undefined, /not found: check the path/));
  it('a cut-off recording', () => refused(har.slice(0, har.length / 2), /ends early .*after \d+ request.*Nothing was written/));
  it('JSON that is not a recording', () => refused('{"symptom": "mail-oauth"}', /not a browser recording.*Export HAR/));
  it('an empty file', () => refused('', /empty/));
  it('a binary file', () => refused(Buffer.from([1, 2, 0, 0, 5, 6]), /not a text file/));
  it('a zip', () => refused(Buffer.from('PK\x03\x04rest'), /is a zip: .*extract/));
  it('an --out that exists, unless --force', async () => {
    await refused(har, /already exists: .*--force/, (out) => writeFile(out, 'keep me'));
    const input = join(dir, 'force.har');
    const output = join(dir, 'force-out.har');
    await writeFile(input, har);
    await writeFile(output, 'old');
    await redactFile(input, output, { force: true });
    expect(await readFile(output, 'utf8')).toMatch(/^\{/);
  });
  it('an --out that is the input itself', async () => {
    const input = join(dir, 'same.har');
    await writeFile(input, har);
    await expect(redactFile(input, input, { force: true })).rejects.toThrow(/replace the original/);
    expect(await readFile(input, 'utf8')).toBe(har);
  });
});
