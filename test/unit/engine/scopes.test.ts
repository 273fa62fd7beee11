import { describe, expect, it } from 'vitest';
import { expectedScopes, validateScopes } from '../../../knowledge/engine/scopes';

const WW = 'https://outlook.office.com';
const US = 'https://outlook.office365.us';
const kinds = (scopes: string, env: Parameters<typeof validateScopes>[1] = {}) => validateScopes(scopes, env).problems.map((p) => p.kind);

describe('validateScopes', () => {
  it.each([
    ['worldwide', WW],
    ['gcc', WW],
    ['gcc-high', US],
    ['dod', US],
  ] as const)('accepts the expected string of %s for IMAP and POP', (cloud, resource) => {
    expect(expectedScopes(cloud)).toBe(`${resource}/IMAP.AccessAsUser.All ${resource}/POP.AccessAsUser.All offline_access`);
    for (const protocol of ['imap', 'pop'] as const) {
      expect(validateScopes(expectedScopes(cloud), { cloud, protocol })).toEqual({ verdict: 'valid', problems: [], notes: [], undecidedBy: [] });
    }
  });

  it('ignores order and extra whitespace', () => {
    const scrambled = `  offline_access\t${WW}/POP.AccessAsUser.All \n\n ${WW}/IMAP.AccessAsUser.All  `;
    expect(validateScopes(scrambled, { cloud: 'worldwide', protocol: 'imap' }).verdict).toBe('valid');
  });

  it('reports duplicates without failing the string for them', () => {
    const check = validateScopes(`${expectedScopes('worldwide')} offline_access ${WW}/imap.accessasuser.all`, { cloud: 'worldwide', protocol: 'imap' });
    expect(check.problems.map((p) => [p.kind, p.severity, p.scope])).toEqual([
      ['duplicate', 'warning', 'offline_access'],
      ['duplicate', 'warning', `${WW}/imap.accessasuser.all`],
    ]);
    expect(check.verdict).toBe('valid');
  });

  it('finds a missing offline_access in every cloud, and when the cloud is unknown', () => {
    for (const cloud of ['worldwide', 'gcc', 'gcc-high', 'dod', undefined] as const) {
      const resource = cloud === 'gcc-high' || cloud === 'dod' ? US : WW;
      const check = validateScopes(`${resource}/IMAP.AccessAsUser.All ${resource}/POP.AccessAsUser.All`, { cloud, protocol: 'imap' });
      expect(check.verdict).toBe('invalid');
      expect(check.problems.map((p) => p.kind)).toEqual(['missing-offline-access']);
    }
  });

  it('needs the permission of the protocol in use, not the other one', () => {
    expect(kinds(`${WW}/IMAP.AccessAsUser.All offline_access`, { cloud: 'worldwide', protocol: 'pop' })).toEqual(['missing-protocol-scope']);
    expect(validateScopes(`${WW}/IMAP.AccessAsUser.All offline_access`, { cloud: 'worldwide', protocol: 'imap' }).verdict).toBe('valid');
    expect(kinds(`${US}/POP.AccessAsUser.All offline_access`, { cloud: 'dod', protocol: 'imap' })).toEqual(['missing-protocol-scope']);
  });

  it('leaves one missing permission open while the protocol is unknown, but not both missing', () => {
    expect(validateScopes(`${WW}/IMAP.AccessAsUser.All offline_access`, { cloud: 'worldwide' })).toMatchObject({ verdict: 'undecided', undecidedBy: ['mail.protocol'] });
    expect(validateScopes(`${WW}/SMTP.Send offline_access`, { cloud: 'worldwide' })).toMatchObject({ verdict: 'invalid' });
  });

  it('finds the resource of the other cloud', () => {
    const worldwideInGov = validateScopes(expectedScopes('worldwide'), { cloud: 'gcc-high', protocol: 'imap' });
    expect(worldwideInGov.verdict).toBe('invalid');
    expect(worldwideInGov.problems.filter((p) => p.kind === 'wrong-host').map((p) => p.scope)).toEqual([`${WW}/IMAP.AccessAsUser.All`, `${WW}/POP.AccessAsUser.All`]);
    expect(worldwideInGov.problems[0]!.message).toContain('use https://outlook.office365.us/');
    expect(kinds(expectedScopes('dod'), { cloud: 'gcc', protocol: 'pop' })).toEqual(['wrong-host', 'wrong-host']);
  });

  it('accepts the outlook.office365.com resource form for worldwide with a note, and refuses it for GCC High', () => {
    const form = 'https://outlook.office365.com/IMAP.AccessAsUser.All offline_access';
    const worldwide = validateScopes(form, { cloud: 'worldwide', protocol: 'imap' });
    expect(worldwide.verdict).toBe('valid');
    expect(worldwide.notes).toHaveLength(1);
    expect(worldwide.notes[0]).toContain('outlook.office365.com');
    expect(kinds(form, { cloud: 'gcc-high', protocol: 'imap' })).toEqual(['wrong-host']);
  });

  it('with the cloud unknown, judges only what it can: mixed hosts and offline_access', () => {
    expect(validateScopes(expectedScopes('worldwide'), { protocol: 'imap' })).toMatchObject({ verdict: 'undecided', undecidedBy: ['microsoft.cloud'] });
    expect(kinds(`${WW}/IMAP.AccessAsUser.All ${US}/POP.AccessAsUser.All offline_access`, { protocol: 'imap' })).toEqual(['mixed-hosts']);
    expect(kinds(`${US}/IMAP.AccessAsUser.All`, { protocol: 'imap' })).toEqual(['missing-offline-access']);
  });

  it('refuses bare permissions, Graph resources, app-only scopes and an empty field', () => {
    // A bare permission is wrong for want of its resource; it is not also reported as missing.
    expect(kinds('IMAP.AccessAsUser.All offline_access', { cloud: 'worldwide', protocol: 'imap' })).toEqual(['no-resource']);
    expect(kinds('IMAP.AccessAsUser.All POP.AccessAsUser.All offline_access', { cloud: 'worldwide' })).toEqual(['no-resource', 'no-resource']);
    expect(kinds('https://graph.microsoft.com/IMAP.AccessAsUser.All offline_access', { cloud: 'worldwide', protocol: 'imap' })).toContain('not-exchange-resource');
    expect(kinds(`${WW}/.default offline_access`, { cloud: 'worldwide', protocol: 'imap' })).toContain('app-only');
    expect(validateScopes('   ', { cloud: 'worldwide' })).toMatchObject({ verdict: 'invalid', problems: [{ kind: 'empty' }] });
  });

  it('lets harmless extra scopes through', () => {
    expect(validateScopes(`openid email ${expectedScopes('worldwide')} ${WW}/SMTP.Send`, { cloud: 'worldwide', protocol: 'pop' }).verdict).toBe('valid');
  });
});
