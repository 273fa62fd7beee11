import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, causeIn, diagnose, statusIn } from './cli';
import { CONTRACT_CAUSES, HEALTHY, OUTSIDE, SCENARIOS } from './scenarios';

/**
 * Every cause id of the contract (shared/contract/diagnosis.md), reached from its article's own
 * scenario through `jira-doctor diagnose --facts FILE --format json`.
 */

/** Words that betray a template or a value that never reached the admin's language. */
const UNRENDERED = /\{\{|\}\}|undefined|null|NaN|\[object /;

beforeAll(() => buildOnce());

describe('every cause of the contract', () => {
  it('has at least one scenario that confirms it or makes it likely, and one that rules it out', () => {
    for (const id of CONTRACT_CAUSES) {
      const statuses = SCENARIOS.filter((s) => s.cause === id).map((s) => s.status);
      expect(statuses.some((s) => s === 'confirmed' || s === 'likely'), id).toBe(true);
    }
  });

  it.concurrent.each(Object.entries(HEALTHY))('%s: a healthy installation rules every cause of the family out, each with a reason', async (family, facts) => {
    const d = await diagnose(facts);
    const family_ = CONTRACT_CAUSES.filter((id) => id.startsWith(`${family}/`));
    expect(d.causes.map((c) => [c.id, c.status])).toEqual([]);
    expect(d.ruledOut.map((c) => c.id).sort()).toEqual([...family_].sort());
    for (const c of d.ruledOut) {
      expect(c.because.length, c.id).toBeGreaterThan(0);
      c.because.forEach((reason) => expect(reason).not.toMatch(UNRENDERED));
    }
  });

  it.concurrent.each(OUTSIDE.map((s) => [s.cause, s.story, s] as const))('%s is ruled out outside its situation: %s', async (_id, _story, scenario) => {
    const d = await diagnose(scenario.facts);
    expect(statusIn(d, scenario.cause)).toBe(scenario.status);
  });

  it.concurrent.each(SCENARIOS.map((s) => [s.cause, s.story, s] as const))('%s: %s', async (_id, _story, scenario) => {
    const d = await diagnose(scenario.facts);
    expect(statusIn(d, scenario.cause)).toBe(scenario.status);
    const entry = scenario.status === 'ruled-out' ? d.ruledOut.find((c) => c.id === scenario.cause)! : causeIn(d, scenario.cause);
    expect(entry.because.length).toBeGreaterThan(0);
    for (const reason of entry.because) {
      expect(reason).not.toMatch(UNRENDERED);
      // Plain words: a sentence, not a fact name or a rule dump.
      expect(reason).toMatch(/^[A-Z"'(]/);
      expect(reason).not.toMatch(/\b(?:factIs|versionAtLeast|errorMatches)\b/);
    }
    if (scenario.status !== 'ruled-out') {
      const cause = causeIn(d, scenario.cause);
      // A decided cause says what decided it, not what is still missing.
      expect(cause.because.join(' ')).not.toMatch(/Not decided yet/);
      expect(cause.title.length).toBeGreaterThan(5);
      expect(cause.solution).not.toMatch(UNRENDERED);
      // Cited by the page's title (and address), never by an internal number.
      expect(cause.solution).toMatch(/\(Source: “/);
      expect(cause.solution).not.toMatch(/article 00\d|§/);
    }
  });
});
