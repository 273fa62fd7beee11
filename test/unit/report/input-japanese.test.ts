import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../../knowledge/core';
import { factsFromJson } from '../../../electron/cli/facts-input';
import { readInputText, readReportInput, ReportInputError, validReportInput } from '../../../electron/report/input';
import { inLanguage } from '../../../electron/text/run-language';
import { englishWords, JAPANESE } from '../../support/japanese-text';
import { unusableInput } from '../../support/unusable-inputs';

/**
 * The reader of `report --input` and `diagnose --facts` refuses a file in the language of the run:
 * every refusal is Japanese in a Japanese run, with its exact strings (paths, fact names, values,
 * commands) kept, and the same refusals stay English outside one.
 */

const notJapanese = (text: string) => !JAPANESE.test(text) || englishWords(text).length > 0;

describe('a file the reader cannot use, in a Japanese run', () => {
  it('is refused in Japanese, whatever it holds', () => {
    fc.assert(
      fc.property(unusableInput, ({ kind, text }) => {
        const ja = inLanguage('ja', () => factsFromJson(text, 'facts.json'));
        const en = factsFromJson(text, 'facts.json');
        expect(ja.ok, kind).toBe(false);
        expect(en.ok, kind).toBe(false);
        if (ja.ok || en.ok) return;
        for (const problem of ja.problems) expect(notJapanese(problem), `${kind}: ${problem} [${englishWords(problem).join(' ')}]`).toBe(false);
        for (const problem of en.problems) expect(problem, kind).not.toMatch(JAPANESE);
      }),
      { numRuns: 300 },
    );
  });

  it('says in Japanese why a file cannot be read, and an empty one', async () => {
    for (const path of ['/nonexistent/facts.json', '/tmp']) {
      const error = await inLanguage('ja', () => readReportInput(path)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportInputError);
      expect(notJapanese((error as Error).message), (error as Error).message).toBe(false);
    }
    const { Readable } = await import('node:stream');
    const empty = await inLanguage('ja', () => readInputText('-', Readable.from([' \n']))).catch((e: unknown) => e);
    expect((empty as Error).message).toMatch(/^標準入力は空です/);
  });

  it("names a session's parts in Japanese when a report is made from it", () => {
    const error = (() => {
      try {
        inLanguage('ja', () => validReportInput({ name: 'メール', answers: [{ fact: 'jira.version', value: 8, source: { kind: 'user' }, at: 'x' }] as never, unknown: [] }));
      } catch (e: unknown) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/^セッション「メール」（回答）は jira-doctor のファイルとして正しくありません/);
    expect(error?.message).toContain('事実 "jira.version" の値として正しくありません');
    expect(notJapanese(error!.message), error!.message).toBe(false);
  });

  it("parseFacts words its problems in the language it is given, English by default", () => {
    expect(parseFacts({ 'jira.versoin': '8.20.4', symptom: 'mail' })).toEqual({
      ok: false,
      problems: [
        { fact: 'jira.versoin', message: 'unknown fact name (did you mean "jira.version"?)' },
        { fact: 'symptom', message: 'expected one of "rest-401", "mail-oauth", "cookie-auth", "rest-sso"; got "mail"' },
      ],
    });
    expect(parseFacts({ 'jira.versoin': '8.20.4', symptom: 'mail' }, 'ja')).toEqual({
      ok: false,
      problems: [
        { fact: 'jira.versoin', message: 'この名前の事実はありません（もしかして: "jira.version"）' },
        { fact: 'symptom', message: '値 "mail" は使えません。指定できる値: "rest-401"、"mail-oauth"、"cookie-auth"、"rest-sso" のいずれか' },
      ],
    });
  });
});
