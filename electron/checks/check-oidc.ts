import { randomBytes } from 'node:crypto';
import type { CheckContext, CheckDefinition } from './check';
import type { HttpResponse } from './http';
import { asRecord, expectJson } from './jira-answer';
import { CheckFailure, fail } from './problems';
import type { CheckSettings } from './settings';
import { setting } from './wording';

/** Discovery fields naming endpoints the OpenID Connect plugin calls or sends browsers to. */
const ENDPOINT_FIELDS = ['issuer', 'authorization_endpoint', 'token_endpoint', 'userinfo_endpoint', 'jwks_uri', 'end_session_endpoint'] as const;

/**
 * The identity provider behind the OpenID Connect plugin (article 003, jira-facts §4.1): discovery
 * (also under Keycloak's old /auth prefix), whether every endpoint is https, whether it is Keycloak,
 * and whether the client may use the password grant, probed with a random user that cannot exist.
 */
export const oidcCheck: CheckDefinition = {
  id: 'oidc',
  title: 'OpenID Connect provider and Direct Access Grants',
  unavailable: (settings) => (settings.oidc ? undefined : `give the identity provider's issuer URL ${setting('oidcIssuer')} and the client ID the Jira plugin uses ${setting('oidcClientId')}`),
  async run(ctx) {
    const { doc, issuerUrl } = await discover(ctx);
    const endpoints = ENDPOINT_FIELDS.flatMap((f) => (typeof doc[f] === 'string' ? [{ field: f, url: doc[f] }] : []));
    const plain = endpoints.filter((e) => !e.url.toLowerCase().startsWith('https://'));
    ctx.evidence.conclude(
      'oidc.endpointsHttps',
      plain.length === 0,
      plain.length ? `not https: ${plain.map((e) => `${e.field} ${e.url}`).join(', ')}` : `all ${endpoints.length} endpoints in the discovery document are https`,
    );
    if (typeof doc.issuer === 'string' && doc.issuer.replace(/\/$/, '') !== issuerUrl.replace(/\/$/, '')) {
      ctx.evidence.note(`The provider calls itself ${doc.issuer}, but its discovery document was read at ${issuerUrl}: the plugin rejects tokens whose issuer differs from the one configured (often a proxy or hostname setting of the provider).`);
    }
    const issuer = typeof doc.issuer === 'string' && URL.canParse(doc.issuer) ? doc.issuer : issuerUrl;
    const keycloak = /\/realms\/[^/]+\/?$/.test(new URL(issuer).pathname);
    ctx.evidence.conclude('oidc.provider', keycloak ? 'keycloak' : 'other', keycloak ? 'the issuer has the form …/realms/<realm> of Keycloak' : 'the issuer does not have Keycloak\'s …/realms/<realm> form');

    const token = typeof doc.token_endpoint === 'string' && URL.canParse(doc.token_endpoint) ? doc.token_endpoint : undefined;
    if (!token) fail('bad-response', 'The discovery document names no usable token endpoint.', 'Check the issuer URL and the provider\'s hostname settings; the plugin needs the token endpoint.');
    await probeDirectAccessGrants(ctx, token);
  },
};

async function discover(ctx: CheckContext): Promise<{ doc: Record<string, unknown>; issuerUrl: string }> {
  const tried: string[] = [];
  let lastFailure: CheckFailure | undefined;
  for (const issuer of issuerCandidates(ctx.settings.oidc!)) {
    const url = `${issuer}/.well-known/openid-configuration`;
    tried.push(url);
    let res: HttpResponse;
    try {
      res = await ctx.http.send({ url }, ctx.signal, ctx.evidence.record);
    } catch (error: unknown) {
      if (!(error instanceof CheckFailure)) throw error;
      lastFailure = error;
      continue;
    }
    if (res.status === 404) continue;
    try {
      const doc = asRecord(expectJson(res, issuer, 'The identity provider (discovery)'));
      if (res.status === 200 && typeof doc.issuer === 'string') return { doc, issuerUrl: issuer };
      fail('bad-response', `The discovery document at ${url} answered ${res.status} without an issuer.`, 'Check the issuer URL (for Keycloak: https://host/realms/<realm>).');
    } catch (error: unknown) {
      if (!(error instanceof CheckFailure)) throw error;
      lastFailure = error;
    }
  }
  if (lastFailure) throw lastFailure;
  fail('bad-response', `No discovery document was found (404 at ${tried.join(' and ')}).`, 'Check the realm name and the provider address. Keycloak 17 and later drop the /auth prefix that older versions use.');
}

/** The issuer as given, plus the same with or without Keycloak's old /auth prefix. */
export function issuerCandidates(oidc: NonNullable<CheckSettings['oidc']>): string[] {
  if (oidc.issuer) {
    const issuer = oidc.issuer.replace(/\/+$/, '');
    const url = new URL(issuer);
    const path = url.pathname;
    if (/^\/auth\/realms\//.test(path)) return [issuer, `${url.origin}${path.slice('/auth'.length)}`];
    if (/^\/realms\//.test(path)) return [issuer, `${url.origin}/auth${path}`];
    return [issuer];
  }
  const host = oidc.host!.replace(/\/+$/, '');
  const realm = encodeURIComponent(oidc.realm!);
  return [`${host}/realms/${realm}`, `${host}/auth/realms/${realm}`];
}

async function probeDirectAccessGrants(ctx: CheckContext, tokenEndpoint: string): Promise<void> {
  const { clientId } = ctx.settings.oidc!;
  const form = new URLSearchParams({
    grant_type: 'password',
    client_id: clientId,
    // A user that cannot exist: the probe never counts against a real account's brute-force limit.
    username: `jira-doctor-probe-${randomBytes(8).toString('hex')}`,
    password: randomBytes(12).toString('hex'),
    scope: 'openid',
  });
  if (ctx.secrets.oidcClientSecret !== undefined) form.set('client_secret', ctx.secrets.oidcClientSecret);
  const res = await ctx.http.send(
    { method: 'POST', url: tokenEndpoint, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() },
    ctx.signal,
    ctx.evidence.record,
  );
  const answer = asRecord(safeJson(res.body));
  const error = typeof answer.error === 'string' ? answer.error : '';
  const description = typeof answer.error_description === 'string' ? answer.error_description : '';
  const said = `${res.status} ${error}${description ? ` "${description}"` : ''}`;
  if (error === 'unauthorized_client' && /direct access grants/i.test(description)) {
    ctx.evidence.conclude('oidc.directAccessGrants', false, `the password grant for client ${clientId} was refused: ${said}`);
    return;
  }
  if (error === 'invalid_grant') {
    ctx.evidence.conclude('oidc.directAccessGrants', true, `the provider checked the (made-up) user, so the password grant is allowed for client ${clientId}: ${said}`);
    return;
  }
  if (error === 'invalid_client' || (error === 'unauthorized_client' && /secret|client/i.test(description))) {
    fail(
      'unauthorized',
      `The provider did not accept the client ${clientId} (${said}), so whether it allows the password grant is unknown.`,
      ctx.secrets.oidcClientSecret === undefined
        ? `A confidential client needs its secret: give the client secret ${setting('oidcClientSecret')}.`
        : 'Check the client id and secret against the client in the provider (they must be the ones the Jira plugin uses).',
    );
  }
  fail('bad-response', `The token endpoint answered the probe with ${said}.`, 'This answer does not say whether the password grant is allowed; look at the evidence.');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
