import type { Language } from '../../knowledge/i18n/translations';

/**
 * Every help text of the command line, one typed catalogue per language: commander's own words
 * (headings, the help and version options, its usage errors), then each command's description,
 * options and the examples after them. Option names, choices, file formats and example commands
 * stay as they are in every language. Loaded on every start (it is only strings); the lines after
 * a command's options are wrapped by hand to fit 80 columns, wide characters counting as two.
 */

/**
 * The example commands of each command's help: the same in every language (commands are typed as
 * they are), so written once; each language gives only its own headings and notes around them.
 */
const EXAMPLES = {
  diagnose: [
    '  $ echo \'{"symptom":"mail-oauth","mail.protocol":"pop","jira.version":"8.13.2"}\' | jira-doctor diagnose --facts -',
    '  $ jira-doctor diagnose --facts facts.json --format json',
    '  $ jira-doctor check --base-url https://jira.example.com --format json > found.json',
    '  $ jira-doctor diagnose --facts found.json --today 2026-11-23',
  ].join('\n'),
  check: [
    '  $ export JIRA_PASSWORD=...',
    '  $ jira-doctor check --base-url https://jira.example.com \\',
    '      --username alice --password-env JIRA_PASSWORD',
    '  $ jira-doctor check --base-url https://jira.example.com --format json > found.json',
    '  $ jira-doctor diagnose --facts found.json',
  ].join('\n'),
  checkMail: [
    '  $ export AZURE_SECRET=...',
    '  $ jira-doctor check --mail-host outlook.office365.com --mail-user helpdesk@example.com \\',
    '      --azure-tenant example.com --azure-client-id <id> --azure-client-secret-env AZURE_SECRET \\',
    '      --mail-sign-in',
  ].join('\n'),
  scan: [
    '  $ jira-doctor scan /var/atlassian/application-data/jira/log',
    '  $ jira-doctor scan mail-setup.har',
    '  $ jira-doctor scan Jira_support_2026-11-20.zip --format json > scan.json',
    '  $ jira-doctor diagnose --facts scan.json',
  ].join('\n'),
  report: [
    '  $ jira-doctor report --input session.json --out diagnosis.pdf',
    '  $ jira-doctor check --base-url https://jira.example.com --format json > found.json',
    '  $ jira-doctor report --input found.json --out found.md --pseudonymize',
    '  $ jira-doctor report --input session.json --out ticket.jira',
  ].join('\n'),
  redact: [
    '  $ jira-doctor redact mail-setup.har --out mail-setup-redacted.har',
    '  $ jira-doctor redact atlassian-jira.log --out jira-redacted.log --pseudonymize',
  ].join('\n'),
  knowledgeCheck: [
    '  $ jira-doctor knowledge check',
    '  $ jira-doctor knowledge check --today 2026-11-23',
  ].join('\n'),
  knowledgeGraph: [
    '  $ jira-doctor knowledge graph > flow.mmd',
    '  $ jira-doctor knowledge graph --symptom mail-oauth',
  ].join('\n'),
};

const en = {
  commander: {
    titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Global Options:': 'Global Options:', 'Commands:': 'Commands:' } as Record<string, string>,
    help: 'display help for command',
    helpCommand: 'display help for command',
    version: 'output the version number',
    afterError: '(run with --help for usage)',
  },
  program: {
    description: 'Diagnose Jira Data Center authentication and mail-handler OAuth 2.0 failures.',
    lang: 'language of the output: en or ja (default: from LC_ALL, LC_MESSAGES or LANG)',
  },
  diagnose: {
    description: 'Diagnose from known facts: every cause of the problem with its status, the reasons and the fix.',
    facts: 'JSON file with the facts; - reads standard input',
    format: 'output format',
    today: 'diagnose as of this date (YYYY-MM-DD), e.g. to reproduce a report (default: today, UTC)',
    symptom: 'the problem family, when the facts do not say',
    listFacts: 'list every fact name with the values it takes, and exit',
    after: `
Input: a JSON object of facts (names and values: --list-facts), the JSON output of
"jira-doctor check" or "jira-doctor scan", or a session exported from the wizard.

Examples:
${EXAMPLES.diagnose}

Exit codes: 0 diagnosed, 2 unreadable input, unknown fact names or wrong values.
`,
  },
  check: {
    description:
      'Run the automated checks against a live Jira (and its LDAP, mail server and identity provider), or, without --base-url, the mail and Microsoft checks alone before a mail handler is set up.',
    baseUrl: "Jira's address as users reach it, e.g. https://jira.example.com or https://example.com/jira",
    username: 'the Jira user to test with (Basic authentication)',
    passwordEnv: 'the environment variable that holds the password (asked for on a terminal when absent)',
    tokenEnv: 'the environment variable that holds a personal access token (instead of a user and password)',
    proxy: 'the outbound HTTP proxy, e.g. http://proxy.example.com:3128',
    proxyUser: 'the proxy user',
    proxyPasswordEnv: "the environment variable that holds the proxy user's password",
    ca: 'a PEM file with certificate authorities to trust as well (e.g. a TLS inspection CA)',
    insecure: 'do not verify TLS certificates (the results say so)',
    checks: (ids: string) => `the checks to run, comma-separated: ${ids} (default: all that the options allow)`,
    timeout: 'time limit of each check',
    deadline: 'time limit of the whole run',
    samples: (most: number) => `authenticated requests of the 401 sampling (at most ${most})`,
    sessionGap: 'pause between the requests that reuse a session cookie',
    oidcIssuer: 'the OpenID Connect issuer, e.g. https://sso.example.com/realms/main',
    oidcHost: 'the OpenID Connect provider address (with --oidc-realm), e.g. https://sso.example.com',
    oidcRealm: 'the Keycloak realm',
    oidcClientId: 'the client id the Jira OpenID Connect plugin uses',
    oidcClientSecretEnv: "the environment variable that holds the client's secret",
    mailHost: 'the mail server of the incoming mail handler, e.g. outlook.office365.com',
    mailProtocol: 'the mail protocol',
    mailPort: 'the mail port (default 993 for IMAP, 995 for POP, or 143/110 without implicit TLS)',
    mailTls: 'TLS on the mail connection',
    mailViaProxy: 'reach the mail server through --proxy (HTTP CONNECT), as Jira does with mail.<protocol>.proxy.host',
    mailUser: 'the mailbox the handler reads; with a token, the check signs in to it (XOAUTH2) without changing anything',
    mailTokenEnv: 'the environment variable that holds an access token for the mailbox',
    mailAuthorizer: 'the account meant to authorize the mailbox in Jira (default: the mailbox itself)',
    mailSignIn: "get the token the way Jira does: browser (loopback redirect), paste (Jira's callback address, with --oauth-redirect-uri) or device (code)",
    oauthAuthorizeEndpoint: "the Authorization endpoint configured in Jira (default: the tenant's, or /common without --azure-tenant)",
    oauthTokenEndpoint: 'the Token endpoint configured in Jira (default: as the authorization endpoint)',
    oauthScopes: 'the scopes configured in Jira (default: the right ones for --azure-cloud)',
    oauthRedirectUri: "Jira's Redirect URL (its callback page), for --mail-sign-in paste",
    azureTenant: 'the Directory (tenant) ID or a domain of the tenant',
    azureClientId: 'the Application (client) ID of the app registration Jira uses',
    azureClientSecretEnv: "the environment variable that holds the app's client secret (its Value)",
    azureCloud: 'the Microsoft cloud',
    azureLoginUrl: "the sign-in host instead of the cloud's (https only, except this machine)",
    onJiraNode: 'this machine is a Jira node: what it reaches is what Jira reaches',
    ldapUrl: 'an LDAP server Jira uses (repeat for each)',
    ldapBindDn: 'the DN Jira binds with',
    ldapPasswordEnv: 'the environment variable that holds the bind password',
    ldapUser: 'the user whose groups to compare on every LDAP server',
    ldapBaseDn: 'the base DN to search under',
    ldapUserFilter: 'the user filter; {user} stands for the user name',
    ldapGroupFilter: "the group filter; {dn} stands for the user's DN, {user} for the name",
    ldapGroupBaseDn: 'where groups live, when not under the base DN',
    format: 'output format',
    after: [
      '',
      'Secrets are never options: give the NAME of an environment variable that holds',
      'them, or type them at the prompt.',
      '',
      'Examples:',
      EXAMPLES.check,
      '',
      'Before setting up a mail handler (no Jira address needed):',
      EXAMPLES.checkMail,
      '',
    ].join('\n'),
  },
  scan: {
    description: 'Read Jira logs or support zips offline and find the log lines that point to a cause.',
    paths:
      'atlassian-jira.log, atlassian-jira-security.log, atlassian-jira-incoming-mail.log (also .1 … and .gz copies), a support zip, a browser recording (HAR file), or a folder holding them',
    format: 'json feeds "diagnose --facts"; text is for reading',
    after: [
      '',
      'Examples:',
      EXAMPLES.scan,
      '',
      'Exit codes: 0 scanned (findings or not), 2 nothing could be read, 130 Ctrl-C (what',
      'was read is still printed).',
      '',
    ].join('\n'),
  },
  report: {
    description: 'Write a report for a manager or a ticket: PDF, Markdown, Jira wiki markup, or the whole session as JSON.',
    input: 'a facts file, the JSON output of "check" or "scan", or an exported session (- reads standard input)',
    out: 'where to write it; the ending chooses the format: .pdf, .md, .jira (Jira wiki markup) or .json',
    pageSize: 'paper size of the PDF',
    pseudonymize: 'replace host names, user names and IP addresses with consistent stand-ins',
    today: 'the date to judge expiry against and print (YYYY-MM-DD); default today',
    after: [
      '',
      'Examples:',
      EXAMPLES.report,
      '',
    ].join('\n'),
  },
  redact: {
    description: 'Write a copy of a browser recording (HAR) or a log file with every secret masked, safe to send to support.',
    file: 'a HAR file (developer tools > Network > Export HAR) or a log file; gzip-compressed copies too',
    out: 'where to write the copy (an existing file is not replaced unless --force is given)',
    pseudonymize: 'also replace host names, user names and IP addresses with consistent stand-ins',
    force: 'replace --out if it already exists',
    after: [
      '',
      'Masked: cookie and Set-Cookie values, Authorization headers, tokens in headers,',
      'query strings, form posts and bodies (OAuth codes, access and refresh tokens, JWTs,',
      'SAML), passwords, client secrets.',
      'Kept: header and cookie names, node headers (X-ANODEID), the route at the end of',
      'JSESSIONID, statuses, paths, timings and sizes. The copy of a HAR file is still a',
      'HAR file with every request.',
      '',
      'Examples:',
      EXAMPLES.redact,
      '',
      'Exit codes: 0 written, 2 bad input (missing, cut-off or not a HAR/log file, --out',
      'exists); nothing is written then.',
      '',
    ].join('\n'),
  },
  ui: {
    description: 'Serve the wizard to your web browser on 127.0.0.1 (on a server, open it through an SSH tunnel).',
    port: 'the port to listen on',
    portDefault: 'any free one',
    noOpen: 'only print the address, do not open a browser',
    userDataDir: 'keep saved sessions in this folder (or set JIRA_DOCTOR_DATA_DIR)',
    badPort: 'a port number from 1 to 65535 (or 0 for any free port).',
    after: [
      '',
      'It listens on 127.0.0.1 only, and the printed address carries a key made for this start.',
      'On a server reached over SSH, forward the port to your own machine and open the address there:',
      '  $ jira-doctor ui --port 8321 --no-open             (on the server)',
      '  $ ssh -L 8321:127.0.0.1:8321 admin@jira-node-1     (on your machine)',
      '',
    ].join('\n'),
  },
  knowledge: {
    description: "Check the knowledge base, or draw its decision flow (for the knowledge's authors).",
    check: 'Validate the knowledge base: schema, references, sources, reachability of every cause, no dead ends.',
    checkToday: 'walk the wizard as of this date (YYYY-MM-DD); default: today, UTC',
    checkAfter: `
Checks the knowledge base the way the wizard will use it: the schema, every
cross-reference (signatures, variables, facts, placeholders), that every contract
cause has a definition and every item cites a section that exists in the bundled
article, then walks the wizard machine to prove that every cause can be reached as
confirmed or likely and that every path ends in a diagnosis.

Exit codes: 0 no problem, 1 problems found (listed), 2 bad options.

Examples:
${EXAMPLES.knowledgeCheck}
`,
    graph: 'Print the decision flow as a Mermaid flowchart.',
    graphSymptom: 'only this problem family',
    graphAfter: `
Prints the decision flow (symptom → questions → causes) as a Mermaid flowchart.
Paste it into any Mermaid viewer, or a Markdown file inside a \`\`\`mermaid block.

Examples:
${EXAMPLES.knowledgeGraph}
`,
  },
};

export type CliHelp = typeof en;

const ja: CliHelp = {
  commander: {
    titles: { 'Usage:': '使い方:', 'Arguments:': '引数:', 'Options:': 'オプション:', 'Global Options:': '共通のオプション:', 'Commands:': 'コマンド:' },
    help: 'このコマンドのヘルプを表示します',
    helpCommand: 'コマンドのヘルプを表示します',
    version: 'バージョンを表示します',
    afterError: '（使い方は --help で表示されます）',
  },
  program: {
    description: 'Jira Data Center の認証とメール ハンドラーの OAuth 2.0 の障害を診断します。',
    lang: '出力の言語: ja または en（既定値: LC_ALL、LC_MESSAGES、LANG から）',
  },
  diagnose: {
    description: 'わかっている事実から診断します: 問題の原因をすべて、その状態、理由、対処法とともに示します。',
    facts: '事実を書いた JSON ファイル。- なら標準入力から読みます',
    format: '出力の形式',
    today: 'この日付（YYYY-MM-DD）の時点で診断します。レポートを再現するときなどに（既定値: 今日、UTC）',
    symptom: '事実に書かれていないときの問題の系統',
    listFacts: '事実の名前をすべて、取りうる値とともに一覧にして終了します',
    after: `
入力: 事実の JSON オブジェクト（名前と値は --list-facts で）、
"jira-doctor check" か "jira-doctor scan" の JSON 出力、
またはウィザードから書き出したセッション。

例:
${EXAMPLES.diagnose}

終了コード: 0 診断した、2 入力を読めない、事実の名前が不明、
または値が正しくない。
`,
  },
  check: {
    description:
      '稼働中の Jira（とその LDAP、メール サーバー、ID プロバイダー）に対して自動チェックを実行します。--base-url なしでは、メール ハンドラーを設定する前に、メールと Microsoft のチェックだけを実行します。',
    baseUrl: 'ユーザーがアクセスする Jira のアドレス。例: https://jira.example.com、https://example.com/jira',
    username: 'テストに使う Jira ユーザー（Basic 認証）',
    passwordEnv: 'パスワードを入れた環境変数（ないときは端末で尋ねます）',
    tokenEnv: '個人用アクセス トークンを入れた環境変数（ユーザーとパスワードの代わりに）',
    proxy: '外向きの HTTP プロキシ。例: http://proxy.example.com:3128',
    proxyUser: 'プロキシのユーザー',
    proxyPasswordEnv: 'プロキシ ユーザーのパスワードを入れた環境変数',
    ca: 'ほかにも信頼する認証局の PEM ファイル（TLS 検査の CA など）',
    insecure: 'TLS 証明書を検証しません（結果にそう明記されます）',
    checks: (ids) => `実行するチェック。カンマ区切りで: ${ids}（既定値: オプションで実行できるものすべて）`,
    timeout: '各チェックの制限時間',
    deadline: '実行全体の制限時間',
    samples: (most) => `401 のサンプリングで送る認証付きリクエストの数（最大 ${most}）`,
    sessionGap: 'セッション Cookie を再利用するリクエストの間隔',
    oidcIssuer: 'OpenID Connect の発行者（issuer）。例: https://sso.example.com/realms/main',
    oidcHost: 'OpenID Connect プロバイダーのアドレス（--oidc-realm と一緒に）。例: https://sso.example.com',
    oidcRealm: 'Keycloak のレルム',
    oidcClientId: 'Jira の OpenID Connect プラグインが使うクライアント ID',
    oidcClientSecretEnv: 'クライアント シークレットを入れた環境変数',
    mailHost: '受信メール ハンドラーのメール サーバー。例: outlook.office365.com',
    mailProtocol: 'メールのプロトコル',
    mailPort: 'メールのポート（既定値: IMAP は 993、POP は 995。暗黙の TLS なしでは 143/110）',
    mailTls: 'メール接続の TLS',
    mailViaProxy: 'Jira の mail.<protocol>.proxy.host と同じく、--proxy 経由（HTTP CONNECT）でメール サーバーに接続します',
    mailUser: 'ハンドラーが読むメールボックス。トークンがあれば、何も変えずにサインイン（XOAUTH2）して確かめます',
    mailTokenEnv: 'メールボックスのアクセス トークンを入れた環境変数',
    mailAuthorizer: 'Jira でメールボックスを承認するはずのアカウント（既定値: メールボックス自身）',
    mailSignIn:
      'Jira と同じ方法でトークンを取得します: browser（ループバックへのリダイレクト）、paste（Jira のコールバックのアドレスを貼り付け、--oauth-redirect-uri と一緒に）、device（コード）',
    oauthAuthorizeEndpoint: 'Jira に設定した Authorization endpoint（既定値: テナントのもの。--azure-tenant がなければ /common）',
    oauthTokenEndpoint: 'Jira に設定した Token endpoint（既定値: Authorization endpoint に合わせたもの）',
    oauthScopes: 'Jira に設定したスコープ（既定値: --azure-cloud に合った正しいもの）',
    oauthRedirectUri: 'Jira の Redirect URL（コールバックのページ）。--mail-sign-in paste で使います',
    azureTenant: 'ディレクトリ (テナント) ID、またはテナントのドメイン',
    azureClientId: 'Jira が使うアプリ登録のアプリケーション (クライアント) ID',
    azureClientSecretEnv: 'アプリのクライアント シークレット（その「値」）を入れた環境変数',
    azureCloud: 'Microsoft のクラウド',
    azureLoginUrl: 'クラウドの既定の代わりに使うサインインのホスト（https のみ。このマシン上は例外）',
    onJiraNode: 'このマシンは Jira ノードです: ここから届く先は Jira から届く先と同じです',
    ldapUrl: 'Jira が使う LDAP サーバー（サーバーごとに繰り返し指定）',
    ldapBindDn: 'Jira がバインドに使う DN',
    ldapPasswordEnv: 'バインドのパスワードを入れた環境変数',
    ldapUser: 'すべての LDAP サーバーでグループを比べるユーザー',
    ldapBaseDn: '検索するベース DN',
    ldapUserFilter: 'ユーザーのフィルター。{user} がユーザー名になります',
    ldapGroupFilter: 'グループのフィルター。{dn} がユーザーの DN、{user} が名前になります',
    ldapGroupBaseDn: 'グループの場所（ベース DN の下にないとき）',
    format: '出力の形式',
    after: [
      '',
      'シークレットはオプションでは渡せません: シークレットを入れた環境変数の「名前」を',
      '指定するか、プロンプトで入力してください。',
      '',
      '例:',
      EXAMPLES.check,
      '',
      'メール ハンドラーを設定する前に（Jira のアドレスは不要）:',
      EXAMPLES.checkMail,
      '',
    ].join('\n'),
  },
  scan: {
    description: 'Jira のログやサポート zip をオフラインで読み、原因を示すログ行を見つけます。',
    paths:
      'atlassian-jira.log、atlassian-jira-security.log、atlassian-jira-incoming-mail.log（.1 … や .gz のコピーも）、サポート zip、ブラウザーの記録（HAR ファイル）、またはそれらを入れたフォルダー',
    format: 'json は "diagnose --facts" に渡すため、text は読むため',
    after: [
      '',
      '例:',
      EXAMPLES.scan,
      '',
      '終了コード: 0 スキャンした（見つかったものの有無を問わず）、2 何も読めなかった、',
      '130 Ctrl-C（それまでに読んだ分は表示されます）。',
      '',
    ].join('\n'),
  },
  report: {
    description: 'マネージャーやチケット向けのレポートを書き出します: PDF、Markdown、Jira のウィキ マークアップ、またはセッション全体の JSON。',
    input: '事実のファイル、"check" か "scan" の JSON 出力、または書き出したセッション（- なら標準入力）',
    out: '書き出し先。末尾で形式が決まります: .pdf、.md、.jira（Jira のウィキ マークアップ）、.json',
    pageSize: 'PDF の用紙サイズ',
    pseudonymize: 'ホスト名、ユーザー名、IP アドレスを一貫した仮の名前に置き換えます',
    today: '有効期限の判断と表示に使う日付（YYYY-MM-DD）。既定値は今日',
    after: [
      '',
      '例:',
      EXAMPLES.report,
      '',
    ].join('\n'),
  },
  redact: {
    description: 'ブラウザーの記録（HAR）やログ ファイルのシークレットをすべて伏せたコピーを書き出します。サポートに送っても安全です。',
    file: 'HAR ファイル（DevTools の Network > Export HAR で保存したもの）またはログ ファイル。gzip 圧縮したコピーも可',
    out: 'コピーの書き出し先（既存のファイルは --force がなければ置き換えません）',
    pseudonymize: 'さらに、ホスト名、ユーザー名、IP アドレスを一貫した仮の名前に置き換えます',
    force: '--out のファイルが既にあれば置き換えます',
    after: [
      '',
      '伏せるもの: Cookie と Set-Cookie の値、Authorization ヘッダー、ヘッダー内の',
      'トークン、クエリ文字列、フォームの送信内容と本文（OAuth のコード、アクセス',
      'トークンとリフレッシュ トークン、JWT、SAML）、パスワード、クライアント',
      'シークレット。',
      '残すもの: ヘッダーと Cookie の名前、ノードのヘッダー（X-ANODEID）、',
      'JSESSIONID の末尾のルート、ステータス、パス、時間、サイズ。HAR ファイルの',
      'コピーは、すべてのリクエストを含む HAR ファイルのままです。',
      '',
      '例:',
      EXAMPLES.redact,
      '',
      '終了コード: 0 書き出した、2 入力が正しくない（ない、途中で切れている、',
      'HAR やログのファイルでない、--out が既にある）。そのときは何も書き出しません。',
      '',
    ].join('\n'),
  },
  ui: {
    description: 'ウィザードを 127.0.0.1 でブラウザーに表示します（サーバー上では SSH トンネル経由で開きます）。',
    port: '待ち受けるポート',
    portDefault: '空いている任意のポート',
    noOpen: 'アドレスを表示するだけで、ブラウザーは開きません',
    userDataDir: '保存したセッションをこのフォルダーに置きます（または JIRA_DOCTOR_DATA_DIR を設定）',
    badPort: '1 から 65535 のポート番号を指定してください（空いている任意のポートなら 0）。',
    after: [
      '',
      '127.0.0.1 だけで待ち受け、表示されるアドレスには今回の起動用の鍵が含まれます。',
      'SSH で接続するサーバーでは、ポートを自分のマシンに転送し、そこでアドレスを',
      '開きます:',
      '  $ jira-doctor ui --port 8321 --no-open             （サーバーで）',
      '  $ ssh -L 8321:127.0.0.1:8321 admin@jira-node-1     （自分のマシンで）',
      '',
    ].join('\n'),
  },
  knowledge: {
    description: 'ナレッジ ベースを検証するか、その判断の流れを図にします（ナレッジの作成者向け）。',
    check: 'ナレッジ ベースを検証します: スキーマ、参照、出典、すべての原因に到達できること、行き止まりがないこと。',
    checkToday: 'この日付（YYYY-MM-DD）の時点でウィザードをたどります。既定値: 今日、UTC',
    checkAfter: `
ウィザードが使うのと同じ方法でナレッジ ベースを検証します: スキーマ、
すべての相互参照（シグネチャ、変数、事実、プレースホルダー）、契約の
すべての原因に定義があること、すべての項目が同梱の記事にある節を出典に
していること。そのうえでウィザードの状態機械をたどり、どの原因にも
「確定」か「可能性が高い」として到達でき、どの経路も診断で終わることを
確かめます。

終了コード: 0 問題なし、1 問題あり（一覧を表示）、2 オプションが正しくない。

例:
${EXAMPLES.knowledgeCheck}
`,
    graph: '判断の流れを Mermaid のフローチャートとして表示します。',
    graphSymptom: 'この問題の系統だけ',
    graphAfter: `
判断の流れ（症状 → 質問 → 原因）を Mermaid のフローチャートとして表示します。
Mermaid のビューアーに貼り付けるか、Markdown ファイルの \`\`\`mermaid ブロックに
入れます。

例:
${EXAMPLES.knowledgeGraph}
`,
  },
};

const HELP: Record<Language, CliHelp> = { en, ja };

export function cliHelp(language: Language): CliHelp {
  return HELP[language];
}
