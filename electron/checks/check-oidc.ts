import { randomBytes } from 'node:crypto';
import type { CheckContext, CheckDefinition } from './check';
import type { HttpResponse } from './http';
import { asRecord, expectJson } from './jira-answer';
import { CheckFailure, fail } from './problems';
import type { CheckSettings } from './settings';
import { checkWords } from './words';

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
  unavailable: (settings) => (settings.oidc ? undefined : checkWords().oidc.needs),
  async run(ctx) {
    const w = checkWords().oidc;
    const { doc, issuerUrl } = await discover(ctx);
    const endpoints = ENDPOINT_FIELDS.flatMap((f) => (typeof doc[f] === 'string' ? [{ field: f, url: doc[f] }] : []));
    const plain = endpoints.filter((e) => !e.url.toLowerCase().startsWith('https://'));
    ctx.evidence.conclude(
      'oidc.endpointsHttps',
      plain.length === 0,
      plain.length ? w.notHttps(checkWords().list(plain.map((e) => `${e.field} ${e.url}`))) : w.allHttps(endpoints.length),
    );
    if (typeof doc.issuer === 'string' && doc.issuer.replace(/\/$/, '') !== issuerUrl.replace(/\/$/, '')) {
      ctx.evidence.note(w.issuerDiffers(doc.issuer, issuerUrl));
    }
    const issuer = typeof doc.issuer === 'string' && URL.canParse(doc.issuer) ? doc.issuer : issuerUrl;
    const keycloak = /\/realms\/[^/]+\/?$/.test(new URL(issuer).pathname);
    ctx.evidence.conclude('oidc.provider', keycloak ? 'keycloak' : 'other', keycloak ? w.keycloak : w.notKeycloak);

    const token = typeof doc.token_endpoint === 'string' && URL.canParse(doc.token_endpoint) ? doc.token_endpoint : undefined;
    if (!token) fail('bad-response', w.noTokenEndpoint);
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
      const doc = asRecord(expectJson(res, issuer, 'discovery'));
      if (res.status === 200 && typeof doc.issuer === 'string') return { doc, issuerUrl: issuer };
      fail('bad-response', checkWords().oidc.noIssuer(url, res.status));
    } catch (error: unknown) {
      if (!(error instanceof CheckFailure)) throw error;
      lastFailure = error;
    }
  }
  if (lastFailure) throw lastFailure;
  fail('bad-response', checkWords().oidc.noDiscovery(tried));
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
  const w = checkWords().oidc;
  if (error === 'unauthorized_client' && /direct access grants/i.test(description)) {
    ctx.evidence.conclude('oidc.directAccessGrants', false, w.grantRefused(clientId, said));
    return;
  }
  if (error === 'invalid_grant') {
    ctx.evidence.conclude('oidc.directAccessGrants', true, w.grantAllowed(clientId, said));
    return;
  }
  if (error === 'invalid_client' || (error === 'unauthorized_client' && /secret|client/i.test(description))) {
    fail('unauthorized', w.clientRefused(clientId, said, ctx.secrets.oidcClientSecret !== undefined));
  }
  fail('bad-response', w.unclear(said));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
