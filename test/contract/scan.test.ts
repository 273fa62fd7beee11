import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractDiagnosis } from './cli';
import { buildOnce, diagnose, lit, run, scratchDir, scratchFile, statusIn, TODAY } from './cli';

/**
 * Real published Jira log lines (article 000 and 001, facts sheet §3.2 formats) read by
 * `jira-doctor scan`, and the scan's JSON fed to `diagnose --facts`.
 */

type Finding = { id: string; count: number; firstSeen?: string; lastSeen?: string; file: string; line: number; samples: string[] };
type ScanJson = {
  facts: Record<string, unknown>;
  signatures: Finding[];
  authentication: { user: string; passed: number; failed: number; notPermitted: number; captcha: number; maxFailureCount?: number }[];
  ldapServers: { url: string; count: number }[];
  files: { name: string; status: string; lines: number }[];
};

const SECURITY_LOG = [
  // Log4j 1 (facts §3.2 A), the article-000 pair, a successful login of the same user earlier that day.
  "2023-02-20 16:48:05,100+0000 ajp-nio-0.0.0.0-8600-exec-1630 jsmith 1008x10665967x3 1q2w3e 10.1.103.156 /rest/api/2/serverInfo The user 'jsmith' has PASSED authentication.",
  "2023-02-20 17:09:00,982+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo login : 'jsmith' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.",
  "2023-02-20 17:09:00,989+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo The user 'jsmith' has FAILED authentication. Failure count equals 15",
  // An older line without a timezone offset (facts §3.2 A).
  "2015-08-14 08:58:12,536 http-bio-8080-exec-7 anonymous 538x1508x1 1vkjf6z 10.60.2.104 /login.jsp The user 'olduser' has PASSED authentication.",
  // Log4j2 (Jira 9.5+): level and logger columns, Tomcat thread names that carry the URL and user.
  "2023-06-01 09:04:00,000+0000 http-nio-8080-exec-3 url: /rest/api/2/myself; user: jsmith INFO jsmith 544x1x1 1slv0vn 172.18.0.1 /rest/api/2/myself [c.a.j.security.login.LoginLoggers] The user 'jsmith' has PASSED authentication.",
  "2023-06-01 09:05:00,000+0000 http-nio-8080-exec-4 WARN anonymous 545x2x1 - 172.18.0.1 /rest/api/2/myself [c.a.j.security.login.LoginLoggers] The user 'jsmith' has FAILED authentication.  Failure count equals 16",
  "2023-06-01 09:05:01,000+0000 http-nio-8080-exec-4 WARN anonymous 545x3x1 - 172.18.0.1 /rest/api/2/myself [c.a.j.security.login.LoginLoggers] The user 'jsmith' is required to answer a CAPTCHA elevated security check.  Failure count equals 17",
].join('\n');

const JIRA_LOG = [
  // A startup banner (a multi-line event) with the JVM input arguments.
  '2023-06-01 08:59:00,123+0000 main INFO      [c.a.jira.startup.JiraStartupLogger] ',
  '',
  '    ___ Environment _____________________________',
  '',
  '     JIRA Build                                    : 9.4.8#940008-sha1:4b3f8e5',
  '     JVM Input Arguments                           : -Djava.util.logging.config.file=/opt/atlassian/jira/conf/logging.properties -Xms2048m -Xmx4096m -Dhttps.proxyHost=172.9.0.1 -Dhttps.proxyPort=443 -Datlassian.standalone=JIRA',
  '',
  // Article 000's LDAP debug lines, from two LDAP servers.
  "2023-02-20 16:48:05,133+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [o.s.l.core.support.AbstractContextSource] Got Ldap context on server 'ldaps://ldap.server.com:1636'",
  '2023-02-20 16:48:05,142+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [c.a.c.d.ldap.monitoring.ExecutionInfoNameClassPairCallbackHandler] The operation returned 4 results',
  '2023-02-20 16:48:05,142+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [c.a.crowd.directory.DbCachingRemoteDirectory] Updating groups on login for user jsmith',
  "2023-02-20 17:09:00,950+0000 ajp-nio-0.0.0.0-8600-exec-1613 DEBUG anonymous 1029x10688423x2 - 10.1.103.156 /rest/api/2/serverInfo [o.s.l.core.support.AbstractContextSource] Got Ldap context on server 'ldaps://ldap2.server.com:1636'",
  // An IP chain and a stack trace whose continuation lines carry the AD reason (facts §3.2 B, §3.5).
  "2021-09-20 14:27:57,400-0400 http-nio-8080-exec-23 ERROR anonymous 867x269792x1 1nb81f1 10.10.50.50,0:0:0:0:0:0:0:1 /rest/gadget/1.0/login [c.a.j.security.login.JiraSeraphAuthenticator] Error occurred while trying to authenticate user 'sample-user'.",
  'com.atlassian.crowd.exception.runtime.OperationFailedException: javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error, data 775, v4563]',
  '\tat com.atlassian.crowd.directory.SpringLDAPConnector.authenticate(SpringLDAPConnector.java:1090)',
  '\tat com.atlassian.crowd.directory.DelegatedAuthenticationDirectory.authenticate(DelegatedAuthenticationDirectory.java:141)',
  // A background thread: no MDC columns (facts §3.2 B).
  '2024-03-01 10:00:00,000+0000 Caesium-1-4 ERROR ServiceRunner     [c.c.a.oidc.rest.RestAuthenticator] requestTokens provider rejected token request: Client not allowed for direct access grants',
].join('\n');

const MAIL_LOG = [
  // Article 001, Root Cause 12 (facts §3.2 C) and the 2014 KB line without an offset.
  '2022-10-12 08:02:36,237+0000 ERROR [] Caesium-1-3 ServiceRunner Exception when MailPullerWorker pulls emails: com.atlassian.jira.internal.mail.processor.errors.MailConnectionException: OAuth token not defined for connection. OAuth Authorisation required. at com.atlassian.jira.internal.mail.processor.feature.puller.MailPullerWorker.lambda$getMailServerPassword$2(MailPullerWorker.java:250) [jira-email-processor-plugin-4.20.11-REL-0003.jar:?] at io.atlassian.fugue.Either$Left.fold(Either.java:586) [fugue-4.7.2.jar:?]',
  '2022-10-12 08:07:36,241+0000 ERROR [] Caesium-1-1 ServiceRunner Exception when MailPullerWorker pulls emails: com.atlassian.jira.internal.mail.processor.errors.MailConnectionException: OAuth token not defined for connection. OAuth Authorisation required. at com.atlassian.jira.internal.mail.processor.feature.puller.MailPullerWorker.lambda$getMailServerPassword$2(MailPullerWorker.java:250) [jira-email-processor-plugin-4.20.11-REL-0003.jar:?]',
  "2014-09-12 07:40:48,051 ERROR [365 IMAP] QuartzScheduler_Worker-3 ServiceRunner Help Desk Handler[10100]: Messaging Exception in service 'com.atlassian.jira.service.services.mail.MailFetcherService$MessageProviderImpl' when getting mail: A3 BAD User is authenticated but not connected.",
].join('\n');

let folder: string;
let scanFile: string;
let scan: ScanJson;

const finding = (id: string): Finding => {
  const found = scan.signatures.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} among ${scan.signatures.map((s) => s.id).join(', ')}`);
  return found;
};

beforeAll(async () => {
  buildOnce();
  folder = scratchDir('log');
  writeFileSync(join(folder, 'atlassian-jira-security.log'), `${SECURITY_LOG}\n`);
  writeFileSync(join(folder, 'atlassian-jira.log'), `${JIRA_LOG}\n`);
  writeFileSync(join(folder, 'atlassian-jira-incoming-mail.log'), `${MAIL_LOG}\n`);
  const r = await run(['scan', folder, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  scanFile = scratchFile('scan.json', r.stdout);
  scan = JSON.parse(r.stdout) as ScanJson;
});

describe('scan of real Jira log lines', () => {
  it('reads the three logs to the end', () => {
    expect(scan.files.map((f) => [f.name.replace(/.*\//, ''), f.status]).sort()).toEqual([
      ['atlassian-jira-incoming-mail.log', 'read'],
      ['atlassian-jira-security.log', 'read'],
      ['atlassian-jira.log', 'read'],
    ]);
  });

  it('counts each signature with its first and last time, keeping the offset only where the log has one', () => {
    expect(finding('security-passed')).toMatchObject({ count: 3, firstSeen: '2015-08-14T08:58:12.536', lastSeen: '2023-06-01T09:04:00.000+00:00' });
    expect(finding('security-failed')).toMatchObject({ count: 2, firstSeen: '2023-02-20T17:09:00.989+00:00', lastSeen: '2023-06-01T09:05:00.000+00:00' });
    expect(finding('security-login-not-permitted-or-not-found')).toMatchObject({ count: 1, line: 2 });
    expect(finding('security-captcha-required')).toMatchObject({ count: 1 });
    expect(finding('mail-oauth-token-not-defined')).toMatchObject({ count: 2, firstSeen: '2022-10-12T08:02:36.237+00:00', lastSeen: '2022-10-12T08:07:36.241+00:00' });
    expect(finding('mail-imap-not-connected')).toMatchObject({ count: 1, firstSeen: '2014-09-12T07:40:48.051' });
    expect(finding('ldap-context-server')).toMatchObject({ count: 2 });
    expect(finding('oidc-direct-access-grants-not-allowed')).toMatchObject({ count: 1, firstSeen: '2024-03-01T10:00:00.000+00:00' });
  });

  it('reads a stack trace as part of the event above it: the AD reason gets the event time and the IP chain line', () => {
    const bind = finding('ldap-bind-775-account-locked');
    expect(bind.count).toBe(1);
    expect(bind.firstSeen).toBe('2021-09-20T14:27:57.400-04:00');
    expect(finding('authenticate-user-error').firstSeen).toBe('2021-09-20T14:27:57.400-04:00');
  });

  it('tallies the security log per user, Log4j 1 and Log4j2 lines alike', () => {
    const jsmith = scan.authentication.find((a) => a.user === 'jsmith');
    expect(jsmith).toMatchObject({ passed: 2, failed: 2, notPermitted: 1, captcha: 1, maxFailureCount: 16 });
    expect(scan.authentication.find((a) => a.user === 'olduser')).toMatchObject({ passed: 1, failed: 0 });
  });

  it('establishes the facts: errors, the JVM arguments of the startup banner, the version, intermittent 401s', () => {
    expect(scan.facts['jvm.args']).toBe(
      '-Djava.util.logging.config.file=/opt/atlassian/jira/conf/logging.properties -Xms2048m -Xmx4096m -Dhttps.proxyHost=172.9.0.1 -Dhttps.proxyPort=443 -Datlassian.standalone=JIRA',
    );
    expect(scan.facts['jira.version']).toBe('9.4.8');
    expect(scan.facts['rest401.pattern']).toBe('intermittent');
    const errors = scan.facts.errors as string[];
    for (const text of [
      'OAuth token not defined for connection',
      'User is authenticated but not connected',
      'Client not allowed for direct access grants',
      "has FAILED authentication",
      'data 775',
    ]) {
      expect(errors.some((e) => e.includes(text)), text).toBe(true);
    }
    expect(scan.ldapServers.map((s) => s.url).sort()).toEqual(['ldaps://ldap.server.com:1636', 'ldaps://ldap2.server.com:1636']);
    // Two LDAP servers answered: Jira's LDAP connection reaches more than one (article 000, Cause 2).
    expect(scan.facts['ldap.clustered']).toBe(true);
  });

  it('does not call the 401s intermittent when no user both passed and failed', async () => {
    const only = scratchDir('failures-only');
    writeFileSync(
      join(only, 'atlassian-jira-security.log'),
      [
        "2023-02-20 17:09:00,989+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo The user 'jsmith' has FAILED authentication. Failure count equals 15",
        "2023-02-20 17:10:00,100+0000 ajp-nio-0.0.0.0-8600-exec-1614 alice 1030x10688424x1 14chojl 10.1.103.157 /rest/api/2/myself The user 'alice' has PASSED authentication.",
      ].join('\n'),
    );
    const r = await run(['scan', only, '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ScanJson).facts['rest401.pattern']).toBeUndefined();
  });
});

describe('scan output into diagnose', () => {
  const check = (d: ContractDiagnosis) => {
    // LDAP: the security-log pair with intermittent 401s, and two LDAP servers.
    expect(statusIn(d, 'rest-401/ldap-groups-missing')).toBe('likely');
    expect(statusIn(d, 'rest-401/ldap-cluster-inconsistent')).toBe('likely');
    // The JVM arguments route HTTPS through a proxy.
    expect(statusIn(d, 'mail-oauth/proxy')).toBe('likely');
    // The plugin's log line proves Direct Access Grants are off.
    expect(statusIn(d, 'rest-sso/direct-access-grants-disabled')).toBe('confirmed');
    // JSM 4.20.11 (from the email processor plugin) is within the multi-channel beta's versions.
    expect(lit(d)).toEqual(expect.arrayContaining(['mail-oauth/multichannel-beta', 'mail-oauth/no-inbox-folder', 'mail-oauth/mailbox-permission', 'cookie-auth/captcha']));
  };

  it("diagnoses from the scan's facts", async () => {
    check(await diagnose(scan.facts));
  });

  // The scan command's own help example: jira-doctor diagnose --facts scan.json
  it('diagnoses from the whole scan --format json file, as the scan help says', async () => {
    const r = await run(['diagnose', '--facts', scanFile, '--format', 'json', '--today', TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    check(JSON.parse(r.stdout) as ContractDiagnosis);
  });
});
