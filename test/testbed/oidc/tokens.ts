// Signed access and ID tokens (ES256 JWTs) with the realm's public key published as a JWKS, as
// Keycloak does; and the bookkeeping needed to introspect them (RFC 7662).
import { generateKeyPairSync, randomBytes, randomUUID, sign, type JsonWebKey, type KeyObject } from 'node:crypto';

export type TokenSubject = { username: string; email: string; displayName: string };

export type IssuedToken = { subject: TokenSubject; clientId: string; scope: string; expiresAt: number };

const REFRESH_LIFETIME_SECONDS = 1800;

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export class TokenIssuer {
  private readonly privateKey: KeyObject;
  readonly jwk: JsonWebKey;
  private readonly kid = randomBytes(8).toString('hex');
  private readonly accessTokens = new Map<string, IssuedToken>();
  private readonly refreshTokens = new Map<string, IssuedToken>();

  constructor(private readonly lifetimeSeconds = 300) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = privateKey;
    this.jwk = { ...publicKey.export({ format: 'jwk' }), kid: this.kid, use: 'sig', alg: 'ES256' };
  }

  private jwt(claims: Record<string, unknown>): string {
    const input = `${b64url({ alg: 'ES256', typ: 'JWT', kid: this.kid })}.${b64url(claims)}`;
    return `${input}.${sign('sha256', Buffer.from(input), { key: this.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
  }

  /** Keycloak's token response for a successful grant. */
  issue(issuer: string, subject: TokenSubject, clientId: string, scope: string): Record<string, unknown> {
    const now = Math.floor(Date.now() / 1000);
    const sessionState = randomUUID();
    const grant: IssuedToken = { subject, clientId, scope, expiresAt: now + this.lifetimeSeconds };
    const common = { iss: issuer, sub: subject.username, azp: clientId, iat: now, exp: grant.expiresAt, session_state: sessionState, preferred_username: subject.username, email: subject.email, name: subject.displayName };
    const accessToken = this.jwt({ ...common, jti: randomUUID(), typ: 'Bearer', aud: 'account', scope });
    const refreshToken = randomBytes(32).toString('base64url');
    this.accessTokens.set(accessToken, grant);
    this.refreshTokens.set(refreshToken, { ...grant, expiresAt: now + REFRESH_LIFETIME_SECONDS });
    return {
      access_token: accessToken,
      expires_in: this.lifetimeSeconds,
      refresh_expires_in: REFRESH_LIFETIME_SECONDS,
      refresh_token: refreshToken,
      token_type: 'Bearer',
      ...(scope.split(' ').includes('openid') && { id_token: this.jwt({ ...common, jti: randomUUID(), typ: 'ID', aud: clientId }) }),
      'not-before-policy': 0,
      session_state: sessionState,
      scope,
    };
  }

  /** The live grant behind an access token, or undefined when unknown or expired. */
  accessGrant(token: string): IssuedToken | undefined {
    const grant = this.accessTokens.get(token);
    return grant && grant.expiresAt > Date.now() / 1000 ? grant : undefined;
  }

  /** Refresh tokens are single use here, as with Keycloak's "Revoke Refresh Token". */
  redeemRefresh(token: string): IssuedToken | undefined {
    const grant = this.refreshTokens.get(token);
    this.refreshTokens.delete(token);
    return grant && grant.expiresAt > Date.now() / 1000 ? grant : undefined;
  }
}
