// A stand-in for the Microsoft identity platform (Entra ID, v2.0 endpoints), faithful to
// jira-facts §4.2 and Microsoft's published error format: the token endpoint (client_credentials,
// authorization_code, refresh_token, device_code), the authorize endpoint with a sign-in form and
// its redirect (errors as error/error_description on it), the device code endpoints, and a
// test-only introspection endpoint that dovecot's XOAUTH2 asks about the tokens it is given.
//
// Error answers: {"error", "error_description": "AADSTSnnnn: … \r\nTrace ID: …\r\nCorrelation ID: …
// \r\nTimestamp: …", "error_codes": [n], "timestamp", "trace_id", "correlation_id", "error_uri"}.
// Message texts follow Microsoft's error-code reference (learn.microsoft.com/entra/identity-platform/
// reference-error-codes); Microsoft itself warns that they change, so clients match on the code.
import { generateKeyPairSync, randomBytes, randomUUID, sign } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { readBody, sendHtml, sendJson } from '../jira/http';
import { ACCOUNTS, APPS, TENANT, accountOf, type Account, type AppRegistration } from './directory';

export type IdentityPlatform = {
  /** https://127.0.0.1:<port>: the sign-in host, standing in for https://login.microsoftonline.com. */
  url: string;
  /** Test-only: the token introspection URL dovecot uses (with its Basic credentials in it). */
  introspectionUrl: string;
  stop(): Promise<void>;
};

const INTROSPECTION_CLIENT = { id: 'dovecot-exchange', secret: 'dovecot-exchange-testbed-secret' };

/** The Outlook resources of the worldwide cloud (facts §4.3): the delegated and the app-only form. */
const OUTLOOK_RESOURCES = ['https://outlook.office.com', 'https://outlook.office365.com'];
const DELEGATED_PERMISSIONS = ['IMAP.AccessAsUser.All', 'POP.AccessAsUser.All', 'SMTP.Send'];
const IDENTITY_SCOPES = ['openid', 'email', 'profile', 'offline_access'];

type Grant = { account: Account; app: AppRegistration; scp: string[]; identity: string[] };
type PendingCode = Grant & { redirectUri: string; expiresAt: number };
type DeviceCode = { app: AppRegistration; scopes: string[]; userCode: string; expiresAt: number; grant?: Grant; declined?: boolean };

class AadError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startIdentityPlatform(tls: { cert: string; key: string }, host = '127.0.0.1'): Promise<IdentityPlatform> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const codes = new Map<string, PendingCode>();
  const refreshTokens = new Map<string, Grant>();
  const accessTokens = new Map<string, { account?: Account; expiresAt: number }>();
  const deviceCodes = new Map<string, DeviceCode>();
  let origin = '';

  const apps: AppRegistration[] = Object.values(APPS);
  const knownTenant = (tenant: string) => [TENANT.id, TENANT.domain, 'common', 'organizations'].includes(tenant.toLowerCase());

  function errorBody(e: AadError): Record<string, unknown> {
    const traceId = randomUUID();
    const correlationId = randomUUID();
    const timestamp = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
    return {
      error: e.error,
      error_description: `AADSTS${e.code}: ${e.message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`.replace(/ (Trace ID|Correlation ID|Timestamp): /g, '\r\n$1: '),
      error_codes: [e.code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${origin}/error?code=${e.code}`,
    };
  }

  function findApp(clientId: string | null, tenant: string): AppRegistration {
    const app = apps.find((a) => a.clientId === clientId);
    if (!app) {
      throw new AadError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId ?? ''}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`);
    }
    return app;
  }

  function checkTenant(tenant: string): void {
    if (!knownTenant(tenant)) {
      throw new AadError(400, 'invalid_request', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`);
    }
  }

  /** Confidential client authentication, in Microsoft's order: missing, expired, wrong (or the secret's ID). */
  function authenticateClient(app: AppRegistration, secret: string | null): void {
    if (!secret) throw new AadError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    const match = app.secrets.find((s) => s.value === secret);
    if (match?.expired) {
      throw new AadError(401, 'invalid_client', 7000222, `The provided client secret keys for app '${app.clientId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`);
    }
    if (!match) {
      throw new AadError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`);
    }
  }

  /** Splits requested scopes into Outlook permissions and identity scopes; anything else is AADSTS70011. */
  function parseScopes(scope: string | null): { scp: string[]; identity: string[] } {
    const scp: string[] = [];
    const identity: string[] = [];
    for (const s of (scope ?? '').split(/\s+/).filter(Boolean)) {
      if (IDENTITY_SCOPES.includes(s)) identity.push(s);
      else {
        const resource = OUTLOOK_RESOURCES.find((r) => s.startsWith(`${r}/`));
        const permission = resource ? s.slice(resource.length + 1) : undefined;
        if (!permission || !DELEGATED_PERMISSIONS.includes(permission)) {
          throw new AadError(400, 'invalid_scope', 70011, `The provided value for the input parameter 'scope' is not valid. The scope '${s}' does not exist.`);
        }
        scp.push(permission);
      }
    }
    if (scp.length === 0 && identity.length === 0) throw new AadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'scope'.");
    return { scp, identity };
  }

  function jwt(claims: Record<string, unknown>): string {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const input = `${b64({ typ: 'JWT', alg: 'RS256', kid })}.${b64(claims)}`;
    return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
  }

  function tokenResponse(grant: Grant): Record<string, unknown> {
    const now = Math.floor(Date.now() / 1000);
    const { account, app } = grant;
    const accessToken = jwt({
      aud: 'https://outlook.office.com',
      iss: `https://sts.windows.net/${TENANT.id}/`,
      iat: now,
      nbf: now,
      exp: now + 3599,
      appid: app.clientId,
      name: account.displayName,
      oid: account.oid,
      scp: grant.scp.join(' '),
      tid: TENANT.id,
      unique_name: account.upn,
      upn: account.upn,
      ver: '1.0',
    });
    accessTokens.set(accessToken, { account, expiresAt: now + 3599 });
    const answer: Record<string, unknown> = {
      token_type: 'Bearer',
      scope: grant.scp.map((p) => `https://outlook.office.com/${p}`).concat(grant.identity.filter((s) => s !== 'offline_access')).join(' '),
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: accessToken,
    };
    if (grant.identity.includes('offline_access')) {
      const refresh = randomBytes(48).toString('base64url');
      refreshTokens.set(refresh, grant);
      answer.refresh_token = refresh;
    }
    if (grant.identity.includes('openid')) {
      answer.id_token = jwt({
        aud: app.clientId,
        iss: `${origin}/${TENANT.id}/v2.0`,
        iat: now,
        nbf: now,
        exp: now + 3600,
        name: account.displayName,
        oid: account.oid,
        preferred_username: account.upn,
        ...(grant.identity.includes('email') ? { email: account.upn } : {}),
        sub: randomBytes(16).toString('base64url'),
        tid: TENANT.id,
        ver: '2.0',
      });
    }
    return answer;
  }

  async function token(tenant: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
    checkTenant(tenant);
    const app = findApp(form.get('client_id'), tenant);
    const grantType = form.get('grant_type');
    switch (grantType) {
      case 'client_credentials': {
        authenticateClient(app, form.get('client_secret'));
        const scope = form.get('scope') ?? '';
        if (!scope.endsWith('/.default')) {
          throw new AadError(400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
        }
        if (!OUTLOOK_RESOURCES.includes(scope.slice(0, -'/.default'.length))) {
          throw new AadError(400, 'invalid_resource', 500011, `The resource principal named ${scope.slice(0, -'/.default'.length)} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`);
        }
        const now = Math.floor(Date.now() / 1000);
        const accessToken = jwt({ aud: scope.slice(0, -'/.default'.length), iss: `https://sts.windows.net/${TENANT.id}/`, iat: now, nbf: now, exp: now + 3599, appid: app.clientId, roles: [], tid: TENANT.id, ver: '1.0' });
        accessTokens.set(accessToken, { expiresAt: now + 3599 });
        return sendJson(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken });
      }
      case 'authorization_code': {
        authenticateClient(app, form.get('client_secret'));
        const code = form.get('code') ?? '';
        const pending = codes.get(code);
        codes.delete(code);
        if (!pending || pending.expiresAt < Date.now() || pending.app !== app) {
          throw new AadError(400, 'invalid_grant', 70000, 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.');
        }
        if (pending.redirectUri !== form.get('redirect_uri')) {
          throw new AadError(400, 'invalid_grant', 500117, "The reply uri specified in the token request does not match the reply uri specified in the authorization request.");
        }
        return sendJson(res, 200, tokenResponse(pending));
      }
      case 'refresh_token': {
        authenticateClient(app, form.get('client_secret'));
        const grant = refreshTokens.get(form.get('refresh_token') ?? '');
        if (!grant || grant.app !== app) throw new AadError(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
        return sendJson(res, 200, tokenResponse(grant));
      }
      case 'urn:ietf:params:oauth:grant-type:device_code': {
        if (!app.publicClient) authenticateClient(app, form.get('client_secret'));
        const entry = deviceCodes.get(form.get('device_code') ?? '');
        if (!entry || entry.app !== app) throw new AadError(400, 'invalid_grant', 70000, 'The provided value for the input parameter \'device_code\' is not valid.');
        if (entry.expiresAt < Date.now()) throw new AadError(400, 'expired_token', 70020, 'The provided value for the input parameter \'device_code\' is not valid. This device code has expired.');
        if (entry.declined) throw new AadError(400, 'authorization_declined', 70019, 'The user declined to authorize the request.');
        if (!entry.grant) throw new AadError(400, 'authorization_pending', 70016, 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.');
        deviceCodes.delete(form.get('device_code') ?? '');
        return sendJson(res, 200, tokenResponse(entry.grant));
      }
      default:
        throw new AadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType ?? ''}'.`);
    }
  }

  function signInPage(params: URLSearchParams, message?: string): string {
    const hidden = [...params].filter(([k]) => k !== 'loginfmt' && k !== 'passwd').map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('\n');
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title></head><body>
<main><h1 id="loginHeader">Sign in</h1><p>Microsoft (test bed stand-in)</p>${message ? `\n<div id="usernameError" role="alert">${escapeHtml(message)}</div>` : ''}
<form id="i0281" method="post">${hidden}
<label>Email <input id="i0116" name="loginfmt" type="email" autocomplete="username"></label>
<label>Password <input id="i0118" name="passwd" type="password" autocomplete="current-password"></label>
<input id="idSIButton9" type="submit" value="Sign in"></form></main></body></html>\n`;
  }

  function errorPage(e: AadError): string {
    const body = errorBody(e);
    return `<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body><h1>Sorry, but we're having trouble signing you in.</h1><p id="errorMessage">${escapeHtml(String(body.error_description))}</p></body></html>`;
  }

  /** Microsoft's loopback rule: a registered http://localhost matches any port. */
  function redirectAllowed(app: AppRegistration, uri: string): boolean {
    return app.redirectUris.some((r) => r === uri || (r === 'http://localhost' && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/.*)?$/.test(uri)));
  }

  function redirectWith(res: ServerResponse, redirectUri: string, params: Record<string, string>): void {
    const target = new URL(redirectUri);
    for (const [k, v] of Object.entries(params)) target.searchParams.set(k, v);
    res.writeHead(302, { Location: target.href, 'Cache-Control': 'no-store' }).end();
  }

  async function authorize(tenant: string, req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
    const params = req.method === 'POST' ? new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8')) : query;
    let app: AppRegistration;
    const redirectUri = params.get('redirect_uri') ?? '';
    try {
      checkTenant(tenant);
      app = findApp(params.get('client_id'), tenant);
      if (!redirectAllowed(app, redirectUri)) {
        throw new AadError(400, 'invalid_request', 50011, `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${app.clientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`);
      }
    } catch (error: unknown) {
      if (error instanceof AadError) return sendHtml(res, 400, errorPage(error));
      throw error;
    }
    const state = params.get('state');
    const withState = (p: Record<string, string>) => (state ? { ...p, state } : p);
    let scopes: { scp: string[]; identity: string[] };
    try {
      scopes = parseScopes(params.get('scope'));
    } catch (error: unknown) {
      if (!(error instanceof AadError)) throw error;
      const body = errorBody(error);
      return redirectWith(res, redirectUri, withState({ error: error.error, error_description: String(body.error_description) }));
    }
    if (req.method !== 'POST') return sendHtml(res, 200, signInPage(params));
    const account = accountOf(params.get('loginfmt') ?? '');
    if (!account || account.password !== params.get('passwd')) return sendHtml(res, 200, signInPage(params, "Your account or password is incorrect. If you don't remember your password, reset it now."));
    if (app.signInAudience === 'AzureADMyOrg' && ['common', 'organizations', 'consumers'].includes(tenant.toLowerCase())) {
      const error = new AadError(400, 'invalid_request', 50194, `Application '${app.clientId}'(${app.displayName}) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.`);
      return redirectWith(res, redirectUri, withState({ error: error.error, error_description: String(errorBody(error).error_description) }));
    }
    const code = randomBytes(48).toString('base64url');
    codes.set(code, { account, app, ...scopes, redirectUri, expiresAt: Date.now() + 600_000 });
    redirectWith(res, redirectUri, withState({ code, session_state: randomUUID() }));
  }

  async function deviceCode(tenant: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
    checkTenant(tenant);
    const app = findApp(form.get('client_id'), tenant);
    const scopes = parseScopes(form.get('scope'));
    const device = randomBytes(32).toString('base64url');
    const userCode = randomBytes(5).toString('hex').toUpperCase().slice(0, 9);
    deviceCodes.set(device, { app, scopes: [...scopes.scp, ...scopes.identity], userCode, expiresAt: Date.now() + 900_000 });
    const verificationUri = `${origin}/devicelogin`;
    sendJson(res, 200, {
      user_code: userCode,
      device_code: device,
      verification_uri: verificationUri,
      expires_in: 900,
      interval: 1,
      message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${userCode} to authenticate.`,
    });
  }

  /** The page the device code's user opens: the code, then the account's sign-in. */
  async function deviceLogin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = req.method === 'POST' ? new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8')) : new URLSearchParams();
    const page = (message?: string) =>
      `<!DOCTYPE html><html><head><title>Enter code</title></head><body><h1>Enter code</h1>${message ? `<div role="alert">${escapeHtml(message)}</div>` : ''}<form method="post"><input name="otc" aria-label="Code"><input name="loginfmt" type="email" aria-label="Email"><input name="passwd" type="password" aria-label="Password"><input type="submit" id="idSIButton9" value="Next"></form></body></html>`;
    if (req.method !== 'POST') return sendHtml(res, 200, page());
    const entry = [...deviceCodes.values()].find((d) => d.userCode === (form.get('otc') ?? '').trim().toUpperCase());
    if (!entry || entry.expiresAt < Date.now()) return sendHtml(res, 200, page("That code didn't work. Check the code and try again."));
    const account = accountOf(form.get('loginfmt') ?? '');
    if (!account || account.password !== form.get('passwd')) return sendHtml(res, 200, page('Your account or password is incorrect.'));
    const { scp, identity } = parseScopes(entry.scopes.map((s) => (IDENTITY_SCOPES.includes(s) ? s : `https://outlook.office.com/${s}`)).join(' '));
    entry.grant = { account, app: entry.app, scp, identity };
    sendHtml(res, 200, '<!DOCTYPE html><html><body><h1>You have signed in</h1><p>You may now close this window.</p></body></html>');
  }

  /** Test-only (not a Microsoft endpoint): RFC 7662 introspection for dovecot's oauth2 passdb. */
  async function introspect(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
    const basic = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /i, ''), 'base64').toString('utf8');
    if (basic !== `${INTROSPECTION_CLIENT.id}:${INTROSPECTION_CLIENT.secret}`) return sendJson(res, 401, { error: 'invalid_client' });
    const entry = accessTokens.get(form.get('token') ?? '');
    if (!entry || entry.expiresAt < Date.now() / 1000 || !entry.account) return sendJson(res, 200, { active: false });
    sendJson(res, 200, { active: true, email: entry.account.upn, sub: entry.account.oid, token_type: 'Bearer' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://login.invalid');
    if (url.pathname === '/devicelogin') return deviceLogin(req, res);
    if (url.pathname === '/discovery/keys') return sendJson(res, 200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', kty: 'RSA' }] });
    const match = /^\/([^/]+)\/oauth2\/v2\.0\/(token|authorize|devicecode)$/.exec(url.pathname);
    if (!match) return sendJson(res, 404, { error: 'not_found' });
    const [, tenant = '', endpoint] = match;
    try {
      if (endpoint === 'authorize' && (req.method === 'GET' || req.method === 'POST')) return await authorize(decodeURIComponent(tenant), req, res, url.searchParams);
      if (req.method !== 'POST') throw new AadError(405, 'invalid_request', 900561, 'The endpoint only accepts POST requests.');
      if (endpoint === 'token') return await token(decodeURIComponent(tenant), req, res);
      return await deviceCode(decodeURIComponent(tenant), req, res);
    } catch (error: unknown) {
      if (error instanceof AadError) return sendJson(res, error.status, errorBody(error));
      throw error;
    }
  }

  const guard = (serve: (req: IncomingMessage, res: ServerResponse) => Promise<void>) => (req: IncomingMessage, res: ServerResponse) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
      else res.end();
    });
  };
  const limits = { requestTimeout: 15_000, headersTimeout: 10_000 };
  // Dovecot's introspection goes over plain loopback HTTP: its HTTP client would not trust the test certificate.
  const servers: Server[] = [
    createHttpsServer({ ...tls, ...limits }, guard(handle)),
    createHttpServer(limits, guard((req, res) => (req.method === 'POST' && req.url === '/testbed/introspect' ? introspect(req, res) : Promise.resolve(sendJson(res, 404, { error: 'not_found' }))))),
  ];
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve, reject) => {
          server.once('error', reject);
          server.listen(0, host, () => resolve((server.address() as AddressInfo).port));
        }),
    ),
  );
  origin = `https://${host}:${ports[0]}`;
  return {
    url: origin,
    introspectionUrl: `http://${INTROSPECTION_CLIENT.id}:${INTROSPECTION_CLIENT.secret}@${host}:${ports[1]}/testbed/introspect`,
    async stop() {
      await Promise.all(
        servers.map((server) => {
          server.closeAllConnections();
          return new Promise<void>((resolve) => server.close(() => resolve()));
        }),
      );
    },
  };
}

export { ACCOUNTS, APPS, TENANT };
