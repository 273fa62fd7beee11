import type { Language } from '../../knowledge/core';
import { mapStrings } from '../text/map-strings';

/**
 * The settings a check's message may ask the admin to give or change, named where the admin gives
 * them: the command line's options, or the fields of the wizard's checks form. A check writes
 * `setting('mailHost')` into its text; the run renders the text for the surface it serves
 * (`worded`), so the command line says `(--mail-host)` and the window `(“Mail server host”)`, and
 * the window never shows a command-line flag.
 */
export const SETTING_NAMES = [
  'baseUrl', 'username', 'password', 'token',
  'proxy', 'proxyUser', 'proxyPassword', 'ca', 'insecure', 'timeout', 'samples', 'sessionGap',
  'oidcIssuer', 'oidcClientId', 'oidcClientSecret',
  'mailHost', 'mailProtocol', 'mailPort', 'mailTls', 'mailViaProxy', 'onJiraNode',
  'mailUser', 'mailToken', 'mailSignIn', 'azureTenant', 'azureClientId', 'azureClientSecret', 'azureCloud', 'azureLoginUrl',
  'ldapUrls', 'ldapUser', 'ldapBaseDn', 'ldapBindDn', 'ldapPassword', 'ldapUserFilter',
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

/** How one surface names each setting: a parenthetical, given the value the message suggests (if any). */
export type Wording = Record<SettingName, (value?: string) => string>;

const OPEN = '⟦';
const CLOSE = '⟧';
const TOKEN = /⟦([A-Za-z]+)(?:=([^⟧]*))?⟧/g;

/** A reference to a setting inside a check's text, optionally with the value it suggests (`mailTls`, `implicit`). */
export function setting(name: SettingName, value?: string): string {
  return `${OPEN}${name}${value === undefined ? '' : `=${value}`}${CLOSE}`;
}

/** The text with every setting named as `words` names it. */
export function worded(text: string, words: Wording): string {
  if (!text.includes(OPEN)) return text;
  return text.replace(TOKEN, (whole, name: string, value: string | undefined) => (Object.hasOwn(words, name) ? words[name as SettingName](value) : whole));
}

/** `worded` over every string of an event, a report or a list of problems. */
export function wordedDeep<T>(value: T, words: Wording): T {
  return mapStrings(value, (s) => worded(s, words));
}

/** The command line's wording in a language: how it says "the option", "an environment variable", "once for each server". */
function commandLine(words: {
  open: string;
  close: string;
  fromEnvironment: (flag: string) => string;
  oidcIssuer: string;
  mailToken: string;
  ldapUrls: string;
}): Wording {
  const option = (flag: string) => (value?: string) => `${words.open}${flag}${value === undefined ? '' : ` ${value}`}${words.close}`;
  const env = (flag: string) => () => `${words.open}${words.fromEnvironment(flag)}${words.close}`;
  const fixed = (text: string) => () => `${words.open}${text}${words.close}`;
  return {
    baseUrl: option('--base-url'),
    username: option('--username'),
    password: env('--password-env'),
    token: env('--token-env'),
    proxy: option('--proxy'),
    proxyUser: option('--proxy-user'),
    proxyPassword: env('--proxy-password-env'),
    ca: option('--ca'),
    insecure: option('--insecure'),
    timeout: option('--timeout'),
    samples: option('--samples'),
    sessionGap: option('--session-gap'),
    oidcIssuer: fixed(words.oidcIssuer),
    oidcClientId: option('--oidc-client-id'),
    oidcClientSecret: env('--oidc-client-secret-env'),
    mailHost: option('--mail-host'),
    mailProtocol: option('--mail-protocol'),
    mailPort: option('--mail-port'),
    mailTls: option('--mail-tls'),
    mailViaProxy: option('--mail-via-proxy'),
    onJiraNode: option('--on-jira-node'),
    mailUser: option('--mail-user'),
    mailToken: fixed(words.mailToken),
    mailSignIn: option('--mail-sign-in'),
    azureTenant: option('--azure-tenant'),
    azureClientId: option('--azure-client-id'),
    azureClientSecret: env('--azure-client-secret-env'),
    azureCloud: option('--azure-cloud'),
    azureLoginUrl: option('--azure-login-url'),
    ldapUrls: fixed(words.ldapUrls),
    ldapUser: option('--ldap-user'),
    ldapBaseDn: option('--ldap-base-dn'),
    ldapBindDn: option('--ldap-bind-dn'),
    ldapPassword: env('--ldap-password-env'),
    ldapUserFilter: option('--ldap-user-filter'),
  };
}

/** The command line (`jira-doctor check`). */
export const COMMAND_LINE: Wording = commandLine({
  open: '(',
  close: ')',
  fromEnvironment: (flag) => `in an environment variable: ${flag}`,
  oidcIssuer: '--oidc-issuer, or --oidc-host with --oidc-realm',
  mailToken: 'an access token in an environment variable: --mail-token-env, or --mail-sign-in',
  ldapUrls: '--ldap-url, once for each server',
});

/** The command line in Japanese (`jira-doctor check --lang ja`): the options themselves are the same. */
export const COMMAND_LINE_JA: Wording = commandLine({
  open: '（',
  close: '）',
  fromEnvironment: (flag) => `${flag} で環境変数を指定`,
  oidcIssuer: '--oidc-issuer、または --oidc-host と --oidc-realm',
  mailToken: 'アクセス トークンは --mail-token-env で環境変数を指定、または --mail-sign-in',
  ldapUrls: '--ldap-url、サーバーごとに 1 つ',
});

/** How the command line names the settings, in the run's language. */
export const COMMAND_LINES: Record<Language, Wording> = { en: COMMAND_LINE, ja: COMMAND_LINE_JA };

/**
 * The wizard window: the labels of the checks form (renderer/i18n, `checks.*`; a test holds the two
 * together). The Microsoft sign-in settings belong to the wizard's mail sign-in step.
 */
export const WINDOW: Wording = {
  baseUrl: () => '(“Jira base URL”)',
  username: () => '(“User name”)',
  password: () => '(“Password”)',
  token: () => '(“Personal access token”)',
  proxy: () => '(“Outbound proxy URL”, under “Proxy and certificates”)',
  proxyUser: () => '(“Proxy user name”)',
  proxyPassword: () => '(“Proxy password”)',
  ca: () => '(“Extra certificate authorities”, under “Proxy and certificates”)',
  insecure: () => '(“Do not verify certificates”)',
  timeout: () => '(“Time limit of each check”, under “Proxy and certificates”)',
  samples: () => '(“Number of authenticated calls to make”)',
  sessionGap: () => '(“Pause between the session requests”)',
  oidcIssuer: () => '(“Issuer URL”)',
  oidcClientId: () => '(“Client ID the Jira plugin uses”)',
  oidcClientSecret: () => '(“Client secret”)',
  mailHost: () => '(“Mail server host”)',
  mailProtocol: () => '(“Protocol”)',
  mailPort: () => '(“Port”)',
  mailTls: () => '(“Encryption”)',
  mailViaProxy: () => '(“Connect through the proxy”)',
  onJiraNode: () => '(“This computer is a Jira node”)',
  mailUser: () => '(the mailbox, in the mail sign-in step)',
  mailToken: () => '(sign in to the mailbox in the mail sign-in step)',
  mailSignIn: () => '(the mail sign-in step)',
  azureTenant: () => '(the tenant, in the mail sign-in step)',
  azureClientId: () => '(the application ID, in the mail sign-in step)',
  azureClientSecret: () => '(the client secret, in the mail sign-in step)',
  azureCloud: () => '(the Microsoft cloud, in the mail sign-in step)',
  azureLoginUrl: () => '(the sign-in address, in the mail sign-in step)',
  ldapUrls: () => '(“LDAP server URLs”)',
  ldapUser: () => '(“User to compare”)',
  ldapBaseDn: () => '(“Base DN”)',
  ldapBindDn: () => '(“Bind DN (optional)”)',
  ldapPassword: () => '(“Bind password”)',
  ldapUserFilter: () => '(“User filter (optional)”)',
};

/** The wizard window in Japanese: the labels of the Japanese checks form (renderer/i18n/ja.ts; a test holds the two together). */
export const WINDOW_JA: Wording = {
  baseUrl: () => '（「Jira のベース URL」）',
  username: () => '（「ユーザー名」）',
  password: () => '（「パスワード」）',
  token: () => '（「個人用アクセス トークン」）',
  proxy: () => '（「プロキシと証明書」の「送信プロキシの URL（任意）」）',
  proxyUser: () => '（「プロキシのユーザー名」）',
  proxyPassword: () => '（「プロキシのパスワード」）',
  ca: () => '（「プロキシと証明書」の「追加の認証局（任意）」）',
  insecure: () => '（「証明書を検証しない」）',
  timeout: () => '（「プロキシと証明書」の「各チェックの制限時間」）',
  samples: () => '（「認証付きの呼び出し回数」）',
  sessionGap: () => '（「セッションの要求の間隔」）',
  oidcIssuer: () => '（「Issuer URL」）',
  oidcClientId: () => '（「Jira のプラグインが使用するクライアント ID」）',
  oidcClientSecret: () => '（「クライアント シークレット」）',
  mailHost: () => '（「メール サーバーのホスト」）',
  mailProtocol: () => '（「プロトコル」）',
  mailPort: () => '（「ポート」）',
  mailTls: () => '（「暗号化」）',
  mailViaProxy: () => '（「プロキシ経由で接続する」）',
  onJiraNode: () => '（「このコンピューターは Jira のノードです」）',
  mailUser: () => '（メールのサインイン手順のメールボックス）',
  mailToken: () => '（メールのサインイン手順でメールボックスにサインインします）',
  mailSignIn: () => '（メールのサインイン手順）',
  azureTenant: () => '（メールのサインイン手順のテナント）',
  azureClientId: () => '（メールのサインイン手順のアプリケーション ID）',
  azureClientSecret: () => '（メールのサインイン手順のクライアント シークレット）',
  azureCloud: () => '（メールのサインイン手順の Microsoft クラウド）',
  azureLoginUrl: () => '（メールのサインイン手順のサインイン アドレス）',
  ldapUrls: () => '（「LDAP サーバーの URL」）',
  ldapUser: () => '（「比較するユーザー」）',
  ldapBaseDn: () => '（「ベース DN」）',
  ldapBindDn: () => '（「バインド DN（任意）」）',
  ldapPassword: () => '（「バインド パスワード」）',
  ldapUserFilter: () => '（「ユーザー フィルター（任意）」）',
};

/** How the window names the settings, in the language on screen. */
export const WINDOWS: Record<Language, Wording> = { en: WINDOW, ja: WINDOW_JA };
