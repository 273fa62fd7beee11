import type { Translations } from '../translations';
import { JA_MENU } from './menus';

/*
 * Glossary (Atlassian's Japanese documentation; see also symptoms.ts):
 *   user directory ユーザー ディレクトリ / internal directory 内部ディレクトリ / group グループ /
 *   application access アプリケーション アクセス / security log セキュリティ ログ /
 *   debug logger デバッグ ロガー / request id リクエスト ID / base DN ベース DN /
 *   LDAP server / node LDAP サーバー / LDAP ノード / replication レプリケーション /
 *   load balancer ロード バランサー / round-robin ラウンドロビン / login ログイン / account アカウント.
 * Log lines and their fragments stay in English inside their quotes; menu paths stay in English with
 * the Japanese label beside them only where menus.ts confirms it.
 */
const USER_DIRECTORIES = `⚙ > User management > User Directories（${JA_MENU.userDirectories}）`;

/** Japanese for the knowledge part a000-rest-401: each English prose text beside its Japanese. */
export const ja: Translations = {
  // questions
  'How often do REST calls from this user get 401?': 'このユーザーからの REST 呼び出しは、どのくらいの頻度で 401 になりますか?',
  'Sometimes: the same call works, then fails, then works again': 'ときどき: 同じ呼び出しが成功したり、失敗したり、また成功したりする',
  'Usually a wrong password, username or locked account rather than LDAP.':
    '通常は LDAP ではなく、パスワードやユーザー名の誤り、またはアカウントのロックが原因です。',
  'Every time': '毎回',
  'Not any more: the 401s have stopped': '今は起きていない: 401 は止まった',
  'Both known causes make logins fail only now and then. A call that always fails has another reason.':
    '既知の 2 つの原因は、どちらもログインをときどき失敗させるだけです。常に失敗する呼び出しには別の理由があります。',
  "The integration's own log: does the same call with the same user succeed at other times?":
    '連携自体のログで、同じユーザーによる同じ呼び出しが別のときには成功しているかを確認してください。',
  'In atlassian-jira-security.log (under <JIRA_HOME>/log/), look for the same user with both "has PASSED authentication" and "has FAILED authentication" lines.':
    'atlassian-jira-security.log（<JIRA_HOME>/log/ の下）で、同じユーザーについて "has PASSED authentication" の行と "has FAILED authentication" の行の両方があるかを探してください。',
  'Which user directory does the failing user come from?': '失敗しているユーザーは、どのユーザー ディレクトリのユーザーですか?',
  'Also "Internal with LDAP authentication" (delegated LDAP).': '"Internal with LDAP authentication"（LDAP 認証を使用する内部ディレクトリ、委任 LDAP）も含みます。',
  'LDAP or Active Directory': 'LDAP または Active Directory',
  "Jira's internal directory": 'Jira の内部ディレクトリ',
  'Atlassian Crowd': 'Atlassian Crowd',
  'Something else': 'その他',
  "The article's causes are both about LDAP; users from other directories are not affected by them.":
    'アトラシアンの記事にある原因はどちらも LDAP に関するもので、他のディレクトリのユーザーには影響しません。',
  "⚙ > User management > User Directories lists the directories; the user's page in ⚙ > User management > Users shows which directory holds the user.":
    `${USER_DIRECTORIES}にディレクトリの一覧があります。ユーザーがどのディレクトリに属しているかは、⚙ > User management > Users のそのユーザーのページに表示されます。`,
  "Does Jira's LDAP connection reach more than one LDAP server?": 'Jira の LDAP 接続は、複数の LDAP サーバーにつながりますか?',
  'For example a load-balanced name, a DNS name with several addresses, or several hosts in the directory settings.':
    'たとえば、ロード バランサーの名前、複数のアドレスを持つ DNS 名、またはディレクトリ設定に複数のホストを指定している場合です。',
  'Yes, several LDAP servers': 'はい、複数の LDAP サーバーにつながる',
  'No, always the same single LDAP server': 'いいえ、常に同じ 1 台の LDAP サーバー',
  'When Jira can reach several LDAP servers, a login may be checked by a server whose copy of the user or groups differs.':
    'Jira が複数の LDAP サーバーにつながる場合、ユーザーやグループの内容が異なるサーバーでログインが確認されることがあります。',
  '⚙ > User management > User Directories > Edit on the LDAP directory: the Hostname field. Ask whether that name points to one server or to several.':
    `${USER_DIRECTORIES}で LDAP ディレクトリの Edit を開き、Hostname（ホスト名）フィールドを確認します。その名前が 1 台のサーバーを指すのか、複数のサーバーを指すのかを確認してください。`,
  'The LDAP team knows whether the host name is a cluster, a load balancer or a DNS round-robin name.':
    'そのホスト名がクラスタ、ロード バランサー、DNS ラウンドロビンの名前のいずれかは、LDAP チームが把握しています。',
  'With the LDAP debug loggers on, the "Got Ldap context on server \'…\'" lines in atlassian-jira.log show each server Jira used: more than one server name means yes.':
    'LDAP のデバッグ ロガーを有効にすると、atlassian-jira.log の "Got Ldap context on server \'…\'" の行に Jira が使用した各サーバーが記録されます。サーバー名が 2 つ以上あれば「はい」です。',
  'Do all those LDAP servers return the same user and the same groups?': 'それらの LDAP サーバーはすべて、同じユーザーと同じグループを返しますか?',
  'Yes, every server returns the same user and groups': 'はい、どのサーバーも同じユーザーとグループを返す',
  'For example a server where replication lags.': 'たとえば、レプリケーションが遅れているサーバーがある場合です。',
  'No, at least one server returns something different': 'いいえ、少なくとも 1 台のサーバーが異なる結果を返す',
  'If the LDAP servers differ, Jira gets a different answer depending on which one it asks, and cannot reconcile them.':
    'LDAP サーバーの内容が異なると、Jira はどのサーバーに問い合わせたかによって異なる応答を受け取り、それらを整合させることができません。',
  "Ask the LDAP team to search the user and the user's groups on each LDAP server separately and compare the results.":
    'LDAP チームに依頼して、各 LDAP サーバーで個別にユーザーとそのユーザーのグループを検索し、結果を比較してもらってください。',
  "Right after a failed call, are some of the user's groups missing in Jira?": '呼び出しが失敗した直後、Jira でそのユーザーのグループの一部が欠けていますか?',
  'Yes, groups were missing at the time of the failure': 'はい、失敗した時点でグループが欠けていた',
  'This alone does not clear the LDAP lookup: the groups may be missing only for the moment of the failing login.':
    'これだけでは LDAP の検索に問題がないとは言えません。グループが欠けるのは、ログインが失敗したその瞬間だけかもしれません。',
  'No, the groups looked complete when I checked': 'いいえ、確認したときはグループがすべてそろっていた',
  "On a failing login the user's groups are not returned; without them the user loses access to Jira. The check in user management may show it, but only right at the failure; the LDAP debug lines at that moment are the firmer evidence.":
    'ログインが失敗するときはユーザーのグループが返されず、グループがないためユーザーは Jira にアクセスできなくなります。ユーザー管理画面で確認できることもありますが、それは失敗した直後に限られます。その瞬間の LDAP のデバッグ ログの行のほうが、より確かな証拠になります。',
  '⚙ > User management > Users, open the user and look at the groups immediately after a 401; compare with a time when the calls work.':
    '401 が発生した直後に ⚙ > User management > Users でそのユーザーを開き、グループを確認します。呼び出しが成功しているときと比較してください。',
  'With the LDAP debug loggers on, a working login shows "The operation returned N results" and "Updating groups on login for user …" in atlassian-jira.log; a failing one does not return the groups.':
    'LDAP のデバッグ ロガーを有効にすると、成功したログインでは atlassian-jira.log に "The operation returned N results" と "Updating groups on login for user …" が記録されます。失敗したログインではグループが返されません。',
  'Paste the security-log and LDAP lines from around a failed call (one per line).':
    '失敗した呼び出しの前後のセキュリティ ログと LDAP の行を貼り付けてください（1 行に 1 つ）。',
  'The security log says whether the user was not found, failed the password check or lacked access; the LDAP lines show which server answered and whether groups came back.':
    'セキュリティ ログからは、ユーザーが見つからなかったのか、パスワードの確認に失敗したのか、アクセス権がなかったのかがわかります。LDAP の行からは、どのサーバーが応答し、グループが返されたかどうかがわかります。',
  'atlassian-jira-security.log under <JIRA_HOME>/log/: lines with the user\'s name around the time of a 401, e.g. "tried to login but they do not have USE permission or weren\'t found" and "has FAILED authentication".':
    '<JIRA_HOME>/log/ の下の atlassian-jira-security.log: 401 が発生した時刻の前後で、そのユーザー名を含む行（例: "tried to login but they do not have USE permission or weren\'t found" や "has FAILED authentication"）。',
  'For the LDAP lines, first turn on DEBUG for these loggers in ⚙ > System > Logging and profiling (they write to atlassian-jira.log): com.atlassian.jira.login, com.atlassian.jira.login.security, com.atlassian.crowd.directory.SpringLDAPConnector, com.atlassian.crowd.embedded.atlassianuser.EmbeddedCrowdAuthenticator, org.springframework.ldap.core, com.atlassian.crowd.embedded, com.atlassian.crowd.directory, com.sun.jndi.ldap. Turn them off again afterwards: they are verbose.':
    'LDAP の行を得るには、まず ⚙ > System > Logging and profiling で次のロガーを DEBUG にします（出力先は atlassian-jira.log）: com.atlassian.jira.login, com.atlassian.jira.login.security, com.atlassian.crowd.directory.SpringLDAPConnector, com.atlassian.crowd.embedded.atlassianuser.EmbeddedCrowdAuthenticator, org.springframework.ldap.core, com.atlassian.crowd.embedded, com.atlassian.crowd.directory, com.sun.jndi.ldap。出力が多いため、終わったら元に戻してください。',

  // cause: the groups are not returned
  "The user's groups are not returned when the login fails": 'ログインが失敗するとき、ユーザーのグループが返されない',
  'Jira looks the user up in LDAP and then asks for the groups. On a successful login all groups come back; on a failing one they do not, so the user briefly has no application access and REST calls get 401.':
    'Jira は LDAP でユーザーを検索し、続いてそのグループを問い合わせます。ログインが成功するときはすべてのグループが返されますが、失敗するときは返されないため、ユーザーは一時的にアプリケーション アクセスを失い、REST 呼び出しが 401 になります。',
  "At the time of a failure the user's groups were missing in Jira.": '失敗した時点で、Jira 上のユーザーのグループが欠けていました。',
  'The security log shows the user "tried to login but they do not have USE permission or weren\'t found" while other calls work: the pattern Atlassian describes for this problem.':
    'ほかの呼び出しは成功しているのに、セキュリティ ログにはこのユーザーについて "tried to login but they do not have USE permission or weren\'t found" と記録されています。アトラシアンがこの問題について説明しているパターンです。',
  'The security log shows an existing user who "tried to login but they do not have USE permission or weren\'t found" and "has FAILED authentication": the failing login Atlassian\'s article starts from, where the user\'s groups did not come back.':
    'セキュリティ ログには、実在するユーザーについて "tried to login but they do not have USE permission or weren\'t found" と "has FAILED authentication" が記録されています。アトラシアンの記事が出発点としている、ユーザーのグループが返されなかったログイン失敗です。',
  "Next to a failed login, an LDAP search returned no results: on a failing login the user's groups are not returned.":
    '失敗したログインと同じ箇所で、LDAP 検索が結果を返していません。ログインが失敗するときは、ユーザーのグループが返されません。',
  "Jira refused the REST call's credentials ({{detail}}). For a valid user whose calls work at other times, this is the failing login Atlassian's article starts from; turn on the LDAP debug loggers to see whether the groups came back.":
    'Jira は REST 呼び出しの認証情報を拒否しました（{{detail}}）。ほかのときには呼び出しが成功する有効なユーザーであれば、これはアトラシアンの記事が出発点としているログイン失敗です。LDAP のデバッグ ロガーを有効にして、グループが返されたかどうかを確認してください。',
  'The security log says the user is NOT AUTHORIZED: the password was accepted but the user had no application access, which comes from groups.':
    'セキュリティ ログには、ユーザーが NOT AUTHORIZED と記録されています。パスワードは受け入れられましたが、ユーザーにアプリケーション アクセスがありませんでした。アプリケーション アクセスはグループから与えられます。',
  'The failing user comes from another kind of user directory ({{fact:directory.type}}), not from LDAP or Active Directory; this cause is about LDAP.':
    '失敗しているユーザーは LDAP や Active Directory ではなく、別の種類のユーザー ディレクトリ（{{fact:directory.type}}）のユーザーです。この原因は LDAP に関するものです。',
  "Both causes are in Jira's LDAP lookups; a user held by another kind of directory never goes through them.":
    'どちらの原因も Jira の LDAP 検索で起こります。別の種類のディレクトリにあるユーザーは、LDAP 検索を通りません。',
  'Every call fails, not just some. A lookup that only sometimes goes wrong cannot explain that: check the password, the username and the account instead.':
    '一部ではなく、すべての呼び出しが失敗しています。ときどきしか失敗しない検索では説明がつかないため、代わりにパスワード、ユーザー名、アカウントを確認してください。',
  'The article describes a valid user whose calls fail only sometimes; both causes make a lookup go wrong now and then, never on every call.':
    'アトラシアンの記事が扱うのは、呼び出しがときどきだけ失敗する有効なユーザーです。どちらの原因も検索をときどき失敗させるだけで、毎回失敗させることはありません。',
  'REST calls from this user no longer fail with 401, so there is nothing left to explain.':
    'このユーザーからの REST 呼び出しはもう 401 で失敗しないため、説明すべき問題は残っていません。',
  'With no failing calls there is no failure for either cause to explain.': '失敗する呼び出しがなければ、どちらの原因にも説明すべき失敗はありません。',
  "Catch the missing groups in Jira's user management": 'Jira のユーザー管理で、欠けているグループを捉える',
  'Turn on DEBUG for these loggers in ⚙ > System > Logging and profiling, so that atlassian-jira.log records each LDAP lookup and its results.':
    '⚙ > System > Logging and profiling で次のロガーを DEBUG にし、atlassian-jira.log に LDAP の各検索とその結果が記録されるようにします。',
  'When the integration next gets a 401, open the user in ⚙ > User management > Users at once and note the groups; compare with a time when calls work.':
    '次に連携が 401 を受け取ったら、すぐに ⚙ > User management > Users でそのユーザーを開いてグループを記録し、呼び出しが成功しているときと比較します。',
  'Keep the matching atlassian-jira-security.log and atlassian-jira.log lines (same time, same request id) for the LDAP team, then turn the debug loggers off again.':
    '対応する atlassian-jira-security.log と atlassian-jira.log の行（同じ時刻、同じリクエスト ID）を LDAP チームのために保存してから、デバッグ ロガーを元に戻します。',
  'Jira does not decide the group memberships here: they are read from Active Directory or LDAP, so the fix is on the directory side.':
    'この場合、グループ メンバーシップを決めているのは Jira ではありません。Active Directory や LDAP から読み込まれるため、修正はディレクトリ側で行います。',
  'Find out why the directory sometimes returns no groups': 'ディレクトリがときどきグループを返さない理由を突き止める',
  'With the log lines from the Jira administrator, repeat Jira\'s group search (the base DN and filter of the "Timed call for search" line) against the LDAP server that answered the failing login.':
    'Jira 管理者から受け取ったログの行を基に、失敗したログインに応答した LDAP サーバーに対して、Jira と同じグループ検索（"Timed call for search" の行にあるベース DN とフィルター）を実行します。',
  'Make sure the user is a member of the expected groups on every LDAP server, and that the group search base Jira uses contains those groups.':
    'どの LDAP サーバーでもユーザーが想定どおりのグループのメンバーであること、また Jira が使用するグループ検索ベースにそれらのグループが含まれていることを確認します。',

  // cause: the LDAP servers differ
  'Jira reaches several LDAP servers whose data differ': 'Jira が、データの異なる複数の LDAP サーバーにつながっている',
  'With a clustered LDAP, each login may be checked by a different LDAP server. If the servers do not hold the same user and groups, Jira gets conflicting answers and some logins fail.':
    'LDAP がクラスタ構成の場合、ログインのたびに異なる LDAP サーバーで確認されることがあります。サーバー間でユーザーとグループが一致していないと、Jira は食い違う応答を受け取り、一部のログインが失敗します。',
  'The LDAP servers Jira uses do not all return the same user and groups.': 'Jira が使用する LDAP サーバーが、すべて同じユーザーとグループを返すわけではありません。',
  "Jira's LDAP connection reaches several LDAP servers, and the 401s come and go.": 'Jira の LDAP 接続は複数の LDAP サーバーにつながっており、401 は出たり出なかったりしています。',
  "Jira refused the REST call's credentials ({{detail}}). For a valid user whose calls work at other times, one reason is an LDAP server that holds different data from the others.":
    'Jira は REST 呼び出しの認証情報を拒否しました（{{detail}}）。ほかのときには呼び出しが成功する有効なユーザーであれば、ほかのサーバーと異なるデータを持つ LDAP サーバーが理由の 1 つです。',
  'Jira\'s log names more than one LDAP server in its "Got Ldap context on server" lines ({{detail}}): its logins are checked by several servers, which may hold different data.':
    'Jira のログの "Got Ldap context on server" の行に、2 台以上の LDAP サーバーが記録されています（{{detail}}）。ログインが複数のサーバーで確認されており、それらのデータが異なっている可能性があります。',
  "The user's groups go missing on failures and Jira reaches several LDAP servers: one of them probably lacks the groups.":
    '失敗時にユーザーのグループが欠け、Jira は複数の LDAP サーバーにつながっています。いずれかのサーバーにグループがない可能性が高いです。',
  'Active Directory sometimes answers "user not found" (data 525) for a user who logs in at other times.':
    'ほかのときにはログインできるユーザーについて、Active Directory がときどき "user not found"（data 525）と応答しています。',
  'The security log shows an existing user failing to log in ("tried to login … weren\'t found" with "has FAILED authentication"); when Jira reaches several LDAP servers, one that holds different data gives this answer.':
    'セキュリティ ログには、実在するユーザーのログイン失敗（"tried to login … weren\'t found" と "has FAILED authentication"）が記録されています。Jira が複数の LDAP サーバーにつながっている場合、異なるデータを持つサーバーがこの応答を返します。',
  'Jira always talks to one single LDAP server, so there are no servers to disagree.': 'Jira は常に 1 台の LDAP サーバーとだけ通信しているため、食い違うサーバーがありません。',
  "The cause needs at least two LDAP servers with different data; with one server there is nothing to disagree. Jira's own log lines naming two servers would overrule this answer.":
    'この原因には、データの異なる LDAP サーバーが少なくとも 2 台必要です。サーバーが 1 台なら食い違いは起こりません。ただし、Jira 自身のログに 2 台のサーバー名があれば、そちらがこの回答より優先されます。',
  'Every LDAP server returns the same user and groups.': 'どの LDAP サーバーも同じユーザーとグループを返します。',
  'The cause is differing data between the servers, and the servers were compared and found to agree. If the 401s go on, compare them again at the time of a failure: replication differences can come and go.':
    'この原因はサーバー間のデータの違いですが、比較した結果、サーバーは一致していました。401 が続く場合は、失敗した時点で改めて比較してください。レプリケーションの差異は生じたり解消したりします。',
  'Point Jira at one LDAP server': 'Jira の接続先を 1 台の LDAP サーバーにする',
  'In ⚙ > User management > User Directories, edit the LDAP directory and set Hostname to one LDAP server rather than a cluster, load-balanced or round-robin name; test the settings and save.':
    `${USER_DIRECTORIES}で LDAP ディレクトリを編集し、Hostname（ホスト名）にクラスタ、ロード バランサー、ラウンドロビンの名前ではなく 1 台の LDAP サーバーを指定します。設定をテストしてから保存してください。`,
  'Check the "Got Ldap context on server \'…\'" lines afterwards: they should all name the same server.':
    'その後、"Got Ldap context on server \'…\'" の行を確認します。すべて同じサーバー名になっているはずです。',
  "Keep Jira's authentication requests on one LDAP node": 'Jira の認証リクエストを 1 つの LDAP ノードに固定する',
  'Give Jira a host name that always reaches the same LDAP node (or make the LDAP load balancer keep Jira on one node), so its authentication requests are not spread over several nodes.':
    '常に同じ LDAP ノードにつながるホスト名を Jira に提供し（または LDAP のロード バランサーで Jira を 1 つのノードに固定し）、Jira の認証リクエストが複数のノードに分散しないようにします。',
  'Then find and repair the replication difference between the nodes, so that every node returns the same user and groups.':
    'そのうえで、ノード間のレプリケーションの差異を特定して修復し、どのノードも同じユーザーとグループを返すようにします。',

  // signatures
  'Successful login': 'ログイン成功',
  'The user logged in. Seen between failures for the same user, it shows that the 401s are intermittent.':
    'ユーザーがログインしました。同じユーザーの失敗の合間に記録されていれば、401 が断続的であることを示します。',
  'Failed login of an existing user': '実在するユーザーのログイン失敗',
  'The user exists in a Jira directory, but the password or LDAP check failed. Each failure raises the count; at the CAPTCHA limit later logins are refused. For a valid user who logs in at other times, this is the intermittent LDAP failure Atlassian describes.':
    'ユーザーは Jira のディレクトリに存在しますが、パスワードまたは LDAP の確認に失敗しました。失敗するたびに回数が増え、CAPTCHA の上限に達するとそれ以降のログインは拒否されます。ほかのときにはログインできる有効なユーザーであれば、アトラシアンが説明している断続的な LDAP の失敗です。',
  'Login refused: no USE permission, or user not found': 'ログイン拒否: USE 権限がない、またはユーザーが見つからない',
  'Any failed login writes this line: the user was not found, the password was wrong, or the user had no application access. Together with a "has FAILED authentication" line for the same request id the user exists and the check failed; without it the user was not found.':
    'ログインが失敗すると、理由（ユーザーが見つからない、パスワードが誤っている、アプリケーション アクセスがない）を問わずこの行が記録されます。同じリクエスト ID の "has FAILED authentication" の行もあれば、ユーザーは存在し確認に失敗したことを示します。その行がなければ、ユーザーが見つからなかったことを示します。',
  'Login refused until the user answers a CAPTCHA': 'ユーザーが CAPTCHA に答えるまでログインを拒否',
  'The user reached the maximum number of failed logins. Jira now refuses every REST login for this user, even with the right password, without checking the password.':
    'ユーザーのログイン失敗回数が上限に達しました。Jira はこのユーザーの REST ログインを、パスワードを確認することなく、正しいパスワードであってもすべて拒否します。',
  'Password accepted, but no application access': 'パスワードは受け入れられたが、アプリケーション アクセスがない',
  'The password was right, but the user may not use Jira: no application access, which comes from group membership. Missing groups on a failing login lead to this.':
    'パスワードは正しいものの、ユーザーには Jira の使用が許可されていません。アプリケーション アクセスはグループ メンバーシップから与えられるため、ログイン失敗時にグループが欠けるとこの状態になります。',
  'Password check failed': 'パスワードの確認に失敗',
  'The directory checked the password and it did not match.': 'ディレクトリでパスワードを確認した結果、一致しませんでした。',
  Logout: 'ログアウト',
  'The session was ended by a logout (for REST clients: DELETE /rest/auth/1/session). Calls with that session cookie get 401 afterwards.':
    'ログアウトによってセッションが終了しました（REST クライアントの場合: DELETE /rest/auth/1/session）。それ以降、そのセッション Cookie を使った呼び出しは 401 になります。',
  'Login page reports a CAPTCHA lock': 'ログイン ページが CAPTCHA によるロックを報告',
  'The last login of this user was denied by the elevated security check (CAPTCHA) before the password was checked; currentFailedLoginCount has reached maxAuthenticationAttemptsAllowed.':
    'このユーザーの直前のログインは、パスワードが確認される前に強化セキュリティ チェック（CAPTCHA）によって拒否されました。currentFailedLoginCount が maxAuthenticationAttemptsAllowed に達しています。',
  'Login page reports the last login result': 'ログイン ページが直前のログイン結果を報告',
  "Shows why the user's last login ended as it did (the reason) and the failed-login counters; when currentFailedLoginCount reaches maxAuthenticationAttemptsAllowed the next login needs a CAPTCHA.":
    'ユーザーの直前のログインがその結果になった理由（reason）と、ログイン失敗のカウンターを示します。currentFailedLoginCount が maxAuthenticationAttemptsAllowed に達すると、次のログインには CAPTCHA が必要になります。',
  'Which LDAP server answered': '応答した LDAP サーバー',
  'Names the LDAP server Jira used for one lookup (debug logging). Different server names across lines mean Jira reaches several LDAP servers.':
    'Jira が 1 回の検索に使用した LDAP サーバーの名前です（デバッグ ログ）。行によってサーバー名が異なる場合、Jira は複数の LDAP サーバーにつながっています。',
  'LDAP search found entries': 'LDAP 検索でエントリーが見つかった',
  "An LDAP search (e.g. the user's groups) found entries. On a working login the expected groups come back this way.":
    'LDAP 検索（ユーザーのグループなど）でエントリーが見つかりました。ログインが成功するときは、このように想定どおりのグループが返されます。',
  'LDAP search found nothing': 'LDAP 検索で何も見つからなかった',
  'An LDAP search found nothing. Many searches legitimately find nothing (e.g. nested groups), so look at the request id: during a failing login of a user who has groups, it means the groups were not returned.':
    'LDAP 検索で何も見つかりませんでした。正常でも何も見つからない検索は多い（ネストされたグループなど）ため、リクエスト ID を確認してください。グループを持つユーザーのログインが失敗している最中の行であれば、グループが返されなかったことを意味します。',
  'LDAP search with its base DN, filter and duration': 'LDAP 検索のベース DN、フィルター、所要時間',
  'The base DN and filter Jira used to look up groups, and how long it took: the LDAP team can repeat this search on each LDAP server.':
    'Jira がグループの検索に使用したベース DN とフィルター、およびその所要時間です。LDAP チームはこの検索を各 LDAP サーバーで再現できます。',
  'Groups refreshed on login': 'ログイン時にグループを更新',
  "A successful login refreshed the user's groups from LDAP: the groups were returned this time.":
    'ログインが成功し、ユーザーのグループが LDAP から更新されました。このときはグループが返されています。',
  'A user directory failed during login and was skipped': 'ログイン中にユーザー ディレクトリが失敗し、スキップされた',
  'Jira could not use this directory (connection or bind error) while logging the user in, and tried the next directory instead. The reason follows in the same or the next lines.':
    'Jira はユーザーのログイン中にこのディレクトリを使用できず（接続エラーまたはバインド エラー）、代わりに次のディレクトリを試しました。理由は同じ行または続く行に記録されています。',
  'Error while authenticating a user': 'ユーザーの認証中のエラー',
  'The login failed with an error rather than a wrong password; the exception that follows (often an LDAP error code 49 with a "data" code) says why.':
    'ログインは、パスワードの誤りではなくエラーによって失敗しました。理由は続く例外（多くの場合、"data" コード付きの LDAP error code 49）に示されています。',
  'Active Directory refused the login (data 525)': 'Active Directory がログインを拒否（data 525）',
  'Active Directory did not find the user. For a user who exists and logs in at other times, this means the LDAP server that answered does not have the user: the LDAP servers disagree.':
    'Active Directory でユーザーが見つかりませんでした。実在し、ほかのときにはログインできるユーザーであれば、応答した LDAP サーバーにそのユーザーがいないこと、つまり LDAP サーバー間で内容が食い違っていることを意味します。',
  'Active Directory refused the login (data 52e)': 'Active Directory がログインを拒否（data 52e）',
  'Active Directory found the user but the password is wrong.': 'Active Directory でユーザーは見つかりましたが、パスワードが誤っています。',
  'Active Directory refused the login (data 530)': 'Active Directory がログインを拒否（data 530）',
  'The account may not log in at this time of day (logon hours restriction in Active Directory).':
    'このアカウントは、この時間帯にはログインできません（Active Directory のログオン時間の制限）。',
  'Active Directory refused the login (data 531)': 'Active Directory がログインを拒否（data 531）',
  'The account may not log in from this computer (workstation restriction in Active Directory).':
    'このアカウントは、このコンピューターからはログインできません（Active Directory のワークステーションの制限）。',
  'Active Directory refused the login (data 532)': 'Active Directory がログインを拒否（data 532）',
  "The account's password has expired in Active Directory.": 'Active Directory でアカウントのパスワードの有効期限が切れています。',
  'Active Directory refused the login (data 533)': 'Active Directory がログインを拒否（data 533）',
  'The account is disabled in Active Directory.': 'Active Directory でアカウントが無効になっています。',
  'Active Directory refused the login (data 701)': 'Active Directory がログインを拒否（data 701）',
  'The account has expired in Active Directory.': 'Active Directory でアカウントの有効期限が切れています。',
  'Active Directory refused the login (data 773)': 'Active Directory がログインを拒否（data 773）',
  'The user must change the password before logging in (Active Directory "must reset password").':
    'ユーザーはログインする前にパスワードを変更する必要があります（Active Directory の "must reset password"）。',
  'Active Directory refused the login (data 775)': 'Active Directory がログインを拒否（data 775）',
  'The account is locked out in Active Directory, usually after too many wrong passwords.':
    'Active Directory でアカウントがロックアウトされています。通常は、誤ったパスワードが繰り返し入力されたためです。',
};
