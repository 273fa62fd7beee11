import type { CheckDefinition } from './check';
import { appOnlyScope, CLOUD_FACTS, errorLine, explainIdentityError, parseIdentityError, tenantEndpoint } from './microsoft';
import { fail } from './problems';
import { secureOrLoopback } from './settings';
import { setting } from './wording';

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
  unavailable: (settings) => (settings.azure ? undefined : `give the app registration: its tenant ${setting('azureTenant')}, application ID ${setting('azureClientId')} and client secret ${setting('azureClientSecret')}, and for GCC High or DoD its cloud ${setting('azureCloud')}`),
  async run(ctx) {
    const azure = ctx.settings.azure!;
    const secret = ctx.secrets.azureClientSecret!;
    const login = azure.loginUrl ?? CLOUD_FACTS[azure.cloud].login;
    const url = tenantEndpoint(login, azure.tenant, 'token');
    // Parsing refuses such settings already; this guards every other way in.
    if (!secureOrLoopback(new URL(url))) fail('other', `${url} is not https, so the client secret was not sent.`, `Give the https address of the sign-in service ${setting('azureLoginUrl')}.`);
    const scope = appOnlyScope(azure.cloud);
    ctx.progress(`asking ${new URL(url).host} for an app-only token`);
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
      fail('bad-response', `${url} answered ${res.status} with something that is not JSON.`, `Check the sign-in address ${setting('azureLoginUrl')} and any proxy in between: the Microsoft identity platform answers in JSON.`);
    }
    const error = parseIdentityError(body);
    if (!error) {
      const token = (body as Record<string, unknown>).access_token;
      if (res.status !== 200 || typeof token !== 'string') fail('bad-response', `${url} answered ${res.status} without a token or an error.`, 'Look at the evidence for what it said.');
      ctx.evidence.conclude('azure.secretExpired', false, `Microsoft issued an app-only token for ${scope} with this client secret`);
      ctx.evidence.note(`The app ${azure.clientId} exists in the tenant ${azure.tenant} of the ${azure.cloud} cloud, and its client secret works.`);
      ctx.evidence.note('Whether the app is single-tenant is not visible this way; if Jira uses the /common endpoints, the sign-in step shows whether Microsoft accepts them.');
      return;
    }
    ctx.evidence.conclude('errors', [errorLine(error)], `${new URL(url).host} refused the app-only token request`);
    if (error.code === 'AADSTS7000222') ctx.evidence.conclude('azure.secretExpired', true, `Microsoft answered ${error.code}: the client secret has expired`);
    if (error.traceId) ctx.evidence.note(`Microsoft's trace id ${error.traceId}${error.correlationId ? `, correlation id ${error.correlationId}` : ''}${error.timestamp ? `, at ${error.timestamp}` : ''}: quote them to Microsoft support.`);
    const explained = explainIdentityError(error, { clientId: azure.clientId, tenant: azure.tenant, cloud: azure.cloud });
    fail('unauthorized', explained?.message ?? `Microsoft refused the app-only token: ${errorLine(error)}`, explained?.advice ?? 'Look up this code in Microsoft\'s list of sign-in error codes; the diagnosis reads it too.');
  },
};
