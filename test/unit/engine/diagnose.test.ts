import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../knowledge/contract/facts';
import { normaliseFacts } from '../../../knowledge/engine/diagnose';
import { createEngine } from '../../../knowledge/engine/engine';
import { fixture } from './fixture';

const engine = createEngine(fixture);
const today = '2026-11-23';
const diagnose = (facts: Facts) => engine.diagnose(facts, { today });
const statusOf = (facts: Facts, id: string) => {
  const d = diagnose(facts);
  return d.causes.find((c) => c.id === id)?.status ?? (d.ruledOut.some((c) => c.id === id) ? 'ruled-out' : 'absent');
};
const worldwide = 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access';

describe('diagnose', () => {
  it('keeps to the symptom of the facts, and covers every family without one', () => {
    expect(diagnose({ symptom: 'rest-sso' }).causes.map((c) => c.id)).toEqual(['rest-sso/rest-sso-disabled', 'rest-sso/plugin-too-old']);
    expect(diagnose({}).causes).toHaveLength(5);
    expect(engine.diagnose({ symptom: 'rest-sso' }, { today, symptom: 'mail-oauth' }).causes.map((c) => c.id)).toContain('mail-oauth/scopes');
  });

  it('orders by status, then score, then prior', () => {
    const d = diagnose({ symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'mail.protocol': 'pop', 'pop.twoLineAuth': false, 'azure.secretExpiresOn': '2026-01-01' });
    expect(d.causes.map((c) => [c.id, c.status, c.score])).toEqual([
      ['mail-oauth/secret-expired', 'confirmed', 3],
      ['mail-oauth/pop-unsupported', 'confirmed', 1],
      ['mail-oauth/scopes', 'possible', 0],
    ]);
  });

  it('confirmed beats ruled out, ruled out beats likely, likely beats possible', () => {
    // confirmed (expired) and a likely sign: confirmed
    expect(statusOf({ symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'azure.secretExpiresOn': '2026-11-01', errors: ['AADSTS7000222'] }, 'mail-oauth/secret-expired')).toBe('confirmed');
    // ruled out (valid for a year) despite a likely sign
    expect(statusOf({ symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'azure.secretExpiresOn': '2027-11-01', errors: ['AADSTS7000222'] }, 'mail-oauth/secret-expired')).toBe('ruled-out');
    expect(statusOf({ symptom: 'mail-oauth', errors: ['Refresh Token Failed. Reported Reason: AADSTS7000222'] }, 'mail-oauth/secret-expired')).toBe('likely');
    expect(statusOf({ symptom: 'mail-oauth' }, 'mail-oauth/secret-expired')).toBe('possible');
  });

  it('explains with the matched rules rendered, details included', () => {
    const d = diagnose({ symptom: 'mail-oauth', 'mail.protocol': 'pop', 'jira.version': '8.13.2' });
    const pop = d.causes.find((c) => c.id === 'mail-oauth/pop-unsupported')!;
    expect(pop.because).toEqual(['Jira 8.13.2 cannot use POP with OAuth 2.0 (8.13.2 is older than 8.13.4 (the first suitable 8.13.x release)).']);
    const scopes = diagnose({ symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'microsoft.cloud': 'dod', 'mail.protocol': 'imap', 'oauth.scopes': worldwide });
    expect(scopes.causes[0]!.because[0]).toMatch(/^The scopes are wrong: ".*" is for the worldwide \(and GCC\) cloud/);
    expect(scopes.causes[0]!.source).toEqual({ article: '001', section: 'Root Cause 1' });
  });

  it('says for a possible cause which questions would decide it', () => {
    const d = diagnose({ symptom: 'rest-sso' });
    expect(d.causes.find((c) => c.id === 'rest-sso/plugin-too-old')!.because).toEqual(['Not decided yet. It depends on: Which plugin version?']);
    expect(d.causes.find((c) => c.id === 'rest-sso/plugin-too-old')!.unknown).toEqual(['oidc.pluginVersion']);
  });

  it('lists as unknown only the facts that could still change a status', () => {
    const unknownOf = (facts: Facts, id: string) => diagnose(facts).causes.find((c) => c.id === id)?.unknown;
    // Confirmed outranks everything: nothing left to ask.
    expect(unknownOf({ symptom: 'mail-oauth', 'mail.protocol': 'pop', 'jira.version': '8.13.2' }, 'mail-oauth/pop-unsupported')).toEqual([]);
    // Likely: only the confirming and ruling-out rules' facts can change it.
    expect(unknownOf({ symptom: 'mail-oauth', errors: ['Protocol error. Connection is closed. 10'] }, 'mail-oauth/pop-unsupported')).toEqual([
      'mail.protocol',
      'jira.version',
      'pop.twoLineAuth',
    ]);
    expect(unknownOf({ symptom: 'mail-oauth' }, 'mail-oauth/pop-unsupported')).toEqual(['mail.protocol', 'jira.version', 'pop.twoLineAuth', 'errors']);
  });

  it('lists ruled-out causes with their reasons, the more common first', () => {
    const d = diagnose({ symptom: 'rest-sso', 'oidc.pluginVersion': '1.4.0', 'oidc.restSsoEnabled': true });
    expect(d.causes).toEqual([]);
    expect(d.ruledOut).toEqual([
      { id: 'rest-sso/rest-sso-disabled', title: 'REST SSO off', because: ['REST SSO is on.'], source: { article: '003', section: 'REST SSO' } },
      { id: 'rest-sso/plugin-too-old', title: 'Plugin too old', because: ['The plugin is recent enough (1.4.0 is 1.3.0 or later).'], source: { article: '003', section: 'REST SSO' } },
    ]);
  });

  it('renders solutions for this installation: variables by their cases, steps whose condition is false dropped', () => {
    const old = diagnose({ symptom: 'mail-oauth', 'mail.protocol': 'pop', 'jira.version': '8.13.2', 'microsoft.cloud': 'gcc-high', 'mail.provider': 'microsoft', 'oauth.scopes': 'x' });
    const scopes = old.causes.find((c) => c.id === 'mail-oauth/scopes')!;
    expect(scopes.solutions[0]!.steps).toEqual([
      { text: 'Open ⚙ > System > OAuth 2.0.' },
      { text: 'Enter exactly:', code: ['https://outlook.office365.us/IMAP.AccessAsUser.All https://outlook.office365.us/POP.AccessAsUser.All offline_access'] },
    ]);
    const recent = diagnose({ symptom: 'mail-oauth', 'mail.protocol': 'pop', 'jira.version': '9.4.8', 'pop.twoLineAuth': false });
    const pop = recent.causes.find((c) => c.id === 'mail-oauth/pop-unsupported')!;
    expect(pop.solutions[0]!.steps.map((s) => s.text)).toEqual(['Tick "Use two line authentication format".']);
    const unknownVersion = diagnose({ symptom: 'mail-oauth', 'mail.provider': 'microsoft' });
    expect(unknownVersion.causes.find((c) => c.id === 'mail-oauth/scopes')!.solutions[0]!.steps[0]!.text).toBe(
      'Open ⚙ > System > OAuth 2.0 (up to 8.21.x) or ⚙ > Applications > Application Links (from 8.22.0).',
    );
    expect(unknownVersion.causes.find((c) => c.id === 'mail-oauth/pop-unsupported')!.solutions[0]!.steps).toHaveLength(2);
  });

  it('gives the fix as one readable text with its source', () => {
    const d = diagnose({ symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'azure.secretExpiresOn': '2026-01-01' });
    expect(d.causes[0]!.solution).toBe(
      'Azure administrator — Create a new secret: 1. Create a new client secret. Note: Secrets last at most two years. (Source: “Jira or Jira Service Management mail handlers cannot be configured using OAuth 2.0 in Data Center”, section “Solution for Root Cause 14” (https://confluence.atlassian.com/jirakb/jira-mail-handlers-or-service-management-mail-handlers-cannot-be-configured-using-oauth-2-0-the-authorization-or-connection-test-fails-1095250181.html))',
    );
  });

  it('takes the facts an error signature establishes, without overriding stated ones', () => {
    const expiredError = ['Refresh Token Failed. Reported Reason: AADSTS7000222: keys are expired.'];
    expect(statusOf({ symptom: 'mail-oauth', errors: expiredError, 'oauth.scopes': 'x' }, 'mail-oauth/scopes')).toBe('confirmed');
    expect(statusOf({ symptom: 'mail-oauth', errors: expiredError, 'mail.provider': 'google' }, 'mail-oauth/scopes')).toBe('ruled-out');
  });

  it('lists what is still unknown, the facts bearing on most causes first', () => {
    const d = diagnose({ symptom: 'mail-oauth' });
    expect(d.unknown[0]).toBe('mail.provider');
    expect(d.unknown).toEqual(expect.arrayContaining(['mail.protocol', 'oauth.scopes', 'azure.secretExpiresOn', 'errors']));
    expect(d.knowledgeVersion).toBe('2026.11.0');
  });
});

describe('nextQuestion and relevantQuestions', () => {
  it('asks only questions relevant to the symptom whose askWhen is not false', () => {
    const ids = (facts: Facts) => engine.relevantQuestions(facts, { today }).map((q) => q.id);
    expect(ids({ symptom: 'rest-sso' })).toEqual(['q-symptom', 'q-plugin', 'q-rest-sso']);
    expect(ids({ symptom: 'mail-oauth', 'mail.provider': 'google' })).toEqual(['q-symptom', 'q-provider', 'q-protocol', 'q-version', 'q-two-line']);
    expect(ids({ symptom: 'mail-oauth', 'mail.provider': 'google', 'mail.protocol': 'imap' })).toEqual(['q-symptom', 'q-provider', 'q-protocol']);
  });

  it('picks the question whose answers change the most statuses', () => {
    // mail.provider decides scopes and secret-expired at once; the protocol decides only POP.
    expect(engine.nextQuestion({ symptom: 'mail-oauth' }, { today })?.id).toBe('q-provider');
    // Without it, protocol, scopes and expiry each decide one cause: knowledge order breaks the tie.
    expect(engine.nextQuestion({ symptom: 'mail-oauth' }, { today, skip: ['mail.provider'] })?.id).toBe('q-protocol');
  });

  it('never asks a known fact or a skipped one, and stops when nothing is left', () => {
    const facts: Facts = { symptom: 'rest-sso', 'oidc.restSsoEnabled': true };
    expect(engine.nextQuestion(facts, { today })?.id).toBe('q-plugin');
    expect(engine.nextQuestion(facts, { today, skip: ['oidc.pluginVersion'] })).toBeUndefined();
    expect(engine.nextQuestion({ ...facts, 'oidc.pluginVersion': '1.0.0' }, { today })).toBeUndefined();
  });

  it('breaks ties by knowledge order', () => {
    expect(engine.nextQuestion({ symptom: 'rest-sso' }, { today })?.id).toBe('q-plugin');
  });
});

describe('matchErrorText', () => {
  it('finds every signature in a pasted text with the causes it supports', () => {
    const found = engine.matchErrorText('2026-11-23 ERROR ... Protocol error. Connection is closed. 10\n... AADSTS7000222 ...');
    expect(found.map((f) => [f.signature.id, f.causes])).toEqual([
      ['pop-protocol-error', ['mail-oauth/pop-unsupported']],
      ['aadsts7000222', ['mail-oauth/secret-expired']],
    ]);
    expect(engine.matchErrorText('all good')).toEqual([]);
  });
});

describe('facts as they enter the engine', () => {
  // Every character String.prototype.trim removes, and characters on either side of the ranges
  // the engine checks before asking trim (ASCII controls, Latin-1, U+167F/U+1680).
  const edges = ['\t', '\n', '\v', '\f', '\r', ' ', '\u007f', '\u0085', '\u00a0', '\u00a1', '\u167f', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', 'a', 'é', '日'];
  const text = fc.array(fc.oneof(fc.constantFrom(...edges), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 6 }).map((parts) => parts.join(''));

  it('are trimmed exactly as trim() would, and left as they are when it changes nothing', () => {
    fc.assert(
      fc.property(text, (value) => {
        const facts = { symptom: 'mail-oauth', 'oauth.tokenEndpoint': value } as Facts;
        const normal = normaliseFacts(facts);
        expect(normal['oauth.tokenEndpoint']).toBe(value.trim());
        if (value.trim() === value) expect(normal).toBe(facts);
      }),
      { numRuns: 2000 },
    );
  });
});
