import type { Translations } from '../translations';
import { JA_MENU } from './menus';

/**
 * Japanese for the knowledge part a001-mail-oauth: each English prose text beside its Japanese.
 *
 * Glossary (Atlassian's Japanese documentation for Jira's terms, Microsoft's Japanese UI for Azure
 * and Exchange; a UI label is kept in English "quoted" or in a path, with the Japanese label beside
 * it where it is known):
 *   mail handler メール ハンドラー / incoming mail 受信メール / email channel メール チャンネル /
 *   mail server entry メール サーバー設定 / OAuth 2.0 integration OAuth 2.0 統合 /
 *   authorize 承認 (承認エンドポイント, トークン エンドポイント) / sign in サインイン / consent 同意 /
 *   admin consent 管理者の同意 / app registration アプリの登録 / client secret クライアント シークレット /
 *   scope スコープ / tenant テナント (シングル テナント, マルチテナント) / mailbox メールボックス /
 *   shared mailbox 共有メールボックス / Full Access フル アクセス許可 / licence ライセンス /
 *   Microsoft 365 admin center Microsoft 365 管理センター / Exchange admin center Exchange 管理センター /
 *   redirect URL リダイレクト URL / connection test 接続テスト / automated check 自動チェック /
 *   client credentials クライアント資格情報 (フロー) / application permission アプリケーションの許可 /
 *   delegated permission 委任されたアクセス許可 / refresh token リフレッシュ トークン /
 *   cause 原因 / solution 解決策 / worldwide ワールドワイド (Microsoft's "Office 365 ワールドワイド (+GCC)",
 *   learn.microsoft.com/ja-jp/microsoft-365/enterprise/connect-to-microsoft-365-powershell) /
 *   US Government 米国政府機関向け ("米国政府機関向け Azure AD", learn.microsoft.com/ja-jp/graph/deployments) /
 *   Atlassian アトラシアン. Microsoft's admin-center and Azure labels stay in English with the
 *   Japanese label beside them (those UIs run in either language too); Jira paths show JA_MENU beside the English.
 * Instructions are written in です/ます; exact strings (placeholders, `code`, quoted messages and
 * labels, URLs, scopes, -D properties, AADSTS codes, versions, paths) are kept as they are.
 */
export const ja: Translations = {
  // questions
  "Which kind of mail handler fails?":
    'どの種類のメール ハンドラーで失敗していますか?',
  "Set up under ⚙ > System > Incoming Mail.":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）で設定します。`,
  "A Jira mail handler":
    'Jira のメール ハンドラー',
  "Set up under Project settings > Email requests of a service project.":
    'サービス プロジェクトの Project settings > Email requests で設定します。',
  "A Jira Service Management email channel":
    'Jira Service Management のメール チャンネル',
  "The two kinds support different versions, protocols and Microsoft clouds, and show different errors.":
    '2 種類のハンドラーでは、対応するバージョン、プロトコル、Microsoft クラウドが異なり、表示されるエラーも異なります。',
  "A Jira mail handler is listed under ⚙ > System > Incoming Mail; a JSM email channel under Project settings > Email requests of the service project.":
    `Jira のメール ハンドラーは ⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）に、JSM のメール チャンネルはサービス プロジェクトの Project settings > Email requests に表示されます。`,
  "Which mail service hosts the mailbox?":
    'メールボックスはどのメール サービスにありますか?',
  "Microsoft 365 / Exchange Online (Outlook)":
    'Microsoft 365 / Exchange Online (Outlook)',
  "Google (Gmail, Google Workspace)":
    'Google (Gmail、Google Workspace)',
  "Another mail service":
    'その他のメール サービス',
  "Most known causes live in Microsoft 365: Azure app registrations, Exchange permissions and licences.":
    '既知の原因の多くは Microsoft 365 側（Azure のアプリの登録、Exchange の権限、ライセンス）にあります。',
  "The mail server entry under ⚙ > System > Incoming Mail (host name and service provider), or the email channel under Project settings > Email requests.":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）のメール サーバー設定（ホスト名とサービス プロバイダー）、または Project settings > Email requests のメール チャンネル。`,
  "Does the mail server entry use IMAP, POP or the Microsoft Graph API?":
    'メール サーバー設定で使用しているのは IMAP、POP、Microsoft Graph API のどれですか?',
  "Port 993 (or 143).":
    'ポート 993（または 143）。',
  "IMAP":
    'IMAP',
  "Port 995 (or 110).":
    'ポート 995（または 110）。',
  "POP":
    'POP',
  "Jira 9.17 and later, or a JSM email channel from 5.8.0: mail read with the app's own permissions, no mailbox sign-in.":
    'Jira 9.17 以降、または JSM 5.8.0 以降のメール チャンネル: アプリ自身の権限でメールを読み取り、メールボックスへのサインインは行いません。',
  "Microsoft Graph API":
    'Microsoft Graph API を使用',
  "POP with OAuth 2.0 works only from certain Jira versions and needs a special option; the scopes and the Exchange settings differ per protocol.":
    'OAuth 2.0 での POP は特定の Jira バージョン以降でのみ動作し、特別なオプションが必要です。スコープと Exchange の設定もプロトコルごとに異なります。',
  "⚙ > System > Incoming Mail: the Protocol column of the mail server (SECURE_IMAP or SECURE_POP).":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）: メール サーバーの Protocol 列（SECURE_IMAP または SECURE_POP）。`,
  "Project settings > Email requests: the email channel's details.":
    'Project settings > Email requests: メール チャンネルの詳細。',
  "Which Jira version runs (for example 8.20.4)?":
    '実行している Jira のバージョンは何ですか（例: 8.20.4）?',
  "OAuth 2.0 for mail, POP with OAuth 2.0 and the place of the OAuth 2.0 settings all depend on the Jira version.":
    'メールでの OAuth 2.0、OAuth 2.0 での POP、OAuth 2.0 設定の場所は、いずれも Jira のバージョンによって異なります。',
  "The footer of any Jira page, or ⚙ > System > System info.":
    'Jira の各ページのフッター、または ⚙ > System > System info。',
  "atlassian-jira.log prints the version when Jira starts.":
    'atlassian-jira.log には Jira の起動時にバージョンが出力されます。',
  "Which Jira Service Management version runs (for example 4.20.4)?":
    '実行している Jira Service Management のバージョンは何ですか（例: 4.20.4）?',
  "JSM email channels got OAuth 2.0 in 4.10.0, US Government clouds in 4.22.0 / 4.22.2, and the final multi-channel feature in 4.22.0.":
    'JSM のメール チャンネルは 4.10.0 で OAuth 2.0 に、4.22.0 / 4.22.2 で米国政府機関向けクラウドに対応し、4.22.0 で最終版のマルチチャンネル機能が入りました。',
  "⚙ > Manage apps > Manage apps: the version of Jira Service Management.":
    `⚙ > Manage apps > Manage apps（${JA_MENU.manageApps}）: Jira Service Management のバージョン。`,
  "Which Microsoft 365 plan family is the mailbox in?":
    'メールボックスはどの Microsoft 365 プランの系統にありますか?',
  "The usual case.":
    '通常はこちらです。',
  "Worldwide (commercial)":
    'ワールドワイド（商用）',
  "GCC runs in the worldwide cloud.":
    'GCC はワールドワイド クラウドで動作します。',
  "US Government Community Cloud (GCC)":
    '米国政府機関向け GCC（US Government Community Cloud）',
  "US Government GCC High":
    '米国政府機関向け GCC High',
  "US Government DoD":
    '米国政府機関向け DoD',
  "GCC High and DoD use other scopes, another mail host (outlook.office365.us) and another sign-in host, and need newer JSM versions.":
    'GCC High と DoD では、スコープ、メール ホスト（outlook.office365.us）、サインイン ホストが異なり、より新しい JSM バージョンが必要です。',
  "The Microsoft 365 admin knows the plan. Mailboxes read at outlook.office365.us are GCC High or DoD.":
    'プランは Microsoft 365 の管理者が把握しています。outlook.office365.us で読み取るメールボックスは GCC High または DoD です。',
  "App registrations at portal.azure.us (instead of portal.azure.com) belong to the US Government cloud.":
    'portal.azure.us（portal.azure.com ではなく）にあるアプリの登録は米国政府機関向けクラウドのものです。',
  "Which host name does the mail server entry use?":
    'メール サーバー設定ではどのホスト名を使用していますか?',
  "A GCC High or DoD mailbox must be read from outlook.office365.us, not outlook.office365.com.":
    'GCC High または DoD のメールボックスは、outlook.office365.com ではなく outlook.office365.us から読み取る必要があります。',
  "⚙ > System > Incoming Mail: the Host name of the mail server. For this cloud it should be {{var:mailHost}}.":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）: メール サーバーの Host name。このクラウドでは {{var:mailHost}} になっているはずです。`,
  "Copy the Scopes field of Jira's OAuth 2.0 integration with the mail provider, exactly as it is.":
    'メール プロバイダーとの Jira の OAuth 2.0 統合の Scopes フィールドを、そのままの形でコピーしてください。',
  "Wrong or missing scopes are the first thing Atlassian's article checks; for Microsoft 365 there is one exact set per cloud.":
    'アトラシアンの記事で最初に確認するのが、スコープの誤りや不足です。Microsoft 365 では、クラウドごとに決まったスコープの組み合わせが 1 つあります。',
  "{{var:oauthMenuPath}}: open the integration for the mail provider and copy the Scopes field.":
    '{{var:oauthMenuPath}}: メール プロバイダーの統合を開き、Scopes フィールドをコピーします。',
  "For comparison, the scopes Microsoft expects for this cloud: {{var:expectedScopes}}":
    '比較用に、このクラウドで Microsoft が求めるスコープ: {{var:expectedScopes}}',
  "Which supported account types does the app registration in Azure have?":
    'Azure のアプリの登録で、サポートされているアカウントの種類は何になっていますか?',
  "Accounts in this organizational directory only (single tenant)":
    'この組織ディレクトリのみに含まれるアカウント（シングル テナント）',
  "Accounts in any organizational directory (multitenant), with or without personal Microsoft accounts":
    '任意の組織ディレクトリ内のアカウント（マルチテナント）。個人用 Microsoft アカウントを含むかどうかは問いません',
  "Jira's default endpoints use the shared /common address, which a single-tenant app refuses.":
    'Jira の既定のエンドポイントは共通の /common アドレスを使用しますが、シングル テナントのアプリはこれを拒否します。',
  "Azure portal > App registrations > the app Jira uses > Authentication (or Overview): \"Supported account types\".":
    'Azure portal > App registrations（アプリの登録）> Jira が使用するアプリ > Authentication（認証）（または Overview（概要））: "Supported account types"（サポートされているアカウントの種類）。',
  "Copy the Authorization endpoint of Jira's OAuth 2.0 integration for Microsoft.":
    'Microsoft との Jira の OAuth 2.0 統合の Authorization endpoint（承認エンドポイント）をコピーしてください。',
  "A single-tenant app needs endpoints that name its tenant; GCC High and DoD sign in at login.microsoftonline.us.":
    'シングル テナントのアプリには、そのテナントを指定したエンドポイントが必要です。GCC High と DoD では login.microsoftonline.us でサインインします。',
  "{{var:oauthMenuPath}}: open the Microsoft integration and copy \"Authorization endpoint\".":
    '{{var:oauthMenuPath}}: Microsoft の統合を開き、"Authorization endpoint"（承認エンドポイント）をコピーします。',
  "Copy the Token endpoint of Jira's OAuth 2.0 integration for Microsoft.":
    'Microsoft との Jira の OAuth 2.0 統合の Token endpoint（トークン エンドポイント）をコピーしてください。',
  "The token endpoint must name the same tenant and the same cloud as the authorization endpoint.":
    'トークン エンドポイントは、承認エンドポイントと同じテナント、同じクラウドを指定している必要があります。',
  "{{var:oauthMenuPath}}: open the Microsoft integration and copy \"Token endpoint\".":
    '{{var:oauthMenuPath}}: Microsoft の統合を開き、"Token endpoint"（トークン エンドポイント）をコピーします。',
  "When does the client secret that Jira uses expire?":
    'Jira が使用するクライアント シークレットの有効期限はいつですか?',
  "Client secrets expire; from that day on Jira can no longer get tokens and the handler stops pulling mail.":
    'クライアント シークレットには有効期限があります。その日以降、Jira はトークンを取得できなくなり、ハンドラーはメールを取得しなくなります。',
  "Azure portal > App registrations > the app Jira uses > Certificates & secrets > Client secrets: the \"Expires\" column (an expired secret is marked as such).":
    'Azure portal > App registrations（アプリの登録）> Jira が使用するアプリ > Certificates & secrets（証明書とシークレット）> Client secrets（クライアント シークレット）: "Expires"（有効期限）列（期限切れのシークレットにはその旨が表示されます）。',
  "Is that expiry date the one of the secret Jira uses?":
    'その有効期限は、Jira が使用しているシークレットのものですか?',
  "Yes: its hint or Secret ID matches the secret entered in Jira":
    'はい: そのヒントまたはシークレット ID が、Jira に入力したシークレットと一致します',
  "No, or I can't tell: the app has several secrets":
    'いいえ、または判断できません: アプリに複数のシークレットがあります',
  "An app registration can hold several client secrets with different dates. Only the date of the secret Jira sends says whether Jira's secret has run out.":
    '1 つのアプリの登録に、有効期限の異なる複数のクライアント シークレットを登録できます。Jira のシークレットが期限切れかどうかは、Jira が送信するシークレットの日付でしかわかりません。',
  "Certificates & secrets > Client secrets lists each secret with its Description, Expires, a Value hint (its first characters) and its Secret ID. Compare the hint with the first characters of the client secret in {{var:oauthMenuPath}} (or ask whoever entered it).":
    'Certificates & secrets（証明書とシークレット）> Client secrets（クライアント シークレット）には、各シークレットの Description（説明）、Expires（有効期限）、Value のヒント（先頭の数文字）、Secret ID（シークレット ID）が表示されます。ヒントを {{var:oauthMenuPath}} のクライアント シークレットの先頭の数文字と比べてください（または入力した担当者に確認してください）。',
  "Did this mail handler fetch mail successfully before it stopped?":
    'このメール ハンドラーは、止まる前には正常にメールを取得していましたか?',
  "Something changed or ran out since: a secret, a token, a password.":
    'その後に何かが変わったか期限切れになっています（シークレット、トークン、パスワードなど）。',
  "Yes, it worked for a while and then stopped":
    'はい。しばらくは動作していましたが、その後止まりました',
  "No, it never worked: the setup itself fails":
    'いいえ。一度も動作していません（設定そのものが失敗します）',
  "A handler that used to work points at something that runs out or changes, such as the client secret or the stored authorization, more than at a mistake in the setup.":
    '以前は動作していたハンドラーの場合、設定の誤りよりも、クライアント シークレットや保存された承認など、期限切れや変更が起こるものが疑われます。',
  "⚙ > System > Incoming Mail (or the email channel): when did the handler last create an issue or comment from mail?":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）（またはメール チャンネル）: ハンドラーが最後にメールから課題やコメントを作成したのはいつですか?`,
  "atlassian-jira-incoming-mail.log: the last successful fetch and the first error after it.":
    'atlassian-jira-incoming-mail.log: 最後に成功した取得と、その後の最初のエラー。',
  "Is IMAP (or POP, whichever Jira uses) turned on for this mailbox?":
    'このメールボックスで IMAP（Jira が POP を使用している場合は POP）は有効になっていますか?',
  "Yes, it is on":
    'はい、有効です',
  "No, it is off":
    'いいえ、無効です',
  "Exchange can turn IMAP and POP off per mailbox; then no sign-in over that protocol works, OAuth or not.":
    'Exchange ではメールボックスごとに IMAP と POP を無効にできます。無効の場合、OAuth かどうかにかかわらず、そのプロトコルでのサインインはすべて失敗します。',
  "Microsoft 365 admin center > Users > Active users > the mailbox user > Mail > Manage email apps: the IMAP and POP boxes (menu names can differ between admin center versions). In PowerShell: Get-CASMailbox <mailbox> shows ImapEnabled and PopEnabled.":
    'Microsoft 365 管理センター > Users（ユーザー）> Active users（アクティブなユーザー）> メールボックスのユーザー > Mail（メール）> Manage email apps（メール アプリの管理）: IMAP と POP のチェック ボックス（メニュー名は管理センターのバージョンによって異なる場合があります）。PowerShell では Get-CASMailbox <mailbox> で ImapEnabled と PopEnabled が表示されます。',
  "For a Google mailbox: the mailbox's Gmail settings, Forwarding and POP/IMAP; in Google Workspace the administrator can also turn IMAP and POP off for the organization.":
    'Google のメールボックスの場合: そのメールボックスの Gmail の設定の [メール転送と POP/IMAP]。Google Workspace では、管理者が組織全体で IMAP と POP を無効にすることもできます。',
  "Microsoft Remote Connectivity Analyzer (usually at https://testconnectivity.microsoft.com; Atlassian's article gives no address), IMAP test: choose Modern Authentication (OAuth), sign in as the person who authorizes the mailbox in Jira, and put the mailbox address in \"Alternate mailbox\" if it is another one. A failure means IMAP is off for the mailbox or the person lacks Full Access on it. The tool is not available for GCC High.":
    'Microsoft Remote Connectivity Analyzer（通常は https://testconnectivity.microsoft.com。アトラシアンの記事にはアドレスの記載がありません）の IMAP テスト: Modern Authentication (OAuth) を選択し、Jira でメールボックスを承認するユーザーとしてサインインします。メールボックスのアドレスが異なる場合は "Alternate mailbox" に入力します。失敗する場合は、そのメールボックスで IMAP が無効になっているか、そのユーザーにフル アクセス許可がありません。このツールは GCC High では使用できません。',
  "Whose mailbox does the handler read, compared with the person who signs in to Microsoft to authorize it?":
    'ハンドラーが読み取るのは誰のメールボックスですか（承認のために Microsoft にサインインするユーザーと比べて）?',
  "The same account signs in and owns the mailbox.":
    'サインインするアカウントがメールボックスの所有者です。',
  "Their own mailbox":
    '本人のメールボックス',
  "Another user's mailbox":
    '別のユーザーのメールボックス',
  "A shared mailbox":
    '共有メールボックス',
  "Reading another user's or a shared mailbox works only when the person who authorizes has Full Access on it.":
    '別のユーザーのメールボックスや共有メールボックスを読み取れるのは、承認するユーザーにそのメールボックスへのフル アクセス許可がある場合だけです。',
  "The Username (mailbox address) of the mail server entry (⚙ > System > Incoming Mail) or of the email channel.":
    `メール サーバー設定（⚙ > System > Incoming Mail（${JA_MENU.incomingMail}））またはメール チャンネルの Username（メールボックスのアドレス）。`,
  "Exchange admin center > Recipients > Mailboxes (user mailboxes) or Recipients > Shared (shared mailboxes).":
    'Exchange 管理センター > Recipients（受信者）> Mailboxes（メールボックス）（ユーザー メールボックス）、または Recipients（受信者）> Shared（共有）（共有メールボックス）。',
  "Does the person who authorizes the mailbox have Full Access on it?":
    'メールボックスを承認するユーザーに、そのメールボックスへのフル アクセス許可がありますか?',
  "Yes, Full Access is granted":
    'はい、フル アクセス許可が付与されています',
  "No":
    'いいえ',
  "Without Full Access (a delegated permission), Microsoft lets the person sign in but not open the other mailbox.":
    'フル アクセス許可（委任されたアクセス許可）がないと、Microsoft はユーザーのサインインは許可しても、別のメールボックスを開くことは許可しません。',
  "https://outlook.office365.com/ecp > Recipients > Mailboxes (another user) or Recipients > Shared (shared mailbox) > edit the mailbox > Mail delegation > Full Access. In PowerShell: Get-MailboxPermission <mailbox>.":
    'https://outlook.office365.com/ecp > Recipients（受信者）> Mailboxes（メールボックス）（別のユーザーの場合）または Recipients（受信者）> Shared（共有）（共有メールボックスの場合）> メールボックスを編集 > Mail delegation（メールボックスの委任）> Full Access（フル アクセス）。PowerShell では Get-MailboxPermission <mailbox>。',
  "Microsoft Remote Connectivity Analyzer (usually at https://testconnectivity.microsoft.com; Atlassian's article gives no address), IMAP test with Modern Authentication (OAuth): sign in as the authorizing person and enter the mailbox as \"Alternate mailbox\". It fails when Full Access is missing. Not available for GCC High.":
    'Microsoft Remote Connectivity Analyzer（通常は https://testconnectivity.microsoft.com。アトラシアンの記事にはアドレスの記載がありません）で、Modern Authentication (OAuth) を使った IMAP テスト: 承認するユーザーとしてサインインし、メールボックスを "Alternate mailbox" に入力します。フル アクセス許可がないと失敗します。GCC High では使用できません。',
  "Does the mailbox's account have a Microsoft licence that includes the mailbox (Exchange Online)?":
    'メールボックスのアカウントに、メールボックス（Exchange Online）を含む Microsoft のライセンスがありますか?',
  "Yes, it is licensed":
    'はい、ライセンスがあります',
  "No licence":
    'ライセンスがありません',
  "An account without a licence that covers Exchange Online cannot use its mailbox over IMAP or POP.":
    'Exchange Online を含むライセンスがないアカウントは、IMAP や POP でメールボックスを使用できません。',
  "https://portal.azure.com > Users > the account > Licenses > Assignments.":
    'https://portal.azure.com > Users（ユーザー）> 対象のアカウント > Licenses（ライセンス）> Assignments（割り当て）。',
  "Has Microsoft refused the app's client secret as expired (error AADSTS7000222)?":
    'Microsoft は、アプリのクライアント シークレットを期限切れとして拒否しましたか（エラー AADSTS7000222）?',
  "Yes, it says the secret keys are expired":
    'はい、シークレット キーの期限切れと表示されます',
  "No, a token was issued with it":
    'いいえ、そのシークレットでトークンが発行されました',
  "JSM hides an expired secret behind \"OAuth token not defined for connection\"; asking Microsoft for a token with the secret shows it plainly.":
    'JSM では期限切れのシークレットが "OAuth token not defined for connection" の陰に隠れてしまいます。そのシークレットで Microsoft にトークンを要求すると、はっきりわかります。',
  "The automated check \"Azure app registration and its secret\" asks Microsoft for a token with the secret. Or in the Azure portal: App registrations > the app > Certificates & secrets, the Expires column.":
    '自動チェック "Azure app registration and its secret"（Azure のアプリの登録とシークレット）が、そのシークレットで Microsoft にトークンを要求します。または Azure portal の App registrations（アプリの登録）> 対象のアプリ > Certificates & secrets（証明書とシークレット）の Expires（有効期限）列を確認します。',
  "Does the mailbox open in Outlook on the web for the account that authorizes it in Jira?":
    'Jira で承認するアカウントで、メールボックスが Outlook on the web で開きますか?',
  "Yes, it opens and shows the mail":
    'はい、開いてメールが表示されます',
  "No, it does not open (an error, or access denied)":
    'いいえ、開きません（エラーまたはアクセス拒否）',
  "Exchange refuses the sign-in with the same words (\"AUTHENTICATE failed.\") when IMAP or POP is off for the mailbox, when the authorizing account has no Full Access on it, and when the mailbox has no licence. Outlook on the web tells them apart: it opens the mailbox when the access and the licence are in order, so only the protocol switch is left.":
    'メールボックスで IMAP や POP が無効な場合も、承認するアカウントにフル アクセス許可がない場合も、メールボックスにライセンスがない場合も、Exchange は同じ文言（"AUTHENTICATE failed."）でサインインを拒否します。Outlook on the web なら区別できます。アクセス権とライセンスに問題がなければメールボックスが開くので、残るのはプロトコルのスイッチだけです。',
  "Sign in at https://outlook.office.com as the account that authorizes the mailbox in Jira. For another user's or a shared mailbox, open your profile picture > Open another mailbox, and enter the mailbox address.":
    'Jira でメールボックスを承認するアカウントで https://outlook.office.com にサインインします。別のユーザーのメールボックスや共有メールボックスの場合は、プロフィール画像 > Open another mailbox（別のメールボックスを開く）を選択し、メールボックスのアドレスを入力します。',
  "Does the mailbox have a folder named exactly \"Inbox\" (in English)?":
    'メールボックスに、英語で正確に "Inbox" という名前のフォルダーがありますか?',
  "Yes":
    'はい',
  "No: the inbox has a translated name (the mailbox language is not English)":
    'いいえ: 受信トレイの名前が翻訳されています（メールボックスの言語が英語ではありません）',
  "A JSM bug (JSDSERVER-7058) makes the setup fail when no folder is literally called \"Inbox\".":
    'JSM の不具合（JSDSERVER-7058）により、文字どおり "Inbox" という名前のフォルダーがないとセットアップが失敗します。',
  "Open the mailbox in Outlook on the web and look at the folder list; the mailbox language is under Settings > General > Language and time.":
    'Outlook on the web でメールボックスを開き、フォルダー一覧を確認します。メールボックスの言語は Settings（設定）> General（全般）> Language and time（言語と時刻）で確認できます。',
  "Do Client Access Rules (Exchange Server, or an Exchange Online tenant before September 2025) allow IMAP4?":
    'クライアント アクセス ルール（Exchange Server、または 2025 年 9 月より前の Exchange Online テナント）で IMAP4 は許可されていますか?',
  "Yes, IMAP4 is allowed (or there are no Client Access Rules)":
    'はい、IMAP4 は許可されています（またはクライアント アクセス ルールがありません）',
  "No, IMAP4 is missing from the rules":
    'いいえ、ルールに IMAP4 が含まれていません',
  "When Client Access Rules exist but leave out IMAP4, the sign-in succeeds and opening the mailbox fails (\"User is authenticated but not connected\"). Exchange Online retired these rules in September 2025.":
    'クライアント アクセス ルールがあっても IMAP4 が含まれていない場合、サインインは成功しますが、メールボックスを開くところで失敗します（"User is authenticated but not connected"）。Exchange Online では 2025 年 9 月にこのルールが廃止されました。',
  "Exchange Online PowerShell: Get-ClientAccessRule lists the rules and the protocols each one covers.":
    'Exchange Online PowerShell: Get-ClientAccessRule でルールと各ルールの対象プロトコルが一覧表示されます。',
  "Can the Jira node reach the mail server on the protocol's port and get the server's greeting?":
    'Jira ノードからプロトコルのポートでメール サーバーに接続し、サーバーのグリーティングを受け取れますか?',
  "Yes, the mail server answers from the Jira node":
    'はい、Jira ノードからメール サーバーが応答します',
  "No, the connection is refused or times out":
    'いいえ、接続が拒否されるかタイムアウトします',
  "A firewall between Jira and the mail server breaks every connection test. A \"yes\" does not rule a firewall out completely: Atlassian warns that an open port is not proof that the protocol passes, and Jira also needs HTTPS to the sign-in host and to its own base URL.":
    'Jira とメール サーバーの間のファイアウォールは、あらゆる接続テストを失敗させます。"yes"（はい）と答えた場合でもファイアウォールを完全に除外できるわけではありません。アトラシアンは、ポートが開いていてもプロトコルが通る証明にはならないと注意しています。また、Jira にはサインイン ホストと自身のベース URL への HTTPS 接続も必要です。',
  "On the Jira node: openssl s_client -connect {{var:mailServer}}:{{var:mailTlsPort}} -crlf -quiet should print the server greeting (for Microsoft: \"* OK The Microsoft Exchange IMAP4 service is ready\" or \"+OK The Microsoft Exchange POP3 service is ready\"). A bare telnet connection is not enough.":
    'Jira ノードで openssl s_client -connect {{var:mailServer}}:{{var:mailTlsPort}} -crlf -quiet を実行すると、サーバーのグリーティング（Microsoft の場合は "* OK The Microsoft Exchange IMAP4 service is ready" または "+OK The Microsoft Exchange POP3 service is ready"）が表示されるはずです。telnet で接続できるだけでは不十分です。',
  "The firewall team can check the rules for {{var:mailPorts}} from the Jira nodes.":
    'ファイアウォール チームは、Jira ノードからの {{var:mailPorts}} のルールを確認できます。',
  "Is \"Use two line authentication format\" ticked on the POP mail server?":
    'POP メール サーバーで "Use two line authentication format" にチェックが入っていますか?',
  "Yes, it is ticked":
    'はい、チェックが入っています',
  "Microsoft answers a one-line POP OAuth login with \"Protocol error. Connection is closed. 10\".":
    '1 行形式の POP の OAuth ログインに対して、Microsoft は "Protocol error. Connection is closed. 10" と応答します。',
  "⚙ > System > Incoming Mail > edit the POP mail server: the \"Use two line authentication format\" box.":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）> POP メール サーバーを編集: "Use two line authentication format" チェック ボックス。`,
  "When the mailbox was authorized, did the browser sign in to Microsoft as the intended account?":
    'メールボックスを承認したとき、ブラウザーは意図したアカウントで Microsoft にサインインしましたか?',
  "Yes, I saw the intended account":
    'はい、意図したアカウントが表示されました',
  "No, it used another (remembered) account":
    'いいえ、（記憶されていた）別のアカウントが使われました',
  "A browser can silently reuse another Microsoft account; the authorization then succeeds for the wrong user, who may not reach the mailbox.":
    'ブラウザーは別の Microsoft アカウントを黙って再利用することがあります。その場合、承認は誤ったユーザーで成功し、そのユーザーはメールボックスにアクセスできないことがあります。',
  "Authorize again in a private (incognito) window and watch which account the Microsoft sign-in page shows; or check the sign-in logs of the app in Microsoft Entra ID.":
    'プライベート（シークレット）ウィンドウで承認をやり直し、Microsoft のサインイン ページにどのアカウントが表示されるかを確認します。または Microsoft Entra ID でアプリのサインイン ログを確認します。',
  "Is the beta of multiple email channels (dark feature sd.multi.incoming.email.support.enabled) switched on?":
    '複数メール チャンネルのベータ版（ダーク機能 sd.multi.incoming.email.support.enabled）は有効になっていますか?',
  "Yes, the dark feature is on":
    'はい、ダーク機能が有効です',
  "The JSM 4.18 beta of multiple email channels cannot set up a second channel with OAuth 2.0.":
    'JSM 4.18 の複数メール チャンネルのベータ版では、2 つ目のチャンネルを OAuth 2.0 で設定できません。',
  "<Jira base URL>/secure/admin/SiteDarkFeatures!default.jspa lists the enabled dark features.":
    '<Jira base URL>/secure/admin/SiteDarkFeatures!default.jspa に、有効なダーク機能が一覧表示されます。',
  "How many email channels of the project use OAuth 2.0?":
    'プロジェクトのメール チャンネルのうち、OAuth 2.0 を使用しているのはいくつですか?',
  "With the beta, the second and later OAuth 2.0 channels fail.":
    'ベータ版では、2 つ目以降の OAuth 2.0 チャンネルが失敗します。',
  "Project settings > Email requests: count the channels whose authentication is OAuth 2.0.":
    'Project settings > Email requests: 認証が OAuth 2.0 のチャンネルの数を数えます。',
  "Does Jira run on more than one node behind a load balancer?":
    'Jira はロード バランサーの背後で複数のノードで動作していますか?',
  "Yes, several nodes (Data Center cluster)":
    'はい、複数のノードです（Data Center クラスター）',
  "No, a single node":
    'いいえ、単一ノードです',
  "On a cluster, the person setting up the handler must stay on one node from the start of the authorization to the end.":
    'クラスターでは、ハンドラーを設定する担当者が、承認の開始から終了まで 1 つのノードにとどまる必要があります。',
  "⚙ > System > Clustering lists the nodes (Data Center only).":
    '⚙ > System > Clustering にノードが一覧表示されます（Data Center のみ）。',
  "Is the licence Data Center or Server?":
    'ライセンスは Data Center ですか、Server ですか?',
  "Data Center":
    'Data Center',
  "Server":
    'Server',
  "JSM supports GCC High and DoD mailboxes from 4.22.0 with a Data Center licence, but only from 4.22.2 with a Server licence.":
    'JSM が GCC High と DoD のメールボックスに対応するのは、Data Center ライセンスでは 4.22.0 から、Server ライセンスでは 4.22.2 からです。',
  "⚙ > Applications > Versions & licenses: the licence type.":
    '⚙ > Applications > Versions & licenses: ライセンスの種類。',
  "Does the load balancer keep each user's session on one node (sticky sessions)?":
    'ロード バランサーは各ユーザーのセッションを 1 つのノードに固定していますか（スティッキー セッション）?',
  "Yes, sessions are sticky":
    'はい、セッションは固定されています',
  "No, requests of one session go to different nodes":
    'いいえ、1 つのセッションのリクエストが別々のノードに送られます',
  "If the browser lands on another node after signing in to Microsoft, that node knows nothing of the authorization and the setup fails.":
    'Microsoft へのサインイン後にブラウザーが別のノードに着くと、そのノードは承認について何も知らないため、セットアップは失敗します。',
  "Record a HAR file (browser developer tools > Network) while authorizing the mailbox, then look at the X-ANODEID response header of each request: it must be the same node from the start to the end. A request that lands on another node (especially right after the sign-in) shows the problem.":
    'メールボックスの承認中に HAR ファイルを記録し（ブラウザーの開発者ツール > ネットワーク）、各リクエストの X-ANODEID レスポンス ヘッダーを確認します。最初から最後まで同じノードである必要があります。別のノードに着いたリクエスト（特にサインイン直後）があれば、それが問題を示しています。',
  "The load balancer's configuration: cookie-based session affinity (for example on JSESSIONID or the balancer's own cookie).":
    'ロード バランサーの設定: Cookie ベースのセッション アフィニティ（例: JSESSIONID やロード バランサー独自の Cookie）。',
  "Does the load balancer send REST API traffic (/rest/…) to a dedicated node?":
    'ロード バランサーは REST API のトラフィック（/rest/…）を専用のノードに送っていますか?',
  "Yes, REST calls go to a dedicated node":
    'はい、REST 呼び出しは専用のノードに送られます',
  "The browser itself calls Jira's REST API during the setup; those calls must stay on the user's node.":
    'セットアップ中にはブラウザー自身が Jira の REST API を呼び出します。これらの呼び出しはユーザーのノードにとどまる必要があります。',
  "Rules that route paths starting with /rest/ to particular nodes.":
    '/rest/ で始まるパスを特定のノードに振り分けるルール。',
  "With REST pinned to a node, do the browser's own REST calls still stay on the user's node?":
    'REST をノードに固定している場合でも、ブラウザー自身の REST 呼び出しはユーザーのノードにとどまっていますか?',
  "Yes, only external REST clients go to the dedicated node":
    'はい、専用ノードに送られるのは外部の REST クライアントだけです',
  "No, all /rest/ calls go to the dedicated node":
    'いいえ、すべての /rest/ 呼び出しが専用ノードに送られます',
  "Only external integrations should be sent to the REST node; calls from a signed-in browser session belong to its node.":
    'REST ノードに送るべきなのは外部連携だけです。サインイン済みのブラウザー セッションからの呼び出しは、そのセッションのノードで処理する必要があります。',
  "The REST routing rule: does it also match requests that carry the user's session cookie (browser calls)? If so, it moves them off the user's node.":
    'REST の振り分けルール: ユーザーのセッション Cookie を持つリクエスト（ブラウザーからの呼び出し）にも一致しますか? 一致する場合、そのルールはリクエストをユーザーのノードから移してしまいます。',
  "Is the inbox flooded with a large number of messages (for example a storm of delivery-failure mails)?":
    '受信トレイに大量のメッセージ（配信不能通知の大量発生など）が押し寄せていますか?',
  "Yes, a huge number keeps arriving":
    'はい、膨大な数が届き続けています',
  "No, a normal amount":
    'いいえ、通常の量です',
  "The connection test can time out when the inbox holds a very large number of messages.":
    '受信トレイのメッセージ数が非常に多いと、接続テストがタイムアウトすることがあります。',
  "Open the mailbox in Outlook on the web and look at the number of messages in the inbox.":
    'Outlook on the web でメールボックスを開き、受信トレイのメッセージ数を確認します。',
  "How many messages are in the inbox?":
    '受信トレイのメッセージは何件ですか?',
  "A connection test that times out on a very full inbox points at the flood; from about 100,000 messages in one folder Exchange opens it slowly.":
    '非常に多くのメッセージがある受信トレイで接続テストがタイムアウトする場合は、大量のメールが原因と考えられます。1 つのフォルダーに約 100,000 件を超えるメッセージがあると、Exchange はそのフォルダーを開くのが遅くなります。',
  "Open the mailbox in Outlook on the web: the inbox shows its number of items; or in Exchange Online PowerShell: Get-MailboxFolderStatistics <mailbox> -FolderScope Inbox (ItemsInFolder).":
    'Outlook on the web でメールボックスを開くと、受信トレイにアイテム数が表示されます。または Exchange Online PowerShell: Get-MailboxFolderStatistics <mailbox> -FolderScope Inbox（ItemsInFolder）。',
  "Paste Jira's JVM input arguments (the whole line).":
    'Jira の JVM 入力引数（行全体）を貼り付けてください。',
  "Proxy settings such as -Dhttps.proxyHost can block the token request to Microsoft.":
    '-Dhttps.proxyHost などのプロキシ設定によって、Microsoft へのトークン リクエストがブロックされることがあります。',
  "⚙ > System > System info: the \"JVM Input Arguments\" row (system administrators only).":
    '⚙ > System > System info: "JVM Input Arguments" 行（システム管理者のみ）。',
  "<JIRA_INSTALL>/bin/setenv.sh (setenv.bat on Windows): JVM_SUPPORT_RECOMMENDED_ARGS; for a Windows service, the Java tab of the Tomcat service settings.":
    '<JIRA_INSTALL>/bin/setenv.sh（Windows では setenv.bat）: JVM_SUPPORT_RECOMMENDED_ARGS。Windows サービスの場合は、Tomcat サービス設定の [Java] タブ。',
  "atlassian-jira.log lists the JVM input arguments when Jira starts.":
    'atlassian-jira.log には、Jira の起動時に JVM 入力引数が一覧表示されます。',
  "Has an administrator granted consent for the app's Microsoft Graph permissions?":
    'アプリの Microsoft Graph のアクセス許可に対して、管理者が同意を与えていますか?',
  "Yes: \"Granted for <organization>\" shows next to each permission":
    'はい: 各アクセス許可の横に "Granted for <organization>"（<organization> に付与されました）と表示されます',
  "No, or \"Not granted\" shows":
    'いいえ、または "Not granted"（付与されていません）と表示されます',
  "Application permissions only take effect once an administrator grants consent for the whole organization.":
    'アプリケーションの許可は、管理者が組織全体に対して同意を与えて初めて有効になります。',
  "App registrations > the app Jira uses > API permissions: the Status column of each permission.":
    'App registrations（アプリの登録）> Jira が使用するアプリ > API permissions（API のアクセス許可）: 各アクセス許可の Status（状態）列。',
  "Does the app have the Microsoft Graph application permission Mail.ReadWrite?":
    'アプリに Microsoft Graph のアプリケーションの許可 Mail.ReadWrite がありますか?',
  "Yes, Mail.ReadWrite of type Application":
    'はい、種類が Application（アプリケーション）の Mail.ReadWrite があります',
  "No, or only as a Delegated permission":
    'いいえ、または Delegated（委任）のアクセス許可としてのみあります',
  "Reading mail with client credentials needs application permissions; delegated ones do not apply without a signed-in user.":
    'クライアント資格情報でメールを読み取るにはアプリケーションの許可が必要です。委任されたアクセス許可は、サインインしたユーザーがいないと適用されません。',
  "App registrations > the app Jira uses > API permissions: Microsoft Graph, type Application, Mail.ReadWrite (and User.Read.All).":
    'App registrations（アプリの登録）> Jira が使用するアプリ > API permissions（API のアクセス許可）: Microsoft Graph、種類 Application（アプリケーション）、Mail.ReadWrite（および User.Read.All）。',
  "If Exchange limits which mailboxes the app may open (an application access policy), is this mailbox among them?":
    'Exchange でアプリが開けるメールボックスを制限している場合（アプリケーション アクセス ポリシー）、このメールボックスはその対象に含まれていますか?',
  "Yes, or there is no such limit":
    'はい、またはそのような制限はありません',
  "No: the policy leaves this mailbox out":
    'いいえ: ポリシーの対象からこのメールボックスが外れています',
  "An application access policy can keep an app with Mail.ReadWrite out of every mailbox outside a chosen group.":
    'アプリケーション アクセス ポリシーにより、Mail.ReadWrite を持つアプリでも、選んだグループ以外のメールボックスにはまったくアクセスできなくなることがあります。',
  "Exchange Online PowerShell: Get-ApplicationAccessPolicy lists the policies; Test-ApplicationAccessPolicy -Identity <mailbox> -AppId <client id> says whether the app may open the mailbox.":
    'Exchange Online PowerShell: Get-ApplicationAccessPolicy でポリシーが一覧表示されます。Test-ApplicationAccessPolicy -Identity <mailbox> -AppId <client id> で、アプリがそのメールボックスを開けるかどうかがわかります。',
  "Is the Redirect URL shown in Jira's integration registered exactly (same host, path and case) as a Redirect URI of the app?":
    'Jira の統合に表示されるリダイレクト URL は、アプリのリダイレクト URI として完全に同じ形（ホスト、パス、大文字と小文字も同じ）で登録されていますか?',
  "Yes, exactly the same":
    'はい、完全に同じです',
  "No, or it differs (another host, http instead of https, a changed base URL)":
    'いいえ、または異なります（別のホスト、https ではなく http、変更されたベース URL）',
  "Microsoft refuses the sign-in (AADSTS50011) when the address Jira sends it back to is not registered in the app.":
    'Jira が戻り先として送るアドレスがアプリに登録されていない場合、Microsoft はサインインを拒否します（AADSTS50011）。',
  "{{var:oauthMenuPath}}: the Redirect URL at the bottom of the integration.":
    '{{var:oauthMenuPath}}: 統合の下部にあるリダイレクト URL。',
  "App registrations > the app > Authentication > Platform configurations > Web > Redirect URIs.":
    'App registrations（アプリの登録）> 対象のアプリ > Authentication（認証）> Platform configurations（プラットフォーム構成）> Web > Redirect URIs（リダイレクト URI）。',
  "What is Jira's Base URL (as set in Jira), for example https://jira.example.com?":
    'Jira のベース URL（Jira に設定されているもの）は何ですか（例: https://jira.example.com）?',
  "OAuth 2.0 integrations need Jira served over HTTPS and a Base URL that is the address people really use: the Redirect URL is built from it.":
    'OAuth 2.0 統合には、Jira が HTTPS で提供されていること、そしてベース URL がユーザーが実際に使うアドレスであることが必要です。リダイレクト URL はベース URL から作られます。',
  "⚙ > System > General configuration: Base URL.":
    `⚙ > System > General configuration（${JA_MENU.generalConfiguration}）: Base URL（ベース URL）。`,
  "Has the password of the account that authorized the mailbox changed since the authorization (or was the account reset)?":
    'メールボックスを承認したアカウントのパスワードは、承認後に変更されましたか（またはアカウントがリセットされましたか）?',
  "Yes, it changed":
    'はい、変更されました',
  "A password change can revoke the authorization Jira stored; Jira then needs the mailbox authorized again.":
    'パスワードを変更すると、Jira が保存した承認が取り消されることがあります。その場合、Jira でメールボックスを承認し直す必要があります。',
  "Microsoft Entra admin center > Users > the account: its audit log shows password changes and resets.":
    'Microsoft Entra 管理センター > Users（ユーザー）> 対象のアカウント: 監査ログにパスワードの変更とリセットが表示されます。',
  "Paste the error messages shown in Jira (connection test, OAuth 2.0 page, email channel) or found in the logs, one per line.":
    'Jira に表示された（接続テスト、OAuth 2.0 ページ、メール チャンネル）またはログにあったエラー メッセージを、1 行に 1 つずつ貼り付けてください。',
  "Several errors point straight at one or two causes, such as AADSTS7000222 (expired client secret) or \"Protocol error. Connection is closed. 10\" (POP).":
    'AADSTS7000222（クライアント シークレットの期限切れ）や "Protocol error. Connection is closed. 10"（POP）のように、1 つか 2 つの原因を直接示すエラーがいくつかあります。',
  "The message shown after \"Test Connection\" in ⚙ > System > Incoming Mail, after the authorization in {{var:oauthMenuPath}}, or next to the email channel in Project settings > Email requests.":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）で "Test Connection" を実行した後、{{var:oauthMenuPath}} で承認した後、または Project settings > Email requests のメール チャンネルの横に表示されるメッセージ。`,
  "<JIRA_HOME>/log/atlassian-jira-incoming-mail.log and <JIRA_HOME>/log/atlassian-jira.log, around the time of the test.":
    'テストを行った時刻前後の <JIRA_HOME>/log/atlassian-jira-incoming-mail.log と <JIRA_HOME>/log/atlassian-jira.log。',

  // causes
  "This version cannot use OAuth 2.0 for incoming mail":
    'このバージョンでは受信メールに OAuth 2.0 を使用できない',
  "Mail handlers sign in with OAuth 2.0 from Jira 8.10.0 and JSM 4.10.0 on. Older versions only offer a password, which Microsoft 365 no longer accepts.":
    'メール ハンドラーが OAuth 2.0 でサインインできるのは Jira 8.10.0 および JSM 4.10.0 以降です。それより前のバージョンではパスワードしか使えず、Microsoft 365 はパスワードをもう受け付けません。',
  "Jira {{fact:jira.version}} is older than 8.10.0, the first version whose mail handlers (and JSM email channels) can sign in with OAuth 2.0.":
    'Jira {{fact:jira.version}} は、メール ハンドラー（および JSM のメール チャンネル）が OAuth 2.0 でサインインできる最初のバージョンである 8.10.0 より古いバージョンです。',
  "JSM {{fact:jsm.version}} is older than 4.10.0, the first version whose email channels can sign in with OAuth 2.0.":
    'JSM {{fact:jsm.version}} は、メール チャンネルが OAuth 2.0 でサインインできる最初のバージョンである 4.10.0 より古いバージョンです。',
  "JSM {{fact:jsm.version}} runs on a Jira older than 8.10.0 (JSM 4.x ships with Jira 8.x of the same minor version): neither its email channels nor the Jira mail handlers can sign in with OAuth 2.0.":
    'JSM {{fact:jsm.version}} は 8.10.0 より古い Jira で動作しています（JSM 4.x は同じマイナー バージョンの Jira 8.x と一緒に提供されます）。メール チャンネルも Jira のメール ハンドラーも OAuth 2.0 でサインインできません。',
  "Jira {{fact:jira.version}} supports OAuth 2.0 for its mail handlers.":
    'Jira {{fact:jira.version}} は、メール ハンドラーで OAuth 2.0 に対応しています。',
  "A version at or past the release that brought the feature proves it is there; nothing else about this cause depends on the setup.":
    'その機能が入ったリリース以降のバージョンであれば、機能があることが証明されます。この原因は、ほかの設定には左右されません。',
  "Jira {{fact:jira.version}} supports OAuth 2.0 for its mail handlers, and so does the JSM that runs on it (4.10.0 and later) for its email channels.":
    'Jira {{fact:jira.version}} はメール ハンドラーで OAuth 2.0 に対応しており、その上で動作する JSM（4.10.0 以降）もメール チャンネルで対応しています。',
  "JSM 4.x ships with the Jira 8.x of the same minor version, so a Jira of 8.10.0 or later carries a JSM of 4.10.0 or later; the version decides this cause on its own.":
    'JSM 4.x は同じマイナー バージョンの Jira 8.x と一緒に提供されるため、Jira 8.10.0 以降には JSM 4.10.0 以降が含まれます。この原因はバージョンだけで判断できます。',
  "JSM {{fact:jsm.version}} supports OAuth 2.0 for its email channels.":
    'JSM {{fact:jsm.version}} は、メール チャンネルで OAuth 2.0 に対応しています。',
  "Jira {{fact:jira.version}} and JSM {{fact:jsm.version}} both support OAuth 2.0 for incoming mail.":
    'Jira {{fact:jira.version}} と JSM {{fact:jsm.version}} は、どちらも受信メールの OAuth 2.0 に対応しています。',
  "Upgrade to a version with OAuth 2.0 for mail":
    'メール用の OAuth 2.0 に対応したバージョンにアップグレードする',
  "Upgrade Jira to 8.10.0 or later (JSM to 4.10.0 or later). Prefer a current long-term-support release: the fixes below came later still.":
    'Jira を 8.10.0 以降（JSM を 4.10.0 以降）にアップグレードします。現在の長期サポート リリースをお勧めします。以下の修正はさらに後のバージョンで入っています。',
  "For POP with OAuth 2.0 the Jira mail handler needs 8.5.12 or later on the 8.5 line, 8.13.4 or later on the 8.13 line, or 8.15.0 and later.":
    'OAuth 2.0 で POP を使う場合、Jira のメール ハンドラーには 8.5 系なら 8.5.12 以降、8.13 系なら 8.13.4 以降、または 8.15.0 以降が必要です。',
  "For a GCC High or DoD mailbox in a JSM email channel, JSM needs 4.22.0 (Data Center licence) or 4.22.2 (Server licence).":
    'JSM のメール チャンネルで GCC High または DoD のメールボックスを使う場合、JSM 4.22.0（Data Center ライセンス）または 4.22.2（Server ライセンス）が必要です。',
  "After the upgrade, set up the OAuth 2.0 integration under {{var:oauthMenuPathAfterUpgrade}} and authorize the mailbox in {{var:incomingMailPath}}.":
    'アップグレード後、{{var:oauthMenuPathAfterUpgrade}} で OAuth 2.0 統合を設定し、{{var:incomingMailPath}} でメールボックスを承認します。',
  "Wrong scopes in Jira's OAuth 2.0 integration":
    'Jira の OAuth 2.0 統合のスコープが誤っている',
  "The scopes tell Microsoft what Jira may do with the mailbox. If they name the wrong cloud, miss the IMAP or POP permission, or lack offline_access, the sign-in or the mail connection fails.":
    'スコープは、Jira がメールボックスに対して何をしてよいかを Microsoft に伝えます。スコープが誤ったクラウドを指定している、IMAP や POP の権限が欠けている、または offline_access がない場合、サインインやメール接続が失敗します。',
  "The scopes configured in Jira are wrong: {{detail}}.":
    'Jira に設定されているスコープが誤っています: {{detail}}。',
  "The scopes name Microsoft Graph, but this Jira reads mail over IMAP or POP, which need the Exchange Online scopes. Reading mail through Graph needs Jira 9.17 or later (JSM 5.8.0 or later for email channels), set up with the Graph API.":
    'スコープは Microsoft Graph を指定していますが、この Jira は IMAP または POP でメールを読み取るため、Exchange Online のスコープが必要です。Graph でメールを読み取るには、Jira 9.17 以降（メール チャンネルでは JSM 5.8.0 以降）で Graph API を使う設定が必要です。',
  "Microsoft rejected the scope string itself (AADSTS70011).":
    'Microsoft がスコープ文字列そのものを拒否しました（AADSTS70011）。',
  "The mail server refused the sign-in; wrong scopes are one of the usual reasons.":
    'メール サーバーがサインインを拒否しました。スコープの誤りはよくある理由の 1 つです。',
  "The POP server refused the sign-in; wrong scopes are one of the usual reasons.":
    'POP サーバーがサインインを拒否しました。スコープの誤りはよくある理由の 1 つです。',
  "JSM reports that it has no OAuth token; wrong scopes can cause this.":
    'JSM は OAuth トークンがないと報告しています。スコープの誤りが原因となることがあります。',
  "The handler reads mail through Microsoft Graph with the app's application permissions; the IMAP and POP scopes do not apply.":
    'ハンドラーはアプリのアプリケーションの許可を使って Microsoft Graph でメールを読み取ります。IMAP と POP のスコープは関係ありません。',
  "On the Graph path the permissions come from the app registration, not from a scope string; the Graph causes cover them.":
    'Graph の経路では、権限はスコープ文字列ではなくアプリの登録から来ます。それらは Graph に関する原因で扱います。',
  "The scopes in Jira match what Microsoft expects for this cloud and protocol.":
    'Jira のスコープは、このクラウドとプロトコルで Microsoft が求めるものと一致しています。',
  "The scope string was compared word for word with the exact set Atlassian and Microsoft document for this cloud and protocol; scopes are text, so a match is proof.":
    'スコープ文字列を、このクラウドとプロトコルについてアトラシアンと Microsoft が文書化している正確な組み合わせと一語ずつ比較しました。スコープは文字列なので、一致すれば証明になります。',
  "After the upgrade to a version with OAuth 2.0 for mail:":
    'メール用の OAuth 2.0 に対応したバージョンへのアップグレード後:',
  "After the upgrade (or with the workaround):":
    'アップグレード後（または回避策の適用後）:',
  "Set the scopes Microsoft expects":
    'Microsoft が求めるスコープを設定する',
  "Open the Microsoft integration under {{var:oauthMenuPath}} and edit its Scopes field.":
    '{{var:oauthMenuPath}} で Microsoft の統合を開き、Scopes フィールドを編集します。',
  "For Microsoft 365 worldwide (GCC included), replace the scopes with exactly:":
    'Microsoft 365 のワールドワイド（GCC を含む）では、スコープを正確に次の値に置き換えます:',
  "For US Government GCC High or DoD, replace the scopes with exactly:":
    '米国政府機関向けの GCC High または DoD では、スコープを正確に次の値に置き換えます:',
  "Save, then authorize the mailbox again in {{var:incomingMailPath}} so that Jira gets a token with the new scopes, and run the connection test.":
    '保存してから、Jira が新しいスコープのトークンを取得できるよう {{var:incomingMailPath}} でメールボックスを再度承認し、接続テストを実行します。',
  "If the email channel uses the Microsoft Graph API (JSM 5.8.0 and later), it needs the Graph permissions from Atlassian's Graph set-up guide instead of the IMAP and POP scopes.":
    'メール チャンネルが Microsoft Graph API（JSM 5.8.0 以降）を使う場合は、IMAP と POP のスコープではなく、アトラシアンの Graph 設定ガイドにある Graph のアクセス許可が必要です。',
  "Set the scopes the mail provider documents":
    'メール プロバイダーが文書化しているスコープを設定する',
  "Open the integration under {{var:oauthMenuPath}} and compare its Scopes field with the scopes the provider's documentation gives for IMAP or POP access with OAuth 2.0, including the one that grants a refresh token.":
    '{{var:oauthMenuPath}} で統合を開き、その Scopes フィールドを、OAuth 2.0 での IMAP または POP アクセスについてプロバイダーのドキュメントに記載されているスコープ（リフレッシュ トークンを付与するスコープを含む）と比較します。',
  "Correct them, save, then authorize the mailbox again in {{var:incomingMailPath}} and run the connection test.":
    'スコープを修正して保存し、{{var:incomingMailPath}} でメールボックスを再度承認してから接続テストを実行します。',
  "IMAP or POP is turned off for the mailbox":
    'メールボックスで IMAP または POP が無効になっている',
  "Exchange lets admins switch IMAP and POP off per mailbox. When the protocol Jira uses is off, no sign-in over it works, with or without OAuth 2.0.":
    'Exchange では、管理者がメールボックスごとに IMAP と POP を無効にできます。Jira が使うプロトコルが無効の場合、OAuth 2.0 かどうかにかかわらず、そのプロトコルでのサインインはすべて失敗します。',
  "{{var:protocolName}} is turned off for the mailbox, so Jira cannot read it over that protocol.":
    'メールボックスで {{var:protocolName}} が無効になっているため、Jira はそのプロトコルでメールボックスを読み取れません。',
  "The mail server refused the sign-in; a protocol switched off for the mailbox is one of the usual reasons.":
    'メール サーバーがサインインを拒否しました。メールボックスでプロトコルが無効になっていることはよくある理由の 1 つです。',
  "The POP server refused the sign-in; POP switched off for the mailbox is one of the usual reasons.":
    'POP サーバーがサインインを拒否しました。メールボックスで POP が無効になっていることはよくある理由の 1 つです。',
  "Jira could not open the inbox; a protocol switched off for the mailbox is one reason.":
    'Jira は受信トレイを開けませんでした。メールボックスでプロトコルが無効になっていることは理由の 1 つです。',
  "The mail server refused the sign-in although the mailbox opens in Outlook on the web for the same account, so its access and licence are in order: what is left is {{var:protocolName}} switched off for the mailbox.":
    '同じアカウントで Outlook on the web ではメールボックスが開くため、アクセス権とライセンスには問題がありませんが、メール サーバーはサインインを拒否しました。残る理由は、メールボックスで {{var:protocolName}} が無効になっていることです。',
  "The handler reads mail through Microsoft Graph, not IMAP or POP, so the mailbox's IMAP and POP switches play no part.":
    'ハンドラーは IMAP や POP ではなく Microsoft Graph でメールを読み取るため、メールボックスの IMAP と POP のスイッチは関係ありません。',
  "The switches only govern IMAP and POP connections.":
    'このスイッチが制御するのは IMAP と POP の接続だけです。',
  "{{var:protocolName}} is turned on for the mailbox.":
    'メールボックスで {{var:protocolName}} は有効になっています。',
  "The mailbox's own setting was read (admin center or Get-CASMailbox), and it is the only switch this cause is about.":
    'メールボックス自体の設定（管理センターまたは Get-CASMailbox）を読み取りました。この原因が対象とするスイッチはそれだけです。',
  "Turn {{var:protocolName}} on for the mailbox":
    'メールボックスで {{var:protocolName}} を有効にする',
  "Microsoft 365 (Exchange Online): in the Microsoft 365 admin center, open Users > Active users > the mailbox user > Mail > Manage email apps, tick {{var:protocolName}} and save (menu names can differ between admin center versions; the PowerShell command below does the same).":
    'Microsoft 365（Exchange Online）: Microsoft 365 管理センターで Users（ユーザー）> Active users（アクティブなユーザー）> メールボックスのユーザー > Mail（メール）> Manage email apps（メール アプリの管理）を開き、{{var:protocolName}} にチェックを入れて保存します（メニュー名は管理センターのバージョンによって異なる場合があります。下の PowerShell コマンドでも同じことができます）。',
  "Google: in the mailbox's Gmail settings, open Forwarding and POP/IMAP and enable {{var:protocolName}}; in Google Workspace, make sure the administrator allows it for the organization too.":
    'Google: メールボックスの Gmail の設定で [メール転送と POP/IMAP] を開き、{{var:protocolName}} を有効にします。Google Workspace では、管理者が組織に対しても許可していることを確認します。',
  "Or in Exchange Online PowerShell (Exchange Management Shell for an on-premises Exchange Server):":
    'または Exchange Online PowerShell（オンプレミスの Exchange Server では Exchange 管理シェル）で次を実行します:',
  "Then authorize the mailbox again in {{var:incomingMailPath}} and run the connection test.":
    'その後、{{var:incomingMailPath}} でメールボックスを再度承認し、接続テストを実行します。',
  "The authorizing account has no Full Access on the mailbox":
    '承認するアカウントにメールボックスへのフル アクセス許可がない',
  "When the handler reads another user's mailbox or a shared mailbox, the person who signs in to Microsoft during the authorization needs Full Access on that mailbox. Without it the authorization fails.":
    'ハンドラーが別のユーザーのメールボックスや共有メールボックスを読み取る場合、承認時に Microsoft にサインインするユーザーには、そのメールボックスへのフル アクセス許可が必要です。権限がないと承認は失敗します。',
  "The handler reads another user's mailbox or a shared mailbox, and the person who authorizes it has no Full Access on it.":
    'ハンドラーは別のユーザーのメールボックスまたは共有メールボックスを読み取りますが、承認するユーザーにはそのメールボックスへのフル アクセス許可がありません。',
  "The mail server refused the sign-in; missing Full Access on the mailbox is one of the usual reasons.":
    'メール サーバーがサインインを拒否しました。メールボックスへのフル アクセス許可がないことはよくある理由の 1 つです。',
  "The POP server refused the sign-in; missing Full Access on the mailbox is one of the usual reasons.":
    'POP サーバーがサインインを拒否しました。メールボックスへのフル アクセス許可がないことはよくある理由の 1 つです。',
  "Exchange accepted the sign-in but would not open the mailbox; missing Full Access is one reason.":
    'Exchange はサインインを受け入れましたが、メールボックスを開きませんでした。フル アクセス許可がないことは理由の 1 つです。',
  "Jira could not open the inbox; missing Full Access is one reason.":
    'Jira は受信トレイを開けませんでした。フル アクセス許可がないことは理由の 1 つです。',
  "The mailbox does not open in Outlook on the web for the account that authorizes it: that account lacks Full Access on it, or the mailbox has no licence.":
    '承認するアカウントで Outlook on the web を使ってもメールボックスが開きません。そのアカウントにフル アクセス許可がないか、メールボックスにライセンスがありません。',
  "The handler reads mail through Microsoft Graph with application permissions; no person signs in, so no delegated Full Access is needed.":
    'ハンドラーはアプリケーションの許可を使って Microsoft Graph でメールを読み取ります。ユーザーはサインインしないため、委任されたフル アクセス許可は不要です。',
  "Full Access is a delegation to a signed-in person; client credentials have none. Mailbox limits for apps are the application access policy cause.":
    'フル アクセス許可はサインインしたユーザーへの委任であり、クライアント資格情報には関係しません。アプリに対するメールボックスの制限は、アプリケーション アクセス ポリシーの原因で扱います。',
  "The person who authorizes signs in to their own mailbox, so no delegated permission is needed.":
    '承認するユーザーは自分のメールボックスにサインインするため、委任されたアクセス許可は不要です。',
  "Delegated Full Access is only needed to open someone else's or a shared mailbox; an owner always has access to their own.":
    '委任されたフル アクセス許可が必要なのは、他人のメールボックスや共有メールボックスを開く場合だけです。所有者は常に自分のメールボックスにアクセスできます。',
  "The person who authorizes has Full Access on the mailbox.":
    '承認するユーザーには、メールボックスへのフル アクセス許可があります。',
  "The mailbox's permission list was read and names the person who authorizes with Full Access, the one permission the cause is about.":
    'メールボックスのアクセス許可の一覧を読み取り、承認するユーザーにフル アクセス許可があることを確認しました。この原因が対象とする権限はそれだけです。',
  "The mailbox opens in Outlook on the web for the account that authorizes it, so that account has access to it.":
    '承認するアカウントで Outlook on the web を使うとメールボックスが開くため、そのアカウントはメールボックスにアクセスできます。',
  "Opening the mailbox as the authorizing account in Outlook on the web proves that account can reach it, which is what Full Access is for.":
    '承認するアカウントで Outlook on the web からメールボックスを開けることは、そのアカウントがメールボックスにアクセスできることの証明であり、それがフル アクセス許可の目的です。',
  "This cause belongs to Microsoft 365 and Exchange Online (Azure apps, Exchange permissions); the mailbox is with another provider.":
    'この原因は Microsoft 365 と Exchange Online（Azure のアプリ、Exchange の権限）に関するものですが、メールボックスは別のプロバイダーにあります。',
  "The cause lives in Microsoft 365 settings that another mail provider does not have.":
    'この原因は、ほかのメール プロバイダーにはない Microsoft 365 の設定にあります。',
  "Give the authorizing account Full Access on the mailbox":
    '承認するアカウントにメールボックスへのフル アクセス許可を付与する',
  "Sign in to the Exchange admin center at https://outlook.office365.com/ecp.":
    'https://outlook.office365.com/ecp で Exchange 管理センターにサインインします。',
  "Another user's mailbox: go to Recipients > Mailboxes.":
    '別のユーザーのメールボックス: Recipients（受信者）> Mailboxes（メールボックス）に移動します。',
  "A shared mailbox: go to Recipients > Shared.":
    '共有メールボックス: Recipients（受信者）> Shared（共有）に移動します。',
  "Find the mailbox, edit it (pencil icon), open Mail delegation and add the authorizing account under Full Access. Save.":
    'メールボックスを見つけて編集（鉛筆アイコン）し、Mail delegation（メールボックスの委任）を開いて、承認するアカウントを Full Access（フル アクセス）に追加します。保存します。',
  "Or in Exchange Online PowerShell:":
    'または Exchange Online PowerShell で次を実行します:',
  "Then authorize the mailbox again in {{var:incomingMailPath}}, signed in as that account.":
    'その後、そのアカウントでサインインして、{{var:incomingMailPath}} でメールボックスを再度承認します。',
  "The mailbox's account has no licence":
    'メールボックスのアカウントにライセンスがない',
  "A Microsoft account needs a licence that includes Exchange Online before its mailbox can be used; without it the mail handler setup fails.":
    'Microsoft アカウントのメールボックスを使うには、Exchange Online を含むライセンスが必要です。ライセンスがないと、メール ハンドラーのセットアップは失敗します。',
  "The mailbox's account has no Microsoft licence that includes the mailbox.":
    'メールボックスのアカウントには、メールボックスを含む Microsoft のライセンスがありません。',
  "The mail server refused the sign-in; an unlicensed mailbox is one of the usual reasons.":
    'メール サーバーがサインインを拒否しました。メールボックスにライセンスがないことはよくある理由の 1 つです。',
  "The POP server refused the sign-in; an unlicensed mailbox is one of the usual reasons.":
    'POP サーバーがサインインを拒否しました。メールボックスにライセンスがないことはよくある理由の 1 つです。',
  "The account cannot open its own mailbox in Outlook on the web, which is what an unlicensed mailbox looks like.":
    'アカウントが自分のメールボックスを Outlook on the web で開けません。これはライセンスのないメールボックスの典型的な症状です。',
  "The mailbox's account has a licence that includes the mailbox.":
    'メールボックスのアカウントには、メールボックスを含むライセンスがあります。',
  "The account's licence assignments were read and include Exchange Online, which is what the cause is about.":
    'アカウントのライセンスの割り当てを読み取り、Exchange Online が含まれていることを確認しました。この原因が対象とするのはそれです。',
  "The mailbox opens in Outlook on the web, which an unlicensed mailbox does not.":
    'メールボックスは Outlook on the web で開きます。ライセンスのないメールボックスは開きません。',
  "Outlook on the web opens only mailboxes with an Exchange Online licence, so the mailbox opening proves the licence.":
    'Outlook on the web で開けるのは Exchange Online のライセンスがあるメールボックスだけなので、メールボックスが開くことでライセンスが証明されます。',
  "Assign a licence to the mailbox's account":
    'メールボックスのアカウントにライセンスを割り当てる',
  "Sign in to https://portal.azure.com as an administrator.":
    '管理者として https://portal.azure.com にサインインします。',
  "Go to Users, open the account that owns the mailbox, then Licenses > Assignments, and assign a licence that includes Exchange Online.":
    'Users（ユーザー）に移動し、メールボックスを所有するアカウントを開いて Licenses（ライセンス）> Assignments（割り当て）を選択し、Exchange Online を含むライセンスを割り当てます。',
  "The mailbox has no folder named \"Inbox\" (JSDSERVER-7058)":
    'メールボックスに "Inbox" という名前のフォルダーがない（JSDSERVER-7058）',
  "When the mailbox language is not English, the inbox carries a translated name. A known bug (JSDSERVER-7058) then makes the setup fail with \"OAuth token not defined for connection\".":
    'メールボックスの言語が英語以外の場合、受信トレイには翻訳された名前が付きます。その場合、既知の不具合（JSDSERVER-7058）により、セットアップが "OAuth token not defined for connection" で失敗します。',
  "The mailbox has no folder literally named \"Inbox\", which trips bug JSDSERVER-7058.":
    'メールボックスに文字どおり "Inbox" という名前のフォルダーがないため、不具合 JSDSERVER-7058 に該当します。',
  "JSM reports \"OAuth token not defined for connection\", the message of bug JSDSERVER-7058.":
    'JSM が、不具合 JSDSERVER-7058 のメッセージである "OAuth token not defined for connection" を報告しています。',
  "Jira could not open the folder 'inbox'.":
    "Jira はフォルダー 'inbox' を開けませんでした。",
  "The mailbox has a folder named \"Inbox\".":
    'メールボックスには "Inbox" という名前のフォルダーがあります。',
  "The bug needs a mailbox without a folder literally named \"Inbox\"; one was seen in the folder list.":
    'この不具合は、文字どおり "Inbox" という名前のフォルダーがないメールボックスで起こります。フォルダー一覧にそのフォルダーがあることを確認しました。',
  "Give the mailbox a folder named \"Inbox\"":
    'メールボックスに "Inbox" という名前のフォルダーを作成する',
  "Open the mailbox (for example in Outlook on the web) and create a folder named exactly \"Inbox\".":
    'メールボックスを開き（Outlook on the web など）、正確に "Inbox" という名前のフォルダーを作成します。',
  "If a folder of that name cannot be created because one exists, set the mailbox language back to its original language first, then create the \"Inbox\" folder.":
    '同名のフォルダーがすでにあるために作成できない場合は、先にメールボックスの言語を元の言語に戻してから "Inbox" フォルダーを作成します。',
  "Then authorize the mailbox again in {{var:incomingMailPath}}.":
    'その後、{{var:incomingMailPath}} でメールボックスを再度承認します。',
  "Office 365 Client Access Rules leave out IMAP4":
    'Office 365 のクライアント アクセス ルールに IMAP4 が含まれていない',
  "Client Access Rules decided which protocols could reach Exchange. If rules existed and IMAP4 was not among them, the OAuth sign-in succeeded but opening the mailbox failed (\"User is authenticated but not connected\"). Microsoft retired them in Exchange Online in September 2025, so this now concerns Exchange Server on premises and history.":
    'クライアント アクセス ルールは、どのプロトコルが Exchange に接続できるかを決めていました。ルールがあって IMAP4 が含まれていない場合、OAuth のサインインは成功してもメールボックスを開くところで失敗しました（"User is authenticated but not connected"）。Microsoft は 2025 年 9 月に Exchange Online でこのルールを廃止したため、現在はオンプレミスの Exchange Server と過去の事例に関するものです。',
  "The Office 365 Client Access Rules do not include IMAP4.":
    'Office 365 のクライアント アクセス ルールに IMAP4 が含まれていません。',
  "Exchange answered \"User is authenticated but not connected\", the error this cause produced; Client Access Rules no longer exist in Exchange Online, so check the account that signed in and its access to the mailbox first.":
    'Exchange が、この原因で発生していたエラー "User is authenticated but not connected" を返しました。クライアント アクセス ルールは Exchange Online にはもう存在しないため、まずサインインしたアカウントと、そのメールボックスへのアクセス権を確認してください。',
  "The handler reads mail through Microsoft Graph; the rules' IMAP4 entry plays no part.":
    'ハンドラーは Microsoft Graph でメールを読み取るため、ルールの IMAP4 の項目は関係ありません。',
  "The cause is the IMAP4 protocol entry of the rules.":
    'この原因は、ルールの IMAP4 プロトコルの項目です。',
  "The Office 365 Client Access Rules allow IMAP4.":
    'Office 365 のクライアント アクセス ルールで IMAP4 が許可されています。',
  "The rules were listed and IMAP4 is allowed; the cause is a rule set that leaves IMAP4 out.":
    'ルールを一覧表示し、IMAP4 が許可されていることを確認しました。この原因は、IMAP4 を含まないルール セットです。',
  "The mail server entry uses POP; this cause is about the IMAP4 entry of the Client Access Rules.":
    'メール サーバー設定は POP を使用しています。この原因はクライアント アクセス ルールの IMAP4 の項目に関するものです。',
  "The article's cause and its fix are about the IMAP4 protocol of the rules; a POP connection is not decided by that entry.":
    '記事の原因と修正は、ルールの IMAP4 プロトコルに関するものです。POP の接続はその項目では決まりません。',
  "Let IMAP through the access controls that replaced Client Access Rules":
    'クライアント アクセス ルールに代わるアクセス制御で IMAP を許可する',
  "Exchange Online: Client Access Rules no longer exist there (retired in September 2025). Protocol and location controls now live in Conditional Access in Microsoft Entra ID and in authentication policies: check that none of them blocks IMAP with OAuth for this mailbox or for the app Jira uses.":
    'Exchange Online: クライアント アクセス ルールはもう存在しません（2025 年 9 月に廃止）。プロトコルと場所による制御は現在、Microsoft Entra ID の条件付きアクセスと認証ポリシーで行います。このメールボックスや Jira が使用するアプリについて、OAuth での IMAP をブロックしているものがないことを確認してください。',
  "Exchange Server on premises still has Client Access Rules: list them with their protocols and make sure an allow rule covers IMAP4 above the blocking ones.":
    'オンプレミスの Exchange Server にはまだクライアント アクセス ルールがあります。ルールをプロトコルとともに一覧表示し、IMAP4 を対象とする許可ルールがブロック ルールより上にあることを確認してください。',
  "Then run the mail handler test again in {{var:incomingMailPath}}.":
    'その後、{{var:incomingMailPath}} でメール ハンドラーのテストを再度実行します。',
  "The article predates the retirement of Client Access Rules in Exchange Online; follow the current Microsoft controls named above.":
    'アトラシアンの記事は、Exchange Online でクライアント アクセス ルールが廃止される前に書かれています。上記の現在の Microsoft の制御に従ってください。',
  "A firewall blocks Jira from the mail server":
    'ファイアウォールが Jira からメール サーバーへの接続をブロックしている',
  "Jira must reach the mail provider on the protocol's port (993, 995, 143 or 110), the provider's sign-in host over HTTPS, and its own base URL. A firewall that blocks any of them breaks the setup or the connection test.":
    'Jira は、プロトコルのポート（993、995、143、110）でメール プロバイダーに、HTTPS でプロバイダーのサインイン ホストに、そして自身のベース URL に接続できる必要があります。いずれかをブロックするファイアウォールがあると、セットアップや接続テストが失敗します。',
  "The Jira node cannot reach the mail server on {{var:mailPorts}}.":
    'Jira ノードから {{var:mailPorts}} でメール サーバーに接続できません。',
  "The mail connection timed out; a firewall in the way is one reason.":
    'メール接続がタイムアウトしました。途中にあるファイアウォールは理由の 1 つです。',
  "The mail server answers on its port from the Jira node, and Jira's own logs show the server replying to Jira's sign-in, so the network path works. (A reachable port alone would not prove it: an open port is not the same as the protocol getting through.)":
    'メール サーバーは Jira ノードからのポート接続に応答しており、Jira 自身のログにも Jira のサインインに対するサーバーの応答が記録されているため、ネットワーク経路は機能しています（ポートに到達できるだけでは証明になりません。ポートが開いていることと、プロトコルが通ることは別です）。',
  "The mail server's own answer to Jira's sign-in, in Jira's log, proves the protocol gets through end to end; the open port alone would not (the article says so about telnet).":
    'Jira のサインインに対するメール サーバー自身の応答が Jira のログにあることで、プロトコルがエンドツーエンドで通ることが証明されます。ポートが開いているだけでは証明になりません（記事は telnet についてそう述べています）。',
  "Let Jira through to the mail provider":
    'Jira からメール プロバイダーへの接続を許可する',
  "Allow the Jira nodes to reach {{var:mailServer}} on {{var:mailPorts}}.":
    'Jira ノードから {{var:mailPorts}} で {{var:mailServer}} に接続できるように許可します。',
  "Allow the Jira nodes to reach the sign-in host {{var:signInHost}} over HTTPS (443) for the OAuth 2.0 tokens, and Jira's own base URL.":
    'OAuth 2.0 トークンのために Jira ノードから HTTPS（443）でサインイン ホスト {{var:signInHost}} に接続できるように許可し、Jira 自身のベース URL への接続も許可します。',
  "Check from a Jira node that the protocol gets through, not just the port: the command should print the server greeting (telnet alone proves too little).":
    'ポートだけでなくプロトコルが通ることを Jira ノードから確認します。コマンドでサーバーのグリーティングが表示されるはずです（telnet だけでは確認として不十分です）。',
  "Single-tenant Azure app with the default /common endpoints":
    '既定の /common エンドポイントを使うシングル テナントの Azure アプリ',
  "Jira's default Authorization and Token endpoints use Microsoft's shared /common address, which only multi-tenant apps accept. With a single-tenant app the authorization step fails.":
    'Jira の既定の承認エンドポイントとトークン エンドポイントは Microsoft の共通の /common アドレスを使いますが、これを受け付けるのはマルチテナントのアプリだけです。シングル テナントのアプリでは承認の手順が失敗します。',
  "The app registration is single-tenant, but Jira signs in through a shared endpoint ({{detail}}); a single-tenant app accepts only endpoints that name its tenant.":
    'アプリの登録はシングル テナントですが、Jira は共通のエンドポイント（{{detail}}）でサインインしています。シングル テナントのアプリは、そのテナントを指定したエンドポイントしか受け付けません。',
  "Microsoft answered AADSTS50194: the app is not multi-tenant and the /common endpoint is not allowed for it.":
    'Microsoft が AADSTS50194 を返しました。アプリがマルチテナントではなく、/common エンドポイントは許可されていません。',
  "The app registration is single-tenant, and Jira's default endpoints use /common, which a single-tenant app refuses. Check the two endpoints.":
    'アプリの登録はシングル テナントで、Jira の既定のエンドポイントはシングル テナントのアプリが拒否する /common を使っています。2 つのエンドポイントを確認してください。',
  "The OAuth 2.0 integration test failed; a single-tenant app with the default endpoints is a usual reason.":
    'OAuth 2.0 統合のテストが失敗しました。既定のエンドポイントを使うシングル テナントのアプリはよくある理由です。',
  "Microsoft did not find the app in the tenant the endpoints name: check the tenant id in both endpoints.":
    'エンドポイントが指定するテナントに、Microsoft がアプリを見つけられませんでした。両方のエンドポイントのテナント ID を確認してください。',
  "Microsoft did not find the tenant named in the endpoints: check the tenant id.":
    'エンドポイントで指定されたテナントを Microsoft が見つけられませんでした。テナント ID を確認してください。',
  "The handler reads mail through Microsoft Graph with client credentials, where Atlassian asks for a single-tenant app: single-tenant is right here.":
    'ハンドラーはクライアント資格情報を使って Microsoft Graph でメールを読み取ります。この場合アトラシアンはシングル テナントのアプリを求めているため、シングル テナントで正しい設定です。',
  "Atlassian's Graph guide registers the app as single-tenant; the /common endpoint problem belongs to the IMAP and POP sign-in.":
    'アトラシアンの Graph ガイドではアプリをシングル テナントとして登録します。/common エンドポイントの問題は IMAP と POP のサインインに関するものです。',
  "The app registration is multi-tenant, so the shared /common endpoints work.":
    'アプリの登録はマルチテナントなので、共通の /common エンドポイントが機能します。',
  "The app's supported account types were read in Azure; a multi-tenant app accepts the shared endpoints, which is all this cause is about.":
    'Azure でアプリのサポートされているアカウントの種類を読み取りました。マルチテナントのアプリは共通のエンドポイントを受け付けます。この原因が対象とするのはそれだけです。',
  "Both endpoints already name a specific tenant ({{detail}}).":
    '両方のエンドポイントが、すでに特定のテナントを指定しています（{{detail}}）。',
  "The cause is the shared /common endpoint with a single-tenant app; both endpoints were read and name a tenant.":
    'この原因は、シングル テナントのアプリでの共通の /common エンドポイントです。両方のエンドポイントを読み取り、テナントが指定されていることを確認しました。',
  "If your organization allows it: make the app multi-tenant":
    '組織で許可されている場合: アプリをマルチテナントにする',
  "In the Azure portal, open App registrations > the app Jira uses > Authentication, and set \"Supported account types\" to accounts in any organizational directory (multitenant) and personal Microsoft accounts. Or register a new app with that account type.":
    'Azure portal で App registrations（アプリの登録）> Jira が使用するアプリ > Authentication（認証）を開き、"Supported account types"（サポートされているアカウントの種類）を、任意の組織ディレクトリ内のアカウント（マルチテナント）と個人用 Microsoft アカウントに設定します。または、そのアカウントの種類で新しいアプリを登録します。',
  "If you registered a new app, put its client id and secret into the Microsoft integration under {{var:oauthMenuPath}}.":
    '新しいアプリを登録した場合は、そのクライアント ID とシークレットを {{var:oauthMenuPath}} の Microsoft の統合に入力します。',
  "If only single-tenant apps are allowed: point Jira at your tenant":
    'シングル テナントのアプリしか許可されていない場合: Jira の接続先を自社のテナントにする',
  "Ask the Azure admin for the tenant id: Azure portal > Microsoft Entra ID (or the app registration) > Overview > \"Directory (tenant) ID\".":
    'Azure の管理者にテナント ID を確認します: Azure portal > Microsoft Entra ID（またはアプリの登録）> Overview（概要）> "Directory (tenant) ID"（ディレクトリ (テナント) ID）。',
  "In {{var:oauthMenuPath}}, edit the Microsoft integration and replace the two endpoints, putting the tenant id in place of <TENANT_ID>:":
    '{{var:oauthMenuPath}} で Microsoft の統合を編集し、<TENANT_ID> の部分にテナント ID を入れて 2 つのエンドポイントを置き換えます:',
  "GCC High and DoD tenants sign in at login.microsoftonline.us, not login.microsoftonline.com: use that host in both endpoints.":
    'GCC High と DoD のテナントは login.microsoftonline.com ではなく login.microsoftonline.us でサインインします。両方のエンドポイントでそのホストを使ってください。',
  "Generate a new value for the Redirect URL field (Jira asks for it before it saves the changed endpoints), copy it and save.":
    'リダイレクト URL フィールドの新しい値を生成し（Jira は変更したエンドポイントを保存する前にこれを求めます）、コピーして保存します。',
  "Ask the Azure admin to put the new Redirect URL into the app: App registrations > the app > Authentication > Platform configurations > Redirect URIs, then save.":
    'Azure の管理者に、新しいリダイレクト URL をアプリに登録してもらいます: App registrations（アプリの登録）> 対象のアプリ > Authentication（認証）> Platform configurations（プラットフォーム構成）> Redirect URIs（リダイレクト URI）に入力して保存します。',
  "For GCC High and DoD, use login.microsoftonline.us in both endpoints: login.microsoftonline.com, which Atlassian's article shows, serves the worldwide cloud (GCC included).":
    'GCC High と DoD では、両方のエンドポイントで login.microsoftonline.us を使います。アトラシアンの記事にある login.microsoftonline.com はワールドワイド クラウド（GCC を含む）用です。',
  "US Government GCC High or DoD mailbox not set up the way it must be":
    '米国政府機関向けの GCC High または DoD のメールボックスが、必要な形で設定されていない',
  "GCC High and DoD mailboxes live in a separate Microsoft cloud: the Jira mail handler supports them from Jira 8.10.0 with the host outlook.office365.us, and the JSM email channel only from JSM 4.22.0 (Data Center licence) or 4.22.2 (Server licence).":
    'GCC High と DoD のメールボックスは別の Microsoft クラウドにあります。Jira のメール ハンドラーは Jira 8.10.0 以降でホスト outlook.office365.us を使って対応しており、JSM のメール チャンネルは JSM 4.22.0（Data Center ライセンス）または 4.22.2（Server ライセンス）以降でのみ対応しています。',
  "The mailbox is in the {{var:cloudName}} cloud, but the mail server entry uses the host {{fact:mail.host}} instead of outlook.office365.us.":
    'メールボックスは {{var:cloudName}} クラウドにありますが、メール サーバー設定は outlook.office365.us ではなくホスト {{fact:mail.host}} を使っています。',
  "Jira {{fact:jira.version}} is older than 8.10.0, the first version whose mail handlers support {{var:cloudName}} mailboxes.":
    'Jira {{fact:jira.version}} は、メール ハンドラーが {{var:cloudName}} のメールボックスに対応した最初のバージョンである 8.10.0 より古いバージョンです。',
  "JSM {{fact:jsm.version}} does not support GCC High or DoD mailboxes in email channels; that came with JSM 4.22.0 (JSDSERVER-6998).":
    'JSM {{fact:jsm.version}} のメール チャンネルは GCC High と DoD のメールボックスに対応していません。対応は JSM 4.22.0（JSDSERVER-6998）からです。',
  "With a Server licence, JSM supports GCC High and DoD mailboxes only from 4.22.2; this is JSM {{fact:jsm.version}}.":
    'Server ライセンスの場合、JSM が GCC High と DoD のメールボックスに対応するのは 4.22.2 からです。このバージョンは JSM {{fact:jsm.version}} です。',
  "The mailbox is in the {{var:cloudName}} cloud, but an endpoint in Jira signs in elsewhere ({{detail}}); US Government accounts sign in at login.microsoftonline.us.":
    'メールボックスは {{var:cloudName}} クラウドにありますが、Jira のエンドポイントが別の場所でサインインしています（{{detail}}）。米国政府機関向けのアカウントは login.microsoftonline.us でサインインします。',
  "Microsoft did not find the app where Jira signed in; an app registered in the other Microsoft cloud is one reason.":
    'Jira がサインインした場所で、Microsoft がアプリを見つけられませんでした。もう一方の Microsoft クラウドにアプリが登録されていることは理由の 1 つです。',
  "Microsoft did not find the tenant; signing in to the wrong cloud is one reason.":
    'Microsoft がテナントを見つけられませんでした。誤ったクラウドにサインインしていることは理由の 1 つです。',
  "The mailbox is in Microsoft's worldwide cloud (GCC included), not in GCC High or DoD.":
    'メールボックスは GCC High や DoD ではなく、Microsoft のワールドワイド クラウド（GCC を含む）にあります。',
  "The cause exists only for GCC High and DoD mailboxes; the plan family decides it.":
    'この原因は GCC High と DoD のメールボックスにしかありません。プランの系統で判断できます。',
  "Jira {{fact:jira.version}} supports {{var:cloudName}} mailboxes in its mail handlers (8.10.0 and later), and the mail server uses the host outlook.office365.us.":
    'Jira {{fact:jira.version}} はメール ハンドラーで {{var:cloudName}} のメールボックスに対応しており（8.10.0 以降）、メール サーバーはホスト outlook.office365.us を使っています。',
  "Every requirement the article names for this case was checked: the version, the host, and no endpoint that signs in to the other cloud.":
    '記事がこの場合について挙げている要件（バージョン、ホスト、もう一方のクラウドにサインインするエンドポイントがないこと）をすべて確認しました。',
  "JSM {{fact:jsm.version}} supports {{var:cloudName}} mailboxes in email channels with this licence (4.22.0 with Data Center, 4.22.2 with Server).":
    'JSM {{fact:jsm.version}} は、このライセンスのメール チャンネルで {{var:cloudName}} のメールボックスに対応しています（Data Center では 4.22.0、Server では 4.22.2 以降）。',
  "The version boundary for this licence is met and no endpoint signs in to the other cloud, which is what the article asks for.":
    'このライセンスのバージョン要件を満たしており、もう一方のクラウドにサインインするエンドポイントもありません。記事が求めているのはそれです。',
  "Set the mail handler up for the US Government cloud":
    '米国政府機関向けクラウド用にメール ハンドラーを設定する',
  "In ⚙ > System > Incoming Mail, set the Host name of the mail server to outlook.office365.us.":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）で、メール サーバーの Host name を outlook.office365.us に設定します。`,
  "Use the US Government scopes in the Microsoft integration under {{var:oauthMenuPath}}:":
    '{{var:oauthMenuPath}} の Microsoft の統合で、米国政府機関向けのスコープを使います:',
  "Use endpoints at login.microsoftonline.us:":
    'login.microsoftonline.us のエンドポイントを使います:',
  "Jira 8.22 and later (JSM 4.22 and later): create the integration under ⚙ > Applications > Application links as an External application, Outgoing, with the provider Custom (not Microsoft), and enter the endpoints, scopes, client id and secret yourself.":
    `Jira 8.22 以降（JSM 4.22 以降）: ⚙ > Applications > Application links（${JA_MENU.applicationLinks}）で、External application、Outgoing、プロバイダーは（Microsoft ではなく）Custom として統合を作成し、エンドポイント、スコープ、クライアント ID、シークレットを自分で入力します。`,
  "Follow Atlassian's guide for configuring a US Government DoD or GCC High account with a Jira or JSM mail handler, then authorize the mailbox again.":
    '米国政府機関向けの DoD または GCC High のアカウントを Jira や JSM のメール ハンドラーで設定するためのアトラシアンのガイドに従い、メールボックスを再度承認します。',
  "The US Government sign-in host (login.microsoftonline.us) comes from Microsoft's national-cloud documentation; Atlassian's article refers to a separate Atlassian guide for the rest.":
    '米国政府機関向けのサインイン ホスト（login.microsoftonline.us）は、Microsoft の国別クラウドのドキュメントによるものです。それ以外については、アトラシアンの記事は別のアトラシアンのガイドを参照しています。',
  "The Custom provider for GCC High and DoD comes from Atlassian's \"Detailed steps to configure OAuth 2.0 integration with Microsoft Azure\" (https://support.atlassian.com/jira/kb/detailed-steps-to-configure-oauth-20-integration-with-microsoft-azure).":
    'GCC High と DoD での Custom プロバイダーは、アトラシアンの "Detailed steps to configure OAuth 2.0 integration with Microsoft Azure"（Microsoft Azure との OAuth 2.0 統合を設定する詳細な手順）（https://support.atlassian.com/jira/kb/detailed-steps-to-configure-oauth-20-integration-with-microsoft-azure）によるものです。',
  "Upgrade JSM to a version that supports GCC High and DoD":
    'GCC High と DoD に対応したバージョンに JSM をアップグレードする',
  "Upgrade JSM to 4.22.0 or later with a Data Center licence, or to 4.22.2 or later with a Server licence (JSDSERVER-6998). This is the supported way.":
    'Data Center ライセンスでは JSM 4.22.0 以降、Server ライセンスでは 4.22.2 以降にアップグレードします（JSDSERVER-6998）。これがサポートされている方法です。',
  "Then set the email channel up again with the US Government scopes and endpoints.":
    'その後、米国政府機関向けのスコープとエンドポイントでメール チャンネルを設定し直します。',
  "Until the upgrade: point outlook.office365.com at the US Government service (workaround)":
    'アップグレードまでの回避策: outlook.office365.com を米国政府機関向けのサービスに向ける',
  "On every Jira node, add this line to the hosts file (/etc/hosts on Linux, C:\\Windows\\System32\\drivers\\etc\\hosts on Windows):":
    'すべての Jira ノードで、hosts ファイル（Linux では /etc/hosts、Windows では C:\\Windows\\System32\\drivers\\etc\\hosts）に次の行を追加します:',
  "Remove the line again after upgrading JSM.":
    'JSM のアップグレード後に、この行を削除します。',
  "Not supported by Atlassian. A fixed address in the hosts file takes away Microsoft's automatic failover: if that address has an outage, mail stops until the line is changed.":
    'アトラシアンのサポート対象外です。hosts ファイルに固定アドレスを書くと、Microsoft の自動フェールオーバーが効かなくなります。そのアドレスで障害が起きると、行を変更するまでメールが止まります。',
  "Until the upgrade: use a third-party mail add-on":
    'アップグレードまでの回避策: サードパーティのメール アドオンを使う',
  "The paid add-on \"Email This Issue\" can connect GCC High and DoD mailboxes with OAuth 2.0. It is not supported by Atlassian.":
    '有償アドオン "Email This Issue" は、GCC High と DoD のメールボックスに OAuth 2.0 で接続できます。アトラシアンのサポート対象外です。',
  "POP with OAuth 2.0: unsupported in this Jira version, or the two-line format is off":
    'OAuth 2.0 での POP: この Jira バージョンでは未対応、または 2 行形式が無効',
  "The Jira mail handler can read POP mailboxes with OAuth 2.0 from 8.5.12 (8.5.x), 8.13.4 (8.13.x) and 8.15.0 on (JRASERVER-72033), and only with \"Use two line authentication format\" ticked. Otherwise the test fails with \"Protocol error. Connection is closed. 10\".":
    'Jira のメール ハンドラーが OAuth 2.0 で POP のメールボックスを読み取れるのは、8.5.12（8.5.x）、8.13.4（8.13.x）、8.15.0 以降（JRASERVER-72033）で、しかも "Use two line authentication format" にチェックが入っている場合だけです。それ以外では、テストが "Protocol error. Connection is closed. 10" で失敗します。',
  "Jira {{fact:jira.version}} cannot read POP mailboxes with OAuth 2.0: {{detail}}. POP with OAuth 2.0 came with 8.5.12 on 8.5.x, 8.13.4 on 8.13.x and 8.15.0 (JRASERVER-72033).":
    'Jira {{fact:jira.version}} は OAuth 2.0 で POP のメールボックスを読み取れません: {{detail}}。OAuth 2.0 での POP は、8.5.x では 8.5.12、8.13.x では 8.13.4、そして 8.15.0 で対応しました（JRASERVER-72033）。',
  "\"Use two line authentication format\" is not ticked on the POP mail server; Microsoft refuses the one-line OAuth 2.0 login.":
    'POP メール サーバーで "Use two line authentication format" にチェックが入っていません。Microsoft は 1 行形式の OAuth 2.0 ログインを拒否します。',
  "The connection test answered \"Protocol error. Connection is closed. 10\", the error of exactly this cause.":
    '接続テストが、まさにこの原因のエラーである "Protocol error. Connection is closed. 10" を返しました。',
  "The handler reads mail through Microsoft Graph; this cause concerns POP only.":
    'ハンドラーは Microsoft Graph でメールを読み取ります。この原因は POP だけに関するものです。',
  "Both halves of the cause concern POP sign-ins only.":
    'この原因の 2 つの要素は、どちらも POP のサインインだけに関するものです。',
  "The mail server entry uses IMAP; this cause concerns POP only.":
    'メール サーバー設定は IMAP を使っています。この原因は POP だけに関するものです。',
  "Both halves of this cause (the version and the two-line option) concern POP sign-ins only.":
    'この原因の 2 つの要素（バージョンと 2 行形式のオプション）は、どちらも POP のサインインだけに関するものです。',
  "Jira {{fact:jira.version}} supports POP with OAuth 2.0, and \"Use two line authentication format\" is ticked.":
    'Jira {{fact:jira.version}} は OAuth 2.0 での POP に対応しており、"Use two line authentication format" にもチェックが入っています。',
  "Both halves of the cause were checked: the version is at or past the release line's fix, and the option is ticked.":
    '原因の 2 つの要素をどちらも確認しました。バージョンはそのリリース系列の修正以降で、オプションにもチェックが入っています。',
  "Make POP with OAuth 2.0 work":
    'OAuth 2.0 での POP を動作させる',
  "Run a Jira version that supports it: 8.5.12 or later on 8.5.x, 8.13.4 or later on 8.13.x, or 8.15.0 and later (8.6 to 8.12 and 8.14.x do not). Or switch the mail server entry to IMAP.":
    '対応している Jira バージョンを使います: 8.5.x では 8.5.12 以降、8.13.x では 8.13.4 以降、または 8.15.0 以降です（8.6 ～ 8.12 と 8.14.x は未対応です）。または、メール サーバー設定を IMAP に切り替えます。',
  "After an upgrade, the OAuth 2.0 integration is under {{var:oauthMenuPathAfterUpgrade}}.":
    'アップグレード後、OAuth 2.0 統合は {{var:oauthMenuPathAfterUpgrade}} にあります。',
  "In ⚙ > System > Incoming Mail, edit the POP mail server, choose the service provider \"Microsoft Exchange Online / Outlook (IMAP)\" (POP has no entry of its own), and tick \"Use two line authentication format\".":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）で POP メール サーバーを編集し、サービス プロバイダー "Microsoft Exchange Online / Outlook (IMAP)" を選択して（POP 専用の項目はありません）、"Use two line authentication format" にチェックを入れます。`,
  "Save and click Test Connection.":
    '保存して、"Test Connection" をクリックします。',
  "The browser signed in to Microsoft as the wrong account":
    'ブラウザーが誤ったアカウントで Microsoft にサインインした',
  "During the authorization the browser may reuse a Microsoft account it remembers. The authorization then succeeds for the wrong user, and the connection or handler test fails if that user may not use the mailbox.":
    '承認の途中で、ブラウザーが記憶している Microsoft アカウントを再利用することがあります。その場合、承認は誤ったユーザーで成功し、そのユーザーがメールボックスを使えなければ接続テストやハンドラーのテストが失敗します。',
  "The browser signed in to Microsoft as another account than the intended one.":
    'ブラウザーが、意図したアカウントとは別のアカウントで Microsoft にサインインしました。',
  "Exchange accepted the sign-in but would not open the mailbox; a token of the wrong account does this.":
    'Exchange はサインインを受け入れましたが、メールボックスを開きませんでした。誤ったアカウントのトークンではこうなります。',
  "Microsoft says the account that signed in belongs to another tenant.":
    'Microsoft によると、サインインしたアカウントは別のテナントに属しています。',
  "The mail server refused the sign-in; a token of the wrong account is one reason.":
    'メール サーバーがサインインを拒否しました。誤ったアカウントのトークンは理由の 1 つです。',
  "The handler reads mail through Microsoft Graph with client credentials: no browser signs in, so no remembered account can be used.":
    'ハンドラーはクライアント資格情報を使って Microsoft Graph でメールを読み取ります。ブラウザーでのサインインがないため、記憶されたアカウントが使われることはありません。',
  "The client-credentials grant has no sign-in page.":
    'クライアント資格情報フローにはサインイン ページがありません。',
  "The browser signed in to Microsoft as the intended account.":
    'ブラウザーは意図したアカウントで Microsoft にサインインしました。',
  "The account shown on Microsoft's sign-in page during the authorization was watched; the cause is exactly a different account signing in.":
    '承認中に Microsoft のサインイン ページに表示されたアカウントを確認しました。この原因は、まさに別のアカウントでサインインすることです。',
  "Authorize again without remembered accounts":
    '記憶されたアカウントを使わずに再度承認する',
  "Open Jira in a private (incognito) window, or clear the browser cache, or use another browser.":
    'プライベート（シークレット）ウィンドウで Jira を開くか、ブラウザーのキャッシュをクリアするか、別のブラウザーを使います。',
  "Authorize the mailbox again in {{var:incomingMailPath}}; on the Microsoft sign-in page make sure the intended account is the one signing in (\"Use another account\" if another is offered).":
    '{{var:incomingMailPath}} でメールボックスを再度承認します。Microsoft のサインイン ページで、意図したアカウントでサインインしていることを確認します（別のアカウントが表示された場合は "Use another account"（別のアカウントを使用する））。',
  "The JSM 4.18 beta of multiple email channels":
    'JSM 4.18 の複数メール チャンネルのベータ版',
  "JSM 4.18 shipped an unfinished beta of multiple email channels per project, behind the dark feature sd.multi.incoming.email.support.enabled. With it, the second channel that uses OAuth 2.0 fails (\"Failed\" status, \"OAuth token not defined for connection\"). JSM 4.22.0 brought the finished feature.":
    'JSM 4.18 には、プロジェクトごとに複数のメール チャンネルを使える未完成のベータ版が、ダーク機能 sd.multi.incoming.email.support.enabled の下に含まれていました。これを有効にすると、OAuth 2.0 を使う 2 つ目のチャンネルが失敗します（"Failed" ステータス、"OAuth token not defined for connection"）。完成版の機能は JSM 4.22.0 で提供されました。',
  "The multi-channel beta is on and {{fact:jsm.oauthChannelCount}} email channels use OAuth 2.0; the beta cannot set up a second OAuth 2.0 channel.":
    'マルチチャンネルのベータ版が有効で、{{fact:jsm.oauthChannelCount}} 個のメール チャンネルが OAuth 2.0 を使っています。ベータ版では 2 つ目の OAuth 2.0 チャンネルを設定できません。',
  "The multi-channel beta is on and JSM reports \"OAuth token not defined for connection\", its known failure.":
    'マルチチャンネルのベータ版が有効で、JSM がその既知の失敗である "OAuth token not defined for connection" を報告しています。',
  "JSM reports \"OAuth token not defined for connection\", the error Atlassian shows for a second OAuth 2.0 channel under the JSM 4.18 multi-channel beta (among other causes).":
    'JSM が "OAuth token not defined for connection" を報告しています。これは、JSM 4.18 のマルチチャンネルのベータ版で 2 つ目の OAuth 2.0 チャンネルについてアトラシアンが示しているエラーです（ほかの原因でも表示されます）。',
  "The failing handler is a Jira mail handler; the beta concerns JSM email channels.":
    '失敗しているハンドラーは Jira のメール ハンドラーです。ベータ版は JSM のメール チャンネルに関するものです。',
  "The beta exists only in JSM email channels.":
    'ベータ版は JSM のメール チャンネルにしかありません。',
  "JSM {{fact:jsm.version}} has the finished multi-channel feature, which does not have this problem.":
    'JSM {{fact:jsm.version}} には完成版のマルチチャンネル機能があり、この問題は起こりません。',
  "The article says the final feature of 4.22.0 does not show this problem; the version proves it is the final feature.":
    '記事によると、4.22.0 の最終版の機能ではこの問題は起こりません。バージョンから最終版の機能であることがわかります。',
  "JSM {{fact:jsm.version}} predates the beta (it came with 4.18).":
    'JSM {{fact:jsm.version}} はベータ版より前のバージョンです（ベータ版は 4.18 で入りました）。',
  "The beta came with JSM 4.18; an older JSM does not have it.":
    'ベータ版は JSM 4.18 で入りました。それより古い JSM にはありません。',
  "The multi-channel beta is not switched on.":
    'マルチチャンネルのベータ版は有効になっていません。',
  "The beta is behind a dark feature; the list of enabled dark features was read and it is not there.":
    'ベータ版はダーク機能で有効にします。有効なダーク機能の一覧を読み取り、含まれていないことを確認しました。',
  "Fewer than two email channels use OAuth 2.0 ({{fact:jsm.oauthChannelCount}}); the beta fails only from the second one.":
    'OAuth 2.0 を使うメール チャンネルは 2 つ未満です（{{fact:jsm.oauthChannelCount}}）。ベータ版が失敗するのは 2 つ目からです。',
  "The article's failure is the second OAuth 2.0 channel; with fewer than two there is no second one.":
    '記事の失敗は 2 つ目の OAuth 2.0 チャンネルで起こります。2 つ未満なら 2 つ目はありません。',
  "Upgrade JSM to 4.22.0 or later for multiple email channels":
    '複数のメール チャンネルを使うために JSM を 4.22.0 以降にアップグレードする',
  "Upgrade JSM to 4.22.0 or later, which has the finished multi-channel feature.":
    '完成版のマルチチャンネル機能がある JSM 4.22.0 以降にアップグレードします。',
  "Until then, keep OAuth 2.0 on a single email channel per project.":
    'それまでは、OAuth 2.0 はプロジェクトごとに 1 つのメール チャンネルだけで使います。',
  "The load balancer moves the admin to another node during the authorization":
    '承認の途中でロード バランサーが管理者を別のノードに移している',
  "On a Jira Data Center cluster the whole authorization must happen on one node. If the load balancer has no session stickiness, or sends the browser's REST calls to a dedicated REST node, the node that finishes the authorization knows nothing of it and the setup fails.":
    'Jira Data Center クラスターでは、承認全体を 1 つのノードで行う必要があります。ロード バランサーにセッションの固定（スティッキー セッション）がない場合や、ブラウザーの REST 呼び出しを専用の REST ノードに送っている場合、承認を完了するノードはその承認について何も知らないため、セットアップは失敗します。',
  "The load balancer does not keep a user's session on one node, so the browser can land on another node in the middle of the authorization.":
    'ロード バランサーがユーザーのセッションを 1 つのノードに固定していないため、承認の途中でブラウザーが別のノードに着くことがあります。',
  "The load balancer sends all REST calls to a dedicated node, including the browser's own calls during the authorization, which belong on the user's node.":
    'ロード バランサーは、ユーザーのノードで処理されるべき承認中のブラウザー自身の呼び出しも含めて、すべての REST 呼び出しを専用のノードに送っています。',
  "Jira runs on a single node, so there is no other node to be moved to.":
    'Jira は単一ノードで動作しているため、移される先のノードがありません。',
  "The cause needs a second node to land on; a single node has none.":
    'この原因には移る先の 2 つ目のノードが必要ですが、単一ノードにはありません。',
  "A Server licence runs Jira on one node only; this cause needs a Data Center cluster.":
    'Server ライセンスでは Jira は 1 つのノードでしか動作しません。この原因には Data Center クラスターが必要です。',
  "Only Data Center runs as a cluster; a Server licence always means one node.":
    'クラスターとして動作するのは Data Center だけです。Server ライセンスは常に単一ノードです。',
  "Sessions stay on their node, and the browser's REST calls are not moved to another one.":
    'セッションはそのノードにとどまり、ブラウザーの REST 呼び出しが別のノードに移されることもありません。',
  "Both of the article's reasons were checked. A HAR recording that shows another node after the sign-in would still overrule this.":
    '記事が挙げる 2 つの理由をどちらも確認しました。ただし、サインイン後に別のノードが記録されている HAR ファイルがあれば、そちらが優先されます。',
  "Keep each user's session, REST calls included, on one node":
    '各ユーザーのセッションを、REST 呼び出しも含めて 1 つのノードに固定する',
  "Turn on session stickiness (cookie-based affinity) as in Atlassian's \"Jira Data Center load balancer examples\".":
    'アトラシアンの "Jira Data Center load balancer examples"（Jira Data Center のロード バランサーの例）のとおりに、セッションの固定（Cookie ベースのアフィニティ）を有効にします。',
  "If REST traffic goes to a dedicated node, send only external REST clients there; calls from a signed-in browser session must stay on the user's node (Atlassian's \"Traffic distribution with Atlassian Data Center\").":
    'REST のトラフィックを専用のノードに送っている場合は、そこに送るのを外部の REST クライアントだけにします。サインイン済みのブラウザー セッションからの呼び出しは、ユーザーのノードにとどめる必要があります（アトラシアンの "Traffic distribution with Atlassian Data Center"（Atlassian Data Center でのトラフィック分散））。',
  "Check it: record a HAR file while authorizing the mailbox and make sure the X-ANODEID response header names the same node in every request.":
    '確認: メールボックスの承認中に HAR ファイルを記録し、すべてのリクエストで X-ANODEID レスポンス ヘッダーが同じノードを示していることを確認します。',
  "The Azure app's client secret has expired":
    'Azure アプリのクライアント シークレットが期限切れになっている',
  "The app registration that Jira uses has a client secret with an expiry date. From that day on Jira cannot renew its tokens and the mail handler stops pulling mail. Jira shows AADSTS7000222; JSM shows \"OAuth token not defined for connection\" instead.":
    'Jira が使用するアプリの登録のクライアント シークレットには有効期限があります。その日以降、Jira はトークンを更新できなくなり、メール ハンドラーはメールを取得しなくなります。Jira では AADSTS7000222 が表示されますが、JSM では代わりに "OAuth token not defined for connection" が表示されます。',
  "The client secret Jira uses expired on {{fact:azure.secretExpiresOn}} ({{detail}}).":
    'Jira が使うクライアント シークレットは {{fact:azure.secretExpiresOn}} に期限切れになりました（{{detail}}）。',
  "Microsoft answered AADSTS7000222: the client secret has expired.":
    'Microsoft が AADSTS7000222 を返しました。クライアント シークレットが期限切れです。',
  "Microsoft refused a token for the client secret as expired.":
    'Microsoft が、クライアント シークレットの期限切れを理由にトークンの発行を拒否しました。',
  "The client secret expires today ({{fact:azure.secretExpiresOn}}); it may already have stopped working.":
    'クライアント シークレットは本日（{{fact:azure.secretExpiresOn}}）期限切れになります。すでに機能していない可能性があります。',
  "JSM reports \"OAuth token not defined for connection\", which is what JSM shows for an expired client secret.":
    'JSM が "OAuth token not defined for connection" を報告しています。JSM ではクライアント シークレットが期限切れのときにこれが表示されます。',
  "The handler fetched mail before and then stopped. A client secret that ran out does exactly that, while a mistake in the setup would have stopped it from the start.":
    'ハンドラーは以前はメールを取得していましたが、その後止まりました。期限切れになったクライアント シークレットではまさにそうなります。設定の誤りなら最初から動作しなかったはずです。',
  "A client secret of the app expired on {{fact:azure.secretExpiresOn}} ({{detail}}). Check that it is the one Jira uses (its hint or Secret ID): the app may hold other secrets.":
    'アプリのクライアント シークレットの 1 つが {{fact:azure.secretExpiresOn}} に期限切れになりました（{{detail}}）。それが Jira の使っているシークレットかどうかを（ヒントまたはシークレット ID で）確認してください。アプリにはほかのシークレットもある可能性があります。',
  "The client secret Jira uses is valid until {{fact:azure.secretExpiresOn}}.":
    'Jira が使うクライアント シークレットは {{fact:azure.secretExpiresOn}} まで有効です。',
  "An app registration can hold several secrets. The date belongs to the one Jira uses (matched by its hint or Secret ID), so Jira's secret has not run out.":
    '1 つのアプリの登録に複数のシークレットを登録できます。この日付は Jira が使うシークレットのもの（ヒントまたはシークレット ID で照合）なので、Jira のシークレットは期限切れではありません。',
  "The client secret Jira uses is still valid, so it is not the cause today, but it expires on {{fact:azure.secretExpiresOn}}, within 30 days: create a new one before then.":
    'Jira が使うクライアント シークレットはまだ有効なので、現時点では原因ではありませんが、30 日以内の {{fact:azure.secretExpiresOn}} に期限切れになります。それまでに新しいシークレットを作成してください。',
  "The date belongs to the secret Jira uses (matched by its hint or Secret ID), and that date is still ahead.":
    'この日付は Jira が使うシークレットのもの（ヒントまたはシークレット ID で照合）で、まだ先の日付です。',
  "Microsoft issued a token with the client secret that was tested; if Jira holds the same secret, it has not expired.":
    'テストしたクライアント シークレットで Microsoft がトークンを発行しました。Jira が同じシークレットを持っていれば、期限切れではありません。',
  "A token issued for the secret is Microsoft's own answer that the secret works; the rule says in words that it must be the secret Jira holds.":
    'シークレットに対してトークンが発行されたことは、シークレットが機能するという Microsoft 自身の回答です。ただし、それが Jira の持っているシークレットである必要があることをルールの文言で示しています。',
  "Create a new client secret":
    '新しいクライアント シークレットを作成する',
  "Azure portal > App registrations > the app Jira uses > Certificates & secrets > Client secrets > New client secret; choose an expiry date.":
    'Azure portal > App registrations（アプリの登録）> Jira が使用するアプリ > Certificates & secrets（証明書とシークレット）> Client secrets（クライアント シークレット）> New client secret（新しいクライアント シークレット）で、有効期限を選択します。',
  "Copy the Value column right away (it is shown only once). The Secret ID is not the secret: Microsoft answers AADSTS7000215 if it is used.":
    'Value（値）列をすぐにコピーします（表示されるのは一度だけです）。Secret ID（シークレット ID）はシークレットではありません。使うと Microsoft は AADSTS7000215 を返します。',
  "Hand the value to the Jira admin over a safe channel, and note the expiry date so the secret is renewed before it runs out.":
    '値は安全な経路で Jira の管理者に渡し、期限が切れる前にシークレットを更新できるよう、有効期限を記録しておきます。',
  "Put the new client secret into Jira":
    '新しいクライアント シークレットを Jira に入力する',
  "In {{var:oauthMenuPath}}, edit the Microsoft integration, paste the new client secret and save.":
    '{{var:oauthMenuPath}} で Microsoft の統合を編集し、新しいクライアント シークレットを貼り付けて保存します。',
  "Authorize the mailbox again in {{var:incomingMailPath}} and run the connection test.":
    '{{var:incomingMailPath}} でメールボックスを再度承認し、接続テストを実行します。',
  "The inbox is flooded with messages":
    '受信トレイにメッセージが殺到している',
  "When the inbox keeps filling with a very large number of messages (such as delivery-failure mails), the connection test of the mail handler can fail.":
    '受信トレイに非常に大量のメッセージ（配信不能通知など）が届き続けると、メール ハンドラーの接続テストが失敗することがあります。',
  "The inbox is continuously flooded with messages, which can make the connection test fail.":
    '受信トレイにメッセージが絶えず殺到しており、接続テストが失敗する原因になり得ます。',
  "The mail connection timed out; a flooded inbox is one reason.":
    'メール接続がタイムアウトしました。受信トレイへのメッセージの殺到は理由の 1 つです。',
  "The inbox holds {{fact:mailbox.messageCount}} messages: from 100,000 in one folder, Exchange is known to open the folder slowly.":
    '受信トレイには {{fact:mailbox.messageCount}} 件のメッセージがあります。1 つのフォルダーのメッセージが 100,000 件以上になると、Exchange はそのフォルダーを開くのが遅くなることが知られています。',
  "The inbox holds a normal amount of mail.":
    '受信トレイのメールの量は通常の範囲です。',
  "The cause is a continuous flood of messages; the inbox was looked at and holds a normal amount.":
    'この原因はメッセージの絶え間ない殺到です。受信トレイを確認し、通常の量であることを確かめました。',
  "Empty the inbox, authorize, then bring the mail back in batches":
    '受信トレイを空にして承認し、メールを少しずつ戻す',
  "Delete the flood of messages, or move everything from the inbox to a temporary subfolder so the inbox is empty.":
    '殺到したメッセージを削除するか、受信トレイのすべてを一時的なサブフォルダーに移して、受信トレイを空にします。',
  "Have the Jira admin authorize the mail server again in {{var:incomingMailPath}} and run the connection test.":
    'Jira の管理者に、{{var:incomingMailPath}} でメール サーバーを再度承認して接続テストを実行してもらいます。',
  "Once both succeed, move the unprocessed messages back to the inbox in batches, letting the handler process each batch.":
    '両方が成功したら、未処理のメッセージを少しずつ受信トレイに戻し、ハンドラーに各バッチを処理させます。',
  "Find and stop what floods the inbox (for example a bounce loop), or it fills up again.":
    '受信トレイにメールを殺到させているもの（バウンス ループなど）を見つけて止めます。止めないと再びいっぱいになります。',
  "An outbound proxy blocks Jira from the mail provider":
    '送信プロキシが Jira からメール プロバイダーへの接続をブロックしている',
  "When Jira's JVM is set to use an outbound proxy (-Dhttp.proxyHost, -Dhttps.proxyHost), a proxy that does not let the calls through stops Jira from getting the OAuth 2.0 token, and the authorization fails.":
    'Jira の JVM が送信プロキシを使うように設定されている場合（-Dhttp.proxyHost、-Dhttps.proxyHost）、呼び出しを通さないプロキシがあると Jira は OAuth 2.0 トークンを取得できず、承認が失敗します。',
  "Jira's JVM sends HTTPS through an outbound proxy ({{detail}}), which includes the token request to {{var:signInHost}}.":
    'Jira の JVM は HTTPS を送信プロキシ経由で送っており（{{detail}}）、これには {{var:signInHost}} へのトークン リクエストも含まれます。',
  "Jira's JVM is set to use an outbound proxy ({{detail}}).":
    'Jira の JVM は送信プロキシを使うように設定されています（{{detail}}）。',
  "The JVM arguments also set -Dhttps.nonProxyHosts, which Java ignores: only http.nonProxyHosts exists (it covers HTTPS too). The hosts listed in it still go through the proxy.":
    'JVM 引数で -Dhttps.nonProxyHosts も設定されていますが、Java はこれを無視します。存在するのは http.nonProxyHosts だけです（HTTPS にも適用されます）。そこに記載したホストは、依然としてプロキシを経由します。',
  "The mail connection timed out; a proxy in the way is one reason.":
    'メール接続がタイムアウトしました。途中にあるプロキシは理由の 1 つです。',
  "The OAuth 2.0 integration test failed; a proxy that blocks the token request is one reason.":
    'OAuth 2.0 統合のテストが失敗しました。トークン リクエストをブロックするプロキシは理由の 1 つです。',
  "Jira's JVM arguments set no outbound proxy.":
    'Jira の JVM 引数には送信プロキシが設定されていません。',
  "Every way Java picks an outbound proxy (http.proxyHost, https.proxyHost, socksProxyHost, java.net.useSystemProxies) was read from the JVM arguments, in whatever form they were pasted, and none is set.":
    'Java が送信プロキシを選ぶすべての方法（http.proxyHost、https.proxyHost、socksProxyHost、java.net.useSystemProxies）を、貼り付けられた形式にかかわらず JVM 引数から読み取り、どれも設定されていないことを確認しました。',
  "Jira has an outbound proxy, but -Dhttp.nonProxyHosts already lets the sign-in host and the mail host past it ({{detail}}), so the proxy is not in the way of the mail connection.":
    'Jira には送信プロキシがありますが、-Dhttp.nonProxyHosts によってサインイン ホストとメール ホストはすでにプロキシを経由しないようになっているため（{{detail}}）、プロキシはメール接続の妨げになっていません。',
  "Java sends HTTP and HTTPS to a host that matches http.nonProxyHosts directly, and IMAP and POP never use http(s).proxyHost; with both hosts listed, nothing of the mail setup goes through the proxy.":
    'Java は http.nonProxyHosts に一致するホストへの HTTP と HTTPS を直接送信し、IMAP と POP は http(s).proxyHost を一切使いません。両方のホストが記載されていれば、メールの設定に関するものはプロキシを経由しません。',
  "Option 1: send the mail connection through the proxy":
    '方法 1: メール接続をプロキシ経由で送る',
  "Add these JVM arguments (in <JIRA_INSTALL>/bin/setenv.sh or setenv.bat, JVM_SUPPORT_RECOMMENDED_ARGS), with your proxy's host and the port it listens on:":
    'プロキシのホストと待ち受けポートを指定して、次の JVM 引数を追加します（<JIRA_INSTALL>/bin/setenv.sh または setenv.bat の JVM_SUPPORT_RECOMMENDED_ARGS）:',
  "The protocol name is imaps for IMAP over TLS and pop3s for POP over TLS.":
    'プロトコル名は、IMAP over TLS では imaps、POP over TLS では pop3s です。',
  "Make sure the proxy also lets through HTTPS to {{var:signInHost}}, where Jira gets its tokens.":
    'Jira がトークンを取得する {{var:signInHost}} への HTTPS もプロキシが通すことを確認します。',
  "Restart Jira (every node) for the change to take effect.":
    '変更を反映するには Jira（すべてのノード）を再起動します。',
  "The proxy must accept HTTP CONNECT to the mail server's port. The article's example uses port 993 for the proxy; the port to give is the one your proxy listens on (Jakarta Mail's default is 80).":
    'プロキシは、メール サーバーのポートへの HTTP CONNECT を受け付ける必要があります。記事の例ではプロキシにポート 993 を使っていますが、指定するのはプロキシが待ち受けているポートです（Jakarta Mail の既定値は 80）。',
  "Option 2: let Jira reach the mail provider directly, past the proxy":
    '方法 2: プロキシを経由せず、Jira からメール プロバイダーに直接接続させる',
  "Add the mail provider and its sign-in host to http.nonProxyHosts, next to localhost and Jira's own host (hosts separated by |, * as wildcard):":
    'メール プロバイダーとそのサインイン ホストを、localhost と Jira 自身のホストと並べて http.nonProxyHosts に追加します（ホストは | で区切り、* をワイルドカードとして使います）:',
  "If the JVM arguments contain -Dhttps.nonProxyHosts, remove it: it has no effect.":
    'JVM 引数に -Dhttps.nonProxyHosts が含まれている場合は削除します。効果はありません。',
  "Use -Dhttp.nonProxyHosts, which Java applies to HTTPS too; -Dhttps.nonProxyHosts, shown in Atlassian's article, does not exist in Java and is ignored.":
    'Java が HTTPS にも適用する -Dhttp.nonProxyHosts を使ってください。アトラシアンの記事にある -Dhttps.nonProxyHosts は Java には存在せず、無視されます。',
  "http(s).proxyHost only affects HTTP and HTTPS calls, such as the token request to {{var:signInHost}}; IMAP and POP connections never use it. So the sign-in host is the entry that matters for the OAuth 2.0 flow.":
    'http(s).proxyHost が影響するのは、{{var:signInHost}} へのトークン リクエストなどの HTTP と HTTPS の呼び出しだけです。IMAP と POP の接続では一切使われません。そのため、OAuth 2.0 のフローで重要なのはサインイン ホストの項目です。',
  "Microsoft Graph: the app's permissions have no admin consent":
    'Microsoft Graph: アプリのアクセス許可に管理者の同意がない',
  "With Microsoft Graph and client credentials (Jira 9.17 and later, JSM email channels from 5.8.0), Jira reads mail with the app's own application permissions. They take effect only after an administrator grants consent for the organization.":
    'Microsoft Graph とクライアント資格情報を使う場合（Jira 9.17 以降、JSM 5.8.0 以降のメール チャンネル）、Jira はアプリ自身のアプリケーションの許可でメールを読み取ります。この許可は、管理者が組織に対して同意を与えて初めて有効になります。',
  "No administrator has granted consent for the app's Microsoft Graph permissions, so Microsoft gives Jira no access to the mailbox.":
    'アプリの Microsoft Graph のアクセス許可に対して管理者が同意を与えていないため、Microsoft は Jira にメールボックスへのアクセスを許可しません。',
  "Microsoft answered AADSTS65001 (no consent) for an app that reads mail through Microsoft Graph.":
    'Microsoft Graph でメールを読み取るアプリに対して、Microsoft が AADSTS65001（同意なし）を返しました。',
  "The mail server entry uses {{var:protocolName}}, not Microsoft Graph; admin consent for Graph application permissions plays no part.":
    'メール サーバー設定は Microsoft Graph ではなく {{var:protocolName}} を使っています。Graph のアプリケーションの許可に対する管理者の同意は関係ありません。',
  "Only the Graph path reads mail with application permissions; IMAP and POP sign in as a user.":
    'アプリケーションの許可でメールを読み取るのは Graph の経路だけです。IMAP と POP はユーザーとしてサインインします。',
  "An administrator has granted consent for the app's permissions.":
    '管理者がアプリのアクセス許可に同意を与えています。',
  "The Status column of the API permissions was read and shows the consent, which is all this cause is about.":
    'API のアクセス許可の Status（状態）列を読み取り、同意が表示されていることを確認しました。この原因が対象とするのはそれだけです。',
  "Grant admin consent for the app":
    'アプリに管理者の同意を与える',
  "Azure portal > App registrations > the app Jira uses > API permissions.":
    'Azure portal > App registrations（アプリの登録）> Jira が使用するアプリ > API permissions（API のアクセス許可）。',
  "Click \"Grant admin consent for <organization>\" and confirm; every permission should then show \"Granted\".":
    '"Grant admin consent for <organization>"（<organization> に管理者の同意を与えます）をクリックして確定します。すべてのアクセス許可に "Granted"（付与されました）と表示されるはずです。',
  "Then test the mail handler again in {{var:incomingMailPath}}.":
    'その後、{{var:incomingMailPath}} でメール ハンドラーを再度テストします。',
  "Microsoft Graph: the app lacks the Mail.ReadWrite application permission":
    'Microsoft Graph: アプリにアプリケーションの許可 Mail.ReadWrite がない',
  "Reading mail through Microsoft Graph with client credentials needs application permissions (Mail.ReadWrite, User.Read.All, and Mail.ReadWrite.Shared where offered). Delegated permissions do not count: no user signs in.":
    'クライアント資格情報を使って Microsoft Graph でメールを読み取るには、アプリケーションの許可（Mail.ReadWrite、User.Read.All、および表示される場合は Mail.ReadWrite.Shared）が必要です。ユーザーがサインインしないため、委任されたアクセス許可は意味を持ちません。',
  "The app does not have Mail.ReadWrite as a Microsoft Graph application permission.":
    'アプリには、Microsoft Graph のアプリケーションの許可として Mail.ReadWrite がありません。',
  "The mail server entry uses {{var:protocolName}}, not Microsoft Graph; its permissions are the IMAP or POP scopes instead.":
    'メール サーバー設定は Microsoft Graph ではなく {{var:protocolName}} を使っています。その権限は代わりに IMAP または POP のスコープで決まります。',
  "Graph application permissions only matter on the Graph path.":
    'Graph のアプリケーションの許可が関係するのは Graph の経路だけです。',
  "The app has Mail.ReadWrite as a Microsoft Graph application permission.":
    'アプリには、Microsoft Graph のアプリケーションの許可として Mail.ReadWrite があります。',
  "The app's API permissions were read and include the permission Atlassian's guide names.":
    'アプリの API のアクセス許可を読み取り、アトラシアンのガイドが挙げるアクセス許可が含まれていることを確認しました。',
  "Give the app the Microsoft Graph application permissions":
    'アプリに Microsoft Graph のアプリケーションの許可を付与する',
  "Azure portal > App registrations > the app > API permissions > Add a permission > Microsoft Graph > Application permissions, and add:":
    'Azure portal > App registrations（アプリの登録）> 対象のアプリ > API permissions（API のアクセス許可）> Add a permission（アクセス許可の追加）> Microsoft Graph > Application permissions（アプリケーションの許可）で、次を追加します:',
  "Add Mail.ReadWrite.Shared too if it is offered.":
    'Mail.ReadWrite.Shared が表示される場合は、それも追加します。',
  "Grant admin consent for the organization, then test the mail handler again in {{var:incomingMailPath}}.":
    '組織に対して管理者の同意を与えてから、{{var:incomingMailPath}} でメール ハンドラーを再度テストします。',
  "An Exchange application access policy keeps the app out of this mailbox":
    'Exchange のアプリケーション アクセス ポリシーにより、アプリがこのメールボックスにアクセスできない',
  "Exchange Online can limit an app with Graph application permissions to a group of mailboxes (application access policies, now being replaced by role based access control for applications). A mailbox outside that group stays closed to Jira even with the right permissions and consent.":
    'Exchange Online では、Graph のアプリケーションの許可を持つアプリがアクセスできるメールボックスを、特定のグループに制限できます（アプリケーション アクセス ポリシー。現在はアプリケーション向けのロールベースのアクセス制御に置き換えが進んでいます）。そのグループ外のメールボックスは、権限と同意が正しくても Jira からはアクセスできません。',
  "An Exchange application access policy leaves this mailbox out of the ones the app may open.":
    'Exchange のアプリケーション アクセス ポリシーにより、アプリが開けるメールボックスからこのメールボックスが外れています。',
  "The mail server entry uses {{var:protocolName}}; application access policies apply to apps that use Microsoft Graph, EWS or Outlook REST.":
    'メール サーバー設定は {{var:protocolName}} を使っています。アプリケーション アクセス ポリシーが適用されるのは、Microsoft Graph、EWS、Outlook REST を使うアプリです。',
  "Microsoft's page limits these policies to apps using those APIs; an IMAP or POP sign-in is not one of them.":
    'Microsoft のページでは、このポリシーの対象をこれらの API を使うアプリに限定しています。IMAP や POP のサインインは含まれません。',
  "No application access policy keeps the app out of this mailbox.":
    'アプリがこのメールボックスにアクセスできなくなるようなアプリケーション アクセス ポリシーはありません。',
  "The policies were listed (or tested for this mailbox and app) and allow it.":
    'ポリシーを一覧表示し（またはこのメールボックスとアプリについてテストし）、アクセスが許可されていることを確認しました。',
  "Let the app open this mailbox":
    'アプリがこのメールボックスを開けるようにする',
  "In Exchange Online PowerShell, check what the policy allows for this mailbox and app:":
    'Exchange Online PowerShell で、このメールボックスとアプリについてポリシーが何を許可しているかを確認します:',
  "Add the mailbox to the group the policy names (its PolicyScopeGroupId), or change the policy. Microsoft asks not to create new application access policies: where you set up new limits, use role based access control for applications in Exchange Online.":
    'ポリシーで指定されたグループ（PolicyScopeGroupId）にメールボックスを追加するか、ポリシーを変更します。Microsoft は新しいアプリケーション アクセス ポリシーを作成しないよう求めています。新たに制限を設定する場合は、Exchange Online のアプリケーション向けロールベースのアクセス制御を使ってください。',
  "Changes can take a while to apply; then test the mail handler again in {{var:incomingMailPath}}.":
    '変更の反映には時間がかかることがあります。その後、{{var:incomingMailPath}} でメール ハンドラーを再度テストします。',
  "Microsoft Graph: the app is multi-tenant, where Atlassian asks for single-tenant":
    'Microsoft Graph: アトラシアンがシングル テナントを求めているのに、アプリがマルチテナントになっている',
  "For Graph mail with client credentials, Atlassian's guide registers the app for \"Accounts in this organizational directory only (Single tenant)\". Here single-tenant is the requirement, not a fault; a multi-tenant app is the deviation.":
    'クライアント資格情報を使った Graph でのメールの場合、アトラシアンのガイドではアプリを "Accounts in this organizational directory only (Single tenant)"（この組織ディレクトリのみに含まれるアカウント (シングル テナント)）で登録します。ここではシングル テナントが要件であって不具合ではなく、マルチテナントのアプリのほうが逸脱です。',
  "The app is multi-tenant, but Atlassian's guide for Graph mail with client credentials registers it as single-tenant in your own directory.":
    'アプリはマルチテナントですが、クライアント資格情報を使った Graph でのメールについてのアトラシアンのガイドでは、自社のディレクトリでシングル テナントとして登録します。',
  "The mail server entry uses {{var:protocolName}}; the single-tenant requirement belongs to the Graph path.":
    'メール サーバー設定は {{var:protocolName}} を使っています。シングル テナントの要件は Graph の経路に関するものです。',
  "On the IMAP and POP path the account type is judged by the other cause (single-tenant with the default endpoints).":
    'IMAP と POP の経路では、アカウントの種類はもう一方の原因（既定のエンドポイントを使うシングル テナント）で判断します。',
  "The app is single-tenant, as Atlassian's Graph guide asks.":
    'アトラシアンの Graph ガイドのとおり、アプリはシングル テナントです。',
  "The app's supported account types were read and match the guide.":
    'アプリのサポートされているアカウントの種類を読み取り、ガイドと一致していることを確認しました。',
  "Register the app for your own directory only":
    'アプリを自社のディレクトリ専用として登録する',
  "Register a new app with \"Accounts in this organizational directory only (Single tenant)\", give it the Graph application permissions and admin consent, and create a client secret.":
    '"Accounts in this organizational directory only (Single tenant)"（この組織ディレクトリのみに含まれるアカウント (シングル テナント)）で新しいアプリを登録し、Graph のアプリケーションの許可と管理者の同意を与えて、クライアント シークレットを作成します。',
  "Hand the Jira admin the Application (client) ID, the Directory (tenant) ID and the secret's value.":
    'アプリケーション (クライアント) ID、ディレクトリ (テナント) ID、シークレットの値を Jira の管理者に渡します。',
  "The app does not know Jira's Redirect URL (AADSTS50011)":
    'アプリに Jira のリダイレクト URL が登録されていない（AADSTS50011）',
  "After the Microsoft sign-in, Microsoft sends the browser back to Jira's Redirect URL, and only to addresses registered in the app. If the Redirect URL was not copied exactly, or Jira's Base URL changed since, Microsoft refuses with AADSTS50011.":
    'Microsoft へのサインイン後、Microsoft はブラウザーを Jira のリダイレクト URL に戻しますが、戻せるのはアプリに登録されたアドレスだけです。リダイレクト URL が正確にコピーされていない場合や、その後 Jira のベース URL が変わった場合、Microsoft は AADSTS50011 で拒否します。',
  "Microsoft answered AADSTS50011: the Redirect URL Jira sent is not among the redirect URIs of the app.":
    'Microsoft が AADSTS50011 を返しました。Jira が送ったリダイレクト URL が、アプリのリダイレクト URI に含まれていません。',
  "Jira's Redirect URL is not registered exactly as a redirect URI of the app.":
    'Jira のリダイレクト URL が、アプリのリダイレクト URI として正確に登録されていません。',
  "Jira's Redirect URL is registered exactly in the app.":
    'Jira のリダイレクト URL はアプリに正確に登録されています。',
  "Both places were compared and hold the same address; Microsoft compares them as text.":
    '両方の場所を比較し、同じアドレスであることを確認しました。Microsoft はこれらを文字列として比較します。',
  "With Microsoft Graph and client credentials no browser signs in, so no Redirect URL is used.":
    'Microsoft Graph とクライアント資格情報を使う場合はブラウザーでのサインインがないため、リダイレクト URL は使われません。',
  "The client-credentials grant has no redirect step.":
    'クライアント資格情報フローにはリダイレクトの手順がありません。',
  "Register Jira's Redirect URL in the app":
    'Jira のリダイレクト URL をアプリに登録する',
  "Ask the Jira admin for the Redirect URL shown at the bottom of the integration in {{var:oauthMenuPath}}.":
    '{{var:oauthMenuPath}} の統合の下部に表示されるリダイレクト URL を Jira の管理者に確認します。',
  "Azure portal > App registrations > the app > Authentication > Platform configurations > Web > Redirect URIs: add it exactly (same scheme, host, path and case) and save.":
    'Azure portal > App registrations（アプリの登録）> 対象のアプリ > Authentication（認証）> Platform configurations（プラットフォーム構成）> Web > Redirect URIs（リダイレクト URI）: 正確に（スキーム、ホスト、パス、大文字と小文字も同じ形で）追加して保存します。',
  "If Jira's Base URL changed since the integration was created, generate the Redirect URL again in Jira first; it is built from the Base URL.":
    '統合の作成後に Jira のベース URL が変わった場合は、先に Jira でリダイレクト URL を生成し直します。リダイレクト URL はベース URL から作られます。',
  "Jira's Base URL is not HTTPS, or not the address people use":
    'Jira のベース URL が HTTPS ではない、またはユーザーが使うアドレスではない',
  "Atlassian's OAuth 2.0 integrations need Jira served over HTTPS and a correctly set Base URL: the Redirect URL given to Microsoft is built from it. Over plain HTTP the integration cannot be set up.":
    'アトラシアンの OAuth 2.0 統合には、Jira が HTTPS で提供されていることと、ベース URL が正しく設定されていることが必要です。Microsoft に渡すリダイレクト URL はベース URL から作られます。平文の HTTP では統合を設定できません。',
  "Jira's Base URL is {{fact:jira.baseUrl}}, plain HTTP; OAuth 2.0 integrations need Jira to run over HTTPS.":
    'Jira のベース URL は {{fact:jira.baseUrl}} で、平文の HTTP です。OAuth 2.0 統合には、Jira が HTTPS で動作している必要があります。',
  "Microsoft refused the Redirect URL; a Base URL that is not the address people use (or not https) gives Jira a wrong Redirect URL.":
    'Microsoft がリダイレクト URL を拒否しました。ベース URL がユーザーの使うアドレスでない（または https でない）と、Jira のリダイレクト URL が誤ったものになります。',
  "Jira's Base URL ({{fact:jira.baseUrl}}) uses HTTPS.":
    'Jira のベース URL（{{fact:jira.baseUrl}}）は HTTPS を使っています。',
  "The requirement is HTTPS and a Base URL that matches the Redirect URL registered in the app; the Base URL is https and nothing shows a mismatch.":
    '要件は、HTTPS であることと、ベース URL がアプリに登録されたリダイレクト URL と一致していることです。ベース URL は https で、不一致を示すものもありません。',
  "With Microsoft Graph and client credentials Jira needs no Redirect URL; the Base URL plays no part in the sign-in.":
    'Microsoft Graph とクライアント資格情報を使う場合、Jira にはリダイレクト URL が不要です。ベース URL はサインインに関係しません。',
  "The client-credentials grant has no redirect step built from the Base URL.":
    'クライアント資格情報フローには、ベース URL から作られるリダイレクトの手順がありません。',
  "Serve Jira over HTTPS with the right Base URL":
    '正しいベース URL で Jira を HTTPS で提供する',
  "Serve Jira over HTTPS (directly or behind a reverse proxy that terminates TLS), with the proxy settings of Tomcat matching the public address.":
    'Jira を HTTPS で提供し（直接、または TLS を終端するリバース プロキシの背後で）、Tomcat のプロキシ設定を公開アドレスに合わせます。',
  "Set ⚙ > System > General configuration > Base URL to the https address people use.":
    `⚙ > System > General configuration（${JA_MENU.generalConfiguration}）> Base URL（ベース URL）に、ユーザーが使う https のアドレスを設定します。`,
  "Generate the Redirect URL of the integration again in {{var:oauthMenuPath}}, register it in the app, and authorize the mailbox again.":
    '{{var:oauthMenuPath}} で統合のリダイレクト URL を生成し直してアプリに登録し、メールボックスを再度承認します。',
  "Nobody has consented to the app yet (AADSTS65001)":
    'まだ誰もアプリに同意していない（AADSTS65001）',
  "Before Jira may use the mailbox, the person who signs in, or an administrator for everyone, must consent to the permissions the app asks for. Where users may not consent themselves, Microsoft refuses with AADSTS65001 until an administrator does.":
    'Jira がメールボックスを使えるようになる前に、サインインするユーザー、または全員を代表して管理者が、アプリが求めるアクセス許可に同意する必要があります。ユーザー自身が同意できない組織では、管理者が同意するまで Microsoft は AADSTS65001 で拒否します。',
  "Microsoft answered AADSTS65001: the user or administrator has not consented to the app.":
    'Microsoft が AADSTS65001 を返しました。ユーザーまたは管理者がアプリに同意していません。',
  "No administrator has consented to the app, and the integration test failed.":
    '管理者がアプリに同意しておらず、統合のテストが失敗しました。',
  "Admin consent covers every user of the organization, so no sign-in waits for consent.":
    '管理者の同意は組織のすべてのユーザーに及ぶため、同意を待つサインインはありません。',
  "Consent to the app":
    'アプリに同意する',
  "Azure portal > App registrations > the app Jira uses > API permissions > \"Grant admin consent for <organization>\".":
    'Azure portal > App registrations（アプリの登録）> Jira が使用するアプリ > API permissions（API のアクセス許可）> "Grant admin consent for <organization>"（<organization> に管理者の同意を与えます）。',
  "Or let the person who authorizes the mailbox accept the consent screen, if your organization lets users consent.":
    'または、組織でユーザーの同意が許可されている場合は、メールボックスを承認するユーザーに同意画面で承諾してもらいます。',
  "Jira's stored authorization was revoked or expired (AADSTS50173, AADSTS700082)":
    'Jira が保存した承認が取り消された、または期限切れになった（AADSTS50173、AADSTS700082）',
  "Jira keeps a refresh token from the day the mailbox was authorized. A password change or an administrator can revoke it (AADSTS50173), and one unused for too long expires (AADSTS700082). From then on the handler fails until the mailbox is authorized again.":
    'Jira は、メールボックスを承認した日からリフレッシュ トークンを保持しています。パスワードの変更や管理者によって取り消されることがあり（AADSTS50173）、長期間使われないと期限切れになります（AADSTS700082）。それ以降、メールボックスを再度承認するまでハンドラーは失敗します。',
  "Microsoft refused the refresh token Jira stored ({{detail}}).":
    'Microsoft が、Jira の保存したリフレッシュ トークンを拒否しました（{{detail}}）。',
  "The handler worked, and the password of the account that authorized it changed since: a password change can revoke the authorization Jira stored.":
    'ハンドラーは動作していましたが、その後、承認したアカウントのパスワードが変更されました。パスワードを変更すると、Jira が保存した承認が取り消されることがあります。',
  "With Microsoft Graph and client credentials Jira keeps no refresh token: it asks for a new token with the client secret each time.":
    'Microsoft Graph とクライアント資格情報を使う場合、Jira はリフレッシュ トークンを保持せず、毎回クライアント シークレットで新しいトークンを要求します。',
  "The client-credentials grant issues no refresh token.":
    'クライアント資格情報フローでは、リフレッシュ トークンは発行されません。',
  "The handler never worked, so there was no stored authorization to lose.":
    'ハンドラーは一度も動作していないため、失われる保存済みの承認もありません。',
  "A revoked or expired refresh token needs an earlier authorization that worked.":
    'リフレッシュ トークンが取り消されたり期限切れになったりするには、以前に成功した承認が必要です。',
  "Authorize the mailbox again":
    'メールボックスを再度承認する',
  "In {{var:incomingMailPath}}, authorize the mailbox again, signed in to Microsoft as the intended account, and run the connection test.":
    '{{var:incomingMailPath}} で、意図したアカウントで Microsoft にサインインしてメールボックスを再度承認し、接続テストを実行します。',
  "A mailbox that is only read now and then can let the token expire from disuse; keep the handler running on its schedule.":
    'たまにしか読み取られないメールボックスでは、使われないままトークンが期限切れになることがあります。ハンドラーをスケジュールどおりに動作させておいてください。',

  // variables
  "Where Jira keeps the OAuth 2.0 integration with the mail provider, by Jira version.":
    'メール プロバイダーとの OAuth 2.0 統合が Jira のどこにあるか（Jira のバージョンによる）。',
  "⚙ > Applications > Application Links":
    `⚙ > Applications > Application Links（${JA_MENU.applicationLinks}）`,
  "⚙ > System > OAuth 2.0":
    `⚙ > System > OAuth 2.0（${JA_MENU.system} > OAuth 2.0）`,
  "⚙ > System > OAuth 2.0 (Jira 8.21.x and older) or ⚙ > Applications > Application Links (Jira 8.22.0 and later)":
    `⚙ > System > OAuth 2.0（${JA_MENU.system} > OAuth 2.0）（Jira 8.21.x 以前）または ⚙ > Applications > Application Links（${JA_MENU.applicationLinks}）（Jira 8.22.0 以降）`,
  "Where the OAuth 2.0 integration is once Jira has been upgraded: its place moved in 8.22.0.":
    'Jira のアップグレード後に OAuth 2.0 統合がある場所（8.22.0 で場所が移動しました）。',
  "⚙ > Applications > Application Links if the new version is 8.22.0 or later (⚙ > System > OAuth 2.0 before that)":
    `新しいバージョンが 8.22.0 以降なら ⚙ > Applications > Application Links（${JA_MENU.applicationLinks}）（それより前は ⚙ > System > OAuth 2.0（${JA_MENU.system} > OAuth 2.0））`,
  "The Microsoft 365 plan family of the mailbox, as Microsoft names it.":
    'メールボックスの Microsoft 365 プランの系統（Microsoft の呼び方で）。',
  "worldwide":
    'ワールドワイド（商用）',
  "GCC":
    'GCC',
  "GCC High":
    'GCC High',
  "DoD":
    'DoD',
  "Microsoft 365":
    'Microsoft 365',
  "Where the failing mail handler is configured: Jira incoming mail or a JSM email channel.":
    '失敗しているメール ハンドラーの設定場所: Jira の受信メールまたは JSM のメール チャンネル。',
  "⚙ > System > Incoming Mail":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）`,
  "Project settings > Email requests of the service project":
    'サービス プロジェクトの Project settings > Email requests',
  "⚙ > System > Incoming Mail (Jira mail handler) or Project settings > Email requests (JSM email channel)":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）（Jira のメール ハンドラー）または Project settings > Email requests（JSM のメール チャンネル）`,
  "The scope string the Microsoft 365 cloud in use expects, exactly.":
    '使用中の Microsoft 365 クラウドが求めるスコープ文字列（そのままの形）。',
  "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access":
    'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access',
  "https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access":
    'https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access',
  "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access (worldwide, GCC included) or https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access (GCC High and DoD)":
    'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access（ワールドワイド、GCC を含む）または https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access（GCC High と DoD）',
  "The Exchange Online host for IMAP and POP in the Microsoft 365 cloud in use.":
    '使用中の Microsoft 365 クラウドで IMAP と POP に使う Exchange Online のホスト。',
  "outlook.office365.com":
    'outlook.office365.com',
  "outlook.office365.us":
    'outlook.office365.us',
  "outlook.office365.com (worldwide and GCC) or outlook.office365.us (GCC High and DoD)":
    'outlook.office365.com（ワールドワイドと GCC）または outlook.office365.us（GCC High と DoD）',
  "The mail server this installation connects to, for commands the admin copies.":
    'このインストールが接続するメール サーバー（管理者がコピーするコマンド用）。',
  "{{fact:mail.host}}":
    '{{fact:mail.host}}',
  "{{var:mailHost}}":
    '{{var:mailHost}}',
  "<mail server host>":
    '<メール サーバーのホスト>',
  "The encrypted port of the protocol in use (993 IMAPS, 995 POP3S).":
    '使用中のプロトコルの暗号化ポート（IMAPS は 993、POP3S は 995）。',
  "995":
    '995',
  "993":
    '993',
  "The ports the firewall must let through for the protocol in use.":
    '使用中のプロトコルについて、ファイアウォールで通過を許可する必要があるポート。',
  "port 993 (IMAP over TLS; 143 for plain IMAP)":
    'ポート 993（IMAP over TLS。平文の IMAP は 143）',
  "port 995 (POP over TLS; 110 for plain POP)":
    'ポート 995（POP over TLS。平文の POP は 110）',
  "ports 993 (IMAP over TLS), 995 (POP over TLS), 143 (IMAP) and 110 (POP)":
    'ポート 993（IMAP over TLS）、995（POP over TLS）、143（IMAP）、110（POP）',
  "The mail protocol of the mail server entry, in words.":
    'メール サーバー設定のメール プロトコル（文章での表記）。',
  "IMAP (or POP, whichever the mail server entry uses)":
    'IMAP（メール サーバー設定で POP を使用している場合は POP）',
  "The Jakarta Mail protocol name in mail.<protocol>.proxy.* for this mail server (TLS on).":
    'このメール サーバーの mail.<protocol>.proxy.* で使う Jakarta Mail のプロトコル名（TLS 有効時）。',
  "imaps":
    'imaps',
  "pop3s":
    'pop3s',
  "The Microsoft identity platform host that signs in accounts of the cloud in use.":
    '使用中のクラウドのアカウントをサインインさせる Microsoft ID プラットフォームのホスト。',
  "login.microsoftonline.us":
    'login.microsoftonline.us',
  "login.microsoftonline.com":
    'login.microsoftonline.com',
  "The authorization endpoint that names the tenant, for single-tenant apps (the tenant id stays a placeholder).":
    'シングル テナントのアプリ用の、テナントを指定した承認エンドポイント（テナント ID はプレースホルダーのまま）。',
  "https://{{var:authorityHost}}/<TENANT_ID>/oauth2/v2.0/authorize":
    'https://{{var:authorityHost}}/<TENANT_ID>/oauth2/v2.0/authorize',
  "The token endpoint that names the tenant, for single-tenant apps (the tenant id stays a placeholder).":
    'シングル テナントのアプリ用の、テナントを指定したトークン エンドポイント（テナント ID はプレースホルダーのまま）。',
  "https://{{var:authorityHost}}/<TENANT_ID>/oauth2/v2.0/token":
    'https://{{var:authorityHost}}/<TENANT_ID>/oauth2/v2.0/token',
  "The host Jira gets its OAuth 2.0 tokens from: the Microsoft sign-in host of the cloud in use.":
    'Jira が OAuth 2.0 トークンを取得するホスト: 使用中のクラウドの Microsoft サインイン ホスト。',
  "{{var:authorityHost}}":
    '{{var:authorityHost}}',
  "<token host of the mail provider>":
    '<メール プロバイダーのトークン ホスト>',
  "The wildcard for the mail provider in http.nonProxyHosts.":
    'http.nonProxyHosts に指定するメール プロバイダーのワイルドカード。',
  "*.office365.us":
    '*.office365.us',
  "*.gmail.com":
    '*.gmail.com',
  "*.office365.com":
    '*.office365.com',

  // signatures
  "OAuth token not defined for the mail connection":
    'メール接続の OAuth トークンが定義されていない',
  "JSM has no usable OAuth 2.0 token for the email channel. Seen with a mailbox without an \"Inbox\" folder, the second OAuth channel of the 4.18 beta, an expired client secret (JSM shows this instead of AADSTS7000222) and wrong scopes.":
    'JSM に、メール チャンネルで使える OAuth 2.0 トークンがありません。"Inbox" フォルダーのないメールボックス、4.18 のベータ版での 2 つ目の OAuth チャンネル、期限切れのクライアント シークレット（JSM では AADSTS7000222 の代わりにこれが表示されます）、スコープの誤りで見られます。',
  "Jira couldn't open the inbox":
    'Jira が受信トレイを開けなかった',
  "The sign-in worked but the inbox could not be opened: no folder named \"Inbox\" (mailbox language), IMAP or POP off for the mailbox, or no Full Access on it.":
    'サインインは成功しましたが、受信トレイを開けませんでした。"Inbox" という名前のフォルダーがない（メールボックスの言語）、メールボックスで IMAP や POP が無効、またはメールボックスへのフル アクセス許可がない、のいずれかです。',
  "The IMAP server refused the OAuth 2.0 sign-in":
    'IMAP サーバーが OAuth 2.0 のサインインを拒否した',
  "Exchange answered \"NO AUTHENTICATE failed\" to the token: wrong scopes, IMAP off for the mailbox, no Full Access, no licence, or the token belongs to another Microsoft account.":
    'Exchange がトークンに対して "NO AUTHENTICATE failed" と応答しました。スコープの誤り、メールボックスで IMAP が無効、フル アクセス許可がない、ライセンスがない、またはトークンが別の Microsoft アカウントのものである、のいずれかです。',
  "The POP server refused the OAuth 2.0 sign-in":
    'POP サーバーが OAuth 2.0 のサインインを拒否した',
  "The POP counterpart of \"AUTHENTICATE failed\": wrong scopes, POP off for the mailbox, no Full Access, no licence, or another Microsoft account.":
    '"AUTHENTICATE failed" の POP 版です。スコープの誤り、メールボックスで POP が無効、フル アクセス許可がない、ライセンスがない、または別の Microsoft アカウント、のいずれかです。',
  "POP: Protocol error. Connection is closed. 10":
    'POP: Protocol error. Connection is closed. 10（プロトコル エラーで接続が閉じられた）',
  "Microsoft's POP server got the OAuth 2.0 login on one line. Either this Jira version cannot do POP with OAuth 2.0, or \"Use two line authentication format\" is not ticked.":
    'Microsoft の POP サーバーが、OAuth 2.0 のログインを 1 行形式で受け取りました。この Jira バージョンが OAuth 2.0 での POP に対応していないか、"Use two line authentication format" にチェックが入っていません。',
  "IMAP: User is authenticated but not connected":
    'IMAP: User is authenticated but not connected（認証済みだが接続されていない）',
  "The sign-in worked, but Exchange would not open the mailbox: Client Access Rules without IMAP4, a token of another Microsoft account, or no Full Access on the mailbox.":
    'サインインは成功しましたが、Exchange がメールボックスを開きませんでした。IMAP4 を含まないクライアント アクセス ルール、別の Microsoft アカウントのトークン、またはメールボックスへのフル アクセス許可がない、のいずれかです。',
  "The mail connection timed out":
    'メール接続がタイムアウトした',
  "The mail server did not answer in time: a firewall or proxy in the way, or an inbox so full that the first read takes too long.":
    'メール サーバーが時間内に応答しませんでした。途中にファイアウォールやプロキシがあるか、受信トレイがいっぱいで最初の読み取りに時間がかかりすぎています。',
  "The OAuth 2.0 integration test failed":
    'OAuth 2.0 統合のテストが失敗した',
  "Jira could not complete the OAuth 2.0 sign-in or token request: a single-tenant app with the default /common endpoints, a wrong client id or secret, or a proxy blocking the call to Microsoft. The logs say which.":
    'Jira が OAuth 2.0 のサインインまたはトークン リクエストを完了できませんでした。既定の /common エンドポイントを使うシングル テナントのアプリ、誤ったクライアント ID やシークレット、または Microsoft への呼び出しをブロックしているプロキシ、のいずれかです。どれかはログでわかります。',
  "AADSTS50194: app is not multi-tenant, /common not allowed":
    'AADSTS50194: アプリがマルチテナントではなく、/common は許可されていない',
  "The app registration is single-tenant, and Jira signs in through the shared /common endpoint. Use endpoints that name the tenant, or make the app multi-tenant.":
    'アプリの登録はシングル テナントですが、Jira は共通の /common エンドポイントでサインインしています。テナントを指定したエンドポイントを使うか、アプリをマルチテナントにしてください。',
  "AADSTS7000222: the client secret has expired":
    'AADSTS7000222: クライアント シークレットが期限切れ',
  "The app registration's client secret is past its expiry date; Jira can no longer refresh its token.":
    'アプリの登録のクライアント シークレットが有効期限を過ぎています。Jira はトークンを更新できなくなっています。',
  "AADSTS7000215: invalid client secret":
    'AADSTS7000215: 無効なクライアント シークレット',
  "Jira sent a secret Microsoft does not know. Usually the secret's ID was pasted instead of its value: create a new secret and copy the Value column right away.":
    'Jira が、Microsoft の知らないシークレットを送りました。通常は、シークレットの値ではなく ID が貼り付けられています。新しいシークレットを作成し、Value（値）列をすぐにコピーしてください。',
  "AADSTS700016: application not found in the directory":
    'AADSTS700016: ディレクトリにアプリケーションが見つからない',
  "The tenant Jira signs in to does not know the app: the endpoints name the wrong tenant, or the app is registered in another Microsoft cloud (worldwide versus US Government).":
    'Jira がサインインするテナントがアプリを知りません。エンドポイントが誤ったテナントを指定しているか、アプリが別の Microsoft クラウド（ワールドワイドと米国政府機関向け）に登録されています。',
  "AADSTS90002: tenant not found":
    'AADSTS90002: テナントが見つからない',
  "The tenant in the endpoints does not exist in this Microsoft cloud: a mistyped tenant id or domain, or the wrong cloud (login.microsoftonline.com versus .us).":
    'エンドポイントのテナントが、この Microsoft クラウドに存在しません。テナント ID やドメインの入力ミス、または誤ったクラウド（login.microsoftonline.com と .us）です。',
  "AADSTS50020: user from another tenant":
    'AADSTS50020: 別のテナントのユーザー',
  "The account that signed in belongs to another tenant than the app's: usually the browser reused another Microsoft account.":
    'サインインしたアカウントが、アプリとは別のテナントに属しています。通常は、ブラウザーが別の Microsoft アカウントを再利用しています。',
  "AADSTS50011: the redirect URI is not registered in the app":
    'AADSTS50011: リダイレクト URI がアプリに登録されていない',
  "Microsoft does not know the address Jira asked it to send the browser back to: the Redirect URL shown in Jira's integration is not registered exactly in the app (or Jira's Base URL changed).":
    'Jira がブラウザーの戻り先として指定したアドレスを Microsoft が知りません。Jira の統合に表示されるリダイレクト URL がアプリに正確に登録されていません（または Jira のベース URL が変わりました）。',
  "AADSTS65001: consent not granted":
    'AADSTS65001: 同意が与えられていない',
  "Nobody has consented to the app's permissions yet. An administrator grants consent in the app registration (API permissions > Grant admin consent), then the mailbox is authorized again.":
    'まだ誰もアプリのアクセス許可に同意していません。管理者がアプリの登録で同意を与え（API permissions（API のアクセス許可）> Grant admin consent（管理者の同意を与えます））、その後メールボックスを再度承認します。',
  "AADSTS70008 / 700082 / 50173: the refresh token is no longer valid":
    'AADSTS70008 / 700082 / 50173: リフレッシュ トークンが無効になった',
  "Jira's stored refresh token expired, went unused too long, or was revoked (for example by a password change). Authorize the mailbox again.":
    'Jira が保存したリフレッシュ トークンが期限切れになった、長期間使われなかった、または（パスワードの変更などで）取り消されました。メールボックスを再度承認してください。',
  "AADSTS70011: invalid scope":
    'AADSTS70011: 無効なスコープ',
  "Microsoft rejected the scope string of Jira's OAuth 2.0 integration.":
    'Microsoft が Jira の OAuth 2.0 統合のスコープ文字列を拒否しました。',
};
