import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exchange } from '../../../knowledge/contract/checks';
import type { Session } from '../../../knowledge/contract/session';
import { HttpClient } from '../../../electron/checks/http';
import { factsFromJson } from '../../../electron/cli/facts-input';
import { readReportInput, renderReport } from '../../../electron/report/index';
import { scanPaths } from '../../../electron/scan/index';
import { scanReportText } from '../../../electron/scan/text';
import { SessionStore } from '../../../electron/sessions/session-store';
import { Masker } from '../../../electron/text/mask';
import { withTextWidths } from '../../../electron/text/wrap';
import { planted, survivors, type Planted } from '../../unit/text/secret-shapes';

/**
 * Generated secrets of every shape and notation, put where text enters the tool (a paste saved in
 * a session, an imported session, a facts file, a scanned log, an HTTP exchange of a check), must
 * not come out anywhere: sessions.json, exports, reports of each format, scan output, evidence.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jira-doctor-secrets-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const batch = fc.array(planted, { minLength: 12, maxLength: 24 });
const at = '2026-11-20T10:15:01.123Z';
const oneLine = (p: Planted) => p.text.replace(/[\r\n]+/g, ' ');

function sessionHolding(plants: Planted[]): Session {
  const texts = plants.map((p) => p.text);
  const exchange: Exchange = {
    at,
    durationMs: 12,
    request: { method: 'GET', url: `https://jira.example.com/rest/api/2/myself?${oneLine(plants[0]!)}`, headers: Object.fromEntries(plants.map((p, i) => [`x-note-${i}`, oneLine(p)])) },
    response: { status: 401, headers: { 'www-authenticate': 'Basic realm="protected-area"' }, bodyExcerpt: texts.join(' ') },
    transcript: texts.flatMap((t) => t.split('\n')),
  };
  return {
    schemaVersion: 1,
    id: 'hostile-1',
    name: 'Pasted errors',
    createdAt: at,
    updatedAt: at,
    knowledgeVersion: '2026.11.0',
    answers: [
      { fact: 'symptom', value: 'mail-oauth', source: { kind: 'user' }, at },
      { fact: 'errors', value: texts, source: { kind: 'user' }, at },
      { fact: 'jvm.args', value: plants.map(oneLine).join(' '), source: { kind: 'scan', file: 'atlassian-jira.log', why: 'banner' }, at },
      { fact: 'auth.loginReason', value: texts[0]!, source: { kind: 'user' }, at },
    ],
    unknown: [],
    checks: {
      facts: {},
      startedAt: at,
      finishedAt: at,
      evidence: [
        {
          check: 'credentials',
          title: 'Signing in',
          startedAt: at,
          durationMs: 12,
          outcome: 'failed',
          exchanges: [exchange],
          concluded: [],
          problem: { code: 'unauthorized', message: texts[1] ?? texts[0]!, advice: oneLine(plants[0]!) },
          notes: texts,
        },
      ],
    },
    machine: { value: 'question', context: { paste: texts.join('\n'), settings: { note: texts[0] } } },
  };
}

function expectClean(where: string, output: string, plants: Planted[]): void {
  const found = survivors(output, plants);
  const context = found.map((f) => output.slice(Math.max(0, output.indexOf(f.secret) - 80), output.indexOf(f.secret) + 20)).join('\n');
  expect(found, `${where}:\n${context}`).toEqual([]);
}

describe('a secret that enters the tool never leaves it', () => {
  it('is masked in sessions as saved, imported and exported', () => {
    fc.assert(
      fc.property(batch, (plants) => {
        const dataDir = mkdtempSync(join(dir, 'store-'));
        const store = new SessionStore({ dataDir, knowledgeVersion: '2026.11.0' });
        const session = sessionHolding(plants);
        const created = store.create('New');
        store.save({ ...session, id: created.id });
        store.import(JSON.stringify(session));
        const onDisk = readFileSync(store.path, 'utf8');
        expectClean('sessions.json', onDisk, plants);
        expect(onDisk).toContain('***');
        expectClean('export', store.export(created.id).content, plants);
      }),
      { numRuns: 4 },
    );
  });

  it('is masked in every report format and in diagnose, from a session file or a facts file', async () => {
    const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
    await fc.assert(
      fc.asyncProperty(batch, async (plants) => {
        const sessionFile = join(dir, 'session.json');
        writeFileSync(sessionFile, JSON.stringify(sessionHolding(plants)));
        const input = await readReportInput(sessionFile);
        for (const format of ['md', 'json'] as const) {
          expectClean(`report ${format}`, (await renderReport(input, { format, today: '2026-11-23' })).bytes.toString('utf8'), plants);
        }
        const pdf = await renderReport(input, { format: 'pdf', today: '2026-11-23' });
        if (pdftotext) {
          const text = spawnSync('pdftotext', ['-', '-'], { input: pdf.bytes, encoding: 'utf8' }).stdout;
          expect(text).toContain('Pasted errors');
          // Lines wrap in a PDF: a secret broken across two lines must not survive either.
          expectClean('report pdf', text.replace(/\s+/g, ''), plants.map((p) => ({ ...p, secrets: p.secrets.map((s) => s.replace(/\s+/g, '')) })));
        }
        const facts = JSON.stringify({ symptom: 'mail-oauth', errors: plants.map((p) => p.text), 'jvm.args': plants.map(oneLine).join(' ') });
        const read = factsFromJson(facts, 'facts.json');
        expect(read.ok).toBe(true);
        expectClean('diagnose facts', JSON.stringify(read), plants);
      }),
      { numRuns: 3 },
    );
  });

  it('is masked in scan output, text and JSON, from a generated log', async () => {
    await fc.assert(
      fc.asyncProperty(batch, async (plants) => {
        const log = join(dir, 'atlassian-jira.log');
        const lines = plants.flatMap((p, i) => [
          `2026-11-20 10:15:0${i % 10},123+0000 Caesium-1-3 ERROR [c.a.j.i.m.p.f.puller.MailPullerWorker] AADSTS7000215: Invalid client secret provided. ${oneLine(p)}`,
          `2026-11-20 10:16:0${i % 10},123+0000 http-nio-8080-exec-3 anonymous 1008x1x3 - 10.1.103.156 /rest/api/2/myself The user 'alice' has FAILED authentication.  Failure count equals ${i + 1} ${oneLine(p)}`,
          `2026-11-20 10:17:0${i % 10},123+0000 Caesium-1-3 ERROR [mail] javax.mail.AuthenticationFailedException: AUTHENTICATE failed.`,
          p.text,
        ]);
        lines.push(`2026-11-20 10:00:00,000+0000 JIRA-Bootstrap INFO [c.a.jira.startup.JiraStartupLogger]\n     JVM Input Arguments : -Xms1g ${plants.map(oneLine).join(' ')}`);
        writeFileSync(log, `${lines.join('\n')}\n`);
        const report = await scanPaths([log]);
        expect(report.signatures.some((s) => s.samples.some((x) => x.includes('AADSTS7000215')))).toBe(true);
        expectClean('scan json', JSON.stringify(report), plants);
        expectClean('scan text', await withTextWidths(() => scanReportText(report, { jsonHint: 'x' })), plants);
      }),
      { numRuns: 3 },
    );
  });

  describe('check evidence of a real HTTP exchange', () => {
    let body = '';
    let cookie = '';
    const server = createServer((_req, res) => {
      res.setHeader('Set-Cookie', [cookie, 'atlassian.xsrf.token=BWP3-ABCD-1234|0123456789abcdef|lin; Path=/']);
      res.setHeader('X-Seraph-LoginReason', 'AUTHENTICATED_FAILED');
      res.writeHead(401, { 'Content-Type': 'text/plain' });
      res.end(body);
    });
    beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('holds no secret of the request, its headers, the answer or its cookies', async () => {
      const secret = fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKabcdefghjk23456789'.split('')), minLength: 12, maxLength: 20 }).map((s) => `Zq9${s}`);
      await fc.assert(
        fc.asyncProperty(batch, fc.array(secret, { minLength: 6, maxLength: 6 }), async (plants, [s1, s2, s3, s4, s5, s6]) => {
          body = plants.map((p) => p.text).join('\n');
          cookie = `JSESSIONID=${s5}; Path=/jira; HttpOnly`;
          const port = (server.address() as AddressInfo).port;
          const exchanges: Exchange[] = [];
          const client = new HttpClient({ timeoutMs: 5000, insecure: false }, new Masker());
          await client.send(
            {
              url: `http://127.0.0.1:${port}/rest/api/2/myself?os_username=alice&os_password=${s1}&access_token=${s2}`,
              headers: { Authorization: `Basic ${Buffer.from(`alice:${s3}`).toString('base64')}`, Cookie: `JSESSIONID=${s4}; seraph.rememberme.cookie=${s6}`, 'X-Api-Key': s6! },
            },
            AbortSignal.timeout(5000),
            (x) => exchanges.push(x),
          );
          await client.close();
          const evidence = JSON.stringify(exchanges);
          expect(evidence).toContain('AUTHENTICATED_FAILED');
          const mine: Planted = { shape: 'request and cookies', notation: 'HTTP', text: '', secrets: [s1!, s2!, s3!, s4!, s5!, s6!, Buffer.from(`alice:${s3}`).toString('base64')] };
          expectClean('evidence', evidence, [...plants, mine]);
        }),
        { numRuns: 3 },
      );
    });
  });
});
