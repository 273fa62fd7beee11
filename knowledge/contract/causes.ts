import type { Symptom } from './facts';

/** Cause ids of the public contract, by article family. Stable: never rename or drop one. */
export const CAUSE_IDS = [
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

export type CauseId = (typeof CAUSE_IDS)[number];

export function symptomOf(id: CauseId): Symptom {
  return id.slice(0, id.indexOf('/')) as Symptom;
}
