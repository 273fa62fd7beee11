import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const cli = (args: string[]) => spawnSync(process.execPath, ['bin/jira-doctor.js', ...args], { encoding: 'utf8', timeout: 60_000 });
let dir: string;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.js'], { timeout: 300_000 });
  dir = mkdtempSync(join(tmpdir(), 'jd-report-cli-'));
});

describe('jira-doctor report', () => {
  it('turns a facts file into a PDF, Markdown or JSON chosen by the ending', () => {
    const facts = join(dir, 'facts.json');
    writeFileSync(facts, JSON.stringify({ symptom: 'cookie-auth', 'auth.method': 'cookie', 'auth.deniedReason': 'CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp' }));
    for (const ending of ['pdf', 'md', 'json']) {
      const out = join(dir, `r.${ending}`);
      const run = cli(['report', '--input', facts, '--out', out, '--today', '2026-11-23']);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain(`Wrote ${out}`);
    }
    expect(readFileSync(join(dir, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toMatch(/CAPTCHA/);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 });
  });

  it('writes the PDF with the libraries built beside it, loading what only Japanese text needs (fontkit) when it needs it', () => {
    const facts = join(dir, 'facts.json');
    for (const language of ['en', 'ja']) {
      const out = join(dir, `built-${language}.pdf`);
      const run = cli(['report', '--input', facts, '--out', out, '--today', '2026-11-23', '--lang', language]);
      expect(run.status, run.stderr).toBe(0);
      const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8', timeout: 30_000 });
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8', timeout: 30_000 });
      if (language === 'en') {
        expect(fonts).not.toContain('NotoSansJP');
        expect(text).toContain('CAPTCHA');
      } else {
        expect(fonts).toMatch(/NotoSansJP-(Regular|Bold)\s+CID TrueType/);
        expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });

  it('keeps the secrets of its input out of every format: the input is masked where it is read', () => {
    const secrets = ['S3cr3t-Passw0rd', 'eyJhbGciOiJIUzI1NiJ9.pat-token-value'];
    const facts = join(dir, 'secrets.json');
    writeFileSync(facts, JSON.stringify({ symptom: 'rest-401', errors: [`401 for Authorization: Bearer ${secrets[1]}`, `os_password=${secrets[0]} in the access log`] }));
    for (const ending of ['pdf', 'md', 'json']) {
      const out = join(dir, `secrets.${ending}`);
      const run = cli(['report', '--input', facts, '--out', out, '--today', '2026-11-23']);
      expect(run.status, run.stderr).toBe(0);
      const text = ending === 'pdf' ? execFileSync('pdftotext', [out, '-'], { encoding: 'utf8', timeout: 30_000 }) : readFileSync(out, 'utf8');
      expect(text).toContain('401');
      for (const secret of secrets) expect(text, ending).not.toContain(secret);
    }
  });

  it('reads back its own JSON export as a session', () => {
    const run = cli(['report', '--input', join(dir, 'r.json'), '--out', join(dir, 'again.md'), '--today', '2026-11-23']);
    expect(run.status, run.stderr).toBe(0);
  });

  it('says clearly what is wrong with bad input, with exit code 2 and no file written', () => {
    const cases: [string[], RegExp][] = [
      [['--input', join(dir, 'missing.json'), '--out', join(dir, 'x.pdf')], /no such file/],
      [['--input', join(dir, 'r.md'), '--out', join(dir, 'x.pdf')], /is not valid JSON/],
      [['--input', join(dir, 'r.json'), '--out', join(dir, 'x.docx')], /must end in \.pdf, \.md, \.jira or \.json/],
      [['--input', join(dir, 'r.json'), '--out', join(dir, 'x.pdf'), '--today', 'tomorrow'], /--today must be a date/],
    ];
    for (const [args, message] of cases) {
      const run = cli(['report', ...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    writeFileSync(join(dir, 'typo.json'), JSON.stringify({ symptom: 'cookie-auth', 'jira.verison': '9.4.0' }));
    const typo = cli(['report', '--input', join(dir, 'typo.json'), '--out', join(dir, 'typo.pdf')]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('did you mean "jira.version"?');
    expect(() => readFileSync(join(dir, 'typo.pdf'))).toThrow();
  });
});
