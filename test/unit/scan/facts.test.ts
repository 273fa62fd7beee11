import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../../knowledge';
import { scanReportSchema } from '../../../knowledge/contract/scan';
import { readApplicationProperties, readNodeId } from '../../../electron/scan/properties';
import { scanText } from './scan-text';

const security = (time: string, user: string, message: string, url = '/rest/api/2/serverInfo') =>
  `2023-02-20 ${time},982+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 ${url} ${message}`;
const passed = (time: string, user: string) => security(time, user, `The user '${user}' has PASSED authentication.`);
const failed = (time: string, user: string, n: number) => security(time, user, `The user '${user}' has FAILED authentication.  Failure count equals ${n}`);
const notPermitted = (time: string, user: string) =>
  security(time, user, `login : '${user}' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.`);
const ldapContext = (server: string) =>
  `2023-02-20 16:48:05,133+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [o.s.l.core.support.AbstractContextSource] Got Ldap context on server '${server}'`;

const BANNER = [
  '2026-03-01 07:00:01,220+0000 JIRA-Bootstrap INFO      [c.a.jira.startup.JiraStartupLogger] ',
  '    ',
  '    ___ Environment _____________________________',
  '    ',
  '         JIRA Build                                    : 9.12.4#9120004-sha1:0b2c7a1',
  '         JVM Input Arguments                           : -Xms2048m -Xmx4096m -Dhttps.proxyHost=proxy.corp.example -Dhttps.proxyPort=3128 -Dhttps.proxyPassword=Sup3rSecret -Dhttp.nonProxyHosts=localhost|*.corp.example',
  '         Java Compatibility Information                : JIRA version = 9.12.4, Java Version = 17.0.9',
].join('\n');

describe('facts from the security log (article 000)', () => {
  it('calls the 401s intermittent when the same user both passes and fails, and counts per user', async () => {
    const report = await scanText({
      'atlassian-jira-security.log': [passed('16:48:05', 'svc-ci'), notPermitted('17:09:00', 'svc-ci'), failed('17:09:01', 'svc-ci', 15), passed('17:10:00', 'svc-ci'), failed('17:11:00', 'bob', 1)].join('\n'),
    });
    expect(report.facts['rest401.pattern']).toBe('intermittent');
    expect(report.factSources['rest401.pattern']).toMatchObject({ file: 'atlassian-jira-security.log' });
    expect(report.factSources['rest401.pattern']?.why).toContain('svc-ci');
    expect(report.factSources['rest401.pattern']?.why).not.toContain('bob');
    expect(report.authentication).toEqual([
      { user: 'bob', passed: 0, failed: 1, notPermitted: 0, captcha: 0, maxFailureCount: 1, firstFailure: '2023-02-20T17:11:00.982+00:00', lastFailure: '2023-02-20T17:11:00.982+00:00' },
      { user: 'svc-ci', passed: 2, failed: 1, notPermitted: 1, captcha: 0, maxFailureCount: 15, firstFailure: '2023-02-20T17:09:01.982+00:00', lastFailure: '2023-02-20T17:09:01.982+00:00' },
    ]);
  });

  it('claims nothing about the pattern when a user only fails', async () => {
    const report = await scanText({ 'atlassian-jira-security.log': [failed('17:09:01', 'bob', 1), failed('17:09:05', 'bob', 2)].join('\n') });
    expect(report.facts['rest401.pattern']).toBeUndefined();
  });

  it('tallies per node when the logs come from node folders, and calls Jira clustered', async () => {
    const report = await scanText({
      'node1/atlassian-jira-security.log': passed('16:48:05', 'svc-ci'),
      'node2/atlassian-jira-security.log': failed('17:09:01', 'svc-ci', 3),
    });
    expect(report.nodes).toEqual(['node1', 'node2']);
    expect(report.facts['jira.clustered']).toBe(true);
    expect(report.authentication.map((a) => [a.node, a.passed, a.failed])).toEqual([
      ['node2', 0, 1],
      ['node1', 1, 0],
    ]);
  });

  it('says LDAP is clustered only when Jira got connections from more than one server', async () => {
    const one = await scanText({ 'atlassian-jira.log': [ldapContext('ldaps://ldap1:636'), ldapContext('ldaps://ldap1:636')].join('\n') });
    expect(one.facts['ldap.clustered']).toBeUndefined();
    expect(one.ldapServers).toEqual([{ url: 'ldaps://ldap1:636', count: 2 }]);
    const two = await scanText({ 'atlassian-jira.log': [ldapContext('ldaps://ldap1:636'), ldapContext('ldaps://ldap2:636')].join('\n') });
    expect(two.facts['ldap.clustered']).toBe(true);
  });
});

describe("groups missing on a failing login (article 000, Cause 1, from debug logging)", () => {
  const debug = (request: string, message: string) =>
    `2023-02-20 16:48:05,142+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous ${request} - 10.1.103.156 /rest/api/2/serverInfo [c.a.c.d.ldap.monitoring.ExecutionInfoNameClassPairCallbackHandler] ${message}`;
  const outcome = (request: string, message: string) =>
    `2023-02-20 16:48:05,160+0000 ajp-nio-0.0.0.0-8600-exec-1630 anonymous ${request} - 10.1.103.156 /rest/api/2/serverInfo ${message}`;
  const security = [
    outcome('1008x10665967x3', "The user 'svc-ci' has PASSED authentication."),
    outcome('1029x10688423x2', "The user 'svc-ci' has FAILED authentication.  Failure count equals 15"),
  ].join('\n');

  it('is claimed when a failed login found no LDAP entries and a successful one of the same user did', async () => {
    const report = await scanText({
      'atlassian-jira-security.log': security,
      'atlassian-jira.log': [debug('1008x10665967x3', 'The operation returned 4 results'), debug('1029x10688423x2', 'The operation returned 0 results')].join('\n'),
    });
    expect(report.facts['user.groupsMissingOnFailure']).toBe(true);
    expect(report.factSources['user.groupsMissingOnFailure']?.why).toContain('request 1029x10688423x2');
  });

  it('is not claimed when the failing login also found entries, or without debug lines', async () => {
    const mixed = await scanText({
      'atlassian-jira-security.log': security,
      'atlassian-jira.log': [debug('1008x10665967x3', 'The operation returned 4 results'), debug('1029x10688423x2', 'The operation returned 0 results'), debug('1029x10688423x2', 'The operation returned 3 results')].join('\n'),
    });
    expect(mixed.facts['user.groupsMissingOnFailure']).toBeUndefined();
    const bare = await scanText({ 'atlassian-jira-security.log': security });
    expect(bare.facts['user.groupsMissingOnFailure']).toBeUndefined();
  });
});

describe('facts from the startup banner', () => {
  it('reads the Jira version and the JVM arguments, with secret system properties masked', async () => {
    const report = await scanText({ 'atlassian-jira.log': `${BANNER}\n` });
    expect(report.facts['jira.version']).toBe('9.12.4');
    expect(report.facts['jvm.args']).toBe(
      '-Xms2048m -Xmx4096m -Dhttps.proxyHost=proxy.corp.example -Dhttps.proxyPort=3128 -Dhttps.proxyPassword=*** -Dhttp.nonProxyHosts=localhost|*.corp.example',
    );
    expect(JSON.stringify(report)).not.toContain('Sup3rSecret');
  });

  it('takes the latest start when rotated logs hold older banners', async () => {
    const older = BANNER.replace('2026-03-01', '2025-01-10').replace('9.12.4#', '9.4.8#').replace('JIRA version = 9.12.4', 'JIRA version = 9.4.8').replace('-Xmx4096m', '-Xmx2048m');
    const report = await scanText({ 'atlassian-jira.log': `${BANNER}\n`, 'atlassian-jira.log.1': `${older}\n` });
    expect(report.facts['jira.version']).toBe('9.12.4');
    expect(report.facts['jvm.args']).toContain('-Xmx4096m');
    expect(report.factSources['jvm.args']?.file).toBe('atlassian-jira.log');
  });

  it('reads the JSM version from the JSM mail plugin named in a stack trace (article 001)', async () => {
    const line =
      '2022-10-12 08:02:36,237+0000 ERROR [] Caesium-1-3 ServiceRunner Exception when MailPullerWorker pulls emails: com.atlassian.jira.internal.mail.processor.errors.MailConnectionException: OAuth token not defined for connection. OAuth Authorisation required. at com.atlassian.jira.internal.mail.processor.feature.puller.MailPullerWorker.lambda$getMailServerPassword$2(MailPullerWorker.java:250) [jira-email-processor-plugin-4.20.11-REL-0003.jar:?]';
    const report = await scanText({ 'atlassian-jira-incoming-mail.log': line });
    expect(report.facts['jsm.version']).toBe('4.20.11');
    expect(report.signatures.map((s) => s.id)).toContain('mail-oauth-token-not-defined');
  });

  it('produces facts the contract accepts, so diagnose can read them, in a report of the published shape', async () => {
    const report = await scanText({ 'atlassian-jira.log': `${BANNER}\n`, 'atlassian-jira-security.log': [passed('16:48:05', 'a'), failed('17:09:01', 'a', 2)].join('\n') });
    expect(parseFacts(report.facts)).toEqual({ ok: true, facts: report.facts });
    const parsed = scanReportSchema.safeParse(JSON.parse(JSON.stringify(report)));
    expect(parsed.error).toBeUndefined();
  });
});

describe('secrets in samples and errors', () => {
  it('masks passwords in URLs, Authorization headers and client secrets', async () => {
    const lines = [
      security('17:09:00', 'svc', "login : 'svc' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.", '/rest/api/2/myself?os_username=svc&os_password=Pa55word!'),
      '2026-03-02 10:00:00,000+0000 http-nio-8080-exec-1 ERROR svc 1x2x3 - 10.0.0.1 /rest/oauth2 [c.a.j.oauth] Refresh Token Failed. Reported Reason: AADSTS7000222: The provided client secret keys for app are expired. request: client_secret=abcDEF123secret&grant_type=refresh_token Authorization: Basic c3ZjOnNlY3JldA==',
    ];
    const report = await scanText({ 'atlassian-jira.log': lines.join('\n') });
    const text = JSON.stringify(report);
    for (const secret of ['Pa55word!', 'abcDEF123secret', 'c3ZjOnNlY3JldA==']) expect(text).not.toContain(secret);
    expect(text).toContain('os_password=***');
  });
});

describe('support zip application properties', () => {
  it('reads the JVM arguments, Jira version and JSM app version of an application.xml', () => {
    const xml = `<?xml version="1.0"?><application-properties><product name="Jira" version="9.12.4"/>
      <stp-properties-java-vm-arguments>-Xmx4g -Dmail.imaps.proxy.host=proxy.example.org -Dmail.imaps.proxy.port=993 -Dfoo=&quot;a&amp;b&quot;</stp-properties-java-vm-arguments>
      <plugins><plugin><stp-properties-plugins-plugin-key>com.atlassian.servicedesk</stp-properties-plugins-plugin-key><stp-properties-plugins-plugin-version>5.12.4</stp-properties-plugins-plugin-version></plugin></plugins></application-properties>`;
    expect(readApplicationProperties(xml)).toEqual({
      jvmArgs: '-Xmx4g -Dmail.imaps.proxy.host=proxy.example.org -Dmail.imaps.proxy.port=993 -Dfoo="a&b"',
      jiraVersion: '9.12.4',
      jsmVersion: '5.12.4',
    });
  });

  it('reads the older element names', () => {
    expect(readApplicationProperties('<Version>8.20.10</Version><JVM-Input-Arguments>-Xms1g\n  -Xmx2g</JVM-Input-Arguments>')).toEqual({ jvmArgs: '-Xms1g -Xmx2g', jiraVersion: '8.20.10' });
    expect(readApplicationProperties('nothing useful')).toEqual({});
  });

  it('reads the node id of cluster.properties', () => {
    expect(readNodeId('# cluster\njira.node.id = node-b\njira.shared.home=/shared')).toBe('node-b');
    expect(readNodeId('jira.shared.home=/shared')).toBeUndefined();
  });
});
