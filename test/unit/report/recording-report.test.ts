import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskedReportInput, renderReport } from '../../../electron/report/index';
import { harText, oauthDance, SECRETS } from '../scan/har-fixtures';
import { scanText } from '../scan/scan-text';

const scanned = () => scanText({ 'mail-setup.har': harText('chrome', oauthDance((_p, at) => (at >= 11 ? 'jsm-node02' : 'jsm-node01'))) });
const input = async () => maskedReportInput({ answers: [{ fact: 'symptom', value: 'mail-oauth', source: { kind: 'user' }, at: '2026-11-20T09:30:00.000Z' }], unknown: [], scan: await scanned() });

describe('reports of a browser recording', () => {
  it('show each session as node lanes with the move marked, the sign-in and no secret (Markdown)', async () => {
    const md = (await renderReport(await input(), { format: 'md', today: '2026-11-20' })).bytes.toString('utf8');
    expect(md).toContain('## Browser recording');
    expect(md).toMatch(/jsm-node01\s+███···\njsm-node02\s+···███\n\s+\^/);
    expect(md).toContain('| 4 | 2026-11-20T09:00:11.000Z | GET /rest/oauth2-client/latest/callback | jsm-node01 | jsm-node02 |');
    expect(md).toContain('### Sign-in with Microsoft');
    for (const secret of Object.values(SECRETS)) expect(md).not.toContain(secret);
  });

  it('draw the per-node timeline in the PDF, and pseudonyms replace the Jira host', async () => {
    const pdf = (await renderReport(await input(), { format: 'pdf', today: '2026-11-20', pseudonymize: true })).bytes;
    const dir = mkdtempSync(join(tmpdir(), 'jd-rec-pdf-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Browser recording');
    expect(text).toMatch(/Browser session 1 on host-\d\.example: moved between nodes: jsm-node01, jsm-node02/);
    expect(text).toMatch(/request 1 → 6/);
    expect(text).not.toContain('jira.corp.example');
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
  });
});

describe('reports of a browser recording, in Japanese', () => {
  // The section's own words: each English one must have its Japanese (a typed catalogue per language).
  const english = ['Browser recording', 'Sign-in with Microsoft', 'moved to another node', 'one column per', 'moved between nodes', 'Jira request(s) in'];

  it('word the section, its chart and its verdicts in Japanese, keeping the exact request lines (Markdown)', async () => {
    const md = (await renderReport(await input(), { format: 'md', today: '2026-11-20', language: 'ja' })).bytes.toString('utf8');
    expect(md).toContain('## ブラウザーの記録');
    expect(md).toContain('### Microsoft へのサインイン');
    expect(md).toContain('ノード間を移動しました: jsm-node01、jsm-node02');
    expect(md).toMatch(/jsm-node01\s+███···\njsm-node02\s+···███\n\s+\^\s+\^ = 別のノードに移動/);
    expect(md).toContain('| リクエスト | 時刻 | リクエスト行 | 移動元 | 移動先 |');
    expect(md).toContain('GET /rest/oauth2-client/latest/callback');
    for (const words of english) expect(md).not.toContain(words);
  });

  it('word the PDF section in Japanese, its text extractable', async () => {
    const pdf = (await renderReport(await input(), { format: 'pdf', today: '2026-11-20', language: 'ja' })).bytes;
    const dir = mkdtempSync(join(tmpdir(), 'jd-rec-pdf-ja-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('ブラウザーの記録');
    expect(text).toContain('ノード間を移動しました');
    for (const words of english) expect(text).not.toContain(words);
  });
});
