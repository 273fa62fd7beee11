import { AsyncLocalStorage } from 'node:async_hooks';
import type { Language } from '../../knowledge/core';
import type { CheckId } from '../../knowledge/contract/checks';
import { setting } from './wording';

/**
 * The checks' own words, one typed catalogue per language: what went wrong on the way to a server
 * (network, proxy, TLS) and what to try, and the run's own notes. A check asks `checkWords()` for
 * the catalogue of the run it belongs to (`inLanguage`), so no language has to be handed through
 * every helper. Host names, ports, codes and the servers' own messages stay exact in every language.
 */
export type CheckWords = {
  /** A check's title; the English one is the check's own (CheckDefinition.title). */
  title: (check: CheckId, english: string) => string;
  proxyAuth: (proxy: string, target: string) => { message: string; advice: string };
  proxyRefused: (proxy: string, target: string, status: string) => { message: string; advice: string };
  refusedAtProxy: (proxy: string) => { message: string; advice: string };
  refused: (target: string) => { message: string; advice: string };
  dns: (host: string) => { message: string; advice: string };
  connectTimeout: (where: { proxy: string } | { target: string }) => { message: string; advice: string };
  noAnswer: (target: string) => { message: string; advice: string };
  stalled: (target: string) => { message: string; advice: string };
  certificateExpired: (target: string, expired: boolean, validTo?: string) => { message: string; advice: string };
  certificateName: (target: string, host: string, altNames?: string) => { message: string; advice: string };
  intercepted: (target: string, issuer: string) => { message: string; advice: string };
  untrusted: (target: string, self: boolean, issuer?: string) => { message: string; advice: string };
  handshake: (target: string, detail: string) => { message: string; advice: string };
  closed: (where: { proxy: string } | { target: string }) => { message: string; advice: string };
  failed: (target: string, detail: string) => { message: string; advice: string };
  insecureNote: string;
};

const en: CheckWords = {
  title: (_check, english) => english,
  proxyAuth: (proxy, target) => ({
    message: `The proxy ${proxy} wants authentication (407 Proxy Authentication Required) before it connects to ${target}.`,
    advice: `Give the proxy user ${setting('proxyUser')} and its password ${setting('proxyPassword')}, or ask the proxy team which account to use.`,
  }),
  proxyRefused: (proxy, target, status) => ({
    message: `The proxy ${proxy} refused to connect to ${target} (it answered ${status} to CONNECT).`,
    advice: `Ask the proxy team to allow ${target} (many proxies allow CONNECT only to port 443), or add the host to the proxy exceptions.`,
  }),
  refusedAtProxy: (proxy) => ({
    message: `Nothing accepts connections at the proxy ${proxy}: the connection was refused.`,
    advice: 'Check the proxy address and port (ask the network team which proxy Jira uses).',
  }),
  refused: (target) => ({
    message: `Nothing accepts connections at ${target}: the connection was refused.`,
    advice: 'Check the host and port. The service may be down, or listen on another port or only on another address.',
  }),
  dns: (host) => ({
    message: `The name ${host} cannot be resolved (DNS): this machine does not know that host.`,
    advice: 'Check the spelling of the host name, or try from a machine inside the network where it resolves (or use the proxy that Jira uses).',
  }),
  connectTimeout: (where) => ({
    message: `No connection to ${'proxy' in where ? `the proxy ${where.proxy}` : where.target}: the attempt timed out without an answer, which usually means a firewall drops the traffic (filtered).`,
    advice: `Ask the network team whether a firewall allows this machine to reach that host and port; or try through the proxy Jira uses ${setting('proxy')}.`,
  }),
  noAnswer: (target) => ({
    message: `${target} accepted the connection but sent no answer in time.`,
    advice: 'The server or something in front of it (load balancer, proxy) hangs, or the port belongs to another kind of service. Check the port, and that the service behind it is running.',
  }),
  stalled: (target) => ({
    message: `${target} started an answer but stopped sending it.`,
    advice: "The server or something in between (a proxy, a load balancer, a firewall that inspects traffic) stalls; try again, and look at that server's logs for this time (for Jira: the load balancer's and Jira's).",
  }),
  certificateExpired: (target, expired, validTo) => ({
    message: `The TLS certificate of ${target} ${expired ? 'has expired' : 'is not valid yet'}${validTo ? ` (valid to ${validTo})` : ''}.`,
    advice: expired ? 'Ask whoever runs that server to renew its certificate.' : 'Check the clock of this machine and of the server; or the certificate was issued for a later date.',
  }),
  certificateName: (target, host, altNames) => ({
    message: `The TLS certificate of ${target} is for other names${altNames ? ` (${altNames})` : ''}, not ${host}.`,
    advice: 'Use the host name the certificate is issued for (the one users type), or ask for a certificate that includes this name.',
  }),
  intercepted: (target, issuer) => ({
    message: `The connection to ${target} is intercepted: the certificate was issued by "${issuer}", which looks like a TLS inspection proxy, not by the server's own certificate authority.`,
    advice: `Ask the network team to exempt this host from TLS inspection, or give their inspection CA ${setting('ca')} (Jira's Java truststore needs the same CA).`,
  }),
  untrusted: (target, self, issuer) => ({
    message: `The TLS certificate of ${target} is not trusted: ${self ? 'it is self-signed' : `it was issued by a certificate authority this machine does not know${issuer ? ` ("${issuer}")` : ''}`}.`,
    advice: `Give the certificate authority's PEM file ${setting('ca')} (ask the server's admin for it). Turn off certificate checks ${setting('insecure')} only to look past it once.`,
  }),
  handshake: (target, detail) => ({
    message: `The TLS handshake with ${target} failed: ${detail}.`,
    advice: 'Check that the port speaks TLS (or plain text) as configured, and that both sides share a TLS version.',
  }),
  closed: (where) => ({
    message: `${'proxy' in where ? `The proxy ${where.proxy}` : where.target} closed the connection without an answer.`,
    advice: 'Something in between (firewall, load balancer, proxy) may cut the connection; check that the port and the protocol (http/https) are right.',
  }),
  failed: (target, detail) => ({
    message: `The request to ${target} failed: ${detail || 'no details given'}.`,
    advice: 'Check the address and the network path; the evidence shows the error as reported.',
  }),
  insecureNote: `TLS certificate verification was turned OFF for this run ${setting('insecure')}: a server could pose as another one unnoticed.`,
};

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

const ja: CheckWords = {
  title: (check) => JA_TITLES[check],
  proxyAuth: (proxy, target) => ({
    message: `プロキシ ${proxy} は、${target} に接続する前に認証を求めています（407 Proxy Authentication Required）。`,
    advice: `プロキシのユーザー ${setting('proxyUser')} とそのパスワード ${setting('proxyPassword')} を指定するか、使用するアカウントをプロキシの担当チームに確認してください。`,
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
    advice: `このコンピューターからそのホストとポートへの通信をファイアウォールが許可しているか、ネットワーク チームに確認してください。または Jira が使用するプロキシ経由で試してください ${setting('proxy')}。`,
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
    advice: `このホストを TLS インスペクションの対象から外すようネットワーク チームに依頼するか、インスペクション用の CA を指定してください ${setting('ca')}（Jira の Java トラストストアにも同じ CA が必要です）。`,
  }),
  untrusted: (target, self, issuer) => ({
    message: `${target} の TLS 証明書は信頼されていません。${self ? '自己署名の証明書です' : `このコンピューターが知らない認証局が発行しています${issuer ? `（"${issuer}"）` : ''}`}。`,
    advice: `認証局の PEM ファイルを指定してください ${setting('ca')}（サーバーの管理者から入手できます）。証明書の検証をオフにする ${setting('insecure')} のは、一度確認するためだけにしてください。`,
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
  insecureNote: `この実行では TLS 証明書の検証がオフでした ${setting('insecure')}。別のサーバーがなりすましても気付けません。`,
};

export const CHECK_WORDS: Record<Language, CheckWords> = { en, ja };

const current = new AsyncLocalStorage<Language>();

/** Runs `run` (and everything it starts) with the checks' words in `language`. */
export function inLanguage<T>(language: Language, run: () => T): T {
  return current.run(language, run);
}

/** The language of the run this code belongs to; English outside any run. */
export function checkLanguage(): Language {
  return current.getStore() ?? 'en';
}

/** The words of the run this code belongs to; English outside any run. */
export function checkWords(): CheckWords {
  return CHECK_WORDS[checkLanguage()];
}
