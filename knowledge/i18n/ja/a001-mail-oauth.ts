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
 *   shared mailbox 共有メールボックス / Full Access フル アクセス権限 / licence ライセンス /
 *   Microsoft 365 admin center Microsoft 365 管理センター / Exchange admin center Exchange 管理センター /
 *   redirect URL リダイレクト URL / connection test 接続テスト / automated check 自動チェック /
 *   cause 原因 / solution 解決策 / worldwide cloud 世界各国向けクラウド / Atlassian アトラシアン.
 * Instructions are written in です/ます; exact strings (placeholders, `code`, quoted messages and
 * labels, URLs, scopes, -D properties, AADSTS codes, versions, paths) are kept as they are.
 */
export const ja: Translations = {

  // symptoms
  "Emails sent to the help desk or project address do not become issues or comments until this is fixed.":
    'これが解決するまで、ヘルプデスクやプロジェクトのアドレスに送られたメールは課題やコメントになりません。',
  "A mail handler cannot be set up with OAuth 2.0, or stopped fetching mail":
    'メール ハンドラーを OAuth 2.0 で設定できない、またはメールの取得が止まった',
  "A Jira incoming mail handler (⚙ > System > Incoming Mail) or a JSM email channel (Project settings > Email requests) that signs in to Microsoft 365 or another mail service with OAuth 2.0 fails to authorize, fails its connection test, or stops pulling new mail.":
    `Microsoft 365 などのメール サービスに OAuth 2.0 でサインインする Jira の受信メール ハンドラー（⚙ > System > Incoming Mail（${JA_MENU.incomingMail}））または JSM のメール チャンネル（Project settings > Email requests）で、承認に失敗する、接続テストに失敗する、または新しいメールを取得しなくなります。`,

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
    'Microsoft Graph API',
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
    'JSM のメール チャンネルは 4.10.0 で OAuth 2.0 に、4.22.0 / 4.22.2 で US Government クラウドに対応し、4.22.0 で最終版のマルチチャンネル機能が入りました。',
  "⚙ > Manage apps > Manage apps: the version of Jira Service Management.":
    '⚙ > Manage apps > Manage apps: Jira Service Management のバージョン。',
  "Which Microsoft 365 plan family is the mailbox in?":
    'メールボックスはどの Microsoft 365 プランの系統にありますか?',
  "The usual case.":
    '通常はこちらです。',
  "Worldwide (commercial)":
    '世界各国向け（商用）',
  "GCC runs in the worldwide cloud.":
    'GCC は世界各国向けクラウドで動作します。',
  "US Government Community Cloud (GCC)":
    'US Government Community Cloud (GCC)',
  "US Government GCC High":
    'US Government GCC High',
  "US Government DoD":
    'US Government DoD',
  "GCC High and DoD use other scopes, another mail host (outlook.office365.us) and another sign-in host, and need newer JSM versions.":
    'GCC High と DoD では、スコープ、メール ホスト（outlook.office365.us）、サインイン ホストが異なり、より新しい JSM バージョンが必要です。',
  "The Microsoft 365 admin knows the plan. Mailboxes read at outlook.office365.us are GCC High or DoD.":
    'プランは Microsoft 365 の管理者が把握しています。outlook.office365.us で読み取るメールボックスは GCC High または DoD です。',
  "App registrations at portal.azure.us (instead of portal.azure.com) belong to the US Government cloud.":
    'portal.azure.us（portal.azure.com ではなく）にあるアプリの登録は US Government クラウドのものです。',
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
    'Microsoft 365 管理センター > ユーザー > アクティブなユーザー > メールボックスのユーザー > メール > メール アプリの管理: IMAP と POP のチェック ボックス（メニュー名は管理センターのバージョンによって異なる場合があります）。PowerShell では Get-CASMailbox <mailbox> で ImapEnabled と PopEnabled が表示されます。',
  "For a Google mailbox: the mailbox's Gmail settings, Forwarding and POP/IMAP; in Google Workspace the administrator can also turn IMAP and POP off for the organization.":
    'Google のメールボックスの場合: そのメールボックスの Gmail の設定の [メール転送と POP/IMAP]。Google Workspace では、管理者が組織全体で IMAP と POP を無効にすることもできます。',
  "Microsoft Remote Connectivity Analyzer (usually at https://testconnectivity.microsoft.com; Atlassian's article gives no address), IMAP test: choose Modern Authentication (OAuth), sign in as the person who authorizes the mailbox in Jira, and put the mailbox address in \"Alternate mailbox\" if it is another one. A failure means IMAP is off for the mailbox or the person lacks Full Access on it. The tool is not available for GCC High.":
    'Microsoft Remote Connectivity Analyzer（通常は https://testconnectivity.microsoft.com。アトラシアンの記事にはアドレスの記載がありません）の IMAP テスト: Modern Authentication (OAuth) を選択し、Jira でメールボックスを承認するユーザーとしてサインインします。メールボックスのアドレスが異なる場合は "Alternate mailbox" に入力します。失敗する場合は、そのメールボックスで IMAP が無効になっているか、そのユーザーにフル アクセス権限がありません。このツールは GCC High では使用できません。',
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
    '別のユーザーのメールボックスや共有メールボックスを読み取れるのは、承認するユーザーにそのメールボックスへのフル アクセス権限がある場合だけです。',
  "The Username (mailbox address) of the mail server entry (⚙ > System > Incoming Mail) or of the email channel.":
    `メール サーバー設定（⚙ > System > Incoming Mail（${JA_MENU.incomingMail}））またはメール チャンネルの Username（メールボックスのアドレス）。`,
  "Exchange admin center > Recipients > Mailboxes (user mailboxes) or Recipients > Shared (shared mailboxes).":
    'Exchange 管理センター > 受信者 > メールボックス（ユーザー メールボックス）、または 受信者 > 共有（共有メールボックス）。',
  "Does the person who authorizes the mailbox have Full Access on it?":
    'メールボックスを承認するユーザーに、そのメールボックスへのフル アクセス権限がありますか?',
  "Yes, Full Access is granted":
    'はい、フル アクセス権限が付与されています',
  "No":
    'いいえ',
  "Without Full Access (a delegated permission), Microsoft lets the person sign in but not open the other mailbox.":
    'フル アクセス権限（委任されたアクセス許可）がないと、Microsoft はユーザーのサインインは許可しても、別のメールボックスを開くことは許可しません。',
  "https://outlook.office365.com/ecp > Recipients > Mailboxes (another user) or Recipients > Shared (shared mailbox) > edit the mailbox > Mail delegation > Full Access. In PowerShell: Get-MailboxPermission <mailbox>.":
    'https://outlook.office365.com/ecp > Recipients > Mailboxes（別のユーザー）または Recipients > Shared（共有メールボックス）> メールボックスを編集 > Mail delegation > Full Access。PowerShell では Get-MailboxPermission <mailbox>。',
  "Microsoft Remote Connectivity Analyzer (usually at https://testconnectivity.microsoft.com; Atlassian's article gives no address), IMAP test with Modern Authentication (OAuth): sign in as the authorizing person and enter the mailbox as \"Alternate mailbox\". It fails when Full Access is missing. Not available for GCC High.":
    'Microsoft Remote Connectivity Analyzer（通常は https://testconnectivity.microsoft.com。アトラシアンの記事にはアドレスの記載がありません）で、Modern Authentication (OAuth) を使った IMAP テスト: 承認するユーザーとしてサインインし、メールボックスを "Alternate mailbox" に入力します。フル アクセス権限がないと失敗します。GCC High では使用できません。',
  "Does the mailbox's account have a Microsoft licence that includes the mailbox (Exchange Online)?":
    'メールボックスのアカウントに、メールボックス（Exchange Online）を含む Microsoft のライセンスがありますか?',
  "Yes, it is licensed":
    'はい、ライセンスがあります',
  "No licence":
    'ライセンスがありません',
  "An account without a licence that covers Exchange Online cannot use its mailbox over IMAP or POP.":
    'Exchange Online を含むライセンスがないアカウントは、IMAP や POP でメールボックスを使用できません。',
  "https://portal.azure.com > Users > the account > Licenses > Assignments.":
    'https://portal.azure.com > ユーザー > 対象のアカウント > ライセンス > 割り当て。',
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
    'メールボックスで IMAP や POP が無効な場合も、承認するアカウントにフル アクセス権限がない場合も、メールボックスにライセンスがない場合も、Exchange は同じ文言（"AUTHENTICATE failed."）でサインインを拒否します。Outlook on the web なら区別できます。アクセス権とライセンスに問題がなければメールボックスが開くので、残るのはプロトコルのスイッチだけです。',
  "Sign in at https://outlook.office.com as the account that authorizes the mailbox in Jira. For another user's or a shared mailbox, open your profile picture > Open another mailbox, and enter the mailbox address.":
    'Jira でメールボックスを承認するアカウントで https://outlook.office.com にサインインします。別のユーザーのメールボックスや共有メールボックスの場合は、プロフィール画像 > [別のメールボックスを開く] を選択し、メールボックスのアドレスを入力します。',
  "Does the mailbox have a folder named exactly \"Inbox\" (in English)?":
    'メールボックスに、英語で正確に "Inbox" という名前のフォルダーがありますか?',
  "Yes":
    'はい',
  "No: the inbox has a translated name (the mailbox language is not English)":
    'いいえ: 受信トレイの名前が翻訳されています（メールボックスの言語が英語ではありません）',
  "A JSM bug (JSDSERVER-7058) makes the setup fail when no folder is literally called \"Inbox\".":
    'JSM の不具合（JSDSERVER-7058）により、文字どおり "Inbox" という名前のフォルダーがないとセットアップが失敗します。',
  "Open the mailbox in Outlook on the web and look at the folder list; the mailbox language is under Settings > General > Language and time.":
    'Outlook on the web でメールボックスを開き、フォルダー一覧を確認します。メールボックスの言語は [設定] > [全般] > [言語と時刻] で確認できます。',
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
    '受信トレイにはいくつのメッセージがありますか?',
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
    '⚙ > System > General configuration: Base URL。',
  "Has the password of the account that authorized the mailbox changed since the authorization (or was the account reset)?":
    'メールボックスを承認したアカウントのパスワードは、承認後に変更されましたか（またはアカウントがリセットされましたか）?',
  "Yes, it changed":
    'はい、変更されました',
  "A password change can revoke the authorization Jira stored; Jira then needs the mailbox authorized again.":
    'パスワードを変更すると、Jira が保存した承認が取り消されることがあります。その場合、Jira でメールボックスを承認し直す必要があります。',
  "Microsoft Entra admin center > Users > the account: its audit log shows password changes and resets.":
    'Microsoft Entra 管理センター > ユーザー > 対象のアカウント: 監査ログにパスワードの変更とリセットが表示されます。',
  "Paste the error messages shown in Jira (connection test, OAuth 2.0 page, email channel) or found in the logs, one per line.":
    'Jira に表示された（接続テスト、OAuth 2.0 ページ、メール チャンネル）またはログにあったエラー メッセージを、1 行に 1 つずつ貼り付けてください。',
  "Several errors point straight at one or two causes, such as AADSTS7000222 (expired client secret) or \"Protocol error. Connection is closed. 10\" (POP).":
    'AADSTS7000222（クライアント シークレットの期限切れ）や "Protocol error. Connection is closed. 10"（POP）のように、1 つか 2 つの原因を直接示すエラーがいくつかあります。',
  "The message shown after \"Test Connection\" in ⚙ > System > Incoming Mail, after the authorization in {{var:oauthMenuPath}}, or next to the email channel in Project settings > Email requests.":
    `⚙ > System > Incoming Mail（${JA_MENU.incomingMail}）で "Test Connection" を実行した後、{{var:oauthMenuPath}} で承認した後、または Project settings > Email requests のメール チャンネルの横に表示されるメッセージ。`,
  "<JIRA_HOME>/log/atlassian-jira-incoming-mail.log and <JIRA_HOME>/log/atlassian-jira.log, around the time of the test.":
    'テストを行った時刻前後の <JIRA_HOME>/log/atlassian-jira-incoming-mail.log と <JIRA_HOME>/log/atlassian-jira.log。',

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
    '世界各国向け（商用）',
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
    'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access（世界各国向け、GCC を含む）または https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access（GCC High と DoD）',
  "The Exchange Online host for IMAP and POP in the Microsoft 365 cloud in use.":
    '使用中の Microsoft 365 クラウドで IMAP と POP に使う Exchange Online のホスト。',
  "outlook.office365.com":
    'outlook.office365.com',
  "outlook.office365.us":
    'outlook.office365.us',
  "outlook.office365.com (worldwide and GCC) or outlook.office365.us (GCC High and DoD)":
    'outlook.office365.com（世界各国向けと GCC）または outlook.office365.us（GCC High と DoD）',
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
};
