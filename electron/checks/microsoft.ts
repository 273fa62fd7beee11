/**
 * The Microsoft identity platform as the mail checks need it (jira-facts §4.2, §4.3): the sign-in
 * host and Outlook resource of each cloud, its endpoints, its error answers and what their AADSTS
 * codes mean in plain words. Pure: no I/O.
 */
import { expectedScopes } from '../../knowledge/engine/scopes';
import type { Cloud } from './clouds';
import { checkWords, type CheckWords } from './words';

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
  const explain = e.code !== undefined && Object.hasOwn(checkWords().identity, e.code) ? checkWords().identity[e.code as keyof CheckWords['identity']] : undefined;
  return explain?.(e.code!, { ...context, scopes: expectedScopes(context.cloud) });
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
