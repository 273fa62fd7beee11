import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractDiagnosis } from './cli';
import { buildOnce, diagnose, run, scratchFile, TODAY } from './cli';

/** The output and input rules of `jira-doctor diagnose` as the contract states them. */

const FAMILIES = {
  'rest-401': ['ldap-groups-missing', 'ldap-cluster-inconsistent'],
  'mail-oauth': [
    'scopes', 'protocol-disabled', 'mailbox-permission', 'no-license', 'no-inbox-folder', 'client-access-rules', 'firewall', 'single-tenant', 'gov-cloud',
    'pop-unsupported', 'cached-credentials', 'multichannel-beta', 'stickiness', 'secret-expired', 'inbox-flooded', 'proxy', 'oauth-unsupported-version',
    'graph-admin-consent', 'graph-permission', 'graph-access-policy', 'graph-multi-tenant', 'redirect-uri-mismatch', 'base-url-https', 'consent-not-granted',
    'refresh-token-revoked',
  ],
  'cookie-auth': ['session-expired', 'captcha', 'xsrf-check'],
  'rest-sso': ['plugin-too-old', 'rest-sso-disabled', 'direct-access-grants-disabled'],
} as const;
const ALL_IDS = Object.entries(FAMILIES).flatMap(([family, ids]) => ids.map((id) => `${family}/${id}`));
const RANK = { confirmed: 0, likely: 1, possible: 2 } as const;

/** Signs from several families at once, no symptom: POP on an old Jira, an XSRF failure, a CAPTCHA line, a single-tenant app. */
const MIXED = {
  'mail.protocol': 'pop',
  'jira.version': '8.13.2',
  'azure.accountType': 'single-tenant',
  errors: ['XSRF check failed', "The user 'bob' is required to answer a CAPTCHA elevated security check.  Failure count equals 4"],
};

function expectContractShape(d: ContractDiagnosis): void {
  expect(Array.isArray(d.causes)).toBe(true);
  expect(Array.isArray(d.ruledOut)).toBe(true);
  for (const c of d.causes) {
    expect(typeof c.id).toBe('string');
    expect(['confirmed', 'likely', 'possible']).toContain(c.status);
    expect(typeof c.title).toBe('string');
    expect(c.title.length).toBeGreaterThan(0);
    expect(Array.isArray(c.because)).toBe(true);
    expect(c.because.length).toBeGreaterThan(0);
    c.because.forEach((b) => expect(typeof b).toBe('string'));
    expect(typeof c.solution).toBe('string');
    expect(c.solution.length).toBeGreaterThan(20);
  }
  for (const r of d.ruledOut) {
    expect(typeof r.id).toBe('string');
    expect(r.because.length).toBeGreaterThan(0);
  }
  // Ordered confirmed, then likely, then possible.
  const ranks = d.causes.map((c) => RANK[c.status]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  // No cause twice, none both open and ruled out.
  const ids = [...d.causes.map((c) => c.id), ...d.ruledOut.map((c) => c.id)];
  expect(new Set(ids).size).toBe(ids.length);
}

beforeAll(() => buildOnce());

describe('diagnose --format json output', () => {
  it('covers every cause of every family when the facts name no symptom, confirmed first', async () => {
    const d = await diagnose(MIXED);
    expectContractShape(d);
    expect([...d.causes.map((c) => c.id), ...d.ruledOut.map((c) => c.id)].sort()).toEqual([...ALL_IDS].sort());
    expect(d.causes.filter((c) => c.status === 'confirmed').map((c) => c.id).sort()).toEqual(['cookie-auth/xsrf-check', 'mail-oauth/pop-unsupported']);
    expect(d.causes.filter((c) => c.status === 'likely').map((c) => c.id).sort()).toEqual(['cookie-auth/captcha', 'mail-oauth/single-tenant']);
    // IMAP-only Client Access Rules cannot explain a POP server; Jira 8.13.2 has OAuth 2.0 for mail.
    expect(d.ruledOut.map((c) => c.id)).toEqual(expect.arrayContaining(['mail-oauth/client-access-rules']));
  });

  it.concurrent.each(Object.keys(FAMILIES))('holds only the causes of the symptom %s', async (symptom) => {
    const d = await diagnose({ ...MIXED, symptom });
    expectContractShape(d);
    const family = FAMILIES[symptom as keyof typeof FAMILIES].map((id) => `${symptom}/${id}`);
    expect([...d.causes.map((c) => c.id), ...d.ruledOut.map((c) => c.id)].sort()).toEqual([...family].sort());
  });

  it('puts the cause with more signs first within a status', async () => {
    // The JSM 4.18 beta is switched on and JSM shows its error: two signs for Root Cause 12, one for the others.
    const d = await diagnose({
      symptom: 'mail-oauth',
      'mail.handler': 'jsm',
      'jsm.version': '4.18.1',
      'jsm.multiChannelBeta': true,
      errors: ['OAuth token not defined for connection. OAuth Authorisation required.'],
    });
    const likely = d.causes.filter((c) => c.status === 'likely').map((c) => c.id);
    expect(likely[0]).toBe('mail-oauth/multichannel-beta');
    expect(likely).toEqual(expect.arrayContaining(['mail-oauth/no-inbox-folder', 'mail-oauth/secret-expired']));
  });

  it('reads the facts from standard input with --facts -', async () => {
    const r = await run(['diagnose', '--facts', '-', '--format', 'json', '--today', TODAY], JSON.stringify({ symptom: 'rest-sso', 'oidc.pluginVersion': '1.2.0' }));
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as ContractDiagnosis;
    expect(d.causes[0]).toMatchObject({ id: 'rest-sso/plugin-too-old', status: 'confirmed' });
  });
});

describe('diagnose rejects bad input with a clear message and exit code 2', () => {
  const BAD: [string, string, RegExp][] = [
    ['a misspelt fact name', JSON.stringify({ 'jira.verison': '8.20.0' }), /\bjira\.verison\b.*unknown fact.*jira\.version/],
    ['a number for a boolean', JSON.stringify({ 'pop.twoLineAuth': 1 }), /\bpop\.twoLineAuth\b.*true or false/],
    ['a string for a boolean', JSON.stringify({ 'lb.sticky': 'yes' }), /\blb\.sticky\b.*true or false/],
    ['a version with two parts', JSON.stringify({ 'jira.version': '8.20' }), /\bjira\.version\b.*version.*8\.20\b/],
    ['an impossible date', JSON.stringify({ 'azure.secretExpiresOn': '2026-13-45' }), /\bazure\.secretExpiresOn\b.*date/],
    ['a date in another format', JSON.stringify({ 'azure.secretExpiresOn': '23/11/2026' }), /\bazure\.secretExpiresOn\b.*date/],
    ['an enum value outside the list', JSON.stringify({ 'mail.protocol': 'smtp' }), /\bmail\.protocol\b.*imap.*pop/],
    ['an unknown symptom', JSON.stringify({ symptom: 'ldap' }), /\bsymptom\b.*rest-401/],
    ['a single string for errors', JSON.stringify({ errors: 'XSRF check failed' }), /\berrors\b.*list/],
    ['a string for a number', JSON.stringify({ 'jsm.oauthChannelCount': '2' }), /\bjsm\.oauthChannelCount\b.*number/],
    ['a JSON array', '[{"symptom":"rest-401"}]', /JSON object/],
    ['a bare string', '"rest-401"', /JSON object/],
    ['invalid JSON', '{"symptom": "rest-401",', /not valid JSON/],
    ['an empty file', '', /empty/],
  ];

  it.concurrent.each(BAD)('%s', async (_what, text, message) => {
    const file = scratchFile('bad.json', text);
    const r = await run(['diagnose', '--facts', file, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('names every bad fact of a file at once', async () => {
    const file = scratchFile('bad.json', JSON.stringify({ 'jira.verison': '8.20.0', 'pop.twoLineAuth': 'true', 'mail.protocol': 'smtp' }));
    const r = await run(['diagnose', '--facts', file, '--format', 'json']);
    expect(r.code).toBe(2);
    for (const fact of ['jira.verison', 'pop.twoLineAuth', 'mail.protocol']) expect(r.stderr).toContain(fact);
  });

  it('says when the file does not exist', async () => {
    const r = await run(['diagnose', '--facts', '/nonexistent/facts.json', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no such file/);
  });
});
