import type { ScanReport } from '../contract/scan';
import type { Recording } from '../contract/recording';
import type { Signature } from '../schema';
import type { Language } from './translations';

/**
 * A scan report's human texts in a language. The scanner writes them in English, from fixed
 * sentences with the values it found (counts, names, paths, times); here each sentence is read
 * back into those values and written again in the language, where the report is shown (the
 * command line, the window, the reports), so a scan stored in a session reads in whatever
 * language the session is later shown in. Ids, fact names, statuses and every exact string (a
 * log line, Microsoft's error, a header value, a file name) stay as they are; the signatures'
 * titles come from the knowledge of the language. A sentence this table does not know is kept
 * as it is: the scan tests fail on any scanner sentence left in English (`untranslated`).
 */
type Words = (t: (text: string) => string, ...parts: string[]) => string;

/** A list the scanner joined with ", " (nodes, users, servers), joined as Japanese lists are. */
const listed = (items: string) => items.split(', ').join('、');

/** Sentences that hold another sentence (a fact's reason inside "the browser recording: …") pass it to `t`. */
const JA: [RegExp, Words][] = [
  // Files: reading them.
  [/^not a regular file: give a log file, a gzip-compressed log, a support zip, a HAR file or a folder holding them$/, () => '通常のファイルではありません: ログ ファイル、gzip 圧縮したログ、サポート zip、HAR ファイル、またはそれらを入れたフォルダーを指定してください'],
  [
    /^no Jira logs in this folder: give atlassian-jira\.log, atlassian-jira-security\.log or atlassian-jira-incoming-mail\.log \(rotated \.1 … and \.gz copies too\), a support zip, a browser recording \(HAR file\), or the folder that holds them$/,
    () => 'このフォルダーに Jira のログがありません: atlassian-jira.log、atlassian-jira-security.log、atlassian-jira-incoming-mail.log（ローテーションした .1 … や .gz のコピーも）、サポート zip、ブラウザーの記録（HAR ファイル）、またはそれらを入れたフォルダーを指定してください',
  ],
  [/^not found: check the path$/, () => '見つかりません: パスを確認してください'],
  [/^no permission to read it: copy it somewhere readable or run as a user who may read it$/, () => '読む権限がありません: 読める場所にコピーするか、読めるユーザーで実行してください'],
  [/^a folder, not a file$/, () => 'ファイルではなくフォルダーです'],
  [/^cannot be read \((.*)\)$/s, (_, why) => `読めません（${why}）`],
  [/^larger than (\d+) MB$/, (_, mb) => `${mb} MB を超えています`],
  [/^the file is empty$/, () => 'ファイルが空です'],
  [/^the upload broke off \((.*)\): add the file again$/s, (_, why) => `アップロードが途中で切れました（${why}）: ファイルをもう一度追加してください`],
  [
    /^the zip is larger than (\d+) MB, too large to read from an upload: run "(.*)" on the machine that holds it$/s,
    (_, mb, command) => `zip が ${mb} MB を超えていて、アップロードからは読めません: zip のあるマシンで "${command}" を実行してください`,
  ],
  [/^saved as UTF-16 text, which the scan does not read: save it as UTF-8 \(the encoding Jira writes\) and scan it again$/, () => 'UTF-16 のテキストとして保存されていて、スキャンでは読めません: UTF-8（Jira が書く文字コード）で保存し直して、もう一度スキャンしてください'],
  [/^not a text log \(it holds binary data\): give the Jira log files, gzip-compressed logs or a support zip$/, () => 'テキストのログではありません（バイナリ データを含みます）: Jira のログ ファイル、gzip 圧縮したログ、またはサポート zip を指定してください'],
  [/^the scan was cancelled while reading this file$/, () => 'このファイルを読んでいる途中でスキャンが取り消されました'],
  [/^reading stopped here: the zip inflated past its limit \(see the zip\)$/, () => 'ここで読むのを止めました: zip の展開が上限を超えました（zip の項を参照）'],
  [/^parts are not UTF-8: they were read as Latin-1$/, () => '一部が UTF-8 ではありません: Latin-1 として読みました'],
  [/^parts are not UTF-8: they were read as (.+) \(the encoding they appear to be in\)$/, (_, encoding) => `一部が UTF-8 ではありません: ${encoding}（その部分の文字コードと思われるもの）として読みました`],
  [/^some lines are longer than 1 MB: they were scanned in pieces$/, () => '1 MB を超える行があります: 分割してスキャンしました'],
  [
    /^more than 1 MB without a timestamped line \(not the layout of a Jira log\?\): those parts were scanned line by line$/,
    () => 'タイムスタンプのある行がないまま 1 MB を超える部分があります（Jira のログの形式ではない？）: その部分は 1 行ずつスキャンしました',
  ],
  // Gzip.
  [/^(\d+) bytes? after the compressed log (?:is|are) not gzip data and were ignored, as zcat does$/, (_, n) => `圧縮したログの後ろの ${n} バイトは gzip のデータではないため、zcat と同じく無視しました`],
  [
    /^the gzip file ends early(?: \(in its compressed part (\d+)\))? \(cut off while copying\?\): the part before the cut was scanned; copy the file again for the rest$/,
    (_, part) => `gzip ファイルが途中で終わっています${part ? `（圧縮された部分 ${part}）` : ''}（コピー中に切れた？）: 切れる前の部分はスキャンしました。残りを読むにはファイルをもう一度コピーしてください`,
  ],
  [
    /^the gzip file is damaged(?: \(in its compressed part (\d+)\))?: its checksum does not match what it holds, so some lines may be garbled \(everything was scanned\); copy the file again$/,
    (_, part) => `gzip ファイルが壊れています${part ? `（圧縮された部分 ${part}）` : ''}: チェックサムが中身と合わないため、一部の行が化けているかもしれません（すべてスキャンしました）。ファイルをもう一度コピーしてください`,
  ],
  [/^not a valid gzip file \((.*)\): the part before the damage was scanned$/s, (_, why) => `正しい gzip ファイルではありません（${why}）: 壊れた箇所より前の部分はスキャンしました`],
  [/^reading stopped early \((.*)\): what was read before is reported$/s, (_, why) => `途中で読めなくなりました（${why}）: それまでに読んだ分を報告します`],
  // Zips.
  [/^the entry is encrypted: create the support zip without a password$/, () => 'このエントリは暗号化されています: パスワードなしでサポート zip を作成してください'],
  [/^the entry cannot be read \((.*)\)$/s, (t, why) => `このエントリを読めません（${t(why)}）`],
  [/^not a readable zip \((.*)\): it may be cut off or damaged; create or copy it again$/s, (_, why) => `読める zip ではありません（${why}）: 途中で切れているか壊れているかもしれません。作成し直すか、コピーし直してください`],
  [
    /^(\d+) entr(?:y|ies) named to lead outside the zip \((.*)\) (?:was|were) skipped; the other entries were read$/s,
    (_, n, names) => `zip の外を指す名前のエントリ ${n} 件（${names}）は読まずに飛ばしました。ほかのエントリは読みました`,
  ],
  [
    /^(\d+) entr(?:y shares its|ies share their) compressed data with another \(a zip bomb's trick, or a damaged zip\) and (?:was|were) skipped$/,
    (_, n) => `圧縮データをほかのエントリと共有しているエントリ ${n} 件（zip 爆弾の手口か、壊れた zip）は読まずに飛ばしました`,
  ],
  [
    /^no Jira logs inside \(looked for atlassian-jira\.log, atlassian-jira-security\.log, atlassian-jira-incoming-mail\.log and their rotated copies\)$/,
    () => '中に Jira のログがありません（atlassian-jira.log、atlassian-jira-security.log、atlassian-jira-incoming-mail.log とそのローテーションしたコピーを探しました）',
  ],
  [
    /^its logs inflate to more than (.+) from (.+) \(over (\d+) times its size\): a zip bomb or a damaged zip, so reading stopped there; what was read before is reported$/,
    (_, spent, bytes, times) => `ログが ${bytes} から ${spent} を超えて展開されます（元の ${times} 倍超）: zip 爆弾か壊れた zip のため、そこで読むのを止めました。それまでに読んだ分を報告します`,
  ],
  [/^the zip could not be read to the end \((.*)\): it may be damaged; create or copy it again$/s, (_, why) => `zip を最後まで読めませんでした（${why}）: 壊れているかもしれません。作成し直すか、コピーし直してください`],
  [/^a zip inside a zip inside a zip is not read: extract it and scan it on its own$/, () => 'zip の中の zip の中の zip は読みません: 取り出して、それだけをスキャンしてください'],
  [/^a zip inside the zip, larger than (\d+) MB is not read: extract it and scan it on its own$/, (_, mb) => `${mb} MB を超える zip の中の zip は読みません: 取り出して、それだけをスキャンしてください`],
  // Browser recordings: reading them.
  [/^not a browser recording: (.*); give a HAR file as the browser saved it \(developer tools > Network > Export HAR\)$/s, (t, why) => `ブラウザーの記録ではありません: ${t(why)}。ブラウザーが保存したままの HAR ファイル（DevTools の Network > Export HAR）を指定してください`],
  [/^the recording cannot be read to its end: (.*); the requests before the cut were read; export the HAR file again and wait until the browser has finished saving it$/s, (t, why) => `記録を最後まで読めません: ${t(why)}。切れる前のリクエストは読みました。HAR ファイルをもう一度エクスポートし、ブラウザーが保存を終えるまで待ってください`],
  [/^the recording cannot be read to its end: (.*); the requests before the damage were read; export the HAR file again$/s, (t, why) => `記録を最後まで読めません: ${t(why)}。壊れた箇所より前のリクエストは読みました。HAR ファイルをもう一度エクスポートしてください`],
  [/^the recording cannot be read to its end: (.*); the requests before it were read$/s, (t, why) => `記録を最後まで読めません: ${t(why)}。その前のリクエストは読みました`],
  [/^request (\d+) is larger than (\d+) MB even without its long texts$/, (_, n, mb) => `リクエスト ${n} は、長いテキストを除いても ${mb} MB を超えています`],
  [/^(.+) is not valid JSON \((.*)\)$/s, (t, where, why) => `${t(where)} は正しい JSON ではありません（${t(why)}）`],
  [/^(.+) is not valid JSON$/s, (t, where) => `${t(where)} は正しい JSON ではありません`],
  [/^Unexpected end of JSON input$/, () => '途中で終わっています'],
  [/^Unexpected ('.+'|U\+[0-9A-F]{4,6})$/su, (_, found) => `予期しない文字 ${found} があります`],
  [/^request (\d+)$/, (_, n) => `リクエスト ${n}`],
  [/^a JSON list, not a browser recording \(a HAR file is an object with a "log"\)$/, () => 'JSON の配列で、ブラウザーの記録ではありません（HAR ファイルは "log" を持つオブジェクトです）'],
  [/^not JSON: a HAR file starts with "\{"$/, () => 'JSON ではありません: HAR ファイルは "{" で始まります'],
  [/^there is more text after the end of the recording$/, () => '記録の終わりの後ろにさらにテキストがあります'],
  [/^nested more than (\d+) levels deep$/, (_, n) => `${n} 階層より深く入れ子になっています`],
  [/^its brackets do not match \(the file is damaged\)$/, () => '括弧が対応していません（ファイルが壊れています）'],
  [/^no "log" object in the first (\d+) MB: not a browser recording$/, (_, mb) => `最初の ${mb} MB に "log" オブジェクトがありません: ブラウザーの記録ではありません`],
  [/^the recording ends early \(cut off while saving or copying\?\) after (\d+) request\(s\)$/, (_, n) => `記録が途中で終わっています（保存中かコピー中に切れた？）。リクエスト ${n} 件の後です`],
  [/^the recording ends early \(cut off while saving or copying\?\) before its first request$/, () => '記録が途中で終わっています（保存中かコピー中に切れた？）。最初のリクエストより前です'],
  [/^JSON, but not a browser recording: a HAR file has a "log" object$/, () => 'JSON ですが、ブラウザーの記録ではありません: HAR ファイルには "log" オブジェクトがあります'],
  [/^JSON with a "log", but no list of requests \("log\.entries"\): not a browser recording$/, () => '"log" のある JSON ですが、リクエストの一覧（"log.entries"）がありません: ブラウザーの記録ではありません'],
  [/^the recording holds no requests: start recording before reproducing the problem$/, () => '記録にリクエストがありません: 問題を再現する前に記録を始めてください'],
  // Browser recordings: what they showed.
  [/^more than (\d+) browser sessions: the later ones were not followed$/, (_, n) => `ブラウザー セッションが ${n} を超えています: それより後のセッションは追っていません`],
  [/^(\d+) request\(s\) were answered from the browser's cache: no node answered them, so they are left out$/, (_, n) => `${n} 件のリクエストはブラウザーのキャッシュから応答されました: どのノードも応答していないため除外しました`],
  [
    /^no answer in the recording carries Jira's headers \(X-AREQUESTID, X-ANODEID, X-AUSERNAME\): was it recorded while using Jira\?$/,
    () => '記録のどの応答にも Jira のヘッダー（X-AREQUESTID、X-ANODEID、X-AUSERNAME）がありません: Jira を使っている間に記録しましたか？',
  ],
  [
    /^no answer names its node \(no X-ANODEID header, no route at the end of JSESSIONID, no load-balancer cookie\): the recording cannot show node switching\. A single-node Jira looks like this too\.$/,
    () => 'どの応答もノードを示していません（X-ANODEID ヘッダーも、JSESSIONID の末尾のルートも、ロード バランサーの Cookie もありません）: この記録からはノードの切り替わりを読み取れません。ノードが 1 つの Jira でもこうなります。',
  ],
  [
    /^the recording holds no cookies \(Chrome 130 and later leave them out unless "Export HAR \(with sensitive data\)" is chosen\): each Jira host was treated as one browser session$/,
    () => '記録に Cookie が含まれていません（Chrome 130 以降は "Export HAR (with sensitive data)" を選ばないと省かれます）: Jira のホストごとに 1 つのブラウザー セッションとして扱いました',
  ],
  [
    /^the recording does not include Jira sending the browser to Microsoft's sign-in: to check stickiness during the mailbox authorization, record from opening the mail server's page in Jira, through the Microsoft sign-in, until Jira shows the result$/,
    () => '記録には、Jira がブラウザーを Microsoft のサインインに送るところが含まれていません: メールボックスの承認中のスティッキー セッションを確かめるには、Jira でメール サーバーのページを開くところから、Microsoft へのサインインを経て、Jira が結果を表示するまでを記録してください',
  ],
  [/^the recording stops before Microsoft sent the browser back to Jira: record until Jira shows the result of the authorization$/, () => '記録は Microsoft がブラウザーを Jira に戻す前に終わっています: Jira が承認の結果を表示するまで記録してください'],
  [/^Jira sent the browser to Microsoft to sign in$/, () => 'Jira がブラウザーを Microsoft のサインインに送りました'],
  [/^Microsoft sent the browser back with an error \((.+)\)$/, (_, error) => `Microsoft がエラー（${error}）とともにブラウザーを戻しました`],
  [/^Microsoft sent the browser back to Jira with an authorization code$/, () => 'Microsoft が認可コードとともにブラウザーを Jira に戻しました'],
  [/^the next request in Jira after the sign-in$/, () => 'サインイン後の Jira への最初のリクエスト'],
  [/^Microsoft's authorize endpoint \(tenant "(.*)"\), scopes: (.*)$/s, (_, tenant, scopes) => `Microsoft の承認エンドポイント（テナント "${tenant}"）、スコープ: ${scopes}`],
  [/^Microsoft's authorize endpoint \(tenant "(.*)"\)$/, (_, tenant) => `Microsoft の承認エンドポイント（テナント "${tenant}"）`],
  [/^(\d+) request\(s\) to Microsoft's sign-in pages$/, (_, n) => `Microsoft のサインイン ページへのリクエスト ${n} 件`],
  [/^Browser session (\d+)$/, (_, n) => `ブラウザー セッション ${n}`],
  [/^none \(the recording holds no cookies\)$/, () => 'なし（記録に Cookie が含まれていません）'],
  [/^Chrome or Edge(.*)$/, (_, version) => `Chrome または Edge${version}`],
  // The reasons for the facts a scan established.
  [/^the log line "(.*)" \((.*), line (\d+)\)$/s, (t, title, file, line) => `ログ行「${t(title)}」（${file}、${line} 行目）`],
  [/^the browser recording: (.*)$/s, (t, why) => `ブラウザーの記録: ${t(why)}`],
  [/^(.*) \(across the logs added\)$/s, (t, why) => `${t(why)}（追加したログ全体で）`],
  [/^(\d+) distinct error line\(s\) of the catalogue and (\d+) error message\(s\) from the browser recording, secrets masked$/, (_, a, b) => `カタログのエラー行 ${a} 種類とブラウザーの記録のエラー メッセージ ${b} 件。シークレットは伏せてあります`],
  [/^(\d+) distinct error line\(s\) of the catalogue, secrets masked$/, (_, n) => `カタログのエラー行 ${n} 種類。シークレットは伏せてあります`],
  [/^(\d+) error message\(s\) from the browser recording, secrets masked$/, (_, n) => `ブラウザーの記録のエラー メッセージ ${n} 件。シークレットは伏せてあります`],
  [/^(\d+) distinct error message\(s\) from the logs added, secrets masked$/, (_, n) => `追加したログのエラー メッセージ ${n} 種類。シークレットは伏せてあります`],
  [/^the JVM input arguments Jira started with$/, () => 'Jira の起動時の JVM 入力引数'],
  [/^the Jira version the logs state$/, () => 'ログに書かれた Jira のバージョン'],
  [/^the version of the Jira Service Management mail plugin named in the logs$/, () => 'ログに書かれた Jira Service Management のメール プラグインのバージョン'],
  [/^the same user both passed and failed authentication: (.*)$/s, (_, users) => `同じユーザーが認証に成功したことも失敗したこともあります: ${listed(users)}`],
  [/^Jira got LDAP connections from (\d+) servers: (.*)$/s, (_, n, urls) => `Jira は ${n} 台のサーバーと LDAP で接続しました: ${listed(urls)}`],
  [/^the logs come from (\d+) Jira nodes: (.*)$/s, (_, n, nodes) => `ログは ${n} 台の Jira ノードのものです: ${listed(nodes)}`],
  [
    /^for (.+), the LDAP searches of a failed login \(request (.+)\) returned nothing, while a successful login \(request (.+)\) found entries$/s,
    (_, user, failed, passed) => `${user} について、失敗したログイン（リクエスト ${failed}）の LDAP 検索は何も返さず、成功したログイン（リクエスト ${passed}）ではエントリが見つかりました`,
  ],
  [/^(.+): the logs point both to (.+) and (.+); kept the first$/s, (_, fact, a, b) => `${fact}: ログは ${a} と ${b} の両方を示しています。最初のものを採りました`],
  [
    /^(Browser session \d+) was answered by (\d+) nodes \((.+?)\): it moved from (.+) to (.+) at request (\d+), (.+) at (\S+)$/s,
    (t, session, n, source, from, to, index, request, at) => `${t(session)} には ${n} 台のノードが応答しました（${source}）: リクエスト ${index}（${request}、${at}）で ${from} から ${to} に移りました`,
  ],
  [
    /^in (Browser session \d+) every page came from (.+), but its \/rest\/ calls were answered by (.+) \(first: request (\d+), (.+) at (\S+)\)$/s,
    (t, session, pages, rest, index, request, at) => `${t(session)} ではどのページも ${pages} から返りましたが、/rest/ の呼び出しには ${listed(rest)} が応答しました（最初: リクエスト ${index}、${request}、${at}）`,
  ],
  [
    /^(Browser session \d+) stayed on (.+) \((.+?)\) for all (\d+) requests: (\d+) before Jira sent the browser to Microsoft, the callback, and (\d+) after it$/s,
    (t, session, node, source, all, before, after) => `${t(session)} はリクエスト ${all} 件すべてで ${node} にとどまりました（${source}）: Jira がブラウザーを Microsoft に送る前の ${before} 件、コールバック、その後の ${after} 件`,
  ],
  [/^the \/rest\/ calls of (Browser session \d+) stayed on (.+) through the sign-in$/s, (t, session, node) => `${t(session)} の /rest/ の呼び出しは、サインインの間ずっと ${node} にとどまりました`],
  [/^(\d+) Jira nodes answered in the recording \((.+?)\): (.*)$/s, (_, n, source, nodes) => `記録では ${n} 台の Jira ノードが応答しました（${source}）: ${listed(nodes)}`],
  [/^Jira answered X-Seraph-LoginReason: (\S+) to (.+)$/s, (t, reason, where) => `Jira は ${t(where)} に X-Seraph-LoginReason: ${reason} を返しました`],
  [/^Jira answered X-Authentication-Denied-Reason to (.+)$/s, (t, where) => `Jira は ${t(where)} に X-Authentication-Denied-Reason を返しました`],
  [/^the request refused with "XSRF check failed": (.+)$/s, (t, what) => `「XSRF check failed」で拒否されたリクエスト: ${t(what)}`],
  [/^the failing request: (.+)$/s, (t, what) => `失敗したリクエスト: ${t(what)}`],
  [/^(.+), Content-Type (.+), no X-Atlassian-Token header$/s, (t, where, type) => `${t(where)}、Content-Type ${type === 'none' ? 'なし' : type}、X-Atlassian-Token ヘッダーなし`],
  [/^(.+), Content-Type (.+), (X-Atlassian-Token: .*)$/s, (t, where, type, token) => `${t(where)}、Content-Type ${type === 'none' ? 'なし' : type}、${token}`],
  [/^in (Browser session \d+) \/rest\/ calls worked, then (.+) got 401 at (\S+)$/s, (t, session, path, at) => `${t(session)} では /rest/ の呼び出しが成功した後、${path} が ${at} に 401 を受けました`],
  // A request as the reasons name it: "POST /rest/x at 2026-11-20T09:00:11.000Z (403)".
  [/^([A-Z]+) (\S+) at (\S+) \((\d{3})\)$/, (_, method, path, at, status) => `${method} ${path}（${at}、${status}）`],
  [/^found in the scanned logs$/, () => 'スキャンしたログで見つかりました'],
  [/^the scopes Jira asked Microsoft for in the authorize request of the recording$/, () => '記録の承認リクエストで Jira が Microsoft に求めたスコープ'],
  [/^the Microsoft authorize endpoint Jira sent the browser to$/, () => 'Jira がブラウザーを送った Microsoft の承認エンドポイント'],
];

function translator(table: readonly [RegExp, Words][], titles: ReadonlyMap<string, string>): (text: string) => string {
  const t = (text: string): string => {
    const title = titles.get(text);
    if (title !== undefined) return title;
    for (const [shape, words] of table) {
      const match = shape.exec(text);
      if (match) return words(t, ...match.slice(1).map((part) => part ?? ''));
    }
    return text;
  };
  return t;
}

/** One of the scanner's sentences in `language` (a file's problem, a recording's reason). */
export function scanTextIn(text: string, language: Language): string {
  return language === 'ja' ? translator(JA, new Map())(text) : text;
}

/** The signatures of the scan's catalogue and of the language's knowledge, matched by id. */
export type SignatureTexts = { scanned: readonly Pick<Signature, 'id' | 'title'>[]; shown: readonly Pick<Signature, 'id' | 'title' | 'meaning'>[] };

export function scanReportIn(report: ScanReport, language: Language, signatures?: SignatureTexts): ScanReport {
  if (language === 'en' && !signatures) return report;
  const shown = new Map((signatures?.shown ?? []).map((s) => [s.id, s]));
  const titles = new Map((signatures?.scanned ?? []).flatMap((s) => (shown.get(s.id) ? [[s.title, shown.get(s.id)!.title] as const] : [])));
  const t = language === 'ja' ? translator(JA, titles) : (text: string) => titles.get(text) ?? text;
  return {
    ...report,
    files: report.files.map((f) => ({ ...f, ...(f.problem !== undefined ? { problem: t(f.problem) } : {}), notes: f.notes.map(t) })),
    factSources: Object.fromEntries(Object.entries(report.factSources).map(([fact, source]) => [fact, { ...source, why: t(source.why) }])),
    signatures: report.signatures.map((s) => {
      const words = shown.get(s.id);
      return words ? { ...s, title: words.title, meaning: words.meaning } : s;
    }),
    ...(report.recording ? { recording: recordingIn(report.recording, t) } : {}),
  };
}

function recordingIn(recording: Recording, t: (text: string) => string): Recording {
  return {
    ...recording,
    files: recording.files.map((f) => ({ ...f, ...(f.browser !== undefined ? { browser: t(f.browser) } : {}) })),
    sessions: recording.sessions.map((s) => ({ ...s, label: t(s.label), identifiedBy: t(s.identifiedBy) })),
    // An error step's detail is Microsoft's own message: exact, in every language.
    oauth: recording.oauth.map((o) => (o.detail !== undefined && o.step !== 'error' ? { ...o, detail: t(o.detail) } : o)),
    notes: recording.notes.map(t),
  };
}

/**
 * The human texts of a scan report that are still in English after `scanReportIn(report, 'ja')`:
 * what the scanner says in a sentence this table does not know. Exact strings (Microsoft's error
 * messages, failures' status and header lines, log samples) are not human texts here.
 */
export function untranslated(report: ScanReport): string[] {
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/u;
  const texts = [
    ...report.files.flatMap((f) => [...(f.problem !== undefined ? [f.problem] : []), ...f.notes]),
    ...Object.values(report.factSources).map((s) => s.why),
    ...report.signatures.flatMap((s) => [s.title, s.meaning]),
    ...(report.recording
      ? [
          ...report.recording.files.flatMap((f) => (f.browser?.startsWith('Chrome') ? [f.browser] : [])),
          ...report.recording.sessions.map((s) => s.label),
          ...report.recording.oauth.flatMap((o) => (o.step !== 'error' && o.detail !== undefined ? [o.detail] : [])),
          ...report.recording.notes,
        ]
      : []),
  ];
  return texts.filter((text) => !japanese.test(text));
}
