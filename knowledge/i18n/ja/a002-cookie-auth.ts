import type { Translations } from '../translations';
import { JA_MENU } from './menus';

/*
 * Glossary (Atlassian's Japanese documentation; see also symptoms.ts):
 *   session cookie セッション Cookie / session resource セッション リソース / log in ログイン /
 *   CAPTCHA lock CAPTCHA によるロック / elevated security check 強化セキュリティ チェック /
 *   failed login count ログイン失敗回数 / form token フォーム トークン /
 *   form-encoded フォーム エンコード / multipart マルチパート /
 *   cross-site request forgery クロスサイト リクエスト フォージェリ / personal access token 個人用アクセス トークン /
 *   HTTP Basic authentication HTTP Basic 認証 / application access アプリケーション アクセス / header ヘッダー.
 * Header names and values, reasons such as AUTHENTICATION_DENIED and the menu paths stay in English;
 * a path carries its Japanese label beside it only where menus.ts confirms it (General configuration).
 */

/** Japanese for the knowledge part a002-cookie-auth: each English prose text beside its Japanese. */
export const ja: Translations = {
  // questions
  'How does the failing script or integration log in to Jira?': '失敗しているスクリプトや連携は、どの方法で Jira にログインしていますか?',
  'It posts to /rest/auth/1/session and sends JSESSIONID.': '/rest/auth/1/session に POST し、JSESSIONID を送信しています。',
  'It logs in once and then sends a session cookie': '一度ログインし、その後はセッション Cookie を送信する',
  'HTTP Basic authentication.': 'HTTP Basic 認証です。',
  'It sends the username and password with every call': '呼び出しのたびにユーザー名とパスワードを送信する',
  OAuth: 'OAuth',
  'An "Authorization: Bearer …" header.': '"Authorization: Bearer …" ヘッダーを使用します。',
  'A personal access token': '個人用アクセス トークン',
  'Sessions expire and the CAPTCHA lock only blocks password logins, so the way the client logs in decides which causes apply.':
    'セッションには有効期限があり、CAPTCHA によるロックが止めるのはパスワードによるログインだけです。そのため、クライアントのログイン方法によって当てはまる原因が決まります。',
  "The integration's settings or code: look for /rest/auth/1/session, JSESSIONID, an Authorization header or an OAuth setup.":
    '連携の設定またはコードで、/rest/auth/1/session、JSESSIONID、Authorization ヘッダー、OAuth の設定がないかを確認してください。',
  'Do calls with the session cookie work at first and then start getting 401?': 'セッション Cookie を使った呼び出しは、最初は成功し、その後 401 になり始めますか?',
  'Yes, it works for a while, then 401': 'はい、しばらくは成功し、その後 401 になる',
  'No, it fails straight after logging in, or the login itself fails': 'いいえ、ログイン直後から失敗する、またはログイン自体が失敗する',
  'A session cookie is only valid until the session ends; a long-running script then gets 401 on every call.':
    'セッション Cookie が有効なのはセッションが終了するまでです。それ以降、長時間動くスクリプトはすべての呼び出しで 401 を受け取ります。',
  "The script's log: times of the login, of the last successful call and of the first 401.":
    'スクリプトのログで、ログインの時刻、最後に成功した呼び出しの時刻、最初の 401 の時刻を確認してください。',
  'atlassian-jira-security.log: "has PASSED authentication" for the login, possibly "has logged out" later, then failures.':
    'atlassian-jira-security.log: ログイン時の "has PASSED authentication"、場合によってはその後の "has logged out"、そして失敗が記録されます。',
  'What does the X-Seraph-LoginReason header of the failing response say?': '失敗した応答の X-Seraph-LoginReason ヘッダーの値は何ですか?',
  'Refused before the password was checked: the CAPTCHA lock.': 'パスワードが確認される前に拒否された: CAPTCHA によるロックです。',
  AUTHENTICATION_DENIED: 'AUTHENTICATION_DENIED',
  'The password was checked and the check failed.': 'パスワードが確認され、その確認に失敗しました。',
  AUTHENTICATED_FAILED: 'AUTHENTICATED_FAILED',
  'Password accepted, but no access to Jira.': 'パスワードは受け入れられたが、Jira へのアクセス権がありません。',
  AUTHORISATION_FAILED: 'AUTHORISATION_FAILED',
  'The login worked.': 'ログインは成功しました。',
  OK: 'OK',
  'A logout.': 'ログアウトです。',
  OUT: 'OUT',
  'Jira names the reason of a refused login in this header; AUTHENTICATION_DENIED means the CAPTCHA lock, AUTHENTICATED_FAILED a real password or directory failure.':
    'Jira はログインを拒否した理由をこのヘッダーで示します。AUTHENTICATION_DENIED は CAPTCHA によるロック、AUTHENTICATED_FAILED は実際のパスワードまたはディレクトリの確認の失敗を意味します。',
  'The response headers of the failing call: run it with curl -i, or look at the network tab of the browser developer tools.':
    '失敗した呼び出しの応答ヘッダーです。curl -i で実行するか、ブラウザーの開発者ツールの [Network] タブで確認してください。',
  'What does the X-Authentication-Denied-Reason header of the failing response say (if there is one)?':
    '失敗した応答の X-Authentication-Denied-Reason ヘッダーの値は何ですか（ヘッダーがある場合）?',
  'Jira sends this header with a 403 when it refuses a login before checking the password; CAPTCHA_CHALLENGE means the user must answer a CAPTCHA first.':
    'Jira は、パスワードを確認する前にログインを拒否したとき、403 とともにこのヘッダーを送信します。CAPTCHA_CHALLENGE は、ユーザーが先に CAPTCHA に答える必要があることを意味します。',
  'The response headers of the failing call (curl -i). It looks like: CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp':
    '失敗した呼び出しの応答ヘッダー（curl -i）です。次のような値です: CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp',
  'Does the failing call upload a file or send a form (a form-encoded or multipart body), rather than JSON?':
    '失敗している呼び出しは、JSON ではなく、ファイルのアップロードやフォームの送信（フォーム エンコードまたはマルチパートの本文）を行っていますか?',
  'Yes, e.g. adding an attachment or posting a form': 'はい、添付ファイルの追加やフォームの送信など',
  'No, it sends JSON or no body': 'いいえ、JSON を送信している、または本文がない',
  'Jira checks a form token on form-encoded and multipart calls to protect against cross-site request forgery; without the right header they are refused.':
    'Jira は、クロスサイト リクエスト フォージェリを防ぐため、フォーム エンコードやマルチパートの呼び出しでフォーム トークンを確認します。正しいヘッダーがなければ、それらの呼び出しは拒否されます。',
  'The Content-Type of the request: application/x-www-form-urlencoded or multipart/form-data means yes; calls to /rest/api/2/issue/{issueIdOrKey}/attachments are multipart.':
    'リクエストの Content-Type を確認します。application/x-www-form-urlencoded または multipart/form-data なら「はい」です。/rest/api/2/issue/{issueIdOrKey}/attachments への呼び出しはマルチパートです。',
  'Does that call send the header X-Atlassian-Token: no-check, spelled exactly so?': 'その呼び出しは、X-Atlassian-Token: no-check というヘッダーを、このとおりの綴りで送信していますか?',
  'Yes, exactly "X-Atlassian-Token: no-check"': 'はい、"X-Atlassian-Token: no-check" のとおり',
  'The old spelling "nocheck" counts as no.': '古い綴りの "nocheck" は「いいえ」として扱います。',
  'No, or with another value': 'いいえ、または別の値を送信している',
  'This header tells Jira to skip the form token check for the call.': 'このヘッダーは、その呼び出しのフォーム トークンの確認を省略するよう Jira に指示します。',
  'The request headers in the script, or in its debug output (curl -v).': 'スクリプト内、またはそのデバッグ出力（curl -v）のリクエスト ヘッダーを確認してください。',
  'Paste the error messages and response headers of the failing calls (one per line).': '失敗した呼び出しのエラー メッセージと応答ヘッダーを貼り付けてください（1 行に 1 つ）。',
  'The response body and headers name the reason: CAPTCHA_CHALLENGE, AUTHENTICATION_DENIED or "XSRF check failed" each point to one cause.':
    '応答の本文とヘッダーに理由が示されます。CAPTCHA_CHALLENGE、AUTHENTICATION_DENIED、"XSRF check failed" は、それぞれ 1 つの原因を指しています。',
  'The status, headers and body of the failing response (curl -i), or the error text the integration logs.':
    '失敗した応答のステータス、ヘッダー、本文（curl -i）、または連携がログに記録するエラーの文面です。',
  'atlassian-jira-security.log under <JIRA_HOME>/log/: lines with the script\'s user, such as "is required to answer a CAPTCHA elevated security check".':
    '<JIRA_HOME>/log/ の下の atlassian-jira-security.log: スクリプトのユーザーを含む行（例: "is required to answer a CAPTCHA elevated security check"）。',

  // cause: the session cookie has expired
  'The session cookie has expired': 'セッション Cookie の有効期限が切れている',
  'A session cookie is only valid while its Jira session lives. When the session times out or is logged out, every call with that cookie gets 401 until the client logs in again.':
    'セッション Cookie が有効なのは、対応する Jira のセッションが続いている間だけです。セッションがタイムアウトするかログアウトされると、クライアントが再びログインするまで、その Cookie を使ったすべての呼び出しが 401 になります。',
  "Calls with the session cookie worked at first and later got 401, which is what an ended session looks like. A client that sends back only JSESSIONID, and not the load balancer's own cookie, gets the same 401 when its calls move to another Jira node.":
    'セッション Cookie を使った呼び出しは最初は成功し、後に 401 になりました。これはセッションが終了したときの現れ方です。JSESSIONID だけを送り返し、ロード バランサー自身の Cookie を送り返さないクライアントも、呼び出しが別の Jira ノードに移ったときに同じ 401 を受け取ります。',
  "The security log shows the client's session was logged out; calls with the old cookie get 401 afterwards.":
    'セキュリティ ログには、クライアントのセッションがログアウトされたことが記録されています。それ以降、古い Cookie を使った呼び出しは 401 になります。',
  'The client does not use a session cookie: it logs in with {{var:authMethodName}}.': 'クライアントはセッション Cookie を使用していません。{{var:authMethodName}} でログインしています。',
  'Only a session cookie depends on a Jira session that can end; the other methods send their credentials or token with every call.':
    '終了しうる Jira のセッションに依存するのはセッション Cookie だけです。ほかの方法は、呼び出しのたびに認証情報やトークンを送信します。',
  'The calls fail straight after logging in, not after a while, so an ending session does not explain them.':
    '呼び出しはしばらく経ってからではなく、ログイン直後から失敗しているため、セッションの終了では説明がつきません。',
  "A session that has just been created has not expired; the article's failure comes after the cookie has worked for a while.":
    '作成されたばかりのセッションは期限切れになっていません。アトラシアンの記事にある失敗は、Cookie がしばらく機能した後に起こります。',
  'Log in again when the session has ended': 'セッションが終了したら再ログインする',
  'When a call with the session cookie gets 401, create a new session by posting the credentials as JSON to the session resource, then repeat the call once.':
    'セッション Cookie を使った呼び出しが 401 になったら、認証情報を JSON としてセッション リソースに POST して新しいセッションを作成し、その呼び出しを 1 回だけやり直します。',
  'Keep every cookie of the login response, not only JSESSIONID, and send them all back (use a cookie jar): Jira notes that the JSESSIONID cookie alone may not be enough.':
    'JSESSIONID だけでなくログイン応答のすべての Cookie を保持し、すべてを送り返します（Cookie jar を使用します）。JSESSIONID の Cookie だけでは足りない場合があると Jira のドキュメントに記載されています。',
  'Use an authentication method that does not expire with a session': 'セッションとともに期限切れにならない認証方法を使う',
  'For long-running jobs prefer HTTP Basic authentication over HTTPS on every call, or OAuth: Atlassian recommends these over cookies for the REST API.':
    '長時間動くジョブでは、呼び出しのたびに HTTPS 経由の HTTP Basic 認証を使うか、OAuth を使用してください。REST API では、アトラシアンは Cookie よりもこれらを推奨しています。',
  'On Jira 8.14 and later (Jira Service Management 4.15 and later), a personal access token is the simplest: create one for the integration user and send it on every call.':
    'Jira 8.14 以降（Jira Service Management 4.15 以降）では、個人用アクセス トークンが最も簡単です。連携用のユーザーでトークンを作成し、呼び出しのたびに送信します。',
  'Personal access tokens need Jira 8.14 or later; on older versions use Basic authentication over HTTPS or OAuth.':
    '個人用アクセス トークンには Jira 8.14 以降が必要です。それより古いバージョンでは、HTTPS 経由の Basic 認証または OAuth を使用してください。',

  // cause: the CAPTCHA lock
  'The CAPTCHA lock refuses every REST login for this user': 'CAPTCHA によるロックで、このユーザーの REST ログインがすべて拒否される',
  'After several failed logins in a row Jira requires a CAPTCHA for the user. From then on every REST login is refused with 403, even with the right password, because the CAPTCHA can only be answered in a browser.':
    'ログインが何回か続けて失敗すると、Jira はそのユーザーに CAPTCHA を要求します。CAPTCHA にはブラウザーでしか答えられないため、それ以降は正しいパスワードであっても REST ログインがすべて 403 で拒否されます。',
  'Jira answered with X-Authentication-Denied-Reason: {{fact:auth.deniedReason}}, which means the user must pass a CAPTCHA first.':
    'Jira は X-Authentication-Denied-Reason: {{fact:auth.deniedReason}} と応答しました。これは、ユーザーが先に CAPTCHA を通過する必要があることを意味します。',
  'Jira answered X-Seraph-LoginReason: AUTHENTICATION_DENIED: it refused the login before checking the password, which in Jira is the CAPTCHA lock.':
    'Jira は X-Seraph-LoginReason: AUTHENTICATION_DENIED と応答しました。パスワードを確認する前にログインを拒否しており、Jira ではこれが CAPTCHA によるロックです。',
  'The error mentions CAPTCHA_CHALLENGE: Jira requires a CAPTCHA before it accepts this user again.':
    'エラーに CAPTCHA_CHALLENGE が含まれています。Jira は、このユーザーを再び受け付ける前に CAPTCHA を要求しています。',
  'The error shows AUTHENTICATION_DENIED: the login was refused before the password was checked (the CAPTCHA lock).':
    'エラーに AUTHENTICATION_DENIED が示されています。パスワードが確認される前にログインが拒否されました（CAPTCHA によるロック）。',
  'The security log says the user "is required to answer a CAPTCHA elevated security check" (unless someone reset the count since).':
    'セキュリティ ログに、このユーザーについて "is required to answer a CAPTCHA elevated security check" と記録されています（その後に誰かが回数をリセットしていない限り有効です）。',
  "The login page logged the user's last login as AUTHENTICATION_DENIED with the failed count at its maximum.":
    'ログイン ページが、ユーザーの直前のログインを AUTHENTICATION_DENIED として、失敗回数が上限に達した状態で記録しています。',
  'Jira answered AUTHENTICATED_FAILED: it checked the password, and the check failed (wrong password, unknown user or a directory error). A login stopped by the CAPTCHA is refused before the password check, with AUTHENTICATION_DENIED instead. Look at the password, the username and the user directory.':
    'Jira は AUTHENTICATED_FAILED と応答しました。パスワードを確認し、その確認に失敗しています（パスワードの誤り、存在しないユーザー、またはディレクトリのエラー）。CAPTCHA で止められたログインは、パスワードの確認前に AUTHENTICATION_DENIED で拒否されます。パスワード、ユーザー名、ユーザー ディレクトリを確認してください。',
  "Jira stamps one reason per response, and a CAPTCHA-locked login never reaches the password check; a response that says the password was checked was not refused by the CAPTCHA (Seraph's source).":
    'Jira は 1 つの応答に 1 つの理由だけを付け、CAPTCHA でロックされたログインはパスワードの確認まで到達しません。パスワードが確認されたことを示す応答は、CAPTCHA によって拒否されたものではありません（Seraph のソース コードによる）。',
  "Jira answered AUTHORISATION_FAILED: the password was accepted, but the user may not use Jira (no application access, which comes from the user's groups). A login stopped by the CAPTCHA never gets as far as the password.":
    'Jira は AUTHORISATION_FAILED と応答しました。パスワードは受け入れられましたが、ユーザーには Jira の使用が許可されていません（アプリケーション アクセスがなく、これはユーザーのグループから与えられます）。CAPTCHA で止められたログインは、パスワードの確認まで到達しません。',
  "AUTHORISATION_FAILED is only set after a successful password check, which the CAPTCHA lock would have prevented (Seraph's source).":
    'AUTHORISATION_FAILED はパスワードの確認に成功した後にのみ設定されます。CAPTCHA によるロックがかかっていれば、その確認は行われません（Seraph のソース コードによる）。',
  'The errors show Jira checking the password ({{detail}}) and nothing of the CAPTCHA lock (no AUTHENTICATION_DENIED, no CAPTCHA_CHALLENGE).':
    'エラーには、Jira がパスワードを確認したこと（{{detail}}）が示されており、CAPTCHA によるロックの痕跡はありません（AUTHENTICATION_DENIED も CAPTCHA_CHALLENGE もありません）。',
  "A refusal that names a password check cannot come from the CAPTCHA lock, and none of the lock's own signs appears among the errors.":
    'パスワードの確認に言及した拒否は CAPTCHA によるロックから来るものではなく、エラーの中にロック固有の兆候も見当たりません。',
  'Jira answered X-Seraph-LoginReason: OK: the login itself worked.': 'Jira は X-Seraph-LoginReason: OK と応答しました。ログイン自体は成功しています。',
  'The CAPTCHA lock refuses the login; a response that says the login worked was not refused.':
    'CAPTCHA によるロックはログインを拒否します。ログインが成功したことを示す応答は、拒否されていません。',
  'The client logs in with {{var:authMethodName}}, which does not go through the password check that the CAPTCHA lock guards.':
    'クライアントは {{var:authMethodName}} でログインしており、CAPTCHA によるロックが守るパスワードの確認を通りません。',
  'The lock guards password logins only; tokens never reach that check.': 'このロックが守るのはパスワードによるログインだけで、トークンはその確認に到達しません。',
  'Clear the CAPTCHA lock': 'CAPTCHA によるロックを解除する',
  'First stop the script or fix the password it uses, otherwise the failed logins start counting again at once.':
    'まずスクリプトを停止するか、スクリプトが使うパスワードを修正してください。そうしないと、すぐにまたログイン失敗が数え始められます。',
  'In ⚙ > User management > Users, open the user and reset the failed login count.': '⚙ > User management > Users でそのユーザーを開き、ログイン失敗回数をリセットします。',
  'Or let the user log in once in a browser and answer the CAPTCHA; that also clears the lock.':
    'または、そのユーザーにブラウザーで一度ログインして CAPTCHA に答えてもらいます。これでもロックは解除されます。',
  'Read AUTHENTICATED_FAILED as a failed password check (wrong password, unknown user or a directory error): repeated ones are what trigger the CAPTCHA. Only AUTHENTICATION_DENIED means the CAPTCHA refused the login.':
    'AUTHENTICATED_FAILED は、パスワードの確認の失敗（パスワードの誤り、存在しないユーザー、またはディレクトリのエラー）と読んでください。これが繰り返されることで CAPTCHA が発動します。CAPTCHA がログインを拒否したことを意味するのは AUTHENTICATION_DENIED だけです。',
  'Review when the CAPTCHA is triggered': 'CAPTCHA が発動する条件を見直す',
  'In ⚙ > System > General configuration, check Maximum Authentication Attempts Allowed: the number of failed logins in a row before a CAPTCHA is required.':
    `⚙ > System > General configuration（${JA_MENU.generalConfiguration}）で Maximum Authentication Attempts Allowed を確認します。CAPTCHA が要求されるまでに許される、連続したログイン失敗の回数です。`,
  'Leaving the value empty turns the CAPTCHA off altogether, which also removes its protection against password guessing; prefer fixing the client.':
    '値を空にすると CAPTCHA が完全に無効になり、パスワードの推測に対する保護もなくなります。クライアントを修正するほうを優先してください。',
  'Give automation a token instead of a password': '自動処理にはパスワードではなくトークンを使わせる',
  'Use a personal access token (Jira 8.14 and later) for the integration: it does not go through the password check, so a wrong token does not push the user into the CAPTCHA lock.':
    '連携には個人用アクセス トークン（Jira 8.14 以降）を使用してください。パスワードの確認を通らないため、トークンが誤っていてもユーザーが CAPTCHA によるロックに追い込まれることはありません。',

  // cause: the form token check
  'Form-encoded calls fail the XSRF (form token) check': 'フォーム エンコードの呼び出しが XSRF（フォーム トークン）チェックで失敗する',
  'Jira checks a form token on REST calls that send a form-encoded or multipart body, such as adding an attachment. A script that does not send the header that skips this check gets 403 "XSRF check failed".':
    'Jira は、添付ファイルの追加など、フォーム エンコードやマルチパートの本文を送る REST 呼び出しでフォーム トークンを確認します。この確認を省略するヘッダーを送らないスクリプトは、403 "XSRF check failed" を受け取ります。',
  'The call sends a form-encoded or multipart body without the header X-Atlassian-Token: no-check.':
    'その呼び出しは、X-Atlassian-Token: no-check ヘッダーなしで、フォーム エンコードまたはマルチパートの本文を送信しています。',
  'Jira answered "XSRF check failed": it refused the call because of the form token check.': 'Jira は "XSRF check failed" と応答しました。フォーム トークンの確認のために呼び出しを拒否しています。',
  'The call sends JSON (or no body), which the form token check does not apply to.': 'その呼び出しは JSON を送信している（または本文がない）ため、フォーム トークンの確認の対象外です。',
  'The article limits the form token check to calls with a form-encoded body.': 'アトラシアンの記事では、フォーム トークンの確認はフォーム エンコードの本文を持つ呼び出しに限られています。',
  'The call already sends X-Atlassian-Token: no-check, which skips the form token check.':
    'その呼び出しはすでに X-Atlassian-Token: no-check を送信しており、フォーム トークンの確認は省略されます。',
  'The header is the documented way to skip the check, and the call already sends it.': 'このヘッダーは確認を省略するための文書化された方法であり、呼び出しはすでにそれを送信しています。',
  'Send the header that skips the form token check': 'フォーム トークンの確認を省略するヘッダーを送信する',
  'Add this header to every form-encoded or multipart call, for example when adding attachments:':
    '添付ファイルの追加など、フォーム エンコードやマルチパートのすべての呼び出しに次のヘッダーを追加します:',
  'For example, an attachment upload with curl:': 'たとえば、curl で添付ファイルをアップロードする場合:',
  'The value is no-check, with a hyphen. Older documentation shows "nocheck", which is not accepted everywhere.':
    '値はハイフン付きの no-check です。古いドキュメントには "nocheck" と記載されていますが、どこでも受け付けられるわけではありません。',

  // variables
  'How the failing client logs in, in words.': '失敗しているクライアントのログイン方法（文章での表現）。',
  'a session cookie': 'セッション Cookie',
  'HTTP Basic authentication (username and password on every call)': 'HTTP Basic 認証（呼び出しのたびにユーザー名とパスワードを送信）',
  'a personal access token (Bearer)': '個人用アクセス トークン（Bearer）',
  'another method': 'その他の方法',

  // signatures
  'Password or directory check failed (AUTHENTICATED_FAILED)': 'パスワードまたはディレクトリの確認に失敗（AUTHENTICATED_FAILED）',
  'Jira checked the credentials and the check failed: wrong password, unknown user or an LDAP/directory error. It is not the CAPTCHA lock (that is AUTHENTICATION_DENIED). For a valid user whose calls work at other times, see the intermittent LDAP causes.':
    'Jira が認証情報を確認し、その確認に失敗しました（パスワードの誤り、存在しないユーザー、または LDAP/ディレクトリのエラー）。CAPTCHA によるロックではありません（その場合は AUTHENTICATION_DENIED です）。ほかのときには呼び出しが成功する有効なユーザーであれば、断続的な LDAP の原因を確認してください。',
  'Login refused before the password check (AUTHENTICATION_DENIED)': 'パスワードの確認前にログインを拒否（AUTHENTICATION_DENIED）',
  'Jira refused the login without checking the password, because the user must first answer a CAPTCHA.':
    'ユーザーが先に CAPTCHA に答える必要があるため、Jira はパスワードを確認せずにログインを拒否しました。',
  'Password accepted, but no access to Jira (AUTHORISATION_FAILED)': 'パスワードは受け入れられたが、Jira へのアクセス権がない（AUTHORISATION_FAILED）',
  "The password was right, but the user has no application access, which comes from the user's groups.":
    'パスワードは正しいものの、ユーザーにアプリケーション アクセスがありません。アプリケーション アクセスはユーザーのグループから与えられます。',
  'CAPTCHA required (CAPTCHA_CHALLENGE)': 'CAPTCHA が必要（CAPTCHA_CHALLENGE）',
  'Jira refuses logins for this user with 403 until the CAPTCHA is answered in a browser or an admin resets the failed login count.':
    'ブラウザーで CAPTCHA に答えるか、管理者がログイン失敗回数をリセットするまで、Jira はこのユーザーのログインを 403 で拒否します。',
  'Session login refused (wrong username or password)': 'セッションへのログインを拒否（ユーザー名またはパスワードの誤り）',
  'POST /rest/auth/1/session was answered 401: the username or password is wrong, or the user does not exist.':
    'POST /rest/auth/1/session に 401 が返されました。ユーザー名またはパスワードが誤っているか、ユーザーが存在しません。',
  'XSRF check failed': 'XSRF check failed（XSRF チェックの失敗）',
  'Jira refused a form-encoded or multipart call (403) because it did not carry the header X-Atlassian-Token: no-check.':
    'X-Atlassian-Token: no-check ヘッダーがなかったため、Jira はフォーム エンコードまたはマルチパートの呼び出しを拒否しました（403）。',
};
