import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Exchange } from '../../knowledge/contract/checks';
import type { HttpClient } from './http';
import type { Cloud } from './clouds';
import { accountOf, errorLine, explainIdentityError, jwtClaims, parseIdentityError, type IdentityError } from './microsoft';
import type { Problem } from './problems';
import { CheckFailure } from './problems';
import { secureOrLoopback, type CheckSettings } from './settings';
import { checkLanguage, checkWords } from './words';
import type { RefusedAt } from './words-en';

/**
 * The OAuth 2.0 sign-in Jira's mail handler does (article 001; jira-facts §4.2), repeated with the
 * endpoints, client id, secret and scopes configured in Jira: the authorization code flow (the
 * code comes back on a loopback redirect, or the admin pastes the address the browser ended on,
 * Jira's callback page) or the device code flow. Tokens and codes stay in memory: the outcome
 * carries only the account and what the endpoints answered, masked.
 */

export type SignInConfig = NonNullable<CheckSettings['signIn']>;

export type SignInOutcome = {
  flow: 'authorization-code' | 'device-code';
  /** The account that signed in (ID token claims or the token's own), never the token. */
  account?: string;
  /** Errors the redirect or the token endpoint returned, in Microsoft's words, for the signatures. */
  errors: string[];
  exchanges: Exchange[];
  notes: string[];
  /** Why no token came back, in plain words. */
  problem?: Problem;
  /** What the admin configured in Jira, as given (they feed the knowledge's scope and endpoint rules). */
  config: { authorizeEndpoint: string; tokenEndpoint: string; scopes: string };
};

/** A started authorization code sign-in: the address to open, and how to finish it. */
export type PendingSignIn = {
  authorizeUrl: string;
  redirectUri: string;
  state: string;
};

export function startAuthorizationCode(config: SignInConfig, redirectUri: string): PendingSignIn {
  const state = randomBytes(16).toString('base64url');
  const url = new URL(config.authorizeEndpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('response_mode', 'query');
  // openid and email add an ID token that names the account, as Jira's integration sees it.
  url.searchParams.set('scope', withIdentityScopes(config.scopes));
  url.searchParams.set('state', state);
  // Ask which account to use, so a cached browser session cannot sign in the wrong one unnoticed (RC11).
  url.searchParams.set('prompt', 'select_account');
  return { authorizeUrl: url.href, redirectUri, state };
}

function withIdentityScopes(scopes: string): string {
  const list = scopes.split(/\s+/).filter(Boolean);
  for (const s of ['openid', 'email', 'profile']) if (!list.includes(s)) list.push(s);
  return list.join(' ');
}

/** The outcome of the redirect: a code, or the error Microsoft put on it, or an address that is neither. */
export type RedirectResult = { code: string } | { error: IdentityError } | { problem: Problem };

/** Reads the address the browser ended on (pasted, or the loopback request's). */
export function readRedirect(address: string, pending: PendingSignIn): RedirectResult {
  const w = checkWords().signIn;
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { problem: { code: 'other', ...w.notAnAddress } };
  }
  const params = new URLSearchParams([...url.searchParams, ...new URLSearchParams(url.hash.replace(/^#/, ''))]);
  const error = parseIdentityError(Object.fromEntries(params));
  if (error) return { error };
  const code = params.get('code');
  if (!code) {
    return { problem: { code: 'other', ...w.noResult } };
  }
  if (params.get('state') !== pending.state) return { problem: { code: 'other', ...w.otherSignIn } };
  return { code };
}

type TokenAnswer = { accessToken: string; account?: string } | { error: IdentityError } | { problem: Problem };

async function tokenRequest(http: HttpClient, config: SignInConfig, form: URLSearchParams, clientSecret: string | undefined, signal: AbortSignal, record: (e: Exchange) => void): Promise<TokenAnswer> {
  const w = checkWords().signIn;
  if (!secureOrLoopback(new URL(config.tokenEndpoint))) return { problem: { code: 'other', ...w.tokenNotHttps(config.tokenEndpoint) } };
  form.set('client_id', config.clientId);
  if (clientSecret !== undefined) form.set('client_secret', clientSecret);
  let res;
  try {
    res = await http.send({ method: 'POST', url: config.tokenEndpoint, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() }, signal, record);
  } catch (error: unknown) {
    if (error instanceof CheckFailure) return { problem: error.problem };
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(res.body) as unknown;
  } catch {
    return { problem: { code: 'bad-response', ...w.tokenNotJson(res.status) } };
  }
  const error = parseIdentityError(body);
  if (error) return { error };
  const answer = body as Record<string, unknown>;
  if (res.status !== 200 || typeof answer.access_token !== 'string') {
    return { problem: { code: 'bad-response', ...w.noAccessToken(res.status) } };
  }
  const idClaims = typeof answer.id_token === 'string' ? jwtClaims(answer.id_token) : undefined;
  const account = accountOf(idClaims) ?? accountOf(jwtClaims(answer.access_token));
  return { accessToken: answer.access_token, ...(account ? { account } : {}) };
}

export type SignInDeps = { http: HttpClient; signal: AbortSignal; cloud: Cloud; clientSecret?: string };

/** Redeems the code at Jira's token endpoint; the token is returned beside the outcome, never inside it. */
export async function finishAuthorizationCode(config: SignInConfig, pending: PendingSignIn, redirect: RedirectResult, deps: SignInDeps): Promise<{ outcome: SignInOutcome; token?: string }> {
  const outcome = emptyOutcome('authorization-code', config);
  if ('problem' in redirect) return { outcome: { ...outcome, problem: redirect.problem } };
  if ('error' in redirect) return { outcome: failed(outcome, redirect.error, config, deps.cloud, 'sign-in page') };
  const answer = await tokenRequest(
    deps.http,
    config,
    new URLSearchParams({ grant_type: 'authorization_code', code: redirect.code, redirect_uri: pending.redirectUri, scope: withIdentityScopes(config.scopes) }),
    deps.clientSecret,
    deps.signal,
    (e) => outcome.exchanges.push(e),
  );
  return settle(outcome, answer, config, deps.cloud);
}

function settle(outcome: SignInOutcome, answer: TokenAnswer, config: SignInConfig, cloud: Cloud): { outcome: SignInOutcome; token?: string } {
  if ('problem' in answer) return { outcome: { ...outcome, problem: answer.problem } };
  if ('error' in answer) return { outcome: failed(outcome, answer.error, config, cloud, 'token endpoint') };
  if (answer.account) outcome.account = answer.account;
  else outcome.notes.push(checkWords().signIn.noIdToken);
  return { outcome, token: answer.accessToken };
}

function failed(outcome: SignInOutcome, error: IdentityError, config: SignInConfig, cloud: Cloud, where: RefusedAt): SignInOutcome {
  const tenant = /^\/([^/]+)\//.exec(safePath(config.tokenEndpoint))?.[1] ?? '?';
  const w = checkWords().signIn;
  const explained = explainIdentityError(error, { clientId: config.clientId, tenant, cloud }) ?? {
    message: w.refused(where, errorLine(error)),
    advice: error.error === 'invalid_scope' ? w.checkScopes : w.readsIt,
  };
  return { ...outcome, errors: [...outcome.errors, errorLine(error)], problem: { code: 'unauthorized', ...explained } };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function emptyOutcome(flow: SignInOutcome['flow'], config: SignInConfig): SignInOutcome {
  return { flow, errors: [], exchanges: [], notes: [], config: { authorizeEndpoint: config.authorizeEndpoint, tokenEndpoint: config.tokenEndpoint, scopes: config.scopes } };
}

/**
 * A one-shot loopback receiver for the redirect (RFC 8252 §7.3): http://localhost:<port>/, which a
 * Web app registration may list as a Redirect URI. Resolves with the full address the browser hit.
 */
export async function loopbackReceiver(port = 0): Promise<{ redirectUri: string; address: Promise<string>; close(): Promise<void> }> {
  // The page is written in the sign-in's language, which the server's own requests do not carry.
  const w = checkWords().signIn;
  const language = checkLanguage();
  let deliver!: (address: string) => void;
  const address = new Promise<string>((resolve) => (deliver = resolve));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://localhost:${(server.address() as AddressInfo).port}`);
    if (url.pathname !== '/' || (!url.searchParams.has('code') && !url.searchParams.has('error'))) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(`<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"></head><body><h1>${w.receivedTitle}</h1><p>${w.receivedText}</p></body></html>`);
    deliver(url.href);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    redirectUri: `http://localhost:${actual}/`,
    address,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The device code endpoint beside a token endpoint (…/oauth2/v2.0/devicecode). */
export function deviceCodeEndpoint(tokenEndpoint: string): string {
  return tokenEndpoint.replace(/\/token\/?$/, '/devicecode');
}

export type DevicePrompt = { userCode: string; verificationUri: string; message: string; expiresInSeconds: number };

/**
 * The device code flow (RFC 8628) where the app allows public client flows: shows the code, then
 * polls the token endpoint at the interval Microsoft asks for until the admin signed in, declined,
 * or the code expired.
 */
export async function deviceCodeSignIn(config: SignInConfig, deps: SignInDeps & { show(prompt: DevicePrompt): void; sleep?: (ms: number, signal: AbortSignal) => Promise<void> }): Promise<{ outcome: SignInOutcome; token?: string }> {
  const outcome = emptyOutcome('device-code', config);
  const record = (e: Exchange) => outcome.exchanges.push(e);
  const endpoint = deviceCodeEndpoint(config.tokenEndpoint);
  const w = checkWords().signIn;
  if (!secureOrLoopback(new URL(endpoint))) return { outcome: { ...outcome, problem: { code: 'other', ...w.deviceNotHttps(endpoint) } } };
  let res;
  try {
    res = await deps.http.send(
      { method: 'POST', url: endpoint, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ client_id: config.clientId, scope: withIdentityScopes(config.scopes) }).toString() },
      deps.signal,
      record,
    );
  } catch (error: unknown) {
    if (error instanceof CheckFailure) return { outcome: { ...outcome, problem: error.problem } };
    throw error;
  }
  const body = safeJson(res.body);
  const error = parseIdentityError(body);
  if (error) return { outcome: failed(outcome, error, config, deps.cloud, 'device code endpoint') };
  const start = body as Record<string, unknown> | undefined;
  if (!start || typeof start.device_code !== 'string' || typeof start.user_code !== 'string') {
    return { outcome: { ...outcome, problem: { code: 'bad-response', ...w.noDeviceCode(res.status) } } };
  }
  const expiresIn = typeof start.expires_in === 'number' ? start.expires_in : 900;
  let interval = typeof start.interval === 'number' ? start.interval : 5;
  deps.show({
    userCode: start.user_code,
    verificationUri: typeof start.verification_uri === 'string' ? start.verification_uri : '',
    message: typeof start.message === 'string' ? start.message : '',
    expiresInSeconds: expiresIn,
  });
  const sleep = deps.sleep ?? abortableSleep;
  const until = Date.now() + expiresIn * 1000;
  // Polls are not recorded one by one: only the last answer matters as evidence.
  for (;;) {
    await sleep(interval * 1000, deps.signal);
    const polls: Exchange[] = [];
    const answer = await tokenRequest(deps.http, config, new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: start.device_code }), undefined, deps.signal, (e) => polls.push(e));
    if ('error' in answer && answer.error.error === 'authorization_pending' && Date.now() < until) continue;
    if ('error' in answer && answer.error.error === 'slow_down') {
      interval += 5;
      continue;
    }
    outcome.exchanges.push(...polls);
    return settle(outcome, answer, config, deps.cloud);
  }
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
    const onAbort = () => (clearTimeout(timer), reject(signal.reason instanceof Error ? signal.reason : new Error('cancelled')));
    signal.throwIfAborted();
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
