import type { FactProblem, Language } from '../../knowledge/core';
import type { JsonStop } from '../text/json-stop';
import { JSON_STOP_WORDS } from '../text/json-stop-words';
import { runLanguage } from '../text/run-language';

/**
 * What the reader of `report --input`, `diagnose --facts` and a session's report says when a file
 * cannot be used, and what to give instead: one typed catalogue per language (the English one's type
 * is every language's, so a missing text fails to compile), chosen as the checks' and the services'
 * words are, by the language of the run (`inLanguage`). Paths, fact names, field names, values and
 * commands stay exact in every language.
 */
export type InputWords = {
  standardInput: string;
  /** `at`: where the text stops being JSON (undefined only if JSON.parse refused a text the grammar allows). */
  notJson: (label: string, at: JsonStop | undefined) => string;
  cannotRead: (label: string, why: { code: 'ENOENT' | 'EISDIR' | 'EACCES' } | { detail: string }) => string;
  empty: (label: string) => string;
  tooDeep: (label: string, levels: number) => string;
  notObject: (label: string) => string;
  notValid: (label: string, problems: readonly string[]) => string;
  notScan: (label: string) => string;
  factProblems: (label: string, problems: readonly FactProblem[], more: number) => string;
  /** A zod issue, where the schema's own words would not do. */
  top: string;
  missing: (expected: string) => string;
  unknownFields: (keys: readonly string[]) => string;
  badFactValue: (fact: string) => string;
  /** A long text shortened to its start, with its full length. */
  cut: (start: string, length: number) => string;
  /** The parts of a report's input, as a message names them. */
  session: (name: string) => string;
  reportInput: string;
  itsAnswers: (label: string) => string;
  itsChecks: (label: string) => string;
  itsScan: (label: string) => string;
  sessionScan: string;
  scanOutput: (label: string) => string;
};

const en: InputWords = {
  standardInput: 'standard input',
  notJson: (label, at) =>
    `${label} is not valid JSON${at ? ` (${JSON_STOP_WORDS.en(at)})` : ''}. Give a JSON object of facts, such as {"symptom": "mail-oauth", "jira.version": "8.20.4"}, the JSON output of "jira-doctor check" or "scan", or an exported session.`,
  cannotRead: (label, why) =>
    `cannot read ${label}: ${'detail' in why ? why.detail : { ENOENT: 'there is no such file', EISDIR: 'it is a folder, not a file', EACCES: 'permission denied' }[why.code]}. Give the path of a JSON file of facts, or - to read them from standard input.`,
  empty: (label) => `${label} is empty. It must hold one JSON object of facts, such as {"symptom": "mail-oauth"}.`,
  tooDeep: (label, levels) =>
    `${label} nests objects or lists more than ${levels} levels deep; a jira-doctor file nests a few levels at most. Give a JSON object of facts, the output of "check" or "scan", or an exported session.`,
  notObject: (label) => `${label} must hold a JSON object: facts such as {"symptom": "mail-oauth"}, the JSON output of "check" or "scan", or an exported session.`,
  notValid: (label, problems) => `${label} is not a valid jira-doctor file: ${problems.join('; ')}. Give the file as jira-doctor wrote it, or a JSON object of facts.`,
  notScan: (label) => `${label} is not the JSON output of "jira-doctor scan" (schema version 1). Run "jira-doctor scan --format json" again and give its output.`,
  factProblems: (label, problems, more) => `${label}: ${problems.map((p) => `${p.fact}: ${p.message}`).join('; ')}${more ? `; and ${more} more` : ''}`,
  top: '(top)',
  missing: (expected) => `missing (expected ${expected})`,
  unknownFields: (keys) => `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`,
  badFactValue: (fact) => `not a valid value for the fact "${fact}"`,
  cut: (start, length) => `${start}… (${length.toLocaleString('en')} characters)`,
  session: (name) => `the session "${name}"`,
  reportInput: 'the report input',
  itsAnswers: (label) => `${label} (its answers)`,
  itsChecks: (label) => `${label} (its automated checks)`,
  itsScan: (label) => `${label} (its log scan)`,
  sessionScan: "the session's log scan",
  scanOutput: (label) => `${label} (the output of "jira-doctor scan")`,
};

/** zod's names of JSON types, as a Japanese sentence says them (others stay as zod names them). */
const JA_TYPES: Record<string, string> = { string: '文字列', number: '数値', boolean: 'true か false', array: 'リスト', object: 'オブジェクト' };

/** A name before a particle: a space after Latin text (a path), none after Japanese (標準入力). */
const spaced = (label: string) => (/[\x21-\x7e]$/.test(label) ? `${label} ` : label);

const ja: InputWords = {
  standardInput: '標準入力',
  notJson: (label, at) =>
    `${spaced(label)}は正しい JSON ではありません${at ? `（${JSON_STOP_WORDS.ja(at)}）` : ''}。{"symptom": "mail-oauth", "jira.version": "8.20.4"} のような事実の JSON オブジェクト、"jira-doctor check" か "scan" の JSON 出力、またはエクスポートしたセッションを指定してください。`,
  cannotRead: (label, why) =>
    `${spaced(label)}を読めません: ${'detail' in why ? why.detail : { ENOENT: 'そのファイルはありません', EISDIR: 'ファイルではなくフォルダーです', EACCES: '読む権限がありません' }[why.code]}。事実の JSON ファイルのパスを指定するか、標準入力から読むには - を指定してください。`,
  empty: (label) => `${spaced(label)}は空です。{"symptom": "mail-oauth"} のような事実の JSON オブジェクトを 1 つ入れてください。`,
  tooDeep: (label, levels) =>
    `${spaced(label)}はオブジェクトやリストの入れ子が ${levels} 階層を超えています。jira-doctor のファイルの入れ子は数階層までです。事実の JSON オブジェクト、"check" か "scan" の出力、またはエクスポートしたセッションを指定してください。`,
  notObject: (label) => `${spaced(label)}には JSON オブジェクトを入れてください: {"symptom": "mail-oauth"} のような事実、"check" か "scan" の JSON 出力、またはエクスポートしたセッションです。`,
  notValid: (label, problems) => `${spaced(label)}は jira-doctor のファイルとして正しくありません: ${problems.join('、')}。jira-doctor が書き出したままのファイルか、事実の JSON オブジェクトを指定してください。`,
  notScan: (label) => `${spaced(label)}は "jira-doctor scan" の JSON 出力（スキーマ バージョン 1）ではありません。"jira-doctor scan --format json" をもう一度実行して、その出力を指定してください。`,
  // One problem a line: a Japanese sentence has no "; " to part them. Names are quoted, as exact strings.
  factProblems: (label, problems, more) =>
    [`${spaced(label)}の事実に問題があります:`, ...problems.map((p) => `・${/^[("（]/.test(p.fact) ? p.fact : `"${p.fact}"`}: ${p.message}`), ...(more ? [`ほかに ${more} 件あります。`] : [])].join('\n'),
  top: '（最上位）',
  missing: (expected) => `値がありません（${JA_TYPES[expected] ?? `${expected} `}が必要です）`,
  unknownFields: (keys) => `不明なフィールド ${keys.map((k) => `"${k}"`).join('、')}`,
  badFactValue: (fact) => `事実 "${fact}" の値として正しくありません`,
  cut: (start, length) => `${start}…（${length.toLocaleString('en')} 文字）`,
  session: (name) => `セッション「${name}」`,
  reportInput: 'レポートの入力',
  itsAnswers: (label) => `${label}（回答）`,
  itsChecks: (label) => `${label}（自動チェック）`,
  itsScan: (label) => `${label}（ログのスキャン）`,
  sessionScan: 'セッションのログのスキャン',
  scanOutput: (label) => `${label}（"jira-doctor scan" の出力）`,
};

export const INPUT_WORDS: Record<Language, InputWords> = { en, ja };

/** The words of the run this code belongs to (`inLanguage`); English outside any run. */
export function inputWords(): InputWords {
  return INPUT_WORDS[runLanguage()];
}
