import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { Agent, ProxyAgent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISABLED_OIDC_USER, OIDC_CLIENTS, startTestbed, TEST_USERS, type Testbed } from '../../testbed';

let testbed: Testbed;
let trusting: Agent;

beforeAll(async () => {
  testbed = await startTestbed({ parts: ['proxy', 'oidc'] });
  trusting = new Agent({ connect: { ca: testbed.tls.cert } });
});
afterAll(async () => {
  await trusting?.close();
  await testbed?.stop();
});

const { alice } = TEST_USERS;

async function json(url: string, init: { method?: 'GET' | 'POST'; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await request(url, {
    method: init.method ?? (init.form ? 'POST' : 'GET'),
    dispatcher: trusting,
    headers: { ...(init.form && { 'content-type': 'application/x-www-form-urlencoded' }), ...init.headers },
    body: init.form && new URLSearchParams(init.form).toString(),
    headersTimeout: 5_000,
    bodyTimeout: 5_000,
  });
  return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
}

describe('the outbound proxies', () => {
  const target = () => `${testbed.oidc!.issuer}/.well-known/openid-configuration`;
  const through = async (proxy: ConstructorParameters<typeof ProxyAgent>[0]) => {
    const agent = new ProxyAgent(proxy);
    try {
      const r = await request(target(), { dispatcher: agent, headersTimeout: 5_000 });
      await r.body.dump();
      return r.statusCode;
    } finally {
      await agent.close();
    }
  };

  it('tunnels HTTPS through the open squid port', async () => {
    expect(await through({ uri: testbed.proxy!.open, requestTls: { ca: testbed.tls.cert } })).toBe(200);
  });

  it('refuses CONNECT to a port other than 443 on the restricted squid port', async () => {
    await expect(through({ uri: testbed.proxy!.restricted, requestTls: { ca: testbed.tls.cert } })).rejects.toThrow('Proxy response (403) !== 200 when HTTP Tunneling');
  });

  it('answers 407 without proxy credentials, and tunnels with them', async () => {
    await expect(through({ uri: testbed.proxy!.auth, requestTls: { ca: testbed.tls.cert } })).rejects.toThrow('Proxy response (407) !== 200 when HTTP Tunneling');
    const { username, password } = testbed.proxy!.account;
    const token = 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64');
    expect(await through({ uri: testbed.proxy!.auth, token, requestTls: { ca: testbed.tls.cert } })).toBe(200);
  });
});

describe('the identity provider', () => {
  const tokenUrl = () => `${testbed.oidc!.issuer}/protocol/openid-connect/token`;
  const passwordGrant = (client: { clientId: string; secret?: string }, username: string, password: string, url = tokenUrl()) =>
    json(url, { form: { grant_type: 'password', client_id: client.clientId, ...(client.secret && { client_secret: client.secret }), username, password, scope: 'openid' } });

  it('publishes discovery at /realms/<realm> and, in old-Keycloak mode, only under /auth', async () => {
    const { status, body } = await json(`${testbed.oidc!.issuer}/.well-known/openid-configuration`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ issuer: testbed.oidc!.issuer, token_endpoint: `${testbed.oidc!.issuer}/protocol/openid-connect/token` });
    expect(body.grant_types_supported).toContain('password');
    expect(testbed.oidc!.legacyIssuer).toMatch(/\/auth\/realms\/corp$/);
    expect((await json(`${testbed.oidc!.legacyIssuer}/.well-known/openid-configuration`)).status).toBe(200);
    expect((await json(`${testbed.oidc!.legacyIssuer.replace('/auth/', '/')}/.well-known/openid-configuration`)).status).toBe(404);
  });

  it('can list an http:// token endpoint in an https discovery document', async () => {
    const { body } = await json(`${testbed.oidc!.httpTokenIssuer}/.well-known/openid-configuration`);
    expect(body.issuer).toMatch(/^https:/);
    expect(body.token_endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/realms\/corp-mixed\/protocol\/openid-connect\/token$/);
  });

  it('checks Direct Access Grants before looking at the user', async () => {
    const unknown = 'no-such-user-4f1c';
    expect(await passwordGrant(OIDC_CLIENTS.noDag, unknown, 'x')).toEqual({ status: 400, body: { error: 'unauthorized_client', error_description: 'Client not allowed for direct access grants' } });
    expect(await passwordGrant(OIDC_CLIENTS.dag, unknown, 'x')).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Invalid user credentials' } });
    expect((await passwordGrant(OIDC_CLIENTS.dag, unknown, 'x', `${testbed.oidc!.legacyIssuer}/protocol/openid-connect/token`)).status).toBe(401);
  });

  it('checks a confidential client\'s secret first', async () => {
    expect(await passwordGrant({ clientId: OIDC_CLIENTS.noDag.clientId, secret: 'wrong' }, alice.username, alice.password)).toEqual({ status: 401, body: { error: 'unauthorized_client', error_description: 'Invalid client secret' } });
    expect(await passwordGrant({ clientId: OIDC_CLIENTS.dag.clientId }, alice.username, alice.password)).toEqual({ status: 401, body: { error: 'unauthorized_client', error_description: 'Client secret not provided in request' } });
  });

  it('tells a wrong password and a disabled account apart', async () => {
    expect(await passwordGrant(OIDC_CLIENTS.dag, alice.username, 'wrong')).toEqual({ status: 401, body: { error: 'invalid_grant', error_description: 'Invalid user credentials' } });
    expect(await passwordGrant(OIDC_CLIENTS.dag, DISABLED_OIDC_USER.username, DISABLED_OIDC_USER.password)).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Account disabled' } });
  });

  it('issues an access token signed with the published key, which userinfo accepts', async () => {
    const { status, body } = await passwordGrant(OIDC_CLIENTS.public, alice.username, alice.password);
    expect(status).toBe(200);
    const token = body.access_token as string;
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const { body: jwks } = await json(`${testbed.oidc!.issuer}/protocol/openid-connect/certs`);
    const key = createPublicKey({ key: (jwks.keys as JsonWebKey[])[0]!, format: 'jwk' });
    expect(verify('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))).toBe(true);
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toMatchObject({ iss: testbed.oidc!.issuer, preferred_username: 'alice' });
    expect(await json(`${testbed.oidc!.issuer}/protocol/openid-connect/userinfo`, { headers: { authorization: `Bearer ${token}` } })).toMatchObject({ status: 200, body: { preferred_username: 'alice' } });
  });

  it('signs in through the authorization endpoint and exchanges the code once', async () => {
    const redirectUri = 'http://127.0.0.1:9/callback';
    const auth = `${testbed.oidc!.issuer}/protocol/openid-connect/auth`;
    const page = await request(`${auth}?client_id=jira&response_type=code&scope=openid&state=s1&redirect_uri=${encodeURIComponent(redirectUri)}`, { dispatcher: trusting });
    expect(await page.body.text()).toContain('id="kc-form-login"');
    const signIn = await request(auth, {
      method: 'POST',
      dispatcher: trusting,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: 'jira', response_type: 'code', scope: 'openid', state: 's1', redirect_uri: redirectUri, username: alice.username, password: alice.password }).toString(),
    });
    await signIn.body.dump();
    expect(signIn.statusCode).toBe(302);
    const location = new URL(String(signIn.headers.location));
    expect(location.searchParams.get('state')).toBe('s1');
    const exchange = { grant_type: 'authorization_code', code: location.searchParams.get('code')!, redirect_uri: redirectUri, client_id: 'jira', client_secret: OIDC_CLIENTS.dag.secret };
    expect(await json(tokenUrl(), { form: exchange })).toMatchObject({ status: 200, body: { token_type: 'Bearer', id_token: expect.any(String) as unknown } });
    expect(await json(tokenUrl(), { form: exchange })).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });
});
