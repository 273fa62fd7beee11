import { describe, expect, it } from 'vitest';
import { escapeFilterValue, fill } from '../../../electron/checks/check-ldap';
import { mailPort } from '../../../electron/checks/check-mail';
import { issuerCandidates } from '../../../electron/checks/check-oidc';
import { wrap } from '../../../electron/checks/report-text';

describe('LDAP filters', () => {
  it('escapes what RFC 4515 asks for, so a user name cannot change the filter', () => {
    expect(escapeFilterValue('a*b(c)\\d\0')).toBe('a\\2ab\\28c\\29\\5cd\\00');
    expect(fill('(&(uid={user})(member={dn}))', { user: 'x)(uid=*', dn: 'uid=x,dc=ex' })).toBe('(&(uid=x\\29\\28uid=\\2a)(member=uid=x,dc=ex))');
    expect(fill('(cn={unknown})', {})).toBe('(cn={unknown})');
  });
});

describe('OpenID Connect issuers', () => {
  it("tries Keycloak's old /auth prefix as well", () => {
    expect(issuerCandidates({ issuer: 'https://sso.example.com/realms/corp/', clientId: 'j' })).toEqual(['https://sso.example.com/realms/corp', 'https://sso.example.com/auth/realms/corp']);
    expect(issuerCandidates({ issuer: 'https://sso.example.com/auth/realms/corp', clientId: 'j' })).toEqual(['https://sso.example.com/auth/realms/corp', 'https://sso.example.com/realms/corp']);
    expect(issuerCandidates({ host: 'https://sso.example.com/', realm: 'my realm', clientId: 'j' })).toEqual(['https://sso.example.com/realms/my%20realm', 'https://sso.example.com/auth/realms/my%20realm']);
    expect(issuerCandidates({ issuer: 'https://login.example.com/tenant/v2.0', clientId: 'j' })).toEqual(['https://login.example.com/tenant/v2.0']);
  });
});

describe('mail ports', () => {
  it('follow the protocol and TLS mode unless given', () => {
    const mail = (protocol: 'imap' | 'pop', tls: 'implicit' | 'starttls' | 'none', port?: number) => ({ host: 'h', protocol, tls, viaProxy: false, ...(port ? { port } : {}) });
    expect([mailPort(mail('imap', 'implicit')), mailPort(mail('imap', 'starttls')), mailPort(mail('pop', 'implicit')), mailPort(mail('pop', 'none')), mailPort(mail('imap', 'none', 1143))]).toEqual([993, 143, 995, 110, 1143]);
  });
});

describe('text output', () => {
  it('wraps to 80 columns with an indent', () => {
    const lines = wrap('word '.repeat(40), '    ');
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(lines[0]!.startsWith('    word')).toBe(true);
    expect(lines[1]!.startsWith('      word')).toBe(true);
  });
});
