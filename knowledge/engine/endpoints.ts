import type { Language } from '../i18n/translations';
import type { MicrosoftCloud } from './scopes';
import { engineWording } from './wording';

/**
 * Parsing of the Microsoft identity platform endpoints configured in Jira's OAuth 2.0 integration
 * (article 001, Solution for Root Cause 8; facts sheet §4.2):
 * `https://<authority host>/<tenant>/oauth2/v2.0/authorize` and `…/token`.
 */

export type TenantKind = 'common' | 'organizations' | 'consumers' | 'specific';
export type AuthorityCloud = 'worldwide' | 'us-government' | 'china';

export type MicrosoftEndpoint = {
  host: string;
  cloud: AuthorityCloud;
  tenant: string;
  tenantKind: TenantKind;
  /** `authorize`, `token`, or another path (then `remark` says what is wrong). */
  kind: 'authorize' | 'token' | 'other';
  /** True for the v2.0 endpoints, the ones Jira's integration is documented with. */
  v2: boolean;
  /** Something worth telling the admin even though the address parses (v1 path, http, …). */
  remark?: string;
};

export type EndpointParse = { ok: true; endpoint: MicrosoftEndpoint } | { ok: false; reason: string };

const AUTHORITY: Record<string, AuthorityCloud> = {
  'login.microsoftonline.com': 'worldwide',
  'login.windows.net': 'worldwide',
  'login.microsoftonline.us': 'us-government',
  'login.partner.microsoftonline.cn': 'china',
  'login.chinacloudapi.cn': 'china',
};

const AUTHORITY_HOST: Record<AuthorityCloud, string> = {
  worldwide: 'login.microsoftonline.com',
  'us-government': 'login.microsoftonline.us',
  china: 'login.partner.microsoftonline.cn',
};

const CLOUD_AUTHORITY: Record<MicrosoftCloud, AuthorityCloud> = {
  worldwide: 'worldwide',
  gcc: 'worldwide',
  'gcc-high': 'us-government',
  dod: 'us-government',
};

export function parseMicrosoftEndpoint(address: string, language: Language = 'en'): EndpointParse {
  const words = engineWording(language).endpoint;
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { ok: false, reason: words.notUrl(address) };
  }
  const host = url.hostname.toLowerCase();
  const cloud = AUTHORITY[host];
  if (!cloud) {
    return { ok: false, reason: words.notMicrosoft(host) };
  }
  const segments = url.pathname.split('/').filter(Boolean);
  const tenant = segments[0];
  if (!tenant) return { ok: false, reason: words.noTenant(address) };
  const lower = tenant.toLowerCase();
  const tenantKind: TenantKind = lower === 'common' || lower === 'organizations' || lower === 'consumers' ? lower : 'specific';
  const rest = segments.slice(1).map((s) => s.toLowerCase());
  const v2 = rest[0] === 'oauth2' && rest[1] === 'v2.0';
  const last = rest[rest.length - 1];
  const kind = last === 'authorize' ? 'authorize' : last === 'token' ? 'token' : 'other';
  const remarks: string[] = [];
  if (url.protocol !== 'https:') remarks.push(words.notHttps);
  if (!v2) remarks.push(words.notV2);
  if (kind === 'other') remarks.push(words.notAuthorizeOrToken);
  return {
    ok: true,
    endpoint: { host, cloud, tenant, tenantKind, kind, v2, ...(remarks.length ? { remark: remarks.join(words.separator) } : {}) },
  };
}

/** The authority host a cloud's sign-ins go to, e.g. login.microsoftonline.us for GCC High. */
export function authorityHost(cloud: MicrosoftCloud): string {
  return AUTHORITY_HOST[CLOUD_AUTHORITY[cloud]];
}

/** True when the endpoint's authority serves the Microsoft 365 cloud in use. */
export function endpointMatchesCloud(endpoint: MicrosoftEndpoint, cloud: MicrosoftCloud): boolean {
  return endpoint.cloud === CLOUD_AUTHORITY[cloud];
}
