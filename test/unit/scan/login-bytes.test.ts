import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../knowledge/core';
import { scanPaths, scanStreams } from '../../../electron/scan/scan';

/**
 * The security log's login outcomes are read from the bytes; every other event, and any login
 * line that looks unusual, the ordinary way. Both must give the same report, byte for byte.
 */
const scan = (files: Record<string, string | Buffer>, loginsFromBytes: boolean, chunk = 777) =>
  scanStreams(
    Object.entries(files).map(([name, content]) => {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      // Small chunks put events across chunk boundaries, as a large file does.
      const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk));
      return { name, stream: Readable.from(chunks), size: bytes.length };
    }),
    { signatures: knowledge.signatures, loginsFromBytes },
  );

const same = async (files: Record<string, string | Buffer>, chunk?: number) => {
  const [fast, ordinary] = await Promise.all([scan(files, true, chunk), scan(files, false, chunk)]);
  const { startedAt: _a, finishedAt: _b, ...fastReport } = fast;
  const { startedAt: _c, finishedAt: _d, ...ordinaryReport } = ordinary;
  expect(fastReport).toEqual(ordinaryReport);
  return fast;
};

// Some names hold a severe word (a severe line's error is kept), or its letters without it.
const users = fc.oneof(fc.constantFrom('alice', 'bob', 'svc-jira', 'Zoë', 'o\'brien', 'x y', '', 'x FATAL y', 'ERROR', 'a ERRO R', 'L W'), fc.string({ maxLength: 8 }));
const stamp = fc
  .tuple(fc.integer({ min: 0, max: 20_000_000 }), fc.constantFrom('+0000', '-0500', '+05:30', 'Z', '', '+0000', '+05:3x', '-07', '+1'))
  .map(([s, offset]) => `${new Date(Date.UTC(2026, 10, 1) + s * 1000 + (s % 1000)).toISOString().slice(0, 23).replace('T', ' ').replace('.', ',')}${offset}`);
const head = fc
  .tuple(stamp, fc.integer({ min: 1, max: 40 }), fc.constantFrom('', '1029x10688423x2 '), fc.constantFrom('INFO', 'INFO', 'WARN', 'ERROR', 'FATAL', ''))
  .map(([t, thread, request, level]) => `${t} http-nio-8080-exec-${thread} ${level} ${request}url: /rest/api/2/myself; user: u [c.a.j.security.login.JiraSeraphAuthenticator]`);
const event = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(head, users).map(([h, u]) => `${h} The user '${u}' has PASSED authentication.`) },
  { weight: 5, arbitrary: fc.tuple(head, users, fc.integer({ min: 0, max: 40 }), fc.constantFrom(' ', '  ', '\t', '\n')).map(([h, u, n, space]) => `${h} The user '${u}' has FAILED authentication.${space}Failure count equals ${n}`) },
  { weight: 1, arbitrary: fc.tuple(head, users).map(([h, u]) => `${h} The user '${u}' has FAILED authentication. Failure count equals x`) },
  { weight: 1, arbitrary: fc.tuple(head, users).map(([h, u]) => `${h} The user '${u}' has passed authentication.`) },
  { weight: 1, arbitrary: fc.tuple(head, users).map(([h, u]) => `${h} login : '${u}' tried to login but they do not have USE permission or weren't found`) },
  { weight: 1, arbitrary: fc.tuple(head, users).map(([h, u]) => `${h} The user '${u}' is required to answer a CAPTCHA elevated security check`) },
  { weight: 1, arbitrary: fc.tuple(head, users).map(([h, u]) => `${h} The user '${u}' has PASSED authentication. The user '${u}' has PASSED authentication.`) },
  { weight: 1, arbitrary: head.map((h) => `${h} Heartbeat, nothing to report`) },
  { weight: 1, arbitrary: fc.tuple(head, users).map(([h, u]) => `${h} ERROR The user '${u}' has PASSED authentication.\n\tat com.example.Thing(Thing.java:1)`) },
);

describe('login outcomes read from the bytes', () => {
  it('give the same report as the ordinary path on generated security logs, one node or several', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 120 }), fc.array(event, { maxLength: 30 }), async (one, two) => {
        await same({ 'atlassian-jira-security.log': `${one.join('\n')}\n` });
        await same({ 'node1/atlassian-jira-security.log': `${one.join('\r\n')}`, 'node2/atlassian-jira-security.log.1': `${two.join('\n')}\n` });
      }),
      { numRuns: 150 },
    );
  });

  it('give the same report on hostile security logs: huge lines, invalid UTF-8, CRLF, any chunk size', async () => {
    // Bytes that are not UTF-8 (a lone continuation byte, a cut sequence, Latin-1, an overlong form), put anywhere in a line.
    const broken = fc.constantFrom(Buffer.from([0xff]), Buffer.from([0x80]), Buffer.from([0xc3]), Buffer.from([0xe9]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xe3, 0x81]));
    const spoilt = fc.tuple(event, broken, fc.nat()).map(([line, bad, at]) => {
      const bytes = Buffer.from(line);
      const cut = at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, cut), bad, bytes.subarray(cut)]);
    });
    // Longer than the text the expressions see (128 KB) and than the carry (1 MB): a padded user, a padded line.
    const huge = fc.tuple(head, fc.constantFrom(140_000, 140_000, 140_000, 1_100_000), fc.boolean()).map(([h, size, inUser]) =>
      Buffer.from(inUser ? `${h} The user '${'u'.repeat(size)}' has PASSED authentication.` : `${h} ${'x'.repeat(size)} The user 'pad' has FAILED authentication. Failure count equals 2`),
    );
    const line = fc.oneof({ weight: 30, arbitrary: event.map((e) => Buffer.from(e)) }, { weight: 8, arbitrary: spoilt }, { weight: 1, arbitrary: huge });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), fc.integer({ min: 100, max: 70_000 }), async (lines, newline, chunk) => {
        const separator = Buffer.from(newline);
        await same({ 'atlassian-jira-security.log': Buffer.concat(lines.flatMap((l) => [l, separator])) }, chunk);
      }),
      { numRuns: 30 },
    );
  }, 300_000);

  it('keep every other event, its order and its line number among login lines read a line at a time', async () => {
    // The catalogue's own example lines (most without a timestamp of their own), put after a timestamp:
    // events the ordinary path reads between the login lines, whose line numbers the report gives.
    const examples = knowledge.signatures.map((s) => s.example).filter((e): e is string => Boolean(e) && !e.includes('\n'));
    const other = fc.tuple(head, fc.constantFrom(...examples)).map(([h, e]) => (/^\d{4}-/.test(e) ? e : `${h} ${e}`));
    // Users that are odd or hold another literal, so a login line has two hits.
    const odd = fc.oneof(users, fc.constantFrom('xsrf check failed', "a' has PASSED authentication. b", 'AADSTS50011', 'jira build', 'ÅSA', '\\'));
    const login = fc.oneof(
      fc.tuple(head, odd).map(([h, u]) => `${h} The user '${u}' has PASSED authentication.`),
      fc.tuple(head, odd, fc.integer({ min: 0, max: 99 })).map(([h, u, n]) => `${h} The user '${u}' has FAILED authentication. Failure count equals ${n}`),
    );
    // Lines with no timestamp: a stack frame, one holding a login outcome, one holding another literal.
    const continuation = fc.constantFrom('\tat com.example.Thing(Thing.java:1)', "The user 'cont' has PASSED authentication.", 'Caused by: AADSTS7000215: Invalid client secret provided.');
    const line = fc.oneof({ weight: 12, arbitrary: login }, { weight: 3, arbitrary: other }, { weight: 2, arbitrary: continuation });
    const broken = fc.constantFrom(Buffer.from([0xff]), Buffer.from([0xe9]), Buffer.from([0xe3, 0x81]));
    // About one line in eight gets a byte that is not UTF-8.
    const spoil = fc.tuple(fc.nat(7), broken, fc.nat());
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(line, spoil), { minLength: 1, maxLength: 80 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 40, max: 5000 }),
        async (lines, newline, trailing, chunk) => {
          const parts = lines.map(([text, [spoilt, bad, at]]) => {
            const bytes = Buffer.from(text);
            if (spoilt !== 0) return bytes;
            const cut = at % (bytes.length + 1);
            return Buffer.concat([bytes.subarray(0, cut), bad, bytes.subarray(cut)]);
          });
          const separator = Buffer.from(newline);
          const log = Buffer.concat(parts.flatMap((p, i) => (i < parts.length - 1 || trailing ? [p, separator] : [p])));
          const report = await same({ 'atlassian-jira-security.log': log }, chunk);
          expect(report.files[0]?.lines).toBe(lines.length);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('read from a file in reused buffers, give the report of the same bytes streamed in fresh ones', async () => {
    // Over 8 MB, so the file is read in three chunks into two buffers: a line of 1.2 MB across the
    // first boundary, and a last chunk shorter than the line it ends (the scanner holds it).
    const logins = (bytes: number, from: number) => {
      const lines: string[] = [];
      for (let size = 0, i = from; size < bytes; i++) {
        const line = `2026-11-20 08:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},000+0000 exec-${i % 7} The user 'u${i % 97}' has ${i % 5 ? 'PASSED authentication.' : `FAILED authentication. Failure count equals ${i % 9}`}\n`;
        lines.push(line);
        size += line.length;
      }
      return lines.join('');
    };
    const long = (bytes: number) => `2026-11-20 09:00:00,000+0000 exec-1 ERROR ${'x'.repeat(bytes)} AADSTS50011: The redirect URI does not match\n`;
    const bytes = Buffer.from(`${logins(3_600_000, 0)}${long(1_200_000)}${logins(3_300_000, 50_000)}${long(700_000)}`);
    const dir = await mkdtemp(join(tmpdir(), 'jira-doctor-login-bytes-'));
    try {
      const path = join(dir, 'atlassian-jira-security.log');
      await writeFile(path, bytes);
      const [fromFile, streamed] = await Promise.all([
        scanPaths([path], { signatures: knowledge.signatures }),
        scanStreams([{ name: path, stream: Readable.from([bytes]), size: bytes.length }], { signatures: knowledge.signatures, loginsFromBytes: false }),
      ]);
      const { startedAt: _a, finishedAt: _b, files: fileFiles, ...fileReport } = fromFile;
      const { startedAt: _c, finishedAt: _d, files: streamFiles, ...streamReport } = streamed;
      expect(fileReport).toEqual(streamReport);
      expect(fileFiles.map((f) => [f.lines, f.status, f.notes])).toEqual(streamFiles.map((f) => [f.lines, f.status, f.notes]));
      expect(fromFile.authentication.reduce((sum, t) => sum + t.passed + t.failed, 0)).toBeGreaterThan(50_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('count passes, failures and their times per user', async () => {
    const report = await same({
      'atlassian-jira-security.log': [
        "2026-11-20 08:00:00,000+0000 http-nio-8080-exec-1 The user 'alice' has PASSED authentication.",
        "2026-11-20 08:01:00,000+0000 http-nio-8080-exec-2 The user 'alice' has FAILED authentication. Failure count equals 3",
        "2026-11-20 07:59:00,000-0100 http-nio-8080-exec-3 The user 'alice' has FAILED authentication. Failure count equals 1",
        "2026-11-20 08:02:00,000+0000 http-nio-8080-exec-4 The user 'bob' has PASSED authentication.",
        '',
      ].join('\n'),
    });
    expect(report.authentication).toEqual([
      { user: 'alice', passed: 1, failed: 2, notPermitted: 0, captcha: 0, maxFailureCount: 3, firstFailure: '2026-11-20T08:01:00.000+00:00', lastFailure: '2026-11-20T07:59:00.000-01:00' },
      { user: 'bob', passed: 1, failed: 0, notPermitted: 0, captcha: 0 },
    ]);
    expect(report.facts['rest401.pattern']).toBe('intermittent');
  });

  it('leave non-ASCII and the LDAP join to the ordinary path', async () => {
    const latin1 = Buffer.from("2026-11-20 08:00:00,000+0000 exec-1 The user 'jos\xe9' has PASSED authentication.\n", 'latin1');
    const report = await same({ 'atlassian-jira-security.log': latin1 });
    expect(report.authentication[0]?.user).toBe('jos\xe9');
    expect(report.files[0]?.notes).toContain('parts are not UTF-8: they were read as Latin-1');
  });
});
