import type { Language } from '../../knowledge/i18n/translations';

/**
 * The command line's own words, one typed catalogue per language (`--lang`, or the POSIX locale).
 * The knowledge's texts and the engine's come from the engine of the same language; option names,
 * fact names, ids and file formats stay as they are in every language.
 */
/** What `redact` wrote, as its result says (electron/redact/redact.ts). */
type RedactedCopy = { kind: 'har' | 'log'; gzip: boolean; requests: number; lines: number; elided: number };

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
  formatNames: Record<'pdf' | 'md' | 'wiki' | 'json', string>;
  cannotWrite: (file: string, code: string) => string;
  /** `check`: what it is about to check, and the warning of --insecure. */
  checking: (what: string, proxy?: string) => string;
  checkingBeforeSetup: string;
  insecureWarning: string;
  scan: { progress: (percent: number, done: string, total: string, file: string) => string; nothingRead: string };
  redact: { wrote: (file: string, copy: RedactedCopy, size: string, pseudonymized: boolean) => string };
  /** `knowledge check`: its summary and the problems of the wizard's walk (the schema's own problems are for the knowledge's authors, in English). */
  knowledge: {
    walking: string;
    version: (version: string) => string;
    counts: (n: { symptoms: number; questions: number; causes: number; contract: number; rules: number; solutions: number; variables: number; signatures: number }) => string;
    sources: (items: number) => string;
    fromArticle: (count: number, article: string, title: string) => string;
    noSchema: string;
    walk: (n: { reached: number; causes: number; confirmed: number; deadEnds: number; states: number }) => string;
    problems: (n: number) => string;
    noProblems: string;
    unreachable: (cause: string) => string;
    deadEnd: (symptom: string, reason: string, route: string) => string;
    dontKnow: string;
    citation: (citation: string, count: number, why: string) => string;
    factsSheet: string;
    article: (id: string) => string;
  };
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
  formatNames: { pdf: 'PDF', md: 'Markdown', wiki: 'Jira wiki markup', json: 'JSON' },
  cannotWrite: (file, code) => `cannot write ${file} (${code}). Check the folder exists and is writable.`,
  checking: (what, proxy) => `Checking ${what}${proxy ? ` through the proxy ${proxy}` : ''}`,
  checkingBeforeSetup: 'before setting up a mail handler (no Jira address given: the mail and Microsoft checks only)',
  insecureWarning: 'WARNING: TLS certificates are not verified (--insecure); results may come from an impostor.',
  scan: {
    progress: (percent, done, total, file) => `Scanning ${percent}% (${done} of ${total}) ${file}`,
    nothingRead: 'nothing could be read. Give Jira log files, gzip-compressed logs, a support zip, a browser recording (HAR file) or a folder holding them.',
  },
  redact: {
    wrote: (file, copy, size, pseudonymized) =>
      `Wrote ${file}: ${copy.kind === 'har' ? `a browser recording with ${copy.requests} request(s)` : `a log file of ${copy.lines} line(s)`}${copy.gzip ? ' (gzip)' : ''}, ${size}. ` +
      `Secrets are masked${pseudonymized ? '; hosts, users and IP addresses replaced by stand-ins' : ''}.` +
      (copy.elided ? ` ${copy.elided} text(s) longer than 4 MB (large response bodies) were left out, each replaced by a note.` : ''),
  },
  knowledge: {
    walking: 'Walking every path of the wizard…',
    version: (version) => `Knowledge ${version}`,
    counts: (n) =>
      `${n.symptoms} symptoms, ${n.questions} questions, ${n.causes} of ${n.contract} contract causes, ${n.rules} rules, ${n.solutions} solutions, ${n.variables} variables, ${n.signatures} error signatures.`,
    sources: (items) => `Sources: all ${items} items cite one; each citation is looked up in the bundled article.`,
    fromArticle: (count, article, title) => `${count} from ${article}: ${title}`,
    noSchema: 'The knowledge base does not pass its schema.',
    walk: (n) => `Wizard walk: ${n.reached} of ${n.causes} causes reachable (${n.confirmed} as confirmed), ${n.deadEnds} dead ends, ${n.states} states.`,
    problems: (n) => `${n} problem${n === 1 ? '' : 's'}:`,
    noProblems: 'No problems.',
    unreachable: (cause) => `cause ${cause}: no answers lead the wizard to it as confirmed or likely`,
    deadEnd: (symptom, reason, route) => `dead end in ${symptom}: ${reason} (after ${route || 'the start'})`,
    dontKnow: "don't know",
    citation: (citation, count, why) => `citation ${citation} (${count} item${count === 1 ? '' : 's'}): ${why}`,
    factsSheet: 'facts sheet',
    article: (id) => `article ${id}`,
  },
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
  formatNames: { pdf: 'PDF', md: 'Markdown', wiki: 'Jira のウィキ マークアップ', json: 'JSON' },
  cannotWrite: (file, code) => `${file} を書き込めません（${code}）。フォルダーが存在し、書き込み可能か確認してください。`,
  checking: (what, proxy) => `確認対象: ${what}${proxy ? `（プロキシ ${proxy} 経由）` : ''}`,
  checkingBeforeSetup: 'メール ハンドラーを設定する前の確認（Jira のアドレスの指定なし: メールと Microsoft のチェックのみ）',
  insecureWarning: '警告: TLS 証明書を検証していません（--insecure）。結果はなりすましたサーバーからのものかもしれません。',
  scan: {
    progress: (percent, done, total, file) => `スキャン中 ${percent}%（${total} のうち ${done}）${file}`,
    nothingRead:
      '何も読めませんでした。Jira のログ ファイル、gzip 圧縮したログ、サポート zip、ブラウザーの記録（HAR ファイル）、またはそれらを入れたフォルダーを指定してください。',
  },
  redact: {
    wrote: (file, copy, size, pseudonymized) =>
      `${file} を書き出しました: ${copy.kind === 'har' ? `リクエスト ${copy.requests} 件のブラウザーの記録` : `${copy.lines} 行のログ ファイル`}${copy.gzip ? '（gzip）' : ''}、${size}。` +
      `シークレットは伏せてあります${pseudonymized ? '。ホスト、ユーザー、IP アドレスは仮の名前に置き換えました' : ''}。` +
      (copy.elided ? `4 MB を超えるテキスト ${copy.elided} 件（大きな応答の本文）は省き、それぞれ注記に置き換えました。` : ''),
  },
  knowledge: {
    walking: 'ウィザードのすべての経路をたどっています…',
    version: (version) => `ナレッジ ${version}`,
    counts: (n) =>
      `症状 ${n.symptoms}、質問 ${n.questions}、契約の原因 ${n.contract} のうち ${n.causes}、ルール ${n.rules}、対処法 ${n.solutions}、変数 ${n.variables}、エラーのシグネチャ ${n.signatures}。`,
    sources: (items) => `出典: ${items} 項目すべてに出典があり、それぞれ同梱の記事で確かめました。`,
    fromArticle: (count, article, title) => `${article} から ${count}: ${title}`,
    noSchema: 'ナレッジ ベースがスキーマに合っていません。',
    walk: (n) => `ウィザードの巡回: 原因 ${n.causes} のうち ${n.reached} に到達可能（うち「確定」として ${n.confirmed}）、行き止まり ${n.deadEnds}、状態 ${n.states}。`,
    problems: (n) => `問題 ${n} 件:`,
    noProblems: '問題はありません。',
    unreachable: (cause) => `原因 ${cause}: どの回答でも、ウィザードはこの原因に「確定」や「可能性が高い」として到達しません`,
    deadEnd: (symptom, reason, route) => `${symptom} の行き止まり: ${reason}（${route || '最初'} の後）`,
    dontKnow: 'わからない',
    citation: (citation, count, why) => `出典 ${citation}（${count} 項目）: ${why}`,
    factsSheet: 'ファクト シート',
    article: (id) => `記事 ${id}`,
  },
};

const MESSAGES: Record<Language, CliMessages> = { en, ja };

export function cliMessages(language: Language): CliMessages {
  return MESSAGES[language];
}
