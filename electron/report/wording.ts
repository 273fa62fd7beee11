import type { Language, Status } from '../../knowledge/core';

/**
 * The report's own words (headings, labels, sentences around the knowledge's texts), one typed
 * catalogue per language: the PDF, the Markdown and the budget notes read them from here. The
 * knowledge's texts come from the engine of the same language.
 */
export type ReportWording = {
  status: Record<Status, string>;
  language: Language;
  /** Sorting and number formatting (Intl) in this language. */
  locale: string;
  defaultTitle: string;
  anAuthProblem: string;
  clusterWords: string;
  problemSentence: (what: string, where: readonly string[]) => string;
  answeredByAdmin: string;
  fromCheck: (check: string, why: string) => string;
  fromScan: (file: string, why: string) => string;
  dontKnowWhy: string;
  notAnsweredWhy: string;
  kicker: string;
  date: (date: string) => string;
  jira: (instance: string) => string;
  knowledgeVersion: (version: string) => string;
  theProblem: string;
  impact: string;
  nothingToAct: string;
  considered: (c: { total: number; confirmed: number; likely: number; possible: number; ruledOut: number; open: number }) => string;
  causeFound: string;
  causesFound: string;
  whatToDoFirst: string;
  noCauseYet: string;
  firstToCheck: string;
  nothingToFixOpenAtEnd: string;
  nothingToFixOpenBelow: string;
  nothingToFix: string;
  thenMoreSteps: (n: number) => string;
  moreCauses: (n: number) => string;
  forCause: (team: string, cause: string) => string;
  empty: string;
  footer: (version: string) => string;
  page: (page: number, pages: number) => string;
  everyCause: string;
  everyCauseIntro: string;
  cause: string;
  statusHeading: string;
  why: string;
  actionPlan: string;
  note: (text: string) => string;
  evidence: string;
  evidenceFromChecks: string;
  /** A check's outcome, as the report states it (English: "completed" for ok). */
  outcome: Record<'ok' | 'failed' | 'skipped' | 'cancelled', string>;
  /** What goes between two sentences: a space in English, nothing in Japanese. */
  sentenceGap: string;
  noAnswer: string;
  node: (node: string) => string;
  moreRequests: (n: number) => string;
  problem: string;
  logScan: string;
  logScanFindings: string;
  filesRead: (read: number, total: number, mb: string, at: string, stopped: boolean) => string;
  whatWasFound: string;
  count: string;
  whenWhere: string;
  firstSeen: string;
  lastSeen: string;
  where: string;
  noSignature: string;
  loginsOf: (user: string, node?: string) => string;
  loginBars: { passed: string; failed: string; notPermitted: string; captcha: string };
  whatWasAnswered: string;
  question: string;
  answer: string;
  from: string;
  nothingAnswered: string;
  openQuestions: string;
  noneOpen: string;
  noneOpenShort: string;
  sources: string;
  sourcesIntro: string;
  yes: string;
  no: string;
  firstOf: (shown: number, total: string, what: string) => string;
  cut: (count: string, limit: string) => string;
  budgetWhat: {
    evidence: string;
    notesOf: (title: string) => string;
    conclusionsOf: (title: string) => string;
    chartsOf: (title: string) => string;
    barsOf: (label: string) => string;
    signatures: string;
    files: string;
    answers: string;
  };
  moreCharacters: (n: string) => string;
  /** The browser recording's section (its charts' own words: RecordingWords in electron/scan/har/lanes.ts). */
  recording: {
    heading: string;
    requestsIn: (requests: number, files: string) => string;
    chartIntro: string;
    session: (label: string, host: string) => string;
    requests: (requests: number, first: string, last: string, nodeSource: string) => string;
    toldApartBy: (by: string) => string;
    /** Joins the two sentences above. */
    and: string;
    /** A session's verdict and its requests, as sentences. */
    summary: (verdict: string, requests: string) => string;
    /** Under a session's timeline chart. */
    axis: (requests: number, slice: number) => string;
    moved: (index: number, at: string, request: string, to: string, from: string) => string;
    moreMoves: (n: number) => string;
    moreSessions: (n: number) => string;
    switchHead: [string, string, string, string, string];
    signIn: string;
    nodeOf: (node: string) => string;
    failed: string;
    failureHead: [string, string, string, string];
    onNode: (node: string) => string;
  };
};

const en: ReportWording = {
  status: { confirmed: 'Confirmed', likely: 'Likely', possible: 'Possible', 'ruled-out': 'Ruled out' },
  language: 'en',
  locale: 'en',
  defaultTitle: 'Jira authentication diagnosis',
  anAuthProblem: 'An authentication problem with Jira',
  clusterWords: 'Data Center cluster',
  problemSentence: (what, where) => (where.length ? `${what} (${where.join(', ')}).` : `${what}.`),
  answeredByAdmin: 'answered by the admin',
  fromCheck: (check, why) => `automated check "${check}": ${why}`,
  fromScan: (file, why) => `log scan of ${file}: ${why}`,
  dontKnowWhy: 'Answered "I don\'t know": the diagnosis assumes nothing about it.',
  notAnsweredWhy: 'Not answered yet: it could change the result.',
  kicker: 'JIRA-DOCTOR DIAGNOSIS REPORT',
  date: (date) => `Date: ${date}`,
  jira: (instance) => `Jira: ${instance}`,
  knowledgeVersion: (version) => `Knowledge version: ${version}`,
  theProblem: 'The problem',
  impact: 'Impact: ',
  nothingToAct: 'Nothing to act on yet: answer the open questions first.',
  considered: (c) =>
    `${c.total} causes were considered: ${c.confirmed} confirmed, ${c.likely} likely, ${c.possible} still possible, ${c.ruledOut} ruled out. ` +
    (c.open === 0 ? 'No question is still open.' : c.open === 1 ? 'One question is still open.' : `${c.open} questions are still open.`),
  causeFound: 'The cause found',
  causesFound: 'The causes found',
  whatToDoFirst: 'What to do first',
  noCauseYet: 'No cause is confirmed or likely yet.',
  firstToCheck: 'The first to check:',
  nothingToFixOpenAtEnd: 'Nothing to fix yet: the open questions, listed at the end, say what to find out next.',
  nothingToFixOpenBelow: 'Nothing to fix yet: the open questions below say what to find out next.',
  nothingToFix: 'Nothing to fix: no known cause fits what was found.',
  thenMoreSteps: (n) => `Then ${n} more step${n > 1 ? 's' : ''}: see the action plan.`,
  moreCauses: (n) => `The action plan has the fixes of ${n} more cause${n > 1 ? 's' : ''}.`,
  forCause: (team, cause) => `${team} · for: ${cause}`,
  empty: '(empty)',
  footer: (version) => `jira-doctor · knowledge ${version}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  everyCause: 'Every cause considered',
  everyCauseIntro: 'Each known cause of this kind of failure, with its status and the reason for it. Ruled-out causes are listed too, so nobody checks them again.',
  cause: 'Cause',
  statusHeading: 'Status',
  why: 'Why',
  actionPlan: 'Action plan by team',
  note: (text) => `Note: ${text}`,
  evidence: 'Evidence',
  evidenceFromChecks: 'Evidence from automated checks',
  outcome: { ok: 'completed', failed: 'failed', skipped: 'skipped', cancelled: 'cancelled' },
  sentenceGap: ' ',
  noAnswer: 'no answer',
  node: (node) => `node ${node}`,
  moreRequests: (n) => `… and ${n} more requests`,
  problem: 'Problem: ',
  logScan: 'Log scan',
  logScanFindings: 'Log scan findings',
  filesRead: (read, total, mb, at, stopped) => `${read} of ${total} files read, ${mb} MB, ${at}${stopped ? ' (stopped early)' : ''}`,
  whatWasFound: 'What was found',
  count: 'Count',
  whenWhere: 'When, where, and a sample line',
  firstSeen: 'First seen',
  lastSeen: 'Last seen',
  where: 'Where',
  noSignature: 'No known error signature was found in the logs.',
  loginsOf: (user, node) => `Logins of ${user}${node ? ` on ${node}` : ''} (security log)`,
  loginBars: { passed: 'passed', failed: 'failed', notPermitted: 'no USE permission or not found', captcha: 'CAPTCHA' },
  whatWasAnswered: 'What was answered',
  question: 'Question',
  answer: 'Answer',
  from: 'From',
  nothingAnswered: 'Nothing was answered yet.',
  openQuestions: 'Open questions and assumptions',
  noneOpen: 'None: every question that could change the result was answered.',
  noneOpenShort: 'None.',
  sources: 'Sources',
  sourcesIntro: 'The page and section behind each conclusion, with its published address; the texts are also bundled with jira-doctor for offline reading.',
  yes: 'yes',
  no: 'no',
  firstOf: (shown, total, what) => `The report shows the first ${shown} of ${total} ${what}; the JSON export holds them all.`,
  cut: (count, limit) => `${count} long texts are cut at ${limit} characters; the JSON export holds them in full.`,
  budgetWhat: {
    evidence: 'automated check results',
    notesOf: (title) => `notes of "${title}"`,
    conclusionsOf: (title) => `conclusions of "${title}"`,
    chartsOf: (title) => `charts of "${title}"`,
    barsOf: (label) => `bars of "${label}"`,
    signatures: 'log signatures found',
    files: 'scanned files',
    answers: 'answers',
  },
  moreCharacters: (n) => `[${n} more characters]`,
  recording: {
    heading: 'Browser recording',
    requestsIn: (requests, files) => `${requests} Jira request(s) in ${files}.`,
    chartIntro: 'Each row below is a Jira node; a mark means it answered requests of that part of the session, a red line where the session moved to another node.',
    session: (label, host) => `${label} on ${host}`,
    requests: (requests, first, last, nodeSource) => `${requests} request(s) from ${first} to ${last}; each answer's node read from ${nodeSource}`,
    toldApartBy: (by) => `the session told apart by ${by}`,
    and: '; ',
    summary: (verdict, requests) => `${verdict.charAt(0).toUpperCase()}${verdict.slice(1)}. ${requests}.`,
    axis: (requests, slice) => `request 1 → ${requests}${slice > 1 ? ` (each column ${slice} requests)` : ''}`,
    moved: (index, at, request, to, from) => `Request ${index} at ${at}: ${request} was answered by ${to} instead of ${from}`,
    moreMoves: (n) => `… and ${n} more moves`,
    moreSessions: (n) => `… and ${n} more sessions`,
    switchHead: ['Request', 'Time', 'Request line', 'From', 'To'],
    signIn: 'Sign-in with Microsoft',
    nodeOf: (node) => `node ${node}`,
    failed: 'Failed requests',
    failureHead: ['Time', 'Request', 'Node', 'What'],
    onNode: (node) => ` on ${node}`,
  },
};

const ja: ReportWording = {
  status: { confirmed: '確定', likely: '可能性が高い', possible: '可能性あり', 'ruled-out': '除外' },
  language: 'ja',
  locale: 'ja',
  defaultTitle: 'Jira 認証の診断',
  anAuthProblem: 'Jira の認証の問題',
  clusterWords: 'Data Center クラスター',
  problemSentence: (what, where) => (where.length ? `${what}（${where.join('、')}）。` : `${what}。`),
  answeredByAdmin: '管理者の回答',
  fromCheck: (check, why) => `自動チェック「${check}」: ${why}`,
  fromScan: (file, why) => `${file} のログ スキャン: ${why}`,
  dontKnowWhy: '「わからない」と回答: 診断はこの点について何も仮定していません。',
  notAnsweredWhy: 'まだ回答がありません: 結果が変わる可能性があります。',
  kicker: 'JIRA-DOCTOR 診断レポート',
  date: (date) => `日付: ${date}`,
  jira: (instance) => `Jira: ${instance}`,
  knowledgeVersion: (version) => `ナレッジのバージョン: ${version}`,
  theProblem: '問題',
  impact: '影響: ',
  nothingToAct: 'まだ対応することはありません。先に未回答の質問に答えてください。',
  considered: (c) =>
    `検討した原因は ${c.total} 件です: 確定 ${c.confirmed} 件、可能性が高い ${c.likely} 件、まだ可能性あり ${c.possible} 件、除外 ${c.ruledOut} 件。` +
    (c.open === 0 ? '未回答の質問はありません。' : `未回答の質問が ${c.open} 件あります。`),
  causeFound: '見つかった原因',
  causesFound: '見つかった原因',
  whatToDoFirst: '最初にすること',
  noCauseYet: '確定した原因も、可能性が高い原因もまだありません。',
  firstToCheck: '最初に確認するもの:',
  nothingToFixOpenAtEnd: 'まだ修正することはありません。次に何を調べるかは、最後に載せた未回答の質問を参照してください。',
  nothingToFixOpenBelow: 'まだ修正することはありません。次に何を調べるかは、下の未回答の質問を参照してください。',
  nothingToFix: '修正することはありません: 見つかった内容に当てはまる既知の原因はありません。',
  thenMoreSteps: (n) => `続けてあと ${n} 個の手順があります: 対応計画を参照してください。`,
  moreCauses: (n) => `対応計画には、ほかに ${n} 件の原因の修正があります。`,
  forCause: (team, cause) => `${team} · 対象: ${cause}`,
  empty: '（空）',
  footer: (version) => `jira-doctor · ナレッジ ${version}`,
  page: (page, pages) => `${page} / ${pages} ページ`,
  everyCause: '検討したすべての原因',
  everyCauseIntro: 'この種の障害の既知の原因それぞれについて、状態とその理由を示します。除外した原因も、再び調べずに済むよう記載しています。',
  cause: '原因',
  statusHeading: '状態',
  why: '理由',
  actionPlan: 'チームごとの対応計画',
  note: (text) => `注: ${text}`,
  evidence: '証拠',
  evidenceFromChecks: '自動チェックの証拠',
  outcome: { ok: '完了', failed: '失敗', skipped: '未実行', cancelled: '取り消し' },
  sentenceGap: '',
  noAnswer: '応答なし',
  node: (node) => `ノード ${node}`,
  moreRequests: (n) => `… ほかに ${n} 件のリクエスト`,
  problem: '問題: ',
  logScan: 'ログ スキャン',
  logScanFindings: 'ログ スキャンの結果',
  filesRead: (read, total, mb, at, stopped) => `${total} 個中 ${read} 個のファイルを読み取り、${mb} MB、${at}${stopped ? '（途中で停止）' : ''}`,
  whatWasFound: '見つかったもの',
  count: '件数',
  whenWhere: '日時、場所、サンプル行',
  firstSeen: '最初',
  lastSeen: '最後',
  where: '場所',
  noSignature: 'ログに既知のエラー シグネチャは見つかりませんでした。',
  loginsOf: (user, node) => `${user} のログイン${node ? `（${node}）` : ''}（セキュリティ ログ）`,
  loginBars: { passed: '成功', failed: '失敗', notPermitted: 'USE 権限なし、または見つからない', captcha: 'CAPTCHA' },
  whatWasAnswered: '回答内容',
  question: '質問',
  answer: '回答',
  from: '情報源',
  nothingAnswered: 'まだ何も回答されていません。',
  openQuestions: '未回答の質問と前提',
  noneOpen: 'ありません: 結果を変えうる質問にはすべて回答済みです。',
  noneOpenShort: 'ありません。',
  sources: '出典',
  sourcesIntro: '各結論の根拠となったページとセクション、およびその公開アドレスです。本文は jira-doctor にも同梱されており、オフラインで読めます。',
  yes: 'はい',
  no: 'いいえ',
  firstOf: (shown, total, what) => `このレポートには ${what} ${total} 件のうち最初の ${shown} 件を載せています。JSON エクスポートにはすべて含まれます。`,
  cut: (count, limit) => `長いテキスト ${count} 件を ${limit} 文字で切り詰めています。JSON エクスポートには全文が含まれます。`,
  budgetWhat: {
    evidence: '自動チェックの結果',
    notesOf: (title) => `「${title}」の注記`,
    conclusionsOf: (title) => `「${title}」の結論`,
    chartsOf: (title) => `「${title}」のグラフ`,
    barsOf: (label) => `「${label}」の棒`,
    signatures: '見つかったログ シグネチャ',
    files: 'スキャンしたファイル',
    answers: '回答',
  },
  moreCharacters: (n) => `[ほかに ${n} 文字]`,
  recording: {
    heading: 'ブラウザーの記録',
    requestsIn: (requests, files) => `${files} に Jira へのリクエストが ${requests} 件あります。`,
    chartIntro: '下の各行が Jira ノードです。印はセッションのその部分のリクエストにそのノードが応答したことを、赤い線はセッションが別のノードに移ったところを示します。',
    // The scanner names sessions "Browser session N".
    session: (label, host) => `${label.replace(/^Browser session (\d+)$/, 'ブラウザー セッション $1')}（${host}）`,
    requests: (requests, first, last, nodeSource) => `${first} から ${last} までのリクエスト ${requests} 件。各応答のノードは ${nodeSource} から読み取りました`,
    toldApartBy: (by) => `セッションは ${by} で区別しました。`,
    and: '。',
    summary: (verdict, requests) => `${verdict}。${requests}。`,
    axis: (requests, slice) => `リクエスト 1 → ${requests}${slice > 1 ? `（1 列が ${slice} リクエスト）` : ''}`,
    moved: (index, at, request, to, from) => `リクエスト ${index}（${at}）: ${request} に ${from} ではなく ${to} が応答しました`,
    moreMoves: (n) => `… ほかに ${n} 回の移動`,
    moreSessions: (n) => `… ほかに ${n} 件のセッション`,
    switchHead: ['リクエスト', '時刻', 'リクエスト行', '移動元', '移動先'],
    signIn: 'Microsoft へのサインイン',
    nodeOf: (node) => `ノード ${node}`,
    failed: '失敗したリクエスト',
    failureHead: ['時刻', 'リクエスト', 'ノード', '内容'],
    onNode: (node) => `（${node}）`,
  },
};

const WORDING: Record<Language, ReportWording> = { en, ja };

export function reportWording(language: Language = 'en'): ReportWording {
  return WORDING[language];
}
