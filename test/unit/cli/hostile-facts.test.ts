import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../knowledge/core';
import { FACT_NAMES } from '../../../knowledge/contract/facts';
import { factsFromJson } from '../../../electron/cli/facts-input';

/**
 * Whatever a facts file holds, `diagnose` and `report` answer with a plain, short message or a
 * diagnosis; nothing throws. One version grammar serves the validator and the engine, so a version
 * the validator accepts is one the engine compares.
 */

const versionLike = fc.oneof(
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([a, b, c]) => `${a}.${b}.${c}`),
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.constantFrom('', '0', '00'), fc.nat(99)).map(([a, z, c]) => `${z}${a}.${z}${c}.${c}`),
  fc.stringMatching(/^[0-9.v\-+a-z ]{0,14}$/),
);
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Infinity, -1, 2 ** 53 + 1, -0, 0.5, Number.MAX_SAFE_INTEGER));
const key = fc.oneof(fc.constantFrom(...FACT_NAMES), fc.constantFrom('', ' ', 'symptom ', 'jira_version', 'x'.repeat(100_000)), fc.string({ maxLength: 20 }));
const value = fc.oneof(versionLike, number, fc.boolean(), fc.constant(null), fc.json({ maxDepth: 3 }).map((j) => JSON.parse(j) as unknown), fc.constantFrom('mail-oauth', 'imap', '2026-02-30'));

describe('a hostile facts file', () => {
  it('gets a short plain message or a diagnosis, never an exception', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 12 }), (facts) => {
        const read = factsFromJson(JSON.stringify(facts), 'facts.json');
        if (read.ok) expect(() => diagnose(read.facts, { today: '2026-11-23' })).not.toThrow();
        else expect(read.problems.join('\n').length).toBeLessThan(2_500);
      }),
      { numRuns: 400 },
    );
  });

  it('accepts exactly the versions the engine compares, in every version fact', () => {
    fc.assert(
      fc.property(fc.constantFrom('jira.version', 'jsm.version', 'oidc.pluginVersion'), versionLike, (fact, v) => {
        const read = factsFromJson(JSON.stringify({ symptom: fact === 'oidc.pluginVersion' ? 'rest-sso' : 'mail-oauth', [fact]: v }), 'facts.json');
        if (read.ok) expect(() => diagnose(read.facts, { today: '2026-11-23' })).not.toThrow();
        else expect(read.problems[0]).toMatch(/expected a version in quotes: three whole numbers separated by dots/);
      }),
      { numRuns: 500 },
    );
  });

  it('is nested thousands deep, or JSON of any shape at all', () => {
    fc.assert(
      fc.property(fc.integer({ min: 65, max: 20_000 }), fc.constantFrom('[', '{"a":'), (depth, open) => {
        const close = open === '[' ? ']' : '}';
        const read = factsFromJson(`${open.repeat(depth)}1${close.repeat(depth)}`, 'facts.json');
        expect(read).toEqual({ ok: false, problems: [expect.stringMatching(/nests objects or lists more than 64 levels deep/)] });
      }),
      { numRuns: 20 },
    );
    fc.assert(
      fc.property(fc.json(), (json) => {
        expect(() => factsFromJson(json, 'facts.json')).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['{"jsm.oauthChannelCount": 1e309}', 'got a number too large to hold (beyond 1.8e308)'],
    ['{"jsm.oauthChannelCount": -1}', 'expected a whole number from 0 to 9007199254740991, without quotes; got -1'],
    ['{"jsm.oauthChannelCount": 9007199254740993}', 'got a number beyond 9007199254740991, too large to hold exactly'],
    ['{"": true}', '"": an empty fact name'],
    ['{"jira.version": "08.20.4"}', 'jira.version: expected a version in quotes: three whole numbers separated by dots, such as 8.20.4 (no leading zeros, no letters); got "08.20.4"'],
    ['{"jira.version": "99999999999999999.1.1"}', 'got "99999999999999999.1.1"'],
    [`{"${'a'.repeat(10_000_000)}": 1}`, `${'a'.repeat(40)}… (10,000,000 characters): unknown fact name`],
  ])('%#: says truthfully what was wrong', (text, message) => {
    const read = factsFromJson(text, 'facts.json');
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.problems.join('\n')).toContain(message);
    expect(read.ok ? 0 : read.problems.join('\n').length).toBeLessThan(400);
  });
});
