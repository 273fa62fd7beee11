import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/report/index';
import { harText, oauthDance, SECRETS } from '../scan/har-fixtures';
import { scanText } from '../scan/scan-text';

const scanned = () => scanText({ 'mail-setup.har': harText('chrome', oauthDance((_p, at) => (at >= 11 ? 'jsm-node02' : 'jsm-node01'))) });
const input = async () => ({ answers: [{ fact: 'symptom' as const, value: 'mail-oauth', source: { kind: 'user' as const }, at: '2026-11-20T09:30:00.000Z' }], unknown: [], scan: await scanned() });

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
