import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FactValue } from '../../../knowledge/index';
import { diagnose, nextQuestion, selectFacts, wizardMachine } from '../../../knowledge/index';

/** Engine behaviours the knowledge relies on, found while checking the articles against the contract. */

describe('engine behaviours the articles rely on', () => {
  // A wrongly typed answer would make a boolean rule read "yes" as neither true nor false.
  it('the wizard refuses an answer of the wrong type for a boolean fact', () => {
    const actor = createActor(wizardMachine).start();
    actor.send({ type: 'START', symptom: 'mail-oauth' });
    actor.send({ type: 'ANSWER', fact: 'pop.twoLineAuth', value: 'yes' as unknown as FactValue });
    expect(selectFacts(actor.getSnapshot().context)['pop.twoLineAuth']).toBeUndefined();
  });

  // Confirmed outranks every other status: nothing still unknown can change it, so nothing is worth asking.
  it('lists no still-unknown facts for a confirmed cause', () => {
    const d = diagnose({ symptom: 'mail-oauth', 'mail.protocol': 'pop', 'jira.version': '8.13.2' }, { today: '2026-11-23' });
    const pop = d.causes.find((c) => c.id === 'mail-oauth/pop-unsupported')!;
    expect(pop.status).toBe('confirmed');
    expect(pop.unknown).toEqual([]);
  });

  // A free-text answer decides when it matches a rule's pattern: CAPTCHA_CHALLENGE confirms the CAPTCHA
  // lock, so the header question must not come last, after questions that decide less.
  it('asks for X-Authentication-Denied-Reason before the form questions when the login reason is unknown', () => {
    const skip = ['auth.loginReason', 'auth.method', 'errors', 'cookie.worksThenFails'] as const;
    expect(nextQuestion({ symptom: 'cookie-auth' }, { skip: [...skip] })?.fact).toBe('auth.deniedReason');
  });
});
