import type { Condition, KnowledgePart, RuledOutRule as Rule, Signature, Step } from '../schema';

/**
 * Article 003: the OpenID Connect plugin's REST SSO option checks usernames and passwords sent to
 * /rest/* with the identity provider, using the Resource Owner Password Credentials grant
 * ("Direct Access Grants" in Keycloak). It needs plugin 1.3.0, the option switched on, and the grant
 * allowed for the plugin's client. The Keycloak error texts come from the facts sheet (§3.6, §4.1).
 */

const REST_SSO_MIN = '1.3.0';
const pluginHasRestSso: Condition = { kind: 'versionAtLeast', fact: 'oidc.pluginVersion', min: REST_SSO_MIN };
const isKeycloak: Condition = { kind: 'factIs', fact: 'oidc.provider', value: 'keycloak' };
const notKeycloak: Condition = { kind: 'factIs', fact: 'oidc.provider', value: 'other' };

/**
 * REST SSO concerns clients that send a username and password (os_username/os_password or HTTP
 * Basic). Session cookies and OAuth2 tokens got by logging in through the UI work with the plugin's
 * single sign-on whatever its version and settings (article 003); personal access tokens never reach a
 * password check at all (facts §1.7).
 */
const notPasswordClient: Rule[] = [
  {
    when: { kind: 'factIn', fact: 'auth.method', values: ['cookie', 'oauth'] },
    because:
      'The client authenticates with a session cookie or an OAuth2 token from a UI login, not with a username and password; those work with the OpenID Connect single sign-on without REST SSO.',
    why: 'The article says cookies and tokens from a UI login work with single sign-on whatever the REST SSO settings; REST SSO only changes how passwords are checked.',
    source: { article: '003', section: 'REST clients & authentication' },
  },
  {
    when: { kind: 'factIs', fact: 'auth.method', value: 'pat' },
    because: 'The client authenticates with a personal access token, which never goes through a password check, so REST SSO plays no part.',
    why: 'REST SSO only changes how usernames and passwords are checked; a token is not a password.',
    source: { article: 'facts', section: '§1.7' },
  },
];

/** A client that sends a password, or nobody said: the settings below only decide for such clients. */
const passwordClientOrUnknown: Condition = {
  kind: 'any',
  of: [{ kind: 'factIs', fact: 'auth.method', value: 'basic' }, { kind: 'not', of: { kind: 'factKnown', fact: 'auth.method' } }],
};
const forPasswordClients = (when: Condition): Condition => ({ kind: 'all', of: [when, passwordClientOrUnknown] });

/** The plugin logs the provider's refusal of a password grant, which it only sends with REST SSO on (article 003). */
const pluginSentPasswordGrant: Condition = {
  kind: 'any',
  of: [
    { kind: 'errorMatches', signature: 'oidc-password-grant-refused' },
    { kind: 'errorMatches', signature: 'oidc-direct-access-grants-not-allowed' },
  ],
};

const PLUGIN_CONFIG = "the OpenID Connect plugin's configuration page (⚙ > Manage apps, then Configure on the plugin)";

/** The article's warnings, shown with every REST SSO fix; the https one only while the endpoints are not known to be https. */
const restSsoWarnings: Step[] = [
  {
    text: 'Make sure every provider endpoint the plugin uses starts with https:// — with REST SSO the plugin sends each user\'s password to the provider.',
    when: { kind: 'not', of: { kind: 'factIs', fact: 'oidc.endpointsHttps', value: true } },
  },
];
const restSsoNotes = [
  'Local (non-SSO) Jira accounts can still log in whatever the plugin settings: do not leave local accounts with weak passwords.',
  'Password logins pass the credentials through Jira; where the client allows it, an OAuth2 token obtained through the normal single sign-on is the better choice.',
];

/**
 * The provider's error description as the plugin logs it (after "requestTokens provider rejected
 * token request:") or as the token endpoint returns it (JSON "error_description"): bare phrases such
 * as "Account disabled" would also match unrelated log lines.
 */
function fromProvider(...descriptions: string[]): string {
  return `(?:requestTokens provider rejected token request: |"error_description"\\s*:\\s*")(?:${descriptions.join('|')})`;
}

/** Errors the provider returns to the plugin. */
const keycloakSignatures: Signature[] = [
  {
    id: 'keycloak-invalid-user-credentials',
    title: 'Provider: wrong password or unknown user',
    pattern: fromProvider('Invalid user credentials'),
    seenIn: ['atlassian-jira.log'],
    meaning:
      'The identity provider checked the username and password and refused them: a wrong password, an unknown user, or a user locked by brute-force protection. Direct access grants are allowed for the client (that check comes first).',
    supports: [],
    example: 'requestTokens provider rejected token request: Invalid user credentials',
    source: { article: 'facts', section: '§4.1' },
  },
  {
    id: 'keycloak-account-disabled',
    title: 'Provider: the user is disabled',
    pattern: fromProvider('Account disabled'),
    seenIn: ['atlassian-jira.log'],
    meaning: 'The user exists in the identity provider but is disabled there.',
    supports: [],
    example: 'requestTokens provider rejected token request: Account disabled',
    source: { article: 'facts', section: '§4.1' },
  },
  {
    id: 'keycloak-account-not-set-up',
    title: 'Provider: the account has pending required actions',
    pattern: fromProvider('Account is not fully set up'),
    seenIn: ['atlassian-jira.log'],
    meaning:
      'The user must first finish required actions in the identity provider (e.g. update the password, verify the e-mail address, set up OTP) by logging in once in a browser.',
    supports: [],
    example: 'requestTokens provider rejected token request: Account is not fully set up',
    source: { article: 'facts', section: '§4.1' },
  },
  {
    id: 'keycloak-invalid-client-credentials',
    title: "Provider: the plugin's client id or secret is wrong",
    pattern: fromProvider('Invalid client secret', 'Invalid client or Invalid client credentials'),
    seenIn: ['atlassian-jira.log'],
    meaning:
      "The identity provider does not accept the plugin's client id or client secret (older Keycloak says \"Invalid client secret\", newer \"Invalid client or Invalid client credentials\"). Copy the secret from the provider into the plugin configuration again.",
    supports: [],
    example: 'requestTokens provider rejected token request: Invalid client or Invalid client credentials',
    source: { article: 'facts', section: '§4.1' },
  },
  {
    id: 'keycloak-client-secret-missing',
    title: 'Provider: no client secret sent',
    pattern: fromProvider('Client secret not provided in request'),
    seenIn: ['atlassian-jira.log'],
    meaning: 'The client is confidential in the identity provider, but the plugin sent no client secret: enter it in the plugin configuration.',
    supports: [],
    example: 'requestTokens provider rejected token request: Client secret not provided in request',
    source: { article: 'facts', section: '§4.1' },
  },
  {
    id: 'keycloak-client-requires-consent',
    title: 'Provider: the client requires user consent',
    pattern: fromProvider('Client requires user consent'),
    seenIn: ['atlassian-jira.log'],
    meaning: 'The client asks users for consent, which a password login cannot give: turn consent off for the plugin\'s client.',
    supports: [],
    example: 'requestTokens provider rejected token request: Client requires user consent',
    source: { article: 'facts', section: '§4.1' },
  },
];

export const part: KnowledgePart = {
  questions: [
    {
      id: 'rest-sso-auth-method',
      fact: 'auth.method',
      symptoms: ['rest-sso'],
      text: 'How does the failing REST client authenticate?',
      options: [
        { value: 'basic', label: 'With a username and password', hint: 'HTTP Basic authentication, or os_username and os_password parameters.' },
        { value: 'cookie', label: 'With a session cookie from a login in the browser' },
        { value: 'oauth', label: 'With an OAuth2 token' },
        { value: 'pat', label: 'With a personal access token', hint: 'An "Authorization: Bearer …" header.' },
      ],
      help: {
        why: 'REST SSO concerns only usernames and passwords sent to /rest/*; session cookies and OAuth2 tokens from a login in the browser work with single sign-on anyway.',
        where: [{ place: 'client', text: "The client's configuration or code: what it sends with each call (an Authorization header, a cookie, or os_username/os_password parameters)." }],
      },
      source: { article: '003', section: 'REST clients & authentication' },
    },
    {
      id: 'oidc-plugin-version',
      fact: 'oidc.pluginVersion',
      symptoms: ['rest-sso'],
      text: 'Which version of the OpenID Connect plugin is installed?',
      help: {
        why: `REST clients can only log in with username and password through the plugin from version ${REST_SSO_MIN} on.`,
        where: [{ place: 'jira', text: '⚙ > Manage apps: find the OpenID Connect plugin and read its version.' }],
      },
      source: { article: '003', section: 'REST clients & authentication' },
    },
    {
      id: 'oidc-rest-sso-enabled',
      fact: 'oidc.restSsoEnabled',
      symptoms: ['rest-sso'],
      text: "Is the plugin's REST SSO option switched on?",
      options: [
        { value: true, label: 'Yes, REST SSO is on' },
        { value: false, label: 'No, only single sign-on for the browser is on' },
      ],
      help: {
        why: 'REST SSO is a separate option from single sign-on in the browser; without it, passwords sent to /rest/* are checked locally only.',
        where: [{ place: 'jira', text: `The REST SSO option in ${PLUGIN_CONFIG}.` }],
      },
      askWhen: pluginHasRestSso,
      source: { article: '003', section: 'Requirements and Setup' },
    },
    {
      id: 'oidc-provider',
      fact: 'oidc.provider',
      symptoms: ['rest-sso'],
      text: 'Which OpenID Connect provider does the plugin use?',
      options: [
        { value: 'keycloak', label: 'Keycloak (or Red Hat build of Keycloak / RH-SSO)' },
        { value: 'other', label: 'Another provider' },
      ],
      help: {
        why: 'Where the password grant is switched on differs by provider; jira-doctor shows the exact setting for Keycloak.',
        where: [
          { place: 'jira', text: `The provider or issuer URL in ${PLUGIN_CONFIG}; Keycloak URLs contain /realms/<realm>.` },
          { place: 'idp', text: 'The identity-provider administrator knows which product it is.' },
        ],
      },
      answeredBy: ['oidc'],
      source: { article: '003', section: 'Requirements and Setup' },
    },
    {
      id: 'oidc-direct-access-grants',
      fact: 'oidc.directAccessGrants',
      symptoms: ['rest-sso'],
      text: "Does the provider allow password logins (Direct Access Grants) for the plugin's client?",
      options: [
        { value: true, label: 'Yes, allowed' },
        { value: false, label: 'No, not allowed' },
      ],
      help: {
        why: 'REST SSO logs users in with the Resource Owner Password Credentials grant; if the provider does not allow it for the client, every REST password login fails.',
        where: [
          {
            place: 'idp',
            text: 'Keycloak: Clients > the plugin\'s client > Settings: "Direct Access Grants Enabled" (in newer admin consoles "Direct access grants" under Capability config).',
            when: { kind: 'not', of: notKeycloak },
          },
          {
            place: 'idp',
            text: 'Other providers: the client must allow the "password" (Resource Owner Password Credentials) grant type.',
            when: { kind: 'not', of: isKeycloak },
          },
          { place: 'logs', text: 'atlassian-jira.log: "Client not allowed for direct access grants" means no.' },
        ],
      },
      answeredBy: ['oidc'],
      source: { article: '003', section: 'Requirements and Setup' },
    },
    {
      id: 'oidc-endpoints-https',
      fact: 'oidc.endpointsHttps',
      symptoms: ['rest-sso'],
      text: 'Do all provider endpoints in the plugin configuration start with https://?',
      options: [
        { value: true, label: 'Yes, all https' },
        { value: false, label: 'No, at least one is http://' },
      ],
      help: {
        why: 'With REST SSO the plugin sends every user\'s password to the provider; over plain http anyone on the network can read it.',
        where: [{ place: 'jira', text: `The issuer, token and other endpoint URLs in ${PLUGIN_CONFIG}.` }],
      },
      answeredBy: ['oidc'],
      source: { article: '003', section: 'Risks and Problems' },
    },
    {
      id: 'sso-errors',
      fact: 'errors',
      symptoms: ['rest-sso'],
      text: 'Paste the errors the plugin logged for a failed REST login (one per line).',
      help: {
        why: 'The plugin usually logs why the provider refused the login, for example that the client may not use password logins.',
        where: [
          {
            place: 'logs',
            text: 'atlassian-jira.log under <JIRA_HOME>/log/: lines with "requestTokens provider rejected token request" at the time of a failed call.',
          },
        ],
      },
      answeredBy: ['log-scan'],
      source: { article: '003', section: 'Risks and Problems' },
    },
  ],
  causes: [
    {
      id: 'rest-sso/plugin-too-old',
      title: 'The OpenID Connect plugin is too old for REST SSO',
      summary: `REST clients can log in with an OpenID Connect username and password only from plugin version ${REST_SSO_MIN}; older versions check REST passwords against local accounts only.`,
      prior: 0.3,
      confirmedWhen: [
        {
          when: forPasswordClients({ kind: 'not', of: pluginHasRestSso }),
          because: `The plugin is version {{fact:oidc.pluginVersion}}; REST SSO needs ${REST_SSO_MIN} or later.`,
          weight: 3,
          source: { article: '003', section: 'REST clients & authentication' },
        },
      ],
      likelyWhen: [],
      ruledOutWhen: [
        ...notPasswordClient,
        {
          when: pluginHasRestSso,
          because: `The plugin is version {{fact:oidc.pluginVersion}}, which has REST SSO (${REST_SSO_MIN} or later).`,
          why: 'The version boundary is the whole cause.',
          source: { article: '003', section: 'REST clients & authentication' },
        },
      ],
      solutions: [
        {
          id: 'rest-sso/upgrade-plugin',
          title: `Upgrade the OpenID Connect plugin to ${REST_SSO_MIN} or later`,
          team: 'jira-admin',
          steps: [
            { text: `In ⚙ > Manage apps, update the OpenID Connect plugin to version ${REST_SSO_MIN} or later.` },
            { text: 'Then make sure the provider allows password logins for the client, and switch on the REST SSO option in the plugin configuration.' },
            ...restSsoWarnings,
          ],
          notes: restSsoNotes,
          source: { article: '003', section: 'REST clients & authentication' },
        },
      ],
      source: { article: '003', section: 'REST clients & authentication' },
    },
    {
      id: 'rest-sso/rest-sso-disabled',
      title: "The plugin's REST SSO option is off",
      summary:
        'REST SSO is switched on separately from browser single sign-on. While it is off, usernames and passwords sent to /rest/* are checked locally, so SSO-only users cannot log in there.',
      prior: 0.5,
      confirmedWhen: [
        {
          // Off is decisive unless the plugin is known to predate the option.
          when: {
            kind: 'all',
            of: [
              { kind: 'factIs', fact: 'oidc.restSsoEnabled', value: false },
              { kind: 'any', of: [pluginHasRestSso, { kind: 'not', of: { kind: 'factKnown', fact: 'oidc.pluginVersion' } }] },
              passwordClientOrUnknown,
              { kind: 'any', of: [{ kind: 'not', of: { kind: 'factKnown', fact: 'errors' } }, { kind: 'not', of: pluginSentPasswordGrant }] },
            ],
          },
          because: 'The REST SSO option is off, so REST passwords are not checked with the identity provider.',
          weight: 3,
          source: { article: '003', section: 'Requirements and Setup' },
        },
      ],
      likelyWhen: [],
      ruledOutWhen: [
        ...notPasswordClient,
        {
          when: { kind: 'factIs', fact: 'oidc.restSsoEnabled', value: true },
          because: 'The REST SSO option is on.',
          why: 'The setting was read in the plugin configuration and is on, which is all this cause is about.',
          source: { article: '003', section: 'Requirements and Setup' },
        },
        {
          when: pluginSentPasswordGrant,
          because:
            'The plugin\'s log shows it sending a username and password to the identity provider ("requestTokens provider rejected token request"), which it only does with REST SSO on. If the configuration page says the option is off, the two disagree: look at the configuration again on every Jira node, and match the log lines to the time of the failing call.',
          why: 'The password grant in the plugin\'s own log is REST SSO at work; it cannot come from a switched-off option.',
          source: { article: '003', section: 'Risks and Problems' },
        },
        {
          when: { kind: 'not', of: pluginHasRestSso },
          because: 'Plugin version {{fact:oidc.pluginVersion}} has no REST SSO option yet: upgrading the plugin comes first.',
          why: 'An option the plugin does not have cannot be the thing left switched off.',
          source: { article: '003', section: 'REST clients & authentication' },
        },
      ],
      solutions: [
        {
          id: 'rest-sso/enable-rest-sso',
          title: 'Switch on REST SSO in the plugin',
          team: 'jira-admin',
          steps: [
            { text: 'Before switching it on, make sure the provider allows password logins (Direct Access Grants) for the plugin\'s client.' },
            { text: `Switch on the REST SSO option in ${PLUGIN_CONFIG}. It does not change single sign-on in the browser.` },
            { text: 'Test with a REST call that sends an SSO user\'s username and password (HTTP Basic).', code: ['curl -u <sso-user> https://jira.example.com/rest/api/2/myself'] },
            ...restSsoWarnings,
          ],
          notes: restSsoNotes,
          source: { article: '003', section: 'Requirements and Setup' },
        },
      ],
      source: { article: '003', section: 'Requirements and Setup' },
    },
    {
      id: 'rest-sso/direct-access-grants-disabled',
      title: "The provider does not allow password logins for the plugin's client",
      summary:
        'REST SSO uses the Resource Owner Password Credentials grant (Direct Access Grants in Keycloak). If the provider does not allow it for the client, every REST password login fails, even with correct credentials.',
      prior: 0.6,
      confirmedWhen: [
        {
          when: forPasswordClients({ kind: 'factIs', fact: 'oidc.directAccessGrants', value: false }),
          because: "The provider does not allow the password grant for the plugin's client.",
          weight: 3,
          source: { article: '003', section: 'Requirements and Setup' },
        },
        {
          when: { kind: 'errorMatches', signature: 'oidc-direct-access-grants-not-allowed' },
          because: 'The plugin logged "Client not allowed for direct access grants": the provider refused the password grant for this client.',
          weight: 3,
          source: { article: '003', section: 'Risks and Problems' },
        },
      ],
      likelyWhen: [],
      ruledOutWhen: [
        ...notPasswordClient,
        {
          when: { kind: 'factIs', fact: 'oidc.directAccessGrants', value: true },
          because: "The provider allows the password grant for the plugin's client.",
          why: "The client's setting in the provider was read and allows the grant, which is all this cause is about.",
          source: { article: '003', section: 'Requirements and Setup' },
        },
      ],
      solutions: [
        {
          id: 'rest-sso/enable-direct-access-grants',
          title: "Allow password logins for the plugin's client in the provider",
          team: 'idp-admin',
          steps: [
            {
              text: 'In the Keycloak admin console, open the realm, then Clients > the client the plugin uses > Settings, and switch on Direct Access Grants (newer consoles: "Direct access grants" under Capability config). Save.',
              code: ['Direct Access Grants Enabled'],
              when: { kind: 'not', of: notKeycloak },
            },
            {
              text: 'In your provider, allow the Resource Owner Password Credentials grant (grant type "password") for the client the plugin uses.',
              code: ['grant_type=password'],
              when: { kind: 'not', of: isKeycloak },
            },
            ...restSsoWarnings,
          ],
          notes: restSsoNotes,
          source: { article: '003', section: 'Requirements and Setup' },
        },
      ],
      source: { article: '003', section: 'Risks and Problems' },
    },
  ],
  signatures: [
    {
      id: 'oidc-password-grant-refused',
      title: 'The plugin sent a REST password to the provider, which refused it',
      pattern: 'requestTokens provider rejected token request: (?!Client not allowed for direct access grants)',
      seenIn: ['atlassian-jira.log'],
      meaning:
        'The plugin checked a REST username and password with the identity provider (the password grant), which it does only with REST SSO switched on; the text after the colon is the provider\'s reason.',
      supports: [],
      sets: { 'oidc.restSsoEnabled': true },
      example: 'requestTokens provider rejected token request: Invalid user credentials',
      source: { article: '003', section: 'Risks and Problems' },
    },
    {
      id: 'oidc-direct-access-grants-not-allowed',
      title: 'Provider refuses password logins for the client',
      pattern: 'Client not allowed for direct access grants',
      seenIn: ['atlassian-jira.log'],
      meaning: "The identity provider does not allow the Resource Owner Password Credentials grant (Direct Access Grants) for the plugin's client.",
      supports: ['rest-sso/direct-access-grants-disabled'],
      // The plugin sends the password grant only with REST SSO on.
      sets: { 'oidc.restSsoEnabled': true },
      example: 'requestTokens provider rejected token request: Client not allowed for direct access grants',
      source: { article: '003', section: 'Risks and Problems' },
    },
    ...keycloakSignatures,
  ],
};
