import type { Language } from '../i18n/language';
import { VERSION_RULE } from './version';

/**
 * How a fact's problems and expected values are said (`parseFacts`, `diagnose --list-facts`), one
 * typed catalogue per language: the English one's type is every language's, so a missing text fails
 * to compile. Fact names, values and examples stay exact in every language.
 */
export type FactWords = {
  /** The problem's subject when the whole file is wrong rather than one fact. */
  wholeFile: string;
  notObject: string;
  emptyName: string;
  unknownName: (near: string | undefined) => string;
  /** A value of the wrong kind: what was given, then what the fact takes (`takes`). */
  wrongValue: (takes: string, got: string) => string;
  /** What a fact takes. */
  takes: {
    oneOf: (values: readonly string[]) => string;
    boolean: string;
    version: string;
    date: string;
    number: (max: number) => string;
    stringList: string;
    string: string;
    nonEmptyString: string;
  };
  /** What a value is, where it is not shown as it is. */
  value: {
    tooLarge: string;
    notExact: (max: number) => string;
    list: (items: number) => string;
    object: string;
  };
  /** A long text shortened to its start, with its full length. */
  cut: (start: string, length: number) => string;
};

const quote = (values: readonly string[], comma: string) => values.map((v) => `"${v}"`).join(comma);

const en: FactWords = {
  wholeFile: '(file)',
  notObject: 'expected a JSON object of facts, such as {"symptom": "mail-oauth"}',
  emptyName: 'an empty fact name; every fact has a name such as "symptom" or "jira.version"',
  unknownName: (near) => `unknown fact name${near ? ` (did you mean "${near}"?)` : ''}`,
  wrongValue: (takes, got) => `expected ${takes}; got ${got}`,
  takes: {
    oneOf: (values) => `one of ${quote(values, ', ')}`,
    boolean: 'true or false',
    version: `a version in quotes: ${VERSION_RULE}`,
    date: 'a real calendar date in quotes, YYYY-MM-DD, such as "2026-03-31"',
    number: (max) => `a whole number from 0 to ${max}, without quotes`,
    stringList: 'a list of strings, such as ["first error", "second error"]',
    string: 'a string',
    nonEmptyString: 'a string that is not empty',
  },
  value: {
    tooLarge: 'a number too large to hold (beyond 1.8e308)',
    notExact: (max) => `a number beyond ${max}, too large to hold exactly`,
    list: (items) => `a list of ${items} item${items === 1 ? '' : 's'}`,
    object: 'an object',
  },
  cut: (start, length) => `${start}… (${length.toLocaleString('en')} characters)`,
};

const ja: FactWords = {
  wholeFile: '（ファイル全体）',
  notObject: '{"symptom": "mail-oauth"} のような事実の JSON オブジェクトを指定してください',
  emptyName: '事実の名前が空です。事実には "symptom" や "jira.version" のような名前を付けてください',
  unknownName: (near) => `この名前の事実はありません${near ? `（もしかして: "${near}"）` : ''}`,
  wrongValue: (takes, got) => `値 ${got} は使えません。指定できる値: ${takes}`,
  takes: {
    oneOf: (values) => `${quote(values, '、')} のいずれか`,
    boolean: 'true または false',
    version: '引用符で囲んだバージョン（8.20.4 のようにドットで区切った 3 つの整数。先頭のゼロや文字は不可）',
    date: '引用符で囲んだ実在する日付（YYYY-MM-DD、例: "2026-03-31"）',
    number: (max) => `0 から ${max} までの整数（引用符なし）`,
    stringList: '文字列のリスト（例: ["first error", "second error"]）',
    string: '文字列',
    nonEmptyString: '空でない文字列',
  },
  value: {
    tooLarge: '保持できないほど大きな数値（1.8e308 超）',
    notExact: (max) => `${max} を超える数値（正確に保持できません）`,
    list: (items) => `${items} 項目のリスト`,
    object: 'オブジェクト',
  },
  cut: (start, length) => `${start}…（${length.toLocaleString('en')} 文字）`,
};

export const FACT_WORDS: Record<Language, FactWords> = { en, ja };
