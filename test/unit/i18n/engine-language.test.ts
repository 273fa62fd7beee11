import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citationText,
  engine as english,
  engineFor,
  languageFromAcceptLanguage,
  languageFromPosixEnvironment,
  languageOfLocale,
  parseMicrosoftEndpoint,
  preferredLanguage,
  relativeDay,
  teamTitle,
  TEAMS,
  validateScopes,
  describeScopeProblems,
  type Diagnosis,
  type Facts,
} from '../../../knowledge/core';
import { JA } from '../../../knowledge/i18n/ja/index';
import { SCENARIOS } from '../../contract/scenarios';

const today = '2026-11-23';
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** What a diagnosis says apart from its words: ids, statuses, fact names, scores, sources (code may hold a translated placeholder such as <mail server host>). */
const shape = (d: Diagnosis) => ({
  causes: d.causes.map((c) => [c.id, c.status, c.score, c.unknown, c.source, c.solutions.map((s) => [s.id, s.team, s.steps.length, s.steps.map((x) => x.code?.length ?? 0), s.source]), c.after?.map((a) => a.id)]),
  ruledOut: d.ruledOut.map((c) => [c.id, c.because.length, c.source]),
  unknown: d.unknown,
  knowledgeVersion: d.knowledgeVersion,
});

describe('the language a locale names', () => {
  it('reads browser tags, POSIX locales and Electron locales alike', () => {
    expect(['ja', 'ja-JP', 'JA_jp.UTF-8', 'ja_JP.eucJP@x', ' ja '].map(languageOfLocale)).toEqual(Array(5).fill('ja'));
    expect(['en', 'en-GB', 'en_US.UTF-8'].map(languageOfLocale)).toEqual(Array(3).fill('en'));
    expect(['C', 'POSIX', 'C.UTF-8', 'fr-FR', '', 'jav'].map(languageOfLocale)).toEqual(Array(6).fill(undefined));
    expect(preferredLanguage(['fr-FR', 'ja-JP', 'en'])).toBe('ja');
    expect(preferredLanguage(['de', 'fr'])).toBe('en');
  });

  it('honours Accept-Language weights, not only the order', () => {
    expect(languageFromAcceptLanguage('ja,en-US;q=0.9,en;q=0.8')).toBe('ja');
    expect(languageFromAcceptLanguage('en;q=0.5, ja-JP;q=0.9')).toBe('ja');
    expect(languageFromAcceptLanguage('fr, ja;q=0')).toBe('en');
    expect(languageFromAcceptLanguage(undefined)).toBe('en');
    expect(languageFromAcceptLanguage('*')).toBe('en');
  });

  it('takes LC_ALL, then LC_MESSAGES, then LANG: the first one set decides', () => {
    expect(languageFromPosixEnvironment({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(languageFromPosixEnvironment({ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(languageFromPosixEnvironment({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(languageFromPosixEnvironment({ LC_ALL: '', LC_MESSAGES: 'en_GB', LANG: 'ja_JP' })).toBe('en');
    expect(languageFromPosixEnvironment({})).toBe('en');
  });
});

describe('the Japanese engine', () => {
  it('is built once and kept; English is the engine every start already has', async () => {
    const ja = await engineFor('ja');
    expect(await engineFor('ja')).toBe(ja);
    expect(await engineFor('en')).toBe(english);
    expect([ja.language, english.language]).toEqual(['ja', 'en']);
  });

  it('holds each part’s Japanese where the dictionary has it, and the English where it does not yet', async () => {
    const ja = await engineFor('ja');
    const dictionary = new Map(Object.values(JA).flatMap((d) => Object.entries(d)));
    const inJapanese = (text: string) => dictionary.get(text) ?? text;
    expect(ja.knowledge.questions.map((q) => q.text)).toEqual(english.knowledge.questions.map((q) => inJapanese(q.text)));
    expect(ja.knowledge.causes.map((c) => c.title)).toEqual(english.knowledge.causes.map((c) => inJapanese(c.title)));
    expect(ja.knowledge.questions.map((q) => q.id)).toEqual(english.knowledge.questions.map((q) => q.id));
  });

  it('diagnoses exactly as the English engine does: same causes, statuses, facts and sources, only the words differ', async () => {
    const ja = await engineFor('ja');
    for (const { facts } of SCENARIOS) {
      expect(shape(ja.diagnose(facts as Facts, { today }))).toEqual(shape(english.diagnose(facts as Facts, { today })));
    }
  });

  it('says its own sentences in Japanese and keeps scopes, versions and hosts exact', async () => {
    const ja = await engineFor('ja');
    const facts = {
      symptom: 'mail-oauth',
      'mail.provider': 'microsoft',
      'mail.protocol': 'pop',
      'jira.version': '8.13.2',
      'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All,offline_access',
    } as Facts;
    const d = ja.diagnose(facts, { today });
    const reasons = [...d.causes, ...d.ruledOut].flatMap((c) => c.because).join('\n');
    expect(reasons).toContain('スコープがカンマ（またはセミコロン）で区切られています');
    expect(reasons).toContain('POP のアクセス許可 (POP.AccessAsUser.All) がありません');
    expect(reasons).toContain('8.13.2 は 8.13.4（8.13.x 系で対応した最初のリリース）より前のバージョンです');
    const possible = d.causes.find((c) => c.status === 'possible')!;
    expect(possible.because[0]).toMatch(/^まだ判断できません。次の答えによって決まります: /);
    const fix = d.causes[0]!;
    expect(fix.solution).toContain(`${teamTitle(fix.solutions[0]!.team, 'ja')} — `);
    expect(fix.solution).toContain('（出典: ');
    expect(english.diagnose(facts, { today }).causes.flatMap((c) => [...c.because, c.solution]).join('\n')).not.toMatch(JAPANESE);
  });

  it('gives every team, relative day, endpoint and scope problem a Japanese wording', () => {
    for (const team of TEAMS) expect(teamTitle(team, 'ja')).toMatch(JAPANESE);
    expect([-3, -1, 0, 1, 5].map((d) => relativeDay(`2026-11-${String(23 + d).padStart(2, '0')}`, today, 'ja'))).toEqual(['3 日前', '昨日', '今日', '明日', '5 日後']);
    const bad = parseMicrosoftEndpoint('not a url', 'ja');
    expect(!bad.ok && bad.reason).toContain('は正しい URL ではありません');
    const v1 = parseMicrosoftEndpoint('http://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token', 'ja');
    expect(v1.ok && v1.endpoint.remark).toBe('https を使っていません。v2.0 のエンドポイントではありません（パスに /oauth2/v2.0/ が必要です）');
    const check = validateScopes('https://outlook.office365.us/IMAP.AccessAsUser.All', { cloud: 'worldwide', protocol: 'imap', language: 'ja' });
    expect(describeScopeProblems(check, 'ja')).toContain('「https://outlook.office365.us/IMAP.AccessAsUser.All」の対象は GCC High / DoD クラウドですが');
    expect(citationText({ article: 'facts', section: '§4.2' }, 'ja')).toBe('「jira-doctor 参考資料」、セクション「Microsoft ID プラットフォーム」');
  });

  it('never loses an exact string of a scope field in any language', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9._:/-]{1,30}$/);
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 5 }), fc.constantFrom(', ', ' ', ';'), (tokens, separator) => {
        const scopes = tokens.join(separator);
        const en = validateScopes(scopes, { cloud: 'worldwide', protocol: 'imap' });
        const ja = validateScopes(scopes, { cloud: 'worldwide', protocol: 'imap', language: 'ja' });
        expect(ja.verdict).toBe(en.verdict);
        expect(ja.problems.map((p) => [p.kind, p.scope])).toEqual(en.problems.map((p) => [p.kind, p.scope]));
        for (const p of ja.problems) if (p.scope) expect(p.message).toContain(p.scope);
      }),
    );
  });
});
