import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, diagnose, lit, statusIn } from './cli';

/**
 * Error messages and log lines of the articles and the facts sheet (§3.3–§3.6, §4.2), pasted into the
 * `errors` fact with no symptom: the causes they point to light up (confirmed where the message
 * proves the cause, likely where it is a sign shared by several causes), and nothing else does.
 */

type Row = [where: string, errors: string[], confirmed: string[], likely: string[]];

const ARTICLE_000_PAIR = [
  "2023-02-20 17:09:00,982+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo login : '<username>' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.",
  "2023-02-20 17:09:00,989+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo The user '<username>' has FAILED authentication. Failure count equals 15",
];
const ARTICLE_001_MAIL_LOG =
  '2022-10-12 08:02:36,237+0000 ERROR [] Caesium-1-3 ServiceRunner Exception when MailPullerWorker pulls emails: com.atlassian.jira.internal.mail.processor.errors.MailConnectionException: OAuth token not defined for connection. OAuth Authorisation required. at com.atlassian.jira.internal.mail.processor.feature.puller.MailPullerWorker.lambda$getMailServerPassword$2(MailPullerWorker.java:250) [jira-email-processor-plugin-4.20.11-REL-0003.jar:?] at io.atlassian.fugue.Either$Left.fold(Either.java:586) [fugue-4.7.2.jar:?]';

const TOKEN_NOT_DEFINED = ['mail-oauth/multichannel-beta', 'mail-oauth/no-inbox-folder', 'mail-oauth/scopes', 'mail-oauth/secret-expired'];
const NOT_CONNECTED = ['mail-oauth/cached-credentials', 'mail-oauth/client-access-rules', 'mail-oauth/mailbox-permission'];
const AUTHENTICATE_FAILED = ['mail-oauth/cached-credentials', 'mail-oauth/mailbox-permission', 'mail-oauth/no-license', 'mail-oauth/protocol-disabled', 'mail-oauth/scopes'];
const READ_TIMED_OUT = ['mail-oauth/firewall', 'mail-oauth/inbox-flooded', 'mail-oauth/proxy'];

const ROWS: Row[] = [
  // Article 001 and facts §3.4
  ['Root Cause 10: the POP test connection', ['Protocol error. Connection is closed. 10'], [], ['mail-oauth/pop-unsupported']],
  ['§3.4: the Java exception of the POP test', ['javax.mail.AuthenticationFailedException: Protocol error. Connection is closed. 10'], [], ['mail-oauth/pop-unsupported']],
  ['§4.3: Office 365 answering a one-line POP login', ['-ERR Protocol error. Connection is closed. 10'], [], ['mail-oauth/pop-unsupported']],
  ['Root Causes 5 and 12: the JSM message', ['OAuth token not defined for connection. OAuth Authorisation required.'], [], TOKEN_NOT_DEFINED],
  ["Root Cause 12: the article's incoming-mail log line", [ARTICLE_001_MAIL_LOG], [], TOKEN_NOT_DEFINED],
  ['Root Causes 6 and 11: the handler test', ['A3 BAD User is authenticated but not connected.'], [], NOT_CONNECTED],
  [
    '§3.2 C: the 2014 incoming-mail line',
    [
      "2014-09-12 07:40:48,051 ERROR [365 IMAP] QuartzScheduler_Worker-3 ServiceRunner Help Desk Handler[10100]: Messaging Exception in service 'com.atlassian.jira.service.services.mail.MailFetcherService$MessageProviderImpl' when getting mail: A3 BAD User is authenticated but not connected.",
    ],
    [],
    NOT_CONNECTED,
  ],
  ['§3.4: IMAP sign-in refused', ['javax.mail.AuthenticationFailedException: AUTHENTICATE failed.'], [], AUTHENTICATE_FAILED],
  ['§3.4: the folder cannot be opened', ["JIRA couldn't open the folder 'inbox' at outlook.office365.com."], [], ['mail-oauth/mailbox-permission', 'mail-oauth/no-inbox-folder', 'mail-oauth/protocol-disabled']],
  ['§3.4: read timed out', ['ConnectionException: * BYE Jakarta Mail Exception: java.net.SocketTimeoutException: Read timed out'], [], READ_TIMED_OUT],
  ['§3.4: the OAuth 2.0 page test', ['The connection has failed. Check the application logs for details.'], [], ['mail-oauth/proxy', 'mail-oauth/single-tenant']],
  // Facts §4.2: Microsoft identity platform codes
  [
    '§4.2: AADSTS7000222 in the Incoming Mail page',
    ["Refresh Token Failed. Reported Reason: AADSTS7000222: The provided client secret keys for app '6d0c1c9e-0000-4000-8000-000000000000' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret"],
    ['mail-oauth/secret-expired'],
    [],
  ],
  ['§4.2: the bare code AADSTS7000222', ['AADSTS7000222'], ['mail-oauth/secret-expired'], []],
  [
    '§4.2: AADSTS50194 for /common with a single-tenant app',
    [
      "AADSTS50194: Application '6d0c1c9e-0000-4000-8000-000000000000' is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.",
    ],
    ['mail-oauth/single-tenant'],
    [],
  ],
  ['§4.2: AADSTS70011, an invalid scope', ["AADSTS70011: The provided value for the input parameter 'scope' is not valid."], ['mail-oauth/scopes'], []],
  // Article 003 and facts §3.6
  ['Article 003: the plugin log line', ['requestTokens provider rejected token request: Client not allowed for direct access grants'], ['rest-sso/direct-access-grants-disabled'], []],
  // Article 002 and facts §2.1–§2.2, §3.3
  ['§2.1: the XSRF failure', ['XSRF check failed'], ['cookie-auth/xsrf-check'], []],
  ['§2.1: the CAPTCHA denied reason', ['CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp'], ['cookie-auth/captcha'], []],
  ['§3.3: the CAPTCHA security-log line', ["The user 'jsmith' is required to answer a CAPTCHA elevated security check.  Failure count equals 4"], [], ['cookie-auth/captcha']],
  // Article 000 and facts §3.3, §3.5
  ["Article 000: the security-log pair of the Diagnosis", ARTICLE_000_PAIR, [], ['rest-401/ldap-cluster-inconsistent', 'rest-401/ldap-groups-missing']],
  [
    '§3.3: the older Seraph wording of the pair, without a timezone offset',
    [
      "2015-08-14 08:58:12,536 http-bio-8080-exec-7 anonymous 538x1508x1 1vkjf6z 10.60.2.104 /rest/api/2/myself User: bob tried to login but they do not have USE permission or weren't found. Deleting cookie.",
      "2015-08-14 08:58:12,540 http-bio-8080-exec-7 anonymous 538x1508x1 1vkjf6z 10.60.2.104 /rest/api/2/myself The user 'bob' has FAILED authentication.  Failure count equals 2",
    ],
    [],
    ['rest-401/ldap-cluster-inconsistent', 'rest-401/ldap-groups-missing'],
  ],
  ['Article 000: the lines of a successful login', [
    "2023-02-20 16:48:05,133+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [o.s.l.core.support.AbstractContextSource] Got Ldap context on server 'ldaps://ldap.server.com:1636'",
    '2023-02-20 16:48:05,142+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [c.a.c.d.ldap.monitoring.ExecutionInfoNameClassPairCallbackHandler] The operation returned 4 results',
    '2023-02-20 16:48:05,142+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [c.a.crowd.directory.DbCachingRemoteDirectory] Updating groups on login for user <username>',
  ], [], []],
  ['§3.3: a successful login alone', ["The user 'jsmith' has PASSED authentication."], [], []],
];

beforeAll(() => buildOnce());

describe('pasted errors', () => {
  it.concurrent.each(ROWS)('%s', async (_where, errors, confirmed, likely) => {
    const d = await diagnose({ errors });
    expect(lit(d)).toEqual([...confirmed, ...likely].sort());
    for (const id of confirmed) expect(statusIn(d, id), id).toBe('confirmed');
    for (const id of likely) expect(statusIn(d, id), id).toBe('likely');
    // The reason quotes or names what was seen, in words.
    for (const cause of d.causes.filter((c) => c.status !== 'possible')) {
      expect(cause.because.join(' ').length, cause.id).toBeGreaterThan(30);
    }
  });

  it('lets facts decide where a message is only a sign: POP on a supported Jira with the two-line format ticked', async () => {
    const d = await diagnose({
      errors: ['Protocol error. Connection is closed. 10'],
      'mail.handler': 'jira',
      'mail.protocol': 'pop',
      'jira.version': '8.20.10',
      'pop.twoLineAuth': true,
    });
    expect(statusIn(d, 'mail-oauth/pop-unsupported')).toBe('ruled-out');
  });

  it('keeps the article-000 pair to LDAP users: an internal-directory user rules both causes out', async () => {
    const d = await diagnose({ symptom: 'rest-401', errors: ARTICLE_000_PAIR, 'directory.type': 'internal' });
    expect(d.causes).toEqual([]);
    expect(d.ruledOut.map((c) => c.id).sort()).toEqual(['rest-401/ldap-cluster-inconsistent', 'rest-401/ldap-groups-missing']);
  });
});
