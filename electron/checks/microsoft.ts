/**
 * The Microsoft identity platform as the mail checks need it (jira-facts §4.2, §4.3): the sign-in
 * host and Outlook resource of each cloud, its endpoints, its error answers and what their AADSTS
 * codes mean in plain words. Pure: no I/O.
 */
import { expectedScopes } from '../../knowledge/engine/scopes';
import { setting } from './wording';

export const CLOUDS = ['worldwide', 'gcc', 'gcc-high', 'dod'] as const;
export type Cloud = (typeof CLOUDS)[number];

type CloudFacts = {
  /** The Entra sign-in host of the cloud. */
  login: string;
  /** The resource of app-only (client credentials) tokens for IMAP/POP: `<resource>/.default`. */
  appResource: string;
  /** Exchange Online's IMAP/POP host. */
  mailHost: string;
};

/** GCC lives in the worldwide cloud; GCC High and DoD in the US Government one (facts §4.2, §4.3). */
const US_GOV: CloudFacts = {
  login: 'https://login.microsoftonline.us',
  appResource: 'https://outlook.office365.us',
  mailHost: 'outlook.office365.us',
};
const WORLDWIDE: CloudFacts = {
  login: 'https://login.microsoftonline.com',
  appResource: 'https://outlook.office365.com',
  mailHost: 'outlook.office365.com',
};
export const CLOUD_FACTS: Record<Cloud, CloudFacts> = { worldwide: WORLDWIDE, gcc: WORLDWIDE, 'gcc-high': US_GOV, dod: US_GOV };

export function appOnlyScope(cloud: Cloud): string {
  return `${CLOUD_FACTS[cloud].appResource}/.default`;
}

export function tenantEndpoint(loginBase: string, tenant: string, path: 'token' | 'authorize' | 'devicecode'): string {
  return `${loginBase.replace(/\/+$/, '')}/${encodeURIComponent(tenant)}/oauth2/v2.0/${path}`;
}

/** The tenant segment of a Microsoft identity platform endpoint URL, or undefined when it has none. */
export function endpointTenant(url: string): string | undefined {
  try {
    return /^\/([^/]+)\/oauth2\/(?:v2\.0\/)?(?:authorize|token|devicecode)\/?$/.exec(new URL(url).pathname)?.[1];
  } catch {
    return undefined;
  }
}

/** The audiences that are not one tenant: /common, /organizations, /consumers. */
export function isSharedTenant(tenant: string): boolean {
  return ['common', 'organizations', 'consumers'].includes(tenant.toLowerCase());
}

/** A Microsoft identity platform error answer (facts §4.2). */
export type IdentityError = {
  error: string;
  /** The first line of error_description (without Trace ID, Correlation ID, Timestamp). */
  description: string;
  /** `AADSTS7000222`, from error_codes or the description. */
  code?: string;
  traceId?: string;
  correlationId?: string;
  timestamp?: string;
};

/** Reads an error answer of the token endpoint, or the error/error_description of a redirect. */
export function parseIdentityError(answer: unknown): IdentityError | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const a = answer as Record<string, unknown>;
  if (typeof a.error !== 'string' || a.error === '') return undefined;
  const full = typeof a.error_description === 'string' ? a.error_description : '';
  const description = full.split(/\r?\n/)[0]!.trim();
  const fromCodes = Array.isArray(a.error_codes) && typeof a.error_codes[0] === 'number' ? `AADSTS${a.error_codes[0]}` : undefined;
  const code = /\bAADSTS\d+\b/.exec(full)?.[0] ?? fromCodes;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const traceId = str(a.trace_id) ?? /Trace ID: (\S+)/.exec(full)?.[1];
  const correlationId = str(a.correlation_id) ?? /Correlation ID: (\S+)/.exec(full)?.[1];
  const timestamp = str(a.timestamp) ?? /Timestamp: ([^\r\n]+)/.exec(full)?.[1]?.trim();
  return {
    error: a.error,
    description: description || a.error,
    ...(code ? { code } : {}),
    ...(traceId ? { traceId } : {}),
    ...(correlationId ? { correlationId } : {}),
    ...(timestamp ? { timestamp } : {}),
  };
}

/** The identity error as one line for the `errors` fact: the code and Microsoft's own words. */
export function errorLine(e: IdentityError): string {
  if (e.code && e.description.startsWith(e.code)) return e.description;
  return e.code ? `${e.code}: ${e.description}` : `${e.error}: ${e.description}`;
}

/** What Microsoft's answer means for the admin, and what to do; undefined for codes not known here. */
export function explainIdentityError(e: IdentityError, context: { clientId: string; tenant: string; cloud: Cloud }): { message: string; advice: string } | undefined {
  const portal = context.cloud === 'gcc-high' || context.cloud === 'dod' ? 'the Azure Government portal (portal.azure.us)' : 'the Azure portal (portal.azure.com)';
  switch (e.code) {
    case 'AADSTS7000222':
      return {
        message: `The client secret of the app ${context.clientId} has expired (${e.code}). Jira can no longer get tokens with it, so the mail handler stops fetching mail.`,
        advice: `In ${portal}, App registrations > the app > Certificates & secrets: create a new client secret, paste its Value into Jira's OAuth 2.0 integration, and authorize the mailbox again.`,
      };
    case 'AADSTS7000215':
      return {
        message: `Microsoft did not accept the client secret (${e.code}): this is usually the secret's ID pasted instead of its value.`,
        advice: `In ${portal}, Certificates & secrets shows two columns: use the Value (shown only when the secret is created), not the Secret ID. If the value is lost, create a new secret.`,
      };
    case 'AADSTS700016':
      return {
        message: `There is no app with the client id ${context.clientId} in the tenant ${context.tenant} (${e.code}): a wrong client id, a wrong tenant, or an app registered in another Microsoft cloud.`,
        advice: `Copy the Application (client) ID and the Directory (tenant) ID from the app's Overview page in ${portal}; a GCC High or DoD app lives in the US Government cloud ${setting('azureCloud', 'gcc-high')}.`,
      };
    case 'AADSTS90002':
      return {
        message: `The tenant ${context.tenant} is unknown to the ${context.cloud === 'gcc-high' || context.cloud === 'dod' ? 'US Government' : 'worldwide'} sign-in service (${e.code}): a typing error in the tenant, or a tenant of another Microsoft cloud.`,
        advice:
          context.cloud === 'gcc-high' || context.cloud === 'dod'
            ? `Check the Directory (tenant) ID; a worldwide or GCC tenant signs in at login.microsoftonline.com ${setting('azureCloud', 'worldwide')}.`
            : `Check the Directory (tenant) ID. A GCC High or DoD tenant signs in at login.microsoftonline.us: run again in the US Government cloud ${setting('azureCloud', 'gcc-high')}, and use the .us endpoints and scopes in Jira.`,
      };
    case 'AADSTS50194':
      return {
        message: `The app ${context.clientId} is single-tenant, and Jira's endpoints use /common (${e.code}).`,
        advice: 'Put the tenant id in both endpoints in Jira instead of /common (https://login.microsoftonline.com/<tenant id>/oauth2/v2.0/authorize and …/token), or make the app multi-tenant.',
      };
    case 'AADSTS70011':
      return {
        message: `Microsoft rejected the scopes (${e.code}).`,
        advice: `Use exactly the scopes the article gives for this cloud: ${expectedScopes(context.cloud)}`,
      };
    case 'AADSTS65001':
      return {
        message: `Nobody has consented to the app's permissions (${e.code}).`,
        advice: 'Have an administrator grant admin consent for the IMAP/POP permissions on the app\'s API permissions page, or sign in once and accept the consent prompt.',
      };
    case 'AADSTS50011':
      return {
        message: `The redirect address sent does not match any Redirect URI of the app (${e.code}).`,
        advice: "Add the address Jira shows as its Redirect URL to the app's Authentication > Redirect URIs (Web platform), exactly, and save.",
      };
    case 'AADSTS7000218':
      return {
        message: `The app expects its client secret with this request (${e.code}): public client flows (device code) are not allowed for it.`,
        advice: 'Use the browser sign-in instead, or turn on "Allow public client flows" on the app\'s Authentication page.',
      };
    default:
      return undefined;
  }
}

/**
 * The claims of a JWT, read without verifying it: only to name the signed-in account (the token
 * issuer already verified it; the mail server verifies it again). Undefined when not a JWT.
 */
export function jwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The account a token or ID token belongs to, from its claims (work accounts: upn or preferred_username). */
export function accountOf(claims: Record<string, unknown> | undefined): string | undefined {
  if (!claims) return undefined;
  for (const name of ['preferred_username', 'upn', 'unique_name', 'email']) {
    const v = claims[name];
    if (typeof v === 'string' && v.includes('@')) return v;
  }
  return undefined;
}

export function sameAccount(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The SASL XOAUTH2 initial response (facts §4.3). */
export function xoauth2(user: string, token: string): string {
  return Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`).toString('base64');
}
