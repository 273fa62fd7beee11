import { describe, expect, it } from 'vitest';
import { authorityHost, endpointMatchesCloud, parseMicrosoftEndpoint } from '../../../knowledge/engine/endpoints';

const parsed = (url: string) => {
  const result = parseMicrosoftEndpoint(url);
  if (!result.ok) throw new Error(result.reason);
  return result.endpoint;
};

describe('parseMicrosoftEndpoint', () => {
  it.each([
    ['https://login.microsoftonline.com/common/oauth2/v2.0/authorize', 'common', 'authorize', 'worldwide'],
    ['https://login.microsoftonline.com/organizations/oauth2/v2.0/token', 'organizations', 'token', 'worldwide'],
    ['https://login.microsoftonline.com/consumers/oauth2/v2.0/token', 'consumers', 'token', 'worldwide'],
    ['https://login.microsoftonline.us/0b5f3b5e-8a0c-4c8f-9d47-1f0e4c1d2a3b/oauth2/v2.0/authorize', 'specific', 'authorize', 'us-government'],
    ['https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token', 'specific', 'token', 'worldwide'],
    ['https://login.partner.microsoftonline.cn/common/oauth2/v2.0/token', 'common', 'token', 'china'],
  ] as const)('%s', (url, tenantKind, kind, cloud) => {
    expect(parsed(url)).toMatchObject({ tenantKind, kind, cloud, v2: true });
    expect(parsed(url).remark).toBeUndefined();
  });

  it('reads the tenant kind regardless of case and keeps the tenant as written', () => {
    expect(parsed('https://LOGIN.microsoftonline.com/Common/oauth2/v2.0/authorize')).toMatchObject({ host: 'login.microsoftonline.com', tenant: 'Common', tenantKind: 'common' });
  });

  it('remarks on v1 paths, plain http and other paths', () => {
    expect(parsed('https://login.microsoftonline.com/common/oauth2/authorize')).toMatchObject({ v2: false, kind: 'authorize' });
    expect(parsed('https://login.microsoftonline.com/common/oauth2/authorize').remark).toContain('not a v2.0 endpoint');
    expect(parsed('http://login.microsoftonline.com/common/oauth2/v2.0/token').remark).toContain('https');
    expect(parsed('https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration').remark).toContain('neither /authorize nor /token');
  });

  it('says what is wrong with an invalid or foreign address', () => {
    expect(parseMicrosoftEndpoint('login.microsoftonline.com/common')).toEqual({ ok: false, reason: expect.stringContaining('is not a valid URL') as string });
    expect(parseMicrosoftEndpoint('https://accounts.google.com/o/oauth2/v2/auth')).toEqual({ ok: false, reason: expect.stringContaining('not a Microsoft identity platform address') as string });
    expect(parseMicrosoftEndpoint('https://login.microsoftonline.com/')).toEqual({ ok: false, reason: expect.stringContaining('no tenant') as string });
  });

  it('matches authorities with clouds', () => {
    const com = parsed('https://login.microsoftonline.com/common/oauth2/v2.0/token');
    const us = parsed('https://login.microsoftonline.us/common/oauth2/v2.0/token');
    expect(['worldwide', 'gcc', 'gcc-high', 'dod'].map((c) => endpointMatchesCloud(com, c as 'gcc'))).toEqual([true, true, false, false]);
    expect(['worldwide', 'gcc', 'gcc-high', 'dod'].map((c) => endpointMatchesCloud(us, c as 'gcc'))).toEqual([false, false, true, true]);
    expect(authorityHost('dod')).toBe('login.microsoftonline.us');
    expect(authorityHost('gcc')).toBe('login.microsoftonline.com');
  });
});
