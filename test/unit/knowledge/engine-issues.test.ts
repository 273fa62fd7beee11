import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FactValue } from '../../../knowledge/index';
import { diagnose, nextQuestion, selectFacts, wizardMachine } from '../../../knowledge/index';

/**
 * Engine behaviours that the knowledge cannot fix, found while checking the articles against the
 * contract. Each is marked `it.fails` until the engine (knowledge/engine/**) is changed; the marker
 * then makes the test fail, as a reminder to remove it.
 */

describe('engine issues (for the engine owner)', () => {
  // knowledge/engine/machines/wizard.ts: ANSWER stores any value; FACTS_FOUND and `diagnose --facts`
  // validate through parseFacts, the wizard does not.
  it.fails('the wizard refuses an answer of the wrong type for a boolean fact', () => {
    const actor = createActor(wizardMachine).start();
    actor.send({ type: 'START', symptom: 'mail-oauth' });
    actor.send({ type: 'ANSWER', fact: 'pop.twoLineAuth', value: 'yes' as unknown as FactValue });
    expect(selectFacts(actor.getSnapshot().context)['pop.twoLineAuth']).toBeUndefined();
  });

  // knowledge/engine/diagnose.ts assess(): `unknown` collects the unknown facts of every rule set even
  // after a confirmedWhen rule decided the status, though confirmed outranks everything: nothing
  // still unknown can change it. They also inflate Diagnosis.unknown ("facts that could change the result").
  it.fails('lists no still-unknown facts for a confirmed cause', () => {
    const d = diagnose({ symptom: 'mail-oauth', 'mail.protocol': 'pop', 'jira.version': '8.13.2' }, { today: '2026-11-23' });
    const pop = d.causes.find((c) => c.id === 'mail-oauth/pop-unsupported')!;
    expect(pop.status).toBe('confirmed');
    expect(pop.unknown).toEqual([]);
  });

  // knowledge/engine/questions.ts statusChanges() compares the answers of the answer space with each
  // other only, and samples.ts gives a free-text fact read by textMatches no values (one at most):
  // the X-Authentication-Denied-Reason question, whose answer CAPTCHA_CHALLENGE confirms the CAPTCHA
  // cause, never counts as deciding anything and comes last, after questions that decide nothing more.
  it.fails('asks for X-Authentication-Denied-Reason before the form questions when the login reason is unknown', () => {
    const skip = ['auth.loginReason', 'auth.method', 'errors', 'cookie.worksThenFails'] as const;
    expect(nextQuestion({ symptom: 'cookie-auth' }, { skip: [...skip] })?.fact).toBe('auth.deniedReason');
  });
});
