import type { RequestOf } from '../../electron/api/contract';
import type { Symptom } from '../../knowledge';

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
  samples: string;
  ldapUrls: string;
  ldapBindDn: string;
  ldapPassword: string;
  ldapUser: string;
  ldapBaseDn: string;
  mailHost: string;
  mailProtocol: 'imap' | 'pop';
  mailTls: 'implicit' | 'starttls' | 'none';
  oidcIssuer: string;
  oidcClientId: string;
};

export const SECRET_FIELDS = ['password', 'token', 'proxyPassword', 'ldapPassword'] as const satisfies readonly (keyof ConnectionForm)[];

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
  samples: '10',
  ldapUrls: '',
  ldapBindDn: '',
  ldapPassword: '',
  ldapUser: '',
  ldapBaseDn: '',
  mailHost: '',
  mailProtocol: 'imap',
  mailTls: 'implicit',
  oidcIssuer: '',
  oidcClientId: '',
};

/** The settings sections worth offering for a problem (the rest would only add noise). */
export function extrasFor(symptom: Symptom | undefined): { ldap: boolean; mail: boolean; oidc: boolean; samples: boolean } {
  return {
    ldap: symptom === undefined || symptom === 'rest-401',
    mail: symptom === undefined || symptom === 'mail-oauth',
    oidc: symptom === undefined || symptom === 'rest-sso',
    samples: symptom === undefined || symptom === 'rest-401',
  };
}

const given = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The `checks.start` request for a filled form: empty optional sections are left out, so the
 * service runs every check the given settings make possible. Validation is the service's (one set
 * of rules for the UI and the command line); its messages come back per field.
 */
export function toStartRequest(form: ConnectionForm, symptom: Symptom | undefined): RequestOf<'checks.start'> {
  const extras = extrasFor(symptom);
  const settings: RequestOf<'checks.start'>['settings'] = { baseUrl: form.baseUrl.trim(), auth: form.auth };
  if (form.auth === 'basic' && given(form.username)) settings.username = given(form.username);
  if (given(form.proxyUrl)) settings.proxy = { url: form.proxyUrl.trim(), ...(given(form.proxyUser) ? { username: given(form.proxyUser) } : {}) };
  if (given(form.caFile)) settings.caFile = given(form.caFile);
  if (form.insecure) settings.insecure = true;
  if (extras.samples && /^\d+$/.test(form.samples.trim())) settings.samples = Number(form.samples.trim());
  const ldapUrls = form.ldapUrls.split(/[\s,]+/).filter(Boolean);
  if (extras.ldap && ldapUrls.length > 0) {
    settings.ldap = {
      urls: ldapUrls,
      user: form.ldapUser.trim(),
      baseDn: form.ldapBaseDn.trim(),
      ...(given(form.ldapBindDn) ? { bindDn: given(form.ldapBindDn) } : {}),
    };
  }
  if (extras.mail && given(form.mailHost)) settings.mail = { host: form.mailHost.trim(), protocol: form.mailProtocol, tls: form.mailTls };
  if (extras.oidc && given(form.oidcClientId)) settings.oidc = { clientId: form.oidcClientId.trim(), ...(given(form.oidcIssuer) ? { issuer: given(form.oidcIssuer) } : {}) };

  const secrets: Secrets = {};
  if (form.auth === 'basic') secrets.password = form.password;
  if (form.auth === 'pat') secrets.token = form.token;
  if (settings.proxy?.username) secrets.proxyPassword = form.proxyPassword;
  if (settings.ldap?.bindDn) secrets.ldapPassword = form.ldapPassword;
  return { settings, secrets };
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
