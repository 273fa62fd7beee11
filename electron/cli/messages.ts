import type { Language } from '../../knowledge/i18n/translations';

/**
 * The command line's own words, one typed catalogue per language (`--lang`, or the POSIX locale).
 * The knowledge's texts and the engine's come from the engine of the same language; option names,
 * fact names, ids and file formats stay as they are in every language.
 */
export type CliMessages = {
  badLanguage: (given: string) => string;
  missingLanguage: string;
  runHelp: (command: string) => string;
  diagnosisHeading: (version: string, today: string) => string;
  problem: (title: string) => string;
  problemNotGiven: string;
  confirmed: string;
  likely: string;
  possible: string;
  ruledOut: string;
  first: (title: string, note: string) => string;
  noCause: string;
  worthFindingOut: string;
  more: (n: number) => string;
  whatToDo: (team: string, title: string) => string;
  note: (text: string) => string;
  source: (citation: string) => string;
  factsRequired: string;
  badToday: (given: string) => string;
  factNamesHint: string;
  listFactsFooter: string;
  badOut: (given: string) => string;
  wrote: (file: string, format: string, kb: number) => string;
  cannotWrite: (file: string, code: string) => string;
  /** `check`: what it is about to check, and the warning of --insecure. */
  checking: (what: string, proxy?: string) => string;
  checkingBeforeSetup: string;
  insecureWarning: string;
};

const en: CliMessages = {
  badLanguage: (given) => `jira-doctor: --lang must be en (English) or ja (Japanese), not "${given}".`,
  missingLanguage: 'jira-doctor: --lang needs a language: en (English) or ja (Japanese).',
  runHelp: (command) => `(run ${command} --help for usage)`,
  diagnosisHeading: (version, today) => `jira-doctor diagnosis (knowledge ${version}, as of ${today})`,
  problem: (title) => `Problem: ${title}`,
  problemNotGiven: 'Problem: not given (add "symptom" to the facts to narrow the causes down); all families shown',
  confirmed: 'CONFIRMED: the facts prove these',
  likely: 'LIKELY: strong signs point to these',
  possible: 'POSSIBLE: not ruled out yet',
  ruledOut: 'RULED OUT',
  first: (title, note) => `First: ${title}. ${note}`,
  noCause: 'No cause in the knowledge base matches these facts.',
  worthFindingOut: 'WORTH FINDING OUT (most decisive first)',
  more: (n) => `… and ${n} more (see --format json)`,
  whatToDo: (team, title) => `What to do (${team}): ${title}`,
  note: (text) => `Note: ${text}`,
  source: (citation) => `Source: ${citation}`,
  factsRequired: '--facts FILE is required (a JSON file of facts, or - for standard input)',
  badToday: (given) => `--today must be a date such as 2026-11-23 (got "${given}")`,
  factNamesHint: 'Fact names and the values they take: jira-doctor diagnose --list-facts',
  listFactsFooter: 'A fact nobody knows is left out (or given as null). Facts sit in one JSON object, at most a few levels deep.',
  badOut: (given) => `--out must end in .pdf, .md, .jira or .json (got "${given}").`,
  wrote: (file, format, kb) => `Wrote ${file} (${format}, ${kb} KB).`,
  cannotWrite: (file, code) => `cannot write ${file} (${code}). Check the folder exists and is writable.`,
  checking: (what, proxy) => `Checking ${what}${proxy ? ` through the proxy ${proxy}` : ''}`,
  checkingBeforeSetup: 'before setting up a mail handler (no Jira address given: the mail and Microsoft checks only)',
  insecureWarning: 'WARNING: TLS certificates are not verified (--insecure); results may come from an impostor.',
};

const ja: CliMessages = {
  badLanguage: (given) => `jira-doctor: --lang には en（英語）か ja（日本語）を指定してください（指定された値: "${given}"）。`,
  missingLanguage: 'jira-doctor: --lang には言語を指定してください: en（英語）または ja（日本語）。',
  runHelp: (command) => `（使い方は ${command} --help で表示されます）`,
  diagnosisHeading: (version, today) => `jira-doctor 診断（ナレッジ ${version}、${today} 時点）`,
  problem: (title) => `問題: ${title}`,
  problemNotGiven: '問題: 指定なし（原因を絞り込むには facts に "symptom" を加えてください）。すべての系統を表示します',
  confirmed: '確定: 事実がこれを証明しています',
  likely: '可能性が高い: 強い兆候がこれを示しています',
  possible: '可能性あり: まだ除外されていません',
  ruledOut: '除外',
  first: (title, note) => `先に: ${title}。${note}`,
  noCause: 'ナレッジ ベースのどの原因も、これらの事実に当てはまりません。',
  worthFindingOut: '調べる価値があること（決め手になるものから順に）',
  more: (n) => `… ほかに ${n} 件（--format json を参照）`,
  whatToDo: (team, title) => `対応（${team}）: ${title}`,
  note: (text) => `注: ${text}`,
  source: (citation) => `出典: ${citation}`,
  factsRequired: '--facts FILE が必要です（事実を書いた JSON ファイル。標準入力なら -）',
  badToday: (given) => `--today には 2026-11-23 のような日付を指定してください（指定された値: "${given}"）`,
  factNamesHint: '事実の名前と取りうる値: jira-doctor diagnose --list-facts',
  listFactsFooter: '誰も知らない事実は省略します（または null にします）。事実は 1 つの JSON オブジェクトに、深くても数階層までで書きます。',
  badOut: (given) => `--out は .pdf、.md、.jira、.json のいずれかで終わる必要があります（指定された値: "${given}"）。`,
  wrote: (file, format, kb) => `${file} を書き出しました（${format}、${kb} KB）。`,
  cannotWrite: (file, code) => `${file} を書き込めません（${code}）。フォルダーが存在し、書き込み可能か確認してください。`,
  checking: (what, proxy) => `確認対象: ${what}${proxy ? `（プロキシ ${proxy} 経由）` : ''}`,
  checkingBeforeSetup: 'メール ハンドラーを設定する前の確認（Jira のアドレスの指定なし: メールと Microsoft のチェックのみ）',
  insecureWarning: '警告: TLS 証明書を検証していません（--insecure）。結果はなりすましたサーバーからのものかもしれません。',
};

const MESSAGES: Record<Language, CliMessages> = { en, ja };

export function cliMessages(language: Language): CliMessages {
  return MESSAGES[language];
}
