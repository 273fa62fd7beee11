import type { Translations } from '../translations';
import { JA_MENU } from './menus';

/*
 * Glossary (Atlassian's Japanese documentation; see also symptoms.ts):
 *   OpenID Connect plugin OpenID Connect プラグイン / REST SSO option REST SSO オプション /
 *   single sign-on シングル サインオン / identity provider ID プロバイダー / provider プロバイダー /
 *   client (at the provider) クライアント / client secret クライアント シークレット / grant グラント /
 *   password grant パスワード グラント / endpoint エンドポイント / local account ローカル アカウント /
 *   required actions 必須アクション / consent 同意 / brute-force protection ブルート フォース保護.
 * Keycloak's console labels (Clients, Settings, Direct Access Grants, Capability config) and the grant
 * names stay in English, as the console and the specification print them.
 */
const MANAGE_APPS = `⚙ > Manage apps（${JA_MENU.manageApps}）`;
const PLUGIN_CONFIG = `OpenID Connect プラグインの設定ページ（${MANAGE_APPS}で、プラグインの Configure を選択）`;

/** Japanese for the knowledge part a003-rest-sso: each English prose text beside its Japanese. */
export const ja: Translations = {
  // questions
  'How does the failing REST client authenticate?': '失敗している REST クライアントは、どの方法で認証していますか?',
  'HTTP Basic authentication, or os_username and os_password parameters.': 'HTTP Basic 認証、または os_username と os_password パラメーターです。',
  'With a username and password': 'ユーザー名とパスワード',
  'With a session cookie from a login in the browser': 'ブラウザーでのログインで得たセッション Cookie',
  'With an OAuth2 token': 'OAuth2 トークン',
  'An "Authorization: Bearer …" header.': '"Authorization: Bearer …" ヘッダーを使用します。',
  'With a personal access token': '個人用アクセス トークン',
  'REST SSO concerns only usernames and passwords sent to /rest/*; session cookies and OAuth2 tokens from a login in the browser work with single sign-on anyway.':
    'REST SSO が関係するのは、/rest/* に送信されるユーザー名とパスワードだけです。ブラウザーでのログインで得たセッション Cookie や OAuth2 トークンは、REST SSO がなくてもシングル サインオンで機能します。',
  "The client's configuration or code: what it sends with each call (an Authorization header, a cookie, or os_username/os_password parameters).":
    'クライアントの設定またはコードで、各呼び出しで何を送信しているか（Authorization ヘッダー、Cookie、または os_username/os_password パラメーター）を確認してください。',
  'Which version of the OpenID Connect plugin is installed?': 'インストールされている OpenID Connect プラグインのバージョンは何ですか?',
  'REST clients can only log in with username and password through the plugin from version 1.3.0 on.':
    'REST クライアントがプラグインを通じてユーザー名とパスワードでログインできるのは、バージョン 1.3.0 以降だけです。',
  '⚙ > Manage apps: find the OpenID Connect plugin and read its version.': `${MANAGE_APPS}で OpenID Connect プラグインを探し、バージョンを確認します。`,
  "Is the plugin's REST SSO option switched on?": 'プラグインの REST SSO オプションは有効になっていますか?',
  'Yes, REST SSO is on': 'はい、REST SSO は有効',
  'No, only single sign-on for the browser is on': 'いいえ、ブラウザー向けのシングル サインオンだけが有効',
  'REST SSO is a separate option from single sign-on in the browser; without it, passwords sent to /rest/* are checked locally only.':
    'REST SSO は、ブラウザーでのシングル サインオンとは別のオプションです。無効の場合、/rest/* に送信されたパスワードはローカルでのみ確認されます。',
  "The REST SSO option in the OpenID Connect plugin's configuration page (⚙ > Manage apps, then Configure on the plugin).":
    `${PLUGIN_CONFIG}の REST SSO オプションを確認してください。`,
  'Which OpenID Connect provider does the plugin use?': 'プラグインが使用している OpenID Connect プロバイダーはどれですか?',
  'Keycloak (or Red Hat build of Keycloak / RH-SSO)': 'Keycloak（または Red Hat build of Keycloak / RH-SSO）',
  'Another provider': 'その他のプロバイダー',
  'Where the password grant is switched on differs by provider; jira-doctor shows the exact setting for Keycloak.':
    'パスワード グラントを有効にする場所はプロバイダーによって異なります。Keycloak については、jira-doctor が正確な設定箇所を示します。',
  "The provider or issuer URL in the OpenID Connect plugin's configuration page (⚙ > Manage apps, then Configure on the plugin); Keycloak URLs contain /realms/<realm>.":
    `${PLUGIN_CONFIG}にあるプロバイダーまたは Issuer の URL を確認してください。Keycloak の URL には /realms/<realm> が含まれます。`,
  'The identity-provider administrator knows which product it is.': 'どの製品かは、ID プロバイダーの管理者が把握しています。',
  "Does the provider allow password logins (Direct Access Grants) for the plugin's client?":
    'プロバイダーは、プラグインのクライアントに対してパスワードによるログイン（Direct Access Grants）を許可していますか?',
  'Yes, allowed': 'はい、許可している',
  'No, not allowed': 'いいえ、許可していない',
  'REST SSO logs users in with the Resource Owner Password Credentials grant; if the provider does not allow it for the client, every REST password login fails.':
    'REST SSO は Resource Owner Password Credentials グラントでユーザーをログインさせます。プロバイダーがクライアントに対してこれを許可していないと、REST のパスワードによるログインはすべて失敗します。',
  'Keycloak: Clients > the plugin\'s client > Settings: "Direct Access Grants Enabled" (in newer admin consoles "Direct access grants" under Capability config).':
    'Keycloak: Clients > プラグインのクライアント > Settings の "Direct Access Grants Enabled"（新しい管理コンソールでは Capability config の下の "Direct access grants"）。',
  'Other providers: the client must allow the "password" (Resource Owner Password Credentials) grant type.':
    'その他のプロバイダー: クライアントで "password"（Resource Owner Password Credentials）グラント タイプを許可する必要があります。',
  'atlassian-jira.log: "Client not allowed for direct access grants" means no.': 'atlassian-jira.log に "Client not allowed for direct access grants" があれば「いいえ」です。',
  'Do all provider endpoints in the plugin configuration start with https://?': 'プラグインの設定にあるプロバイダーのエンドポイントは、すべて https:// で始まっていますか?',
  'Yes, all https': 'はい、すべて https',
  'No, at least one is http://': 'いいえ、少なくとも 1 つが http://',
  "With REST SSO the plugin sends every user's password to the provider; over plain http anyone on the network can read it.":
    'REST SSO では、プラグインが各ユーザーのパスワードをプロバイダーに送信します。暗号化されていない http では、ネットワーク上の誰でもそれを読み取れます。',
  "The issuer, token and other endpoint URLs in the OpenID Connect plugin's configuration page (⚙ > Manage apps, then Configure on the plugin).":
    `${PLUGIN_CONFIG}にある Issuer、トークン、その他のエンドポイントの URL を確認してください。`,
  'Paste the errors the plugin logged for a failed REST login (one per line).': 'REST ログインの失敗時にプラグインが記録したエラーを貼り付けてください（1 行に 1 つ）。',
  'The plugin usually logs why the provider refused the login, for example that the client may not use password logins.':
    'プラグインは通常、プロバイダーがログインを拒否した理由（たとえば、クライアントがパスワードによるログインを使用できないこと）をログに記録します。',
  'atlassian-jira.log under <JIRA_HOME>/log/: lines with "requestTokens provider rejected token request" at the time of a failed call.':
    '<JIRA_HOME>/log/ の下の atlassian-jira.log: 呼び出しが失敗した時刻の "requestTokens provider rejected token request" を含む行。',

  // cause: the plugin is too old
  'The OpenID Connect plugin is too old for REST SSO': 'OpenID Connect プラグインが古く、REST SSO に対応していない',
  'REST clients can log in with an OpenID Connect username and password only from plugin version 1.3.0; older versions check REST passwords against local accounts only.':
    'REST クライアントが OpenID Connect のユーザー名とパスワードでログインできるのは、プラグインのバージョン 1.3.0 以降だけです。それより古いバージョンは、REST のパスワードをローカル アカウントに対してのみ確認します。',
  'The plugin is version {{fact:oidc.pluginVersion}}; REST SSO needs 1.3.0 or later.': 'プラグインのバージョンは {{fact:oidc.pluginVersion}} です。REST SSO には 1.3.0 以降が必要です。',
  'The client authenticates with a session cookie or an OAuth2 token from a UI login, not with a username and password; those work with the OpenID Connect single sign-on without REST SSO.':
    'クライアントはユーザー名とパスワードではなく、UI でのログインで得たセッション Cookie または OAuth2 トークンで認証しています。これらは REST SSO がなくても OpenID Connect のシングル サインオンで機能します。',
  'The article says cookies and tokens from a UI login work with single sign-on whatever the REST SSO settings; REST SSO only changes how passwords are checked.':
    'プラグインのドキュメントによると、UI でのログインで得た Cookie やトークンは、REST SSO の設定にかかわらずシングル サインオンで機能します。REST SSO が変えるのは、パスワードの確認方法だけです。',
  'The client authenticates with a personal access token, which never goes through a password check, so REST SSO plays no part.':
    'クライアントは個人用アクセス トークンで認証しており、パスワードの確認を通らないため、REST SSO は関係しません。',
  'REST SSO only changes how usernames and passwords are checked; a token is not a password.': 'REST SSO が変えるのはユーザー名とパスワードの確認方法だけです。トークンはパスワードではありません。',
  'The plugin is version {{fact:oidc.pluginVersion}}, which has REST SSO (1.3.0 or later).': 'プラグインのバージョンは {{fact:oidc.pluginVersion}} で、REST SSO に対応しています（1.3.0 以降）。',
  'The version boundary is the whole cause.': 'この原因は、バージョンの境界だけで決まります。',
  'Upgrade the OpenID Connect plugin to 1.3.0 or later': 'OpenID Connect プラグインを 1.3.0 以降にアップグレードする',
  'In ⚙ > Manage apps, update the OpenID Connect plugin to version 1.3.0 or later.': `${MANAGE_APPS}で、OpenID Connect プラグインをバージョン 1.3.0 以降に更新します。`,
  'Then make sure the provider allows password logins for the client, and switch on the REST SSO option in the plugin configuration.':
    '続いて、プロバイダーがクライアントに対してパスワードによるログインを許可していることを確認し、プラグインの設定で REST SSO オプションを有効にします。',
  "Make sure every provider endpoint the plugin uses starts with https:// — with REST SSO the plugin sends each user's password to the provider.":
    'プラグインが使用するプロバイダーのエンドポイントが、すべて https:// で始まっていることを確認します。REST SSO では、プラグインが各ユーザーのパスワードをプロバイダーに送信します。',
  'Local (non-SSO) Jira accounts can still log in whatever the plugin settings: do not leave local accounts with weak passwords.':
    'ローカルの（SSO ではない）Jira アカウントは、プラグインの設定にかかわらずログインできます。弱いパスワードのローカル アカウントを放置しないでください。',
  'Password logins pass the credentials through Jira; where the client allows it, an OAuth2 token obtained through the normal single sign-on is the better choice.':
    'パスワードによるログインでは、認証情報が Jira を経由します。クライアントが対応していれば、通常のシングル サインオンで取得した OAuth2 トークンのほうが適しています。',

  // cause: REST SSO is off
  "The plugin's REST SSO option is off": 'プラグインの REST SSO オプションが無効になっている',
  'REST SSO is switched on separately from browser single sign-on. While it is off, usernames and passwords sent to /rest/* are checked locally, so SSO-only users cannot log in there.':
    'REST SSO は、ブラウザーのシングル サインオンとは別に有効にします。無効の間は /rest/* に送信されたユーザー名とパスワードがローカルで確認されるため、SSO にしかアカウントのないユーザーはログインできません。',
  'The REST SSO option is off, so REST passwords are not checked with the identity provider.': 'REST SSO オプションが無効のため、REST のパスワードは ID プロバイダーで確認されません。',
  'The REST SSO option is on.': 'REST SSO オプションは有効です。',
  'The setting was read in the plugin configuration and is on, which is all this cause is about.': 'プラグインの設定を確認したところ有効になっており、この原因で問題になるのはこの設定だけです。',
  'The plugin\'s log shows it sending a username and password to the identity provider ("requestTokens provider rejected token request"), which it only does with REST SSO on. If the configuration page says the option is off, the two disagree: look at the configuration again on every Jira node, and match the log lines to the time of the failing call.':
    'プラグインのログには、ユーザー名とパスワードを ID プロバイダーに送信したこと（"requestTokens provider rejected token request"）が記録されており、これは REST SSO が有効な場合にのみ行われます。設定ページでオプションが無効になっているなら、両者が食い違っています。すべての Jira ノードで設定を改めて確認し、ログの行を失敗した呼び出しの時刻と照合してください。',
  "The password grant in the plugin's own log is REST SSO at work; it cannot come from a switched-off option.":
    'プラグイン自身のログにあるパスワード グラントは REST SSO が動作している証拠で、無効なオプションから生じることはありません。',
  'Plugin version {{fact:oidc.pluginVersion}} has no REST SSO option yet: upgrading the plugin comes first.':
    'プラグインのバージョン {{fact:oidc.pluginVersion}} にはまだ REST SSO オプションがありません。まずプラグインをアップグレードしてください。',
  'An option the plugin does not have cannot be the thing left switched off.': 'プラグインにないオプションが、無効のまま残っている原因になることはありません。',
  'Switch on REST SSO in the plugin': 'プラグインで REST SSO を有効にする',
  "Before switching it on, make sure the provider allows password logins (Direct Access Grants) for the plugin's client.":
    '有効にする前に、プロバイダーがプラグインのクライアントに対してパスワードによるログイン（Direct Access Grants）を許可していることを確認します。',
  "Switch on the REST SSO option in the OpenID Connect plugin's configuration page (⚙ > Manage apps, then Configure on the plugin). It does not change single sign-on in the browser.":
    `${PLUGIN_CONFIG}で REST SSO オプションを有効にします。ブラウザーでのシングル サインオンには影響しません。`,
  "Test with a REST call that sends an SSO user's username and password (HTTP Basic).":
    'SSO ユーザーのユーザー名とパスワードを送信する REST 呼び出し（HTTP Basic）でテストします。',

  // cause: the provider does not allow the password grant
  "The provider does not allow password logins for the plugin's client": 'プロバイダーが、プラグインのクライアントにパスワードによるログインを許可していない',
  'REST SSO uses the Resource Owner Password Credentials grant (Direct Access Grants in Keycloak). If the provider does not allow it for the client, every REST password login fails, even with correct credentials.':
    'REST SSO は Resource Owner Password Credentials グラント（Keycloak では Direct Access Grants）を使用します。プロバイダーがクライアントに対してこれを許可していないと、認証情報が正しくても REST のパスワードによるログインはすべて失敗します。',
  "The provider does not allow the password grant for the plugin's client.": 'プロバイダーは、プラグインのクライアントにパスワード グラントを許可していません。',
  'The plugin logged "Client not allowed for direct access grants": the provider refused the password grant for this client.':
    'プラグインが "Client not allowed for direct access grants" と記録しています。プロバイダーがこのクライアントのパスワード グラントを拒否しました。',
  "The provider allows the password grant for the plugin's client.": 'プロバイダーは、プラグインのクライアントにパスワード グラントを許可しています。',
  "The client's setting in the provider was read and allows the grant, which is all this cause is about.":
    'プロバイダーでクライアントの設定を確認したところグラントを許可しており、この原因で問題になるのはこの設定だけです。',
  "Allow password logins for the plugin's client in the provider": 'プロバイダーで、プラグインのクライアントにパスワードによるログインを許可する',
  'In the Keycloak admin console, open the realm, then Clients > the client the plugin uses > Settings, and switch on Direct Access Grants (newer consoles: "Direct access grants" under Capability config). Save.':
    'Keycloak の管理コンソールでレルムを開き、Clients > プラグインが使用するクライアント > Settings で Direct Access Grants を有効にして（新しいコンソールでは Capability config の下の "Direct access grants"）、保存します。',
  'In your provider, allow the Resource Owner Password Credentials grant (grant type "password") for the client the plugin uses.':
    'ご利用のプロバイダーで、プラグインが使用するクライアントに Resource Owner Password Credentials グラント（グラント タイプ "password"）を許可します。',

  // signatures
  'The plugin sent a REST password to the provider, which refused it': 'プラグインが REST のパスワードをプロバイダーに送信し、拒否された',
  "The plugin checked a REST username and password with the identity provider (the password grant), which it does only with REST SSO switched on; the text after the colon is the provider's reason.":
    'プラグインが REST のユーザー名とパスワードを ID プロバイダーで確認しました（パスワード グラント）。これは REST SSO が有効な場合にのみ行われます。コロンの後の文面がプロバイダーの示した理由です。',
  'Provider refuses password logins for the client': 'プロバイダーがクライアントのパスワードによるログインを拒否',
  "The identity provider does not allow the Resource Owner Password Credentials grant (Direct Access Grants) for the plugin's client.":
    'ID プロバイダーが、プラグインのクライアントに Resource Owner Password Credentials グラント（Direct Access Grants）を許可していません。',
  'Provider: wrong password or unknown user': 'プロバイダー: パスワードの誤り、または存在しないユーザー',
  'The identity provider checked the username and password and refused them: a wrong password, an unknown user, or a user locked by brute-force protection. Direct access grants are allowed for the client (that check comes first).':
    'ID プロバイダーがユーザー名とパスワードを確認し、拒否しました。パスワードの誤り、存在しないユーザー、またはブルート フォース保護によってロックされたユーザーが考えられます。クライアントには Direct Access Grants が許可されています（その確認が先に行われるため）。',
  'Provider: the user is disabled': 'プロバイダー: ユーザーが無効',
  'The user exists in the identity provider but is disabled there.': 'ユーザーは ID プロバイダーに存在しますが、そこで無効になっています。',
  'Provider: the account has pending required actions': 'プロバイダー: アカウントに未完了の必須アクションがある',
  'The user must first finish required actions in the identity provider (e.g. update the password, verify the e-mail address, set up OTP) by logging in once in a browser.':
    'ユーザーは先にブラウザーで一度ログインし、ID プロバイダーの必須アクション（パスワードの更新、メール アドレスの確認、OTP の設定など）を完了する必要があります。',
  "Provider: the plugin's client id or secret is wrong": 'プロバイダー: プラグインのクライアント ID またはシークレットが誤っている',
  'The identity provider does not accept the plugin\'s client id or client secret (older Keycloak says "Invalid client secret", newer "Invalid client or Invalid client credentials"). Copy the secret from the provider into the plugin configuration again.':
    'ID プロバイダーが、プラグインのクライアント ID またはクライアント シークレットを受け付けません（古い Keycloak では "Invalid client secret"、新しいものでは "Invalid client or Invalid client credentials"）。プロバイダーからシークレットをコピーし、プラグインの設定に入れ直してください。',
  'Provider: no client secret sent': 'プロバイダー: クライアント シークレットが送信されていない',
  'The client is confidential in the identity provider, but the plugin sent no client secret: enter it in the plugin configuration.':
    'ID プロバイダーではクライアントが confidential（機密クライアント）ですが、プラグインがクライアント シークレットを送信していません。プラグインの設定にシークレットを入力してください。',
  'Provider: the client requires user consent': 'プロバイダー: クライアントがユーザーの同意を要求している',
  "The client asks users for consent, which a password login cannot give: turn consent off for the plugin's client.":
    'クライアントがユーザーに同意を求めていますが、パスワードによるログインでは同意できません。プラグインのクライアントで同意を無効にしてください。',
};
