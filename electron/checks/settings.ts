import * as z from 'zod';
import zodJapanese from 'zod/v4/locales/ja.js';
import { CHECK_IDS } from '../../knowledge/contract/checks';
import { maskSecrets } from '../text/mask';
import { DEFAULT_DEADLINE_MS, DEFAULT_SAMPLES, DEFAULT_SESSION_GAP_MS, DEFAULT_TIMEOUT_MS, MAX_SAMPLES } from './limits';
import { CLOUDS } from './clouds';
import { COMMAND_LINES, wordedDeep, type Wording } from './wording';
import { checkLanguage, checkWords, inLanguage } from './words';
import type { CheckWords, UrlWhat } from './words-en';
import type { Language } from '../../knowledge/core';

/**
 * What the automated checks need to know about the installation. Secrets are never part of these
 * settings (they may be saved with a session); they travel separately as `CheckSecrets`.
 */

export { DEFAULT_DEADLINE_MS, DEFAULT_SAMPLES, DEFAULT_SESSION_GAP_MS, DEFAULT_TIMEOUT_MS, MAX_SAMPLES } from './limits';

type SettingsWords = CheckWords['settings'];
/** A message of the schema, in the language of the parse (zod asks for it only when a value is wrong). */
const said = (key: { [K in keyof SettingsWords]: SettingsWords[K] extends string ? K : never }[keyof SettingsWords]) => ({ error: () => checkWords().settings[key] });

/**
 * Built on first use (z.lazy): the services load this module at every start of the app, and most
 * starts never run a check.
 */
export const checkSettingsSchema = z.lazy(() => {
  const httpUrl = z.string().trim().min(1, said('urlRequired'));
  return z.strictObject({
    /** Jira's base URL as users reach it, with or without a context path (e.g. https://jira.example.com/jira). */
    baseUrl: httpUrl.optional(),
    /** How the checks authenticate: nothing, a user name and password (Basic), or a personal access token. */
    auth: z.enum(['none', 'basic', 'pat']).default('none'),
    username: z.string().trim().min(1).optional(),
    /** Outbound HTTP proxy between this machine and Jira (and the identity provider, mail host). */
    proxy: z.strictObject({ url: httpUrl, username: z.string().min(1).optional() }).optional(),
    /** A PEM file with extra certificate authorities to trust (e.g. the company's inspection CA). */
    caFile: z.string().min(1).optional(),
    /** Skip TLS certificate verification. Only on the admin's explicit request; every result says so. */
    insecure: z.boolean().default(false),
    /** The checks to run; absent means every check the settings make possible. */
    checks: z.array(z.enum(CHECK_IDS)).min(1).optional(),
    /** Time one check may take, in milliseconds. */
    timeoutMs: z.number().int().min(500, said('timeoutMin')).max(300_000, said('timeoutMax')).default(DEFAULT_TIMEOUT_MS),
    /** Time the whole run may take, in milliseconds. */
    deadlineMs: z.number().int().min(1_000, said('deadlineMin')).max(3_600_000, said('deadlineMax')).default(DEFAULT_DEADLINE_MS),
    /** Authenticated requests the 401-sampling check may make (the admin approves this number). */
    samples: z.number().int().min(1, said('samplesMin')).max(MAX_SAMPLES, { error: () => checkWords().settings.samplesMax(MAX_SAMPLES) }).default(DEFAULT_SAMPLES),
    /** The pause between requests that reuse a session cookie; longer than a short session timeout catches it. */
    sessionGapMs: z.number().int().min(0).max(60_000, said('gapMax')).default(DEFAULT_SESSION_GAP_MS),
    oidc: z
      .strictObject({
        /** The issuer URL, e.g. https://sso.example.com/realms/main; or give host and realm. */
        issuer: httpUrl.optional(),
        host: httpUrl.optional(),
        realm: z.string().trim().min(1).optional(),
        clientId: z.string().trim().min(1, said('oidcClientId')),
      })
      .refine((o) => o.issuer !== undefined || (o.host !== undefined && o.realm !== undefined), said('oidcIssuer'))
      .optional(),
    mail: z
      .strictObject({
        host: z.string().trim().min(1),
        protocol: z.enum(['imap', 'pop']).default('imap'),
        port: z
          .number(said('portNumber'))
          .int(said('portWhole'))
          .min(1, said('portRange'))
          .max(65_535, said('portRange'))
          .optional(),
        tls: z.enum(['implicit', 'starttls', 'none']).default('implicit'),
        /** Connect through the HTTP proxy's CONNECT tunnel, as Jira does with mail.<protocol>.proxy.host. */
        viaProxy: z.boolean().default(false),
        /** The mailbox the handler reads; with an access token, the check signs in to it (XOAUTH2). */
        user: z.string().trim().regex(/^[^\s@]+@[^\s@]+$/, said('mailbox')).optional(),
        /** The account expected to authorize the mailbox in Jira (default: the mailbox itself). */
        authorizer: z.string().trim().regex(/^[^\s@]+@[^\s@]+$/, said('authorizer')).optional(),
      })
      .optional(),
    /** The Entra app registration Jira's OAuth 2.0 integration uses (the azure-app check). */
    azure: z
      .strictObject({
        tenant: z.string().trim().min(1, said('tenant')),
        clientId: z.string().trim().min(1, said('clientId')),
        cloud: z.enum(CLOUDS).default('worldwide'),
        /** Overrides the cloud's sign-in host (e.g. a test stand-in). */
        loginUrl: httpUrl.optional(),
      })
      .optional(),
    /** Jira's OAuth 2.0 integration as configured, for the sign-in Jira does (authorization code or device code). */
    signIn: z
      .strictObject({
        authorizeEndpoint: httpUrl,
        tokenEndpoint: httpUrl,
        clientId: z.string().trim().min(1, said('signInClientId')),
        scopes: z.string().trim().min(1, said('signInScopes')),
        /** Jira's Redirect URL (its callback page), when the admin pastes the address the browser ends on. */
        redirectUri: httpUrl.optional(),
      })
      .optional(),
    /** The admin runs this on a Jira node, so what this machine reaches is what Jira reaches. */
    onJiraNode: z.boolean().default(false),
    ldap: z
      .strictObject({
        urls: z.array(z.string().trim().min(1)).min(1, said('ldapUrls')),
        bindDn: z.string().trim().min(1).optional(),
        user: z.string().trim().min(1, said('ldapUser')),
        baseDn: z.string().trim().min(1, said('ldapBaseDn')),
        /** `{user}` stands for the user name (escaped). */
        userFilter: z.string().default('(|(uid={user})(sAMAccountName={user})(cn={user}))'),
        /** `{dn}` stands for the user's DN, `{user}` for the user name (both escaped). */
        groupFilter: z
          .string()
          .default('(|(&(objectClass=groupOfNames)(member={dn}))(&(objectClass=groupOfUniqueNames)(uniqueMember={dn}))(&(objectClass=posixGroup)(memberUid={user})))'),
        groupBaseDn: z.string().trim().min(1).optional(),
      })
      .optional(),
  });
});

export type CheckSettingsInput = z.input<typeof checkSettingsSchema>;
export type CheckSettings = z.output<typeof checkSettingsSchema>;

/** Secrets for one run, read from the environment or a prompt; never persisted, never echoed. */
export type CheckSecrets = {
  password?: string;
  token?: string;
  proxyPassword?: string;
  ldapPassword?: string;
  oidcClientSecret?: string;
  /** An access token for the mailbox (XOAUTH2), from the environment or the sign-in; memory only. */
  mailToken?: string;
  /** The client secret of the Entra app (azure-app check and the sign-in's token request). */
  azureClientSecret?: string;
};

export type SettingsProblem = { field: string; message: string };

/**
 * Parses untrusted settings (a UI request, command-line options) and checks what zod cannot:
 * URLs that parse, credentials that fit the auth mode. Every problem says what to change, in
 * `language` (by default the caller's, see words.ts), naming the settings as `words` does (the command line's options, or the window's fields).
 */
export function parseCheckSettings(
  input: unknown,
  secrets: CheckSecrets = {},
  words?: Wording,
  language: Language = checkLanguage(),
): { ok: true; settings: CheckSettings } | { ok: false; problems: SettingsProblem[] } {
  return inLanguage(language, () => parse(input, secrets, words ?? COMMAND_LINES[language], language));
}

function parse(input: unknown, secrets: CheckSecrets, words: Wording, language: Language): { ok: true; settings: CheckSettings } | { ok: false; problems: SettingsProblem[] } {
  // zod's own words, for what the schema does not word itself (a key it does not know, a wrong type).
  const parsed = checkSettingsSchema.safeParse(input, language === 'ja' ? { error: zodJapanese().localeError } : undefined);
  if (!parsed.success) {
    return {
      ok: false,
      problems: wordedDeep(parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(settings)', message: issue.message })), words),
    };
  }
  const w = checkWords().settings;
  const settings = parsed.data;
  const problems: SettingsProblem[] = [];
  // Without Jira's address only the mail and Microsoft checks run (the pre-flight before setting up a handler).
  if (settings.baseUrl !== undefined) {
    const base = normalizeBaseUrl(settings.baseUrl);
    if (!base.ok) problems.push({ field: 'baseUrl', message: base.message });
    else settings.baseUrl = base.url;
  }
  if (settings.proxy) {
    const proxy = parseHttpUrl(settings.proxy.url, 'proxy');
    if (!proxy.ok) problems.push({ field: 'proxy.url', message: proxy.message });
    else if (proxy.url.username || proxy.url.password) problems.push({ field: 'proxy.url', message: w.proxyCredentialsInUrl });
  }
  for (const [field, value] of [['oidc.issuer', settings.oidc?.issuer], ['oidc.host', settings.oidc?.host]] as const) {
    if (value === undefined) continue;
    const url = parseHttpUrl(value, 'identity provider');
    if (!url.ok) problems.push({ field, message: url.message });
  }
  for (const [field, value] of [
    ['azure.loginUrl', settings.azure?.loginUrl],
    ['signIn.authorizeEndpoint', settings.signIn?.authorizeEndpoint],
    ['signIn.tokenEndpoint', settings.signIn?.tokenEndpoint],
    ['signIn.redirectUri', settings.signIn?.redirectUri],
  ] as const) {
    if (value === undefined) continue;
    const url = parseHttpUrl(value, 'sign-in');
    if (!url.ok) problems.push({ field, message: url.message });
    else if (field !== 'signIn.redirectUri' && !secureOrLoopback(url.url)) problems.push({ field, message: w.notHttps(value) });
  }
  if (settings.mail?.authorizer && !settings.mail.user) problems.push({ field: 'mail.authorizer', message: w.authorizerNeedsMailbox });
  if (secrets.mailToken !== undefined && !settings.mail?.user) problems.push({ field: 'mail.user', message: w.tokenNeedsMailbox });
  if (settings.azure && secrets.azureClientSecret === undefined) problems.push({ field: 'azure.secret', message: w.azureSecret });
  if (settings.mail?.viaProxy && !settings.proxy) problems.push({ field: 'mail.viaProxy', message: w.viaProxyNeedsProxy });
  settings.ldap?.urls.forEach((value, i) => {
    if (!/^ldaps?:\/\/[^/]+/i.test(value)) problems.push({ field: `ldap.urls.${i}`, message: w.notLdapUrl(value) });
  });
  if (settings.auth === 'basic' && !settings.username) problems.push({ field: 'username', message: w.needsUsername });
  if (settings.auth === 'basic' && secrets.password === undefined) problems.push({ field: 'password', message: w.needsPassword });
  if (settings.auth === 'pat' && secrets.token === undefined) problems.push({ field: 'token', message: w.needsToken });
  if (settings.ldap?.bindDn && secrets.ldapPassword === undefined) problems.push({ field: 'ldap.password', message: w.needsLdapPassword });
  if (settings.proxy?.username && secrets.proxyPassword === undefined) problems.push({ field: 'proxy.password', message: w.needsProxyPassword });
  // A message quotes what was typed, which may carry a password (https://user:pw@host).
  return problems.length ? { ok: false, problems: wordedDeep(problems.map((p) => ({ ...p, message: maskSecrets(p.message) })), words) } : { ok: true, settings };
}

/**
 * Normalizes Jira's base URL: keeps the context path (`/jira`), drops a trailing slash, query and
 * fragment, and rejects what cannot be a Jira address with a message that says what to type.
 */
export function normalizeBaseUrl(input: string): { ok: true; url: string } | { ok: false; message: string } {
  const parsed = parseHttpUrl(input, 'Jira base');
  if (!parsed.ok) return parsed;
  const url = parsed.url;
  if (url.username || url.password) return { ok: false, message: checkWords().settings.credentialsInUrl };
  let path = url.pathname.replace(/\/+$/, '');
  // People paste a page address; the base URL is what comes before Jira's own paths.
  const jiraPath = /\/(secure|browse|rest|login\.jsp|plugins|servicedesk)(\/|$)/i.exec(path);
  if (jiraPath) path = path.slice(0, jiraPath.index);
  return { ok: true, url: `${url.protocol}//${url.host}${path}` };
}

/** Secrets travel only over https, except to this machine itself (tests and local stand-ins). */
export function secureOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || isLoopbackHost(url.hostname);
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function parseHttpUrl(input: string, setting: UrlWhat): { ok: true; url: URL } | { ok: false; message: string } {
  const w = checkWords().settings;
  const what = w.url[setting];
  const text = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : undefined;
  if (!withScheme) return { ok: false, message: w.noScheme(what, text, text || 'jira.example.com') };
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: w.invalid(what, text) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: w.notHttp(what, url.protocol) };
  if (!url.hostname) return { ok: false, message: w.noHost(what, text) };
  return { ok: true, url };
}
