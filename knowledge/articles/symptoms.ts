import type { KnowledgePart } from '../schema';

/**
 * The start screen: the complaints jira-doctor knows, each with the error messages an admin
 * recognises, and the triage question for an admin who is not sure which one they have. All four
 * are here, apart from their articles, so that the start screen can show them before the engine and
 * the articles load (knowledge/start.ts).
 */
export const part: KnowledgePart = {
  symptoms: [
    {
      id: 'rest-401',
      title: 'REST calls from a valid user sometimes fail with 401',
      description:
        'An integration or script calls the Jira REST API with a user that exists and a password that is right. ' +
        'Most calls work, but some are rejected with 401 Unauthorized, and the security log shows the same user ' +
        'sometimes passing and sometimes failing to log in. The known causes lie in LDAP or Active Directory.',
      impact:
        'Integrations that feed or read Jira fail at random: some updates are lost or delayed until someone retries them.',
      examples: [
        'Basic Authentication Failure - Reason : AUTHENTICATED_FAILED',
        "tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.",
        "The user '<username>' has FAILED authentication.  Failure count equals 15",
      ],
      source: { article: '000', section: 'Summary' },
    },
    {
      id: 'cookie-auth',
      title: 'A script that logs in with a session cookie gets 401 or 403',
      description:
        'A REST client logs in through /rest/auth/1/session and sends the JSESSIONID cookie on later calls. ' +
        'After a while the calls get 401, or the login itself is refused with 403 (CAPTCHA), or form and ' +
        'attachment uploads get 403 because of the XSRF check.',
      impact: 'The script or integration stops working part way through and must be restarted or fixed by hand.',
      examples: [
        'CAPTCHA_CHALLENGE',
        'AUTHENTICATION_DENIED',
        'XSRF check failed',
        'WWW-Authenticate: JIRA REST POST',
      ],
      source: { article: '002', section: 'Advanced topics' },
    },
    {
      id: 'rest-sso',
      title: 'REST calls with username and password fail since OpenID Connect single sign-on was set up',
      description:
        "Jira uses an OpenID Connect plugin for single sign-on. REST clients that send a username and password " +
        '(HTTP Basic or os_username/os_password) are rejected even with the right credentials, because the plugin ' +
        'must pass those credentials to the identity provider (for example Keycloak).',
      impact: 'Scripts and integrations that log in with a password cannot reach Jira until REST single sign-on works.',
      examples: [
        'requestTokens provider rejected token request: Client not allowed for direct access grants',
        'requestTokens provider rejected token request: Invalid user credentials',
        'requestTokens provider rejected token request: Invalid client or Invalid client credentials',
        'requestTokens provider rejected token request: Account disabled',
      ],
      source: { article: '003', section: 'Risks and Problems' },
    },
    {
      id: 'mail-oauth',
      title: 'A mail handler cannot be set up with OAuth 2.0, or stopped fetching mail',
      description:
        'A Jira incoming mail handler (⚙ > System > Incoming Mail) or a JSM email channel (Project settings > Email requests) that signs in to Microsoft 365 or another mail service with OAuth 2.0 fails to authorize, fails its connection test, or stops pulling new mail.',
      impact: 'Emails sent to the help desk or project address do not become issues or comments until this is fixed.',
      examples: [
        'OAuth token not defined for connection. OAuth Authorisation required.',
        'Protocol error. Connection is closed. 10',
        'A3 BAD User is authenticated but not connected.',
        'AUTHENTICATE failed.',
        'AADSTS7000222',
      ],
      source: { article: '001', section: 'Summary' },
    },
  ],
  questions: [
    {
      id: 'symptom',
      fact: 'symptom',
      symptoms: ['rest-401', 'mail-oauth', 'cookie-auth', 'rest-sso'],
      text: 'Which of these describes the problem best?',
      options: [
        {
          value: 'rest-401',
          label: 'REST calls from a valid user sometimes fail with 401',
          hint: 'The same user and password work most of the time; often the users come from LDAP or Active Directory.',
        },
        {
          value: 'mail-oauth',
          label: 'A mail handler / email channel cannot connect to Microsoft 365 or Gmail',
          hint: 'Incoming mail set up with OAuth 2.0: authorizing, testing the connection or fetching mail fails.',
        },
        {
          value: 'cookie-auth',
          label: 'A script that logs in with a session cookie gets 401 or 403',
          hint: 'The script posts to /rest/auth/1/session, or uploads attachments or forms.',
        },
        {
          value: 'rest-sso',
          label: 'Username-and-password REST calls fail since single sign-on (OpenID Connect) was set up',
          hint: 'The OpenID Connect plugin checks REST passwords with the identity provider, e.g. Keycloak.',
        },
      ],
      help: {
        why: 'Each problem has its own causes and questions; the answer decides which ones jira-doctor looks at.',
        where: [
          {
            place: 'client',
            text: 'Look at the error the failing integration, script or mail handler reports: the start screen lists typical messages for each problem.',
          },
          {
            place: 'logs',
            text: 'Errors in atlassian-jira.log, atlassian-jira-security.log or atlassian-jira-incoming-mail.log (under <JIRA_HOME>/log/) also tell the problems apart; paste one into "Paste an error or add logs".',
          },
        ],
      },
      source: { article: 'facts', section: '§3' },
    },
  ],
};
