import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_PARTS } from '../../../knowledge/parts';
import { JA } from '../../../knowledge/i18n/ja/index';
import { exactStrings, translatePart, translationProblems } from '../../../knowledge/i18n/translations';
import { proseOf } from '../../../knowledge/i18n/prose';

describe('the Japanese knowledge', () => {
  it.each(Object.keys(KNOWLEDGE_PARTS))('translates every prose text of %s, keeps its exact strings, and holds no stale entry', (key) => {
    const problems = translationProblems(KNOWLEDGE_PARTS[key]!, JA[key] ?? {});
    expect(problems.map((p) => `${p.where}: ${JSON.stringify(p.text.slice(0, 60))} ${p.problem}`)).toEqual([]);
  });

  it('is Japanese: every translated text that has English words to translate holds Japanese characters', () => {
    const notJapanese = Object.entries(KNOWLEDGE_PARTS).flatMap(([key, part]) =>
      proseOf(translatePart(part, JA[key] ?? {}))
        .filter(({ text }) => /[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/i.test(exactStrings(text).reduce((rest, exact) => rest.split(exact).join(' '), text)))
        .filter(({ text }) => !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text))
        .map(({ where }) => `${key} ${where}`),
    );
    expect(notJapanese).toEqual([]);
  });
});

describe('the check for a translation', () => {
  const part = { questions: [{ id: 'q', fact: 'jira.version', symptoms: ['mail-oauth'], text: 'Which version, e.g. 8.22.0, runs at {{var:x}}?', help: { why: 'See "Test Connection".', where: [] }, source: { article: '001', section: 'x' } }] } as never;

  it('finds a missing text, a lost exact string and a stale entry', () => {
    const problems = translationProblems(part, { 'See "Test Connection".': '「テスト接続」を参照。', 'Gone text': '古い' });
    expect(problems.map((p) => p.problem)).toEqual([
      'has no translation',
      'the translation loses the exact string Test Connection',
      'is not prose of this part any more (stale entry)',
    ]);
  });

  it('accepts a translation that keeps placeholders, versions and quoted labels', () => {
    const problems = translationProblems(part, {
      'Which version, e.g. 8.22.0, runs at {{var:x}}?': '{{var:x}} で動いているバージョンは（例: 8.22.0）？',
      'See "Test Connection".': '"Test Connection"（テスト接続）を参照してください。',
    });
    expect(problems).toEqual([]);
  });
});

describe('one word for one thing in Japanese', () => {
  // Every Japanese text of the app: the knowledge's, the engine's, the UI's, the command line's, the checks' and the reports'.
  const root = join(import.meta.dirname, '..', '..', '..');
  const sources = [
    ...readdirSync(join(root, 'knowledge/i18n/ja')).map((f) => `knowledge/i18n/ja/${f}`),
    'knowledge/engine/wording.ts',
    'renderer/i18n/ja.ts',
    'electron/cli/messages.ts',
    'electron/checks/wording.ts',
    'electron/report/wording.ts',
  ];

  it("calls Jira's OAuth 2.0 integration 統合, as Atlassian's Japanese pages do (連携 only in the page title they print)", () => {
    const found = sources.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ at: `${file}:${i + 1}`, line: line.replaceAll('「OAuth 2.0 との連携」', '') }))
        .filter(({ line }) => /OAuth 2\.0 ?(の|との)?連携/.test(line))
        .map(({ at }) => at),
    );
    expect(found).toEqual([]);
    expect(readFileSync(join(root, 'renderer/i18n/ja.ts'), 'utf8')).toContain('OAuth 2.0 統合');
  });
});
