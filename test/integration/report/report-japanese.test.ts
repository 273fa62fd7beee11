import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { engineFor, type Answer, type FactName, type FactValue } from '../../../knowledge/core';
import { maskedReportInput, renderReport, type ReportInput } from '../../../electron/report/index';
import { reportWording } from '../../../electron/report/wording';

/**
 * Japanese reports, read back as a reader's tools read them: pdftotext finds the Japanese text, no
 * line starts with closing punctuation or ends with an opening bracket (the Japanese line-breaking
 * rules, kinsoku), and exact strings (scopes, URLs, versions) are whole.
 */

const today = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'jd-report-ja-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** No line may start with these (closing brackets and punctuation, prolonged sound mark, small kana, iteration marks)… */
const NO_START = /^[。、．，」』）〕］｝〉》】・：；？！ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ]/u;
/** …nor end with these (opening brackets). */
const NO_END = /[「『（〔［｛〈《【]$/u;

function pdfText(bytes: Buffer): string[] {
  const file = join(dir, `r-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\n');
}

function kinsokuBreaches(lines: string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => NO_START.test(l) || NO_END.test(l));
}

const answer = (fact: string, value: FactValue): Answer => ({ fact: fact as FactName, value, at: `${today}T09:00:00.000Z`, source: { kind: 'user' } });

const scopes = 'https://outlook.office.com/IMAP.AccessAsUser.All,offline_access';
const mailCase: ReportInput = {
  name: 'メール ハンドラーの診断',
  answers: [
    answer('symptom', 'mail-oauth'),
    answer('mail.provider', 'microsoft'),
    answer('mail.protocol', 'pop'),
    answer('jira.version', '8.13.2'),
    answer('microsoft.cloud', 'worldwide'),
    answer('oauth.scopes', scopes),
    answer('jira.clustered', true),
  ],
  unknown: ['mailbox.authorizerHasFullAccess'],
};

describe('a Japanese report', () => {
  it('is Japanese throughout, from its own wording to the knowledge’s causes and fixes', async () => {
    const ja = await engineFor('ja');
    const diagnosis = ja.diagnose(Object.fromEntries(mailCase.answers.map((a) => [a.fact, a.value])), { today });
    const text = pdfText((await renderReport(maskedReportInput(mailCase), { format: 'pdf', today, language: 'ja' })).bytes).join('\n');
    const w = reportWording('ja');
    for (const heading of [w.kicker, w.theProblem, w.causesFound, w.whatToDoFirst, w.everyCause, w.actionPlan, w.whatWasAnswered, w.openQuestions, w.sources]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(diagnosis.causes[0]!.title);
    expect(text).toMatch(/[ぁ-んァ-ヶ一-龠]/u);
    expect(text).toContain('POP のアクセス許可 (POP.AccessAsUser.All) がありません');
    expect(text).toContain('1 / ');
  });

  it('keeps the Japanese line-breaking rules and every exact string whole', async () => {
    const lines = pdfText((await renderReport(maskedReportInput(mailCase), { format: 'pdf', today, language: 'ja' })).bytes);
    expect(kinsokuBreaches(lines)).toEqual([]);
    // The scopes to set, a code line of the fix, are one line as an admin would copy it.
    expect(lines).toContain('https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access');
    const joined = lines.join('');
    for (const exact of [scopes, '8.13.2', '8.13.4', '8.5.12', '8.15.0', 'POP.AccessAsUser.All', 'JRASERVER-72033', 'https://confluence.atlassian.com/jirakb/jira-mail-handlers-or-service-management-mail-handlers-cannot-be-configured-using-oauth-2-0-the-authorization-or-connection-test-fails-1095250181.html']) expect(joined).toContain(exact);
  });

  it('breaks any Japanese text by the rules, whatever the session holds', async () => {
    const word = fc.constantFrom('設定', 'メール', 'サーバー', 'チェック', 'キャッシュ', 'ジョブ', 'ショートカット', 'アクセス許可', 'トークン', 'ちょっと', 'です', 'ます', 'を', 'の', 'は');
    const exact = fc.constantFrom(' Jira ', ' https://outlook.office.com/IMAP.AccessAsUser.All ', ' 8.13.4 ', ' offline_access ', ' -Dhttp.nonProxyHosts=*.corp ');
    const wrapped = fc.tuple(fc.constantFrom(['', ''], ['「', '」'], ['（', '）'], ['『', '』']), fc.oneof({ weight: 5, arbitrary: word }, exact)).map(([[open, close], w]) => `${open}${w}${close}`);
    const token = fc.tuple(wrapped, fc.constantFrom('', '', '', '。', '、', '！', '？', '・', '：')).map(([w, p]) => w + p);
    const sentence = fc.array(token, { minLength: 20, maxLength: 60 }).map((t) => t.join(''));
    await fc.assert(
      fc.asyncProperty(sentence, fc.array(sentence, { minLength: 3, maxLength: 12 }), async (name, errors) => {
        const input: ReportInput = { name, answers: [answer('symptom', 'mail-oauth'), answer('errors', errors)], unknown: [] };
        const lines = pdfText((await renderReport(maskedReportInput(input), { format: 'pdf', today, language: 'ja' })).bytes);
        expect(kinsokuBreaches(lines)).toEqual([]);
      }),
      { numRuns: 4 },
    );
  }, 120_000);

  it('has a Markdown twin with the same Japanese wording and exact strings', async () => {
    const md = (await renderReport(maskedReportInput(mailCase), { format: 'md', today, language: 'ja' })).bytes.toString('utf8');
    const w = reportWording('ja');
    expect(md).toContain(`## ${w.actionPlan}`);
    expect(md).toContain(`| ${w.cause} | ${w.statusHeading} | ${w.why} |`);
    expect(md).toContain('https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access');
    expect(md).toContain(`**${w.problem.trim()}**`);
  });

  it('leaves an English report English', async () => {
    const english = { ...mailCase, name: 'Mail handler diagnosis' };
    const text = pdfText((await renderReport(maskedReportInput(english), { format: 'pdf', today })).bytes).join('\n');
    expect(text).toContain(reportWording('en').kicker);
    expect(text).not.toMatch(/[ぁ-んァ-ヶ]/u);
  });
});
