import type { RequestOf } from '../../electron/api/contract';
import { jiraOAuthSettings, type CheckId, type FactValue, type JiraOAuthSettings } from '../../knowledge';

/** What the connection form holds. Secrets stay in memory for one run; the rest may be remembered. */
export type ConnectionForm = {
  baseUrl: string;
  auth: 'none' | 'basic' | 'pat';
  username: string;
  password: string;
  token: string;
  proxyUrl: string;
  proxyUser: string;
  proxyPassword: string;
  caFile: string;
  insecure: boolean;
  /** Seconds each check may take. */
  timeout: string;
  samples: string;
  /** Seconds between the requests that reuse a session cookie. */
  sessionGap: string;
  ldapUrls: string;
  ldapBindDn: string;
  ldapPassword: string;
  ldapUser: string;
  ldapBaseDn: string;
  ldapUserFilter: string;
  mailHost: string;
  mailProtocol: 'imap' | 'pop';
  mailPort: string;
  mailTls: 'implicit' | 'starttls' | 'none';
  /** Through the proxy above, as Jira connects when its mail proxy (mail.<protocol>.proxy.host) is set. */
  mailViaProxy: boolean;
  /** This computer is a Jira node: what it reaches, Jira reaches. */
  onJiraNode: boolean;
  oidcIssuer: string;
  oidcClientId: string;
  oidcClientSecret: string;
  /** The mailbox the handler reads, and the account meant to authorize it in Jira (empty: the mailbox). */
  mailUser: string;
  mailAuthorizer: string;
  /** Jira's OAuth 2.0 integration and its Entra app, for the sign-in Jira does and the app registration check. */
  azureCloud: FactValue<'microsoft.cloud'>;
  azureTenant: string;
  azureClientId: string;
  azureClientSecret: string;
  /** Only to replace the cloud's sign-in host (a sovereign or test stand-in); empty: the cloud's. */
  azureLoginUrl: string;
  /** As configured in Jira; empty: what the knowledge suggests for the cloud and tenant. */
  oauthAuthorizeEndpoint: string;
  oauthTokenEndpoint: string;
  oauthScopes: string;
  /** Jira's Redirect URL (its callback page), for the pasted sign-in. */
  oauthRedirectUri: string;
  signInMode: 'browser' | 'paste' | 'device';
};

export const SECRET_FIELDS = ['password', 'token', 'proxyPassword', 'ldapPassword', 'oidcClientSecret', 'azureClientSecret'] as const satisfies readonly (keyof ConnectionForm)[];

export const emptyConnection: ConnectionForm = {
  baseUrl: '',
  auth: 'none',
  username: '',
  password: '',
  token: '',
  proxyUrl: '',
  proxyUser: '',
  proxyPassword: '',
  caFile: '',
  insecure: false,
  timeout: '',
  samples: '10',
  sessionGap: '',
  ldapUrls: '',
  ldapBindDn: '',
  ldapPassword: '',
  ldapUser: '',
  ldapBaseDn: '',
  ldapUserFilter: '',
  mailHost: '',
  mailProtocol: 'imap',
  mailPort: '',
  mailTls: 'implicit',
  mailViaProxy: false,
  onJiraNode: false,
  oidcIssuer: '',
  oidcClientId: '',
  oidcClientSecret: '',
  mailUser: '',
  mailAuthorizer: '',
  azureCloud: 'worldwide',
  azureTenant: '',
  azureClientId: '',
  azureClientSecret: '',
  azureLoginUrl: '',
  oauthAuthorizeEndpoint: '',
  oauthTokenEndpoint: '',
  oauthScopes: '',
  oauthRedirectUri: '',
  signInMode: 'browser',
};

/**
 * The settings sections worth offering: those of the checks that bear on the problem and the
 * answers so far (the rest would only add noise).
 */
export function extrasFor(checks: readonly CheckId[]): { ldap: boolean; mail: boolean; oidc: boolean; samples: boolean; sessionGap: boolean } {
  return {
    ldap: checks.includes('ldap'),
    mail: checks.includes('mail'),
    oidc: checks.includes('oidc'),
    samples: checks.includes('rest401-sampling'),
    sessionGap: checks.includes('session-cookie'),
  };
}

const given = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * Jira's OAuth 2.0 settings as the sign-in uses them: what the form gives, the rest as the
 * knowledge suggests for the cloud (the command line's defaults, from the same function).
 */
export function suggestedSignIn(form: ConnectionForm): JiraOAuthSettings {
  return jiraOAuthSettings({
    cloud: form.azureCloud,
    tenant: given(form.azureTenant),
    loginUrl: given(form.azureLoginUrl),
    authorizeEndpoint: given(form.oauthAuthorizeEndpoint),
    tokenEndpoint: given(form.oauthTokenEndpoint),
    scopes: given(form.oauthScopes),
  });
}

/** Whole seconds as typed ("30", "2.5"), in milliseconds; anything else is left to the service's default. */
const milliseconds = (text: string) => (/^\d+(\.\d+)?$/.test(text.trim()) ? Math.round(Number(text.trim()) * 1000) : undefined);

/**
 * The `checks.start` request for a filled form: only the checks that bear on the problem
 * (`checks`), and of the settings only what was given, so the service runs each of those checks
 * the given settings make possible and says what the others need. Validation is the service's
 * (one set of rules for the UI and the command line); its messages come back per field.
 */
export function toStartRequest(form: ConnectionForm, checks: readonly CheckId[]): RequestOf<'checks.start'> {
  const extras = extrasFor(checks);
  // Without Jira's address only the mail and Microsoft checks run: the check before setting up a handler.
  const settings: RequestOf<'checks.start'>['settings'] = { ...(given(form.baseUrl) ? { baseUrl: form.baseUrl.trim() } : {}), auth: form.auth };
  if (checks.length > 0) settings.checks = [...checks];
  if (form.auth === 'basic' && given(form.username)) settings.username = given(form.username);
  if (given(form.proxyUrl)) settings.proxy = { url: form.proxyUrl.trim(), ...(given(form.proxyUser) ? { username: given(form.proxyUser) } : {}) };
  if (given(form.caFile)) settings.caFile = given(form.caFile);
  if (form.insecure) settings.insecure = true;
  const timeout = milliseconds(form.timeout);
  if (timeout !== undefined) settings.timeoutMs = timeout;
  if (extras.samples && /^\d+$/.test(form.samples.trim())) settings.samples = Number(form.samples.trim());
  const gap = extras.sessionGap ? milliseconds(form.sessionGap) : undefined;
  if (gap !== undefined) settings.sessionGapMs = gap;
  const ldapUrls = form.ldapUrls.split(/[\s,]+/).filter(Boolean);
  if (extras.ldap && ldapUrls.length > 0) {
    settings.ldap = {
      urls: ldapUrls,
      user: form.ldapUser.trim(),
      baseDn: form.ldapBaseDn.trim(),
      ...(given(form.ldapBindDn) ? { bindDn: given(form.ldapBindDn) } : {}),
      ...(given(form.ldapUserFilter) ? { userFilter: given(form.ldapUserFilter) } : {}),
    };
  }
  if (extras.mail && given(form.mailHost)) {
    const port = form.mailPort.trim();
    settings.mail = {
      host: form.mailHost.trim(),
      protocol: form.mailProtocol,
      tls: form.mailTls,
      // A port that is not a number goes as NaN (null on the wire), so the service's message names the field.
      ...(port !== '' ? { port: /^\d+$/.test(port) ? Number(port) : NaN } : {}),
      ...(form.mailViaProxy ? { viaProxy: true } : {}),
      ...(given(form.mailUser) ? { user: given(form.mailUser) } : {}),
      ...(given(form.mailUser) && given(form.mailAuthorizer) ? { authorizer: given(form.mailAuthorizer) } : {}),
    };
    if (form.onJiraNode) settings.onJiraNode = true;
  }
  if (extras.mail && given(form.azureTenant) && given(form.azureClientId) && given(form.azureClientSecret)) {
    settings.azure = { tenant: form.azureTenant.trim(), clientId: form.azureClientId.trim(), cloud: form.azureCloud, ...(given(form.azureLoginUrl) ? { loginUrl: given(form.azureLoginUrl) } : {}) };
  }
  if (extras.mail && given(form.azureClientId)) {
    settings.signIn = {
      clientId: form.azureClientId.trim(),
      ...suggestedSignIn(form),
      ...(given(form.oauthRedirectUri) ? { redirectUri: given(form.oauthRedirectUri) } : {}),
    };
  }
  if (extras.oidc && given(form.oidcClientId)) settings.oidc = { clientId: form.oidcClientId.trim(), ...(given(form.oidcIssuer) ? { issuer: given(form.oidcIssuer) } : {}) };

  const secrets: Secrets = {};
  if (form.auth === 'basic') secrets.password = form.password;
  if (form.auth === 'pat') secrets.token = form.token;
  if (settings.proxy?.username) secrets.proxyPassword = form.proxyPassword;
  if (settings.ldap?.bindDn) secrets.ldapPassword = form.ldapPassword;
  if (settings.oidc && form.oidcClientSecret !== '') secrets.oidcClientSecret = form.oidcClientSecret;
  if ((settings.signIn || settings.azure) && given(form.azureClientSecret)) secrets.azureClientSecret = form.azureClientSecret;
  return { settings, secrets };
}

/** Whether the form names something to check without Jira's address (the mail server or the Entra app). */
export function checksWithoutJira(form: ConnectionForm, checks: readonly CheckId[]): boolean {
  const { settings } = toStartRequest(form, checks);
  return settings.mail !== undefined || settings.azure !== undefined;
}

/** The form without its secrets, to remember between visits. */
export function withoutSecrets(form: ConnectionForm): ConnectionForm {
  const copy = { ...form };
  for (const field of SECRET_FIELDS) copy[field] = '';
  return copy;
}

type Secrets = NonNullable<RequestOf<'checks.start'>['secrets']>;

/** Which remembered secrets belong to this form: one set per Jira, way of signing in and user. */
export function credentialKey(form: ConnectionForm): string | undefined {
  const base = form.baseUrl.trim();
  if (base === '' || form.auth === 'none') return undefined;
  return [base, form.auth, form.auth === 'basic' ? form.username.trim() : ''].join('|');
}

/** Remembered secrets go into the fields the admin has left empty; what they typed wins. */
export function withRememberedSecrets(form: ConnectionForm, secrets: Secrets): ConnectionForm {
  const copy = { ...form };
  for (const field of SECRET_FIELDS) {
    const remembered = secrets[field];
    if (copy[field] === '' && remembered) copy[field] = remembered;
  }
  return copy;
}
