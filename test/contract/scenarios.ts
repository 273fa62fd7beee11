import type { Status } from './cli';

/**
 * The articles' own scenarios, as facts: the contract test diagnoses each through the command line,
 * and the walk benchmark answers the wizard's questions from them.
 */

export const CONTRACT_CAUSES = [
  'rest-401/ldap-groups-missing',
  'rest-401/ldap-cluster-inconsistent',
  'mail-oauth/scopes',
  'mail-oauth/protocol-disabled',
  'mail-oauth/mailbox-permission',
  'mail-oauth/no-license',
  'mail-oauth/no-inbox-folder',
  'mail-oauth/client-access-rules',
  'mail-oauth/firewall',
  'mail-oauth/single-tenant',
  'mail-oauth/gov-cloud',
  'mail-oauth/pop-unsupported',
  'mail-oauth/cached-credentials',
  'mail-oauth/multichannel-beta',
  'mail-oauth/stickiness',
  'mail-oauth/secret-expired',
  'mail-oauth/inbox-flooded',
  'mail-oauth/proxy',
  'mail-oauth/oauth-unsupported-version',
  'mail-oauth/graph-admin-consent',
  'mail-oauth/graph-permission',
  'mail-oauth/graph-access-policy',
  'mail-oauth/graph-multi-tenant',
  'mail-oauth/redirect-uri-mismatch',
  'mail-oauth/base-url-https',
  'mail-oauth/consent-not-granted',
  'mail-oauth/refresh-token-revoked',
  'cookie-auth/session-expired',
  'cookie-auth/captcha',
  'cookie-auth/xsrf-check',
  'rest-sso/plugin-too-old',
  'rest-sso/rest-sso-disabled',
  'rest-sso/direct-access-grants-disabled',
] as const;

export type ContractCause = (typeof CONTRACT_CAUSES)[number];

const COMMON = 'https://login.microsoftonline.com/common/oauth2/v2.0';
export const SECURITY_PAIR = [
  "2023-02-20 17:09:00,982+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo login : 'jsmith' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.",
  "2023-02-20 17:09:00,989+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo The user 'jsmith' has FAILED authentication. Failure count equals 15",
];

export type Scenario = { cause: ContractCause; story: string; facts: Record<string, unknown>; status: Status };

const mail = { symptom: 'mail-oauth', 'mail.provider': 'microsoft' };

/** For each cause: facts that prove it (confirmed), a strong sign (likely), and facts that exclude it. */
export const SCENARIOS: Scenario[] = [
  // Article 000
  { cause: 'rest-401/ldap-groups-missing', story: 'groups missing in user management at a failure', facts: { symptom: 'rest-401', 'directory.type': 'ldap', 'user.groupsMissingOnFailure': true }, status: 'confirmed' },
  { cause: 'rest-401/ldap-groups-missing', story: "the article's security-log pair, intermittent", facts: { symptom: 'rest-401', 'rest401.pattern': 'intermittent', errors: SECURITY_PAIR }, status: 'likely' },
  { cause: 'rest-401/ldap-groups-missing', story: 'a user of the internal directory', facts: { symptom: 'rest-401', 'directory.type': 'internal' }, status: 'ruled-out' },
  { cause: 'rest-401/ldap-cluster-inconsistent', story: 'LDAP servers disagree', facts: { symptom: 'rest-401', 'directory.type': 'ldap', 'ldap.clustered': true, 'ldap.consistent': false }, status: 'confirmed' },
  { cause: 'rest-401/ldap-cluster-inconsistent', story: 'clustered LDAP and intermittent 401s', facts: { symptom: 'rest-401', 'ldap.clustered': true, 'rest401.pattern': 'intermittent' }, status: 'likely' },
  { cause: 'rest-401/ldap-cluster-inconsistent', story: 'every call fails, not intermittently', facts: { symptom: 'rest-401', 'rest401.pattern': 'always' }, status: 'ruled-out' },
  // Article 001
  { cause: 'mail-oauth/scopes', story: 'offline_access missing', facts: { ...mail, 'microsoft.cloud': 'worldwide', 'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All' }, status: 'confirmed' },
  { cause: 'mail-oauth/scopes', story: 'worldwide scopes for a GCC High mailbox', facts: { ...mail, 'microsoft.cloud': 'gcc-high', 'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access' }, status: 'confirmed' },
  { cause: 'mail-oauth/scopes', story: "the article's GCC High and DoD scopes", facts: { ...mail, 'microsoft.cloud': 'dod', 'oauth.scopes': 'https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access' }, status: 'ruled-out' },
  { cause: 'mail-oauth/protocol-disabled', story: 'IMAP off for the mailbox', facts: { ...mail, 'mailbox.protocolEnabled': false }, status: 'confirmed' },
  { cause: 'mail-oauth/mailbox-permission', story: 'shared mailbox without Full Access (scenario 2)', facts: { ...mail, 'mailbox.kind': 'shared', 'mailbox.authorizerHasFullAccess': false }, status: 'confirmed' },
  { cause: 'mail-oauth/mailbox-permission', story: "another user's mailbox without Full Access (scenario 1)", facts: { ...mail, 'mailbox.kind': 'other-user', 'mailbox.authorizerHasFullAccess': false }, status: 'confirmed' },
  { cause: 'mail-oauth/mailbox-permission', story: 'the authorizing person reads their own mailbox', facts: { ...mail, 'mailbox.kind': 'own' }, status: 'ruled-out' },
  { cause: 'mail-oauth/no-license', story: 'no licence for the mailbox', facts: { ...mail, 'mailbox.licensed': false }, status: 'confirmed' },
  { cause: 'mail-oauth/no-inbox-folder', story: 'no folder named Inbox (JSDSERVER-7058)', facts: { ...mail, 'mailbox.hasInboxFolder': false }, status: 'confirmed' },
  { cause: 'mail-oauth/client-access-rules', story: 'Client Access Rules without IMAP4', facts: { ...mail, 'mail.protocol': 'imap', 'exchange.clientAccessRulesAllowImap': false }, status: 'confirmed' },
  { cause: 'mail-oauth/firewall', story: 'the Jira node cannot reach the mail port', facts: { ...mail, 'network.mailReachableFromJira': false }, status: 'confirmed' },
  { cause: 'mail-oauth/single-tenant', story: 'single-tenant app with the default /common endpoints', facts: { ...mail, 'azure.accountType': 'single-tenant', 'oauth.authorizeEndpoint': `${COMMON}/authorize`, 'oauth.tokenEndpoint': `${COMMON}/token` }, status: 'confirmed' },
  { cause: 'mail-oauth/single-tenant', story: 'single-tenant app, endpoints not copied yet', facts: { ...mail, 'azure.accountType': 'single-tenant' }, status: 'likely' },
  { cause: 'mail-oauth/gov-cloud', story: 'GCC High mailbox read from outlook.office365.com', facts: { ...mail, 'mail.handler': 'jira', 'microsoft.cloud': 'gcc-high', 'jira.version': '8.20.0', 'mail.host': 'outlook.office365.com' }, status: 'confirmed' },
  { cause: 'mail-oauth/gov-cloud', story: 'DoD mailbox in a JSM 4.21 email channel', facts: { ...mail, 'mail.handler': 'jsm', 'microsoft.cloud': 'dod', 'jsm.version': '4.21.0' }, status: 'confirmed' },
  { cause: 'mail-oauth/gov-cloud', story: 'a worldwide mailbox', facts: { ...mail, 'microsoft.cloud': 'worldwide' }, status: 'ruled-out' },
  { cause: 'mail-oauth/pop-unsupported', story: 'POP on Jira 8.13.2', facts: { symptom: 'mail-oauth', 'mail.protocol': 'pop', 'jira.version': '8.13.2' }, status: 'confirmed' },
  { cause: 'mail-oauth/pop-unsupported', story: 'POP with the two-line format unticked', facts: { symptom: 'mail-oauth', 'mail.handler': 'jira', 'mail.protocol': 'pop', 'jira.version': '9.4.0', 'pop.twoLineAuth': false }, status: 'confirmed' },
  { cause: 'mail-oauth/cached-credentials', story: 'the browser signed in as user2', facts: { ...mail, 'oauth.authorizedAsExpectedUser': false }, status: 'confirmed' },
  { cause: 'mail-oauth/multichannel-beta', story: 'JSM 4.18 beta with two OAuth channels', facts: { symptom: 'mail-oauth', 'mail.handler': 'jsm', 'jsm.version': '4.18.0', 'jsm.multiChannelBeta': true, 'jsm.oauthChannelCount': 2 }, status: 'confirmed' },
  { cause: 'mail-oauth/multichannel-beta', story: 'a Jira mail handler', facts: { symptom: 'mail-oauth', 'mail.handler': 'jira' }, status: 'ruled-out' },
  { cause: 'mail-oauth/stickiness', story: 'cluster without sticky sessions (reason 1)', facts: { symptom: 'mail-oauth', 'jira.clustered': true, 'lb.sticky': false }, status: 'confirmed' },
  { cause: 'mail-oauth/stickiness', story: 'REST pinned to one node, internal calls too (reason 2)', facts: { symptom: 'mail-oauth', 'jira.clustered': true, 'lb.sticky': true, 'lb.restPinnedToNode': true, 'lb.internalRestKeptOnUserNode': false }, status: 'confirmed' },
  { cause: 'mail-oauth/secret-expired', story: 'the client secret Jira uses expired yesterday', facts: { ...mail, 'azure.secretExpiresOn': '2026-11-22', 'azure.secretIdentified': true }, status: 'confirmed' },
  { cause: 'mail-oauth/secret-expired', story: 'a secret of the app expired yesterday, not known to be the one Jira uses', facts: { ...mail, 'azure.secretExpiresOn': '2026-11-22' }, status: 'likely' },
  { cause: 'mail-oauth/inbox-flooded', story: 'a flood of bounce messages', facts: { symptom: 'mail-oauth', 'mailbox.flooded': true }, status: 'likely' },
  { cause: 'mail-oauth/proxy', story: "the article's proxy JVM arguments", facts: { symptom: 'mail-oauth', 'jvm.args': '-Xms2g -Dhttp.proxyHost=www.example.com -Dhttp.proxyPort=8080 -Dhttps.proxyHost=172.9.0.1 -Dhttps.proxyPort=443' }, status: 'likely' },
  { cause: 'mail-oauth/oauth-unsupported-version', story: 'Jira 8.9.1', facts: { symptom: 'mail-oauth', 'mail.handler': 'jira', 'jira.version': '8.9.1' }, status: 'confirmed' },
  { cause: 'mail-oauth/oauth-unsupported-version', story: 'JSM 4.9.0', facts: { symptom: 'mail-oauth', 'mail.handler': 'jsm', 'jsm.version': '4.9.0' }, status: 'confirmed' },
  // Article 002
  { cause: 'cookie-auth/session-expired', story: 'the cookie worked, then 401 (a sign, not proof)', facts: { symptom: 'cookie-auth', 'auth.method': 'cookie', 'cookie.worksThenFails': true }, status: 'likely' },
  { cause: 'cookie-auth/session-expired', story: 'the client uses basic authentication', facts: { symptom: 'cookie-auth', 'auth.method': 'basic' }, status: 'ruled-out' },
  { cause: 'cookie-auth/captcha', story: 'X-Authentication-Denied-Reason CAPTCHA_CHALLENGE', facts: { symptom: 'cookie-auth', 'auth.deniedReason': 'CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp' }, status: 'confirmed' },
  { cause: 'cookie-auth/captcha', story: 'X-Seraph-LoginReason AUTHENTICATION_DENIED', facts: { symptom: 'cookie-auth', 'auth.loginReason': 'AUTHENTICATION_DENIED' }, status: 'confirmed' },
  { cause: 'cookie-auth/captcha', story: 'the security log asks for a CAPTCHA', facts: { symptom: 'cookie-auth', errors: ["The user 'jsmith' is required to answer a CAPTCHA elevated security check.  Failure count equals 4"] }, status: 'likely' },
  { cause: 'cookie-auth/xsrf-check', story: 'a form-encoded upload without the header', facts: { symptom: 'cookie-auth', 'request.formEncoded': true, 'request.hasNoCheckHeader': false }, status: 'confirmed' },
  { cause: 'cookie-auth/xsrf-check', story: 'the call sends X-Atlassian-Token: no-check', facts: { symptom: 'cookie-auth', 'request.formEncoded': true, 'request.hasNoCheckHeader': true }, status: 'ruled-out' },
  // Article 003
  // Since the article: Microsoft Graph mail and the sign-in errors it does not name
  { cause: 'mail-oauth/graph-admin-consent', story: 'Graph mail without admin consent', facts: { ...mail, 'mail.protocol': 'graph', 'azure.adminConsentGranted': false }, status: 'confirmed' },
  { cause: 'mail-oauth/graph-admin-consent', story: 'admin consent granted', facts: { ...mail, 'mail.protocol': 'graph', 'azure.adminConsentGranted': true }, status: 'ruled-out' },
  { cause: 'mail-oauth/graph-permission', story: 'Graph mail without Mail.ReadWrite', facts: { ...mail, 'mail.protocol': 'graph', 'azure.graphMailPermission': false }, status: 'confirmed' },
  { cause: 'mail-oauth/graph-permission', story: 'an IMAP mailbox', facts: { ...mail, 'mail.protocol': 'imap', 'azure.graphMailPermission': false }, status: 'ruled-out' },
  { cause: 'mail-oauth/graph-access-policy', story: 'an access policy leaves the mailbox out', facts: { ...mail, 'mail.protocol': 'graph', 'exchange.appAccessPolicyAllowsMailbox': false }, status: 'confirmed' },
  { cause: 'mail-oauth/graph-access-policy', story: 'the policy allows the mailbox', facts: { ...mail, 'mail.protocol': 'graph', 'exchange.appAccessPolicyAllowsMailbox': true }, status: 'ruled-out' },
  { cause: 'mail-oauth/graph-multi-tenant', story: 'a multi-tenant app on the Graph path', facts: { ...mail, 'mail.protocol': 'graph', 'azure.accountType': 'multi-tenant' }, status: 'likely' },
  { cause: 'mail-oauth/graph-multi-tenant', story: 'a single-tenant app on the Graph path', facts: { ...mail, 'mail.protocol': 'graph', 'azure.accountType': 'single-tenant' }, status: 'ruled-out' },
  { cause: 'mail-oauth/single-tenant', story: 'a single-tenant app on the Graph path is right', facts: { ...mail, 'mail.protocol': 'graph', 'azure.accountType': 'single-tenant' }, status: 'ruled-out' },
  { cause: 'mail-oauth/redirect-uri-mismatch', story: 'AADSTS50011', facts: { ...mail, errors: ["AADSTS50011: The redirect URI 'https://jira.example.com/x' specified in the request does not match the redirect URIs configured for the application"] }, status: 'confirmed' },
  { cause: 'mail-oauth/redirect-uri-mismatch', story: 'the Redirect URL is registered exactly', facts: { ...mail, 'azure.redirectUriMatches': true }, status: 'ruled-out' },
  { cause: 'mail-oauth/base-url-https', story: 'Jira on plain HTTP', facts: { ...mail, 'jira.baseUrl': 'http://jira.example.com' }, status: 'confirmed' },
  { cause: 'mail-oauth/base-url-https', story: 'Jira on HTTPS', facts: { ...mail, 'jira.baseUrl': 'https://jira.example.com' }, status: 'ruled-out' },
  { cause: 'mail-oauth/consent-not-granted', story: 'AADSTS65001', facts: { ...mail, errors: ['AADSTS65001: The user or administrator has not consented to use the application'] }, status: 'confirmed' },
  { cause: 'mail-oauth/consent-not-granted', story: 'admin consent granted', facts: { ...mail, 'azure.adminConsentGranted': true }, status: 'ruled-out' },
  { cause: 'mail-oauth/refresh-token-revoked', story: 'AADSTS50173 after a password change', facts: { ...mail, errors: ['AADSTS50173: The provided grant has expired due to it being revoked'] }, status: 'confirmed' },
  { cause: 'mail-oauth/refresh-token-revoked', story: 'worked, then the password changed', facts: { ...mail, 'mail.workedBefore': true, 'mailbox.passwordChangedSinceAuthorization': true }, status: 'likely' },
  { cause: 'mail-oauth/refresh-token-revoked', story: 'Graph with client credentials keeps no refresh token', facts: { ...mail, 'mail.protocol': 'graph' }, status: 'ruled-out' },
  { cause: 'rest-sso/plugin-too-old', story: 'plugin 1.2.9', facts: { symptom: 'rest-sso', 'oidc.pluginVersion': '1.2.9' }, status: 'confirmed' },
  { cause: 'rest-sso/rest-sso-disabled', story: 'REST SSO option off', facts: { symptom: 'rest-sso', 'oidc.pluginVersion': '1.4.0', 'oidc.restSsoEnabled': false }, status: 'confirmed' },
  { cause: 'rest-sso/direct-access-grants-disabled', story: 'Keycloak client without Direct Access Grants', facts: { symptom: 'rest-sso', 'oidc.provider': 'keycloak', 'oidc.directAccessGrants': false }, status: 'confirmed' },
  { cause: 'rest-sso/direct-access-grants-disabled', story: 'grant off, but the client sends an OAuth2 token', facts: { symptom: 'rest-sso', 'auth.method': 'oauth', 'oidc.directAccessGrants': false }, status: 'ruled-out' },
  { cause: 'rest-sso/direct-access-grants-disabled', story: "the article's log line", facts: { symptom: 'rest-sso', errors: ['requestTokens provider rejected token request: Client not allowed for direct access grants'] }, status: 'confirmed' },
];

/**
 * A fact that would prove a cause inside the article's situation, given outside it: the situation
 * rules the cause out (POP is not IMAP, a Server licence is not a cluster, a Jira mail handler is not a
 * JSM channel, an internal-directory user is not an LDAP user, a Basic-auth client has no session).
 */
export const OUTSIDE: Scenario[] = [
  { cause: 'mail-oauth/client-access-rules', story: 'Client Access Rules without IMAP4, but the mail server uses POP', facts: { ...mail, 'mail.protocol': 'pop', 'exchange.clientAccessRulesAllowImap': false }, status: 'ruled-out' },
  { cause: 'mail-oauth/stickiness', story: 'no sticky sessions, but a Server licence (one node)', facts: { symptom: 'mail-oauth', 'jira.license': 'server', 'lb.sticky': false }, status: 'ruled-out' },
  { cause: 'mail-oauth/multichannel-beta', story: 'the beta with two OAuth channels, but the failing handler is a Jira mail handler', facts: { symptom: 'mail-oauth', 'mail.handler': 'jira', 'jsm.multiChannelBeta': true, 'jsm.oauthChannelCount': 2 }, status: 'ruled-out' },
  { cause: 'mail-oauth/multichannel-beta', story: 'the beta switch on JSM 4.22.0, which has the final feature', facts: { symptom: 'mail-oauth', 'jsm.version': '4.22.0', 'jsm.multiChannelBeta': true, 'jsm.oauthChannelCount': 2 }, status: 'ruled-out' },
  { cause: 'mail-oauth/no-license', story: 'no Microsoft licence, but the mailbox is with Google', facts: { symptom: 'mail-oauth', 'mail.provider': 'google', 'mailbox.licensed': false }, status: 'ruled-out' },
  { cause: 'rest-401/ldap-groups-missing', story: 'groups missing, but the user is in the internal directory', facts: { symptom: 'rest-401', 'directory.type': 'internal', 'user.groupsMissingOnFailure': true }, status: 'ruled-out' },
  { cause: 'rest-401/ldap-cluster-inconsistent', story: 'servers disagree, but the user comes from Crowd', facts: { symptom: 'rest-401', 'directory.type': 'crowd', 'ldap.consistent': false }, status: 'ruled-out' },
  { cause: 'cookie-auth/session-expired', story: 'works then fails, but the client sends Basic credentials every time', facts: { symptom: 'cookie-auth', 'auth.method': 'basic', 'cookie.worksThenFails': true }, status: 'ruled-out' },
  { cause: 'rest-sso/rest-sso-disabled', story: 'REST SSO off, but the client sends a session cookie from a browser login', facts: { symptom: 'rest-sso', 'auth.method': 'cookie', 'oidc.restSsoEnabled': false }, status: 'ruled-out' },
];

/** Installations where nothing of the family is wrong: every cause of the family is ruled out. */
export const HEALTHY: Record<string, Record<string, unknown>> = {
  // Groups that look complete later do not clear the LDAP lookup; calls that no longer fail do.
  'rest-401': { symptom: 'rest-401', 'directory.type': 'ldap', 'ldap.clustered': false, 'user.groupsMissingOnFailure': false, 'rest401.pattern': 'never' },
  'mail-oauth': {
    ...mail,
    'mail.handler': 'jira',
    'mail.protocol': 'imap',
    'mail.host': 'outlook.office365.com',
    'microsoft.cloud': 'worldwide',
    'jira.version': '9.12.0',
    'jira.clustered': false,
    'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access',
    'azure.accountType': 'multi-tenant',
    'azure.secretExpiresOn': '2027-11-23',
    'azure.secretIdentified': true,
    'azure.redirectUriMatches': true,
    'azure.adminConsentGranted': true,
    'jira.baseUrl': 'https://jira.example.com',
    'mail.workedBefore': false,
    'mailbox.protocolEnabled': true,
    'mailbox.kind': 'own',
    'mailbox.licensed': true,
    'mailbox.hasInboxFolder': true,
    'mailbox.flooded': false,
    'exchange.clientAccessRulesAllowImap': true,
    'network.mailReachableFromJira': true,
    'oauth.authorizedAsExpectedUser': true,
    'jvm.args': '-Xms2g -Xmx4g -Datlassian.standalone=JIRA',
    // The article warns that an open port does not prove the protocol gets through (Root Cause 7):
    // only Jira's own exchange with the mail server does.
    errors: ['javax.mail.AuthenticationFailedException: AUTHENTICATE failed.'],
  },
  'cookie-auth': { symptom: 'cookie-auth', 'auth.method': 'cookie', 'cookie.worksThenFails': false, 'auth.loginReason': 'OK', 'request.formEncoded': false },
  'rest-sso': { symptom: 'rest-sso', 'oidc.pluginVersion': '1.4.0', 'oidc.restSsoEnabled': true, 'oidc.provider': 'keycloak', 'oidc.directAccessGrants': true },
};

