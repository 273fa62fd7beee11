import type { Condition, KnowledgePart, Rule, RuledOutRule, Signature } from '../schema';

/**
 * Article 001: a Jira mail handler or a JSM email channel cannot be set up (or stops working) with
 * OAuth 2.0. Sixteen root causes plus the article's environment line (OAuth 2.0 for mail needs
 * Jira 8.10.0 / JSM 4.10.0). Versions, scope strings, endpoints, log lines and AADSTS codes come
 * from the facts sheet (§3.4, §4.2, §4.3, §5, §6), which also corrects the article where it is
 * imprecise (https.nonProxyHosts, the national-cloud sign-in host).
 */

type Scalar = string | number | boolean;
const is = (fact: string, value: Scalar): Condition => ({ kind: 'factIs', fact, value });
const isIn = (fact: string, values: Scalar[]): Condition => ({ kind: 'factIn', fact, values });
const knownFact = (fact: string): Condition => ({ kind: 'factKnown', fact });
const atLeast = (fact: string, min: string, lines?: Record<string, string>): Condition =>
  lines ? { kind: 'versionAtLeast', fact, min, lines } : { kind: 'versionAtLeast', fact, min };
const below = (fact: string, min: string, lines?: Record<string, string>): Condition => not(atLeast(fact, min, lines));
const all = (...of: Condition[]): Condition => ({ kind: 'all', of });
const any = (...of: Condition[]): Condition => ({ kind: 'any', of });
const not = (of: Condition): Condition => ({ kind: 'not', of });
const error = (signature: string): Condition => ({ kind: 'errorMatches', signature });
const jvm = (property: string, valuePattern?: string): Condition =>
  valuePattern === undefined ? { kind: 'jvmProperty', property } : { kind: 'jvmProperty', property, valuePattern };

const a001 = (section: string) => ({ article: '001', section }) as const;
const facts = (section: string) => ({ article: 'facts', section }) as const;

/**
 * A Microsoft identity platform error, matched on its AADSTS code and never its text (Microsoft
 * rewords messages; facts §4.2). Any such code proves the mail provider is Microsoft.
 */
const aadsts = ({ codes, id, ...rest }: { codes: number[]; id?: string } & Omit<Signature, 'id' | 'pattern' | 'sets' | 'source'>): Signature => ({
  id: id ?? `aadsts-${codes[0]!}`,
  ...rest,
  pattern: codes.length === 1 ? `AADSTS${codes[0]!}\\b` : `AADSTS(?:${codes.join('|')})\\b`,
  sets: { 'mail.provider': 'microsoft' },
  source: facts('§4.2'),
});

/**
 * An inbox this full makes the flooded-inbox cause likely when the mail check counts it. The article
 * gives no number. 100,000 items per folder is the maximum Microsoft recommended from Exchange 2010
 * on (quoted in Newcastle University's "How Item Count Impacts Outlook Performance", blogs.ncl.ac.uk/
 * isg/?p=96; Outlook itself slows down from 50,000, Microsoft KB 2768656): past it, the first opening
 * of a folder is slow on the server, and opening the inbox is what Jira's connection test does.
 * Whether Exchange Online keeps that figure is unconfirmed; the count is a sign, not proof.
 */
export const FLOODED_INBOX_MESSAGES = 100_000;

/** A refused sign-in, in IMAP's or POP's words: Exchange says the same for IMAP off, no Full Access and no licence. */
const signInRefused = { kind: 'any', of: [{ kind: 'errorMatches', signature: 'mail-imap-authenticate-failed' }, { kind: 'errorMatches', signature: 'mail-pop-authentication-failure' }] } as const satisfies Condition;

const JIRA_LOG = 'atlassian-jira.log';
const MAIL_LOG = 'atlassian-jira-incoming-mail.log';

const WORLDWIDE_SCOPES = 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access';
const GOV_SCOPES = 'https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access';
const INCOMING_MAIL_MENU = '⚙ > System > Incoming Mail';
const JSM_EMAIL_MENU = 'Project settings > Email requests';

/** The release lines that got POP with OAuth 2.0 in a patch release (JRASERVER-72033); 8.15.0 for the rest. */
const POP_OAUTH_LINES = { '8.5': '8.5.12', '8.13': '8.13.4' };
/**
 * OAuth 2.0 for mail came with 8.10.0, and the 8.5 long-term-support line has it too (8.5.12 adds POP
 * to it, KB 1108485003), so 8.5.x is never called unsupported from the version alone.
 */
const OAUTH_LINES_JIRA = { '8.5': '8.5.0' };
const OAUTH_LINES_JSM = { '4.5': '4.5.0' };

const microsoft = is('mail.provider', 'microsoft');
const notMicrosoft = isIn('mail.provider', ['google', 'other']);
/** Microsoft, or nobody said: the Microsoft scope check must not judge another provider's scopes. */
const maybeMicrosoft = any(microsoft, not(knownFact('mail.provider')));
const govCloud = isIn('microsoft.cloud', ['gcc-high', 'dod']);
const worldwideCloud = isIn('microsoft.cloud', ['worldwide', 'gcc']);
const jiraHandler = is('mail.handler', 'jira');
const jsmHandler = is('mail.handler', 'jsm');
/**
 * A Jira mail handler, or nobody said: the article's POP and mail-host rules are about the mail server
 * entry of ⚙ > System > Incoming Mail, so only a known JSM email channel escapes them.
 */
const notJsmHandler = any(jiraHandler, not(knownFact('mail.handler')));
const pop = is('mail.protocol', 'pop');
const imap = is('mail.protocol', 'imap');
/** Not known to be a single node: clustered, or nobody said. */
const maybeClustered = any(is('jira.clustered', true), not(knownFact('jira.clustered')));
/** Not known to be a Server licence, which runs on one node only. */
const maybeDataCenter = any(is('jira.license', 'datacenter'), not(knownFact('jira.license')));
/** A JSM email channel, or nobody said: the multi-channel beta concerns JSM only. */
const maybeJsmHandler = any(jsmHandler, not(knownFact('mail.handler')));
/** JSM versions whose GCC High / DoD support is official: 4.22.0 with a Data Center licence, 4.22.2 with a Server licence. */
const jsmGovSupported = any(all(is('jira.license', 'datacenter'), atLeast('jsm.version', '4.22.0')), atLeast('jsm.version', '4.22.2'));
const jsmGovUnsupported = any(below('jsm.version', '4.22.0'), all(is('jira.license', 'server'), below('jsm.version', '4.22.2')));
const scopesInvalid: Condition = { kind: 'scopesInvalid', fact: 'oauth.scopes' };
/**
 * JSM email channels can read mail through the Microsoft Graph API from JSM 5.8.0 (facts §5); such a
 * channel has Graph scopes, which the IMAP/POP scope check would call wrong.
 */
const graphScopes: Condition = { kind: 'textMatches', fact: 'oauth.scopes', pattern: 'graph\\.microsoft\\.(com|us)' };
const graphChannel = any(all(jsmHandler, atLeast('jsm.version', '5.8.0')), all(notJsmHandler, atLeast('jira.version', '9.17.0')));
/**
 * No endpoint is known to sign in to the other Microsoft cloud. An endpoint nobody copied does not
 * keep the article's version and host conditions from ruling the cause out; a wrong one keeps it open
 * (the likely rule below reads it).
 */
const endpointsNotKnownWrongCloud = all(
  ...(['oauth.authorizeEndpoint', 'oauth.tokenEndpoint'] as const).map((fact) =>
    not(all(knownFact(fact), { kind: 'endpointWrongCloud', fact })),
  ),
);
/**
 * The beta exists from JSM 4.18 until 4.22.0 replaced it: a beta switch reported on another version
 * proves nothing (4.22.0 and later ignore it, the article says the final feature has no such issue).
 */
const jsmBetaVersionOrUnknown = any(not(knownFact('jsm.version')), all(atLeast('jsm.version', '4.18.0'), below('jsm.version', '4.22.0')));
/** A proxy host property with a value: an empty -Dhttps.proxyHost= sets no proxy in Java. */
const proxyHost = (property: string): Condition => jvm(property, '\\S');
const anyProxy = any(proxyHost('http.proxyHost'), proxyHost('https.proxyHost'));
const bypass = (host: string): Condition => ({ kind: 'proxyBypasses', host });
/**
 * http.nonProxyHosts (which HTTPS uses too) lets Jira's token request past the proxy: the sign-in
 * host of the provider and cloud in use, both Microsoft hosts while the cloud is unknown.
 */
const signInHostBypassed = any(
  all(microsoft, worldwideCloud, bypass('login.microsoftonline.com')),
  all(microsoft, govCloud, bypass('login.microsoftonline.us')),
  all(microsoft, not(knownFact('microsoft.cloud')), bypass('login.microsoftonline.com'), bypass('login.microsoftonline.us')),
  all(is('mail.provider', 'google'), bypass('oauth2.googleapis.com'), bypass('accounts.google.com')),
);
/** The mail host (as configured, or the provider's usual host) is also in http.nonProxyHosts. */
const mailHostBypassed = any(
  { kind: 'proxyBypasses', fact: 'mail.host' },
  all(not(knownFact('mail.host')), microsoft, worldwideCloud, bypass('outlook.office365.com')),
  all(not(knownFact('mail.host')), microsoft, govCloud, bypass('outlook.office365.us')),
  all(not(knownFact('mail.host')), is('mail.provider', 'google'), bypass('imap.gmail.com'), bypass('pop.gmail.com')),
);
const proxyBypassedForMail = all(signInHostBypassed, mailHostBypassed);
/**
 * The expiry date given is that of the secret Jira uses: an app registration can hold several
 * secrets, so one secret's date proves nothing about Jira's until its hint or Secret ID matches.
 */
const secretIsJiras = is('azure.secretIdentified', true);
const secretNotKnownJiras = any(not(knownFact('azure.secretIdentified')), is('azure.secretIdentified', false));
/** The Graph API path (client credentials, application permissions): Jira 9.17+ mail handlers, JSM 5.8.0+ email channels. */
const graph = is('mail.protocol', 'graph');
const notGraph = isIn('mail.protocol', ['imap', 'pop']);
/** IMAP or POP, or nobody said: the IMAP/POP rules stay decidable until the protocol is known to be Graph. */
const maybeNotGraph = any(notGraph, not(knownFact('mail.protocol')));
/** Graph, or nobody said which protocol: the Graph causes are open until the protocol is known. */
const maybeGraph = any(graph, not(knownFact('mail.protocol')));
const s9 = (section: string, title: string, url: string) => ({ article: 'facts', section, title, url }) as const;
const GRAPH_KB = s9(
  '§9.1',
  'How to setup Azure mail using Graph API with client credentials (application permissions) in Jira Data Center',
  'https://support.atlassian.com/jira/kb/how-to-setup-azure-mail-using-graph-api-with-client-credentials-application-permissions-in-jira-data-center/',
);
const ACCESS_POLICY_DOC = s9('§9.3', 'New-ApplicationAccessPolicy (Microsoft Learn)', 'https://learn.microsoft.com/powershell/module/exchange/new-applicationaccesspolicy');
const CAR_RETIRED_DOC = s9('§9.4', 'New-ClientAccessRule (Microsoft Learn)', 'https://learn.microsoft.com/powershell/module/exchange/new-clientaccessrule');
const AZURE_STEPS_KB = s9(
  '§9.5',
  'Detailed steps to configure OAuth 2.0 integration with Microsoft Azure',
  'https://support.atlassian.com/jira/kb/detailed-steps-to-configure-oauth-20-integration-with-microsoft-azure',
);
const HTTPS_DOC = s9('§9.6', 'Configure an outgoing link (Atlassian Data Center application links)', 'https://confluence.atlassian.com/bitbucketserver/configure-an-outgoing-link-1108483656.html');
const ERROR_CODES_DOC = s9('§9.7', 'Microsoft Entra authentication and authorization error codes', 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes');
/** "Not known to be false": a rule-out must not wait for an unknown fact it only guards with. */
const notKnownFalse = (fact: string): Condition => any(not(knownFact(fact)), is(fact, true));


/** Causes that exist only with Microsoft 365 / Exchange: another provider rules them out. */
const onlyMicrosoft = (section: string): RuledOutRule => ({
  when: notMicrosoft,
  because: 'This cause belongs to Microsoft 365 and Exchange Online (Azure apps, Exchange permissions); the mailbox is with another provider.',
          why: 'The cause lives in Microsoft 365 settings that another mail provider does not have.',
  source: a001(section),
});

/** An error signature that points at several causes: a hint, weaker than a fact. */
const hint = (signature: string, because: string, section: string, weight = 0.5): Rule => ({
  when: error(signature),
  because,
  weight,
  source: a001(section),
});

export const part: KnowledgePart = {
  // The mail symptom itself is listed with the others (symptoms.ts): the start screen shows them before this loads.
  variables: [
    {
      id: 'oauthMenuPath',
      description: "Where Jira keeps the OAuth 2.0 integration with the mail provider, by Jira version.",
      cases: [
        { when: atLeast('jira.version', '8.22.0'), value: '⚙ > Applications > Application Links' },
        { when: below('jira.version', '8.22.0'), value: '⚙ > System > OAuth 2.0' },
      ],
      otherwise: '⚙ > System > OAuth 2.0 (Jira 8.21.x and older) or ⚙ > Applications > Application Links (Jira 8.22.0 and later)',
      source: a001('Checking the scopes'),
    },
    {
      id: 'oauthMenuPathAfterUpgrade',
      description: 'Where the OAuth 2.0 integration is once Jira has been upgraded: its place moved in 8.22.0.',
      cases: [{ when: atLeast('jira.version', '8.22.0'), value: '⚙ > Applications > Application Links' }],
      otherwise: '⚙ > Applications > Application Links if the new version is 8.22.0 or later (⚙ > System > OAuth 2.0 before that)',
      source: a001('Checking the scopes'),
    },
    {
      id: 'cloudName',
      description: 'The Microsoft 365 plan family of the mailbox, as Microsoft names it.',
      cases: [
        { when: is('microsoft.cloud', 'worldwide'), value: 'worldwide' },
        { when: is('microsoft.cloud', 'gcc'), value: 'GCC' },
        { when: is('microsoft.cloud', 'gcc-high'), value: 'GCC High' },
        { when: is('microsoft.cloud', 'dod'), value: 'DoD' },
      ],
      otherwise: 'Microsoft 365',
      source: a001('Root Cause 9'),
    },
    {
      id: 'incomingMailPath',
      description: 'Where the failing mail handler is configured: Jira incoming mail or a JSM email channel.',
      cases: [
        { when: jiraHandler, value: INCOMING_MAIL_MENU },
        { when: jsmHandler, value: `${JSM_EMAIL_MENU} of the service project` },
      ],
      otherwise: `${INCOMING_MAIL_MENU} (Jira mail handler) or ${JSM_EMAIL_MENU} (JSM email channel)`,
      source: a001('Summary'),
    },
    {
      id: 'expectedScopes',
      description: 'The scope string the Microsoft 365 cloud in use expects, exactly.',
      cases: [
        { when: worldwideCloud, value: WORLDWIDE_SCOPES },
        { when: govCloud, value: GOV_SCOPES },
      ],
      otherwise: `${WORLDWIDE_SCOPES} (worldwide, GCC included) or ${GOV_SCOPES} (GCC High and DoD)`,
      source: a001('Solution for Root Cause 1'),
    },
    {
      id: 'mailHost',
      description: 'The Exchange Online host for IMAP and POP in the Microsoft 365 cloud in use.',
      cases: [
        { when: worldwideCloud, value: 'outlook.office365.com' },
        { when: govCloud, value: 'outlook.office365.us' },
      ],
      otherwise: 'outlook.office365.com (worldwide and GCC) or outlook.office365.us (GCC High and DoD)',
      source: facts('§4.3'),
    },
    {
      id: 'mailServer',
      description: 'The mail server this installation connects to, for commands the admin copies.',
      cases: [
        { when: knownFact('mail.host'), value: '{{fact:mail.host}}' },
        { when: all(microsoft, knownFact('microsoft.cloud')), value: '{{var:mailHost}}' },
      ],
      otherwise: '<mail server host>',
      source: facts('§4.3'),
    },
    {
      id: 'mailTlsPort',
      description: 'The encrypted port of the protocol in use (993 IMAPS, 995 POP3S).',
      cases: [
        { when: pop, value: '995' },
        { when: imap, value: '993' },
      ],
      otherwise: '993',
      source: a001('Root Cause 7'),
    },
    {
      id: 'mailPorts',
      description: 'The ports the firewall must let through for the protocol in use.',
      cases: [
        { when: imap, value: 'port 993 (IMAP over TLS; 143 for plain IMAP)' },
        { when: pop, value: 'port 995 (POP over TLS; 110 for plain POP)' },
      ],
      otherwise: 'ports 993 (IMAP over TLS), 995 (POP over TLS), 143 (IMAP) and 110 (POP)',
      source: a001('Root Cause 7'),
    },
    {
      id: 'protocolName',
      description: 'The mail protocol of the mail server entry, in words.',
      cases: [
        { when: imap, value: 'IMAP' },
        { when: pop, value: 'POP' },
      ],
      otherwise: 'IMAP (or POP, whichever the mail server entry uses)',
      source: a001('Root Cause 2'),
    },
    {
      id: 'mailProxyProtocol',
      description: 'The Jakarta Mail protocol name in mail.<protocol>.proxy.* for this mail server (TLS on).',
      cases: [
        { when: imap, value: 'imaps' },
        { when: pop, value: 'pop3s' },
      ],
      otherwise: 'imaps',
      source: facts('§6'),
    },
    {
      id: 'authorityHost',
      description: 'The Microsoft identity platform host that signs in accounts of the cloud in use.',
      cases: [
        { when: govCloud, value: 'login.microsoftonline.us' },
        { when: worldwideCloud, value: 'login.microsoftonline.com' },
      ],
      otherwise: 'login.microsoftonline.com',
      source: facts('§4.2'),
    },
    {
      id: 'tenantAuthorizeEndpoint',
      description: 'The authorization endpoint that names the tenant, for single-tenant apps (the tenant id stays a placeholder).',
      cases: [],
      otherwise: 'https://{{var:authorityHost}}/<TENANT_ID>/oauth2/v2.0/authorize',
      source: a001('Solution for Root Cause 8'),
    },
    {
      id: 'tenantTokenEndpoint',
      description: 'The token endpoint that names the tenant, for single-tenant apps (the tenant id stays a placeholder).',
      cases: [],
      otherwise: 'https://{{var:authorityHost}}/<TENANT_ID>/oauth2/v2.0/token',
      source: a001('Solution for Root Cause 8'),
    },
    {
      id: 'signInHost',
      description: 'The host Jira gets its OAuth 2.0 tokens from: the Microsoft sign-in host of the cloud in use.',
      cases: [{ when: any(microsoft, knownFact('microsoft.cloud')), value: '{{var:authorityHost}}' }],
      otherwise: '<token host of the mail provider>',
      source: facts('§6'),
    },
    {
      id: 'mailDomainPattern',
      description: 'The wildcard for the mail provider in http.nonProxyHosts.',
      cases: [
        { when: all(microsoft, govCloud), value: '*.office365.us' },
        { when: is('mail.provider', 'google'), value: '*.gmail.com' },
        { when: all(microsoft, worldwideCloud), value: '*.office365.com' },
        { when: knownFact('mail.host'), value: '{{fact:mail.host}}' },
      ],
      otherwise: '*.office365.com',
      source: a001('Solution for Root Cause 16'),
    },
  ],

  questions: [
    {
      id: 'mail-handler',
      fact: 'mail.handler',
      symptoms: ['mail-oauth'],
      text: 'Which kind of mail handler fails?',
      options: [
        { value: 'jira', label: 'A Jira mail handler', hint: `Set up under ${INCOMING_MAIL_MENU}.` },
        { value: 'jsm', label: 'A Jira Service Management email channel', hint: `Set up under ${JSM_EMAIL_MENU} of a service project.` },
      ],
      help: {
        why: 'The two kinds support different versions, protocols and Microsoft clouds, and show different errors.',
        where: [
          { place: 'jira', text: `A Jira mail handler is listed under ${INCOMING_MAIL_MENU}; a JSM email channel under ${JSM_EMAIL_MENU} of the service project.` },
        ],
      },
      source: a001('Summary'),
    },
    {
      id: 'mail-provider',
      fact: 'mail.provider',
      symptoms: ['mail-oauth'],
      text: 'Which mail service hosts the mailbox?',
      options: [
        { value: 'microsoft', label: 'Microsoft 365 / Exchange Online (Outlook)' },
        { value: 'google', label: 'Google (Gmail, Google Workspace)' },
        { value: 'other', label: 'Another mail service' },
      ],
      help: {
        why: 'Most known causes live in Microsoft 365: Azure app registrations, Exchange permissions and licences.',
        where: [
          {
            place: 'jira',
            text: `The mail server entry under ${INCOMING_MAIL_MENU} (host name and service provider), or the email channel under ${JSM_EMAIL_MENU}.`,
          },
        ],
      },
      source: a001('Summary'),
    },
    {
      id: 'mail-protocol',
      fact: 'mail.protocol',
      symptoms: ['mail-oauth'],
      text: 'Does the mail server entry use IMAP, POP or the Microsoft Graph API?',
      options: [
        { value: 'imap', label: 'IMAP', hint: 'Port 993 (or 143).' },
        { value: 'pop', label: 'POP', hint: 'Port 995 (or 110).' },
        {
          value: 'graph',
          label: 'Microsoft Graph API',
          hint: 'Jira 9.17 and later, or a JSM email channel from 5.8.0: mail read with the app\'s own permissions, no mailbox sign-in.',
        },
      ],
      help: {
        why: 'POP with OAuth 2.0 works only from certain Jira versions and needs a special option; the scopes and the Exchange settings differ per protocol.',
        where: [
          { place: 'jira', text: `${INCOMING_MAIL_MENU}: the Protocol column of the mail server (SECURE_IMAP or SECURE_POP).`, when: not(jsmHandler) },
          { place: 'jsm', text: `${JSM_EMAIL_MENU}: the email channel's details.`, when: not(jiraHandler) },
        ],
      },
      source: a001('Root Cause 10'),
    },
    {
      id: 'mail-jira-version',
      fact: 'jira.version',
      symptoms: ['mail-oauth'],
      text: 'Which Jira version runs (for example 8.20.4)?',
      help: {
        why: 'OAuth 2.0 for mail, POP with OAuth 2.0 and the place of the OAuth 2.0 settings all depend on the Jira version.',
        where: [
          { place: 'jira', text: 'The footer of any Jira page, or ⚙ > System > System info.' },
          { place: 'logs', text: `${JIRA_LOG} prints the version when Jira starts.` },
        ],
      },
      answeredBy: ['versions'],
      source: a001('Checking the Jira and Jira Service Management (JSM) version'),
    },
    {
      id: 'mail-jsm-version',
      fact: 'jsm.version',
      symptoms: ['mail-oauth'],
      text: 'Which Jira Service Management version runs (for example 4.20.4)?',
      help: {
        why: 'JSM email channels got OAuth 2.0 in 4.10.0, US Government clouds in 4.22.0 / 4.22.2, and the final multi-channel feature in 4.22.0.',
        where: [{ place: 'jira', text: '⚙ > Manage apps > Manage apps: the version of Jira Service Management.' }],
      },
      answeredBy: ['versions'],
      askWhen: jsmHandler,
      source: a001('Checking the Jira and Jira Service Management (JSM) version'),
    },
    {
      id: 'mail-microsoft-cloud',
      fact: 'microsoft.cloud',
      symptoms: ['mail-oauth'],
      text: 'Which Microsoft 365 plan family is the mailbox in?',
      options: [
        { value: 'worldwide', label: 'Worldwide (commercial)', hint: 'The usual case.' },
        { value: 'gcc', label: 'US Government Community Cloud (GCC)', hint: 'GCC runs in the worldwide cloud.' },
        { value: 'gcc-high', label: 'US Government GCC High' },
        { value: 'dod', label: 'US Government DoD' },
      ],
      help: {
        why: 'GCC High and DoD use other scopes, another mail host (outlook.office365.us) and another sign-in host, and need newer JSM versions.',
        where: [
          { place: 'exchange', text: 'The Microsoft 365 admin knows the plan. Mailboxes read at outlook.office365.us are GCC High or DoD.' },
          { place: 'azure', text: 'App registrations at portal.azure.us (instead of portal.azure.com) belong to the US Government cloud.' },
        ],
      },
      askWhen: microsoft,
      source: a001('Root Cause 9'),
    },
    {
      id: 'mail-host',
      fact: 'mail.host',
      symptoms: ['mail-oauth'],
      text: 'Which host name does the mail server entry use?',
      help: {
        why: 'A GCC High or DoD mailbox must be read from outlook.office365.us, not outlook.office365.com.',
        where: [{ place: 'jira', text: `${INCOMING_MAIL_MENU}: the Host name of the mail server. For this cloud it should be {{var:mailHost}}.` }],
      },
      askWhen: all(jiraHandler, microsoft, govCloud),
      source: a001('Root Cause 9'),
    },
    {
      id: 'mail-oauth-scopes',
      fact: 'oauth.scopes',
      symptoms: ['mail-oauth'],
      text: "Copy the Scopes field of Jira's OAuth 2.0 integration with the mail provider, exactly as it is.",
      help: {
        why: 'Wrong or missing scopes are the first thing Atlassian\'s article checks; for Microsoft 365 there is one exact set per cloud.',
        where: [
          { place: 'jira', text: '{{var:oauthMenuPath}}: open the integration for the mail provider and copy the Scopes field.' },
          { place: 'jira', text: 'For comparison, the scopes Microsoft expects for this cloud: {{var:expectedScopes}}', when: not(notMicrosoft) },
        ],
      },
      source: a001('Checking the scopes'),
    },
    {
      id: 'mail-azure-account-type',
      fact: 'azure.accountType',
      symptoms: ['mail-oauth'],
      text: "Which supported account types does the app registration in Azure have?",
      options: [
        { value: 'single-tenant', label: 'Accounts in this organizational directory only (single tenant)' },
        {
          value: 'multi-tenant',
          label: 'Accounts in any organizational directory (multitenant), with or without personal Microsoft accounts',
        },
      ],
      help: {
        why: "Jira's default endpoints use the shared /common address, which a single-tenant app refuses.",
        where: [
          {
            place: 'azure',
            text: 'Azure portal > App registrations > the app Jira uses > Authentication (or Overview): "Supported account types".',
          },
        ],
      },
      askWhen: microsoft,
      source: a001('Root Cause 8'),
    },
    {
      id: 'mail-authorize-endpoint',
      fact: 'oauth.authorizeEndpoint',
      symptoms: ['mail-oauth'],
      text: "Copy the Authorization endpoint of Jira's OAuth 2.0 integration for Microsoft.",
      help: {
        why: 'A single-tenant app needs endpoints that name its tenant; GCC High and DoD sign in at login.microsoftonline.us.',
        where: [{ place: 'jira', text: '{{var:oauthMenuPath}}: open the Microsoft integration and copy "Authorization endpoint".' }],
      },
      askWhen: all(microsoft, any(is('azure.accountType', 'single-tenant'), govCloud)),
      source: a001('Solution for Root Cause 8'),
    },
    {
      id: 'mail-token-endpoint',
      fact: 'oauth.tokenEndpoint',
      symptoms: ['mail-oauth'],
      text: "Copy the Token endpoint of Jira's OAuth 2.0 integration for Microsoft.",
      help: {
        why: 'The token endpoint must name the same tenant and the same cloud as the authorization endpoint.',
        where: [{ place: 'jira', text: '{{var:oauthMenuPath}}: open the Microsoft integration and copy "Token endpoint".' }],
      },
      askWhen: all(microsoft, any(is('azure.accountType', 'single-tenant'), govCloud)),
      source: a001('Solution for Root Cause 8'),
    },
    {
      id: 'mail-secret-expiry',
      fact: 'azure.secretExpiresOn',
      symptoms: ['mail-oauth'],
      text: 'When does the client secret that Jira uses expire?',
      help: {
        why: 'Client secrets expire; from that day on Jira can no longer get tokens and the handler stops pulling mail.',
        where: [
          {
            place: 'azure',
            text: 'Azure portal > App registrations > the app Jira uses > Certificates & secrets > Client secrets: the "Expires" column (an expired secret is marked as such).',
          },
        ],
      },
      askWhen: microsoft,
      source: a001('Root Cause 14'),
    },
    {
      id: 'mail-secret-identified',
      fact: 'azure.secretIdentified',
      symptoms: ['mail-oauth'],
      text: 'Is that expiry date the one of the secret Jira uses?',
      options: [
        { value: true, label: 'Yes: its hint or Secret ID matches the secret entered in Jira' },
        { value: false, label: "No, or I can't tell: the app has several secrets" },
      ],
      help: {
        why: "An app registration can hold several client secrets with different dates. Only the date of the secret Jira sends says whether Jira's secret has run out.",
        where: [
          {
            place: 'azure',
            text: 'Certificates & secrets > Client secrets lists each secret with its Description, Expires, a Value hint (its first characters) and its Secret ID. Compare the hint with the first characters of the client secret in {{var:oauthMenuPath}} (or ask whoever entered it).',
          },
        ],
      },
      askWhen: all(microsoft, knownFact('azure.secretExpiresOn')),
      source: a001('Root Cause 14'),
    },
    {
      id: 'mail-worked-before',
      fact: 'mail.workedBefore',
      symptoms: ['mail-oauth'],
      text: 'Did this mail handler fetch mail successfully before it stopped?',
      options: [
        { value: true, label: 'Yes, it worked for a while and then stopped', hint: 'Something changed or ran out since: a secret, a token, a password.' },
        { value: false, label: 'No, it never worked: the setup itself fails' },
      ],
      help: {
        why: 'A handler that used to work points at something that runs out or changes, such as the client secret or the stored authorization, more than at a mistake in the setup.',
        where: [
          { place: 'jira', text: `${INCOMING_MAIL_MENU} (or the email channel): when did the handler last create an issue or comment from mail?` },
          { place: 'logs', text: `${MAIL_LOG}: the last successful fetch and the first error after it.` },
        ],
      },
      source: a001('Root Cause 14'),
    },
    {
      id: 'mail-protocol-enabled',
      fact: 'mailbox.protocolEnabled',
      symptoms: ['mail-oauth'],
      text: 'Is IMAP (or POP, whichever Jira uses) turned on for this mailbox?',
      options: [
        { value: true, label: 'Yes, it is on' },
        { value: false, label: 'No, it is off' },
      ],
      help: {
        why: 'Exchange can turn IMAP and POP off per mailbox; then no sign-in over that protocol works, OAuth or not.',
        where: [
          {
            place: 'exchange',
            text: 'Microsoft 365 admin center > Users > Active users > the mailbox user > Mail > Manage email apps: the IMAP and POP boxes (menu names can differ between admin center versions). In PowerShell: Get-CASMailbox <mailbox> shows ImapEnabled and PopEnabled.',
            when: not(notMicrosoft),
          },
          {
            place: 'client',
            text: "For a Google mailbox: the mailbox's Gmail settings, Forwarding and POP/IMAP; in Google Workspace the administrator can also turn IMAP and POP off for the organization.",
            when: not(microsoft),
          },
          {
            place: 'exchange',
            text: 'Microsoft Remote Connectivity Analyzer (usually at https://testconnectivity.microsoft.com; Atlassian\'s article gives no address), IMAP test: choose Modern Authentication (OAuth), sign in as the person who authorizes the mailbox in Jira, and put the mailbox address in "Alternate mailbox" if it is another one. A failure means IMAP is off for the mailbox or the person lacks Full Access on it. The tool is not available for GCC High.',
            when: all(not(notMicrosoft), not(is('microsoft.cloud', 'gcc-high'))),
          },
        ],
      },
      source: a001('Root Cause 2'),
    },
    {
      id: 'mail-mailbox-kind',
      fact: 'mailbox.kind',
      symptoms: ['mail-oauth'],
      text: 'Whose mailbox does the handler read, compared with the person who signs in to Microsoft to authorize it?',
      options: [
        { value: 'own', label: 'Their own mailbox', hint: 'The same account signs in and owns the mailbox.' },
        { value: 'other-user', label: "Another user's mailbox" },
        { value: 'shared', label: 'A shared mailbox' },
      ],
      help: {
        why: "Reading another user's or a shared mailbox works only when the person who authorizes has Full Access on it.",
        where: [
          { place: 'jira', text: `The Username (mailbox address) of the mail server entry (${INCOMING_MAIL_MENU}) or of the email channel.` },
          { place: 'exchange', text: 'Exchange admin center > Recipients > Mailboxes (user mailboxes) or Recipients > Shared (shared mailboxes).' },
        ],
      },
      askWhen: microsoft,
      source: a001('Checking the account used to authorize the mailbox'),
    },
    {
      id: 'mail-full-access',
      fact: 'mailbox.authorizerHasFullAccess',
      symptoms: ['mail-oauth'],
      text: 'Does the person who authorizes the mailbox have Full Access on it?',
      options: [
        { value: true, label: 'Yes, Full Access is granted' },
        { value: false, label: 'No' },
      ],
      help: {
        why: 'Without Full Access (a delegated permission), Microsoft lets the person sign in but not open the other mailbox.',
        where: [
          {
            place: 'exchange',
            text: 'https://outlook.office365.com/ecp > Recipients > Mailboxes (another user) or Recipients > Shared (shared mailbox) > edit the mailbox > Mail delegation > Full Access. In PowerShell: Get-MailboxPermission <mailbox>.',
          },
          {
            place: 'exchange',
            text: 'Microsoft Remote Connectivity Analyzer (usually at https://testconnectivity.microsoft.com; Atlassian\'s article gives no address), IMAP test with Modern Authentication (OAuth): sign in as the authorizing person and enter the mailbox as "Alternate mailbox". It fails when Full Access is missing. Not available for GCC High.',
            when: not(is('microsoft.cloud', 'gcc-high')),
          },
        ],
      },
      askWhen: all(microsoft, not(is('mailbox.kind', 'own'))),
      source: a001('Root Cause 3'),
    },
    {
      id: 'mail-licensed',
      fact: 'mailbox.licensed',
      symptoms: ['mail-oauth'],
      text: "Does the mailbox's account have a Microsoft licence that includes the mailbox (Exchange Online)?",
      options: [
        { value: true, label: 'Yes, it is licensed' },
        { value: false, label: 'No licence' },
      ],
      help: {
        why: 'An account without a licence that covers Exchange Online cannot use its mailbox over IMAP or POP.',
        where: [{ place: 'azure', text: 'https://portal.azure.com > Users > the account > Licenses > Assignments.' }],
      },
      askWhen: microsoft,
      source: a001('Verifying that the mailbox is granted a license'),
    },
    {
      id: 'mail-secret-works',
      fact: 'azure.secretExpired',
      symptoms: ['mail-oauth'],
      text: "Has Microsoft refused the app's client secret as expired (error AADSTS7000222)?",
      options: [
        { value: true, label: 'Yes, it says the secret keys are expired' },
        { value: false, label: 'No, a token was issued with it' },
      ],
      help: {
        why: 'JSM hides an expired secret behind "OAuth token not defined for connection"; asking Microsoft for a token with the secret shows it plainly.',
        where: [
          { place: 'azure', text: 'The automated check "Azure app registration and its secret" asks Microsoft for a token with the secret. Or in the Azure portal: App registrations > the app > Certificates & secrets, the Expires column.' },
        ],
      },
      answeredBy: ['azure-app'],
      askWhen: error('mail-oauth-token-not-defined'),
      source: a001('Root Cause 14'),
    },
    {
      id: 'mail-opens-in-outlook-web',
      fact: 'mailbox.opensInOutlookWeb',
      symptoms: ['mail-oauth'],
      text: 'Does the mailbox open in Outlook on the web for the account that authorizes it in Jira?',
      options: [
        { value: true, label: 'Yes, it opens and shows the mail' },
        { value: false, label: 'No, it does not open (an error, or access denied)' },
      ],
      help: {
        why: 'Exchange refuses the sign-in with the same words ("AUTHENTICATE failed.") when IMAP or POP is off for the mailbox, when the authorizing account has no Full Access on it, and when the mailbox has no licence. Outlook on the web tells them apart: it opens the mailbox when the access and the licence are in order, so only the protocol switch is left.',
        where: [
          {
            place: 'exchange',
            text: 'Sign in at https://outlook.office.com as the account that authorizes the mailbox in Jira. For another user\'s or a shared mailbox, open your profile picture > Open another mailbox, and enter the mailbox address.',
          },
        ],
      },
      askWhen: signInRefused,
      source: a001('Root Cause 2'),
    },
    {
      id: 'mail-inbox-folder',
      fact: 'mailbox.hasInboxFolder',
      symptoms: ['mail-oauth'],
      text: 'Does the mailbox have a folder named exactly "Inbox" (in English)?',
      options: [
        { value: true, label: 'Yes' },
        { value: false, label: 'No: the inbox has a translated name (the mailbox language is not English)' },
      ],
      help: {
        why: 'A JSM bug (JSDSERVER-7058) makes the setup fail when no folder is literally called "Inbox".',
        where: [{ place: 'exchange', text: 'Open the mailbox in Outlook on the web and look at the folder list; the mailbox language is under Settings > General > Language and time.' }],
      },
      askWhen: not(notMicrosoft),
      source: a001('Root Cause 5'),
    },
    {
      id: 'mail-client-access-rules',
      fact: 'exchange.clientAccessRulesAllowImap',
      symptoms: ['mail-oauth'],
      text: 'Do Client Access Rules (Exchange Server, or an Exchange Online tenant before September 2025) allow IMAP4?',
      options: [
        { value: true, label: 'Yes, IMAP4 is allowed (or there are no Client Access Rules)' },
        { value: false, label: 'No, IMAP4 is missing from the rules' },
      ],
      help: {
        why: 'When Client Access Rules exist but leave out IMAP4, the sign-in succeeds and opening the mailbox fails ("User is authenticated but not connected"). Exchange Online retired these rules in September 2025.',
        where: [{ place: 'exchange', text: 'Exchange Online PowerShell: Get-ClientAccessRule lists the rules and the protocols each one covers.' }],
      },
      askWhen: all(microsoft, imap),
      source: a001('Root Cause 6'),
    },
    {
      id: 'mail-reachable',
      fact: 'network.mailReachableFromJira',
      symptoms: ['mail-oauth'],
      text: "Can the Jira node reach the mail server on the protocol's port and get the server's greeting?",
      options: [
        { value: true, label: 'Yes, the mail server answers from the Jira node' },
        { value: false, label: 'No, the connection is refused or times out' },
      ],
      help: {
        why: 'A firewall between Jira and the mail server breaks every connection test. A "yes" does not rule a firewall out completely: Atlassian warns that an open port is not proof that the protocol passes, and Jira also needs HTTPS to the sign-in host and to its own base URL.',
        where: [
          {
            place: 'network',
            text: 'On the Jira node: openssl s_client -connect {{var:mailServer}}:{{var:mailTlsPort}} -crlf -quiet should print the server greeting (for Microsoft: "* OK The Microsoft Exchange IMAP4 service is ready" or "+OK The Microsoft Exchange POP3 service is ready"). A bare telnet connection is not enough.',
          },
          { place: 'network', text: 'The firewall team can check the rules for {{var:mailPorts}} from the Jira nodes.' },
        ],
      },
      answeredBy: ['mail'],
      source: a001('Root Cause 7'),
    },
    {
      id: 'mail-pop-two-line',
      fact: 'pop.twoLineAuth',
      symptoms: ['mail-oauth'],
      text: 'Is "Use two line authentication format" ticked on the POP mail server?',
      options: [
        { value: true, label: 'Yes, it is ticked' },
        { value: false, label: 'No' },
      ],
      help: {
        why: 'Microsoft answers a one-line POP OAuth login with "Protocol error. Connection is closed. 10".',
        where: [{ place: 'jira', text: `${INCOMING_MAIL_MENU} > edit the POP mail server: the "Use two line authentication format" box.` }],
      },
      askWhen: all(pop, jiraHandler),
      source: a001('Root Cause 10'),
    },
    {
      id: 'mail-authorized-as',
      fact: 'oauth.authorizedAsExpectedUser',
      symptoms: ['mail-oauth'],
      text: 'When the mailbox was authorized, did the browser sign in to Microsoft as the intended account?',
      options: [
        { value: true, label: 'Yes, I saw the intended account' },
        { value: false, label: 'No, it used another (remembered) account' },
      ],
      help: {
        why: 'A browser can silently reuse another Microsoft account; the authorization then succeeds for the wrong user, who may not reach the mailbox.',
        where: [
          {
            place: 'client',
            text: 'Authorize again in a private (incognito) window and watch which account the Microsoft sign-in page shows; or check the sign-in logs of the app in Microsoft Entra ID.',
          },
        ],
      },
      askWhen: not(notMicrosoft),
      source: a001('Root Cause 11'),
    },
    {
      id: 'mail-jsm-beta',
      fact: 'jsm.multiChannelBeta',
      symptoms: ['mail-oauth'],
      text: 'Is the beta of multiple email channels (dark feature sd.multi.incoming.email.support.enabled) switched on?',
      options: [
        { value: true, label: 'Yes, the dark feature is on' },
        { value: false, label: 'No' },
      ],
      help: {
        why: 'The JSM 4.18 beta of multiple email channels cannot set up a second channel with OAuth 2.0.',
        where: [{ place: 'jira', text: '<Jira base URL>/secure/admin/SiteDarkFeatures!default.jspa lists the enabled dark features.' }],
      },
      askWhen: all(jsmHandler, atLeast('jsm.version', '4.18.0'), below('jsm.version', '4.22.0')),
      source: a001('Root Cause 12'),
    },
    {
      id: 'mail-jsm-oauth-channels',
      fact: 'jsm.oauthChannelCount',
      symptoms: ['mail-oauth'],
      text: 'How many email channels of the project use OAuth 2.0?',
      help: {
        why: 'With the beta, the second and later OAuth 2.0 channels fail.',
        where: [{ place: 'jsm', text: `${JSM_EMAIL_MENU}: count the channels whose authentication is OAuth 2.0.` }],
      },
      askWhen: all(jsmHandler, not(is('jsm.multiChannelBeta', false)), atLeast('jsm.version', '4.18.0'), below('jsm.version', '4.22.0')),
      source: a001('Root Cause 12'),
    },
    {
      id: 'mail-jira-clustered',
      fact: 'jira.clustered',
      symptoms: ['mail-oauth'],
      text: 'Does Jira run on more than one node behind a load balancer?',
      options: [
        { value: true, label: 'Yes, several nodes (Data Center cluster)' },
        { value: false, label: 'No, a single node' },
      ],
      help: {
        why: 'On a cluster, the person setting up the handler must stay on one node from the start of the authorization to the end.',
        where: [{ place: 'jira', text: '⚙ > System > Clustering lists the nodes (Data Center only).' }],
      },
      answeredBy: ['cluster'],
      source: a001('Root Cause 13'),
    },
    {
      id: 'mail-jira-license',
      fact: 'jira.license',
      symptoms: ['mail-oauth'],
      text: 'Is the licence Data Center or Server?',
      options: [
        { value: 'datacenter', label: 'Data Center' },
        { value: 'server', label: 'Server' },
      ],
      help: {
        why: 'JSM supports GCC High and DoD mailboxes from 4.22.0 with a Data Center licence, but only from 4.22.2 with a Server licence.',
        where: [{ place: 'jira', text: '⚙ > Applications > Versions & licenses: the licence type.' }],
      },
      askWhen: all(jsmHandler, govCloud),
      source: a001('Root Cause 9'),
    },
    {
      id: 'mail-lb-sticky',
      fact: 'lb.sticky',
      symptoms: ['mail-oauth'],
      text: "Does the load balancer keep each user's session on one node (sticky sessions)?",
      options: [
        { value: true, label: 'Yes, sessions are sticky' },
        { value: false, label: 'No, requests of one session go to different nodes' },
      ],
      help: {
        why: 'If the browser lands on another node after signing in to Microsoft, that node knows nothing of the authorization and the setup fails.',
        where: [
          {
            place: 'client',
            text: "Record a HAR file (browser developer tools > Network) while authorizing the mailbox, then look at the X-ANODEID response header of each request: it must be the same node from the start to the end. A request that lands on another node (especially right after the sign-in) shows the problem.",
          },
          { place: 'load-balancer', text: "The load balancer's configuration: cookie-based session affinity (for example on JSESSIONID or the balancer's own cookie)." },
        ],
      },
      answeredBy: ['cluster'],
      askWhen: not(is('jira.clustered', false)),
      source: a001('Root Cause 13'),
    },
    {
      id: 'mail-lb-rest-pinned',
      fact: 'lb.restPinnedToNode',
      symptoms: ['mail-oauth'],
      text: 'Does the load balancer send REST API traffic (/rest/…) to a dedicated node?',
      options: [
        { value: true, label: 'Yes, REST calls go to a dedicated node' },
        { value: false, label: 'No' },
      ],
      help: {
        why: "The browser itself calls Jira's REST API during the setup; those calls must stay on the user's node.",
        where: [{ place: 'load-balancer', text: 'Rules that route paths starting with /rest/ to particular nodes.' }],
      },
      askWhen: not(is('jira.clustered', false)),
      source: a001('Root Cause 13'),
    },
    {
      id: 'mail-lb-internal-rest',
      fact: 'lb.internalRestKeptOnUserNode',
      symptoms: ['mail-oauth'],
      text: "With REST pinned to a node, do the browser's own REST calls still stay on the user's node?",
      options: [
        { value: true, label: 'Yes, only external REST clients go to the dedicated node' },
        { value: false, label: 'No, all /rest/ calls go to the dedicated node' },
      ],
      help: {
        why: 'Only external integrations should be sent to the REST node; calls from a signed-in browser session belong to its node.',
        where: [
          {
            place: 'load-balancer',
            text: "The REST routing rule: does it also match requests that carry the user's session cookie (browser calls)? If so, it moves them off the user's node.",
          },
        ],
      },
      askWhen: all(not(is('jira.clustered', false)), is('lb.restPinnedToNode', true)),
      source: a001('Root Cause 13'),
    },
    {
      id: 'mail-flooded',
      fact: 'mailbox.flooded',
      symptoms: ['mail-oauth'],
      text: 'Is the inbox flooded with a large number of messages (for example a storm of delivery-failure mails)?',
      options: [
        { value: true, label: 'Yes, a huge number keeps arriving' },
        { value: false, label: 'No, a normal amount' },
      ],
      help: {
        why: 'The connection test can time out when the inbox holds a very large number of messages.',
        where: [{ place: 'exchange', text: 'Open the mailbox in Outlook on the web and look at the number of messages in the inbox.' }],
      },
      source: a001('Root Cause 15'),
    },
    {
      id: 'mail-message-count',
      fact: 'mailbox.messageCount',
      symptoms: ['mail-oauth'],
      text: 'How many messages are in the inbox?',
      help: {
        why: 'A connection test that times out on a very full inbox points at the flood; from about 100,000 messages in one folder Exchange opens it slowly.',
        where: [
          { place: 'exchange', text: 'Open the mailbox in Outlook on the web: the inbox shows its number of items; or in Exchange Online PowerShell: Get-MailboxFolderStatistics <mailbox> -FolderScope Inbox (ItemsInFolder).' },
        ],
      },
      askWhen: any(error('mail-read-timeout'), is('mailbox.flooded', true)),
      source: a001('Root Cause 15'),
    },
    {
      id: 'mail-jvm-args',
      fact: 'jvm.args',
      symptoms: ['mail-oauth'],
      text: "Paste Jira's JVM input arguments (the whole line).",
      help: {
        why: 'Proxy settings such as -Dhttps.proxyHost can block the token request to Microsoft.',
        where: [
          { place: 'jira', text: '⚙ > System > System info: the "JVM Input Arguments" row (system administrators only).' },
          { place: 'jira', text: '<JIRA_INSTALL>/bin/setenv.sh (setenv.bat on Windows): JVM_SUPPORT_RECOMMENDED_ARGS; for a Windows service, the Java tab of the Tomcat service settings.' },
          { place: 'logs', text: `${JIRA_LOG} lists the JVM input arguments when Jira starts.` },
        ],
      },
      answeredBy: ['log-scan'],
      source: a001('Root Cause 16'),
    },
    {
      id: 'mail-admin-consent',
      fact: 'azure.adminConsentGranted',
      symptoms: ['mail-oauth'],
      text: "Has an administrator granted consent for the app's Microsoft Graph permissions?",
      options: [
        { value: true, label: 'Yes: "Granted for <organization>" shows next to each permission' },
        { value: false, label: 'No, or "Not granted" shows' },
      ],
      help: {
        why: 'Application permissions only take effect once an administrator grants consent for the whole organization.',
        where: [{ place: 'azure', text: 'App registrations > the app Jira uses > API permissions: the Status column of each permission.' }],
      },
      askWhen: all(microsoft, graph),
      source: GRAPH_KB,
    },
    {
      id: 'mail-graph-permission',
      fact: 'azure.graphMailPermission',
      symptoms: ['mail-oauth'],
      text: 'Does the app have the Microsoft Graph application permission Mail.ReadWrite?',
      options: [
        { value: true, label: 'Yes, Mail.ReadWrite of type Application' },
        { value: false, label: 'No, or only as a Delegated permission' },
      ],
      help: {
        why: 'Reading mail with client credentials needs application permissions; delegated ones do not apply without a signed-in user.',
        where: [{ place: 'azure', text: 'App registrations > the app Jira uses > API permissions: Microsoft Graph, type Application, Mail.ReadWrite (and User.Read.All).' }],
      },
      askWhen: all(microsoft, graph),
      source: GRAPH_KB,
    },
    {
      id: 'mail-access-policy',
      fact: 'exchange.appAccessPolicyAllowsMailbox',
      symptoms: ['mail-oauth'],
      text: "If Exchange limits which mailboxes the app may open (an application access policy), is this mailbox among them?",
      options: [
        { value: true, label: 'Yes, or there is no such limit' },
        { value: false, label: 'No: the policy leaves this mailbox out' },
      ],
      help: {
        why: 'An application access policy can keep an app with Mail.ReadWrite out of every mailbox outside a chosen group.',
        where: [
          { place: 'exchange', text: 'Exchange Online PowerShell: Get-ApplicationAccessPolicy lists the policies; Test-ApplicationAccessPolicy -Identity <mailbox> -AppId <client id> says whether the app may open the mailbox.' },
        ],
      },
      askWhen: all(microsoft, graph),
      source: ACCESS_POLICY_DOC,
    },
    {
      id: 'mail-redirect-uri',
      fact: 'azure.redirectUriMatches',
      symptoms: ['mail-oauth'],
      text: "Is the Redirect URL shown in Jira's integration registered exactly (same host, path and case) as a Redirect URI of the app?",
      options: [
        { value: true, label: 'Yes, exactly the same' },
        { value: false, label: 'No, or it differs (another host, http instead of https, a changed base URL)' },
      ],
      help: {
        why: 'Microsoft refuses the sign-in (AADSTS50011) when the address Jira sends it back to is not registered in the app.',
        where: [
          { place: 'jira', text: '{{var:oauthMenuPath}}: the Redirect URL at the bottom of the integration.' },
          { place: 'azure', text: 'App registrations > the app > Authentication > Platform configurations > Web > Redirect URIs.' },
        ],
      },
      askWhen: all(microsoft, maybeNotGraph),
      source: AZURE_STEPS_KB,
    },
    {
      id: 'mail-base-url',
      fact: 'jira.baseUrl',
      symptoms: ['mail-oauth'],
      text: "What is Jira's Base URL (as set in Jira), for example https://jira.example.com?",
      help: {
        why: "OAuth 2.0 integrations need Jira served over HTTPS and a Base URL that is the address people really use: the Redirect URL is built from it.",
        where: [{ place: 'jira', text: '⚙ > System > General configuration: Base URL.' }],
      },
      source: HTTPS_DOC,
    },
    {
      id: 'mail-password-changed',
      fact: 'mailbox.passwordChangedSinceAuthorization',
      symptoms: ['mail-oauth'],
      text: 'Has the password of the account that authorized the mailbox changed since the authorization (or was the account reset)?',
      options: [
        { value: true, label: 'Yes, it changed' },
        { value: false, label: 'No' },
      ],
      help: {
        why: 'A password change can revoke the authorization Jira stored; Jira then needs the mailbox authorized again.',
        where: [{ place: 'azure', text: "Microsoft Entra admin center > Users > the account: its audit log shows password changes and resets." }],
      },
      askWhen: all(microsoft, maybeNotGraph, is('mail.workedBefore', true)),
      source: ERROR_CODES_DOC,
    },
    {
      id: 'mail-errors',
      fact: 'errors',
      symptoms: ['mail-oauth'],
      text: 'Paste the error messages shown in Jira (connection test, OAuth 2.0 page, email channel) or found in the logs, one per line.',
      help: {
        why: 'Several errors point straight at one or two causes, such as AADSTS7000222 (expired client secret) or "Protocol error. Connection is closed. 10" (POP).',
        where: [
          { place: 'jira', text: `The message shown after "Test Connection" in ${INCOMING_MAIL_MENU}, after the authorization in {{var:oauthMenuPath}}, or next to the email channel in ${JSM_EMAIL_MENU}.` },
          { place: 'logs', text: `<JIRA_HOME>/log/${MAIL_LOG} and <JIRA_HOME>/log/${JIRA_LOG}, around the time of the test.` },
        ],
      },
      answeredBy: ['log-scan'],
      source: a001('Checking the Jira application logs'),
    },
  ],

  causes: [
    {
      id: 'mail-oauth/oauth-unsupported-version',
      title: 'This version cannot use OAuth 2.0 for incoming mail',
      summary:
        'Mail handlers sign in with OAuth 2.0 from Jira 8.10.0 and JSM 4.10.0 on. Older versions only offer a password, which Microsoft 365 no longer accepts.',
      prior: 0.05,
      confirmedWhen: [
        {
          when: below('jira.version', '8.10.0', OAUTH_LINES_JIRA),
          because:
            'Jira {{fact:jira.version}} is older than 8.10.0, the first version whose mail handlers (and JSM email channels) can sign in with OAuth 2.0.',
          weight: 3,
          source: a001('Environment'),
        },
        {
          when: all(jsmHandler, below('jsm.version', '4.10.0', OAUTH_LINES_JSM)),
          because: 'JSM {{fact:jsm.version}} is older than 4.10.0, the first version whose email channels can sign in with OAuth 2.0.',
          weight: 3,
          source: a001('Environment'),
        },
        {
          // JSM 4.x runs on Jira 8.x of the same minor version (facts §5), so JSM 4.9 means Jira 8.9.
          when: all(notJsmHandler, below('jsm.version', '4.10.0', OAUTH_LINES_JSM)),
          because:
            'JSM {{fact:jsm.version}} runs on a Jira older than 8.10.0 (JSM 4.x ships with Jira 8.x of the same minor version): neither its email channels nor the Jira mail handlers can sign in with OAuth 2.0.',
          weight: 3,
          source: a001('Environment'),
        },
      ],
      likelyWhen: [],
      ruledOutWhen: [
        {
          when: all(jiraHandler, atLeast('jira.version', '8.10.0', { '8.5': '8.5.12' })),
          because: 'Jira {{fact:jira.version}} supports OAuth 2.0 for its mail handlers.',
          why: 'A version at or past the release that brought the feature proves it is there; nothing else about this cause depends on the setup.',
          source: a001('Environment'),
        },
        {
          // Jira 8.10 ships with JSM 4.10 (facts §5): either kind of handler has OAuth 2.0.
          when: all(not(knownFact('jsm.version')), atLeast('jira.version', '8.10.0')),
          because:
            'Jira {{fact:jira.version}} supports OAuth 2.0 for its mail handlers, and so does the JSM that runs on it (4.10.0 and later) for its email channels.',
          why: 'JSM 4.x ships with the Jira 8.x of the same minor version, so a Jira of 8.10.0 or later carries a JSM of 4.10.0 or later; the version decides this cause on its own.',
          source: a001('Environment'),
        },
        {
          when: all(jsmHandler, atLeast('jsm.version', '4.10.0')),
          because: 'JSM {{fact:jsm.version}} supports OAuth 2.0 for its email channels.',
          why: 'A version at or past the release that brought the feature proves it is there; nothing else about this cause depends on the setup.',
          source: a001('Environment'),
        },
        {
          when: all(atLeast('jira.version', '8.10.0'), atLeast('jsm.version', '4.10.0')),
          because: 'Jira {{fact:jira.version}} and JSM {{fact:jsm.version}} both support OAuth 2.0 for incoming mail.',
          why: 'A version at or past the release that brought the feature proves it is there; nothing else about this cause depends on the setup.',
          source: a001('Environment'),
        },
      ],
      solutions: [
        {
          id: 'mail-oauth/upgrade-for-oauth',
          title: 'Upgrade to a version with OAuth 2.0 for mail',
          team: 'jira-admin',
          steps: [
            {
              text: 'Upgrade Jira to 8.10.0 or later (JSM to 4.10.0 or later). Prefer a current long-term-support release: the fixes below came later still.',
            },
            {
              text: 'For POP with OAuth 2.0 the Jira mail handler needs 8.5.12 or later on the 8.5 line, 8.13.4 or later on the 8.13 line, or 8.15.0 and later.',
              when: pop,
            },
            {
              text: 'For a GCC High or DoD mailbox in a JSM email channel, JSM needs 4.22.0 (Data Center licence) or 4.22.2 (Server licence).',
              when: all(jsmHandler, govCloud),
            },
            { text: 'After the upgrade, set up the OAuth 2.0 integration under {{var:oauthMenuPathAfterUpgrade}} and authorize the mailbox in {{var:incomingMailPath}}.' },
          ],
          source: a001('Environment'),
        },
      ],
      source: a001('Environment'),
    },
    {
      id: 'mail-oauth/scopes',
      title: "Wrong scopes in Jira's OAuth 2.0 integration",
      summary:
        'The scopes tell Microsoft what Jira may do with the mailbox. If they name the wrong cloud, miss the IMAP or POP permission, or lack offline_access, the sign-in or the mail connection fails.',
      prior: 0.5,
      after: [
        { cause: 'mail-oauth/oauth-unsupported-version', note: 'After the upgrade to a version with OAuth 2.0 for mail:' },
        {
          cause: 'mail-oauth/gov-cloud',
          note: 'After the upgrade (or with the workaround):',
          when: all(jsmHandler, jsmGovUnsupported),
        },
      ],
      confirmedWhen: [
        {
          when: all(scopesInvalid, not(graphScopes), maybeNotGraph, maybeMicrosoft),
          because: 'The scopes configured in Jira are wrong: {{detail}}.',
          weight: 3,
          source: a001('Solution for Root Cause 1'),
        },
        {
          when: all(scopesInvalid, graphScopes, any(notGraph, all(not(knownFact('mail.protocol')), not(graphChannel))), maybeMicrosoft),
          because:
            'The scopes name Microsoft Graph, but this Jira reads mail over IMAP or POP, which need the Exchange Online scopes. Reading mail through Graph needs Jira 9.17 or later (JSM 5.8.0 or later for email channels), set up with the Graph API.',
          weight: 3,
          source: facts('§5'),
        },
        {
          when: error('aadsts-70011'),
          because: 'Microsoft rejected the scope string itself (AADSTS70011).',
          weight: 2,
          source: facts('§4.2'),
        },
      ],
      likelyWhen: [
        hint('mail-imap-authenticate-failed', 'The mail server refused the sign-in; wrong scopes are one of the usual reasons.', 'Checking the Jira application logs'),
        hint('mail-pop-authentication-failure', 'The POP server refused the sign-in; wrong scopes are one of the usual reasons.', 'Checking the Jira application logs'),
        hint('mail-oauth-token-not-defined', 'JSM reports that it has no OAuth token; wrong scopes can cause this.', 'Checking the Jira application logs', 0.3),
      ],
      ruledOutWhen: [
        {
          when: graph,
          because: 'The handler reads mail through Microsoft Graph with the app\'s application permissions; the IMAP and POP scopes do not apply.',
          why: 'On the Graph path the permissions come from the app registration, not from a scope string; the Graph causes cover them.',
          source: GRAPH_KB,
        },
        {
          when: not(scopesInvalid),
          because: 'The scopes in Jira match what Microsoft expects for this cloud and protocol.',
          why: 'The scope string was compared word for word with the exact set Atlassian and Microsoft document for this cloud and protocol; scopes are text, so a match is proof.',
          source: a001('Solution for Root Cause 1'),
        },
      ],
      solutions: [
        {
          id: 'mail-oauth/set-scopes',
          title: 'Set the scopes Microsoft expects',
          team: 'jira-admin',
          when: not(notMicrosoft),
          steps: [
            { text: 'Open the Microsoft integration under {{var:oauthMenuPath}} and edit its Scopes field.' },
            {
              text: 'For Microsoft 365 worldwide (GCC included), replace the scopes with exactly:',
              code: [WORLDWIDE_SCOPES],
              when: not(govCloud),
            },
            {
              text: 'For US Government GCC High or DoD, replace the scopes with exactly:',
              code: [GOV_SCOPES],
              when: not(worldwideCloud),
            },
            { text: 'Save, then authorize the mailbox again in {{var:incomingMailPath}} so that Jira gets a token with the new scopes, and run the connection test.' },
            {
              text: 'If the email channel uses the Microsoft Graph API (JSM 5.8.0 and later), it needs the Graph permissions from Atlassian\'s Graph set-up guide instead of the IMAP and POP scopes.',
              when: all(jsmHandler, atLeast('jsm.version', '5.8.0')),
            },
          ],
          source: a001('Solution for Root Cause 1'),
        },
        {
          id: 'mail-oauth/set-provider-scopes',
          title: 'Set the scopes the mail provider documents',
          team: 'jira-admin',
          when: notMicrosoft,
          steps: [
            {
              text: "Open the integration under {{var:oauthMenuPath}} and compare its Scopes field with the scopes the provider's documentation gives for IMAP or POP access with OAuth 2.0, including the one that grants a refresh token.",
            },
            { text: 'Correct them, save, then authorize the mailbox again in {{var:incomingMailPath}} and run the connection test.' },
          ],
          source: a001('Solution for Root Cause 1'),
        },
      ],
      source: a001('Root Cause 1'),
    },
    {
      id: 'mail-oauth/protocol-disabled',
      title: 'IMAP or POP is turned off for the mailbox',
      summary: 'Exchange lets admins switch IMAP and POP off per mailbox. When the protocol Jira uses is off, no sign-in over it works, with or without OAuth 2.0.',
      prior: 0.3,
      confirmedWhen: [
        {
          when: is('mailbox.protocolEnabled', false),
          because: '{{var:protocolName}} is turned off for the mailbox, so Jira cannot read it over that protocol.',
          weight: 3,
          source: a001('Root Cause 2'),
        },
      ],
      likelyWhen: [
        hint('mail-imap-authenticate-failed', 'The mail server refused the sign-in; a protocol switched off for the mailbox is one of the usual reasons.', 'Checking the Jira application logs'),
        hint('mail-pop-authentication-failure', 'The POP server refused the sign-in; POP switched off for the mailbox is one of the usual reasons.', 'Checking the Jira application logs'),
        hint('mail-inbox-not-opened', 'Jira could not open the inbox; a protocol switched off for the mailbox is one reason.', 'Checking the Jira application logs', 0.3),
        {
          when: all(signInRefused, is('mailbox.opensInOutlookWeb', true)),
          because: 'The mail server refused the sign-in although the mailbox opens in Outlook on the web for the same account, so its access and licence are in order: what is left is {{var:protocolName}} switched off for the mailbox.',
          weight: 2,
          source: a001('Root Cause 2'),
        },
      ],
      ruledOutWhen: [
        {
          when: graph,
          because: 'The handler reads mail through Microsoft Graph, not IMAP or POP, so the mailbox\'s IMAP and POP switches play no part.',
          why: 'The switches only govern IMAP and POP connections.',
          source: GRAPH_KB,
        },
        {
          when: is('mailbox.protocolEnabled', true),
          because: '{{var:protocolName}} is turned on for the mailbox.',
          why: 'The mailbox\'s own setting was read (admin center or Get-CASMailbox), and it is the only switch this cause is about.',
          source: a001('Root Cause 2'),
        },
      ],
      solutions: [
        {
          id: 'mail-oauth/enable-protocol',
          title: 'Turn {{var:protocolName}} on for the mailbox',
          team: 'm365-exchange-admin',
          steps: [
            {
              text: 'Microsoft 365 (Exchange Online): in the Microsoft 365 admin center, open Users > Active users > the mailbox user > Mail > Manage email apps, tick {{var:protocolName}} and save (menu names can differ between admin center versions; the PowerShell command below does the same).',
              when: not(notMicrosoft),
            },
            {
              text: "Google: in the mailbox's Gmail settings, open Forwarding and POP/IMAP and enable {{var:protocolName}}; in Google Workspace, make sure the administrator allows it for the organization too.",
              when: not(microsoft),
            },
            {
              text: 'Or in Exchange Online PowerShell (Exchange Management Shell for an on-premises Exchange Server):',
              code: ['Set-CASMailbox -Identity <mailbox address> -ImapEnabled $true'],
              when: all(not(pop), not(notMicrosoft)),
            },
            {
              text: 'Or in Exchange Online PowerShell (Exchange Management Shell for an on-premises Exchange Server):',
              code: ['Set-CASMailbox -Identity <mailbox address> -PopEnabled $true'],
              when: all(not(imap), not(notMicrosoft)),
            },
            { text: 'Then authorize the mailbox again in {{var:incomingMailPath}} and run the connection test.' },
          ],
          source: a001('Solution for Root Cause 2'),
        },
      ],
      source: a001('Root Cause 2'),
    },
    {
      id: 'mail-oauth/mailbox-permission',
      title: 'The authorizing account has no Full Access on the mailbox',
      summary:
        "When the handler reads another user's mailbox or a shared mailbox, the person who signs in to Microsoft during the authorization needs Full Access on that mailbox. Without it the authorization fails.",
      prior: 0.35,
      confirmedWhen: [
        {
          when: all(isIn('mailbox.kind', ['other-user', 'shared']), is('mailbox.authorizerHasFullAccess', false), maybeMicrosoft),
          because:
            "The handler reads another user's mailbox or a shared mailbox, and the person who authorizes it has no Full Access on it.",
          weight: 3,
          source: a001('Root Cause 3'),
        },
      ],
      likelyWhen: [
        hint('mail-imap-authenticate-failed', 'The mail server refused the sign-in; missing Full Access on the mailbox is one of the usual reasons.', 'Checking the Jira application logs'),
        hint('mail-pop-authentication-failure', 'The POP server refused the sign-in; missing Full Access on the mailbox is one of the usual reasons.', 'Checking the Jira application logs'),
        hint('mail-imap-not-connected', 'Exchange accepted the sign-in but would not open the mailbox; missing Full Access is one reason.', 'Checking the Jira application logs', 0.3),
        hint('mail-inbox-not-opened', 'Jira could not open the inbox; missing Full Access is one reason.', 'Checking the Jira application logs', 0.3),
        {
          when: all(not(is('mailbox.kind', 'own')), is('mailbox.opensInOutlookWeb', false)),
          because: 'The mailbox does not open in Outlook on the web for the account that authorizes it: that account lacks Full Access on it, or the mailbox has no licence.',
          weight: 1.5,
          source: a001('Root Cause 3'),
        },
      ],
      ruledOutWhen: [
        {
          when: graph,
          because: 'The handler reads mail through Microsoft Graph with application permissions; no person signs in, so no delegated Full Access is needed.',
          why: 'Full Access is a delegation to a signed-in person; client credentials have none. Mailbox limits for apps are the application access policy cause.',
          source: GRAPH_KB,
        },
        {
          when: is('mailbox.kind', 'own'),
          because: 'The person who authorizes signs in to their own mailbox, so no delegated permission is needed.',
          why: 'Delegated Full Access is only needed to open someone else\'s or a shared mailbox; an owner always has access to their own.',
          source: a001('Root Cause 3'),
        },
        {
          when: all(not(is('mailbox.kind', 'own')), is('mailbox.authorizerHasFullAccess', true)),
          because: 'The person who authorizes has Full Access on the mailbox.',
          why: 'The mailbox\'s permission list was read and names the person who authorizes with Full Access, the one permission the cause is about.',
          source: a001('Root Cause 3'),
        },
        {
          when: is('mailbox.opensInOutlookWeb', true),
          because: 'The mailbox opens in Outlook on the web for the account that authorizes it, so that account has access to it.',
          why: 'Opening the mailbox as the authorizing account in Outlook on the web proves that account can reach it, which is what Full Access is for.',
          source: a001('Root Cause 3'),
        },
        onlyMicrosoft('Root Cause 3'),
      ],
      solutions: [
        {
          id: 'mail-oauth/grant-full-access',
          title: 'Give the authorizing account Full Access on the mailbox',
          team: 'm365-exchange-admin',
          steps: [
            { text: 'Sign in to the Exchange admin center at https://outlook.office365.com/ecp.' },
            { text: "Another user's mailbox: go to Recipients > Mailboxes.", when: not(isIn('mailbox.kind', ['own', 'shared'])) },
            { text: 'A shared mailbox: go to Recipients > Shared.', when: not(isIn('mailbox.kind', ['own', 'other-user'])) },
            { text: 'Find the mailbox, edit it (pencil icon), open Mail delegation and add the authorizing account under Full Access. Save.' },
            {
              text: 'Or in Exchange Online PowerShell:',
              code: ['Add-MailboxPermission -Identity <mailbox address> -User <authorizing account> -AccessRights FullAccess'],
            },
            { text: 'Then authorize the mailbox again in {{var:incomingMailPath}}, signed in as that account.' },
          ],
          source: a001('Solution for Root Cause 3'),
        },
      ],
      source: a001('Root Cause 3'),
    },
    {
      id: 'mail-oauth/no-license',
      title: "The mailbox's account has no licence",
      summary: 'A Microsoft account needs a licence that includes Exchange Online before its mailbox can be used; without it the mail handler setup fails.',
      prior: 0.2,
      confirmedWhen: [
        {
          when: all(is('mailbox.licensed', false), maybeMicrosoft),
          because: "The mailbox's account has no Microsoft licence that includes the mailbox.",
          weight: 3,
          source: a001('Root Cause 4'),
        },
      ],
      likelyWhen: [
        hint('mail-imap-authenticate-failed', 'The mail server refused the sign-in; an unlicensed mailbox is one of the usual reasons.', 'Verifying that the mailbox is granted a license'),
        hint('mail-pop-authentication-failure', 'The POP server refused the sign-in; an unlicensed mailbox is one of the usual reasons.', 'Verifying that the mailbox is granted a license'),
        {
          when: all(is('mailbox.kind', 'own'), is('mailbox.opensInOutlookWeb', false)),
          because: 'The account cannot open its own mailbox in Outlook on the web, which is what an unlicensed mailbox looks like.',
          weight: 1.5,
          source: a001('Root Cause 4'),
        },
      ],
      ruledOutWhen: [
        {
          when: is('mailbox.licensed', true),
          because: "The mailbox's account has a licence that includes the mailbox.",
          why: 'The account\'s licence assignments were read and include Exchange Online, which is what the cause is about.',
          source: a001('Root Cause 4'),
        },
        {
          when: is('mailbox.opensInOutlookWeb', true),
          because: 'The mailbox opens in Outlook on the web, which an unlicensed mailbox does not.',
          why: 'Outlook on the web opens only mailboxes with an Exchange Online licence, so the mailbox opening proves the licence.',
          source: a001('Root Cause 4'),
        },
        onlyMicrosoft('Root Cause 4'),
      ],
      solutions: [
        {
          id: 'mail-oauth/assign-license',
          title: "Assign a licence to the mailbox's account",
          team: 'azure-admin',
          steps: [
            { text: 'Sign in to https://portal.azure.com as an administrator.' },
            { text: 'Go to Users, open the account that owns the mailbox, then Licenses > Assignments, and assign a licence that includes Exchange Online.' },
            { text: 'Then authorize the mailbox again in {{var:incomingMailPath}} and run the connection test.' },
          ],
          source: a001('Solution for Root Cause 4'),
        },
      ],
      source: a001('Root Cause 4'),
    },
    {
      id: 'mail-oauth/no-inbox-folder',
      title: 'The mailbox has no folder named "Inbox" (JSDSERVER-7058)',
      summary:
        'When the mailbox language is not English, the inbox carries a translated name. A known bug (JSDSERVER-7058) then makes the setup fail with "OAuth token not defined for connection".',
      prior: 0.1,
      confirmedWhen: [
        {
          when: is('mailbox.hasInboxFolder', false),
          because: 'The mailbox has no folder literally named "Inbox", which trips bug JSDSERVER-7058.',
          weight: 3,
          source: a001('Root Cause 5'),
        },
      ],
      likelyWhen: [
        hint('mail-oauth-token-not-defined', 'JSM reports "OAuth token not defined for connection", the message of bug JSDSERVER-7058.', 'Root Cause 5', 1),
        hint('mail-inbox-not-opened', "Jira could not open the folder 'inbox'.", 'Root Cause 5', 1),
      ],
      ruledOutWhen: [
        {
          when: is('mailbox.hasInboxFolder', true),
          because: 'The mailbox has a folder named "Inbox".',
          why: 'The bug needs a mailbox without a folder literally named "Inbox"; one was seen in the folder list.',
          source: a001('Root Cause 5'),
        },
        onlyMicrosoft('Root Cause 5'),
      ],
      solutions: [
        {
          id: 'mail-oauth/create-inbox-folder',
          title: 'Give the mailbox a folder named "Inbox"',
          team: 'm365-exchange-admin',
          steps: [
            { text: 'Open the mailbox (for example in Outlook on the web) and create a folder named exactly "Inbox".' },
            {
              text: 'If a folder of that name cannot be created because one exists, set the mailbox language back to its original language first, then create the "Inbox" folder.',
            },
            { text: 'Then authorize the mailbox again in {{var:incomingMailPath}}.' },
          ],
          source: a001('Solution for Root Cause 5'),
        },
      ],
      source: a001('Root Cause 5'),
    },
    {
      id: 'mail-oauth/client-access-rules',
      title: 'Office 365 Client Access Rules leave out IMAP4',
      summary:
        'Client Access Rules decided which protocols could reach Exchange. If rules existed and IMAP4 was not among them, the OAuth sign-in succeeded but opening the mailbox failed ("User is authenticated but not connected"). Microsoft retired them in Exchange Online in September 2025, so this now concerns Exchange Server on premises and history.',
      prior: 0.15,
      confirmedWhen: [
        {
          when: all(is('exchange.clientAccessRulesAllowImap', false), any(imap, not(knownFact('mail.protocol'))), maybeMicrosoft),
          because: 'The Office 365 Client Access Rules do not include IMAP4.',
          weight: 3,
          source: a001('Root Cause 6'),
        },
      ],
      likelyWhen: [
        hint(
          'mail-imap-not-connected',
          'Exchange answered "User is authenticated but not connected", the error this cause produced; Client Access Rules no longer exist in Exchange Online, so check the account that signed in and its access to the mailbox first.',
          'Root Cause 6',
          0.3,
        ),
      ],
      ruledOutWhen: [
        {
          when: graph,
          because: 'The handler reads mail through Microsoft Graph; the rules\' IMAP4 entry plays no part.',
          why: 'The cause is the IMAP4 protocol entry of the rules.',
          source: GRAPH_KB,
        },
        {
          when: is('exchange.clientAccessRulesAllowImap', true),
          because: 'The Office 365 Client Access Rules allow IMAP4.',
          why: 'The rules were listed and IMAP4 is allowed; the cause is a rule set that leaves IMAP4 out.',
          source: a001('Root Cause 6'),
        },
        {
          when: pop,
          because: 'The mail server entry uses POP; this cause is about the IMAP4 entry of the Client Access Rules.',
          why: 'The article\'s cause and its fix are about the IMAP4 protocol of the rules; a POP connection is not decided by that entry.',
          source: a001('Root Cause 6'),
        },
        onlyMicrosoft('Root Cause 6'),
      ],
      solutions: [
        {
          id: 'mail-oauth/allow-imap4',
          title: 'Let IMAP through the access controls that replaced Client Access Rules',
          team: 'm365-exchange-admin',
          steps: [
            {
              text: 'Exchange Online: Client Access Rules no longer exist there (retired in September 2025). Protocol and location controls now live in Conditional Access in Microsoft Entra ID and in authentication policies: check that none of them blocks IMAP with OAuth for this mailbox or for the app Jira uses.',
            },
            {
              text: 'Exchange Server on premises still has Client Access Rules: list them with their protocols and make sure an allow rule covers IMAP4 above the blocking ones.',
              code: ['Get-ClientAccessRule | Format-List Name,Action,AnyOfProtocols,Priority'],
            },
            { text: 'Then run the mail handler test again in {{var:incomingMailPath}}.' },
          ],
          notes: ['The article predates the retirement of Client Access Rules in Exchange Online; follow the current Microsoft controls named above.'],
          source: CAR_RETIRED_DOC,
        },
      ],
      source: a001('Root Cause 6'),
    },
    {
      id: 'mail-oauth/firewall',
      title: 'A firewall blocks Jira from the mail server',
      summary:
        "Jira must reach the mail provider on the protocol's port (993, 995, 143 or 110), the provider's sign-in host over HTTPS, and its own base URL. A firewall that blocks any of them breaks the setup or the connection test.",
      prior: 0.2,
      confirmedWhen: [
        {
          when: is('network.mailReachableFromJira', false),
          because: 'The Jira node cannot reach the mail server on {{var:mailPorts}}.',
          weight: 3,
          source: a001('Root Cause 7'),
        },
      ],
      likelyWhen: [
        hint('mail-read-timeout', 'The mail connection timed out; a firewall in the way is one reason.', 'Root Cause 7', 1),
      ],
      ruledOutWhen: [
        {
          when: all(
            is('network.mailReachableFromJira', true),
            any(error('mail-imap-authenticate-failed'), error('mail-pop-authentication-failure'), error('mail-imap-not-connected'), error('mail-pop-protocol-error')),
          ),
          because:
            "The mail server answers on its port from the Jira node, and Jira's own logs show the server replying to Jira's sign-in, so the network path works. (A reachable port alone would not prove it: an open port is not the same as the protocol getting through.)",
          why: "The mail server's own answer to Jira's sign-in, in Jira's log, proves the protocol gets through end to end; the open port alone would not (the article says so about telnet).",
          source: a001('Root Cause 7'),
        },
      ],
      solutions: [
        {
          id: 'mail-oauth/open-firewall',
          title: 'Let Jira through to the mail provider',
          team: 'network-team',
          steps: [
            { text: 'Allow the Jira nodes to reach {{var:mailServer}} on {{var:mailPorts}}.' },
            { text: 'Allow the Jira nodes to reach the sign-in host {{var:signInHost}} over HTTPS (443) for the OAuth 2.0 tokens, and Jira\'s own base URL.' },
            {
              text: 'Check from a Jira node that the protocol gets through, not just the port: the command should print the server greeting (telnet alone proves too little).',
              code: ['openssl s_client -connect {{var:mailServer}}:{{var:mailTlsPort}} -crlf -quiet'],
            },
          ],
          source: a001('Solution for Root Cause 7'),
        },
      ],
      source: a001('Root Cause 7'),
    },
    {
      id: 'mail-oauth/single-tenant',
      title: 'Single-tenant Azure app with the default /common endpoints',
      summary:
        "Jira's default Authorization and Token endpoints use Microsoft's shared /common address, which only multi-tenant apps accept. With a single-tenant app the authorization step fails.",
      prior: 0.3,
      after: [
        { cause: 'mail-oauth/oauth-unsupported-version', note: 'After the upgrade to a version with OAuth 2.0 for mail:' },
        {
          cause: 'mail-oauth/gov-cloud',
          note: 'After the upgrade (or with the workaround):',
          when: all(jsmHandler, jsmGovUnsupported),
        },
      ],
      confirmedWhen: [
        {
          when: all(
            is('azure.accountType', 'single-tenant'),
            any(
              ...(['oauth.authorizeEndpoint', 'oauth.tokenEndpoint'] as const).flatMap((fact) =>
                (['common', 'organizations', 'consumers'] as const).map((tenant): Condition => ({ kind: 'endpointTenant', fact, tenant })),
              ),
            ),
          ),
          because: 'The app registration is single-tenant, but Jira signs in through a shared endpoint ({{detail}}); a single-tenant app accepts only endpoints that name its tenant.',
          weight: 3,
          source: a001('Root Cause 8'),
        },
        {
          when: error('aadsts-50194'),
          because: 'Microsoft answered AADSTS50194: the app is not multi-tenant and the /common endpoint is not allowed for it.',
          weight: 3,
          source: facts('§4.2'),
        },
      ],
      likelyWhen: [
        {
          when: all(is('azure.accountType', 'single-tenant'), not(knownFact('oauth.authorizeEndpoint'))),
          because: "The app registration is single-tenant, and Jira's default endpoints use /common, which a single-tenant app refuses. Check the two endpoints.",
          weight: 2,
          source: a001('Root Cause 8'),
        },
        hint('mail-oauth-test-connection-failed', 'The OAuth 2.0 integration test failed; a single-tenant app with the default endpoints is a usual reason.', 'Root Cause 8', 0.5),
        hint('aadsts-700016', 'Microsoft did not find the app in the tenant the endpoints name: check the tenant id in both endpoints.', 'Solution for Root Cause 8', 0.5),
        hint('aadsts-90002', 'Microsoft did not find the tenant named in the endpoints: check the tenant id.', 'Solution for Root Cause 8', 0.5),
      ],
      ruledOutWhen: [
        {
          when: graph,
          because: 'The handler reads mail through Microsoft Graph with client credentials, where Atlassian asks for a single-tenant app: single-tenant is right here.',
          why: 'Atlassian\'s Graph guide registers the app as single-tenant; the /common endpoint problem belongs to the IMAP and POP sign-in.',
          source: GRAPH_KB,
        },
        {
          when: is('azure.accountType', 'multi-tenant'),
          because: 'The app registration is multi-tenant, so the shared /common endpoints work.',
          why: 'The app\'s supported account types were read in Azure; a multi-tenant app accepts the shared endpoints, which is all this cause is about.',
          source: a001('Root Cause 8'),
        },
        {
          when: all(
            { kind: 'endpointTenant', fact: 'oauth.authorizeEndpoint', tenant: 'specific' },
            { kind: 'endpointTenant', fact: 'oauth.tokenEndpoint', tenant: 'specific' },
          ),
          because: 'Both endpoints already name a specific tenant ({{detail}}).',
          why: 'The cause is the shared /common endpoint with a single-tenant app; both endpoints were read and name a tenant.',
          source: a001('Solution for Root Cause 8'),
        },
        onlyMicrosoft('Root Cause 8'),
      ],
      solutions: [
        {
          id: 'mail-oauth/make-app-multi-tenant',
          title: 'If your organization allows it: make the app multi-tenant',
          team: 'azure-admin',
          steps: [
            {
              text: 'In the Azure portal, open App registrations > the app Jira uses > Authentication, and set "Supported account types" to accounts in any organizational directory (multitenant) and personal Microsoft accounts. Or register a new app with that account type.',
            },
            { text: 'If you registered a new app, put its client id and secret into the Microsoft integration under {{var:oauthMenuPath}}.' },
            { text: 'Then authorize the mailbox again in {{var:incomingMailPath}}.' },
          ],
          source: a001('Solution for Root Cause 8'),
        },
        {
          id: 'mail-oauth/tenant-endpoints',
          title: 'If only single-tenant apps are allowed: point Jira at your tenant',
          team: 'jira-admin',
          steps: [
            { text: 'Ask the Azure admin for the tenant id: Azure portal > Microsoft Entra ID (or the app registration) > Overview > "Directory (tenant) ID".' },
            {
              text: 'In {{var:oauthMenuPath}}, edit the Microsoft integration and replace the two endpoints, putting the tenant id in place of <TENANT_ID>:',
              code: ['{{var:tenantAuthorizeEndpoint}}', '{{var:tenantTokenEndpoint}}'],
            },
            {
              text: 'GCC High and DoD tenants sign in at login.microsoftonline.us, not login.microsoftonline.com: use that host in both endpoints.',
              when: not(knownFact('microsoft.cloud')),
            },
            { text: 'Generate a new value for the Redirect URL field (Jira asks for it before it saves the changed endpoints), copy it and save.' },
            {
              text: 'Ask the Azure admin to put the new Redirect URL into the app: App registrations > the app > Authentication > Platform configurations > Redirect URIs, then save.',
            },
            { text: 'Then authorize the mailbox again in {{var:incomingMailPath}}.' },
          ],
          notes: ['For GCC High and DoD, use login.microsoftonline.us in both endpoints: login.microsoftonline.com, which Atlassian\'s article shows, serves the worldwide cloud (GCC included).'],
          source: a001('Solution for Root Cause 8'),
        },
      ],
      source: a001('Root Cause 8'),
    },
    {
      id: 'mail-oauth/gov-cloud',
      title: 'US Government GCC High or DoD mailbox not set up the way it must be',
      summary:
        'GCC High and DoD mailboxes live in a separate Microsoft cloud: the Jira mail handler supports them from Jira 8.10.0 with the host outlook.office365.us, and the JSM email channel only from JSM 4.22.0 (Data Center licence) or 4.22.2 (Server licence).',
      prior: 0.1,
      confirmedWhen: [
        {
          when: all(govCloud, notJsmHandler, not({ kind: 'textMatches', fact: 'mail.host', pattern: '^outlook\\.office365\\.us\\.?$' })),
          because: 'The mailbox is in the {{var:cloudName}} cloud, but the mail server entry uses the host {{fact:mail.host}} instead of outlook.office365.us.',
          weight: 3,
          source: a001('Root Cause 9'),
        },
        {
          when: all(govCloud, notJsmHandler, below('jira.version', '8.10.0')),
          because: 'Jira {{fact:jira.version}} is older than 8.10.0, the first version whose mail handlers support {{var:cloudName}} mailboxes.',
          weight: 3,
          source: a001('Root Cause 9'),
        },
        {
          when: all(govCloud, jsmHandler, below('jsm.version', '4.22.0')),
          because: 'JSM {{fact:jsm.version}} does not support GCC High or DoD mailboxes in email channels; that came with JSM 4.22.0 (JSDSERVER-6998).',
          weight: 3,
          source: a001('Root Cause 9'),
        },
        {
          when: all(govCloud, jsmHandler, is('jira.license', 'server'), below('jsm.version', '4.22.2')),
          because: 'With a Server licence, JSM supports GCC High and DoD mailboxes only from 4.22.2; this is JSM {{fact:jsm.version}}.',
          weight: 3,
          source: a001('Root Cause 9'),
        },
      ],
      likelyWhen: [
        {
          when: all(govCloud, any({ kind: 'endpointWrongCloud', fact: 'oauth.authorizeEndpoint' }, { kind: 'endpointWrongCloud', fact: 'oauth.tokenEndpoint' })),
          because: 'The mailbox is in the {{var:cloudName}} cloud, but an endpoint in Jira signs in elsewhere ({{detail}}); US Government accounts sign in at login.microsoftonline.us.',
          weight: 2,
          source: facts('§4.2'),
        },
        hint('aadsts-700016', 'Microsoft did not find the app where Jira signed in; an app registered in the other Microsoft cloud is one reason.', 'Root Cause 9', 0.5),
        hint('aadsts-90002', 'Microsoft did not find the tenant; signing in to the wrong cloud is one reason.', 'Root Cause 9', 0.5),
      ],
      ruledOutWhen: [
        {
          when: worldwideCloud,
          because: "The mailbox is in Microsoft's worldwide cloud (GCC included), not in GCC High or DoD.",
          why: 'The cause exists only for GCC High and DoD mailboxes; the plan family decides it.',
          source: a001('Root Cause 9'),
        },
        {
          when: all(
            govCloud,
            notJsmHandler,
            atLeast('jira.version', '8.10.0'),
            { kind: 'textMatches', fact: 'mail.host', pattern: '^outlook\\.office365\\.us\\.?$' },
            endpointsNotKnownWrongCloud,
          ),
          because: 'Jira {{fact:jira.version}} supports {{var:cloudName}} mailboxes in its mail handlers (8.10.0 and later), and the mail server uses the host outlook.office365.us.',
          why: 'Every requirement the article names for this case was checked: the version, the host, and no endpoint that signs in to the other cloud.',
          source: a001('Root Cause 9'),
        },
        {
          when: all(govCloud, jsmHandler, jsmGovSupported, endpointsNotKnownWrongCloud),
          because: 'JSM {{fact:jsm.version}} supports {{var:cloudName}} mailboxes in email channels with this licence (4.22.0 with Data Center, 4.22.2 with Server).',
          why: 'The version boundary for this licence is met and no endpoint signs in to the other cloud, which is what the article asks for.',
          source: a001('Root Cause 9'),
        },
        onlyMicrosoft('Root Cause 9'),
      ],
      solutions: [
        {
          id: 'mail-oauth/gov-cloud-setup',
          title: 'Set the mail handler up for the US Government cloud',
          team: 'jira-admin',
          when: not(all(jsmHandler, jsmGovUnsupported)),
          steps: [
            { text: `In ${INCOMING_MAIL_MENU}, set the Host name of the mail server to outlook.office365.us.`, when: not(jsmHandler) },
            { text: 'Use the US Government scopes in the Microsoft integration under {{var:oauthMenuPath}}:', code: [GOV_SCOPES] },
            {
              text: 'Use endpoints at login.microsoftonline.us:',
              code: ['https://login.microsoftonline.us/<TENANT_ID>/oauth2/v2.0/authorize', 'https://login.microsoftonline.us/<TENANT_ID>/oauth2/v2.0/token'],
            },
            {
              text: 'Jira 8.22 and later (JSM 4.22 and later): create the integration under ⚙ > Applications > Application links as an External application, Outgoing, with the provider Custom (not Microsoft), and enter the endpoints, scopes, client id and secret yourself.',
              when: not(below('jira.version', '8.22.0')),
            },
            { text: "Follow Atlassian's guide for configuring a US Government DoD or GCC High account with a Jira or JSM mail handler, then authorize the mailbox again." },
          ],
          notes: [
            "The US Government sign-in host (login.microsoftonline.us) comes from Microsoft's national-cloud documentation; Atlassian's article refers to a separate Atlassian guide for the rest.",
            'The Custom provider for GCC High and DoD comes from Atlassian\'s "Detailed steps to configure OAuth 2.0 integration with Microsoft Azure" (https://support.atlassian.com/jira/kb/detailed-steps-to-configure-oauth-20-integration-with-microsoft-azure).',
          ],
          source: a001('Solution for Root Cause 9'),
        },
        {
          id: 'mail-oauth/gov-cloud-upgrade-jsm',
          title: 'Upgrade JSM to a version that supports GCC High and DoD',
          team: 'jira-admin',
          when: all(jsmHandler, jsmGovUnsupported),
          steps: [
            { text: 'Upgrade JSM to 4.22.0 or later with a Data Center licence, or to 4.22.2 or later with a Server licence (JSDSERVER-6998). This is the supported way.' },
            { text: 'Then set the email channel up again with the US Government scopes and endpoints.' },
          ],
          source: a001('Solution for Root Cause 9'),
        },
        {
          id: 'mail-oauth/gov-cloud-hosts-file',
          title: 'Until the upgrade: point outlook.office365.com at the US Government service (workaround)',
          team: 'network-team',
          when: all(jsmHandler, jsmGovUnsupported),
          steps: [
            {
              text: 'On every Jira node, add this line to the hosts file (/etc/hosts on Linux, C:\\Windows\\System32\\drivers\\etc\\hosts on Windows):',
              code: ['40.66.16.130 outlook.office365.com'],
            },
            { text: 'Remove the line again after upgrading JSM.' },
          ],
          notes: [
            'Not supported by Atlassian. A fixed address in the hosts file takes away Microsoft\'s automatic failover: if that address has an outage, mail stops until the line is changed.',
          ],
          source: a001('Solution for Root Cause 9'),
        },
        {
          id: 'mail-oauth/gov-cloud-add-on',
          title: 'Until the upgrade: use a third-party mail add-on',
          team: 'jira-admin',
          when: all(jsmHandler, jsmGovUnsupported),
          steps: [{ text: 'The paid add-on "Email This Issue" can connect GCC High and DoD mailboxes with OAuth 2.0. It is not supported by Atlassian.' }],
          source: a001('Solution for Root Cause 9'),
        },
      ],
      source: a001('Root Cause 9'),
    },
    {
      id: 'mail-oauth/pop-unsupported',
      title: 'POP with OAuth 2.0: unsupported in this Jira version, or the two-line format is off',
      summary:
        'The Jira mail handler can read POP mailboxes with OAuth 2.0 from 8.5.12 (8.5.x), 8.13.4 (8.13.x) and 8.15.0 on (JRASERVER-72033), and only with "Use two line authentication format" ticked. Otherwise the test fails with "Protocol error. Connection is closed. 10".',
      prior: 0.15,
      confirmedWhen: [
        {
          when: all(pop, notJsmHandler, below('jira.version', '8.15.0', POP_OAUTH_LINES)),
          because:
            'Jira {{fact:jira.version}} cannot read POP mailboxes with OAuth 2.0: {{detail}}. POP with OAuth 2.0 came with 8.5.12 on 8.5.x, 8.13.4 on 8.13.x and 8.15.0 (JRASERVER-72033).',
          weight: 3,
          source: a001('Root Cause 10'),
        },
        {
          when: all(pop, notJsmHandler, is('pop.twoLineAuth', false)),
          because: '"Use two line authentication format" is not ticked on the POP mail server; Microsoft refuses the one-line OAuth 2.0 login.',
          weight: 3,
          source: a001('Root Cause 10'),
        },
      ],
      likelyWhen: [
        hint('mail-pop-protocol-error', 'The connection test answered "Protocol error. Connection is closed. 10", the error of exactly this cause.', 'Root Cause 10', 3),
      ],
      ruledOutWhen: [
        {
          when: graph,
          because: 'The handler reads mail through Microsoft Graph; this cause concerns POP only.',
          why: 'Both halves of the cause concern POP sign-ins only.',
          source: GRAPH_KB,
        },
        {
          when: imap,
          because: 'The mail server entry uses IMAP; this cause concerns POP only.',
          why: 'Both halves of this cause (the version and the two-line option) concern POP sign-ins only.',
          source: a001('Root Cause 10'),
        },
        {
          when: all(pop, notJsmHandler, atLeast('jira.version', '8.15.0', POP_OAUTH_LINES), is('pop.twoLineAuth', true)),
          because: 'Jira {{fact:jira.version}} supports POP with OAuth 2.0, and "Use two line authentication format" is ticked.',
          why: 'Both halves of the cause were checked: the version is at or past the release line\'s fix, and the option is ticked.',
          source: a001('Solution for Root Cause 10'),
        },
      ],
      solutions: [
        {
          id: 'mail-oauth/fix-pop-oauth',
          title: 'Make POP with OAuth 2.0 work',
          team: 'jira-admin',
          steps: [
            {
              text: 'Run a Jira version that supports it: 8.5.12 or later on 8.5.x, 8.13.4 or later on 8.13.x, or 8.15.0 and later (8.6 to 8.12 and 8.14.x do not). Or switch the mail server entry to IMAP.',
              when: not(atLeast('jira.version', '8.15.0', POP_OAUTH_LINES)),
            },
            {
              text: 'After an upgrade, the OAuth 2.0 integration is under {{var:oauthMenuPathAfterUpgrade}}.',
              when: not(atLeast('jira.version', '8.15.0', POP_OAUTH_LINES)),
            },
            {
              text: `In ${INCOMING_MAIL_MENU}, edit the POP mail server, choose the service provider "Microsoft Exchange Online / Outlook (IMAP)" (POP has no entry of its own), and tick "Use two line authentication format".`,
            },
            { text: 'Save and click Test Connection.' },
          ],
          source: a001('Solution for Root Cause 10'),
        },
      ],
      source: a001('Root Cause 10'),
    },
    {
      id: 'mail-oauth/cached-credentials',
      title: 'The browser signed in to Microsoft as the wrong account',
      summary:
        'During the authorization the browser may reuse a Microsoft account it remembers. The authorization then succeeds for the wrong user, and the connection or handler test fails if that user may not use the mailbox.',
      prior: 0.15,
      confirmedWhen: [
        {
          when: is('oauth.authorizedAsExpectedUser', false),
          because: 'The browser signed in to Microsoft as another account than the intended one.',
          weight: 3,
          source: a001('Root Cause 11'),
        },
      ],
      likelyWhen: [
        hint('mail-imap-not-connected', 'Exchange accepted the sign-in but would not open the mailbox; a token of the wrong account does this.', 'Root Cause 11', 1),
        hint('aadsts-50020', 'Microsoft says the account that signed in belongs to another tenant.', 'Root Cause 11', 1),
        hint('mail-imap-authenticate-failed', 'The mail server refused the sign-in; a token of the wrong account is one reason.', 'Root Cause 11', 0.3),
      ],
      ruledOutWhen: [
        {
          when: graph,
          because: 'The handler reads mail through Microsoft Graph with client credentials: no browser signs in, so no remembered account can be used.',
          why: 'The client-credentials grant has no sign-in page.',
          source: GRAPH_KB,
        },
        {
          when: is('oauth.authorizedAsExpectedUser', true),
          because: 'The browser signed in to Microsoft as the intended account.',
          why: 'The account shown on Microsoft\'s sign-in page during the authorization was watched; the cause is exactly a different account signing in.',
          source: a001('Root Cause 11'),
        },
        onlyMicrosoft('Root Cause 11'),
      ],
      solutions: [
        {
          id: 'mail-oauth/authorize-fresh-browser',
          title: 'Authorize again without remembered accounts',
          team: 'jira-admin',
          steps: [
            { text: 'Open Jira in a private (incognito) window, or clear the browser cache, or use another browser.' },
            { text: 'Authorize the mailbox again in {{var:incomingMailPath}}; on the Microsoft sign-in page make sure the intended account is the one signing in ("Use another account" if another is offered).' },
          ],
          source: a001('Solution for Root Cause 11'),
        },
      ],
      source: a001('Root Cause 11'),
    },
    {
      id: 'mail-oauth/multichannel-beta',
      title: 'The JSM 4.18 beta of multiple email channels',
      summary:
        'JSM 4.18 shipped an unfinished beta of multiple email channels per project, behind the dark feature sd.multi.incoming.email.support.enabled. With it, the second channel that uses OAuth 2.0 fails ("Failed" status, "OAuth token not defined for connection"). JSM 4.22.0 brought the finished feature.',
      prior: 0.05,
      confirmedWhen: [
        {
          when: all(is('jsm.multiChannelBeta', true), { kind: 'numberAtLeast', fact: 'jsm.oauthChannelCount', value: 2 }, jsmBetaVersionOrUnknown, maybeJsmHandler),
          because: 'The multi-channel beta is on and {{fact:jsm.oauthChannelCount}} email channels use OAuth 2.0; the beta cannot set up a second OAuth 2.0 channel.',
          weight: 3,
          source: a001('Root Cause 12'),
        },
      ],
      likelyWhen: [
        {
          when: all(is('jsm.multiChannelBeta', true), error('mail-oauth-token-not-defined')),
          because: 'The multi-channel beta is on and JSM reports "OAuth token not defined for connection", its known failure.',
          weight: 2,
          source: a001('Root Cause 12'),
        },
        hint(
          'mail-oauth-token-not-defined',
          'JSM reports "OAuth token not defined for connection", the error Atlassian shows for a second OAuth 2.0 channel under the JSM 4.18 multi-channel beta (among other causes).',
          'Root Cause 12',
          0.5,
        ),
      ],
      ruledOutWhen: [
        {
          when: jiraHandler,
          because: 'The failing handler is a Jira mail handler; the beta concerns JSM email channels.',
          why: 'The beta exists only in JSM email channels.',
          source: a001('Root Cause 12'),
        },
        {
          when: atLeast('jsm.version', '4.22.0'),
          because: 'JSM {{fact:jsm.version}} has the finished multi-channel feature, which does not have this problem.',
          why: 'The article says the final feature of 4.22.0 does not show this problem; the version proves it is the final feature.',
          source: a001('Root Cause 12'),
        },
        {
          when: below('jsm.version', '4.18.0'),
          because: 'JSM {{fact:jsm.version}} predates the beta (it came with 4.18).',
          why: 'The beta came with JSM 4.18; an older JSM does not have it.',
          source: a001('Root Cause 12'),
        },
        {
          when: is('jsm.multiChannelBeta', false),
          because: 'The multi-channel beta is not switched on.',
          why: 'The beta is behind a dark feature; the list of enabled dark features was read and it is not there.',
          source: a001('Root Cause 12'),
        },
        {
          when: not({ kind: 'numberAtLeast', fact: 'jsm.oauthChannelCount', value: 2 }),
          because: 'Fewer than two email channels use OAuth 2.0 ({{fact:jsm.oauthChannelCount}}); the beta fails only from the second one.',
          why: 'The article\'s failure is the second OAuth 2.0 channel; with fewer than two there is no second one.',
          source: a001('Root Cause 12'),
        },
      ],
      solutions: [
        {
          id: 'mail-oauth/upgrade-jsm-multichannel',
          title: 'Upgrade JSM to 4.22.0 or later for multiple email channels',
          team: 'jira-admin',
          steps: [
            { text: 'Upgrade JSM to 4.22.0 or later, which has the finished multi-channel feature.' },
            { text: 'Until then, keep OAuth 2.0 on a single email channel per project.' },
          ],
          source: a001('Solution for Root Cause 12'),
        },
      ],
      source: a001('Root Cause 12'),
    },
    {
      id: 'mail-oauth/stickiness',
      title: 'The load balancer moves the admin to another node during the authorization',
      summary:
        "On a Jira Data Center cluster the whole authorization must happen on one node. If the load balancer has no session stickiness, or sends the browser's REST calls to a dedicated REST node, the node that finishes the authorization knows nothing of it and the setup fails.",
      prior: 0.15,
      confirmedWhen: [
        {
          when: all(is('lb.sticky', false), maybeClustered, maybeDataCenter),
          because: "The load balancer does not keep a user's session on one node, so the browser can land on another node in the middle of the authorization.",
          weight: 3,
          source: a001('Root Cause 13'),
        },
        {
          when: all(is('lb.restPinnedToNode', true), is('lb.internalRestKeptOnUserNode', false), maybeClustered, maybeDataCenter),
          because: "The load balancer sends all REST calls to a dedicated node, including the browser's own calls during the authorization, which belong on the user's node.",
          weight: 3,
          source: a001('Root Cause 13'),
        },
      ],
      likelyWhen: [],
      ruledOutWhen: [
        {
          when: is('jira.clustered', false),
          because: 'Jira runs on a single node, so there is no other node to be moved to.',
          why: 'The cause needs a second node to land on; a single node has none.',
          source: a001('Root Cause 13'),
        },
        {
          when: is('jira.license', 'server'),
          because: 'A Server licence runs Jira on one node only; this cause needs a Data Center cluster.',
          why: 'Only Data Center runs as a cluster; a Server licence always means one node.',
          source: a001('Root Cause 13'),
        },
        {
          when: all(is('lb.sticky', true), any(is('lb.restPinnedToNode', false), is('lb.internalRestKeptOnUserNode', true))),
          because: "Sessions stay on their node, and the browser's REST calls are not moved to another one.",
          why: 'Both of the article\'s reasons were checked. A HAR recording that shows another node after the sign-in would still overrule this.',
          source: a001('Root Cause 13'),
        },
      ],
      solutions: [
        {
          id: 'mail-oauth/fix-lb-affinity',
          title: "Keep each user's session, REST calls included, on one node",
          team: 'load-balancer-team',
          steps: [
            { text: "Turn on session stickiness (cookie-based affinity) as in Atlassian's \"Jira Data Center load balancer examples\"." },
            {
              text: "If REST traffic goes to a dedicated node, send only external REST clients there; calls from a signed-in browser session must stay on the user's node (Atlassian's \"Traffic distribution with Atlassian Data Center\").",
              when: not(is('lb.restPinnedToNode', false)),
            },
            {
              text: 'Check it: record a HAR file while authorizing the mailbox and make sure the X-ANODEID response header names the same node in every request.',
            },
          ],
          source: a001('Solution for Root Cause 13'),
        },
      ],
      source: a001('Root Cause 13'),
    },
    {
      id: 'mail-oauth/secret-expired',
      title: "The Azure app's client secret has expired",
      summary:
        'The app registration that Jira uses has a client secret with an expiry date. From that day on Jira cannot renew its tokens and the mail handler stops pulling mail. Jira shows AADSTS7000222; JSM shows "OAuth token not defined for connection" instead.',
      prior: 0.3,
      confirmedWhen: [
        {
          when: all({ kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today' }, secretIsJiras, maybeMicrosoft),
          because: 'The client secret Jira uses expired on {{fact:azure.secretExpiresOn}} ({{detail}}).',
          weight: 3,
          source: a001('Root Cause 14'),
        },
        {
          when: error('aadsts-7000222'),
          because: 'Microsoft answered AADSTS7000222: the client secret has expired.',
          weight: 3,
          source: facts('§4.2'),
        },
        {
          when: is('azure.secretExpired', true),
          because: 'Microsoft refused a token for the client secret as expired.',
          weight: 3,
          source: a001('Root Cause 14'),
        },
      ],
      likelyWhen: [
        {
          when: all({ kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today', days: 1 }, not({ kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today' })),
          because: 'The client secret expires today ({{fact:azure.secretExpiresOn}}); it may already have stopped working.',
          weight: 2,
          source: a001('Root Cause 14'),
        },
        {
          when: all(not(jiraHandler), error('mail-oauth-token-not-defined')),
          because: 'JSM reports "OAuth token not defined for connection", which is what JSM shows for an expired client secret.',
          weight: 0.5,
          source: facts('§3.4'),
        },
        {
          when: all(is('mail.workedBefore', true), maybeMicrosoft),
          because:
            'The handler fetched mail before and then stopped. A client secret that ran out does exactly that, while a mistake in the setup would have stopped it from the start.',
          weight: 1,
          source: a001('Root Cause 14'),
        },
        {
          when: all({ kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today' }, secretNotKnownJiras, maybeMicrosoft),
          because:
            'A client secret of the app expired on {{fact:azure.secretExpiresOn}} ({{detail}}). Check that it is the one Jira uses (its hint or Secret ID): the app may hold other secrets.',
          weight: 2,
          source: a001('Root Cause 14'),
        },
      ],
      ruledOutWhen: [
        {
          when: all(not({ kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today', days: 30 }), secretIsJiras),
          because: 'The client secret Jira uses is valid until {{fact:azure.secretExpiresOn}}.',
          why: "An app registration can hold several secrets. The date belongs to the one Jira uses (matched by its hint or Secret ID), so Jira's secret has not run out.",
          source: a001('Root Cause 14'),
        },
        {
          when: all(
            { kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today', days: 30 },
            not({ kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today', days: 1 }),
            secretIsJiras,
          ),
          because:
            'The client secret Jira uses is still valid, so it is not the cause today, but it expires on {{fact:azure.secretExpiresOn}}, within 30 days: create a new one before then.',
          why: "The date belongs to the secret Jira uses (matched by its hint or Secret ID), and that date is still ahead.",
          source: a001('Root Cause 14'),
        },
        {
          when: all(is('azure.secretExpired', false), not(error('aadsts-7000222'))),
          because: 'Microsoft issued a token with the client secret that was tested; if Jira holds the same secret, it has not expired.',
          why: 'A token issued for the secret is Microsoft\'s own answer that the secret works; the rule says in words that it must be the secret Jira holds.',
          source: a001('Root Cause 14'),
        },
        onlyMicrosoft('Root Cause 14'),
      ],
      solutions: [
        {
          id: 'mail-oauth/new-client-secret',
          title: 'Create a new client secret',
          team: 'azure-admin',
          steps: [
            { text: 'Azure portal > App registrations > the app Jira uses > Certificates & secrets > Client secrets > New client secret; choose an expiry date.' },
            { text: 'Copy the Value column right away (it is shown only once). The Secret ID is not the secret: Microsoft answers AADSTS7000215 if it is used.' },
            { text: 'Hand the value to the Jira admin over a safe channel, and note the expiry date so the secret is renewed before it runs out.' },
          ],
          source: a001('Solution for Root Cause 14'),
        },
        {
          id: 'mail-oauth/update-client-secret',
          title: 'Put the new client secret into Jira',
          team: 'jira-admin',
          steps: [
            { text: 'In {{var:oauthMenuPath}}, edit the Microsoft integration, paste the new client secret and save.' },
            { text: 'Authorize the mailbox again in {{var:incomingMailPath}} and run the connection test.' },
          ],
          source: a001('Solution for Root Cause 14'),
        },
      ],
      source: a001('Root Cause 14'),
    },
    {
      id: 'mail-oauth/inbox-flooded',
      title: 'The inbox is flooded with messages',
      summary: 'When the inbox keeps filling with a very large number of messages (such as delivery-failure mails), the connection test of the mail handler can fail.',
      prior: 0.1,
      confirmedWhen: [],
      likelyWhen: [
        {
          when: is('mailbox.flooded', true),
          because: 'The inbox is continuously flooded with messages, which can make the connection test fail.',
          weight: 2,
          source: a001('Root Cause 15'),
        },
        hint('mail-read-timeout', 'The mail connection timed out; a flooded inbox is one reason.', 'Root Cause 15', 0.5),
        {
          when: { kind: 'numberAtLeast', fact: 'mailbox.messageCount', value: FLOODED_INBOX_MESSAGES },
          because: 'The inbox holds {{fact:mailbox.messageCount}} messages: from 100,000 in one folder, Exchange is known to open the folder slowly.',
          weight: 1.5,
          source: a001('Root Cause 15'),
        },
      ],
      ruledOutWhen: [
        {
          when: is('mailbox.flooded', false),
          because: 'The inbox holds a normal amount of mail.',
          why: 'The cause is a continuous flood of messages; the inbox was looked at and holds a normal amount.',
          source: a001('Root Cause 15'),
        },
      ],
      solutions: [
        {
          id: 'mail-oauth/empty-inbox',
          title: 'Empty the inbox, authorize, then bring the mail back in batches',
          team: 'm365-exchange-admin',
          steps: [
            { text: 'Delete the flood of messages, or move everything from the inbox to a temporary subfolder so the inbox is empty.' },
            { text: 'Have the Jira admin authorize the mail server again in {{var:incomingMailPath}} and run the connection test.' },
            { text: 'Once both succeed, move the unprocessed messages back to the inbox in batches, letting the handler process each batch.' },
            { text: 'Find and stop what floods the inbox (for example a bounce loop), or it fills up again.' },
          ],
          source: a001('Solution for Root Cause 15'),
        },
      ],
      source: a001('Root Cause 15'),
    },
    {
      id: 'mail-oauth/proxy',
      title: 'An outbound proxy blocks Jira from the mail provider',
      summary:
        "When Jira's JVM is set to use an outbound proxy (-Dhttp.proxyHost, -Dhttps.proxyHost), a proxy that does not let the calls through stops Jira from getting the OAuth 2.0 token, and the authorization fails.",
      prior: 0.15,
      confirmedWhen: [],
      likelyWhen: [
        {
          when: all(proxyHost('https.proxyHost'), not(proxyBypassedForMail)),
          because: "Jira's JVM sends HTTPS through an outbound proxy ({{detail}}), which includes the token request to {{var:signInHost}}.",
          weight: 2,
          source: a001('Root Cause 16'),
        },
        {
          when: all(proxyHost('http.proxyHost'), not(proxyBypassedForMail)),
          because: "Jira's JVM is set to use an outbound proxy ({{detail}}).",
          weight: 1,
          source: a001('Root Cause 16'),
        },
        {
          when: all(anyProxy, jvm('https.nonProxyHosts')),
          because:
            'The JVM arguments also set -Dhttps.nonProxyHosts, which Java ignores: only http.nonProxyHosts exists (it covers HTTPS too). The hosts listed in it still go through the proxy.',
          weight: 1,
          source: facts('§6'),
        },
        hint('mail-read-timeout', 'The mail connection timed out; a proxy in the way is one reason.', 'Root Cause 16', 0.5),
        hint('mail-oauth-test-connection-failed', 'The OAuth 2.0 integration test failed; a proxy that blocks the token request is one reason.', 'Root Cause 16', 0.3),
      ],
      ruledOutWhen: [
        {
          when: all(
            not(proxyHost('http.proxyHost')),
            not(proxyHost('https.proxyHost')),
            not(proxyHost('socksProxyHost')),
            not(jvm('java.net.useSystemProxies', '^true$')),
          ),
          because: "Jira's JVM arguments set no outbound proxy.",
          why: 'Every way Java picks an outbound proxy (http.proxyHost, https.proxyHost, socksProxyHost, java.net.useSystemProxies) was read from the JVM arguments, in whatever form they were pasted, and none is set.',
          source: a001('Root Cause 16'),
        },
        {
          when: all(anyProxy, not(proxyHost('socksProxyHost')), not(jvm('java.net.useSystemProxies', '^true$')), proxyBypassedForMail),
          because:
            'Jira has an outbound proxy, but -Dhttp.nonProxyHosts already lets the sign-in host and the mail host past it ({{detail}}), so the proxy is not in the way of the mail connection.',
          why: 'Java sends HTTP and HTTPS to a host that matches http.nonProxyHosts directly, and IMAP and POP never use http(s).proxyHost; with both hosts listed, nothing of the mail setup goes through the proxy.',
          source: facts('§6'),
        },
      ],
      solutions: [
        {
          id: 'mail-oauth/mail-through-proxy',
          title: 'Option 1: send the mail connection through the proxy',
          team: 'jira-admin',
          steps: [
            {
              text: 'Add these JVM arguments (in <JIRA_INSTALL>/bin/setenv.sh or setenv.bat, JVM_SUPPORT_RECOMMENDED_ARGS), with your proxy\'s host and the port it listens on:',
              code: ['-Dmail.{{var:mailProxyProtocol}}.proxy.host=<proxy host> -Dmail.{{var:mailProxyProtocol}}.proxy.port=<proxy port>'],
            },
            { text: 'The protocol name is imaps for IMAP over TLS and pop3s for POP over TLS.', when: not(knownFact('mail.protocol')) },
            { text: 'Make sure the proxy also lets through HTTPS to {{var:signInHost}}, where Jira gets its tokens.' },
            { text: 'Restart Jira (every node) for the change to take effect.' },
          ],
          notes: [
            'The proxy must accept HTTP CONNECT to the mail server\'s port. The article\'s example uses port 993 for the proxy; the port to give is the one your proxy listens on (Jakarta Mail\'s default is 80).',
          ],
          source: a001('Solution for Root Cause 16'),
        },
        {
          id: 'mail-oauth/bypass-proxy',
          title: 'Option 2: let Jira reach the mail provider directly, past the proxy',
          team: 'jira-admin',
          steps: [
            {
              text: 'Add the mail provider and its sign-in host to http.nonProxyHosts, next to localhost and Jira\'s own host (hosts separated by |, * as wildcard):',
              code: ['-Dhttp.nonProxyHosts=localhost|<Jira host>|{{var:mailDomainPattern}}|{{var:signInHost}}'],
            },
            { text: 'If the JVM arguments contain -Dhttps.nonProxyHosts, remove it: it has no effect.' },
            { text: 'Restart Jira (every node) for the change to take effect.' },
          ],
          notes: [
            'Use -Dhttp.nonProxyHosts, which Java applies to HTTPS too; -Dhttps.nonProxyHosts, shown in Atlassian\'s article, does not exist in Java and is ignored.',
            'http(s).proxyHost only affects HTTP and HTTPS calls, such as the token request to {{var:signInHost}}; IMAP and POP connections never use it. So the sign-in host is the entry that matters for the OAuth 2.0 flow.',
          ],
          source: a001('Solution for Root Cause 16'),
        },
      ],
      source: a001('Root Cause 16'),
    },
    {
      id: 'mail-oauth/graph-admin-consent',
      title: "Microsoft Graph: the app's permissions have no admin consent",
      summary:
        "With Microsoft Graph and client credentials (Jira 9.17 and later, JSM email channels from 5.8.0), Jira reads mail with the app's own application permissions. They take effect only after an administrator grants consent for the organization.",
      prior: 0.3,
      confirmedWhen: [
        {
          when: all(is('azure.adminConsentGranted', false), maybeGraph, maybeMicrosoft),
          because: "No administrator has granted consent for the app's Microsoft Graph permissions, so Microsoft gives Jira no access to the mailbox.",
          weight: 3,
          source: GRAPH_KB,
        },
      ],
      likelyWhen: [
        {
          when: all(graph, error('aadsts-65001')),
          because: 'Microsoft answered AADSTS65001 (no consent) for an app that reads mail through Microsoft Graph.',
          weight: 2,
          source: ERROR_CODES_DOC,
        },
      ],
      ruledOutWhen: [
        {
          when: notGraph,
          because: 'The mail server entry uses {{var:protocolName}}, not Microsoft Graph; admin consent for Graph application permissions plays no part.',
          why: 'Only the Graph path reads mail with application permissions; IMAP and POP sign in as a user.',
          source: GRAPH_KB,
        },
        {
          when: is('azure.adminConsentGranted', true),
          because: "An administrator has granted consent for the app's permissions.",
          why: 'The Status column of the API permissions was read and shows the consent, which is all this cause is about.',
          source: GRAPH_KB,
        },
        onlyMicrosoft('Root Cause 1'),
      ],
      solutions: [
        {
          id: 'mail-oauth/grant-admin-consent',
          title: 'Grant admin consent for the app',
          team: 'azure-admin',
          steps: [
            { text: 'Azure portal > App registrations > the app Jira uses > API permissions.' },
            { text: 'Click "Grant admin consent for <organization>" and confirm; every permission should then show "Granted".', code: ['Grant admin consent'] },
            { text: 'Then test the mail handler again in {{var:incomingMailPath}}.' },
          ],
          source: GRAPH_KB,
        },
      ],
      source: GRAPH_KB,
    },
    {
      id: 'mail-oauth/graph-permission',
      title: 'Microsoft Graph: the app lacks the Mail.ReadWrite application permission',
      summary:
        'Reading mail through Microsoft Graph with client credentials needs application permissions (Mail.ReadWrite, User.Read.All, and Mail.ReadWrite.Shared where offered). Delegated permissions do not count: no user signs in.',
      prior: 0.3,
      confirmedWhen: [
        {
          when: all(is('azure.graphMailPermission', false), maybeGraph, maybeMicrosoft),
          because: 'The app does not have Mail.ReadWrite as a Microsoft Graph application permission.',
          weight: 3,
          source: GRAPH_KB,
        },
      ],
      likelyWhen: [],
      ruledOutWhen: [
        {
          when: notGraph,
          because: 'The mail server entry uses {{var:protocolName}}, not Microsoft Graph; its permissions are the IMAP or POP scopes instead.',
          why: 'Graph application permissions only matter on the Graph path.',
          source: GRAPH_KB,
        },
        {
          when: is('azure.graphMailPermission', true),
          because: 'The app has Mail.ReadWrite as a Microsoft Graph application permission.',
          why: "The app's API permissions were read and include the permission Atlassian's guide names.",
          source: GRAPH_KB,
        },
        onlyMicrosoft('Root Cause 1'),
      ],
      solutions: [
        {
          id: 'mail-oauth/add-graph-permissions',
          title: 'Give the app the Microsoft Graph application permissions',
          team: 'azure-admin',
          steps: [
            { text: 'Azure portal > App registrations > the app > API permissions > Add a permission > Microsoft Graph > Application permissions, and add:', code: ['Mail.ReadWrite', 'User.Read.All'] },
            { text: 'Add Mail.ReadWrite.Shared too if it is offered.' },
            { text: 'Grant admin consent for the organization, then test the mail handler again in {{var:incomingMailPath}}.' },
          ],
          source: GRAPH_KB,
        },
      ],
      source: GRAPH_KB,
    },
    {
      id: 'mail-oauth/graph-access-policy',
      title: 'An Exchange application access policy keeps the app out of this mailbox',
      summary:
        'Exchange Online can limit an app with Graph application permissions to a group of mailboxes (application access policies, now being replaced by role based access control for applications). A mailbox outside that group stays closed to Jira even with the right permissions and consent.',
      prior: 0.15,
      confirmedWhen: [
        {
          when: all(is('exchange.appAccessPolicyAllowsMailbox', false), maybeGraph, maybeMicrosoft),
          because: 'An Exchange application access policy leaves this mailbox out of the ones the app may open.',
          weight: 3,
          source: ACCESS_POLICY_DOC,
        },
      ],
      likelyWhen: [],
      ruledOutWhen: [
        {
          when: notGraph,
          because: 'The mail server entry uses {{var:protocolName}}; application access policies apply to apps that use Microsoft Graph, EWS or Outlook REST.',
          why: "Microsoft's page limits these policies to apps using those APIs; an IMAP or POP sign-in is not one of them.",
          source: ACCESS_POLICY_DOC,
        },
        {
          when: is('exchange.appAccessPolicyAllowsMailbox', true),
          because: 'No application access policy keeps the app out of this mailbox.',
          why: 'The policies were listed (or tested for this mailbox and app) and allow it.',
          source: ACCESS_POLICY_DOC,
        },
        onlyMicrosoft('Root Cause 3'),
      ],
      solutions: [
        {
          id: 'mail-oauth/allow-mailbox-in-policy',
          title: "Let the app open this mailbox",
          team: 'm365-exchange-admin',
          steps: [
            { text: 'In Exchange Online PowerShell, check what the policy allows for this mailbox and app:', code: ['Test-ApplicationAccessPolicy -Identity <mailbox address> -AppId <application (client) id>'] },
            { text: "Add the mailbox to the group the policy names (its PolicyScopeGroupId), or change the policy. Microsoft asks not to create new application access policies: where you set up new limits, use role based access control for applications in Exchange Online." },
            { text: 'Changes can take a while to apply; then test the mail handler again in {{var:incomingMailPath}}.' },
          ],
          source: ACCESS_POLICY_DOC,
        },
      ],
      source: ACCESS_POLICY_DOC,
    },
    {
      id: 'mail-oauth/graph-multi-tenant',
      title: 'Microsoft Graph: the app is multi-tenant, where Atlassian asks for single-tenant',
      summary:
        "For Graph mail with client credentials, Atlassian's guide registers the app for \"Accounts in this organizational directory only (Single tenant)\". Here single-tenant is the requirement, not a fault; a multi-tenant app is the deviation.",
      prior: 0.15,
      confirmedWhen: [],
      likelyWhen: [
        {
          when: all(is('azure.accountType', 'multi-tenant'), graph, maybeMicrosoft),
          because: "The app is multi-tenant, but Atlassian's guide for Graph mail with client credentials registers it as single-tenant in your own directory.",
          weight: 2,
          source: GRAPH_KB,
        },
      ],
      ruledOutWhen: [
        {
          when: notGraph,
          because: 'The mail server entry uses {{var:protocolName}}; the single-tenant requirement belongs to the Graph path.',
          why: 'On the IMAP and POP path the account type is judged by the other cause (single-tenant with the default endpoints).',
          source: GRAPH_KB,
        },
        {
          when: is('azure.accountType', 'single-tenant'),
          because: "The app is single-tenant, as Atlassian's Graph guide asks.",
          why: "The app's supported account types were read and match the guide.",
          source: GRAPH_KB,
        },
        onlyMicrosoft('Root Cause 8'),
      ],
      solutions: [
        {
          id: 'mail-oauth/graph-single-tenant-app',
          title: 'Register the app for your own directory only',
          team: 'azure-admin',
          steps: [
            { text: 'Register a new app with "Accounts in this organizational directory only (Single tenant)", give it the Graph application permissions and admin consent, and create a client secret.' },
            { text: "Hand the Jira admin the Application (client) ID, the Directory (tenant) ID and the secret's value." },
          ],
          source: GRAPH_KB,
        },
      ],
      source: GRAPH_KB,
    },
    {
      id: 'mail-oauth/redirect-uri-mismatch',
      title: "The app does not know Jira's Redirect URL (AADSTS50011)",
      summary:
        "After the Microsoft sign-in, Microsoft sends the browser back to Jira's Redirect URL, and only to addresses registered in the app. If the Redirect URL was not copied exactly, or Jira's Base URL changed since, Microsoft refuses with AADSTS50011.",
      prior: 0.25,
      confirmedWhen: [
        {
          when: error('aadsts-50011'),
          because: 'Microsoft answered AADSTS50011: the Redirect URL Jira sent is not among the redirect URIs of the app.',
          weight: 3,
          source: ERROR_CODES_DOC,
        },
        {
          when: all(is('azure.redirectUriMatches', false), maybeMicrosoft, maybeNotGraph),
          because: "Jira's Redirect URL is not registered exactly as a redirect URI of the app.",
          weight: 3,
          source: AZURE_STEPS_KB,
        },
      ],
      likelyWhen: [],
      ruledOutWhen: [
        {
          when: all(is('azure.redirectUriMatches', true), any(not(knownFact('errors')), not(error('aadsts-50011')))),
          because: "Jira's Redirect URL is registered exactly in the app.",
          why: 'Both places were compared and hold the same address; Microsoft compares them as text.',
          source: AZURE_STEPS_KB,
        },
        {
          when: graph,
          because: 'With Microsoft Graph and client credentials no browser signs in, so no Redirect URL is used.',
          why: 'The client-credentials grant has no redirect step.',
          source: GRAPH_KB,
        },
        onlyMicrosoft('Root Cause 8'),
      ],
      solutions: [
        {
          id: 'mail-oauth/register-redirect-url',
          title: "Register Jira's Redirect URL in the app",
          team: 'azure-admin',
          steps: [
            { text: 'Ask the Jira admin for the Redirect URL shown at the bottom of the integration in {{var:oauthMenuPath}}.' },
            { text: 'Azure portal > App registrations > the app > Authentication > Platform configurations > Web > Redirect URIs: add it exactly (same scheme, host, path and case) and save.' },
            { text: "If Jira's Base URL changed since the integration was created, generate the Redirect URL again in Jira first; it is built from the Base URL." },
            { text: 'Then authorize the mailbox again in {{var:incomingMailPath}}.' },
          ],
          source: AZURE_STEPS_KB,
        },
      ],
      source: ERROR_CODES_DOC,
    },
    {
      id: 'mail-oauth/base-url-https',
      title: "Jira's Base URL is not HTTPS, or not the address people use",
      summary:
        "Atlassian's OAuth 2.0 integrations need Jira served over HTTPS and a correctly set Base URL: the Redirect URL given to Microsoft is built from it. Over plain HTTP the integration cannot be set up.",
      prior: 0.2,
      confirmedWhen: [
        {
          when: all({ kind: 'textMatches', fact: 'jira.baseUrl', pattern: '^http://' }, maybeNotGraph),
          because: "Jira's Base URL is {{fact:jira.baseUrl}}, plain HTTP; OAuth 2.0 integrations need Jira to run over HTTPS.",
          weight: 3,
          source: HTTPS_DOC,
        },
      ],
      likelyWhen: [
        {
          when: all(error('aadsts-50011'), maybeNotGraph),
          because: "Microsoft refused the Redirect URL; a Base URL that is not the address people use (or not https) gives Jira a wrong Redirect URL.",
          weight: 0.5,
          source: HTTPS_DOC,
        },
      ],
      ruledOutWhen: [
        {
          when: all({ kind: 'textMatches', fact: 'jira.baseUrl', pattern: '^https://' }, notKnownFalse('azure.redirectUriMatches'), any(not(knownFact('errors')), not(error('aadsts-50011')))),
          because: "Jira's Base URL ({{fact:jira.baseUrl}}) uses HTTPS.",
          why: 'The requirement is HTTPS and a Base URL that matches the Redirect URL registered in the app; the Base URL is https and nothing shows a mismatch.',
          source: HTTPS_DOC,
        },
        {
          when: graph,
          because: 'With Microsoft Graph and client credentials Jira needs no Redirect URL; the Base URL plays no part in the sign-in.',
          why: 'The client-credentials grant has no redirect step built from the Base URL.',
          source: GRAPH_KB,
        },
      ],
      solutions: [
        {
          id: 'mail-oauth/serve-jira-over-https',
          title: 'Serve Jira over HTTPS with the right Base URL',
          team: 'jira-admin',
          steps: [
            { text: 'Serve Jira over HTTPS (directly or behind a reverse proxy that terminates TLS), with the proxy settings of Tomcat matching the public address.' },
            { text: 'Set ⚙ > System > General configuration > Base URL to the https address people use.' },
            { text: 'Generate the Redirect URL of the integration again in {{var:oauthMenuPath}}, register it in the app, and authorize the mailbox again.' },
          ],
          source: HTTPS_DOC,
        },
      ],
      source: HTTPS_DOC,
    },
    {
      id: 'mail-oauth/consent-not-granted',
      title: 'Nobody has consented to the app yet (AADSTS65001)',
      summary:
        'Before Jira may use the mailbox, the person who signs in, or an administrator for everyone, must consent to the permissions the app asks for. Where users may not consent themselves, Microsoft refuses with AADSTS65001 until an administrator does.',
      prior: 0.15,
      confirmedWhen: [
        {
          when: error('aadsts-65001'),
          because: 'Microsoft answered AADSTS65001: the user or administrator has not consented to the app.',
          weight: 3,
          source: ERROR_CODES_DOC,
        },
        {
          when: all(is('azure.adminConsentGranted', false), maybeNotGraph, maybeMicrosoft, error('mail-oauth-test-connection-failed')),
          because: 'No administrator has consented to the app, and the integration test failed.',
          weight: 2,
          source: ERROR_CODES_DOC,
        },
      ],
      likelyWhen: [],
      ruledOutWhen: [
        {
          when: all(is('azure.adminConsentGranted', true), any(not(knownFact('errors')), not(error('aadsts-65001')))),
          because: "An administrator has granted consent for the app's permissions.",
          why: 'Admin consent covers every user of the organization, so no sign-in waits for consent.',
          source: ERROR_CODES_DOC,
        },
        onlyMicrosoft('Root Cause 1'),
      ],
      solutions: [
        {
          id: 'mail-oauth/consent-to-app',
          title: 'Consent to the app',
          team: 'azure-admin',
          steps: [
            { text: 'Azure portal > App registrations > the app Jira uses > API permissions > "Grant admin consent for <organization>".' },
            { text: 'Or let the person who authorizes the mailbox accept the consent screen, if your organization lets users consent.' },
            { text: 'Then authorize the mailbox again in {{var:incomingMailPath}}.' },
          ],
          source: ERROR_CODES_DOC,
        },
      ],
      source: ERROR_CODES_DOC,
    },
    {
      id: 'mail-oauth/refresh-token-revoked',
      title: "Jira's stored authorization was revoked or expired (AADSTS50173, AADSTS700082)",
      summary:
        'Jira keeps a refresh token from the day the mailbox was authorized. A password change or an administrator can revoke it (AADSTS50173), and one unused for too long expires (AADSTS700082). From then on the handler fails until the mailbox is authorized again.',
      prior: 0.2,
      confirmedWhen: [
        {
          when: error('aadsts-refresh-token-expired'),
          because: 'Microsoft refused the refresh token Jira stored ({{detail}}).',
          weight: 3,
          source: ERROR_CODES_DOC,
        },
      ],
      likelyWhen: [
        {
          when: all(is('mailbox.passwordChangedSinceAuthorization', true), is('mail.workedBefore', true)),
          because: 'The handler worked, and the password of the account that authorized it changed since: a password change can revoke the authorization Jira stored.',
          weight: 2,
          source: ERROR_CODES_DOC,
        },
      ],
      ruledOutWhen: [
        {
          when: graph,
          because: 'With Microsoft Graph and client credentials Jira keeps no refresh token: it asks for a new token with the client secret each time.',
          why: 'The client-credentials grant issues no refresh token.',
          source: GRAPH_KB,
        },
        {
          when: all(is('mail.workedBefore', false), any(not(knownFact('errors')), not(error('aadsts-refresh-token-expired')))),
          because: 'The handler never worked, so there was no stored authorization to lose.',
          why: 'A revoked or expired refresh token needs an earlier authorization that worked.',
          source: ERROR_CODES_DOC,
        },
        onlyMicrosoft('Root Cause 14'),
      ],
      solutions: [
        {
          id: 'mail-oauth/authorize-again',
          title: 'Authorize the mailbox again',
          team: 'jira-admin',
          steps: [
            { text: 'In {{var:incomingMailPath}}, authorize the mailbox again, signed in to Microsoft as the intended account, and run the connection test.' },
            { text: 'A mailbox that is only read now and then can let the token expire from disuse; keep the handler running on its schedule.' },
          ],
          source: ERROR_CODES_DOC,
        },
      ],
      source: ERROR_CODES_DOC,
    },
  ],
  signatures: [
    {
      id: 'mail-oauth-token-not-defined',
      title: 'OAuth token not defined for the mail connection',
      pattern: 'OAuth token not defined for connection',
      seenIn: ['ui', MAIL_LOG],
      meaning:
        'JSM has no usable OAuth 2.0 token for the email channel. Seen with a mailbox without an "Inbox" folder, the second OAuth channel of the 4.18 beta, an expired client secret (JSM shows this instead of AADSTS7000222) and wrong scopes.',
      supports: ['mail-oauth/no-inbox-folder', 'mail-oauth/multichannel-beta', 'mail-oauth/secret-expired', 'mail-oauth/scopes'],
      // Only JSM's email processor (MailPullerWorker) reports this; Jira's own mail handlers do not.
      sets: { 'mail.handler': 'jsm' },
      example:
        '2022-10-12 08:02:36,237+0000 ERROR [] Caesium-1-3 ServiceRunner Exception when MailPullerWorker pulls emails: com.atlassian.jira.internal.mail.processor.errors.MailConnectionException: OAuth token not defined for connection. OAuth Authorisation required. at com.atlassian.jira.internal.mail.processor.feature.puller.MailPullerWorker.lambda$getMailServerPassword$2(MailPullerWorker.java:250)',
      source: facts('§3.4'),
    },
    {
      id: 'mail-inbox-not-opened',
      title: "Jira couldn't open the inbox",
      pattern: "couldn't open the folder '?inbox'?",
      flags: 'i',
      seenIn: ['ui'],
      meaning:
        'The sign-in worked but the inbox could not be opened: no folder named "Inbox" (mailbox language), IMAP or POP off for the mailbox, or no Full Access on it.',
      supports: ['mail-oauth/no-inbox-folder', 'mail-oauth/protocol-disabled', 'mail-oauth/mailbox-permission'],
      example: "JIRA couldn't open the folder 'inbox' at outlook.office365.com.",
      source: facts('§3.4'),
    },
    {
      id: 'mail-imap-authenticate-failed',
      title: 'The IMAP server refused the OAuth 2.0 sign-in',
      pattern: 'AUTHENTICATE failed',
      seenIn: ['ui', MAIL_LOG, JIRA_LOG],
      meaning:
        'Exchange answered "NO AUTHENTICATE failed" to the token: wrong scopes, IMAP off for the mailbox, no Full Access, no licence, or the token belongs to another Microsoft account.',
      supports: [
        'mail-oauth/scopes',
        'mail-oauth/protocol-disabled',
        'mail-oauth/mailbox-permission',
        'mail-oauth/no-license',
        'mail-oauth/cached-credentials',
      ],
      example: 'javax.mail.AuthenticationFailedException: AUTHENTICATE failed.',
      source: facts('§3.4'),
    },
    {
      id: 'mail-pop-authentication-failure',
      title: 'The POP server refused the OAuth 2.0 sign-in',
      pattern: 'Authentication failure: unknown user name or bad password',
      seenIn: ['ui', MAIL_LOG, JIRA_LOG],
      meaning:
        'The POP counterpart of "AUTHENTICATE failed": wrong scopes, POP off for the mailbox, no Full Access, no licence, or another Microsoft account.',
      supports: [
        'mail-oauth/scopes',
        'mail-oauth/protocol-disabled',
        'mail-oauth/mailbox-permission',
        'mail-oauth/no-license',
        'mail-oauth/cached-credentials',
      ],
      example: 'javax.mail.AuthenticationFailedException: -ERR Authentication failure: unknown user name or bad password.',
      source: facts('§4.3'),
    },
    {
      id: 'mail-pop-protocol-error',
      title: 'POP: Protocol error. Connection is closed. 10',
      pattern: 'Protocol error\\. Connection is closed\\. 10',
      seenIn: ['ui', MAIL_LOG],
      meaning:
        'Microsoft\'s POP server got the OAuth 2.0 login on one line. Either this Jira version cannot do POP with OAuth 2.0, or "Use two line authentication format" is not ticked.',
      supports: ['mail-oauth/pop-unsupported'],
      sets: { 'mail.provider': 'microsoft', 'mail.protocol': 'pop' },
      example: 'javax.mail.AuthenticationFailedException: Protocol error. Connection is closed. 10',
      source: a001('Root Cause 10'),
    },
    {
      id: 'mail-imap-not-connected',
      title: 'IMAP: User is authenticated but not connected',
      pattern: 'User is authenticated but not connected',
      seenIn: ['ui', MAIL_LOG, JIRA_LOG],
      meaning:
        'The sign-in worked, but Exchange would not open the mailbox: Client Access Rules without IMAP4, a token of another Microsoft account, or no Full Access on the mailbox.',
      supports: ['mail-oauth/client-access-rules', 'mail-oauth/cached-credentials', 'mail-oauth/mailbox-permission'],
      sets: { 'mail.provider': 'microsoft', 'mail.protocol': 'imap' },
      example:
        "2014-09-12 07:40:48,051 ERROR [365 IMAP] QuartzScheduler_Worker-3 ServiceRunner Help Desk Handler[10100]: Messaging Exception in service 'com.atlassian.jira.service.services.mail.MailFetcherService$MessageProviderImpl' when getting mail: A3 BAD User is authenticated but not connected.",
      source: a001('Root Cause 6'),
    },
    {
      id: 'mail-read-timeout',
      title: 'The mail connection timed out',
      pattern: 'BYE (?:Jakarta Mail|JavaMail) Exception: java\\.net\\.SocketTimeoutException',
      seenIn: ['ui', MAIL_LOG, JIRA_LOG],
      meaning:
        'The mail server did not answer in time: a firewall or proxy in the way, or an inbox so full that the first read takes too long.',
      supports: ['mail-oauth/firewall', 'mail-oauth/inbox-flooded', 'mail-oauth/proxy'],
      example: 'com.sun.mail.iap.ConnectionException: * BYE Jakarta Mail Exception: java.net.SocketTimeoutException: Read timed out',
      source: facts('§3.4'),
    },
    {
      id: 'mail-oauth-test-connection-failed',
      title: 'The OAuth 2.0 integration test failed',
      pattern: 'The connection has failed\\. Check the application logs for details\\.',
      seenIn: ['ui'],
      meaning:
        "Jira could not complete the OAuth 2.0 sign-in or token request: a single-tenant app with the default /common endpoints, a wrong client id or secret, or a proxy blocking the call to Microsoft. The logs say which.",
      supports: ['mail-oauth/single-tenant', 'mail-oauth/proxy'],
      example: 'The connection has failed. Check the application logs for details.',
      source: facts('§3.4'),
    },
    aadsts({
      codes: [50194],
      title: 'AADSTS50194: app is not multi-tenant, /common not allowed',
      seenIn: ['ui', JIRA_LOG],
      meaning: 'The app registration is single-tenant, and Jira signs in through the shared /common endpoint. Use endpoints that name the tenant, or make the app multi-tenant.',
      supports: ['mail-oauth/single-tenant'],
      example:
        "AADSTS50194: Application '0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34'(Jira incoming mail) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.",
    }),
    aadsts({
      codes: [7000222],
      title: 'AADSTS7000222: the client secret has expired',
      seenIn: ['ui', JIRA_LOG, MAIL_LOG],
      meaning: "The app registration's client secret is past its expiry date; Jira can no longer refresh its token.",
      supports: ['mail-oauth/secret-expired'],
      example:
        "Refresh Token Failed. Reported Reason: AADSTS7000222: The provided client secret keys for app '0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret",
    }),
    aadsts({
      codes: [7000215],
      title: 'AADSTS7000215: invalid client secret',
      seenIn: ['ui', JIRA_LOG],
      meaning:
        "Jira sent a secret Microsoft does not know. Usually the secret's ID was pasted instead of its value: create a new secret and copy the Value column right away.",
      supports: [],
      example:
        "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34'.",
    }),
    aadsts({
      codes: [700016],
      title: 'AADSTS700016: application not found in the directory',
      seenIn: ['ui', JIRA_LOG],
      meaning:
        'The tenant Jira signs in to does not know the app: the endpoints name the wrong tenant, or the app is registered in another Microsoft cloud (worldwide versus US Government).',
      supports: ['mail-oauth/single-tenant', 'mail-oauth/gov-cloud'],
      example:
        "AADSTS700016: Application with identifier '0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
    }),
    aadsts({
      codes: [90002],
      title: 'AADSTS90002: tenant not found',
      seenIn: ['ui', JIRA_LOG],
      meaning: 'The tenant in the endpoints does not exist in this Microsoft cloud: a mistyped tenant id or domain, or the wrong cloud (login.microsoftonline.com versus .us).',
      supports: ['mail-oauth/single-tenant', 'mail-oauth/gov-cloud'],
      example:
        "AADSTS90002: Tenant 'f3a1c2d4-0000-4e5f-8a9b-123456789abc' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.",
    }),
    aadsts({
      codes: [50020],
      title: 'AADSTS50020: user from another tenant',
      seenIn: ['ui'],
      meaning: "The account that signed in belongs to another tenant than the app's: usually the browser reused another Microsoft account.",
      supports: ['mail-oauth/cached-credentials'],
      example:
        "AADSTS50020: User account 'someone@fabrikam.com' from identity provider 'https://sts.windows.net/9188040d-6c67-4c5b-b112-36a304b66dad/' does not exist in tenant 'Contoso' and cannot access the application '0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34'(Jira incoming mail) in that tenant.",
    }),
    aadsts({
      codes: [50011],
      title: "AADSTS50011: the redirect URI is not registered in the app",
      seenIn: ['ui'],
      meaning: "Microsoft does not know the address Jira asked it to send the browser back to: the Redirect URL shown in Jira's integration is not registered exactly in the app (or Jira's Base URL changed).",
      supports: ['mail-oauth/redirect-uri-mismatch', 'mail-oauth/base-url-https'],
      example:
        "AADSTS50011: The redirect URI 'https://jira.example.com/plugins/servlet/oauth2/callback' specified in the request does not match the redirect URIs configured for the application '0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34'.",
    }),
    aadsts({
      codes: [65001],
      title: 'AADSTS65001: consent not granted',
      seenIn: ['ui', JIRA_LOG],
      meaning: 'Nobody has consented to the app\'s permissions yet. An administrator grants consent in the app registration (API permissions > Grant admin consent), then the mailbox is authorized again.',
      supports: ['mail-oauth/consent-not-granted', 'mail-oauth/graph-admin-consent'],
      example:
        "AADSTS65001: The user or administrator has not consented to use the application with ID '0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34' named 'Jira incoming mail'. Send an interactive authorization request for this user and resource.",
    }),
    aadsts({
      codes: [70008, 700082, 50173],
      id: 'aadsts-refresh-token-expired',
      title: 'AADSTS70008 / 700082 / 50173: the refresh token is no longer valid',
      seenIn: ['ui', JIRA_LOG, MAIL_LOG],
      meaning: "Jira's stored refresh token expired, went unused too long, or was revoked (for example by a password change). Authorize the mailbox again.",
      supports: ['mail-oauth/refresh-token-revoked'],
      example:
        'AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-05-02T08:15:11.0000000Z and was inactive for 90.00:00:00.',
    }),
    aadsts({
      codes: [70011],
      title: 'AADSTS70011: invalid scope',
      seenIn: ['ui', JIRA_LOG],
      meaning: "Microsoft rejected the scope string of Jira's OAuth 2.0 integration.",
      supports: ['mail-oauth/scopes'],
      example:
        "AADSTS70011: The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope 'https://outlook.office.com/IMAP.AccessAsUser.All offline_acess' is not valid.",
    }),
  ],
};
