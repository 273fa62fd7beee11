import { describe, expect, it } from 'vitest';
import { maskedReportInput, renderReport } from '../../../electron/report/index';

const at = '2026-11-20T10:00:00.000Z';
const errors = ['javax.mail.AuthenticationFailedException: AUTHENTICATE failed.', 'AADSTS50020: a `quoted` account | not in the tenant'];
const input = maskedReportInput({
  answers: [
    { fact: 'symptom', value: 'mail-oauth', source: { kind: 'user' }, at },
    { fact: 'jira.version', value: '8.20.4', source: { kind: 'user' }, at },
    { fact: 'errors', value: errors, source: { kind: 'user' }, at },
    { fact: 'oauth.scopes', value: 'https://outlook.office365.us/IMAP.AccessAsUser.All offline_access', source: { kind: 'user' }, at },
    { fact: 'mail.protocol', value: 'imap', source: { kind: 'user' }, at },
  ],
  unknown: [],
});

/** The answers table's row for the pasted errors, in a report's text. */
const errorsRow = (text: string) => text.split('\n').find((line) => line.includes('AUTHENTICATE'))!;

describe("the answers table's free text (pasted error messages, scopes)", () => {
  for (const language of ['en', 'ja'] as const) {
    it(`are exact strings, each a code span of its own, in a ${language === 'en' ? 'English' : 'Japanese'} report`, async () => {
      const md = (await renderReport(input, { format: 'md', today: '2026-11-23', language })).bytes.toString('utf8');
      // A bar inside a code span is escaped, or a table on GitHub would end the cell there.
      expect(errorsRow(md)).toContain('| `javax.mail.AuthenticationFailedException: AUTHENTICATE failed.` · ``AADSTS50020: a `quoted` account \\| not in the tenant`` |');
      const wiki = (await renderReport(input, { format: 'wiki', today: '2026-11-23', language })).bytes.toString('utf8');
      expect(errorsRow(wiki)).toContain('|{{javax.mail.AuthenticationFailedException: AUTHENTICATE failed.}} · {{AADSTS50020: a `quoted` account &#124; not in the tenant}}|');
      // A scope is compared character by character, so it is quoted as written too.
      expect(md).toContain('| `https://outlook.office365.us/IMAP.AccessAsUser.All offline_access` |');
      expect(wiki).toContain('|{{https&#58;//outlook.office365.us/IMAP.AccessAsUser.All offline_access}}|');
      // Versions and choices read as words.
      expect(md).toMatch(/\| 8\\\.20\.4 \|/);
      expect(md).not.toMatch(/`IMAP`|`imap`/);
    });
  }
});
