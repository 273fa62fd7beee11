import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../knowledge/index';
import { maskedReportInput, renderReport, type MaskedReportInput } from '../../../electron/report/index';
import { reportInputFrom } from '../../../electron/report/input';
import { scanPaths } from '../../../electron/scan/index';
import { sessionOf } from '../../support/sessions';

/** Secrets planted where careless evidence could hold them; none may reach any report. */
const SECRETS = ['S3cr3t-Passw0rd', 'eyJhbGciOiJIUzI1NiJ9.pat-token-value', '6E3487971234567896704A9EB4AE501F', 'azure-client-secret-value~XYZ'];

function session(): Session {
  return sessionOf({
    name: 'メールハンドラーの認証エラー (JSM helpdesk)',
    facts: {
      symptom: 'mail-oauth',
      'mail.handler': 'jira',
      'mail.provider': 'microsoft',
      'mail.protocol': 'pop',
      'jira.version': '8.12.3',
      'mail.host': 'outlook.office365.com',
      'jira.clustered': true,
      'jvm.args': `-Xmx8g -Dhttps.proxyHost=proxy.acme.internal -Dhttps.proxyPassword=${SECRETS[0]}`,
      errors: [`Protocol error. Connection is closed. 10 (Authorization: Basic ${Buffer.from(`alice:${SECRETS[0]}`).toString('base64')})`],
    },
    unknown: ['azure.secretExpiresOn'],
    requestHeaders: { Authorization: `Bearer ${SECRETS[1]}` },
    responseHeaders: { 'set-cookie': `JSESSIONID=${SECRETS[2]}; Path=/`, 'x-ausername': 'helpdesk-bot' },
    bodyExcerpt: `{"password":"${SECRETS[0]}"}`,
    notes: [`client_secret=${SECRETS[3]} was seen in a log line from 10.20.30.40`],
    tallies: [{ label: 'Responses per node', counts: { 'node1 · 200': 4, 'node2 · 200': 4 } }],
  });
}

let dir: string;
const input = (): MaskedReportInput => reportInputFrom(session(), 'session');

/** Text of every stream in a PDF, inflated where compressed, so a secret cannot hide in the bytes. */
function rawText(pdf: Buffer): string {
  const parts = [pdf.toString('latin1')];
  const re = /stream\r?\n/g;
  for (let m = re.exec(parts[0]!); m; m = re.exec(parts[0]!)) {
    const start = m.index + m[0].length;
    const end = pdf.indexOf('endstream', start);
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a deflated stream (fonts are, images may not be): its raw bytes are already in parts[0]
    }
  }
  return parts.join('\n');
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jd-report-'));
});

describe('the PDF report', () => {
  let file: string;
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = (await renderReport(input(), { format: 'pdf', pageSize: 'A4', today: '2026-11-23' })).bytes;
    file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
  });

  it('opens with the problem, the causes found and who must act first', () => {
    const page1 = run('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-']);
    expect(page1).toContain('The problem'.toUpperCase());
    expect(page1).toContain('Jira 8.12.3');
    expect(page1).toMatch(/THE CAUSES FOUND[\s\S]*CONFIRMED[\s\S]*WHAT TO DO FIRST/);
    expect(page1).toMatch(/POP/);
    expect(page1).toContain('Jira administrator');
    expect(page1).toContain('2026-11-23');
  });

  it("keeps Japanese text intact without any system font: Noto Sans JP embedded for it, the rest in PDF's standard fonts", () => {
    expect(run('pdftotext', [file, '-'])).toContain('メールハンドラーの認証エラー');
    const fonts = run('pdffonts', [file]);
    // The session's name is the title, in bold.
    expect(fonts).toMatch(/NotoSansJP-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    const lines = fonts.split('\n').slice(2).filter(Boolean);
    expect(
      lines.every((l) => /NotoSansJP-(Regular|Bold)\s.*\syes\s+yes\s+yes\s/.test(l) || /^Helvetica(-Bold)?\s+Type 1\s+WinAnsi\s+no\s/.test(l) || /^Symbol\s+Type 1\s+Symbol\s+no\s/.test(l)),
      lines.join('\n'),
    ).toBe(true);
  });

  it("sets an English report in PDF's standard fonts, its arrows in Symbol: no font embedded, the same words", async () => {
    // The checks' request lines ("GET … → 200") and the checks' menu paths carry arrows, beyond Helvetica.
    const english = maskedReportInput({ ...input().input, name: 'Mail handler on prod' });
    const latin = join(dir, 'latin.pdf');
    writeFileSync(latin, (await renderReport(english, { format: 'pdf', pageSize: 'A4', today: '2026-11-23' })).bytes);
    const fonts = run('pdffonts', [latin]).split('\n').slice(2).filter(Boolean);
    expect(fonts.some((l) => /^Symbol\s+Type 1\s+Symbol\s+no\s/.test(l)), fonts.join('\n')).toBe(true);
    expect(fonts.every((l) => /^Helvetica(-Bold|-Oblique|-BoldOblique)?\s+Type 1\s+WinAnsi\s+no\s/.test(l) || /^Symbol\s+Type 1\s+Symbol\s+no\s/.test(l)), fonts.join('\n')).toBe(true);
    const text = run('pdftotext', [latin, '-']).replace(/\s+/g, ' ');
    expect(text).toContain('Mail handler on prod');
    expect(text).toContain('Administration (cog icon) > System > Incoming Mail');
    expect(text).toContain('Every cause considered');
    expect(text).toContain('GET https://jira.acme.internal/rest/api/2/serverInfo → 200 (node node1)');
  });

  it('draws an arrow on the line of the words beside it, between them', async () => {
    const english = maskedReportInput({ ...input().input, name: 'Mail handler on prod' });
    const latin = join(dir, 'arrow.pdf');
    writeFileSync(latin, (await renderReport(english, { format: 'pdf', pageSize: 'A4', today: '2026-11-23' })).bytes);
    const words = [...run('pdftotext', ['-bbox', latin, '-']).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x: [Number(m[1]), Number(m[3])] as const,
      y: [Number(m[2]), Number(m[4])] as const,
      text: m[5]!,
    }));
    const arrow = words.findIndex((w, i) => w.text === '→' && words[i - 1]?.text.endsWith('/serverInfo'));
    expect(arrow).toBeGreaterThan(0);
    const [before, it, after] = [words[arrow - 1]!, words[arrow]!, words[arrow + 1]!];
    expect(after.text).toBe('200');
    // One line (Symbol's box is a little taller than Helvetica's), the arrow between its neighbours with a space either side.
    expect(after.y).toEqual(before.y);
    expect(it.y[0]).toBeLessThan(before.y[1]);
    expect(it.y[1]).toBeGreaterThan(before.y[0]);
    expect(Math.abs(it.y[1] - before.y[1])).toBeLessThan(1);
    expect(it.x[0]).toBeGreaterThan(before.x[1]);
    expect(after.x[0]).toBeGreaterThan(it.x[1]);
  });

  it('lists every cause considered, the ruled-out ones too, the answers, open questions and sources', () => {
    const text = run('pdftotext', [file, '-']);
    expect(text).toContain('Every cause considered');
    expect(text).toContain('Ruled out');
    expect(text).toContain('Open questions and assumptions');
    expect(text).toMatch(/Jira or Jira Service Management mail handlers cannot be configured/);
    expect(text).not.toMatch(/Article 00\d/);
    expect(text).toContain('Responses per node');
  });

  it('writes symbols the font lacks in words, never as an empty box', () => {
    const text = run('pdftotext', [file, '-']);
    expect(text.replace(/\s+/g, ' ')).toContain('Administration (cog icon) > System > Incoming Mail');
    expect(text).not.toContain('⚙');
  });

  it('never contains a secret, in the text or in the raw bytes', () => {
    const text = run('pdftotext', [file, '-']);
    const raw = rawText(pdf);
    for (const secret of SECRETS) {
      expect(text).not.toContain(secret);
      expect(raw).not.toContain(secret);
    }
    expect(raw).not.toContain(Buffer.from(`alice:${SECRETS[0]}`).toString('base64'));
  });

  it('comes in A4 and Letter', async () => {
    expect(run('pdfinfo', [file])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const letter = join(dir, 'letter.pdf');
    writeFileSync(letter, (await renderReport(input(), { format: 'pdf', pageSize: 'LETTER', today: '2026-11-23' })).bytes);
    expect(run('pdfinfo', [letter])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });
});

describe('Markdown and JSON', () => {
  it('writes Markdown for a ticket with checklists per team and no secret', async () => {
    const md = (await renderReport(input(), { format: 'md', today: '2026-11-23' })).bytes.toString('utf8');
    expect(md).toMatch(/^# メールハンドラーの認証エラー/);
    expect(md).toContain('## Action plan by team');
    expect(md).toMatch(/- \[ \] /);
    for (const secret of SECRETS) expect(md).not.toContain(secret);
  });

  it('exports the whole session as JSON that reads back as the same input', async () => {
    const json = JSON.parse((await renderReport(input(), { format: 'json', today: '2026-11-23' })).bytes.toString('utf8')) as Session;
    expect(json.schemaVersion).toBe(1);
    expect(json.answers.map((a) => a.fact)).toEqual(session().answers.map((a) => a.fact));
    expect(json.unknown).toEqual(['azure.secretExpiresOn']);
    const again = reportInputFrom(json, 'export');
    expect(again.input.answers.length).toBe(session().answers.length);
    for (const secret of SECRETS) expect(JSON.stringify(json)).not.toContain(secret);
  });

  it('replaces hosts, users and IPs on request, consistently', async () => {
    const md = (await renderReport(input(), { format: 'md', pseudonymize: true, today: '2026-11-23' })).bytes.toString('utf8');
    expect(md).not.toMatch(/acme\.internal|10\.20\.30\.40|helpdesk-bot/);
    expect(md).toContain('outlook.office365.com');
  });
});

describe('a report over a log scan', () => {
  it('shows what the scan found and the logins per user, with the password of a log line masked', async () => {
    const log = join(dir, 'atlassian-jira-security.log');
    const line = (time: string, reqId: string, message: string) =>
      `2023-02-20 ${time},982+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous ${reqId} 13chojl 10.1.103.156 /rest/api/2/serverInfo?os_password=${SECRETS[0]} ${message}`;
    writeFileSync(
      log,
      [
        line('16:48:05', '1008x10665967x3', "The user 'svc-sync' has PASSED authentication."),
        line('17:09:00', '1029x10688423x2', "login : 'svc-sync' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie."),
        line('17:09:00', '1029x10688423x2', "The user 'svc-sync' has FAILED authentication.  Failure count equals 15"),
      ].join('\n') + '\n',
    );
    const scan = await scanPaths([log]);
    const s = { ...session(), checks: undefined, scan };
    const report = reportInputFrom(s, 'session');
    const md = (await renderReport(report, { format: 'md', today: '2026-11-23' })).bytes.toString('utf8');
    expect(md).toContain('## Log scan findings');
    expect(md).toMatch(/FAILED authentication/i);
    const pdfFile = join(dir, 'scan.pdf');
    writeFileSync(pdfFile, (await renderReport(report, { format: 'pdf', today: '2026-11-23' })).bytes);
    const text = run('pdftotext', [pdfFile, '-']);
    expect(text).toContain('Logins of svc-sync');
    for (const out of [md, text]) expect(out).not.toContain(SECRETS[0]);
  });
});
