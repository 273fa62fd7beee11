import type { Team } from '../contract/diagnosis';
import type { Language } from '../i18n/translations';

/**
 * The engine's own words, in each language the knowledge is written in: what it says around the
 * knowledge's texts (an undecided cause, a `{{detail}}` a condition found, a relative day, a version
 * verdict, a scope or endpoint problem, a team, a citation). The knowledge's prose comes from the
 * knowledge (translated per part); these are the few sentences the engine builds itself. Exact
 * strings (versions, scopes, hosts, properties, URLs) are parameters, never translated.
 */
export type EngineWording = {
  /** Joins the details of several conditions in one `{{detail}}`. */
  detailSeparator: string;
  undecided: (asks: readonly string[]) => string;
  nothingKnown: string;
  /** A fact asked by no question, named in an undecided reason. */
  theFact: (fact: string) => string;
  yes: string;
  no: string;
  unknownFact: string;
  relativeDay: (days: number) => string;
  relativeTo: (date: string, relative: string, reference: string) => string;
  version: (verdict: { version: string; needed: string; atLeast: boolean; line?: string }) => string;
  tenantPart: (address: string, tenant: string) => string;
  cloudServes: (host: string, serves: boolean, cloud: string) => string;
  propertyNotSet: (property: string) => string;
  proxyNotSet: (host: string) => string;
  proxyBypass: (host: string, bypassed: boolean, list: string) => string;
  endpoint: {
    notUrl: (address: string) => string;
    notMicrosoft: (host: string) => string;
    noTenant: (address: string) => string;
    notHttps: string;
    notV2: string;
    notAuthorizeOrToken: string;
    separator: string;
  };
  scope: {
    empty: string;
    wrongSeparator: string;
    duplicate: (scope: string) => string;
    missingOfflineAccess: string;
    noResource: (scope: string) => string;
    notExchangeResource: (scope: string, host: string) => string;
    appOnly: (scope: string) => string;
    office365Form: (scope: string) => string;
    mixedHosts: string;
    wrongHost: (scope: string, family: 'worldwide' | 'us-government', expected: 'worldwide' | 'us-government', resource: string) => string;
    missingProtocol: (protocol: string, permission: string) => string;
    noProtocol: (imap: string, pop: string) => string;
    separator: string;
  };
  teams: Record<Team, string>;
  note: (text: string) => string;
  /** A solution as one line: the contract's `solution` field. */
  solution: (team: string, title: string, body: string, source: string) => string;
  referenceNotes: string;
  factsSections: Readonly<Record<string, string>>;
  citation: (title: string, section?: string, url?: string) => string;
};

const en: EngineWording = {
  detailSeparator: '; ',
  undecided: (asks) => `Not decided yet. It depends on: ${asks.join(' / ')}`,
  nothingKnown: 'None of the known facts points to this cause or rules it out.',
  theFact: (fact) => `the fact "${fact}"`,
  yes: 'yes',
  no: 'no',
  unknownFact: '(not known yet)',
  relativeDay: (days) => (days === 0 ? 'today' : days === -1 ? 'yesterday' : days === 1 ? 'tomorrow' : days < 0 ? `${-days} days ago` : `in ${days} days`),
  relativeTo: (date, relative, reference) => `${date}, ${relative} relative to ${reference}`,
  version: ({ version, needed, atLeast, line }) => {
    const where = line ? ` (the first suitable ${line}.x release)` : '';
    return atLeast ? `${version} is ${needed}${where} or later` : `${version} is older than ${needed}${where}`;
  },
  tenantPart: (address, tenant) => `the tenant part of ${address} is "${tenant}"`,
  cloudServes: (host, serves, cloud) => `${host} ${serves ? 'serves' : 'does not serve'} the ${cloud} cloud`,
  propertyNotSet: (property) => `-D${property} is not set`,
  proxyNotSet: (host) => `-Dhttp.nonProxyHosts is not set, so ${host} goes through the proxy`,
  proxyBypass: (host, bypassed, list) => `${host} is ${bypassed ? '' : 'not '}in -Dhttp.nonProxyHosts=${list}`,
  endpoint: {
    notUrl: (address) => `"${address}" is not a valid URL (expected https://login.microsoftonline.com/<tenant>/oauth2/v2.0/…)`,
    notMicrosoft: (host) => `${host} is not a Microsoft identity platform address (such as login.microsoftonline.com)`,
    noTenant: (address) => `"${address}" has no tenant in its path (expected /<tenant>/oauth2/v2.0/…)`,
    notHttps: 'it does not use https',
    notV2: 'it is not a v2.0 endpoint (expected /oauth2/v2.0/ in the path)',
    notAuthorizeOrToken: 'it ends in neither /authorize nor /token',
    separator: '; ',
  },
  scope: {
    empty: 'the scope field is empty',
    wrongSeparator: 'the scopes are separated by commas (or semicolons); Jira needs them separated by spaces',
    duplicate: (scope) => `"${scope}" is listed more than once`,
    missingOfflineAccess:
      '"offline_access" is missing, so Jira gets no refresh token and the connection stops working when its first access token runs out (60 to 90 minutes, Microsoft says)',
    noResource: (scope) => `"${scope}" has no resource in front of it, so Microsoft issues a token for Microsoft Graph instead of Exchange Online`,
    notExchangeResource: (scope, host) => `"${scope}" names ${host}, which is not the Exchange Online resource that IMAP and POP sign-ins need`,
    appOnly: (scope) => `"${scope}" asks for application permissions, but Jira signs in as a user and needs delegated scopes`,
    office365Form: (scope) => `"${scope}" uses the outlook.office365.com resource form; Microsoft's documentation uses https://outlook.office.com/`,
    mixedHosts: 'the scopes mix the worldwide resource (outlook.office.com) and the US Government resource (outlook.office365.us); one cloud only',
    wrongHost: (scope, family, expected, resource) => {
      const words = { worldwide: 'worldwide (and GCC)', 'us-government': 'GCC High and DoD' };
      return `"${scope}" is for the ${words[family]} cloud, but this mailbox is in the ${words[expected]} cloud (use ${resource}/…)`;
    },
    missingProtocol: (protocol, permission) => `the ${protocol} permission (${permission}) is missing, and the mail server entry uses ${protocol}`,
    noProtocol: (imap, pop) => `neither the IMAP nor the POP permission (${imap}, ${pop}) is there`,
    separator: '; ',
  },
  teams: {
    'jira-admin': 'Jira administrator',
    'm365-exchange-admin': 'Microsoft 365 / Exchange administrator',
    'azure-admin': 'Azure administrator',
    'network-team': 'Network or firewall team',
    'load-balancer-team': 'Load-balancer team',
    'ldap-team': 'LDAP / Active Directory team',
    'idp-admin': 'Identity-provider administrator',
    'integration-owner': 'Owner of the failing REST client or integration',
  },
  note: (text) => `Note: ${text}`,
  solution: (team, title, body, source) => `${team} — ${title}: ${body} (Source: ${source})`,
  referenceNotes: 'jira-doctor reference notes',
  factsSections: {
    '§1': 'Jira REST endpoints',
    '§1.3': 'the session resource (/rest/auth/1/session)',
    '§1.6': 'incoming mail configuration',
    '§1.7': 'personal access tokens and other endpoints',
    '§2': 'response headers and cookies',
    '§2.1': 'response headers',
    '§2.2': 'X-Seraph-LoginReason values',
    '§2.3': 'cookies',
    '§3': 'Jira logs',
    '§3.3': 'security log messages',
    '§3.4': 'incoming mail and OAuth error messages',
    '§3.5': 'LDAP and Crowd connector messages',
    '§3.6': 'the OpenID Connect plugin',
    '§4': 'OpenID Connect, Keycloak and the Microsoft identity platform',
    '§4.1': 'Keycloak password grant',
    '§4.2': 'Microsoft identity platform',
    '§4.3': 'Exchange Online mail protocols',
    '§5': 'version facts',
    '§6': 'outbound proxy JVM properties',
    '§9': 'changes since the articles',
  },
  citation: (title, section, url) => `“${title}”${section ? `, section “${section}”` : ''}${url ? ` (${url})` : ''}`,
};

const ja: EngineWording = {
  detailSeparator: '／',
  undecided: (asks) => `まだ判断できません。次の答えによって決まります: ${asks.join(' ／ ')}`,
  nothingKnown: 'わかっている事実の中に、この原因を示すものも否定するものもありません。',
  theFact: (fact) => `事実「${fact}」`,
  yes: 'はい',
  no: 'いいえ',
  unknownFact: '（まだ不明）',
  relativeDay: (days) => (days === 0 ? '今日' : days === -1 ? '昨日' : days === 1 ? '明日' : days < 0 ? `${-days} 日前` : `${days} 日後`),
  relativeTo: (date, relative, reference) => `${date}（${reference} から見て${relative}）`,
  version: ({ version, needed, atLeast, line }) => {
    const where = line ? `（${line}.x 系で対応した最初のリリース）` : '';
    return atLeast ? `${version} は ${needed}${where || ' '}以降です` : `${version} は ${needed}${where || ' '}より前のバージョンです`;
  },
  tenantPart: (address, tenant) => `${address} のテナント部分は「${tenant}」です`,
  cloudServes: (host, serves, cloud) => `${host} は ${cloud} クラウドを${serves ? '担当します' : '担当しません'}`,
  propertyNotSet: (property) => `-D${property} は設定されていません`,
  proxyNotSet: (host) => `-Dhttp.nonProxyHosts が設定されていないため、${host} への接続はプロキシを経由します`,
  proxyBypass: (host, bypassed, list) => `${host} は -Dhttp.nonProxyHosts=${list} に${bypassed ? '含まれています' : '含まれていません'}`,
  endpoint: {
    notUrl: (address) => `「${address}」は正しい URL ではありません（想定される形式: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/…）`,
    notMicrosoft: (host) => `${host} は Microsoft ID プラットフォームのアドレス（login.microsoftonline.com など）ではありません`,
    noTenant: (address) => `「${address}」のパスにテナントがありません（想定される形式: /<tenant>/oauth2/v2.0/…）`,
    notHttps: 'https を使っていません',
    notV2: 'v2.0 のエンドポイントではありません（パスに /oauth2/v2.0/ が必要です）',
    notAuthorizeOrToken: '/authorize でも /token でも終わっていません',
    separator: '。',
  },
  scope: {
    empty: 'スコープ欄が空です',
    wrongSeparator: 'スコープがカンマ（またはセミコロン）で区切られています。Jira ではスペースで区切る必要があります',
    duplicate: (scope) => `「${scope}」が 2 回以上書かれています`,
    missingOfflineAccess:
      '「offline_access」がないため、Jira はリフレッシュ トークンを受け取れず、最初のアクセス トークンの期限（Microsoft によると 60～90 分）が切れると接続が止まります',
    noResource: (scope) => `「${scope}」の前にリソースがないため、Microsoft は Exchange Online ではなく Microsoft Graph 用のトークンを発行します`,
    notExchangeResource: (scope, host) => `「${scope}」は ${host} を指しています。これは IMAP や POP のサインインに必要な Exchange Online のリソースではありません`,
    appOnly: (scope) => `「${scope}」はアプリケーションのアクセス許可を求めていますが、Jira はユーザーとしてサインインするため、委任されたスコープが必要です`,
    office365Form: (scope) => `「${scope}」は outlook.office365.com 形式のリソースを使っています。Microsoft のドキュメントでは https://outlook.office.com/ です`,
    mixedHosts: 'スコープに世界共通のリソース (outlook.office.com) と米国政府向けのリソース (outlook.office365.us) が混在しています。クラウドは 1 つだけにしてください',
    wrongHost: (scope, family, expected, resource) => {
      const words = { worldwide: '世界共通 (GCC を含む)', 'us-government': 'GCC High / DoD' };
      return `「${scope}」の対象は ${words[family]} クラウドですが、このメールボックスは ${words[expected]} クラウドにあります（${resource}/… を使ってください）`;
    },
    missingProtocol: (protocol, permission) => `${protocol} のアクセス許可 (${permission}) がありません。メール サーバーの設定は ${protocol} を使っています`,
    noProtocol: (imap, pop) => `IMAP と POP のどちらのアクセス許可 (${imap}, ${pop}) もありません`,
    separator: '。',
  },
  teams: {
    'jira-admin': 'Jira 管理者',
    'm365-exchange-admin': 'Microsoft 365 / Exchange 管理者',
    'azure-admin': 'Azure 管理者',
    'network-team': 'ネットワーク / ファイアウォール チーム',
    'load-balancer-team': 'ロード バランサー チーム',
    'ldap-team': 'LDAP / Active Directory チーム',
    'idp-admin': 'ID プロバイダー管理者',
    'integration-owner': '失敗している REST クライアントや連携の担当者',
  },
  note: (text) => `注: ${text}`,
  solution: (team, title, body, source) => `${team} — ${title}: ${body}（出典: ${source}）`,
  referenceNotes: 'jira-doctor 参考資料',
  factsSections: {
    '§1': 'Jira の REST エンドポイント',
    '§1.3': 'セッション リソース (/rest/auth/1/session)',
    '§1.6': '受信メールの設定',
    '§1.7': '個人用アクセス トークンとその他のエンドポイント',
    '§2': '応答ヘッダーと Cookie',
    '§2.1': '応答ヘッダー',
    '§2.2': 'X-Seraph-LoginReason の値',
    '§2.3': 'Cookie',
    '§3': 'Jira のログ',
    '§3.3': 'セキュリティ ログのメッセージ',
    '§3.4': '受信メールと OAuth のエラー メッセージ',
    '§3.5': 'LDAP と Crowd コネクタのメッセージ',
    '§3.6': 'OpenID Connect プラグイン',
    '§4': 'OpenID Connect、Keycloak、Microsoft ID プラットフォーム',
    '§4.1': 'Keycloak のパスワード グラント',
    '§4.2': 'Microsoft ID プラットフォーム',
    '§4.3': 'Exchange Online のメール プロトコル',
    '§5': 'バージョンに関する事実',
    '§6': '送信プロキシの JVM プロパティ',
    '§9': '記事公開後の変更',
  },
  citation: (title, section, url) => `「${title}」${section ? `、セクション「${section}」` : ''}${url ? `（${url}）` : ''}`,
};

const WORDING: Record<Language, EngineWording> = { en, ja };

/** The engine's words in a language (English when none is given). */
export function engineWording(language: Language = 'en'): EngineWording {
  return WORDING[language];
}
