import type { Knowledge } from '../../../knowledge/schema';
import { knowledgeSchema } from '../../../knowledge/schema';
import { validateKnowledge } from '../../../knowledge/engine/validate';

/**
 * A small knowledge base of our own, so that the engine's behaviour is tested independently of
 * the articles' content: a mail family (scopes, POP versions, secret expiry) and a REST SSO family.
 */
const src = (section: string) => ({ article: '001' as const, section });
const microsoft = { kind: 'factIs', fact: 'mail.provider', value: 'microsoft' } as const;
const pop = { kind: 'factIs', fact: 'mail.protocol', value: 'pop' } as const;
const popVersion = { kind: 'versionAtLeast', fact: 'jira.version', min: '8.15.0', lines: { '8.5': '8.5.12', '8.13': '8.13.4' } } as const;

export const fixture: Knowledge = knowledgeSchema.parse({
  version: '2026.11.0',
  symptoms: [
    { id: 'mail-oauth', title: 'Mail handler fails', description: 'd', examples: ['AUTHENTICATE failed.'], source: src('Summary') },
    { id: 'rest-sso', title: 'REST SSO fails', description: 'd', examples: ['direct access grants'], source: { article: '003', section: 'Summary' } },
  ],
  questions: [
    {
      id: 'q-symptom',
      fact: 'symptom',
      symptoms: ['mail-oauth', 'rest-sso'],
      text: 'What fails?',
      options: [
        { value: 'mail-oauth', label: 'Mail' },
        { value: 'rest-sso', label: 'REST SSO' },
      ],
      help: { why: 'w', where: [] },
      source: src('Summary'),
    },
    { id: 'q-provider', fact: 'mail.provider', symptoms: ['mail-oauth'], text: 'Which mail service hosts the mailbox?', help: { why: 'w', where: [] }, source: src('Summary'),
      options: [{ value: 'microsoft', label: 'Microsoft 365' }, { value: 'google', label: 'Google' }, { value: 'other', label: 'Other' }] },
    { id: 'q-protocol', fact: 'mail.protocol', symptoms: ['mail-oauth'], text: 'IMAP or POP?', help: { why: 'w', where: [] }, source: src('Root Cause 10'),
      options: [{ value: 'imap', label: 'IMAP' }, { value: 'pop', label: 'POP' }] },
    { id: 'q-cloud', fact: 'microsoft.cloud', symptoms: ['mail-oauth'], text: 'Which Microsoft cloud?', help: { why: 'w', where: [] }, askWhen: microsoft, source: src('Root Cause 9') },
    { id: 'q-scopes', fact: 'oauth.scopes', symptoms: ['mail-oauth'], text: 'Copy the scopes.', help: { why: 'w', where: [{ place: 'jira', text: 'In {{var:oauthMenu}}.' }] }, askWhen: microsoft, source: src('Root Cause 1') },
    { id: 'q-version', fact: 'jira.version', symptoms: ['mail-oauth'], text: 'Which Jira version?', help: { why: 'w', where: [] }, askWhen: pop, source: src('Root Cause 10') },
    { id: 'q-two-line', fact: 'pop.twoLineAuth', symptoms: ['mail-oauth'], text: 'Is the two-line format ticked?', help: { why: 'w', where: [] }, askWhen: pop, source: src('Root Cause 10') },
    { id: 'q-secret', fact: 'azure.secretExpiresOn', symptoms: ['mail-oauth'], text: 'When does the secret expire?', help: { why: 'w', where: [] }, askWhen: microsoft, source: src('Root Cause 14') },
    { id: 'q-plugin', fact: 'oidc.pluginVersion', symptoms: ['rest-sso'], text: 'Which plugin version?', help: { why: 'w', where: [] }, source: { article: '003', section: 'REST SSO' } },
    { id: 'q-rest-sso', fact: 'oidc.restSsoEnabled', symptoms: ['rest-sso'], text: 'Is REST SSO on?', help: { why: 'w', where: [] }, source: { article: '003', section: 'REST SSO' } },
  ],
  causes: [
    {
      id: 'mail-oauth/scopes',
      title: 'Wrong scopes',
      summary: 's',
      prior: 0.8,
      confirmedWhen: [{ when: { kind: 'scopesInvalid', fact: 'oauth.scopes' }, because: 'The scopes are wrong: {{detail}}.', weight: 3, source: src('Root Cause 1') }],
      likelyWhen: [],
      ruledOutWhen: [
        { when: { kind: 'not', of: microsoft }, why: 'The fixture says so.', because: 'The mailbox is not at Microsoft.', source: src('Root Cause 1') },
        { when: { kind: 'not', of: { kind: 'scopesInvalid', fact: 'oauth.scopes' } }, why: 'The fixture says so.', because: 'The scopes are right.', source: src('Root Cause 1') },
      ],
      solutions: [
        {
          id: 'set-scopes',
          title: 'Set the scopes',
          team: 'jira-admin',
          steps: [
            { text: 'Open {{var:oauthMenu}}.' },
            { text: 'Enter exactly:', code: ['{{var:scopes}}'] },
          ],
          source: src('Solution for Root Cause 1'),
        },
      ],
      source: src('Root Cause 1'),
    },
    {
      id: 'mail-oauth/pop-unsupported',
      title: 'POP unsupported',
      summary: 's',
      prior: 0.3,
      confirmedWhen: [
        { when: { kind: 'all', of: [pop, { kind: 'not', of: popVersion }] }, because: 'Jira {{fact:jira.version}} cannot use POP with OAuth 2.0 ({{detail}}).', weight: 2, source: src('Root Cause 10') },
        { when: { kind: 'all', of: [pop, { kind: 'factIs', fact: 'pop.twoLineAuth', value: false }] }, because: 'The two-line format is off.', source: src('Root Cause 10') },
      ],
      likelyWhen: [{ when: { kind: 'errorMatches', signature: 'pop-protocol-error' }, because: 'The error {{detail}} comes from POP.', source: src('Root Cause 10') }],
      ruledOutWhen: [{ when: { kind: 'factIs', fact: 'mail.protocol', value: 'imap' }, why: 'The fixture says so.', because: 'The mail server uses IMAP.', source: src('Root Cause 10') }],
      solutions: [
        {
          id: 'upgrade',
          title: 'Upgrade or tick the box',
          team: 'jira-admin',
          steps: [
            { text: 'Upgrade Jira to 8.15.0 or later.', when: { kind: 'not', of: popVersion } },
            { text: 'Tick "Use two line authentication format".' },
          ],
          source: src('Solution for Root Cause 10'),
        },
      ],
      source: src('Root Cause 10'),
    },
    {
      id: 'mail-oauth/secret-expired',
      title: 'Secret expired',
      summary: 's',
      prior: 0.5,
      confirmedWhen: [{ when: { kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today' }, because: 'The secret expired {{detail}}.', weight: 3, source: src('Root Cause 14') }],
      likelyWhen: [
        { when: { kind: 'errorMatches', signature: 'aadsts7000222' }, because: 'Microsoft says the secret expired.', weight: 2, source: src('Root Cause 14') },
        { when: { kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today', days: 30 }, because: 'The secret expires {{detail}}.', source: src('Root Cause 14') },
      ],
      ruledOutWhen: [
        { when: { kind: 'not', of: microsoft }, why: 'The fixture says so.', because: 'The mailbox is not at Microsoft.', source: src('Root Cause 14') },
        { when: { kind: 'not', of: { kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today', days: 30 } }, why: 'The fixture says so.', because: 'The secret is valid until {{fact:azure.secretExpiresOn}}.', source: src('Root Cause 14') },
      ],
      solutions: [{ id: 'new-secret', title: 'Create a new secret', team: 'azure-admin', steps: [{ text: 'Create a new client secret.' }], notes: ['Secrets last at most two years.'], source: src('Solution for Root Cause 14') }],
      source: src('Root Cause 14'),
    },
    {
      id: 'rest-sso/plugin-too-old',
      title: 'Plugin too old',
      summary: 's',
      prior: 0.4,
      confirmedWhen: [{ when: { kind: 'not', of: { kind: 'versionAtLeast', fact: 'oidc.pluginVersion', min: '1.3.0' } }, because: 'The plugin is too old ({{detail}}).', source: { article: '003', section: 'REST SSO' } }],
      likelyWhen: [],
      ruledOutWhen: [{ when: { kind: 'versionAtLeast', fact: 'oidc.pluginVersion', min: '1.3.0' }, why: 'The fixture says so.', because: 'The plugin is recent enough ({{detail}}).', source: { article: '003', section: 'REST SSO' } }],
      solutions: [{ id: 'upgrade-plugin', title: 'Upgrade the plugin', team: 'jira-admin', steps: [{ text: 'Upgrade to 1.3 or later.' }], source: { article: '003', section: 'REST SSO' } }],
      source: { article: '003', section: 'REST SSO' },
    },
    {
      id: 'rest-sso/rest-sso-disabled',
      title: 'REST SSO off',
      summary: 's',
      prior: 0.6,
      confirmedWhen: [{ when: { kind: 'factIs', fact: 'oidc.restSsoEnabled', value: false }, because: 'REST SSO is off.', source: { article: '003', section: 'REST SSO' } }],
      likelyWhen: [],
      ruledOutWhen: [{ when: { kind: 'factIs', fact: 'oidc.restSsoEnabled', value: true }, why: 'The fixture says so.', because: 'REST SSO is on.', source: { article: '003', section: 'REST SSO' } }],
      solutions: [{ id: 'enable', title: 'Turn REST SSO on', team: 'jira-admin', steps: [{ text: 'Turn it on.' }], source: { article: '003', section: 'REST SSO' } }],
      source: { article: '003', section: 'REST SSO' },
    },
  ],
  variables: [
    {
      id: 'oauthMenu',
      description: 'Where the OAuth 2.0 integration is',
      cases: [
        { when: { kind: 'versionAtLeast', fact: 'jira.version', min: '8.22.0' }, value: '⚙ > Applications > Application Links' },
        { when: { kind: 'not', of: { kind: 'versionAtLeast', fact: 'jira.version', min: '8.22.0' } }, value: '⚙ > System > OAuth 2.0' },
      ],
      otherwise: '⚙ > System > OAuth 2.0 (up to 8.21.x) or ⚙ > Applications > Application Links (from 8.22.0)',
      source: src('Root Cause 1'),
    },
    {
      id: 'scopes',
      description: 'The scopes for the cloud',
      cases: [{ when: { kind: 'factIn', fact: 'microsoft.cloud', values: ['gcc-high', 'dod'] }, value: 'https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access' }],
      otherwise: 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access',
      source: src('Solution for Root Cause 1'),
    },
  ],
  signatures: [
    {
      id: 'pop-protocol-error',
      title: 'POP protocol error',
      pattern: 'Protocol error\\. Connection is closed\\. 10',
      seenIn: ['ui'],
      meaning: 'm',
      supports: ['mail-oauth/pop-unsupported'],
      example: 'AuthenticationFailedException: Protocol error. Connection is closed. 10',
      source: src('Root Cause 10'),
    },
    {
      id: 'aadsts7000222',
      title: 'Secret expired',
      pattern: 'AADSTS7000222',
      seenIn: ['ui', 'atlassian-jira-incoming-mail.log'],
      meaning: 'm',
      supports: ['mail-oauth/secret-expired'],
      sets: { 'mail.provider': 'microsoft' },
      example: 'Refresh Token Failed. Reported Reason: AADSTS7000222: The provided client secret keys are expired.',
      source: src('Root Cause 14'),
    },
  ],
});

const problems = validateKnowledge(fixture).filter((p) => p.severity === 'error');
if (problems.length) throw new Error(`the test fixture is invalid: ${JSON.stringify(problems)}`);
