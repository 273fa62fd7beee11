import type { CheckId } from '../../knowledge/contract/checks';
import { JA_MENU } from '../../knowledge/i18n/ja/menus';
import { setting } from './wording';
import type { AffinityKind, AnswerSource, CheckWords, IdentityContext, RefusedAt, UrlWhat } from './words-en';

/*
 * The checks' own words in Japanese, as a Japanese Jira administrator reads them: the terms of
 * renderer/i18n/ja.ts (its glossary), です/ます to the admin, full-width parentheses. Menu paths
 * show the English path with the Japanese label beside it where Atlassian's or Microsoft's Japanese
 * pages confirm it (JA_MENU, and the sign-in step's citations in renderer/i18n/ja.ts), the English
 * alone where they do not. Exact strings (hosts, ports, codes, headers, scopes, endpoints, the
 * servers' own messages, commands) arrive as parameters or stay in Latin letters as written.
 */

/** The checks' titles as the Japanese checks panel names them (renderer/i18n/ja.ts, check.*), a little fuller. */
const JA_TITLES: Record<CheckId, string> = {
  versions: 'Jira と Jira Service Management のバージョン',
  credentials: '認証情報: Jira が誰と認識し、その理由',
  cluster: 'Jira クラスターのノードとロード バランサーのスティッキー セッション',
  'rest401-sampling': 'ノードをまたいだ REST 401 のサンプリング',
  ldap: 'LDAP サーバー: 各サーバーで同じユーザーとグループか',
  'session-cookie': 'セッション Cookie によるログインと再利用',
  oidc: 'OpenID Connect プロバイダーと Direct Access Grants',
  mail: 'メール サーバーへの到達性（IMAP/POP）',
  'azure-app': 'Entra のアプリの登録（クライアント シークレット、テナント、クラウド）',
  'mail-sign-in': 'Jira と同じ方法でのメールの OAuth 2.0 サインイン',
};

const ONE_ATTEMPT =
  'このチェックはログインを 1 回だけ試し、繰り返していません。拒否されたログインはすべて Jira の CAPTCHA の上限（既定では 3 回）に数えられ、上限に達すると、誰かがブラウザーで CAPTCHA に答えるまで、正しいパスワードでも REST のログインはできなくなります。';
const REVOKED_TOKEN = `個人用アクセス トークンが誤っているか、期限切れか、取り消されています。ユーザー プロファイルで新しいトークンを作成してください（Profile → Personal Access Tokens（${JA_MENU.personalAccessTokens}））。`;
const usGov = (cloud: string) => cloud === 'gcc-high' || cloud === 'dod';
const portalOf = (cloud: string) => (usGov(cloud) ? 'Azure Government portal（portal.azure.us）' : 'Azure portal（portal.azure.com）');
const PORTS = 'IMAP は 993（TLS）か 143、POP は 995（TLS）か 110 を使います。';
/** `X、Y` — lists inside Japanese sentences use the ideographic comma, names stay exact. */
const list = (parts: string[]) => parts.join('、');

export const ja: CheckWords = {
  title: (check) => JA_TITLES[check],
  list: (items) => items.join('、'),

  proxyAuth: (proxy, target) => ({
    message: `プロキシ ${proxy} は、${target} に接続する前に認証を求めています（407 Proxy Authentication Required）。`,
    advice: `プロキシのユーザー${setting('proxyUser')}とそのパスワード${setting('proxyPassword')}を指定するか、使用するアカウントをプロキシの担当チームに確認してください。`,
  }),
  proxyRefused: (proxy, target, status) => ({
    message: `プロキシ ${proxy} が ${target} への接続を拒否しました（CONNECT に ${status} を返しました）。`,
    advice: `${target} を許可するようプロキシの担当チームに依頼するか（多くのプロキシは CONNECT をポート 443 にしか許可しません）、このホストをプロキシの例外に追加してください。`,
  }),
  refusedAtProxy: (proxy) => ({
    message: `プロキシ ${proxy} で接続を受け付けるものがありません。接続は拒否されました。`,
    advice: 'プロキシのアドレスとポートを確認してください（Jira が使用するプロキシはネットワーク チームに確認できます）。',
  }),
  refused: (target) => ({
    message: `${target} で接続を受け付けるものがありません。接続は拒否されました。`,
    advice: 'ホストとポートを確認してください。サービスが停止しているか、別のポートや別のアドレスでのみ待ち受けている可能性があります。',
  }),
  dns: (host) => ({
    message: `名前 ${host} を解決できません（DNS）。このコンピューターはそのホストを知りません。`,
    advice: 'ホスト名のつづりを確認するか、その名前を解決できるネットワーク内のコンピューターから試してください（または Jira が使用するプロキシを使ってください）。',
  }),
  connectTimeout: (where) => ({
    message: `${'proxy' in where ? `プロキシ ${where.proxy}` : where.target} に接続できません。応答がないまま時間切れになりました。通常はファイアウォールが通信を破棄していることを意味します（フィルタリング）。`,
    advice: `このコンピューターからそのホストとポートへの通信をファイアウォールが許可しているか、ネットワーク チームに確認してください。または Jira が使用するプロキシ経由で試してください${setting('proxy')}。`,
  }),
  noAnswer: (target) => ({
    message: `${target} は接続を受け付けましたが、時間内に応答を返しませんでした。`,
    advice: 'サーバーまたはその手前のもの（ロード バランサー、プロキシ）が停止しているか、そのポートが別の種類のサービスのものです。ポートと、その先のサービスが動いていることを確認してください。',
  }),
  stalled: (target) => ({
    message: `${target} は応答を返し始めましたが、途中で送信が止まりました。`,
    advice: 'サーバーまたは途中のもの（プロキシ、ロード バランサー、通信を検査するファイアウォール）が止まっています。もう一度試し、この時刻のそのサーバーのログを確認してください（Jira の場合はロード バランサーと Jira のログ）。',
  }),
  certificateExpired: (target, expired, validTo) => ({
    message: `${target} の TLS 証明書は${expired ? '有効期限が切れています' : 'まだ有効になっていません'}${validTo ? `（有効期限 ${validTo}）` : ''}。`,
    advice: expired ? 'そのサーバーの管理者に証明書の更新を依頼してください。' : 'このコンピューターとサーバーの時計を確認してください。または、証明書が後の日付で発行されています。',
  }),
  certificateName: (target, host, altNames) => ({
    message: `${target} の TLS 証明書は別の名前${altNames ? `（${altNames}）` : ''}のもので、${host} のものではありません。`,
    advice: '証明書が発行されているホスト名（ユーザーが入力する名前）を使うか、この名前を含む証明書を依頼してください。',
  }),
  intercepted: (target, issuer) => ({
    message: `${target} への接続は傍受されています。証明書の発行者は "${issuer}" で、サーバー自身の認証局ではなく TLS インスペクション プロキシのように見えます。`,
    advice: `このホストを TLS インスペクションの対象から外すようネットワーク チームに依頼するか、インスペクション用の CA を指定してください${setting('ca')}（Jira の Java トラストストアにも同じ CA が必要です）。`,
  }),
  untrusted: (target, self, issuer) => ({
    message: `${target} の TLS 証明書は信頼されていません。${self ? '自己署名の証明書です' : `このコンピューターが知らない認証局が発行しています${issuer ? `（"${issuer}"）` : ''}`}。`,
    advice: `認証局の PEM ファイルを指定してください${setting('ca')}（サーバーの管理者から入手できます）。証明書の検証をオフにする${setting('insecure')}のは、一度確認するためだけにしてください。`,
  }),
  handshake: (target, detail) => ({
    message: `${target} との TLS ハンドシェイクに失敗しました: ${detail}。`,
    advice: 'そのポートが設定どおりに TLS（または平文）で通信すること、双方に共通の TLS バージョンがあることを確認してください。',
  }),
  closed: (where) => ({
    message: `${'proxy' in where ? `プロキシ ${where.proxy}` : where.target} が応答せずに接続を閉じました。`,
    advice: '途中のもの（ファイアウォール、ロード バランサー、プロキシ）が接続を切断している可能性があります。ポートとプロトコル（http/https）が正しいことを確認してください。',
  }),
  failed: (target, detail) => ({
    message: `${target} へのリクエストに失敗しました: ${detail || '詳細はありません'}。`,
    advice: 'アドレスとネットワークの経路を確認してください。証拠に、報告されたとおりのエラーが示されています。',
  }),
  lineTooLong: 'サーバーが 64 KB を超える長さの行を送ってきました',
  insecureNote: `この実行では TLS 証明書の検証がオフでした${setting('insecure')}。別のサーバーがなりすましても気付けません。`,

  run: {
    notRun: (toRun) => ({ message: '実行していません: このチェックに必要な設定がありません。', advice: `実行するには、${toRun}。` }),
    unexpected: (error) => ({ message: `予期しないエラーでチェックが停止しました: ${error}`, advice: 'もう一度実行してください。繰り返す場合は、証拠を添えて報告してください。' }),
    limit: (seconds, wholeRun) => `${wholeRun ? '実行全体' : 'このチェック'}の制限 ${seconds}`,
    timedOut: (limit) => ({
      message: `チェックの制限時間内に応答がありませんでした（${limit}）。`,
      advice: `サーバーまたはネットワークの経路が遅いか、応答しません。制限時間を長くして試すか${setting('timeout')}、経路を確認してください。`,
    }),
    cancelled: { message: 'チェックは終わる前に取り消されました。', advice: '準備ができたらもう一度実行してください。' },
    caNoPem: (file) => ({
      message: `CA ファイル ${file} に PEM 形式の証明書がありません。`,
      advice: 'PEM ファイル（-----BEGIN CERTIFICATE----- で始まるテキスト）を指定してください。.cer/.der ファイルは次のコマンドで変換できます: openssl x509 -inform der -in FILE -out ca.pem',
    }),
    caUnreadable: (file, code) => ({ message: `CA ファイル ${file} を読み取れません（${code}）。`, advice: 'パスと、このユーザーがそのファイルを読み取れることを確認してください。' }),
    stoppedReading: (kb) => `[${kb} KB で読み取りを停止]`,
    transcriptError: (message) => `エラー: ${message}`,
    transcriptCertificate: (subject, issuer, validTo) => `証明書: サブジェクト ${subject}、発行者 ${issuer}、有効期限 ${validTo}`,
  },

  guard: {
    captcha: {
      message: 'Jira はこのアカウントに CAPTCHA への回答を求めています（AUTHENTICATION_DENIED、CAPTCHA_CHALLENGE）。解除されるまで、正しいパスワードでも REST のログインはすべて失敗します。',
      advice: `ブラウザーで一度ログインして CAPTCHA に答えるか、管理者にログイン失敗回数をリセットしてもらってください（User management（${JA_MENU.userDirectories.split(' > ')[0]!}）→ 対象のユーザー → Reset failed login count）。`,
    },
    rejectedFirst: {
      message: 'Jira は認証情報を拒否しました。アカウントが CAPTCHA でロックされないよう、それ以上のログインは試していません。',
      advice:
        'チェックをもう一度実行する前に、ユーザー名とパスワード（またはトークン）を確認してください。拒否されたログインはすべて Jira の CAPTCHA の上限（既定では 3 回）に数えられます。正しい場合は、一部のノードでユーザー ディレクトリ（LDAP）の応答が異なっている可能性があります。',
    },
    rejectedMany: (failures) => ({
      message: `この実行では、すべてのチェックを合わせて Jira が認証付きのリクエストを ${failures} 回拒否しました。アカウントが CAPTCHA の上限に達しないよう、以降のリクエストは送っていません。`,
      advice: `このアカウントのログイン失敗回数は最大 ${failures} 増えている可能性があります。ログインに一度成功すると（ブラウザーなどで）リセットされます。有効なユーザーがときどき拒否される場合は、ユーザー ディレクトリ（LDAP）が疑われます。`,
    }),
  },

  jira: {
    missing: `Jira のアドレス${setting('baseUrl')}を指定してください`,
    noAddress: { message: 'Jira のアドレスが指定されていません。', advice: `Jira のアドレス${setting('baseUrl')}を指定してください。` },
    source: {
      serverInfo: 'Jira（serverInfo）',
      myself: 'Jira（myself）',
      session: 'Jira（セッションのログイン）',
      servicedesk: 'Jira Service Management（servicedeskapi/info）',
      discovery: 'ID プロバイダー（discovery）',
    } satisfies Record<AnswerSource, string>,
    emptyBody: (what, status) => ({
      message: `${what} は ${status} を空の本文で返しました。`,
      advice: 'Jira は serverInfo に空の本文で応答することがあります（JRA-59676）。チェックをもう一度実行してください。空のままの場合は、Jira の手前のプロキシが本文を落としている可能性があります。',
    }),
    loginPage: (what) => ({
      message: `${what} は JSON ではなく HTML のログイン ページを返しました。`,
      advice: 'Jira の手前にあるシングル サインオンまたはリバース プロキシが、ブラウザーでのログインを求めています。REST クライアントには、それを迂回する経路（SSO のフロント エンドを運用するチームに確認してください）か、Jira 自身の URL が必要です。',
    }),
    htmlPage: (what, status) => ({
      message: `${what} は JSON ではなく HTML ページ（ステータス ${status}）を返しました。`,
      advice: 'URL が Jira ではなく Web サーバーやプロキシを指している可能性があります。ベース URL（/jira のようなコンテキスト パスを含む）を確認してください。',
    }),
    tooLong: (what) => ({
      message: `${what} が 256 KB を超えるデータを送ってきたため、そこで読み取りを止めました。`,
      advice: 'Jira が返す小さな JSON の応答ではありません。ベース URL が Jira を指していることを確認してください。',
    }),
    notJson: (what, status) => ({
      message: `${what} は ${status} を JSON ではないテキストで返しました。`,
      advice: 'ベース URL が別のサービスではなく Jira を指していることを確認してください。証拠に応答の先頭が示されています。',
    }),
    oddProxy: 'Jira の手前にあるプロキシが不自然な応答をしています。その設定を確認してください。',
    redirectNowhere: (what, status) => `${what} はリダイレクト（${status}）を返しましたが、リダイレクト先がありません。`,
    redirectNotUrl: (what) => `${what} は URL ではないアドレスにリダイレクトしました。`,
    ssoRedirect: (what, host) => ({
      message: `${what} は応答する代わりに別のホスト（${host}）へリダイレクトしました。シングル サインオンのフロント エンドが、Jira に届く前にリクエストを横取りしています。`,
      advice: 'REST クライアントはブラウザーでのサインオンをたどれません。SSO のフロント エンドを運用するチームに、それを迂回する REST 用の経路を依頼するか、Jira の内部 URL を使ってください。',
    }),
    schemeRedirect: (what, from, to, base) => ({ message: `${what} は ${from} から ${to} へリダイレクトしました。`, advice: `ベース URL には ${base} を使ってください。` }),
    loginRedirect: (what, path) => ({
      message: `${what} は応答する代わりにログイン ページ（${path}）へリダイレクトしました。`,
      advice: 'Jira または SSO アプリが、REST の呼び出しをブラウザーのログインに送っています。認証情報と、SSO アプリが REST のリクエストをリダイレクトしていないかを確認してください。',
    }),
    redirected: (what, path) => ({
      message: `${what} は ${path} へリダイレクトしました。`,
      advice: 'ベース URL が不完全（/jira のようなコンテキスト パスがない）か、プロキシがパスを書き換えています。リダイレクト先の URL を使ってください。',
    }),
    affinity: {
      routeid: (name) => `${name}（Apache mod_proxy_balancer）`,
      jvmRoute: (name) => `${name}（ノードのルート接尾辞付き、Tomcat jvmRoute）`,
      ingress: (name) => `${name}（ingress-nginx）`,
      awsAlb: (name) => `${name}（AWS Application Load Balancer）`,
      awsElb: (name) => `${name}（AWS Classic Load Balancer）`,
      bigip: (name) => `${name}（F5 BIG-IP）`,
      haproxy: (name) => `${name}（HAProxy 形式のサーバー Cookie）`,
    } satisfies Record<AffinityKind, (name: string) => string>,
    noNode: '（ノード ID なし）',
  },

  versions: {
    anonymousBlocked: (status) => `serverInfo が認証情報なしのリクエストに ${status} を返しました。Jira の手前にある何かが匿名のリクエストを遮断しています（Jira 自身は匿名でも応答します）。`,
    noVersion: 'serverInfo にバージョン番号がありません。Jira ではない可能性があります。',
    version: (version) => `serverInfo がバージョン ${version} を報告しています`,
    cloud: 'これは Jira Cloud です。チェックと記事は Jira Data Center と Server が対象です。',
    baseUrlDiffers: (configured, used) =>
      `Jira のベース URL の設定は ${configured} ですが、チェックは ${used} を使いました。リンク、リダイレクト、OAuth のコールバックはこの設定を使います。ユーザーが別のアドレスで Jira にアクセスしている場合は、設定（Administration → System → Base URL（${JA_MENU.generalConfiguration}））かプロキシを修正してください。`,
    noJsm: 'Jira Service Management はインストールされていないか、有効になっていません（servicedeskapi/info が 404 を返しました）。',
    jsmVersion: (version) => `servicedeskapi/info がバージョン ${version} を報告しています`,
    jsmNoVersion: (status) => `servicedeskapi/info は ${status} を返しましたが、バージョン番号がありません。`,
    platformDiffers: (platform, version) => `Jira Service Management はプラットフォーム ${platform}、serverInfo は ${version} を報告しています。ノードによってバージョンが異なる可能性があります。`,
  },

  credentials: {
    needed: `ユーザー名${setting('username')}とパスワード${setting('password')}、または個人用アクセス トークン${setting('token')}を指定してください`,
    badStatus: (status) => ({ message: `Jira は /rest/api/2/myself に ${status} を返しました。`, advice: '証拠を確認してください。Jira またはその手前のプロキシがエラーを報告しています。' }),
    authenticatedAs: (user, node) => `Jira はこのリクエストを ${user ?? '（名前の示されないユーザー）'} として認証しました${node ? `（ノード ${node}）` : ''}。`,
    header: (header, request) => `${request} の ${header}`,
    notRunWithCredentials: (why) => `認証情報を使って実行していません: ${why}`,
    noCredentials: '送信する認証情報がありません。',
    anonymous: (pat) => ({
      message: `Jira は${pat ? 'トークン' : '認証情報'}を無視し、匿名ユーザーとして応答しました。`,
      advice: pat ? `${REVOKED_TOKEN}Jira は不正なトークンのリクエストを匿名として扱います。` : 'ユーザー名とパスワードを確認してください。SSO アプリが Basic 認証を落としている可能性もあります。',
    }),
    noReason: '理由の記載なし',
    mayNotLogIn: '認証情報は正しいものの、そのユーザーはログインを許可されていません。ユーザーにアプリケーションへのアクセス権（製品のライセンスを持つグループ）を付与してください。',
    revokedToken: REVOKED_TOKEN,
    checkPassword: 'ユーザー名とパスワードを確認してください。正しいのにときどきしか起きない場合は、一部のノードでユーザー ディレクトリ（LDAP）の応答が異なっています。REST 401 のサンプリングのチェックを実行してください。',
    rejected: (pat, status, reason) =>
      `Jira は${pat ? 'トークン' : '認証情報'}を拒否しました（${status}、X-Seraph-LoginReason: ${reason}）。${pat ? '' : 'アカウントが CAPTCHA の上限に達しないよう、それ以上のログインは試していません。'}`,
  },

  sampling: {
    progress: (i, total) => `認証付きのリクエスト ${i} / ${total}`,
    accepted: 'ノードごとの受け入れ',
    rejected: 'ノードごとの拒否（401）',
    other: (n) => `${n} 件のリクエストが 200 でも 401 でもない応答を受けました。証拠を確認してください。`,
    stopped: (made, total, why) => `${total} 件中 ${made} 件のリクエストで停止しました: ${why ?? 'これ以上は認証情報を送信できません'}`,
    intermittent: (rejected, made, accepted) =>
      `認証付きのリクエスト ${made} 件中 ${rejected} 件が拒否され${accepted ? `、${accepted} 件が受け入れられました` : 'ました。同じ認証情報による以前のリクエストは受け入れられています'}`,
    onlyBad: (nodes) => `ノード ${nodes} が応答したリクエストはすべて拒否され、ほかのノードは同じ認証情報を受け入れました。そのノードのユーザー ディレクトリ（LDAP）の応答が異なっています。`,
    always: (n) => `認証付きのリクエストがすべて（${n} 件）拒否されました。パスワードが誤っていれば当然の結果なので、まず認証情報を確認してください`,
    never: (n) => `認証付きのリクエスト ${n} 件がすべて受け入れられました`,
  },

  cluster: {
    progressJar: (i, n) => `1 つの Cookie jar でのリクエスト ${i} / ${n}`,
    progressFresh: (i, n) => `新しい接続でのリクエスト ${i} / ${n}`,
    perNodeJar: 'ノードごとの応答（1 つの Cookie jar）',
    perNodeFresh: 'ノードごとの応答（毎回新しい接続）',
    perNodeStatus: 'ノードとステータスごとの応答',
    affinityCookie: (cookies) => `ロード バランサーのアフィニティ Cookie: ${cookies}。`,
    notSticky: (n, ids, requests) => `1 つの Cookie jar を使う 1 つのクライアントに、${requests} 件のリクエストで ${n} 個のノード（${ids}）が応答しました`,
    sticky: (requests, node) => `1 つの Cookie jar による ${requests} 件のリクエストすべてにノード ${node} が応答しました。クラスターには複数のノードがあります`,
    noAffinityCookie: '既知のアフィニティ Cookie は設定されていません。スティッキー セッションがクライアントのアドレスに依存している可能性があり、クライアントがアドレスを共有したり変えたりすると機能しません。',
    listNotRead: (why) => `クラスターのノード一覧は読み取っていません: ${why ?? 'この実行では認証情報をもう送信しません。'}`,
    listRejected: 'クラスターのノード一覧は読み取っていません: Jira が認証情報を拒否しました。',
    listNeedsAdmin: 'クラスターのノード一覧を読むには Jira 管理者が必要です。このアカウントは管理者ではないため、応答に含まれるノード ID だけを数えています。',
    listStatus: (status) => `クラスターのノード一覧は ${status} を返しました。`,
    listNotJson: 'クラスターのノード一覧が JSON ではありませんでした。',
    notClustered: 'クラスターのノード一覧が 405 を返しました。この Jira はクラスター構成ではありません',
    listed: (n, nodes) => `クラスターには有効なノードが ${n} 個あります: ${nodes || 'なし'}`,
    unseen: (nodes) => `どのリクエストにも応答しなかった有効なノード: ${nodes}。`,
    seen: (n, ids) => `この実行のリクエストに ${n} 個の異なるノード（${ids}）が応答しました`,
    noNodeIds: 'どの応答にも、Jira Data Center のノードが送るノード ID（X-ANODEID）がありませんでした。クラスター構成ではない単一の Jira です（推定）',
    onlyNode: (node) => `応答したのはノード ${node} だけです。ほかのノードがあるかどうかはわかりません。管理者アカウントを使えば、チェックがクラスターのノード一覧を読み取れます。`,
  },

  session: {
    needsPassword: `ユーザー名${setting('username')}とパスワード${setting('password')}を指定してください。個人用アクセス トークンではセッションを開けません`,
    captcha: (why) => `セッションのログインが拒否されました: ${why ?? 'CAPTCHA が必要です。'}`,
    denied: { message: 'セッションのログインが拒否されました（403）。', advice: '証拠の X-Seraph-LoginReason を確認してください。' },
    badStatus: (status) => ({ message: `セッションのログインは ${status} を返しました。`, advice: 'Jira またはプロキシが何を返したか、証拠を確認してください。' }),
    loginWorked: (node, cookies) => `ログインできました${node ? `（ノード ${node}）` : ''}。Jira が設定した Cookie: ${cookies || '（なし）'}。`,
    said: (status, reasons) => [`${status}`, ...(reasons ? [`X-Seraph-LoginReason: ${reasons}`] : [])].join('、'),
    onNode: (node) => (node ? `（ノード ${node}）` : ''),
    mayNotLogIn: (said, where) => ({
      message: `Jira はパスワードを受け入れましたが、セッションのログインを拒否しました（${said}）${where}。そのユーザーは Jira へのログインを許可されていません。`,
      advice: `ユーザーにアプリケーションへのアクセス権（製品のライセンスを持つグループ）を付与してください。${ONE_ATTEMPT}`,
    }),
    refusedAfterAccepted: (said, where) => ({
      message: `Jira はセッションのログインを拒否しました（${said}）${where}。同じユーザー名とパスワードを、この実行の中で先に受け入れています。`,
      advice: `パスワードは正しいものです。同じユーザーがあるリクエストでは受け入れられ、次のリクエストでは拒否される場合、認証情報のチェックが示すとおり、一部のノードでユーザー ディレクトリ（LDAP）の応答が異なっています。Jira が使う LDAP サーバーを比べ（LDAP のチェック）、どのノードが拒否するかを確認してください（REST 401 のサンプリング）。${ONE_ATTEMPT}確かめるために何度もログインすると、アカウントがロックされます。`,
    }),
    refused: (said, where) => ({
      message: `Jira はセッションのログインを拒否しました（${said}）${where}。`,
      advice: `パスワードが正しく、ログインがときどきだけ失敗する場合は、認証情報のチェックが示すとおり、一部のノードでユーザー ディレクトリ（LDAP）の応答が異なっています。パスワードが誤っているかもしれない場合は、まず修正してください。${ONE_ATTEMPT}`,
    }),
    progress: (i, n) => `セッション Cookie でのリクエスト ${i} / ${n}`,
    reuseStatus: (status) => ({ message: `セッション Cookie を使ったリクエストが ${status} を返しました。`, advice: 'Jira またはプロキシが何を返したか、証拠を確認してください。' }),
    moved: (node, loginNode) =>
      `リクエストはノード ${node} に届きましたが、ログインはノード ${loginNode} で行われました。Jira のセッションは作成したノードにとどまるため、ロード バランサーがこのクライアントを 1 つのノードに固定していません。`,
    worksThenFails: (worked, request, unauthorized) =>
      `セッション Cookie は ${worked} 件のリクエストで機能し、その後 ${request} 件目のリクエストで${unauthorized ? ' 401 ' : '匿名の応答'}を受けました`,
    endedInUse: (moved) => `使用中にセッションが終了しました。${moved}`,
    firstRefused: (moved) => `新しいセッション Cookie による最初のリクエストが、すでに拒否されました。${moved}`,
    allWorked: (worked) =>
      `この短いテストでは、セッション Cookie は ${worked} 件のリクエストすべてで機能しました。後で期限切れになるセッション（Jira のセッション タイムアウト）はこのテストの対象外です。リクエストの間隔を長くすると${setting('sessionGap')}、短いタイムアウトを確認できます。`,
  },

  oidc: {
    needs: `ID プロバイダーの Issuer URL${setting('oidcIssuer')}と、Jira のプラグインが使用するクライアント ID${setting('oidcClientId')}を指定してください`,
    notHttps: (items) => `https ではありません: ${items}`,
    allHttps: (n) => `discovery ドキュメントのエンドポイント ${n} 個はすべて https です`,
    issuerDiffers: (issuer, url) =>
      `プロバイダーは自身を ${issuer} と名乗っていますが、discovery ドキュメントは ${url} で読み取りました。プラグインは、issuer が設定と異なるトークンを拒否します（多くの場合、プロバイダーのプロキシやホスト名の設定が原因です）。`,
    keycloak: 'issuer が Keycloak の …/realms/<realm> の形式です',
    notKeycloak: 'issuer は Keycloak の …/realms/<realm> の形式ではありません',
    noTokenEndpoint: { message: 'discovery ドキュメントに使用可能なトークン エンドポイントがありません。', advice: 'Issuer URL とプロバイダーのホスト名の設定を確認してください。プラグインにはトークン エンドポイントが必要です。' },
    noIssuer: (url, status) => ({ message: `${url} の discovery ドキュメントは ${status} を返しましたが、issuer がありません。`, advice: 'Issuer URL を確認してください（Keycloak の場合: https://host/realms/<realm>）。' }),
    noDiscovery: (tried) => ({
      message: `discovery ドキュメントが見つかりませんでした（${list(tried)} で 404）。`,
      advice: 'レルム名とプロバイダーのアドレスを確認してください。Keycloak 17 以降では、それより前のバージョンが使う /auth の接頭辞がありません。',
    }),
    grantRefused: (client, said) => `クライアント ${client} のパスワード グラントは拒否されました: ${said}`,
    grantAllowed: (client, said) => `プロバイダーが（架空の）ユーザーを確認したので、クライアント ${client} にはパスワード グラントが許可されています: ${said}`,
    clientRefused: (client, said, hasSecret) => ({
      message: `プロバイダーはクライアント ${client} を受け入れなかったため（${said}）、パスワード グラントが許可されているかどうかはわかりません。`,
      advice: hasSecret
        ? 'クライアント ID とシークレットを、プロバイダーにあるクライアントと照合してください（Jira のプラグインが使用するものである必要があります）。'
        : `コンフィデンシャル クライアントにはシークレットが必要です。クライアント シークレット${setting('oidcClientSecret')}を指定してください。`,
    }),
    unclear: (said) => ({ message: `トークン エンドポイントはプローブに ${said} を返しました。`, advice: 'この応答からは、パスワード グラントが許可されているかどうかわかりません。証拠を確認してください。' }),
  },

  ldap: {
    needs: `Jira が使用する LDAP サーバーの URL${setting('ldapUrls')}、比較するユーザー${setting('ldapUser')}、ベース DN${setting('ldapBaseDn')}を指定してください`,
    bindNeedsPassword: { message: 'バインド DN にはパスワードが必要です。', advice: `バインド パスワード${setting('ldapPassword')}を指定してください。` },
    several: (n, labels) => `LDAP サーバー ${n} 台: ${labels}`,
    one: (label) => `LDAP サーバーは 1 台（${label}）です。手前にロード バランサーがあると、複数のサーバーが隠れて見えません`,
    groupsPerServer: 'サーバーごとのユーザーのグループ数',
    noneAnswered: (first) => `どの LDAP サーバーも応答しませんでした。${first}`,
    userUnknown: (user, baseDn) => ({
      message: `${baseDn} の下にユーザー ${user} を知っている LDAP サーバーはありません。`,
      advice: `ユーザー名、ベース DN、ユーザー フィルター${setting('ldapUserFilter')}を確認してください。`,
    }),
    notAllAnswered: '応答しなかったサーバーがあるため、サーバー間で一致しているかどうかはわかりません。',
    consistent: (dn, n) => `どのサーバーも ${dn} を同じ ${n} 個のグループとともに返します`,
    doesNotKnow: (label) => `${label} はそのユーザーを知りません`,
    returnsOther: (label, dn, reference) => `${label} は ${reference} ではなく ${dn} を返します`,
    lacks: (label, groups, reference) => `${label} には、${reference} にあるグループ ${groups} がありません`,
    extra: (label, groups) => `${label} には余分なグループ ${groups} があります`,
    join: (parts) => parts.join('。'),
    badBind: (label) => ({ message: `${label} がバインド DN またはそのパスワードを拒否しました（LDAP の結果コード 49）。`, advice: 'Jira のユーザー ディレクトリの設定にあるバインド DN とパスワードを使ってください。' }),
    connect: (url) => `接続 ${url}`,
    bindAs: (dn) => `バインド ${dn}`,
    search: (base, filter) => `検索 ${base} ${filter}`,
    userNotFound: 'ユーザーが見つかりません',
    found: (dn) => `見つかりました: ${dn}`,
    groups: (n, names) => `グループ（${n}）: ${names || 'なし'}`,
    failed: (message) => `失敗: ${message}`,
  },

  mail: {
    needs: `メール サーバーのホスト${setting('mailHost')}を指定し、必要に応じてプロトコル${setting('mailProtocol')}、ポート${setting('mailPort')}、暗号化${setting('mailTls')}も指定してください`,
    noProxy: `プロキシ経由での接続が指定されましたが、プロキシがありません${setting('proxy')}。直接接続しました。`,
    onJiraNode: (host) => `Jira のノード（${host}）で実行したので、Jira から到達できる範囲を示しています。`,
    notJiraNode: (host) =>
      `この結果は、このコンピューター（${host}）から到達できる範囲を示しています。メール ハンドラーは Jira のノードで動作し、そのネットワーク経路は異なる場合があります。Jira について確かめるには、Jira のノードでチェックを実行してください${setting('onJiraNode')}。`,
    connect: (target, proxy, protocol, tls) => `接続 ${target}${proxy ? `（プロキシ ${proxy} 経由）` : ''}（${protocol}、TLS ${tls}）`,
    connected: '接続しました',
    tlsEstablished: (protocol, subject, issuer) => `TLS ${protocol} を確立しました。証明書 ${subject}、発行者 ${issuer}`,
    unfinished: (line) => `S: ${line}（未完: 行が終わりませんでした）`,
    failed: (message) => `失敗: ${message}`,
    reachable: (target, protocol) => `この Jira のノードから ${target} に接続でき、${protocol} サーバーが応答（グリーティング）しました`,
    unreachable: (message) => `この Jira のノードから: ${message}`,
    xoauth: 'サーバーは XOAUTH2（OAuth 2.0 のサインイン）に対応しています。',
    noXoauth: (capabilities) => `サーバーのサインイン方法に XOAUTH2 がありません${capabilities ? `（${capabilities}）` : ''}。OAuth 2.0 のメール ハンドラーには XOAUTH2 が必要です。`,
    unencrypted: '接続は暗号化されていませんでした。Microsoft 365 は IMAP と POP に TLS を求めます（ポート 993 と 995）。',
    reachNotEnough: `サーバーに到達できても、メールボックスで IMAP/POP や OAuth のサインインが許可されているとは限りません。それらはメールボックスの設定です。メール ハンドラーと同じ方法でサインインするには、メールボックス${setting('mailUser')}とアクセス トークン${setting('mailToken')}を指定してください。`,
    noGreeting: (target, imap, plain) => ({
      message: `${target} は接続を受け付けましたが、時間内にグリーティングを送ってきませんでした。${imap ? 'IMAP' : 'POP'} サーバーであれば接続直後に送ります。`,
      advice: `そのポートは別の種類のサービスのものかもしれません（たとえば Web サーバーは、クライアントが先に送るのを待ちます）${plain ? `。または最初から TLS を求めているのかもしれません${setting('mailTls', 'implicit')}` : ''}。ポートとプロトコルを確認してください: ${PORTS}`,
    }),
    badGreeting: (target, imap, greeting, plain) => ({
      message: `${target} のサーバーは ${imap ? 'IMAP' : 'POP'} サーバーのようなグリーティングを返しませんでした（"${greeting}"）。`,
      advice: `ポートとプロトコルを確認してください: ${PORTS}${plain ? `そのポートは最初から TLS を求めているのかもしれません${setting('mailTls', 'implicit')}。` : ''}`,
    }),
    starttlsRefused: (answer) => ({ message: `サーバーが STARTTLS を拒否しました（"${answer}"）。`, advice: '暗黙の TLS（IMAP はポート 993、POP は 995）を使うか、STARTTLS を有効にするよう依頼してください。' }),
    tokenNotSent: `アクセス トークンは送信していません。接続が暗号化されておらず、サーバーはこのコンピューターではありません。サインインするには TLS${setting('mailTls', 'implicit')}か STARTTLS${setting('mailTls', 'starttls')}を使ってください。`,
    noSignInWithoutXoauth: 'サインインは試していません。サーバーが XOAUTH2 に対応していません。',
    signingIn: (mailbox) => `${mailbox} にサインインしています`,
    ownMailbox: (account) => `トークンはメールボックス自身のアカウント ${account} のものなので、フル アクセス許可は不要です`,
    refusedWhy: (protocol, mailbox) => `${protocol} サーバーが ${mailbox} へのサインインを拒否しました`,
    ambiguous:
      'Exchange は、メールボックスで IMAP（または POP）が無効な場合、サインインしたアカウントにそのメールボックスへのフル アクセス許可がない場合、メールボックスにライセンスがない場合、さらにスコープが誤ったトークンや別のアカウントのトークンの場合にも、これと同じ応答を返します。',
    refused: (protocol, mailbox, words, account, generic) => ({
      message: `${protocol} サーバーが ${mailbox} へのサインインを拒否しました: "${words}"${account ? `（${account} のトークン）` : ''}。`,
      advice: generic
        ? '見分けるには、サインインしたアカウントで Outlook on the web からそのメールボックスを開けるかを確認します。まったく開けない場合は、そのアカウントにフル アクセス許可がありません（またはメールボックスにライセンスがなく、その場合は Outlook on the web がはっきりそう表示します）。開ける場合は、メールボックスで IMAP/POP が無効になっています（Microsoft 365 管理センター > Users（ユーザー）> 対象のメールボックス > Mail（メール）> Email apps（メール アプリ））。'
        : 'メールボックスのアドレス、トークン、トークンが発行されたスコープを確認してください。',
    }),
    accepted: (protocol, mailbox, account) => `${protocol} サーバーが ${mailbox} への OAuth 2.0 のサインインを受け入れました${account ? `（${account} のトークン）` : ''}`,
    fullAccess: (account, mailbox) => `${account} がサインインし、自分のものではないメールボックス ${mailbox} を開きました`,
    whoseToken: 'トークンから持ち主のアカウントを読み取れなかったため、サインインしたアカウントにそのメールボックスへのフル アクセス許可が必要だったかどうかはわかりません。',
    notConnectedWhy: 'サインインはできましたが、その後サーバーがメールボックスを提供しませんでした',
    notConnected: (mailbox, answer) => ({
      message: `${mailbox} へのサインインはできましたが、その後サーバーが "${answer}" と応答しました。`,
      advice: 'Exchange がこう応答するのは、クライアント アクセス ルールで IMAP4（または POP3）が除外されている場合と、トークンがメールボックスを承認するはずのアカウントとは別のアカウントのものである場合です。両方を確認してください。',
    }),
    messageCount: (n) => `サーバーは受信トレイのメッセージを ${n} 件と数えています`,
    inboxHolds: (n) => `受信トレイには ${n.toLocaleString('ja-JP')} 件のメッセージがあります。`,
    folders: (n, names) => `フォルダー（${n}）: ${names || 'なし'}。`,
    localized: (names) =>
      `特別なフォルダーの名前が英語以外の言語になっています（${names}）。メールボックスがその言語で設定されたもので、Jira が "Inbox" という名前のフォルダーを探すときに影響します（Exchange のバージョンごとの一覧のされ方は未確認です）。`,
    noInbox: (refusal) => `フォルダー一覧に INBOX がなく、EXAMINE INBOX も拒否されました（"${refusal}"）`,
    hasInbox: 'フォルダー一覧に INBOX があり、読み取り専用で開けました',
    endless: { message: 'メール サーバーが応答を終えずに送り続けました。', advice: 'IMAP サーバーの動作ではありません。そのポートがメール サーバーのものか確認してください。' },
  },

  mailSignIn: {
    needs: `Jira の OAuth 2.0 の設定を使い、Jira と同じ方法でサインインしてください${setting('mailSignIn')}`,
    notDone: { message: 'チェックの前にサインインが行われていません。', advice: `先にサインインしてください${setting('mailSignIn')}。` },
    flow: (device, authorize, token, scopes) => `サインインの方式: ${device ? 'デバイス コード' : '認可コード（ブラウザー）'}。エンドポイント ${authorize} と ${token}、スコープ "${scopes}"。`,
    scopes: 'Jira の OAuth 2.0 統合のスコープ（サインインに指定されたもの）',
    authorizeEndpoint: 'Jira の承認エンドポイント（サインインに指定されたもの）',
    tokenEndpoint: 'Jira のトークン エンドポイント（サインインに指定されたもの）',
    sharedTenant: (tenant) => `エンドポイントが /${tenant} を使っています。これが機能するのはマルチテナントのアプリだけで、シングル テナントのアプリにはテナント ID が必要です（そうでないと Microsoft は AADSTS50194 を返します）。`,
    errors: 'サインインに対する Microsoft の応答',
    asExpected: (account) => `ブラウザーは、メールボックスを承認するはずのアカウント ${account} でサインインしました`,
    notAsExpected: (account, expected) => `ブラウザーは ${expected} ではなく ${account} でサインインしました`,
    otherAccount: (account, expected) =>
      `${expected} のつもりでしたが、Microsoft は ${account} をサインインさせました。ブラウザーが別のアカウントを記憶しているとこうなります。プライベート ウィンドウからサインインするか、アカウントを明示的に選んでください。`,
    signedInAs: (account) => `ブラウザーは ${account} でサインインしました。メールボックスを承認するはずのアカウントと比べるには、メールボックス${setting('mailUser')}を指定してください。`,
  },

  azure: {
    needs: `アプリの登録を指定してください: テナント${setting('azureTenant')}、アプリケーション ID${setting('azureClientId')}、クライアント シークレット${setting('azureClientSecret')}、GCC High または DoD の場合はクラウド${setting('azureCloud')}`,
    notHttps: (url) => ({ message: `${url} は https ではないため、クライアント シークレットは送信していません。`, advice: `サインイン サービスの https のアドレス${setting('azureLoginUrl')}を指定してください。` }),
    asking: (host) => `${host} にアプリ専用トークンを要求しています`,
    notJson: (url, status) => ({
      message: `${url} は ${status} を JSON ではない内容で返しました。`,
      advice: `サインインのアドレス${setting('azureLoginUrl')}と、途中のプロキシを確認してください。Microsoft ID プラットフォームは JSON で応答します。`,
    }),
    noToken: (url, status) => ({ message: `${url} は ${status} を返しましたが、トークンもエラーもありません。`, advice: '何を返したか、証拠を確認してください。' }),
    secretWorks: (scope) => `このクライアント シークレットで、Microsoft が ${scope} のアプリ専用トークンを発行しました`,
    appExists: (clientId, tenant, cloud) => `アプリ ${clientId} は ${cloud} クラウドのテナント ${tenant} に存在し、そのクライアント シークレットは有効です。`,
    tenancyUnseen: 'この方法では、アプリがシングル テナントかどうかはわかりません。Jira が /common のエンドポイントを使う場合は、Microsoft がそれを受け入れるかどうかをサインインの手順で確認できます。',
    refusedWhy: (host) => `${host} がアプリ専用トークンの要求を拒否しました`,
    expiredWhy: (code) => `Microsoft が ${code} を返しました。クライアント シークレットの有効期限が切れています`,
    trace: (traceId, correlationId, timestamp) =>
      `Microsoft のトレース ID ${traceId}${correlationId ? `、相関 ID ${correlationId}` : ''}${timestamp ? `、時刻 ${timestamp}` : ''}。Microsoft のサポートに問い合わせるときに伝えてください。`,
    refused: (line) => ({ message: `Microsoft がアプリ専用トークンを拒否しました: ${line}`, advice: 'このコードを Microsoft のサインイン エラー コードの一覧で調べてください。診断もこのコードを読み取ります。' }),
  },

  identity: {
    AADSTS7000222: (code, { clientId, cloud }: IdentityContext) => ({
      message: `アプリ ${clientId} のクライアント シークレットの有効期限が切れています（${code}）。Jira はこのシークレットでトークンを取得できなくなり、メール ハンドラーはメールの取得を止めます。`,
      advice: `${portalOf(cloud)} の App registrations（アプリの登録）> 対象のアプリ > Certificates & secrets（証明書とシークレット）で新しいクライアント シークレットを作成し、その Value（値）を Jira の OAuth 2.0 統合に貼り付けてから、メールボックスをもう一度承認してください。`,
    }),
    AADSTS7000215: (code, { cloud }: IdentityContext) => ({
      message: `Microsoft はクライアント シークレットを受け入れませんでした（${code}）。多くの場合、シークレットの値ではなく ID が貼り付けられています。`,
      advice: `${portalOf(cloud)} の Certificates & secrets（証明書とシークレット）には 2 つの列があります。Secret ID（シークレット ID）ではなく、Value（値）を使ってください（シークレットの作成時にだけ表示されます）。値がわからない場合は、新しいシークレットを作成してください。`,
    }),
    AADSTS700016: (code, { clientId, tenant, cloud }: IdentityContext) => ({
      message: `テナント ${tenant} にクライアント ID ${clientId} のアプリはありません（${code}）。クライアント ID かテナントの誤り、または別の Microsoft クラウドに登録されたアプリです。`,
      advice: `${portalOf(cloud)} にあるアプリの Overview（概要）ページから、Application (client) ID（アプリケーション (クライアント) ID）と Directory (tenant) ID（ディレクトリ (テナント) ID）をコピーしてください。GCC High や DoD のアプリは米国政府機関向けクラウドにあります${setting('azureCloud', 'gcc-high')}。`,
    }),
    AADSTS90002: (code, { tenant, cloud }: IdentityContext) => ({
      message: `テナント ${tenant} は${usGov(cloud) ? '米国政府機関向け' : 'ワールドワイド'}のサインイン サービスでは不明です（${code}）。テナントの入力誤りか、別の Microsoft クラウドのテナントです。`,
      advice: usGov(cloud)
        ? `Directory (tenant) ID（ディレクトリ (テナント) ID）を確認してください。ワールドワイドや GCC のテナントは login.microsoftonline.com でサインインします${setting('azureCloud', 'worldwide')}。`
        : `Directory (tenant) ID（ディレクトリ (テナント) ID）を確認してください。GCC High や DoD のテナントは login.microsoftonline.us でサインインします。米国政府機関向けクラウドでもう一度実行し${setting('azureCloud', 'gcc-high')}、Jira では .us のエンドポイントとスコープを使ってください。`,
    }),
    AADSTS50194: (code, { clientId }: IdentityContext) => ({
      message: `アプリ ${clientId} はシングル テナントですが、Jira のエンドポイントは /common を使っています（${code}）。`,
      advice: 'Jira の両方のエンドポイントで、/common の代わりにテナント ID を使ってください（https://login.microsoftonline.com/<tenant id>/oauth2/v2.0/authorize と …/token）。または、アプリをマルチテナントにしてください。',
    }),
    AADSTS70011: (code, { scopes }: IdentityContext) => ({ message: `Microsoft がスコープを拒否しました（${code}）。`, advice: `記事がこのクラウドに示すスコープを、そのとおりに使ってください: ${scopes}` }),
    AADSTS65001: (code) => ({
      message: `アプリのアクセス許可に誰も同意していません（${code}）。`,
      advice: 'アプリの API permissions（API のアクセス許可）ページで、管理者に IMAP/POP のアクセス許可への管理者の同意を付与してもらうか、一度サインインして同意の確認に応じてください。',
    }),
    AADSTS50011: (code) => ({
      message: `送信したリダイレクト アドレスが、アプリのどのリダイレクト URI とも一致しません（${code}）。`,
      advice: 'Jira がリダイレクト URL として表示するアドレスを、アプリの Authentication（認証）> Redirect URIs（リダイレクト URI、Web プラットフォーム）にそのとおりに追加し、保存してください。',
    }),
    AADSTS7000218: (code) => ({
      message: `このアプリは、この要求にクライアント シークレットを求めています（${code}）。パブリック クライアント フロー（デバイス コード）は許可されていません。`,
      advice: '代わりにブラウザーでのサインインを使うか、アプリの Authentication（認証）ページで "Allow public client flows"（パブリック クライアント フローを許可する）をオンにしてください。',
    }),
  },

  signIn: {
    notAnAddress: {
      message: 'これは Web アドレスではありません。',
      advice: 'サインインが終わったら、ブラウザーのアドレス バーからアドレス全体をコピーしてください（https:// で始まり、サインインの結果を含んでいます）。',
    },
    noResult: {
      message: 'このアドレスにはサインインの結果（コードもエラーも）がありません。',
      advice: 'Microsoft のサインインが終わった後、Jira のコールバック ページでブラウザーが表示しているアドレスを貼り付けてください。',
    },
    otherSignIn: { message: 'このアドレスは別のサインインのものです（state がこのサインインと一致しません）。', advice: 'サインインをやり直し、そのサインインのアドレスを貼り付けてください。' },
    tokenNotHttps: (endpoint) => ({ message: `トークン エンドポイント ${endpoint} は https ではないため、コードとシークレットは送信していません。`, advice: 'トークン エンドポイントの https のアドレスを使ってください。' }),
    tokenNotJson: (status) => ({
      message: `トークン エンドポイントは ${status} を JSON ではない内容で返しました。`,
      advice: 'トークン エンドポイントのアドレスを確認してください。Microsoft ID プラットフォームの …/oauth2/v2.0/token である必要があります。',
    }),
    noAccessToken: (status) => ({ message: `トークン エンドポイントは ${status} を返しましたが、アクセス トークンがありません。`, advice: '何を返したか、証拠を確認してください。' }),
    noIdToken: 'トークンの応答に、サインインしたアカウントの名前がありませんでした（ID トークンなし）。確認するには openid スコープを要求してください。',
    refused: (where: RefusedAt, line) =>
      `Microsoft が${({ 'sign-in page': 'サインイン ページ', 'token endpoint': 'トークン エンドポイント', 'device code endpoint': 'デバイス コードのエンドポイント' } satisfies Record<RefusedAt, string>)[where]}でサインインを拒否しました: ${line}`,
    checkScopes: 'Jira の OAuth 2.0 統合のスコープを確認してください。',
    readsIt: '診断がこのエラーを読み取ります。その原因を確認してください。',
    deviceNotHttps: (endpoint) => ({ message: `デバイス コードのエンドポイント ${endpoint} は https ではないため、何も送信していません。`, advice: 'トークン エンドポイントの https のアドレスを使ってください。' }),
    noDeviceCode: (status) => ({ message: `デバイス コードのエンドポイントは ${status} を返しましたが、コードがありません。`, advice: 'トークン エンドポイントのアドレスを確認してください。' }),
    deviceTakesNoAddress: { message: 'デバイス コードでのサインインにはアドレスを使いません。', advice: '代わりに Microsoft のページでコードを入力してください。' },
    unexpected: (error) => ({ message: `予期しないエラーでサインインが停止しました: ${error}`, advice: 'もう一度始めてください。繰り返す場合は、このメッセージを添えて報告してください。' }),
    timedOut: (browser) => ({
      message: '5 分以内にサインインが完了しませんでした。',
      advice: browser ? 'もう一度始めて、ブラウザーで完了してください。ブラウザーが戻ってこなかった場合は、代わりに最後に表示されたアドレスを貼り付けてください。' : 'もう一度始めて、ブラウザーで完了してください。',
    }),
    cancelled: { message: 'サインインは取り消されました。', advice: 'もう一度始めて、ブラウザーで完了してください。' },
    receivedTitle: 'サインインを受け取りました',
    receivedText: 'このウィンドウを閉じて、jira-doctor に戻ってください。',
  },

  settings: {
    urlRequired: 'URL が必要です',
    timeoutMin: '0.5 秒以上にしてください',
    timeoutMax: '300 秒以下にしてください',
    deadlineMin: '1 秒以上にしてください',
    deadlineMax: '1 時間以下にしてください',
    samplesMin: '1 以上にしてください',
    samplesMax: (max) => `ユーザー ディレクトリに負担をかけないよう、${max} 以下にしてください`,
    gapMax: '60 秒以下にしてください',
    oidcClientId: 'Jira のプラグインが使用するクライアント ID が必要です',
    oidcIssuer: 'Issuer URL、またはプロバイダーのホストとレルムを指定してください',
    portNumber: 'ポートは 993 のような 1 ～ 65535 の数値です',
    portWhole: 'ポートは 1 ～ 65535 の整数です',
    portRange: 'ポートは 1 ～ 65535 の数値です',
    mailbox: 'helpdesk@example.com のようなメール アドレスを指定してください',
    authorizer: 'admin@example.com のようなメール アドレスを指定してください',
    tenant: 'ディレクトリ (テナント) ID、またはテナントのドメインが必要です',
    clientId: 'アプリケーション (クライアント) ID が必要です',
    signInClientId: 'Jira の OAuth 2.0 統合のクライアント ID が必要です',
    signInScopes: 'Jira の OAuth 2.0 統合のスコープが必要です',
    ldapUrls: 'LDAP サーバーの URL が 1 つ以上必要です',
    ldapUser: 'グループを比較するユーザーが必要です',
    ldapBaseDn: '検索するベース DN が必要です',
    proxyCredentialsInUrl: `プロキシのユーザー${setting('proxyUser')}とパスワード${setting('proxyPassword')}は、URL に含めずに別々に指定してください`,
    notHttps: (value) => `${value} は https ではありません。クライアント シークレットやトークンが暗号化されずに送られてしまいます。https のアドレスを使ってください（http を使えるのはテスト用のループバック アドレスだけです）`,
    authorizerNeedsMailbox: `メールボックス${setting('mailUser')}も指定してください`,
    tokenNeedsMailbox: `アクセス トークンには、それで開くメールボックス${setting('mailUser')}が必要です`,
    azureSecret: `アプリのクライアント シークレット${setting('azureClientSecret')}が必要です`,
    viaProxyNeedsProxy: `プロキシ経由でメール サーバーに接続するには、プロキシのアドレス${setting('proxy')}が必要です`,
    notLdapUrl: (value) => `"${value}" は LDAP の URL ではありません。ldap://ldap1.example.com:389 や ldaps://ldap1.example.com:636 のように指定してください`,
    needsUsername: `パスワードでサインインするには、ユーザー名${setting('username')}が必要です`,
    needsPassword: `ユーザー名でサインインするには、そのパスワード${setting('password')}が必要です`,
    needsToken: `個人用アクセス トークン${setting('token')}が必要です`,
    needsLdapPassword: `LDAP のバインド DN には、そのパスワード${setting('ldapPassword')}が必要です`,
    needsProxyPassword: `プロキシのユーザーには、そのパスワード${setting('proxyPassword')}が必要です`,
    credentialsInUrl: `URL にユーザー名やパスワードを含めないでください。ユーザー名${setting('username')}とパスワード${setting('password')}は別々に指定してください`,
    url: {
      'Jira base': 'Jira のベース URL',
      proxy: 'プロキシの URL',
      'identity provider': 'ID プロバイダーの URL',
      'sign-in': 'サインインの URL',
    } satisfies Record<UrlWhat, string>,
    noScheme: (what, text, example) => `${what} "${text}" にはスキームが必要です。https://${example} のように指定してください`,
    invalid: (what, text) => `${what} "${text}" は有効な URL ではありません。https://jira.example.com や https://example.com/jira のように指定してください`,
    notHttp: (what, scheme) => `${what} は http:// か https:// で始める必要があります（指定された値: ${scheme}//）`,
    noHost: (what, text) => `${what} "${text}" にホスト名がありません`,
  },
};
