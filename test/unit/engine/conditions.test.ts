import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../knowledge/contract/facts';
import type { Condition } from '../../../knowledge/schema';
import { evaluate, factsOf, truthOf } from '../../../knowledge/engine/conditions';
import { compileSignatures } from '../../../knowledge/engine/signatures';
import { fixture } from './fixture';

const signatures = compileSignatures(fixture.signatures);
const run = (condition: Condition, facts: Facts, today = '2026-11-23') => evaluate(condition, { facts, today, signatures });
const truth = (condition: Condition, facts: Facts) => run(condition, facts).truth;

const T: Condition = { kind: 'factIs', fact: 'lb.sticky', value: true };
const F: Condition = { kind: 'factIs', fact: 'lb.sticky', value: false };
const U: Condition = { kind: 'factIs', fact: 'ldap.clustered', value: true };
const sticky: Facts = { 'lb.sticky': true };

describe('conditions, three-valued', () => {
  it('factIs and factIn: unknown while the fact is absent', () => {
    expect(truth({ kind: 'factIs', fact: 'mail.protocol', value: 'pop' }, {})).toBe('unknown');
    expect(run({ kind: 'factIs', fact: 'mail.protocol', value: 'pop' }, {}).unknownFacts).toEqual(['mail.protocol']);
    expect(truth({ kind: 'factIs', fact: 'mail.protocol', value: 'pop' }, { 'mail.protocol': 'pop' })).toBe(true);
    expect(truth({ kind: 'factIs', fact: 'mail.protocol', value: 'pop' }, { 'mail.protocol': 'imap' })).toBe(false);
    expect(truth({ kind: 'factIn', fact: 'microsoft.cloud', values: ['gcc-high', 'dod'] }, {})).toBe('unknown');
    expect(truth({ kind: 'factIn', fact: 'microsoft.cloud', values: ['gcc-high', 'dod'] }, { 'microsoft.cloud': 'dod' })).toBe(true);
    expect(truth({ kind: 'factIn', fact: 'microsoft.cloud', values: ['gcc-high', 'dod'] }, { 'microsoft.cloud': 'gcc' })).toBe(false);
  });

  it('factKnown is never unknown', () => {
    expect(truth({ kind: 'factKnown', fact: 'jvm.args' }, {})).toBe(false);
    expect(truth({ kind: 'factKnown', fact: 'jvm.args' }, { 'jvm.args': '' })).toBe(true);
  });

  it('numberAtLeast', () => {
    const twoChannels: Condition = { kind: 'numberAtLeast', fact: 'jsm.oauthChannelCount', value: 2 };
    expect(truth(twoChannels, {})).toBe('unknown');
    expect(truth(twoChannels, { 'jsm.oauthChannelCount': 1 })).toBe(false);
    expect(truth(twoChannels, { 'jsm.oauthChannelCount': 2 })).toBe(true);
  });

  it('versionAtLeast: each side of every boundary, with release lines', () => {
    const pop: Condition = { kind: 'versionAtLeast', fact: 'jira.version', min: '8.15.0', lines: { '8.5': '8.5.12', '8.13': '8.13.4' } };
    const at = (version: string) => truth(pop, { 'jira.version': version });
    expect(at('8.5.11')).toBe(false);
    expect(at('8.5.12')).toBe(true);
    expect(at('8.13.3')).toBe(false);
    expect(at('8.13.4')).toBe(true);
    expect(at('8.14.9')).toBe(false);
    expect(at('8.15.0')).toBe(true);
    expect(at('8.4.99')).toBe(false);
    expect(at('10.3.1')).toBe(true);
    expect(truth(pop, {})).toBe('unknown');
    expect(run(pop, { 'jira.version': '8.13.2' }).detail).toBe('8.13.2 is older than 8.13.4 (the first suitable 8.13.x release)');
    expect(run(pop, { 'jira.version': '9.4.8' }).detail).toBe('9.4.8 is 8.15.0 or later');
  });

  it('dateBefore: today, a fixed date, and an offset in days', () => {
    const expired: Condition = { kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today' };
    const soon: Condition = { kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: 'today', days: 30 };
    const day = (date: string, c: Condition) => run(c, { 'azure.secretExpiresOn': date }, '2026-11-23');
    expect(day('2026-11-22', expired)).toMatchObject({ truth: true, detail: 'yesterday' });
    expect(day('2026-11-23', expired)).toMatchObject({ truth: false, detail: 'today' });
    expect(day('2026-01-01', expired)).toMatchObject({ truth: true, detail: '326 days ago' });
    expect(day('2026-12-22', soon)).toMatchObject({ truth: true, detail: 'in 29 days' });
    expect(day('2026-12-23', soon).truth).toBe(false);
    expect(truth(expired, {})).toBe('unknown');
    const fixed: Condition = { kind: 'dateBefore', fact: 'azure.secretExpiresOn', than: '2025-06-01' };
    expect(day('2025-05-31', fixed).truth).toBe(true);
    expect(day('2025-06-01', fixed).truth).toBe(false);
  });

  it('textMatches: case-insensitive unless flags say otherwise, over strings and lists', () => {
    const captcha: Condition = { kind: 'textMatches', fact: 'auth.deniedReason', pattern: '^CAPTCHA_CHALLENGE' };
    expect(truth(captcha, {})).toBe('unknown');
    expect(run(captcha, { 'auth.deniedReason': 'captcha_challenge; login-url=https://jira/login.jsp' })).toMatchObject({ truth: true });
    expect(truth({ ...captcha, flags: '' }, { 'auth.deniedReason': 'captcha_challenge' })).toBe(false);
    expect(truth({ kind: 'textMatches', fact: 'errors', pattern: 'BYE' }, { errors: ['a', '* BYE Jakarta Mail Exception'] })).toBe(true);
  });

  it('errorMatches: unknown without errors, false when none matches, true with the error as detail', () => {
    const c: Condition = { kind: 'errorMatches', signature: 'pop-protocol-error' };
    expect(truth(c, {})).toBe('unknown');
    expect(run(c, {}).unknownFacts).toEqual(['errors']);
    expect(truth(c, { errors: ['something else'] })).toBe(false);
    expect(run(c, { errors: ['x', 'AuthenticationFailedException: Protocol error. Connection is closed. 10'] })).toMatchObject({
      truth: true,
      detail: '"AuthenticationFailedException: Protocol error. Connection is closed. 10"',
    });
  });

  it('scopesInvalid: says why, and stays unknown until the cloud decides', () => {
    const c: Condition = { kind: 'scopesInvalid', fact: 'oauth.scopes' };
    const worldwide = 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access';
    expect(truth(c, {})).toBe('unknown');
    expect(run(c, { 'oauth.scopes': worldwide, 'mail.protocol': 'imap' })).toMatchObject({ truth: 'unknown', unknownFacts: ['microsoft.cloud'] });
    expect(truth(c, { 'oauth.scopes': worldwide, 'microsoft.cloud': 'gcc', 'mail.protocol': 'imap' })).toBe(false);
    const wrong = run(c, { 'oauth.scopes': worldwide, 'microsoft.cloud': 'gcc-high', 'mail.protocol': 'imap' });
    expect(wrong.truth).toBe(true);
    expect(wrong.detail).toContain('GCC High');
    expect(run(c, { 'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All' }).detail).toContain('offline_access');
  });

  it('endpointTenant and endpointWrongCloud', () => {
    const common: Condition = { kind: 'endpointTenant', fact: 'oauth.authorizeEndpoint', tenant: 'common' };
    const wrongCloud: Condition = { kind: 'endpointWrongCloud', fact: 'oauth.tokenEndpoint' };
    expect(truth(common, {})).toBe('unknown');
    expect(truth(common, { 'oauth.authorizeEndpoint': 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize' })).toBe(true);
    expect(truth(common, { 'oauth.authorizeEndpoint': 'https://login.microsoftonline.com/contoso.com/oauth2/v2.0/authorize' })).toBe(false);
    expect(run(common, { 'oauth.authorizeEndpoint': 'not a url' })).toMatchObject({ truth: false, detail: expect.stringContaining('not a valid URL') as string });
    const token = 'https://login.microsoftonline.com/common/oauth2/v2.0/token';
    expect(run(wrongCloud, { 'oauth.tokenEndpoint': token })).toMatchObject({ truth: 'unknown', unknownFacts: ['microsoft.cloud'] });
    expect(run(wrongCloud, { 'oauth.tokenEndpoint': token, 'microsoft.cloud': 'gcc-high' })).toMatchObject({ truth: true, detail: 'login.microsoftonline.com does not serve the gcc-high cloud' });
    expect(truth(wrongCloud, { 'oauth.tokenEndpoint': token, 'microsoft.cloud': 'gcc' })).toBe(false);
  });

  it('jvmProperty: set, unset, with a value pattern, quoted', () => {
    const proxy: Condition = { kind: 'jvmProperty', property: 'https.proxyHost' };
    expect(truth(proxy, {})).toBe('unknown');
    expect(run(proxy, { 'jvm.args': '-Xmx4g -Dfile.encoding=UTF-8' })).toMatchObject({ truth: false, detail: '-Dhttps.proxyHost is not set' });
    expect(run(proxy, { 'jvm.args': '-Xmx4g -Dhttps.proxyHost=proxy.example.org -Dhttps.proxyPort=3128' })).toMatchObject({ truth: true, detail: '-Dhttps.proxyHost=proxy.example.org' });
    const bypass: Condition = { kind: 'jvmProperty', property: 'http.nonProxyHosts', valuePattern: 'office365' };
    expect(truth(bypass, { 'jvm.args': '"-Dhttp.nonProxyHosts=localhost|*.office365.com"' })).toBe(true);
    expect(truth(bypass, { 'jvm.args': "-Dhttp.nonProxyHosts='localhost|jira.example.com'" })).toBe(false);
  });

  it('all/any/not follow Kleene logic', () => {
    const k = (c: Condition) => truth(c, sticky);
    expect([k({ kind: 'all', of: [T, T] }), k({ kind: 'all', of: [T, F] }), k({ kind: 'all', of: [T, U] }), k({ kind: 'all', of: [F, U] })]).toEqual([true, false, 'unknown', false]);
    expect([k({ kind: 'any', of: [F, F] }), k({ kind: 'any', of: [F, T] }), k({ kind: 'any', of: [F, U] }), k({ kind: 'any', of: [T, U] })]).toEqual([false, true, 'unknown', true]);
    expect([k({ kind: 'not', of: T }), k({ kind: 'not', of: F }), k({ kind: 'not', of: U })]).toEqual([false, true, 'unknown']);
    expect(run({ kind: 'all', of: [T, U] }, sticky).unknownFacts).toEqual(['ldap.clustered']);
    expect(run({ kind: 'all', of: [F, U] }, sticky).unknownFacts).toEqual([]);
  });

  it('lists the facts a condition reads, the implicit ones included', () => {
    expect(factsOf({ kind: 'all', of: [{ kind: 'scopesInvalid', fact: 'oauth.scopes' }, { kind: 'errorMatches', signature: 'x' }, { kind: 'not', of: { kind: 'jvmProperty', property: 'p' } }] })).toEqual([
      'oauth.scopes',
      'microsoft.cloud',
      'mail.protocol',
      'errors',
      'jvm.args',
    ]);
  });

  it('the truth alone (truthOf) is the full evaluation\'s truth, for generated conditions and facts', () => {
    // A few facts of each kind the leaves read, each absent or with a value on either side of the leaves' tests.
    const leaf: fc.Arbitrary<Condition> = fc.oneof(
      fc.constantFrom<Condition>(T, F, U, { kind: 'factKnown', fact: 'ldap.clustered' }, { kind: 'factIn', fact: 'directory.type', values: ['ldap', 'crowd'] }),
      fc.integer({ min: 0, max: 4 }).map((value): Condition => ({ kind: 'numberAtLeast', fact: 'ldap.servers', value })),
      fc.constantFrom<Condition>({ kind: 'versionAtLeast', fact: 'jira.version', min: '9.12.0' }, { kind: 'errorMatches', signature: 'pop-protocol-error' }),
    );
    const condition = fc.letrec<{ c: Condition }>((tie) => ({
      c: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.record({ kind: fc.constantFrom('all' as const, 'any' as const), of: fc.array(tie('c'), { maxLength: 4 }) }), fc.record({ kind: fc.constant('not' as const), of: tie('c') })),
    })).c;
    const facts = fc.record(
      {
        'lb.sticky': fc.boolean(),
        'ldap.clustered': fc.boolean(),
        'directory.type': fc.constantFrom('ldap', 'crowd', 'internal'),
        'ldap.servers': fc.integer({ min: 0, max: 4 }),
        'jira.version': fc.constantFrom('9.4.0', '9.12.0', '10.3.1'),
        errors: fc.array(fc.constantFrom('nothing to see', 'Protocol error. Connection is closed. 10'), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<Facts>;
    fc.assert(
      fc.property(condition, facts, (c, f) => {
        const ctx = { facts: f, today: '2026-11-23', signatures };
        expect(truthOf(c, ctx)).toBe(evaluate(c, { ...ctx }).truth);
      }),
      { numRuns: 300 },
    );
  });
});
