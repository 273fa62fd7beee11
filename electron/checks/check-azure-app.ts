import type { CheckDefinition } from './check';
import { appOnlyScope, CLOUD_FACTS, errorLine, explainIdentityError, parseIdentityError, tenantEndpoint } from './microsoft';
import { fail } from './problems';
import { secureOrLoopback } from './settings';
import { checkWords } from './words';

/**
 * The Entra app registration behind Jira's OAuth 2.0 integration (article 001 RC8, RC9, RC14;
 * jira-facts §4.2): an app-only token with the client-credentials grant at the tenant's endpoint
 * of its cloud. It proves the client id, the tenant, the cloud and the secret without anyone
 * signing in. Whether the app is single-tenant cannot be seen this way: Microsoft says so only to a
 * user signing in at /common (AADSTS50194), which the sign-in step shows.
 */
export const azureAppCheck: CheckDefinition = {
  id: 'azure-app',
  title: 'Entra app registration (client secret, tenant, cloud)',
  unavailable: (settings) => (settings.azure ? undefined : checkWords().azure.needs),
  async run(ctx) {
    const w = checkWords().azure;
    const azure = ctx.settings.azure!;
    const secret = ctx.secrets.azureClientSecret!;
    const login = azure.loginUrl ?? CLOUD_FACTS[azure.cloud].login;
    const url = tenantEndpoint(login, azure.tenant, 'token');
    // Parsing refuses such settings already; this guards every other way in.
    if (!secureOrLoopback(new URL(url))) fail('other', w.notHttps(url));
    const scope = appOnlyScope(azure.cloud);
    ctx.progress(w.asking(new URL(url).host));
    const res = await ctx.http.send(
      {
        method: 'POST',
        url,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: azure.clientId, client_secret: secret, scope }).toString(),
      },
      ctx.signal,
      ctx.evidence.record,
    );
    let body: unknown;
    try {
      body = JSON.parse(res.body) as unknown;
    } catch {
      fail('bad-response', w.notJson(url, res.status));
    }
    const error = parseIdentityError(body);
    if (!error) {
      const token = (body as Record<string, unknown>).access_token;
      if (res.status !== 200 || typeof token !== 'string') fail('bad-response', w.noToken(url, res.status));
      ctx.evidence.conclude('azure.secretExpired', false, w.secretWorks(scope));
      ctx.evidence.note(w.appExists(azure.clientId, azure.tenant, azure.cloud));
      ctx.evidence.note(w.tenancyUnseen);
      return;
    }
    ctx.evidence.conclude('errors', [errorLine(error)], w.refusedWhy(new URL(url).host));
    if (error.code === 'AADSTS7000222') ctx.evidence.conclude('azure.secretExpired', true, w.expiredWhy(error.code));
    if (error.traceId) ctx.evidence.note(w.trace(error.traceId, error.correlationId, error.timestamp));
    fail('unauthorized', explainIdentityError(error, { clientId: azure.clientId, tenant: azure.tenant, cloud: azure.cloud }) ?? w.refused(errorLine(error)));
  },
};
