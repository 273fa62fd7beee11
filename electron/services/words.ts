import type { Language } from '../../knowledge/i18n/language';
import type { JsonStop } from '../text/json-stop';
import { JSON_STOP_WORDS } from '../text/json-stop-words';
import { runLanguage } from '../text/run-language';

/**
 * What the app's own services say when they refuse or fail (the API's ServiceError messages, the
 * browser-mode server's and the desktop window's refusals, the session store's), one typed
 * catalogue per language, as the checks have theirs (electron/checks/words.ts), and chosen by the
 * same means: the language a request or run is in (`inLanguage`). The server sets it for each
 * request from the page's Accept-Language, the desktop window's calls carry it, and `dispatch` runs
 * each call in it, so a check run or sign-in a call starts speaks it too. File names, ids, paths,
 * sizes, commands and the servers' own messages stay exact in every language.
 */
/** A text said now and worded later, in the language of whoever reads it (a notice the window shows at start). */
export type Said = (words: ServiceWords) => string;

/** The app's JSON files, as notices name them (electron/sessions/json-store.ts). */
export type StoreLabel = 'saved-sessions' | 'remembered-credentials' | 'browser-mode' | 'window-state';
/** What a JSON value is, where a file holds the wrong kind. */
export type ValueKind = 'null' | 'list' | 'string' | 'number' | 'boolean' | 'other';

export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'other';
}

export type ServiceWords = {
  // The API's own calls (electron/services/index.ts).
  noCapability: (channel: string) => string;
  invalidRequest: (channel: string, problems: string) => string;
  internalFailure: (channel: string, detail: string) => string;
  credentialsInBrowser: string;
  openLinkInPage: string;
  checkSettingsWrong: string;
  signInSettingsWrong: string;
  chooseFilesInBrowser: string;
  storeCannotOpen: (store: 'sessions' | 'credentials', detail: string) => string;
  // The sign-in step (sign-ins.ts).
  signInNeedsSettings: string;
  signInSettingsRequired: string;
  pasteNeedsRedirect: string;
  pasteRedirectRequired: string;
  signInNotFinished: string;
  signInOver: string;
  // Check runs (check-runs.ts).
  noCheckRun: (runId: string) => string;
  checksStopped: (detail: string) => string;
  // Work off the main thread (worker-pool.ts, heavy-work.ts) and reports.
  closing: string;
  outOfMemory: string;
  workStopped: (detail: string) => string;
  factsInvalid: string;
  sessionNotReportable: (detail: string) => string;
  // The bundled articles (sources.ts).
  sourceMissing: (article: string, file: string) => string;
  noSection: (article: string, section: string, sections: string) => string;
  // Saved sessions and credentials (electron/sessions).
  noSession: (id: string, then: 'pick' | 'start' | 'gone') => string;
  sessionDamaged: (id: string, detail: string) => string;
  sessionDamagedNotice: (id: string, path: string) => string;
  storeSetAside: (store: StoreLabel, problem: string, aside: string) => string;
  storeEmpty: string;
  /** `at`: where the file stops being JSON (undefined only if JSON.parse refused a text the grammar allows). */
  storeNotJson: (at: JsonStop | undefined) => string;
  storeNotObject: (holds: ValueKind) => string;
  sessionsNotMap: (holds: ValueKind) => string;
  credentialsNotMap: string;
  importNotJson: string;
  importNewer: (version: number) => string;
  importNotSession: string;
  noKeychain: string;
  // Browser mode's server (electron/server).
  wrongHost: (address: string, named: string | undefined) => string;
  otherSite: string;
  launchUsed: (minutes: number, command: string) => string;
  launchForeign: (command: string) => string;
  noLaunchCookie: (command: string) => string;
  onlyGet: string;
  usePost: (path: string) => string;
  jsonOnly: string;
  bodyNotJson: string;
  requestTooLarge: (megabytes: number) => string;
  busy: string;
  couldNotAnswer: string;
  notPartOfApp: (path: string) => string;
  uiNotBuilt: string;
  // Uploads of logs and of files to redact (electron/server/upload.ts, redact-upload.ts).
  uploadNamesNoFiles: string;
  uploadListUnreadable: string;
  uploadTooManyFiles: (max: number) => string;
  uploadControlCharacter: (name: string) => string;
  uploadListMalformed: string;
  uploadFileTooLarge: (name: string, limit: string) => string;
  uploadTotalTooLarge: (limit: string) => string;
  uploadSizeMismatch: string;
  uploadTooLong: string;
  uploadEndedEarly: string;
  redactOneFile: string;
  // The desktop window's own channels (electron/shell/ipc.ts).
  notFromWindow: string;
  notHandedOver: (path: string) => string;
  dropFiles: string;
  cannotRead: (path: string) => string;
  scanFailed: (detail: string) => string;
  redactFromDisk: string;
  redactNotWritten: (detail: string) => string;
};

const EN_KINDS: Record<ValueKind, string> = { null: 'null', list: 'a list', string: 'a string', number: 'a number', boolean: 'a boolean', other: 'something else' };
const JA_KINDS: Record<ValueKind, string> = { null: 'null', list: 'リスト', string: '文字列', number: '数値', boolean: '真偽値', other: 'ほかの値' };
const JA_STORES: Record<StoreLabel, string> = { 'saved-sessions': '保存済みのセッション', 'remembered-credentials': '記憶した認証情報', 'browser-mode': 'ブラウザー モードの設定', 'window-state': 'ウィンドウの位置' };

const en: ServiceWords = {
  noCapability: (channel) => `jira-doctor has no capability "${channel}".`,
  invalidRequest: (channel, problems) => `The request for ${channel} is not valid: ${problems}`,
  internalFailure: (channel, detail) => `${channel} failed inside jira-doctor (${detail}). Try again; if it keeps failing, report it with this message.`,
  credentialsInBrowser: 'Credentials are never stored in browser mode; type them each time (the desktop app can remember them in the system keychain).',
  openLinkInPage: 'Open the link from the page itself in browser mode.',
  checkSettingsWrong: 'The connection settings need a correction before the checks can run.',
  signInSettingsWrong: 'The sign-in settings need a correction before signing in.',
  chooseFilesInBrowser: 'Drop the log files on the page, or pick them with “Choose files…”.',
  storeCannotOpen: (store, detail) =>
    `The ${store === 'sessions' ? 'saved sessions' : 'remembered credentials'} cannot be opened (${detail}). Check that the data folder is writable, or start with --user-data-dir pointing to another folder.`,

  signInNeedsSettings: 'Fill in Jira’s OAuth 2.0 settings first: the application (client) ID, the endpoints and the scopes.',
  signInSettingsRequired: 'required',
  pasteNeedsRedirect: 'To paste the address the browser ends on, give Jira’s Redirect URL (shown in Jira’s OAuth 2.0 integration).',
  pasteRedirectRequired: 'Jira’s Redirect URL is needed to paste the address',
  signInNotFinished: 'The sign-in has not finished yet: finish it in the browser, or cancel it, before running the checks.',
  signInOver: 'That sign-in is over (signed in again, or more than 50 minutes ago, or jira-doctor was restarted): sign in again.',

  noCheckRun: (runId) => `There is no check run "${runId}"; start the checks again.`,
  checksStopped: (detail) => `The checks stopped unexpectedly: ${detail}`,

  closing: 'jira-doctor is closing.',
  outOfMemory: 'This needed more memory than jira-doctor gives one task; the rest of the app is unaffected. Try again with a smaller session or report.',
  workStopped: (detail) => `The work stopped unexpectedly (${detail}); try again.`,
  factsInvalid: 'Some facts are not valid; correct them and try again.',
  sessionNotReportable: (detail) => `This session cannot be made into a report: ${detail}`,

  sourceMissing: (article, file) => `The bundled copy of ${article === 'facts' ? 'the facts sheet' : `article ${article}`} (${file}) is missing; reinstall jira-doctor.`,
  noSection: (article, section, sections) => `Article ${article} has no section "${section}". Its sections: ${sections}.`,

  noSession: (id, then) =>
    `There is no saved session "${id}"; it may have been deleted${then === 'gone' ? ' already.' : then === 'start' ? '. Start a new one or pick one from the list.' : '. Pick one from the list.'}`,
  sessionDamaged: (id, detail) => `The saved session "${id}" is damaged (${detail}); export the others and start a new one.`,
  sessionDamagedNotice: (id, path) => `The saved session "${id}" in ${path} is damaged and is not listed; the file keeps it as it is.`,
  storeSetAside: (store, problem, aside) => `The ${store} file could not be read (${problem}). It was kept as ${aside} and a new, empty one was started; nothing was deleted.`,
  storeEmpty: 'the file is empty',
  storeNotJson: (at) => `it is not valid JSON${at ? `: ${JSON_STOP_WORDS.en(at)}` : ''}`,
  storeNotObject: (holds) => `it holds ${EN_KINDS[holds]} instead of an object`,
  sessionsNotMap: (holds) => `"sessions" is ${holds === 'other' ? 'not an object' : EN_KINDS[holds]} instead of the saved sessions by id`,
  credentialsNotMap: '"entries" is not a map of encrypted credentials',
  importNotJson: 'This file is not JSON. Choose a session file that jira-doctor exported (Export in the session list).',
  importNewer: (version) => `This session was saved by a newer jira-doctor (session format ${version}); update jira-doctor to open it.`,
  importNotSession: 'This file is not a jira-doctor session, or it was changed by hand. Export the session again from the app that saved it.',
  noKeychain: 'This computer has no keychain that jira-doctor can use, so credentials cannot be remembered safely; type them each time.',

  wrongHost: (address, named) => `jira-doctor answers only at ${address} (this request named ${named === undefined ? 'no host' : `"${named}"`}).`,
  otherSite: 'jira-doctor answers only its own page, not requests from other sites.',
  launchUsed: (minutes, command) =>
    `This address has opened jira-doctor once already, or is older than ${minutes} minutes: each one works once. Open the file that "${command}" named in the terminal; it always holds a fresh address.`,
  launchForeign: (command) => `This address is not from this start of jira-doctor. Open the file that "${command}" named in the terminal; it always holds a fresh address.`,
  noLaunchCookie: (command) => `Open jira-doctor with the address that "${command}" printed in the terminal (it carries the key of this start).`,
  onlyGet: 'Only GET is served here.',
  usePost: (path) => `Use POST for ${path}.`,
  jsonOnly: 'API requests are JSON (Content-Type: application/json).',
  bodyNotJson: 'The request body is not valid JSON.',
  requestTooLarge: (megabytes) =>
    `This request is larger than ${megabytes} MB, more than jira-doctor accepts. A session file that large was not made by jira-doctor; for logs, drop the files instead of pasting them.`,
  busy: 'jira-doctor is busy with other large files right now; try again in a moment.',
  couldNotAnswer: 'jira-doctor could not answer this request; try again.',
  notPartOfApp: (path) => `${path} is not part of jira-doctor.`,
  uiNotBuilt: 'The user interface is not built yet: run "npm run build", then "npm start" again.',

  uploadNamesNoFiles: 'The upload names no files; drop the log files again.',
  uploadListUnreadable: 'The upload’s file list is unreadable; reload the page and drop the files again.',
  uploadTooManyFiles: (max) => `At most ${max} files can be scanned at once; drop fewer, or a support zip.`,
  uploadControlCharacter: (name) => `A file name holds a control character (${name}); rename the file and drop it again.`,
  uploadListMalformed: 'The upload’s file list is malformed; reload the page and drop the files again.',
  uploadFileTooLarge: (name, limit) => `"${name}" is larger than ${limit}; scan it with the command line instead (jira-doctor scan).`,
  uploadTotalTooLarge: (limit) => `These files hold more than ${limit} together; scan fewer at once, or use the command line (jira-doctor scan).`,
  uploadSizeMismatch: 'The upload’s size does not match its file list; drop the files again.',
  uploadTooLong: 'The upload is longer than its file list says; drop the files again.',
  uploadEndedEarly: 'The upload ended early (was the page closed?); drop the files again.',
  redactOneFile: 'Save the redacted copy of one file at a time.',

  notFromWindow: 'This request did not come from the jira-doctor window.',
  notHandedOver: (path) => `jira-doctor reads only the files you drop on its window or pick with “Choose files…”, and ${path} was neither: drop it again, or choose it.`,
  dropFiles: 'Drop one or more log files or a support zip.',
  cannotRead: (path) => `${path} cannot be read; drop files from a local disk.`,
  scanFailed: (detail) => `The scan failed (${detail}).`,
  redactFromDisk: 'Add the file from a local disk, then save its redacted copy.',
  redactNotWritten: (detail) => `The redacted copy could not be written (${detail}).`,
};

const ja: ServiceWords = {
  noCapability: (channel) => `jira-doctor には "${channel}" という機能はありません。`,
  invalidRequest: (channel, problems) => `${channel} への要求が正しくありません: ${problems}`,
  internalFailure: (channel, detail) => `jira-doctor の内部で ${channel} が失敗しました（${detail}）。もう一度試してください。繰り返し失敗する場合は、このメッセージを添えて報告してください。`,
  credentialsInBrowser: 'ブラウザー モードでは認証情報を保存しません。毎回入力してください（デスクトップ アプリではシステムのキーチェーンに記憶できます）。',
  openLinkInPage: 'ブラウザー モードでは、リンクはページから直接開いてください。',
  checkSettingsWrong: 'チェックを実行する前に、接続の設定を修正する必要があります。',
  signInSettingsWrong: 'サインインする前に、サインインの設定を修正する必要があります。',
  chooseFilesInBrowser: 'ログ ファイルをページにドロップするか、[ファイルを選択…] で選んでください。',
  storeCannotOpen: (store, detail) =>
    `${store === 'sessions' ? '保存済みのセッション' : '記憶した認証情報'}を開けません（${detail}）。データ フォルダーに書き込めることを確認するか、--user-data-dir で別のフォルダーを指定して起動してください。`,

  signInNeedsSettings: '先に Jira の OAuth 2.0 の設定（アプリケーション (クライアント) ID、エンドポイント、スコープ）を入力してください。',
  signInSettingsRequired: '必須です',
  pasteNeedsRedirect: 'ブラウザーが最後に表示したアドレスを貼り付けるには、Jira のリダイレクト URL（Jira の OAuth 2.0 統合の画面に表示されます）を入力してください。',
  pasteRedirectRequired: 'アドレスを貼り付けるには Jira のリダイレクト URL が必要です',
  signInNotFinished: 'サインインはまだ完了していません。チェックを実行する前に、ブラウザーでサインインを完了するか、キャンセルしてください。',
  signInOver: 'そのサインインは終了しています（もう一度サインインした、50 分以上前のもの、または jira-doctor を再起動した）。もう一度サインインしてください。',

  noCheckRun: (runId) => `チェックの実行 "${runId}" はありません。チェックをもう一度開始してください。`,
  checksStopped: (detail) => `チェックが予期せず停止しました: ${detail}`,

  closing: 'jira-doctor を終了しています。',
  outOfMemory: 'この処理には、jira-doctor が 1 つの処理に割り当てる以上のメモリが必要でした。アプリのほかの部分には影響ありません。小さいセッションやレポートでもう一度試してください。',
  workStopped: (detail) => `処理が予期せず停止しました（${detail}）。もう一度試してください。`,
  factsInvalid: '正しくない事実があります。修正してもう一度試してください。',
  sessionNotReportable: (detail) => `このセッションからはレポートを作成できません: ${detail}`,

  sourceMissing: (article, file) => `同梱の${article === 'facts' ? '事実シート' : `記事 ${article}`}（${file}）が見つかりません。jira-doctor を再インストールしてください。`,
  noSection: (article, section, sections) => `記事 ${article} には "${section}" というセクションはありません。セクション: ${sections}。`,

  noSession: (id, then) =>
    `保存済みのセッション "${id}" はありません。${then === 'gone' ? 'すでに削除されている可能性があります。' : then === 'start' ? '削除された可能性があります。新しい診断を始めるか、一覧から選んでください。' : '削除された可能性があります。一覧から選んでください。'}`,
  sessionDamaged: (id, detail) => `保存済みのセッション "${id}" は破損しています（${detail}）。ほかのセッションをエクスポートしてから、新しい診断を始めてください。`,
  sessionDamagedNotice: (id, path) => `${path} の保存済みのセッション "${id}" は破損しているため、一覧に表示しません。ファイルにはそのまま残っています。`,
  storeSetAside: (store, problem, aside) =>
    `${JA_STORES[store]}のファイルを読み取れませんでした（${problem}）。そのファイルは ${aside} として残し、新しい空のファイルで始めました。削除したものはありません。`,
  storeEmpty: 'ファイルが空です',
  storeNotJson: (at) => `正しい JSON ではありません${at ? `: ${JSON_STOP_WORDS.ja(at)}` : ''}`,
  storeNotObject: (holds) => `オブジェクトではなく${JA_KINDS[holds]}が入っています`,
  sessionsNotMap: (holds) => `"sessions" が ID ごとの保存済みセッションではなく${holds === 'other' ? 'オブジェクト以外の値' : JA_KINDS[holds]}です`,
  credentialsNotMap: '"entries" が暗号化された認証情報の対応表ではありません',
  importNotJson: 'このファイルは JSON ではありません。jira-doctor でエクスポートしたセッション ファイル（セッションの一覧の [エクスポート]）を選んでください。',
  importNewer: (version) => `このセッションは新しいバージョンの jira-doctor で保存されています（セッション形式 ${version}）。開くには jira-doctor を更新してください。`,
  importNotSession: 'このファイルは jira-doctor のセッションではないか、手作業で変更されています。保存したアプリからセッションをもう一度エクスポートしてください。',
  noKeychain: 'このコンピューターには jira-doctor が使用できるキーチェーンがないため、認証情報を安全に記憶できません。毎回入力してください。',

  wrongHost: (address, named) => `jira-doctor は ${address} でのみ応答します（この要求の宛先は${named === undefined ? '指定されていませんでした' : ` "${named}" でした`}）。`,
  otherSite: 'jira-doctor は自身のページにのみ応答し、ほかのサイトからの要求には応答しません。',
  launchUsed: (minutes, command) =>
    `このアドレスはすでに一度 jira-doctor を開いたか、${minutes} 分以上前のものです。アドレスはそれぞれ一度だけ使えます。"${command}" がターミナルに表示したファイルを開いてください。常に新しいアドレスが入っています。`,
  launchForeign: (command) => `このアドレスは今回起動した jira-doctor のものではありません。"${command}" がターミナルに表示したファイルを開いてください。常に新しいアドレスが入っています。`,
  noLaunchCookie: (command) => `"${command}" がターミナルに表示したアドレスで jira-doctor を開いてください（今回の起動の鍵が含まれています）。`,
  onlyGet: 'ここでは GET のみ受け付けます。',
  usePost: (path) => `${path} には POST を使ってください。`,
  jsonOnly: 'API の要求は JSON です（Content-Type: application/json）。',
  bodyNotJson: '要求の本文が正しい JSON ではありません。',
  requestTooLarge: (megabytes) =>
    `この要求は ${megabytes} MB を超えており、jira-doctor が受け付ける大きさを超えています。これほど大きなセッション ファイルは jira-doctor が作成したものではありません。ログは貼り付けずに、ファイルをドロップしてください。`,
  busy: 'jira-doctor はほかの大きなファイルを処理中です。少し待ってからもう一度試してください。',
  couldNotAnswer: 'jira-doctor はこの要求に応答できませんでした。もう一度試してください。',
  notPartOfApp: (path) => `${path} は jira-doctor の一部ではありません。`,
  uiNotBuilt: 'ユーザー インターフェイスがまだビルドされていません。"npm run build" を実行してから、もう一度 "npm start" を実行してください。',

  uploadNamesNoFiles: 'アップロードにファイル名がありません。ログ ファイルをもう一度ドロップしてください。',
  uploadListUnreadable: 'アップロードのファイル一覧を読み取れません。ページを再読み込みして、ファイルをもう一度ドロップしてください。',
  uploadTooManyFiles: (max) => `一度に読み取れるファイルは ${max} 個までです。ファイルを減らすか、サポート zip をドロップしてください。`,
  uploadControlCharacter: (name) => `ファイル名に制御文字が含まれています（${name}）。ファイル名を変更して、もう一度ドロップしてください。`,
  uploadListMalformed: 'アップロードのファイル一覧の形式が正しくありません。ページを再読み込みして、ファイルをもう一度ドロップしてください。',
  uploadFileTooLarge: (name, limit) => `"${name}" は ${limit} を超えています。代わりにコマンド ライン（jira-doctor scan）で読み取ってください。`,
  uploadTotalTooLarge: (limit) => `これらのファイルは合計で ${limit} を超えています。一度に読み取るファイルを減らすか、コマンド ライン（jira-doctor scan）を使ってください。`,
  uploadSizeMismatch: 'アップロードのサイズがファイル一覧と一致しません。ファイルをもう一度ドロップしてください。',
  uploadTooLong: 'アップロードがファイル一覧の示す長さを超えています。ファイルをもう一度ドロップしてください。',
  uploadEndedEarly: 'アップロードが途中で終わりました（ページを閉じましたか?）。ファイルをもう一度ドロップしてください。',
  redactOneFile: 'マスクしたコピーは 1 ファイルずつ保存してください。',

  notFromWindow: 'この要求は jira-doctor のウィンドウから送られたものではありません。',
  notHandedOver: (path) => `jira-doctor が読み取るのは、ウィンドウにドロップしたファイルか [ファイルを選択…] で選んだファイルだけです。${path} はどちらでもありません。もう一度ドロップするか、選んでください。`,
  dropFiles: 'ログ ファイルかサポート zip を 1 つ以上ドロップしてください。',
  cannotRead: (path) => `${path} を読み取れません。ローカル ディスク上のファイルをドロップしてください。`,
  scanFailed: (detail) => `読み取りに失敗しました（${detail}）。`,
  redactFromDisk: 'ローカル ディスク上のファイルを追加してから、マスクしたコピーを保存してください。',
  redactNotWritten: (detail) => `マスクしたコピーを書き込めませんでした（${detail}）。`,
};

export const SERVICE_WORDS: Record<Language, ServiceWords> = { en, ja };

/** The words of the request this code serves (`inLanguage`); English outside any. */
export function serviceWords(): ServiceWords {
  return SERVICE_WORDS[runLanguage()];
}
