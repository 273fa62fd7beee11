import type { Language } from '../../knowledge/i18n/translations';

/**
 * `check`'s own words on the terminal, one typed catalogue per language (`--lang`, or the POSIX
 * locale): its usage errors, its prompts for secrets and the sign-in Jira does. Option names,
 * check ids, environment variable names and addresses stay exact in every language; what the checks
 * themselves say is in electron/checks/words-*.ts.
 */
export type CheckMessages = {
  /** Printed before every usage error, and after them the pointer to --help. */
  prefix: string;
  seeHelp: string;
  cancelling: string;
  pasteNeedsRedirect: string;
  signInNeedsClientId: string;
  unknownChecks: (unknown: string, known: string) => string;
  oidcNeedsClientId: string;
  mailUserNeedsHost: string;
  azureNeeds: string;
  ldapNeeds: string;
  nothingToCheck: string;
  secretOnCommandLine: (option: string) => string;
  userOrToken: string;
  promptJiraPassword: (user: string) => string;
  promptProxyPassword: (user: string) => string;
  promptLdapPassword: (dn: string) => string;
  envNotSet: (option: string, name: string) => string;
  noTerminal: (option: string) => string;
  seconds: (option: string, given: string) => string;
  whole: (option: string, given: string) => string;
  // The sign-in Jira does, on the terminal (electron/cli/mail-sign-in.ts).
  openAndEnterCode: (address: string, code: string) => string;
  signInAs: (paste: boolean) => string;
  waitingForBrowser: (redirectUri: string) => string;
  pasteAddress: string;
};

const en: CheckMessages = {
  prefix: 'jira-doctor check: ',
  seeHelp: '(run with --help for usage)',
  cancelling: 'Cancelling the checks...',
  pasteNeedsRedirect: "--mail-sign-in paste: give Jira's Redirect URL (--oauth-redirect-uri), the address the browser comes back to",
  signInNeedsClientId: "--mail-sign-in: give the client id of Jira's OAuth 2.0 integration (--azure-client-id)",
  unknownChecks: (unknown, known) => `--checks: unknown check ${unknown}; the checks are ${known}`,
  oidcNeedsClientId: '--oidc-client-id: the OpenID Connect check needs the client id the Jira plugin uses',
  mailUserNeedsHost: '--mail-user: give the mail server too (--mail-host, e.g. outlook.office365.com)',
  azureNeeds: 'the azure-app check needs --azure-tenant, --azure-client-id and --azure-client-secret-env',
  ldapNeeds: 'the LDAP check needs --ldap-url (one per server), --ldap-user and --ldap-base-dn',
  nothingToCheck: "--base-url: give Jira's address, or, before setting up a mail handler, the mail server (--mail-host) and the app registration (--azure-tenant, --azure-client-id)",
  secretOnCommandLine: (option) =>
    `secrets are never accepted on the command line (they end up in shell history and process lists); put it in an environment variable and give its name with ${option}`,
  userOrToken: 'give either --username (with a password) or --token-env, not both',
  promptJiraPassword: (user) => `Jira password for ${user}: `,
  promptProxyPassword: (user) => `Proxy password for ${user}: `,
  promptLdapPassword: (dn) => `LDAP password for ${dn}: `,
  envNotSet: (option, name) => `${option}: the environment variable ${name} is not set (set it, or leave the option out to be asked on a terminal)`,
  noTerminal: (option) => `${option}: no secret given and no terminal to ask on; give the name of an environment variable that holds it`,
  seconds: (option, given) => `${option} must be a number of seconds, such as 10 (got "${given}")`,
  whole: (option, given) => `${option} must be a whole number (got "${given}")`,
  openAndEnterCode: (address, code) => `Open ${address} and enter the code ${code}.`,
  signInAs: (paste) => `Sign in as the account that authorizes the mailbox in Jira. Open this address in a browser${paste ? ' (a private window avoids a remembered account)' : ''}:`,
  waitingForBrowser: (redirectUri) =>
    `Waiting for the browser to come back to ${redirectUri} (the app registration must list http://localhost as a Redirect URI; otherwise use --mail-sign-in paste).`,
  pasteAddress: "After signing in, the browser ends on Jira's callback page. Copy the whole address from the address bar and paste it here:",
};

const ja: CheckMessages = {
  prefix: 'jira-doctor check: ',
  seeHelp: '（使い方は --help で表示されます）',
  cancelling: 'チェックを取り消しています...',
  pasteNeedsRedirect: '--mail-sign-in paste: ブラウザーが戻ってくるアドレスである Jira のリダイレクト URL（--oauth-redirect-uri）を指定してください',
  signInNeedsClientId: '--mail-sign-in: Jira の OAuth 2.0 統合のクライアント ID（--azure-client-id）を指定してください',
  unknownChecks: (unknown, known) => `--checks: ${unknown} というチェックはありません。チェックは ${known} です`,
  oidcNeedsClientId: '--oidc-client-id: OpenID Connect のチェックには、Jira のプラグインが使用するクライアント ID が必要です',
  mailUserNeedsHost: '--mail-user: メール サーバーも指定してください（--mail-host。例: outlook.office365.com）',
  azureNeeds: 'azure-app のチェックには --azure-tenant、--azure-client-id、--azure-client-secret-env が必要です',
  ldapNeeds: 'LDAP のチェックには --ldap-url（サーバーごとに 1 つ）、--ldap-user、--ldap-base-dn が必要です',
  nothingToCheck: '--base-url: Jira のアドレスを指定してください。メール ハンドラーを設定する前の確認なら、メール サーバー（--mail-host）とアプリの登録（--azure-tenant、--azure-client-id）を指定してください',
  secretOnCommandLine: (option) =>
    `シークレットはコマンド ラインでは受け付けません（シェルの履歴やプロセスの一覧に残るためです）。環境変数に入れ、その名前を ${option} で指定してください`,
  userOrToken: '--username（とパスワード）か --token-env のどちらか一方を指定してください',
  promptJiraPassword: (user) => `${user} の Jira のパスワード: `,
  promptProxyPassword: (user) => `${user} のプロキシのパスワード: `,
  promptLdapPassword: (dn) => `${dn} の LDAP のパスワード: `,
  envNotSet: (option, name) => `${option}: 環境変数 ${name} が設定されていません（設定するか、オプションを省いて端末で入力してください）`,
  noTerminal: (option) => `${option}: シークレットが指定されておらず、入力を求める端末もありません。シークレットを入れた環境変数の名前を指定してください`,
  seconds: (option, given) => `${option} には 10 のような秒数を指定してください（指定された値: "${given}"）`,
  whole: (option, given) => `${option} には整数を指定してください（指定された値: "${given}"）`,
  openAndEnterCode: (address, code) => `${address} を開き、コード ${code} を入力してください。`,
  signInAs: (paste) => `Jira でメールボックスを承認するアカウントでサインインしてください。ブラウザーで次のアドレスを開きます${paste ? '（記憶されたアカウントを避けるには、プライベート ウィンドウを使います）' : ''}:`,
  waitingForBrowser: (redirectUri) =>
    `ブラウザーが ${redirectUri} に戻ってくるのを待っています（アプリの登録の [リダイレクト URI] に http://localhost が必要です。ない場合は --mail-sign-in paste を使ってください）。`,
  pasteAddress: 'サインインすると、ブラウザーは Jira のコールバック ページに移ります。アドレス バーからアドレス全体をコピーし、ここに貼り付けてください:',
};

const MESSAGES: Record<Language, CheckMessages> = { en, ja };

export function checkMessages(language: Language): CheckMessages {
  return MESSAGES[language];
}
