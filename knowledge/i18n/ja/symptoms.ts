import type { Translations } from '../translations';
import { JA_MENU } from './menus';

/*
 * Glossary shared by the Japanese knowledge (Atlassian's Japanese documentation spells these so):
 *   integration (a script or tool that calls Jira) → 連携, REST call → REST 呼び出し, security log → セキュリティ ログ,
 *   user directory → ユーザー ディレクトリ, single sign-on → シングル サインオン (SSO),
 *   identity provider → ID プロバイダー, mail handler → メール ハンドラー, email channel → メール チャンネル,
 *   session cookie → セッション Cookie, load balancer → ロード バランサー, credentials → 認証情報.
 * Jira's OAuth 2.0 integration (the mail-server setting) → OAuth 2.0 統合, the noun Atlassian's Japanese
 * pages use ("一般的なメール サーバーに OAuth 2.0 統合を作成する", "こうしたプロバイダーとの OAuth 2.0 統合を設定して":
 * https://ja.confluence.atlassian.com/adminjiraserver/configure-an-outgoing-link-1115659066.html); 連携 there
 * is only the verb of the page title 「OAuth 2.0 との連携」, quoted as printed.
 * Exact strings (paths, quoted messages and UI labels) stay in English; a quoted UI label carries its
 * Japanese beside it in full-width parentheses, as the mail part (a001) writes them.
 */

/** Japanese for the knowledge part symptoms: each English prose text beside its Japanese. */
export const ja: Translations = {
  'REST calls from a valid user sometimes fail with 401': '有効なユーザーからの REST 呼び出しがときどき 401 で失敗する',
  'An integration or script calls the Jira REST API with a user that exists and a password that is right. Most calls work, but some are rejected with 401 Unauthorized, and the security log shows the same user sometimes passing and sometimes failing to log in. The known causes lie in LDAP or Active Directory.':
    '連携やスクリプトが、実在するユーザーと正しいパスワードで Jira REST API を呼び出しています。ほとんどの呼び出しは成功しますが、一部が 401 Unauthorized で拒否され、セキュリティ ログには同じユーザーのログインが成功したり失敗したりする様子が記録されています。既知の原因は LDAP または Active Directory 側にあります。',
  'Integrations that feed or read Jira fail at random: some updates are lost or delayed until someone retries them.':
    'Jira にデータを送る連携や Jira からデータを読む連携が不規則に失敗し、誰かが再実行するまで一部の更新が失われたり遅れたりします。',
  'A script that logs in with a session cookie gets 401 or 403': 'セッション Cookie でログインするスクリプトが 401 または 403 を受け取る',
  'A REST client logs in through /rest/auth/1/session and sends the JSESSIONID cookie on later calls. After a while the calls get 401, or the login itself is refused with 403 (CAPTCHA), or form and attachment uploads get 403 because of the XSRF check.':
    'REST クライアントが /rest/auth/1/session からログインし、以降の呼び出しで JSESSIONID Cookie を送信しています。しばらくすると呼び出しが 401 になる、ログイン自体が 403（CAPTCHA）で拒否される、またはフォームや添付ファイルのアップロードが XSRF チェックのために 403 になります。',
  'The script or integration stops working part way through and must be restarted or fixed by hand.':
    'スクリプトや連携が途中で停止し、再起動するか手動で修正する必要があります。',
  'REST calls with username and password fail since OpenID Connect single sign-on was set up':
    'OpenID Connect のシングル サインオンを設定して以来、ユーザー名とパスワードによる REST 呼び出しが失敗する',
  'Jira uses an OpenID Connect plugin for single sign-on. REST clients that send a username and password (HTTP Basic or os_username/os_password) are rejected even with the right credentials, because the plugin must pass those credentials to the identity provider (for example Keycloak).':
    'Jira はシングル サインオンに OpenID Connect プラグインを使用しています。ユーザー名とパスワードを送信する REST クライアント（HTTP Basic または os_username/os_password） は、認証情報が正しくても拒否されます。プラグインがその認証情報を ID プロバイダー（Keycloak など） に渡す必要があるためです。',
  'Scripts and integrations that log in with a password cannot reach Jira until REST single sign-on works.':
    'パスワードでログインするスクリプトや連携は、REST のシングル サインオンが機能するまで Jira を利用できません。',
  'Which of these describes the problem best?': '問題に最もよく当てはまるものはどれですか?',
  'The same user and password work most of the time; often the users come from LDAP or Active Directory.':
    '同じユーザーとパスワードでもたいていは成功します。多くの場合、ユーザーは LDAP または Active Directory から来ています。',
  'A mail handler / email channel cannot connect to Microsoft 365 or Gmail': 'メール ハンドラー / メール チャンネルが Microsoft 365 または Gmail に接続できない',
  'Incoming mail set up with OAuth 2.0: authorizing, testing the connection or fetching mail fails.':
    'OAuth 2.0 で設定した受信メールで、承認、接続テスト、またはメールの取得が失敗します。',
  'The script posts to /rest/auth/1/session, or uploads attachments or forms.': 'スクリプトが /rest/auth/1/session に POST している、または添付ファイルやフォームをアップロードしています。',
  'The OpenID Connect plugin checks REST passwords with the identity provider, e.g. Keycloak.':
    'OpenID Connect プラグインが、REST のパスワードを ID プロバイダー（Keycloak など） で確認しています。',
  'Username-and-password REST calls fail since single sign-on (OpenID Connect) was set up':
    'シングル サインオン（OpenID Connect）を設定して以来、ユーザー名とパスワードによる REST 呼び出しが失敗する',
  'Each problem has its own causes and questions; the answer decides which ones jira-doctor looks at.':
    '問題ごとに原因と質問が異なります。この回答によって、jira-doctor が調べる対象が決まります。',
  'Look at the error the failing integration, script or mail handler reports: the start screen lists typical messages for each problem.':
    '失敗している連携、スクリプト、またはメール ハンドラーが報告するエラーを確認してください。開始画面に、問題ごとの代表的なメッセージが一覧表示されています。',
  'Errors in atlassian-jira.log, atlassian-jira-security.log or atlassian-jira-incoming-mail.log (under <JIRA_HOME>/log/) also tell the problems apart; paste one into "Paste an error or add logs".':
    'atlassian-jira.log、atlassian-jira-security.log、atlassian-jira-incoming-mail.log（<JIRA_HOME>/log/ の下） のエラーからも問題を見分けられます。エラーを "Paste an error or add logs"（エラーを貼り付け / ログを追加） に貼り付けてください。',
  // the mail OAuth 2.0 problem (moved here from the mail part with its symptom)
  'A mail handler cannot be set up with OAuth 2.0, or stopped fetching mail': 'メール ハンドラーを OAuth 2.0 で設定できない、またはメールの取得が止まった',
  'A Jira incoming mail handler (⚙ > System > Incoming Mail) or a JSM email channel (Project settings > Email requests) that signs in to Microsoft 365 or another mail service with OAuth 2.0 fails to authorize, fails its connection test, or stops pulling new mail.':
    `Microsoft 365 などのメール サービスに OAuth 2.0 でサインインする Jira の受信メール ハンドラー（⚙ > System > Incoming Mail（${JA_MENU.incomingMail}））または JSM のメール チャンネル（Project settings > Email requests）が、承認や接続テストに失敗する、または新しいメールを取得しなくなります。`,
  'Emails sent to the help desk or project address do not become issues or comments until this is fixed.':
    'これが解決するまで、ヘルプデスクやプロジェクトのアドレスに送られたメールは課題やコメントになりません。',
};
