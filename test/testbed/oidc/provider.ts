// An OpenID Connect provider that answers like Keycloak (jira-facts §4.1): discovery, JWKS, the
// token endpoint (password, authorization_code and refresh_token grants, checked in Keycloak's
// order: client authentication, then the client's "Direct Access Grants Enabled" switch BEFORE
// any user lookup, then the user), introspection, userinfo and a sign-in page.
// `legacyAuthPath` serves everything under `/auth` as Keycloak 16 and older did.
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { readBody, sendHtml, sendJson } from '../jira/http';
import { TokenIssuer, type TokenSubject } from './tokens';

export type OidcClient = {
  clientId: string;
  /** Set → confidential client that must authenticate with this secret. */
  secret?: string;
  /** Keycloak's "Direct Access Grants Enabled" (the password grant). */
  directAccessGrants: boolean;
};

export type OidcUser = TokenSubject & { password: string; enabled?: boolean };

export type OidcRealm = {
  name: string;
  clients: readonly OidcClient[];
  users: readonly OidcUser[];
  /** Discovery lists the token, introspection and userinfo endpoints on the plain-HTTP listener. */
  httpEndpoints?: boolean;
};

export type OidcProviderOptions = {
  realms: readonly OidcRealm[];
  tls: { cert: string; key: string };
  legacyAuthPath?: boolean;
  host?: string;
  /** Fixed ports (e.g. chosen in advance so other servers can be configured with the URLs); 0 = any. */
  httpsPort?: number;
  httpPort?: number;
};

export type OidcProvider = {
  httpsUrl: string;
  httpUrl: string;
  /** `https://host:port[/auth]/realms/<realm>` (or over http). */
  issuer(realm: string, scheme?: 'https' | 'http'): string;
  stop(): Promise<void>;
};

type OAuthError = { status: number; error: string; description: string };
const oauthError = (status: number, error: string, description: string): OAuthError => ({ status, error, description });

type Grant = { subject: TokenSubject; clientId: string; scope: string };
type PendingCode = Grant & { redirectUri: string; expiresAt: number };

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcProvider> {
  const prefix = options.legacyAuthPath ? '/auth' : '';
  const host = options.host ?? '127.0.0.1';
  const realms = new Map(options.realms.map((r) => [r.name, { realm: r, tokens: new TokenIssuer(), codes: new Map<string, PendingCode>() }]));
  const origins = { https: '', http: '' };

  const issuerOf = (scheme: 'https' | 'http', realm: string): string => `${origins[scheme]}${prefix}/realms/${realm}`;

  function discovery(realm: OidcRealm, scheme: 'https' | 'http'): Record<string, unknown> {
    const issuer = issuerOf(scheme, realm.name);
    const api = `${realm.httpEndpoints ? issuerOf('http', realm.name) : issuer}/protocol/openid-connect`;
    return {
      issuer,
      authorization_endpoint: `${issuer}/protocol/openid-connect/auth`,
      token_endpoint: `${api}/token`,
      introspection_endpoint: `${api}/token/introspect`,
      userinfo_endpoint: `${api}/userinfo`,
      end_session_endpoint: `${issuer}/protocol/openid-connect/logout`,
      jwks_uri: `${issuer}/protocol/openid-connect/certs`,
      // Realm-wide: says nothing about one client's Direct Access Grants switch.
      grant_types_supported: ['authorization_code', 'implicit', 'refresh_token', 'password', 'client_credentials'],
      response_types_supported: ['code', 'none', 'id_token', 'token', 'id_token token', 'code id_token', 'code token', 'code id_token token'],
      subject_types_supported: ['public', 'pairwise'],
      id_token_signing_alg_values_supported: ['ES256'],
      token_endpoint_auth_methods_supported: ['private_key_jwt', 'client_secret_basic', 'client_secret_post', 'tls_client_auth', 'client_secret_jwt'],
      scopes_supported: ['openid', 'email', 'profile', 'offline_access'],
      claims_supported: ['sub', 'iss', 'name', 'preferred_username', 'email'],
    };
  }

  /** Keycloak's ClientIdAndSecretAuthenticator: Basic header or form fields. */
  function authenticateClient(realm: OidcRealm, req: IncomingMessage, form: URLSearchParams): OidcClient | OAuthError {
    let clientId = form.get('client_id') ?? undefined;
    let secret = form.get('client_secret') ?? undefined;
    const [scheme, value] = (req.headers.authorization ?? '').split(' ', 2);
    if (scheme?.toLowerCase() === 'basic' && value) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) {
        clientId = decodeURIComponent(decoded.slice(0, colon));
        secret = decodeURIComponent(decoded.slice(colon + 1));
      }
    }
    if (!clientId) return oauthError(400, 'invalid_client', 'Missing client_id parameter');
    const client = realm.clients.find((c) => c.clientId === clientId);
    if (!client) return oauthError(401, 'invalid_client', 'Invalid client or Invalid client credentials');
    if (client.secret === undefined) return client;
    if (!secret) return oauthError(401, 'unauthorized_client', 'Client secret not provided in request');
    if (secret !== client.secret) return oauthError(401, 'unauthorized_client', 'Invalid client secret');
    return client;
  }

  function passwordGrant(realm: OidcRealm, client: OidcClient, form: URLSearchParams): Grant | OAuthError {
    // First, before anything about the user: a probe with a made-up user name learns the switch.
    if (!client.directAccessGrants) return oauthError(400, 'unauthorized_client', 'Client not allowed for direct access grants');
    const username = form.get('username');
    if (!username) return oauthError(401, 'invalid_request', 'Missing parameter: username');
    const user = realm.users.find((u) => u.username === username || u.email === username);
    // Keycloak 17+ answers an unknown user with 400; 16 and older with 401.
    if (!user) return oauthError(options.legacyAuthPath ? 401 : 400, 'invalid_grant', 'Invalid user credentials');
    if (user.enabled === false) return oauthError(400, 'invalid_grant', 'Account disabled');
    if (form.get('password') !== user.password) return oauthError(401, 'invalid_grant', 'Invalid user credentials');
    return { subject: user, clientId: client.clientId, scope: form.get('scope') ?? 'profile email' };
  }

  async function token(realmName: string, req: IncomingMessage, res: ServerResponse, scheme: 'https' | 'http'): Promise<void> {
    const entry = realms.get(realmName)!;
    const form = new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
    const client = authenticateClient(entry.realm, req, form);
    if ('error' in client) return sendOAuthError(res, client);
    let grant: Grant | OAuthError;
    switch (form.get('grant_type')) {
      case 'password':
        grant = passwordGrant(entry.realm, client, form);
        break;
      case 'authorization_code': {
        const pending = entry.codes.get(form.get('code') ?? '');
        entry.codes.delete(form.get('code') ?? '');
        grant = pending && pending.clientId === client.clientId && pending.expiresAt > Date.now() && pending.redirectUri === form.get('redirect_uri') ? pending : oauthError(400, 'invalid_grant', 'Code not valid');
        break;
      }
      case 'refresh_token': {
        const previous = entry.tokens.redeemRefresh(form.get('refresh_token') ?? '');
        grant = previous && previous.clientId === client.clientId ? previous : oauthError(400, 'invalid_grant', 'Invalid refresh token');
        break;
      }
      case null:
        grant = oauthError(400, 'invalid_request', 'Missing form parameter: grant_type');
        break;
      default:
        grant = oauthError(400, 'unsupported_grant_type', 'Unsupported grant_type');
    }
    if ('error' in grant) return sendOAuthError(res, grant);
    sendJson(res, 200, entry.tokens.issue(issuerOf(scheme, realmName), grant.subject, grant.clientId, grant.scope));
  }

  async function introspect(realmName: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const entry = realms.get(realmName)!;
    const form = new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
    const client = authenticateClient(entry.realm, req, form);
    if ('error' in client) return sendOAuthError(res, client);
    const grant = entry.tokens.accessGrant(form.get('token') ?? '');
    if (!grant) return sendJson(res, 200, { active: false });
    const { subject } = grant;
    sendJson(res, 200, { active: true, sub: subject.username, username: subject.username, preferred_username: subject.username, email: subject.email, name: subject.displayName, client_id: grant.clientId, scope: grant.scope, exp: grant.expiresAt, token_type: 'Bearer' });
  }

  function userinfo(realmName: string, req: IncomingMessage, res: ServerResponse): void {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const grant = bearer ? realms.get(realmName)!.tokens.accessGrant(bearer) : undefined;
    if (!grant) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="' + realmName + '", error="invalid_token", error_description="Token verification failed"');
      return sendJson(res, 401, { error: 'invalid_token', error_description: 'Token verification failed' });
    }
    sendJson(res, 200, { sub: grant.subject.username, preferred_username: grant.subject.username, email: grant.subject.email, name: grant.subject.displayName });
  }

  function signInPage(realm: string, params: URLSearchParams, message?: string): string {
    const hidden = [...params].filter(([k]) => k !== 'username' && k !== 'password').map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('\n');
    return `<!DOCTYPE html><html><head><title>Sign in to ${escapeHtml(realm)}</title></head><body>
<h1 id="kc-page-title">Sign in to your account</h1>${message ? `\n<span id="input-error">${escapeHtml(message)}</span>` : ''}
<form id="kc-form-login" method="post">${hidden}
<input id="username" name="username" type="text"><input id="password" name="password" type="password">
<input id="kc-login" type="submit" value="Sign In"></form></body></html>\n`;
  }

  /** The authorization endpoint: a sign-in form that redirects back with a code (to any http(s) URI: clients register none here). */
  async function authorize(realmName: string, req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
    const entry = realms.get(realmName)!;
    const params = req.method === 'POST' ? new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8')) : query;
    const client = entry.realm.clients.find((c) => c.clientId === params.get('client_id'));
    const redirectUri = params.get('redirect_uri');
    if (!client) return sendHtml(res, 400, '<html><body><p id="kc-error-message">Client not found.</p></body></html>');
    if (!redirectUri || !/^https?:\/\//.test(redirectUri)) return sendHtml(res, 400, '<html><body><p id="kc-error-message">Invalid parameter: redirect_uri</p></body></html>');
    if (req.method !== 'POST') return sendHtml(res, 200, signInPage(realmName, params));
    const user = entry.realm.users.find((u) => u.username === params.get('username'));
    if (!user || user.password !== params.get('password') || user.enabled === false) return sendHtml(res, 200, signInPage(realmName, params, 'Invalid username or password.'));
    const code = randomBytes(24).toString('base64url');
    entry.codes.set(code, { subject: user, clientId: client.clientId, scope: params.get('scope') ?? 'openid', redirectUri, expiresAt: Date.now() + 60_000 });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    const state = params.get('state');
    if (state) target.searchParams.set('state', state);
    res.writeHead(302, { Location: target.href }).end();
  }

  const sendOAuthError = (res: ServerResponse, e: OAuthError): void => sendJson(res, e.status, { error: e.error, error_description: e.description });

  async function handle(req: IncomingMessage, res: ServerResponse, scheme: 'https' | 'http'): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://oidc.invalid');
    const match = new RegExp(`^${prefix}/realms/([^/]+)(/.*)$`).exec(url.pathname);
    if (!match) return sendJson(res, 404, { error: 'Unable to find matching target resource method' });
    const [, realmName = '', rest] = match;
    const entry = realms.get(realmName);
    if (!entry) return sendJson(res, 404, { error: 'Realm does not exist' });
    const route = `${req.method ?? 'GET'} ${rest ?? ''}`;
    switch (route) {
      case 'GET /.well-known/openid-configuration':
        return sendJson(res, 200, discovery(entry.realm, scheme));
      case 'GET /protocol/openid-connect/certs':
        return sendJson(res, 200, { keys: [entry.tokens.jwk] });
      case 'POST /protocol/openid-connect/token':
        return token(realmName, req, res, scheme);
      case 'POST /protocol/openid-connect/token/introspect':
        return introspect(realmName, req, res);
      case 'GET /protocol/openid-connect/userinfo':
        return userinfo(realmName, req, res);
      case 'GET /protocol/openid-connect/auth':
      case 'POST /protocol/openid-connect/auth':
        return authorize(realmName, req, res, url.searchParams);
      case 'GET /protocol/openid-connect/logout':
        return sendHtml(res, 200, '<html><body><p>You are logged out</p></body></html>');
      default:
        return sendJson(res, 404, { error: 'Unable to find matching target resource method' });
    }
  }

  const listener = (scheme: 'https' | 'http') => (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, scheme).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'unknown_error' });
      else res.end();
    });
  };
  const limits = { requestTimeout: 15_000, headersTimeout: 10_000 };
  const servers: Server[] = [createHttpsServer({ ...options.tls, ...limits }, listener('https')), createHttpServer(limits, listener('http'))];
  const ports = await Promise.all(
    servers.map(
      (server, i) =>
        new Promise<number>((resolve, reject) => {
          server.once('error', reject);
          server.listen((i === 0 ? options.httpsPort : options.httpPort) ?? 0, host, () => resolve((server.address() as AddressInfo).port));
        }),
    ),
  );
  origins.https = `https://${host}:${ports[0]}`;
  origins.http = `http://${host}:${ports[1]}`;

  return {
    httpsUrl: origins.https,
    httpUrl: origins.http,
    issuer: (realm, scheme = 'https') => issuerOf(scheme, realm),
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
