import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CauseId, Facts, Status } from '../../../knowledge/index';
import { assembleKnowledge } from '../../../knowledge/assemble';
import { CAUSE_IDS, diagnose, knowledge, matchErrorText, relevantQuestions } from '../../../knowledge/index';
import { part } from '../../../knowledge/articles/a001-mail-oauth';
import { factsOf } from '../../../knowledge/engine/conditions';
import { findSection } from '../../../electron/services/sources';
import { expectUnambiguousExamples } from './article-helpers';
import { JSM_421_GCC_HIGH } from '../../support/mail-cases';

// A fixed day, so that the client-secret rules do not depend on when the tests run.
const TODAY = '2026-11-23';

const run = (facts: Facts) => diagnose(facts, { today: TODAY });

function statusOf(facts: Facts, id: CauseId): Status {
  const d = run(facts);
  if (d.ruledOut.some((c) => c.id === id)) return 'ruled-out';
  const cause = d.causes.find((c) => c.id === id);
  if (!cause) throw new Error(`${id} is missing from the diagnosis of ${JSON.stringify(facts)}`);
  return cause.status;
}

function becauseOf(facts: Facts, id: CauseId): string {
  const d = run(facts);
  const cause = d.causes.find((c) => c.id === id) ?? d.ruledOut.find((c) => c.id === id);
  if (!cause) throw new Error(`${id} is missing from the diagnosis`);
  return cause.because.join(' ');
}

/** Every title, step, code line and note of the cause's solutions for this installation. */
function solutionOf(facts: Facts, id: CauseId): string {
  const cause = run(facts).causes.find((c) => c.id === id);
  if (!cause) throw new Error(`${id} is not an open cause for ${JSON.stringify(facts)}`);
  return cause.solutions.flatMap((s) => [s.title, ...s.steps.flatMap((step) => [step.text, ...(step.code ?? [])]), ...s.notes]).join('\n');
}

function codeOf(facts: Facts, id: CauseId): string[] {
  const cause = run(facts).causes.find((c) => c.id === id);
  if (!cause) throw new Error(`${id} is not an open cause`);
  return cause.solutions.flatMap((s) => s.steps.flatMap((step) => step.code ?? []));
}

const WORLDWIDE_SCOPES = 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access';
const GOV_SCOPES = 'https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access';
const COMMON_AUTHORIZE = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize';
const COMMON_TOKEN = 'https://login.microsoftonline.com/common/oauth2/v2.0/token';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

// The article's own incoming-mail log line (Root Cause 12).
const TOKEN_NOT_DEFINED =
  '2022-10-12 08:02:36,237+0000 ERROR [] Caesium-1-3 ServiceRunner Exception when MailPullerWorker pulls emails: com.atlassian.jira.internal.mail.processor.errors.MailConnectionException: OAuth token not defined for connection. OAuth Authorisation required. at com.atlassian.jira.internal.mail.processor.feature.puller.MailPullerWorker.lambda$getMailServerPassword$2(MailPullerWorker.java:250) [jira-email-processor-plugin-4.20.11-REL-0003.jar:?]';
const AUTHENTICATE_FAILED = 'javax.mail.AuthenticationFailedException: AUTHENTICATE failed.';
const POP_PROTOCOL_ERROR = 'Protocol error. Connection is closed. 10';

const mail: Facts = { symptom: 'mail-oauth', 'mail.provider': 'microsoft' };
const jiraImap: Facts = { ...mail, 'mail.handler': 'jira', 'mail.protocol': 'imap', 'microsoft.cloud': 'worldwide' };
const jiraPop: Facts = { ...mail, 'mail.handler': 'jira', 'mail.protocol': 'pop', 'microsoft.cloud': 'worldwide' };
const jsm: Facts = { ...mail, 'mail.handler': 'jsm', 'mail.protocol': 'imap' };
const jiraGraph: Facts = { ...mail, 'mail.handler': 'jira', 'mail.protocol': 'graph', 'jira.version': '9.17.0', 'microsoft.cloud': 'worldwide' };
const AADSTS50011 =
  "AADSTS50011: The redirect URI 'https://jira.example.com/plugins/servlet/oauth2/callback' specified in the request does not match the redirect URIs configured for the application 'abc'.";

describe('article 001: mail handlers and OAuth 2.0', () => {
  it('defines every mail-oauth cause of the contract and loads without problems', () => {
    const mailCauses = CAUSE_IDS.filter((id) => id.startsWith('mail-oauth/'));
    expect(part.causes?.map((c) => c.id).sort()).toEqual([...mailCauses].sort());
    const { problems } = assembleKnowledge({ a001: part });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('leaves every cause possible, and nothing ruled out, while nothing is known', () => {
    const d = run({ symptom: 'mail-oauth' });
    expect(d.ruledOut).toEqual([]);
    expect(d.causes).toHaveLength(25);
    expect(d.causes.every((c) => c.status === 'possible' && c.id.startsWith('mail-oauth/'))).toBe(true);
  });

  it("cites sections that exist: the article's own headings, or the facts sheet's numbered sections", () => {
    const article = readFileSync(new URL('../../../knowledge/sources/001_98f64f14c27b40d8.txt', import.meta.url), 'utf8');
    const sources: { article: string; section: string }[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.article === 'string' && typeof record.section === 'string') sources.push(record as { article: string; section: string });
        else Object.values(record).forEach(collect);
      }
    };
    collect(part);
    expect(sources.length).toBeGreaterThan(100);
    for (const { article: id, section } of sources) {
      if (id === 'facts') expect(section).toMatch(/^§\d+(\.\d+)?$/);
      else expect(findSection('001', article, section), section).toBeDefined();
    }
  });

  // One installation per cause that the article's own signs point to; every cause must be reachable.
  const REACHED: [CauseId, Status, Facts][] = [
    ['mail-oauth/oauth-unsupported-version', 'confirmed', { ...jiraImap, 'jira.version': '8.9.0' }],
    ['mail-oauth/scopes', 'confirmed', { ...jiraImap, 'oauth.scopes': GOV_SCOPES }],
    ['mail-oauth/protocol-disabled', 'confirmed', { ...jiraImap, 'mailbox.protocolEnabled': false }],
    ['mail-oauth/mailbox-permission', 'confirmed', { ...jiraImap, 'mailbox.kind': 'other-user', 'mailbox.authorizerHasFullAccess': false }],
    ['mail-oauth/no-license', 'confirmed', { ...jiraImap, 'mailbox.licensed': false }],
    ['mail-oauth/no-inbox-folder', 'confirmed', { ...jsm, 'mailbox.hasInboxFolder': false }],
    ['mail-oauth/client-access-rules', 'confirmed', { ...jiraImap, 'exchange.clientAccessRulesAllowImap': false }],
    ['mail-oauth/firewall', 'confirmed', { ...jiraImap, 'network.mailReachableFromJira': false }],
    ['mail-oauth/single-tenant', 'confirmed', { ...jiraImap, 'azure.accountType': 'single-tenant', 'oauth.authorizeEndpoint': COMMON_AUTHORIZE }],
    ['mail-oauth/gov-cloud', 'confirmed', { ...jiraImap, 'microsoft.cloud': 'dod', 'mail.host': 'outlook.office365.com' }],
    ['mail-oauth/pop-unsupported', 'confirmed', { ...jiraPop, 'jira.version': '8.14.0' }],
    ['mail-oauth/cached-credentials', 'confirmed', { ...jiraImap, 'oauth.authorizedAsExpectedUser': false }],
    ['mail-oauth/multichannel-beta', 'confirmed', { ...jsm, 'jsm.version': '4.18.0', 'jsm.multiChannelBeta': true, 'jsm.oauthChannelCount': 3 }],
    ['mail-oauth/stickiness', 'confirmed', { ...jiraImap, 'jira.clustered': true, 'lb.sticky': false }],
    ['mail-oauth/secret-expired', 'confirmed', { ...jiraImap, 'azure.secretExpiresOn': '2025-11-23', 'azure.secretIdentified': true }],
    ['mail-oauth/inbox-flooded', 'likely', { ...jiraImap, 'mailbox.flooded': true }],
    ['mail-oauth/proxy', 'likely', { ...jiraImap, 'jvm.args': '-Dhttp.proxyHost=www.example.com -Dhttp.proxyPort=8080' }],
    ['mail-oauth/graph-admin-consent', 'confirmed', { ...jiraGraph, 'azure.adminConsentGranted': false }],
    ['mail-oauth/graph-permission', 'confirmed', { ...jiraGraph, 'azure.graphMailPermission': false }],
    ['mail-oauth/graph-access-policy', 'confirmed', { ...jiraGraph, 'exchange.appAccessPolicyAllowsMailbox': false }],
    ['mail-oauth/graph-multi-tenant', 'likely', { ...jiraGraph, 'azure.accountType': 'multi-tenant' }],
    ['mail-oauth/redirect-uri-mismatch', 'confirmed', { ...jiraImap, errors: [AADSTS50011] }],
    ['mail-oauth/base-url-https', 'confirmed', { ...jiraImap, 'jira.baseUrl': 'http://jira.example.com' }],
    ['mail-oauth/consent-not-granted', 'confirmed', { ...jiraImap, errors: ['AADSTS65001: The user or administrator has not consented to use the application'] }],
    ['mail-oauth/refresh-token-revoked', 'confirmed', { ...jiraImap, errors: ['AADSTS50173: The provided grant has expired due to it being revoked'] }],
  ];

  it('reaches every cause of the article', () => {
    expect(REACHED.map(([id]) => id).sort()).toEqual(CAUSE_IDS.filter((id) => id.startsWith('mail-oauth/')).sort());
  });

  it.each(REACHED)('reaches %s as %s from its own signs', (id, status, facts) => {
    expect(statusOf(facts, id)).toBe(status);
  });

  it('asks a mail-oauth question for every fact its causes read', () => {
    const asked = new Set(knowledge.questions.filter((q) => q.symptoms.includes('mail-oauth')).map((q) => q.fact));
    const read = new Set(
      (part.causes ?? []).flatMap((c) => [...c.confirmedWhen, ...c.likelyWhen, ...c.ruledOutWhen].flatMap((r) => factsOf(r.when))),
    );
    expect([...read].filter((f) => !asked.has(f))).toEqual([]);
  });

  describe('where the OAuth 2.0 settings are, by Jira version', () => {
    const wrongScopes: Facts = { ...jiraImap, 'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All' };

    it('is ⚙ > System > OAuth 2.0 up to 8.21.x', () => {
      const text = solutionOf({ ...wrongScopes, 'jira.version': '8.21.9' }, 'mail-oauth/scopes');
      expect(text).toContain('⚙ > System > OAuth 2.0');
      expect(text).not.toContain('Application Links');
    });

    it('is ⚙ > Applications > Application Links from 8.22.0', () => {
      const text = solutionOf({ ...wrongScopes, 'jira.version': '8.22.0' }, 'mail-oauth/scopes');
      expect(text).toContain('⚙ > Applications > Application Links');
      expect(text).not.toContain('⚙ > System > OAuth 2.0');
    });

    it('names both places when the version is unknown', () => {
      const text = solutionOf(wrongScopes, 'mail-oauth/scopes');
      expect(text).toContain('⚙ > System > OAuth 2.0 (Jira 8.21.x and older)');
      expect(text).toContain('⚙ > Applications > Application Links (Jira 8.22.0 and later)');
    });
  });

  describe('OAuth 2.0 for mail needs Jira 8.10.0 / JSM 4.10.0', () => {
    const ID = 'mail-oauth/oauth-unsupported-version';

    it('is confirmed on Jira 8.9.x and ruled out on 8.10.0 for a Jira mail handler', () => {
      expect(statusOf({ ...jiraImap, 'jira.version': '8.9.3' }, ID)).toBe('confirmed');
      expect(becauseOf({ ...jiraImap, 'jira.version': '8.9.3' }, ID)).toContain('8.10.0');
      expect(statusOf({ ...jiraImap, 'jira.version': '8.10.0' }, ID)).toBe('ruled-out');
    });

    it('is confirmed on JSM 4.9.x and ruled out on 4.10.0 for a JSM email channel', () => {
      expect(statusOf({ ...jsm, 'jsm.version': '4.9.9' }, ID)).toBe('confirmed');
      expect(becauseOf({ ...jsm, 'jsm.version': '4.9.9' }, ID)).toContain('4.10.0');
      expect(statusOf({ ...jsm, 'jsm.version': '4.10.0' }, ID)).toBe('ruled-out');
    });

    it('does not call the 8.5 long-term-support line unsupported, which has OAuth 2.0 (and POP with it from 8.5.12)', () => {
      expect(statusOf({ ...jiraImap, 'jira.version': '8.5.3' }, ID)).toBe('possible');
      expect(statusOf({ ...jiraImap, 'jira.version': '8.5.12' }, ID)).toBe('ruled-out');
    });
  });

  describe('Root Cause 1: scopes', () => {
    const ID = 'mail-oauth/scopes';

    it.each([
      ['worldwide', GOV_SCOPES, WORLDWIDE_SCOPES],
      ['gcc', GOV_SCOPES, WORLDWIDE_SCOPES],
      ['gcc-high', WORLDWIDE_SCOPES, GOV_SCOPES],
      ['dod', WORLDWIDE_SCOPES, GOV_SCOPES],
    ] as const)('on %s, is confirmed by the other cloud\'s scopes and gives the exact string to use', (cloud, configured, expected) => {
      const facts: Facts = { ...jiraImap, 'microsoft.cloud': cloud, 'oauth.scopes': configured };
      expect(statusOf(facts, ID)).toBe('confirmed');
      const code = codeOf(facts, ID);
      expect(code).toEqual([expected]);
    });

    it.each([
      ['worldwide', WORLDWIDE_SCOPES],
      ['gcc', WORLDWIDE_SCOPES],
      ['gcc-high', GOV_SCOPES],
      ['dod', GOV_SCOPES],
    ] as const)("is ruled out on %s with the article's scopes", (cloud, scopes) => {
      expect(statusOf({ ...jiraImap, 'microsoft.cloud': cloud, 'oauth.scopes': scopes }, ID)).toBe('ruled-out');
    });

    it('says what is wrong, e.g. a missing offline_access', () => {
      const facts: Facts = { ...jiraImap, 'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All' };
      expect(statusOf(facts, ID)).toBe('confirmed');
      expect(becauseOf(facts, ID)).toContain('offline_access');
    });

    it('shows both scope strings while the cloud is unknown', () => {
      const facts: Facts = { ...mail, 'mail.handler': 'jira', 'oauth.scopes': 'IMAP.AccessAsUser.All offline_access' };
      expect(statusOf(facts, ID)).toBe('confirmed');
      expect(codeOf(facts, ID)).toEqual([WORLDWIDE_SCOPES, GOV_SCOPES]);
    });

    it('does not hold the Microsoft Graph scopes of a JSM 5.8+ email channel against it', () => {
      const graph: Facts = { ...jsm, 'mail.protocol': 'graph', 'jsm.version': '5.12.4', 'microsoft.cloud': 'worldwide', 'oauth.scopes': 'https://graph.microsoft.com/Mail.ReadWrite offline_access' };
      expect(statusOf(graph, ID)).toBe('ruled-out');
      const { 'mail.protocol': _protocol, ...protocolUnknown } = graph;
      expect(statusOf(protocolUnknown, ID)).toBe('possible');
      expect(statusOf({ ...protocolUnknown, 'jsm.version': '5.7.2' }, ID)).toBe('confirmed');
      expect(statusOf({ ...graph, 'mail.protocol': 'imap' }, ID)).toBe('confirmed');
      const jiraGraph: Facts = { ...jiraImap, 'oauth.scopes': graph['oauth.scopes'] };
      expect(statusOf(jiraGraph, ID)).toBe('confirmed');
      expect(becauseOf(jiraGraph, ID)).toMatch(/Microsoft Graph/);
    });

    it("does not judge another provider's scopes by Microsoft's rules", () => {
      const google: Facts = { ...jiraImap, 'mail.provider': 'google', 'oauth.scopes': 'https://mail.google.com/' };
      expect(statusOf(google, ID)).toBe('possible');
      expect(run(google).causes.find((c) => c.id === ID)!.solutions.map((s) => s.id)).toEqual(['mail-oauth/set-provider-scopes']);
    });

    it('is confirmed by AADSTS70011 and made likely by "AUTHENTICATE failed"', () => {
      expect(statusOf({ ...jiraImap, errors: ["AADSTS70011: The provided value for the input parameter 'scope' is not valid."] }, ID)).toBe('confirmed');
      expect(statusOf({ ...jiraImap, errors: [AUTHENTICATE_FAILED] }, ID)).toBe('likely');
    });
  });

  describe('Root Cause 2: IMAP or POP off for the mailbox', () => {
    const ID = 'mail-oauth/protocol-disabled';

    it('is confirmed when the protocol is off, and names the protocol in use', () => {
      const facts: Facts = { ...jiraPop, 'mailbox.protocolEnabled': false };
      expect(statusOf(facts, ID)).toBe('confirmed');
      expect(becauseOf(facts, ID)).toContain('POP is turned off');
      expect(codeOf(facts, ID)).toEqual(['Set-CASMailbox -Identity <mailbox address> -PopEnabled $true']);
    });

    it('is ruled out when it is on', () => {
      expect(statusOf({ ...jiraImap, 'mailbox.protocolEnabled': true }, ID)).toBe('ruled-out');
    });
  });

  describe('Root Cause 3: Full Access on another or a shared mailbox', () => {
    const ID = 'mail-oauth/mailbox-permission';

    it.each([
      ['other-user', 'Recipients > Mailboxes', 'Recipients > Shared'],
      ['shared', 'Recipients > Shared', 'Recipients > Mailboxes'],
    ] as const)('is confirmed for a %s mailbox without Full Access, with the matching admin-center page', (kind, page, otherPage) => {
      const facts: Facts = { ...jiraImap, 'mailbox.kind': kind, 'mailbox.authorizerHasFullAccess': false };
      expect(statusOf(facts, ID)).toBe('confirmed');
      const text = solutionOf(facts, ID);
      expect(text).toContain('https://outlook.office365.com/ecp');
      expect(text).toContain(page);
      expect(text).not.toContain(otherPage);
      expect(text).toMatch(/Mail delegation.*Full Access/);
    });

    it('is ruled out for the authorizing person\'s own mailbox, or with Full Access', () => {
      expect(statusOf({ ...jiraImap, 'mailbox.kind': 'own' }, ID)).toBe('ruled-out');
      expect(statusOf({ ...jiraImap, 'mailbox.kind': 'shared', 'mailbox.authorizerHasFullAccess': true }, ID)).toBe('ruled-out');
    });
  });

  describe('Root Cause 4: no licence', () => {
    it('is confirmed without a licence and points to the licence assignments in Azure', () => {
      const facts: Facts = { ...jiraImap, 'mailbox.licensed': false };
      expect(statusOf(facts, 'mail-oauth/no-license')).toBe('confirmed');
      const text = solutionOf(facts, 'mail-oauth/no-license');
      expect(text).toContain('https://portal.azure.com');
      expect(text).toContain('Licenses > Assignments');
      expect(run(facts).causes.find((c) => c.id === 'mail-oauth/no-license')?.solutions[0]?.team).toBe('azure-admin');
    });

    it('is ruled out with a licence', () => {
      expect(statusOf({ ...jiraImap, 'mailbox.licensed': true }, 'mail-oauth/no-license')).toBe('ruled-out');
    });
  });

  describe('Root Cause 5: no "Inbox" folder (JSDSERVER-7058)', () => {
    const ID = 'mail-oauth/no-inbox-folder';

    it('is confirmed without an Inbox folder and says to create one', () => {
      const facts: Facts = { ...jsm, 'mailbox.hasInboxFolder': false };
      expect(statusOf(facts, ID)).toBe('confirmed');
      expect(solutionOf(facts, ID)).toMatch(/create a folder named exactly "Inbox"/);
    });

    it('is likely from the article\'s "OAuth token not defined" line and ruled out with the folder', () => {
      expect(statusOf({ ...jsm, errors: [TOKEN_NOT_DEFINED] }, ID)).toBe('likely');
      expect(statusOf({ ...jsm, 'mailbox.hasInboxFolder': true }, ID)).toBe('ruled-out');
    });
  });

  describe('Root Cause 6: Client Access Rules without IMAP4', () => {
    const ID = 'mail-oauth/client-access-rules';

    it('is confirmed without IMAP4, likely from "A3 BAD User is authenticated but not connected."', () => {
      expect(statusOf({ ...jiraImap, 'exchange.clientAccessRulesAllowImap': false }, ID)).toBe('confirmed');
      expect(statusOf({ ...jiraImap, errors: ['A3 BAD User is authenticated but not connected.'] }, ID)).toBe('likely');
    });

    it('is ruled out with IMAP4 allowed, or for a POP mail server', () => {
      expect(statusOf({ ...jiraImap, 'exchange.clientAccessRulesAllowImap': true }, ID)).toBe('ruled-out');
      expect(statusOf(jiraPop, ID)).toBe('ruled-out');
    });
  });

  describe('Root Cause 7: firewall', () => {
    const ID = 'mail-oauth/firewall';

    it('is confirmed when the Jira node cannot reach the mail server, with the ports to open', () => {
      const facts: Facts = { ...jiraImap, 'network.mailReachableFromJira': false };
      expect(statusOf(facts, ID)).toBe('confirmed');
      const text = solutionOf(facts, ID);
      expect(text).toContain('993');
      expect(text).toContain('openssl s_client -connect outlook.office365.com:993');
    });

    it('is not ruled out by a reachable port alone (an open port is not the protocol getting through)', () => {
      expect(statusOf({ ...jiraImap, 'network.mailReachableFromJira': true }, ID)).toBe('possible');
    });

    it("is ruled out when the port is reachable and Jira's logs show the mail server answering its sign-in", () => {
      const facts: Facts = { ...jiraImap, 'network.mailReachableFromJira': true, errors: [AUTHENTICATE_FAILED] };
      expect(statusOf(facts, ID)).toBe('ruled-out');
      expect(becauseOf(facts, ID)).toMatch(/logs show the server replying/);
    });

    it('is likely after a read timeout of the mail connection', () => {
      const timeout = 'com.sun.mail.iap.ConnectionException: * BYE Jakarta Mail Exception: java.net.SocketTimeoutException: Read timed out';
      expect(statusOf({ ...jiraImap, errors: [timeout] }, ID)).toBe('likely');
    });

    it('lists all four ports while the protocol is unknown', () => {
      const text = solutionOf({ ...mail, 'network.mailReachableFromJira': false }, ID);
      for (const port of ['993', '995', '143', '110']) expect(text).toContain(port);
    });
  });

  describe('Root Cause 8: single-tenant app', () => {
    const ID = 'mail-oauth/single-tenant';
    const single: Facts = { ...jiraImap, 'azure.accountType': 'single-tenant', 'oauth.authorizeEndpoint': COMMON_AUTHORIZE, 'oauth.tokenEndpoint': COMMON_TOKEN };

    it('is confirmed with the default /common endpoints, with tenant endpoints and the new redirect URL', () => {
      expect(statusOf(single, ID)).toBe('confirmed');
      expect(codeOf(single, ID)).toEqual([
        'https://login.microsoftonline.com/<TENANT_ID>/oauth2/v2.0/authorize',
        'https://login.microsoftonline.com/<TENANT_ID>/oauth2/v2.0/token',
      ]);
      const text = solutionOf(single, ID);
      expect(text).toMatch(/Generate a new value for the Redirect URL/);
      expect(text).toContain('Authentication > Platform configurations > Redirect URIs');
      expect(text).toMatch(/multitenant/);
    });

    it('uses login.microsoftonline.us for GCC High and DoD', () => {
      const gov: Facts = { ...single, 'microsoft.cloud': 'gcc-high' };
      expect(codeOf(gov, ID)).toContain('https://login.microsoftonline.us/<TENANT_ID>/oauth2/v2.0/authorize');
    });

    it('is likely for a single-tenant app while the endpoints are unknown, confirmed by AADSTS50194', () => {
      expect(statusOf({ ...jiraImap, 'azure.accountType': 'single-tenant' }, ID)).toBe('likely');
      const aadsts = "AADSTS50194: Application 'x' is not configured as a multi-tenant application.";
      expect(statusOf({ ...jiraImap, errors: [aadsts] }, ID)).toBe('confirmed');
    });

    it('is ruled out for a multi-tenant app, or with endpoints that name the tenant', () => {
      expect(statusOf({ ...single, 'azure.accountType': 'multi-tenant' }, ID)).toBe('ruled-out');
      const named: Facts = {
        ...single,
        'oauth.authorizeEndpoint': `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`,
        'oauth.tokenEndpoint': `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
      };
      expect(statusOf(named, ID)).toBe('ruled-out');
    });
  });

  describe('Root Cause 9: US Government GCC High and DoD', () => {
    const ID = 'mail-oauth/gov-cloud';
    const govEndpoints: Facts = {
      'oauth.authorizeEndpoint': `https://login.microsoftonline.us/${TENANT}/oauth2/v2.0/authorize`,
      'oauth.tokenEndpoint': `https://login.microsoftonline.us/${TENANT}/oauth2/v2.0/token`,
    };
    const jsmGov: Facts = { ...jsm, 'microsoft.cloud': 'gcc-high', ...govEndpoints };

    it('is ruled out for worldwide and GCC mailboxes', () => {
      expect(statusOf({ ...jiraImap, 'microsoft.cloud': 'gcc' }, ID)).toBe('ruled-out');
    });

    it('is confirmed for a Jira mail handler that reads a GCC High mailbox from outlook.office365.com', () => {
      const facts: Facts = { ...jiraImap, 'microsoft.cloud': 'gcc-high', 'mail.host': 'outlook.office365.com' };
      expect(statusOf(facts, ID)).toBe('confirmed');
      expect(solutionOf(facts, ID)).toContain('outlook.office365.us');
    });

    it('is ruled out for a Jira mail handler on 8.10.0 with outlook.office365.us and US Government endpoints', () => {
      expect(statusOf({ ...jiraImap, 'microsoft.cloud': 'dod', 'jira.version': '8.10.0', 'mail.host': 'outlook.office365.us', ...govEndpoints }, ID)).toBe('ruled-out');
    });

    it('is likely when a DoD mailbox signs in at login.microsoftonline.com', () => {
      expect(statusOf({ ...jiraImap, 'microsoft.cloud': 'dod', 'oauth.authorizeEndpoint': COMMON_AUTHORIZE }, ID)).toBe('likely');
    });

    it.each([
      ['datacenter', '4.21.9', 'confirmed'],
      ['datacenter', '4.22.0', 'ruled-out'],
      ['server', '4.22.1', 'confirmed'],
      ['server', '4.22.2', 'ruled-out'],
    ] as const)('for a JSM email channel with a %s licence on JSM %s is %s', (license, version, status) => {
      expect(statusOf({ ...jsmGov, 'jira.license': license, 'jsm.version': version }, ID)).toBe(status);
    });

    it("offers the upgrade and the article's two workarounds below JSM 4.22.0, with the hosts-file caveat", () => {
      const facts: Facts = { ...jsmGov, 'jira.license': 'datacenter', 'jsm.version': '4.20.4' };
      const cause = run(facts).causes.find((c) => c.id === ID)!;
      expect(cause.solutions.map((s) => s.id)).toEqual(['mail-oauth/gov-cloud-upgrade-jsm', 'mail-oauth/gov-cloud-hosts-file', 'mail-oauth/gov-cloud-add-on']);
      const text = solutionOf(facts, ID);
      expect(text).toContain('40.66.16.130 outlook.office365.com');
      expect(text).toMatch(/failover/);
      expect(text).toContain('Email This Issue');
    });

    it('is ruled out by the article\'s own conditions (version and host) while nobody copied the endpoints', () => {
      expect(statusOf({ ...jiraImap, 'microsoft.cloud': 'gcc-high', 'jira.version': '8.10.0', 'mail.host': 'outlook.office365.us' }, ID)).toBe('ruled-out');
      expect(statusOf({ ...jsm, 'microsoft.cloud': 'gcc-high', 'jira.license': 'datacenter', 'jsm.version': '4.22.1' }, ID)).toBe('ruled-out');
    });

    it('keeps the workarounds away from a JSM version that supports US Government mailboxes', () => {
      // Still open only because an endpoint signs in to the worldwide cloud.
      const facts: Facts = { ...jsm, 'microsoft.cloud': 'gcc-high', 'jira.license': 'server', 'jsm.version': '4.22.2', 'oauth.authorizeEndpoint': COMMON_AUTHORIZE };
      const cause = run(facts).causes.find((c) => c.id === ID)!;
      expect(cause.solutions.map((s) => s.id)).toEqual(['mail-oauth/gov-cloud-setup']);
    });
  });

  describe('Root Cause 10: POP with OAuth 2.0', () => {
    const ID = 'mail-oauth/pop-unsupported';
    const ticked: Facts = { ...jiraPop, 'pop.twoLineAuth': true };

    it.each([
      ['8.5.11', 'confirmed'],
      ['8.5.12', 'ruled-out'],
      ['8.6.0', 'confirmed'],
      ['8.12.3', 'confirmed'],
      ['8.13.3', 'confirmed'],
      ['8.13.4', 'ruled-out'],
      ['8.14.1', 'confirmed'],
      ['8.15.0', 'ruled-out'],
      ['9.12.4', 'ruled-out'],
    ] as const)('on Jira %s (two-line format ticked) is %s', (version, status) => {
      expect(statusOf({ ...ticked, 'jira.version': version }, ID)).toBe(status);
    });

    it('is confirmed on a supported version when "Use two line authentication format" is not ticked', () => {
      const facts: Facts = { ...jiraPop, 'jira.version': '9.4.8', 'pop.twoLineAuth': false };
      expect(statusOf(facts, ID)).toBe('confirmed');
      expect(solutionOf(facts, ID)).toContain('Use two line authentication format');
      expect(solutionOf(facts, ID)).not.toMatch(/8\.5\.12 or later/);
    });

    it('is likely from "Protocol error. Connection is closed. 10" and ruled out for IMAP', () => {
      expect(statusOf({ ...jiraPop, errors: [`javax.mail.AuthenticationFailedException: ${POP_PROTOCOL_ERROR}`] }, ID)).toBe('likely');
      expect(statusOf(jiraImap, ID)).toBe('ruled-out');
    });

    it('says which versions support it when the version is too old', () => {
      const text = solutionOf({ ...ticked, 'jira.version': '8.14.1' }, ID);
      expect(text).toContain('8.5.12');
      expect(text).toContain('8.13.4');
      expect(text).toContain('8.15.0');
    });
  });

  describe('Root Cause 11: wrong Microsoft account remembered by the browser', () => {
    it('is confirmed when the browser signed in as another account and says to use a private window', () => {
      const facts: Facts = { ...jiraImap, 'oauth.authorizedAsExpectedUser': false };
      expect(statusOf(facts, 'mail-oauth/cached-credentials')).toBe('confirmed');
      expect(solutionOf(facts, 'mail-oauth/cached-credentials')).toMatch(/incognito/);
      expect(statusOf({ ...jiraImap, 'oauth.authorizedAsExpectedUser': true }, 'mail-oauth/cached-credentials')).toBe('ruled-out');
    });
  });

  describe('Root Cause 12: the JSM 4.18 multi-channel beta', () => {
    const ID = 'mail-oauth/multichannel-beta';
    const beta: Facts = { ...jsm, 'jsm.version': '4.20.11', 'jsm.multiChannelBeta': true };

    it('is confirmed with the beta and two OAuth channels, ruled out with one', () => {
      expect(statusOf({ ...beta, 'jsm.oauthChannelCount': 2 }, ID)).toBe('confirmed');
      expect(solutionOf({ ...beta, 'jsm.oauthChannelCount': 2 }, ID)).toContain('4.22.0');
      expect(statusOf({ ...beta, 'jsm.oauthChannelCount': 1 }, ID)).toBe('ruled-out');
    });

    it.each(['4.18.0', '4.21.3'])('is confirmed on JSM %s, which had only the beta', (version) => {
      expect(statusOf({ ...jsm, 'jsm.version': version, 'jsm.multiChannelBeta': true, 'jsm.oauthChannelCount': 2 }, ID)).toBe('confirmed');
    });

    it('is likely with the beta and the "OAuth token not defined" line', () => {
      expect(statusOf({ ...beta, errors: [TOKEN_NOT_DEFINED] }, ID)).toBe('likely');
    });

    it('is ruled out from JSM 4.22.0, before 4.18, without the beta and for Jira mail handlers', () => {
      expect(statusOf({ ...jsm, 'jsm.version': '4.22.0' }, ID)).toBe('ruled-out');
      expect(statusOf({ ...jsm, 'jsm.version': '4.17.1' }, ID)).toBe('ruled-out');
      expect(statusOf({ ...jsm, 'jsm.multiChannelBeta': false }, ID)).toBe('ruled-out');
      expect(statusOf(jiraImap, ID)).toBe('ruled-out');
    });
  });

  describe('Root Cause 13: session stickiness on a cluster', () => {
    const ID = 'mail-oauth/stickiness';

    it('is confirmed when sessions hop between nodes, or internal REST calls are moved to the REST node', () => {
      expect(statusOf({ ...jiraImap, 'jira.clustered': true, 'lb.sticky': false }, ID)).toBe('confirmed');
      expect(statusOf({ ...jiraImap, 'lb.sticky': true, 'lb.restPinnedToNode': true, 'lb.internalRestKeptOnUserNode': false }, ID)).toBe('confirmed');
      expect(solutionOf({ ...jiraImap, 'lb.sticky': false }, ID)).toContain('X-ANODEID');
    });

    it('is ruled out on a single node, with a Server licence, or with sticky sessions and no REST pinning', () => {
      expect(statusOf({ ...jiraImap, 'jira.clustered': false }, ID)).toBe('ruled-out');
      expect(statusOf({ ...jiraImap, 'jira.license': 'server' }, ID)).toBe('ruled-out');
      expect(statusOf({ ...jiraImap, 'lb.sticky': true, 'lb.restPinnedToNode': false }, ID)).toBe('ruled-out');
    });
  });

  describe('Root Cause 14: expired client secret', () => {
    const ID = 'mail-oauth/secret-expired';

    const jiras: Facts = { ...jiraImap, 'azure.secretIdentified': true };

    it('is confirmed by a date before today for the secret Jira uses, likely on the day itself', () => {
      expect(statusOf({ ...jiras, 'azure.secretExpiresOn': '2026-11-22' }, ID)).toBe('confirmed');
      expect(becauseOf({ ...jiras, 'azure.secretExpiresOn': '2026-11-22' }, ID)).toContain('yesterday');
      expect(statusOf({ ...jiras, 'azure.secretExpiresOn': TODAY }, ID)).toBe('likely');
    });

    it('is only likely when the expired secret is not known to be the one Jira uses: an app can hold several', () => {
      expect(statusOf({ ...jiraImap, 'azure.secretExpiresOn': '2026-11-22' }, ID)).toBe('likely');
      expect(becauseOf({ ...jiraImap, 'azure.secretExpiresOn': '2026-11-22' }, ID)).toMatch(/hint or Secret ID/);
      expect(statusOf({ ...jiraImap, 'azure.secretExpiresOn': '2026-11-22', 'azure.secretIdentified': false }, ID)).toBe('likely');
    });

    it("is ruled out while the secret Jira uses is valid, with a warning when it expires within 30 days", () => {
      const soon: Facts = { ...jiras, 'azure.secretExpiresOn': '2026-12-10' };
      expect(statusOf(soon, ID)).toBe('ruled-out');
      expect(becauseOf(soon, ID)).toMatch(/within 30 days/);
      const later: Facts = { ...jiras, 'azure.secretExpiresOn': '2027-06-01' };
      expect(statusOf(later, ID)).toBe('ruled-out');
      expect(becauseOf(later, ID)).not.toMatch(/within 30 days/);
    });

    it("keeps the cause open when one secret's date is valid but it may not be Jira's, and asks which secret Jira uses", () => {
      const one: Facts = { ...jiraImap, 'azure.secretExpiresOn': '2027-06-01' };
      expect(statusOf(one, ID)).toBe('possible');
      expect(statusOf({ ...one, 'azure.secretIdentified': false }, ID)).toBe('possible');
      expect(relevantQuestions(one).map((q) => q.id)).toContain('mail-secret-identified');
    });

    it('ranks an expired secret first when the channel worked and then stopped', () => {
      const worked: Facts = { ...jiraImap, 'mail.workedBefore': true };
      expect(statusOf(worked, ID)).toBe('likely');
      expect(run(worked).causes[0]!.id).toBe(ID);
      expect(statusOf({ ...jiraImap, 'mail.workedBefore': false }, ID)).toBe('possible');
      expect(statusOf({ ...jiraImap, 'mail.provider': 'google', 'mail.workedBefore': true }, ID)).toBe('ruled-out');
    });

    it('is confirmed by AADSTS7000222 whatever the text around the code', () => {
      const line = "Refresh Token Failed. Reported Reason: AADSTS7000222: The provided client secret keys for app 'abc' are expired.";
      expect(statusOf({ ...jiraImap, errors: [line] }, ID)).toBe('confirmed');
      expect(statusOf({ ...jiraImap, errors: ['{"error":"invalid_client","error_codes":[7000222],"error_description":"AADSTS7000222: expired"}'] }, ID)).toBe('confirmed');
    });

    it('is likely for a JSM channel that says "OAuth token not defined", which is how JSM shows an expired secret', () => {
      expect(statusOf({ ...jsm, errors: [TOKEN_NOT_DEFINED] }, ID)).toBe('likely');
    });

    it('tells the Azure admin to create a secret and the Jira admin where to put it', () => {
      const facts: Facts = { ...jiraImap, 'jira.version': '9.12.4', 'azure.secretExpiresOn': '2026-01-01' };
      const cause = run(facts).causes.find((c) => c.id === ID)!;
      expect(cause.solutions.map((s) => s.team)).toEqual(['azure-admin', 'jira-admin']);
      expect(solutionOf(facts, ID)).toContain('Certificates & secrets');
      expect(solutionOf(facts, ID)).toContain('⚙ > Applications > Application Links');
    });
  });

  describe('Root Cause 15: flooded inbox', () => {
    it('is likely when the inbox is flooded and says to move the mail away and back in batches', () => {
      const facts: Facts = { ...jiraImap, 'mailbox.flooded': true };
      expect(statusOf(facts, 'mail-oauth/inbox-flooded')).toBe('likely');
      expect(solutionOf(facts, 'mail-oauth/inbox-flooded')).toMatch(/temporary subfolder[\s\S]*batches/);
      expect(statusOf({ ...jiraImap, 'mailbox.flooded': false }, 'mail-oauth/inbox-flooded')).toBe('ruled-out');
    });
  });

  describe('Root Cause 16: outbound proxy', () => {
    const ID = 'mail-oauth/proxy';
    const proxied = '-Xms2g -Xmx4g -Dhttps.proxyHost=172.9.0.10 -Dhttps.proxyPort=443 -Datlassian.plugins.enable.wait=300';

    it('is likely when the JVM arguments set a proxy, ruled out when they set none', () => {
      expect(statusOf({ ...jiraImap, 'jvm.args': proxied }, ID)).toBe('likely');
      expect(becauseOf({ ...jiraImap, 'jvm.args': proxied }, ID)).toContain('-Dhttps.proxyHost=172.9.0.10');
      expect(statusOf({ ...jiraImap, 'jvm.args': '-Xms2g -Xmx4g -Datlassian.plugins.enable.wait=300' }, ID)).toBe('ruled-out');
    });

    it.each([
      ['imap', '-Dmail.imaps.proxy.host=<proxy host> -Dmail.imaps.proxy.port=<proxy port>'],
      ['pop', '-Dmail.pop3s.proxy.host=<proxy host> -Dmail.pop3s.proxy.port=<proxy port>'],
    ] as const)('option 1 names the mail proxy properties for %s', (protocol, line) => {
      expect(codeOf({ ...jiraImap, 'mail.protocol': protocol, 'jvm.args': proxied }, ID)).toContain(line);
    });

    it('option 2 uses http.nonProxyHosts and says plainly that https.nonProxyHosts does not exist', () => {
      const facts: Facts = { ...jiraImap, 'jvm.args': `${proxied} -Dhttps.nonProxyHosts=*.office365.com` };
      expect(codeOf(facts, ID)).toContain('-Dhttp.nonProxyHosts=localhost|<Jira host>|*.office365.com|login.microsoftonline.com');
      expect(codeOf(facts, ID).join(' ')).not.toContain('-Dhttps.nonProxyHosts');
      const notes = run(facts).causes.find((c) => c.id === ID)!.solutions.flatMap((s) => s.notes).join(' ');
      expect(notes).toMatch(/-Dhttps\.nonProxyHosts.*does not exist/);
      expect(notes).toMatch(/IMAP and POP connections never use it/);
      expect(becauseOf(facts, ID)).toMatch(/Java ignores/);
      expect(solutionOf(facts, ID)).toMatch(/Restart Jira/);
    });

    it('uses the US Government hosts for GCC High', () => {
      const facts: Facts = { ...jiraImap, 'microsoft.cloud': 'gcc-high', 'jvm.args': proxied };
      expect(codeOf(facts, ID)).toContain('-Dhttp.nonProxyHosts=localhost|<Jira host>|*.office365.us|login.microsoftonline.us');
    });
  });

  it('rules the Microsoft-only causes out for another mail provider', () => {
    const d = run({ symptom: 'mail-oauth', 'mail.provider': 'google' });
    const ruledOut = d.ruledOut.map((c) => c.id);
    for (const id of ['mail-oauth/mailbox-permission', 'mail-oauth/no-license', 'mail-oauth/client-access-rules', 'mail-oauth/single-tenant', 'mail-oauth/gov-cloud', 'mail-oauth/secret-expired'] as const) {
      expect(ruledOut).toContain(id);
    }
    expect(d.causes.map((c) => c.id)).toContain('mail-oauth/firewall');
  });

  describe('error signatures', () => {
    it('name the right causes for each example', () => {
      expectUnambiguousExamples(part);
    });

    it("recognise the article's incoming-mail log line", () => {
      const found = matchErrorText(TOKEN_NOT_DEFINED);
      expect(found.map((f) => f.signature.id)).toEqual(['mail-oauth-token-not-defined']);
      expect(found[0]!.causes).toEqual(
        expect.arrayContaining(['mail-oauth/no-inbox-folder', 'mail-oauth/multichannel-beta', 'mail-oauth/secret-expired']),
      );
    });

    it('recognise every example of the start screen as a mail-oauth error', () => {
      const examples = knowledge.symptoms.find((s) => s.id === 'mail-oauth')!.examples;
      for (const example of examples) {
        const causes = matchErrorText(example).flatMap((f) => f.causes);
        expect(causes.length, example).toBeGreaterThan(0);
        expect(causes.every((id) => id.startsWith('mail-oauth/')), example).toBe(true);
      }
    });

    it('tell what they prove about the installation: AADSTS codes mean Microsoft, "Protocol error … 10" POP, "OAuth token not defined" JSM', () => {
      const aadsts = ["AADSTS7000222: The provided client secret keys for app 'abc' are expired."];
      expect(relevantQuestions({ symptom: 'mail-oauth', errors: aadsts }).map((q) => q.fact)).toContain('azure.accountType');
      expect(relevantQuestions({ symptom: 'mail-oauth', 'mail.provider': 'google', errors: aadsts }).map((q) => q.fact)).not.toContain('azure.accountType');
      expect(statusOf({ symptom: 'mail-oauth', errors: [POP_PROTOCOL_ERROR] }, 'mail-oauth/client-access-rules')).toBe('ruled-out');
      const popMailbox: Facts = { symptom: 'mail-oauth', 'mail.protocol': 'pop' };
      expect(relevantQuestions(popMailbox).map((q) => q.fact)).toContain('pop.twoLineAuth');
      expect(relevantQuestions({ ...popMailbox, errors: [TOKEN_NOT_DEFINED] }).map((q) => q.fact)).not.toContain('pop.twoLineAuth');
    });

    it('match AADSTS errors by their code, not their text', () => {
      expect(matchErrorText('AADSTS50194: something Microsoft reworded').map((f) => f.signature.id)).toEqual(['aadsts-50194']);
      expect(matchErrorText('AADSTS501940: not the same code')).toEqual([]);
    });
  });

  describe('questions', () => {
    const ids = (facts: Facts) => relevantQuestions(facts).map((q) => q.fact);

    it('asks about the two-line POP format only for a POP mail server of a Jira mail handler', () => {
      expect(ids(jiraPop)).toContain('pop.twoLineAuth');
      expect(ids(jiraImap)).not.toContain('pop.twoLineAuth');
      expect(ids({ ...jsm, 'mail.protocol': 'pop' })).not.toContain('pop.twoLineAuth');
    });

    it('asks about Full Access only when the mailbox is not the authorizing person\'s own', () => {
      expect(ids({ ...jiraImap, 'mailbox.kind': 'shared' })).toContain('mailbox.authorizerHasFullAccess');
      expect(ids({ ...jiraImap, 'mailbox.kind': 'own' })).not.toContain('mailbox.authorizerHasFullAccess');
    });

    it('asks Microsoft questions only for Microsoft mailboxes, JSM questions only for JSM', () => {
      const google = ids({ symptom: 'mail-oauth', 'mail.provider': 'google', 'mail.handler': 'jira' });
      for (const fact of ['azure.accountType', 'azure.secretExpiresOn', 'microsoft.cloud', 'mailbox.licensed']) expect(google).not.toContain(fact);
      expect(google).not.toContain('jsm.version');
      expect(ids({ ...jsm, 'jsm.version': '4.20.11' })).toEqual(expect.arrayContaining(['jsm.version', 'jsm.multiChannelBeta', 'jsm.oauthChannelCount']));
    });

    it('offers plain labels for every value of enum and boolean facts, and names a check or log scan where one can answer', () => {
      for (const question of part.questions ?? []) {
        if (question.options) expect(question.options.every((o) => o.label.length > 0)).toBe(true);
      }
      const answeredBy = Object.fromEntries((part.questions ?? []).map((q) => [q.fact, q.answeredBy ?? []]));
      expect(answeredBy['network.mailReachableFromJira']).toEqual(['mail']);
      expect(answeredBy['lb.sticky']).toEqual(['cluster']);
      expect(answeredBy['jira.version']).toEqual(['versions']);
      expect(answeredBy['jvm.args']).toEqual(['log-scan']);
      expect(answeredBy.errors).toEqual(['log-scan']);
    });

    it('points to the Remote Connectivity Analyzer and the HAR file where they help', () => {
      const help = (fact: string) => (part.questions ?? []).find((q) => q.fact === fact)!.help.where.map((w) => w.text).join(' ');
      expect(help('mailbox.protocolEnabled')).toContain('Remote Connectivity Analyzer');
      expect(help('mailbox.authorizerHasFullAccess')).toContain('Remote Connectivity Analyzer');
      expect(help('lb.sticky')).toContain('HAR file');
    });
  });

  describe('an outbound proxy, read from the JVM arguments as admins paste them', () => {
    const PROXY = 'mail-oauth/proxy';
    const ms: Facts = { symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'microsoft.cloud': 'worldwide', 'mail.protocol': 'imap' };

    it('sees the proxy in a setenv.sh line, first property included (it used to be ruled out)', () => {
      const line = 'JVM_SUPPORT_RECOMMENDED_ARGS="-Dhttps.proxyHost=proxy.corp -Dhttps.proxyPort=3128"';
      expect(statusOf({ ...ms, 'jvm.args': line }, PROXY)).toBe('likely');
      expect(statusOf({ ...ms, 'jvm.args': 'set JVM_SUPPORT_RECOMMENDED_ARGS=-Dhttps.proxyHost=proxy.corp' }, PROXY)).toBe('likely');
      expect(statusOf({ ...ms, 'jvm.args': 'wrapper.java.additional.3=-Dhttps.proxyHost=proxy.corp' }, PROXY)).toBe('likely');
    });

    it('rules the proxy out when http.nonProxyHosts lets the sign-in host and the mail host past it', () => {
      const bypassed = '-Dhttps.proxyHost=proxy.corp -Dhttps.proxyPort=3128 -Dhttp.nonProxyHosts=localhost|jira.corp|*.office365.com|login.microsoftonline.com';
      expect(statusOf({ ...ms, 'jvm.args': bypassed }, PROXY)).toBe('ruled-out');
      expect(becauseOf({ ...ms, 'jvm.args': bypassed }, PROXY)).toMatch(/nonProxyHosts/);
      // Only the mail host listed: the token request still goes through the proxy.
      const mailOnly = '-Dhttps.proxyHost=proxy.corp -Dhttp.nonProxyHosts=localhost|*.office365.com';
      expect(statusOf({ ...ms, 'jvm.args': mailOnly }, PROXY)).toBe('likely');
      // A comma list is one pattern to Java: nothing is bypassed.
      const commas = '-Dhttps.proxyHost=proxy.corp -Dhttp.nonProxyHosts=localhost,*.office365.com,login.microsoftonline.com';
      expect(statusOf({ ...ms, 'jvm.args': commas }, PROXY)).toBe('likely');
      // https.nonProxyHosts does not exist in Java.
      const wrongProperty = '-Dhttps.proxyHost=proxy.corp -Dhttps.nonProxyHosts=*.office365.com|login.microsoftonline.com';
      expect(statusOf({ ...ms, 'jvm.args': wrongProperty }, PROXY)).toBe('likely');
    });

    it('matches the configured mail host, wildcards and the US Government sign-in host', () => {
      const gov: Facts = { ...ms, 'microsoft.cloud': 'gcc-high', 'mail.host': 'outlook.office365.us' };
      const args = '-Dhttps.proxyHost=p -Dhttp.nonProxyHosts=*.office365.us|login.microsoftonline.us';
      expect(statusOf({ ...gov, 'jvm.args': args }, PROXY)).toBe('ruled-out');
      expect(statusOf({ ...gov, 'jvm.args': args.replace('.us|login.microsoftonline.us', '.us|login.microsoftonline.com') }, PROXY)).toBe('likely');
    });

    it('does not count a commented-out or empty proxy', () => {
      expect(statusOf({ ...ms, 'jvm.args': '#JVM_SUPPORT_RECOMMENDED_ARGS="-Dhttps.proxyHost=old"\n-Xms2g' }, PROXY)).toBe('ruled-out');
      expect(statusOf({ ...ms, 'jvm.args': '-Dhttps.proxyHost= -Xms2g' }, PROXY)).toBe('ruled-out');
    });
  });

  describe('input hygiene', () => {
    it('trims values where facts enter: a host with a stray space is still the right host', () => {
      const gov: Facts = { symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'microsoft.cloud': 'gcc-high', 'mail.handler': 'jira', 'jira.version': '9.12.4' };
      expect(statusOf({ ...gov, 'mail.host': ' outlook.office365.us ' }, 'mail-oauth/gov-cloud')).toBe('ruled-out');
      expect(statusOf({ ...gov, 'mail.host': 'Outlook.Office365.US' }, 'mail-oauth/gov-cloud')).toBe('ruled-out');
      expect(statusOf({ ...gov, 'mail.host': 'outlook.office365.com' }, 'mail-oauth/gov-cloud')).toBe('confirmed');
      expect(statusOf({ ...gov, 'mail.host': 'outlook.office365.us', 'jira.version': ' 9.12.4 ' }, 'mail-oauth/gov-cloud')).toBe('ruled-out');
    });

    it('reports comma-separated scopes as a wrong separator, not as missing scopes', () => {
      const ms: Facts = { symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'microsoft.cloud': 'worldwide', 'mail.protocol': 'imap' };
      const commas = 'https://outlook.office.com/IMAP.AccessAsUser.All,https://outlook.office.com/POP.AccessAsUser.All,offline_access';
      expect(statusOf({ ...ms, 'oauth.scopes': commas }, 'mail-oauth/scopes')).toBe('confirmed');
      const because = becauseOf({ ...ms, 'oauth.scopes': commas }, 'mail-oauth/scopes');
      expect(because).toMatch(/separated by commas/);
      expect(because).not.toMatch(/missing/);
      expect(statusOf({ ...ms, 'oauth.scopes': `  ${commas.replaceAll(',', ' ')}  ` }, 'mail-oauth/scopes')).toBe('ruled-out');
    });
  });

  describe('a Google mailbox', () => {
    const google: Facts = { symptom: 'mail-oauth', 'mail.provider': 'google', 'mail.protocol': 'imap', 'mail.handler': 'jira', 'jira.version': '9.12.4' };
    const MICROSOFT_ONLY = /Microsoft|Azure|Exchange|Entra|Office 365|outlook\.office/;

    it('is never asked Microsoft-only questions', () => {
      for (const q of relevantQuestions(google).filter((q) => q.fact !== 'mail.provider')) {
        const words = [q.text, ...(q.options ?? []).map((o) => o.label)].join(' ');
        expect(words, q.id).not.toMatch(/Azure|Exchange|Client Access Rules|app registration|Entra|signed in to Microsoft|Microsoft licence/);
      }
    });

    it('gets no Microsoft-only fix', () => {
      for (const cause of run(google).causes) {
        const text = cause.solutions.flatMap((s) => [s.title, ...s.steps.map((st) => st.text), ...s.notes]).join(' ');
        expect(text, cause.id).not.toMatch(MICROSOFT_ONLY);
      }
    });
  });

  describe('Microsoft Graph mail (Jira 9.17+, JSM 5.8.0+): its own causes, and the IMAP/POP ones out of the way', () => {
    it('never calls Graph-path scopes wrong IMAP scopes, and does not fault a single-tenant app there', () => {
      const facts: Facts = { ...jiraGraph, 'oauth.scopes': 'https://graph.microsoft.com/.default', 'azure.accountType': 'single-tenant' };
      expect(statusOf(facts, 'mail-oauth/scopes')).toBe('ruled-out');
      expect(becauseOf(facts, 'mail-oauth/scopes')).toMatch(/application permissions/);
      expect(statusOf(facts, 'mail-oauth/single-tenant')).toBe('ruled-out');
      expect(statusOf(facts, 'mail-oauth/graph-multi-tenant')).toBe('ruled-out');
      for (const id of ['mail-oauth/protocol-disabled', 'mail-oauth/client-access-rules', 'mail-oauth/pop-unsupported', 'mail-oauth/cached-credentials', 'mail-oauth/mailbox-permission'] as const) {
        expect(statusOf(facts, id), id).toBe('ruled-out');
      }
    });

    it('judges each Graph cause on both sides', () => {
      expect(statusOf({ ...jiraGraph, 'azure.adminConsentGranted': true }, 'mail-oauth/graph-admin-consent')).toBe('ruled-out');
      expect(statusOf({ ...jiraGraph, 'azure.graphMailPermission': true }, 'mail-oauth/graph-permission')).toBe('ruled-out');
      expect(statusOf({ ...jiraGraph, 'exchange.appAccessPolicyAllowsMailbox': true }, 'mail-oauth/graph-access-policy')).toBe('ruled-out');
      expect(statusOf({ ...jiraGraph, 'azure.accountType': 'single-tenant' }, 'mail-oauth/graph-multi-tenant')).toBe('ruled-out');
      for (const id of ['mail-oauth/graph-admin-consent', 'mail-oauth/graph-permission', 'mail-oauth/graph-access-policy', 'mail-oauth/graph-multi-tenant'] as const) {
        expect(statusOf(jiraImap, id), id).toBe('ruled-out');
        expect(statusOf(jiraGraph, id), id).toBe('possible');
      }
    });

    it('asks the Graph questions on the Graph path only', () => {
      const ids = (f: Facts) => relevantQuestions(f).map((q) => q.id);
      expect(ids(jiraGraph)).toEqual(expect.arrayContaining(['mail-admin-consent', 'mail-graph-permission', 'mail-access-policy']));
      expect(ids(jiraImap)).not.toContain('mail-admin-consent');
      expect(ids(jiraImap)).toContain('mail-redirect-uri');
      expect(ids(jiraGraph)).not.toContain('mail-redirect-uri');
    });

    it("names Atlassian's Graph permissions and the admin consent in the fixes, with the published page", () => {
      const cause = run({ ...jiraGraph, 'azure.graphMailPermission': false }).causes.find((c) => c.id === 'mail-oauth/graph-permission')!;
      expect(solutionOf({ ...jiraGraph, 'azure.graphMailPermission': false }, 'mail-oauth/graph-permission')).toMatch(/Mail\.ReadWrite[\s\S]*User\.Read\.All/);
      expect(cause.source.url).toMatch(/^https:\/\/support\.atlassian\.com\/jira\/kb\/how-to-setup-azure-mail-using-graph-api/);
    });
  });

  describe('errors the article does not name', () => {
    it('confirms the redirect URI mismatch from AADSTS50011 or from the comparison, and rules it out when they match', () => {
      expect(statusOf({ ...jiraImap, 'azure.redirectUriMatches': false }, 'mail-oauth/redirect-uri-mismatch')).toBe('confirmed');
      expect(statusOf({ ...jiraImap, 'azure.redirectUriMatches': true }, 'mail-oauth/redirect-uri-mismatch')).toBe('ruled-out');
      expect(statusOf({ ...jiraImap, 'azure.redirectUriMatches': true, errors: [AADSTS50011] }, 'mail-oauth/redirect-uri-mismatch')).toBe('confirmed');
    });

    it('confirms a plain-HTTP base URL, and rules it out for HTTPS', () => {
      expect(statusOf({ ...jiraImap, 'jira.baseUrl': ' http://jira.example.com ' }, 'mail-oauth/base-url-https')).toBe('confirmed');
      expect(statusOf({ ...jiraImap, 'jira.baseUrl': 'https://jira.example.com' }, 'mail-oauth/base-url-https')).toBe('ruled-out');
      expect(statusOf({ ...jiraImap, 'jira.baseUrl': 'https://jira.example.com', errors: [AADSTS50011] }, 'mail-oauth/base-url-https')).toBe('likely');
    });

    it('confirms missing consent from AADSTS65001, and rules it out once an administrator consented', () => {
      expect(statusOf({ ...jiraImap, 'azure.adminConsentGranted': true }, 'mail-oauth/consent-not-granted')).toBe('ruled-out');
      expect(statusOf(jiraImap, 'mail-oauth/consent-not-granted')).toBe('possible');
    });

    it('confirms a revoked or expired refresh token from AADSTS50173 or AADSTS700082, likely after a password change', () => {
      const ID = 'mail-oauth/refresh-token-revoked';
      expect(statusOf({ ...jiraImap, errors: ['AADSTS700082: The refresh token has expired due to inactivity.'] }, ID)).toBe('confirmed');
      expect(statusOf({ ...jiraImap, 'mail.workedBefore': true, 'mailbox.passwordChangedSinceAuthorization': true }, ID)).toBe('likely');
      expect(statusOf({ ...jiraImap, 'mail.workedBefore': false }, ID)).toBe('ruled-out');
      expect(statusOf(jiraGraph, ID)).toBe('ruled-out');
    });
  });

  describe('what changed since the article', () => {
    it('keeps Client Access Rules as history: not first for "User is authenticated but not connected", and the fix names what replaced them', () => {
      const facts: Facts = { ...jiraImap, errors: ['A3 BAD User is authenticated but not connected.'] };
      const d = run(facts);
      expect(d.causes[0]!.id).not.toBe('mail-oauth/client-access-rules');
      expect(statusOf(facts, 'mail-oauth/client-access-rules')).toBe('likely');
      const text = solutionOf(facts, 'mail-oauth/client-access-rules');
      expect(text).toMatch(/Conditional Access/);
      expect(text).toMatch(/September 2025/);
      expect(d.causes.find((c) => c.id === 'mail-oauth/client-access-rules')!.solutions[0]!.source.url).toMatch(/learn\.microsoft\.com/);
    });

    it('tells GCC High and DoD on Jira 8.22+ to use a Custom outgoing link', () => {
      const facts: Facts = { ...jiraImap, 'microsoft.cloud': 'gcc-high', 'mail.host': 'outlook.office365.com', 'jira.version': '9.12.4' };
      expect(solutionOf(facts, 'mail-oauth/gov-cloud')).toMatch(/provider Custom/);
      expect(solutionOf({ ...facts, 'jira.version': '8.20.4' }, 'mail-oauth/gov-cloud')).not.toMatch(/provider Custom/);
    });
  });

  describe('ranking and completeness of fixes', () => {
    it('puts the upgrade first on JSM 4.21 with GCC High, and marks the scope fix "after the upgrade (or with the workaround)"', () => {
      const facts = JSM_421_GCC_HIGH;
      const d = run(facts);
      const ids = d.causes.map((c) => c.id);
      expect(statusOf(facts, 'mail-oauth/gov-cloud')).toBe('confirmed');
      expect(statusOf(facts, 'mail-oauth/scopes')).toBe('confirmed');
      expect(ids.indexOf('mail-oauth/gov-cloud')).toBeLessThan(ids.indexOf('mail-oauth/scopes'));
      const scopes = d.causes.find((c) => c.id === 'mail-oauth/scopes')!;
      expect(scopes.after?.map((a) => a.id)).toEqual(['mail-oauth/gov-cloud']);
      expect(scopes.after![0]!.note).toBe('After the upgrade (or with the workaround):');
      expect(scopes.solution.startsWith('After the upgrade (or with the workaround):')).toBe(true);
      // On a supported JSM the scope fix stands on its own.
      const supported = run({ ...facts, 'jsm.version': '4.22.0' }).causes.find((c) => c.id === 'mail-oauth/scopes')!;
      expect(supported.after).toBeUndefined();
    });

    it('names all three versions of Solution 10 in the upgrade fix, and the menu path after the upgrade', () => {
      const facts: Facts = { ...jiraPop, 'jira.version': '8.9.0' };
      const text = solutionOf(facts, 'mail-oauth/oauth-unsupported-version');
      for (const v of ['8.5.12', '8.13.4', '8.15.0']) expect(text).toContain(v);
      expect(text).toMatch(/Application Links if the new version is 8\.22\.0 or later/);
      expect(solutionOf({ ...jiraPop, 'jira.version': '8.14.0' }, 'mail-oauth/pop-unsupported')).toMatch(/Application Links if the new version/);
    });
  });
});
