/**
 * Jira's menu labels in its Japanese UI, only where Atlassian's Japanese documentation prints them
 * (each cites the page). Jira's UI may run in either language, so the Japanese knowledge shows the
 * English path and, beside it, these labels; a label not confirmed here is left in English alone.
 */
export const JA_MENU_SOURCES = {
  incomingMail: 'https://ja.confluence.atlassian.com/adminjiraserver0917/configuring-an-incoming-mail-server-with-pop-imap-or-microsoft-graph-api-1431246676.html',
  applicationLinks: 'https://ja.confluence.atlassian.com/adminjiraserver/configure-an-outgoing-link-1115659066.html',
  userDirectories: 'https://ja.confluence.atlassian.com/display/ADMINJIRASERVER085/Configuring+user+directories',
  emailChannel: 'https://ja.confluence.atlassian.com/display/SERVICEMANAGEMENTSERVER0517/Managing+the+email+channel',
  supportTools: 'https://ja.confluence.atlassian.com/enterprise/diagnosing-runtime-issues-using-the-java-flight-recorder-1127256408.html',
  oauthIntegration: 'https://ja.confluence.atlassian.com/adminjiraserver0820/integrating-with-oauth-2-0-1095777474.html',
  personalAccessTokens: 'https://ja.confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html',
  generalConfiguration: 'https://ja.confluence.atlassian.com/adminjiraserver0912/configuring-jira-application-options-1346048127.html',
  manageApps: 'https://ja.confluence.atlassian.com/servicemanagementserver0517/configuring-global-jira-settings-1431242821.html',
} as const;

/** The labels, as the pages above print them. */
export const JA_MENU = {
  /** "画面右上で [管理] > [システム] の順に選択します" (incomingMail). */
  system: '[管理] > [システム]',
  /** [メール] > [受信メール]; the button [メール サーバーの追加]; the field [サービス プロバイダー] (incomingMail). */
  incomingMail: '[管理] > [システム] > [メール] > [受信メール]',
  addMailServer: '[メール サーバーの追加]',
  serviceProvider: '[サービス プロバイダー]',
  /** [管理] > [アプリ], then [統合] in the left panel > [アプリケーション リンク]; [リンクを作成] (applicationLinks). */
  applications: '[管理] > [アプリ]',
  applicationLinks: '[管理] > [アプリ] > [統合] > [アプリケーション リンク]',
  createLink: '[リンクを作成]',
  /** [ユーザー管理] > [ユーザー ディレクトリ] (userDirectories). */
  userDirectories: '[ユーザー管理] > [ユーザー ディレクトリ]',
  /** [管理] > [アプリ] > [Jira Service Management] > [メール リクエスト]; "メール チャンネル" (emailChannel). */
  emailRequests: '[管理] > [アプリ] > [Jira Service Management] > [メール リクエスト]',
  emailChannel: 'メール チャンネル',
  /** [トラブルシューティングとサポート ツール] (supportTools). */
  supportTools: '[トラブルシューティングとサポート ツール]',
  /** The OAuth 2.0 integration page's title, 「OAuth 2.0 との連携」 (oauthIntegration). */
  oauthIntegration: '「OAuth 2.0 との連携」',
  /** "画面右上の自分のプロファイル画像を選択してから、[プロファイル]", then [個人用アクセス トークン] (personalAccessTokens; some editions print パーソナル アクセス トークン). */
  personalAccessTokens: '[プロファイル] > [個人用アクセス トークン]',
  /** [システム], then 一般設定: "Jira の [一般設定] ページ" (generalConfiguration). */
  generalConfiguration: '[管理] > [システム] > [一般設定]',
  /** "[管理] > [アプリを管理] の順に移動します" (manageApps). */
  manageApps: '[管理] > [アプリを管理]',
} as const;
