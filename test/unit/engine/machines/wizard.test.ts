import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createEngine } from '../../../../knowledge/engine/engine';
import type { WizardEvent } from '../../../../knowledge/engine/machines/wizard';
import { createWizardMachine } from '../../../../knowledge/engine/machines/wizard';
import { wizardSelectors } from '../../../../knowledge/engine/machines/selectors';
import { fixture } from '../fixture';

const engine = createEngine(fixture);
const today = '2026-11-23';
const machine = createWizardMachine(engine, { today });
const { selectCurrentQuestion, selectDiagnosis, selectFacts, selectPath, selectView } = wizardSelectors(engine);

function wizard(...events: WizardEvent[]) {
  const actor = createActor(machine).start();
  for (const event of events) actor.send(event);
  return actor;
}
const on = (actor: ReturnType<typeof wizard>) => {
  const snapshot = actor.getSnapshot();
  return { view: selectView(snapshot), question: selectCurrentQuestion(snapshot)?.id, facts: selectFacts(snapshot.context) };
};
const answer = (fact: string, value: unknown) => ({ type: 'ANSWER', fact, value }) as WizardEvent;

describe('wizard machine', () => {
  it('starts on the start view and says so in meta', () => {
    const actor = wizard();
    expect(actor.getSnapshot().value).toBe('start');
    expect(actor.getSnapshot().getMeta()).toEqual({ 'wizard.start': { view: 'start' } });
  });

  it('goes from a symptom straight to its most decisive question', () => {
    expect(on(wizard({ type: 'START', symptom: 'mail-oauth' }))).toMatchObject({ view: 'question', question: 'q-provider', facts: { symptom: 'mail-oauth' } });
  });

  it('asks the symptom first in triage when none is given', () => {
    const actor = wizard({ type: 'START' });
    expect(on(actor)).toMatchObject({ view: 'triage', question: 'q-symptom' });
    actor.send(answer('symptom', 'rest-sso'));
    expect(on(actor)).toMatchObject({ view: 'question', question: 'q-plugin' });
  });

  it('reaches the diagnosis when no relevant question remains', () => {
    const actor = wizard({ type: 'START', symptom: 'rest-sso' }, answer('oidc.pluginVersion', '1.2.0'), answer('oidc.restSsoEnabled', true));
    expect(on(actor).view).toBe('diagnosis');
    expect(actor.getSnapshot().getMeta()).toEqual({ 'wizard.diagnosis': { view: 'diagnosis' } });
    const d = selectDiagnosis(actor.getSnapshot().context);
    expect(d.causes.map((c) => [c.id, c.status])).toEqual([['rest-sso/plugin-too-old', 'confirmed']]);
  });

  it('BACK returns to the previous answered question with its answer kept', () => {
    const actor = wizard({ type: 'START', symptom: 'mail-oauth' }, answer('mail.provider', 'google'), answer('mail.protocol', 'pop'));
    expect(on(actor).question).toBe('q-version');
    actor.send({ type: 'BACK' });
    expect(on(actor)).toMatchObject({ view: 'question', question: 'q-protocol', facts: { 'mail.protocol': 'pop' } });
    actor.send({ type: 'BACK' });
    expect(on(actor).question).toBe('q-provider');
    actor.send({ type: 'BACK' });
    expect(on(actor)).toMatchObject({ view: 'triage', question: 'q-symptom' });
    actor.send(answer('symptom', 'mail-oauth'));
    expect(on(actor).question).toBe('q-version');
  });

  it('REOPEN and a changed answer drop the answers it made irrelevant, and recompute the next question', () => {
    const actor = wizard(
      { type: 'START', symptom: 'mail-oauth' },
      answer('mail.provider', 'microsoft'),
      answer('mail.protocol', 'pop'),
      answer('jira.version', '8.13.2'),
      answer('pop.twoLineAuth', true),
      answer('microsoft.cloud', 'worldwide'),
    );
    expect(on(actor).facts).toMatchObject({ 'jira.version': '8.13.2', 'pop.twoLineAuth': true, 'microsoft.cloud': 'worldwide' });
    actor.send({ type: 'REOPEN', fact: 'mail.protocol' });
    expect(on(actor)).toMatchObject({ view: 'question', question: 'q-protocol' });
    actor.send(answer('mail.protocol', 'imap'));
    const facts = on(actor).facts;
    expect(facts['jira.version']).toBeUndefined();
    expect(facts['pop.twoLineAuth']).toBeUndefined();
    expect(facts['microsoft.cloud']).toBe('worldwide');
    expect(selectPath(actor.getSnapshot().context).map((s) => s.question.id)).toEqual(['q-symptom', 'q-provider', 'q-protocol', 'q-cloud']);
    expect(on(actor).question).toBe('q-scopes');
    actor.send({ type: 'REOPEN', fact: 'mail.provider' });
    actor.send(answer('mail.provider', 'google'));
    expect(on(actor).facts).toEqual({ symptom: 'mail-oauth', 'mail.provider': 'google', 'mail.protocol': 'imap' });
    expect(on(actor).view).toBe('diagnosis');
  });

  it('changing the symptom drops the other family\'s answers', () => {
    const actor = wizard({ type: 'START', symptom: 'rest-sso' }, answer('oidc.pluginVersion', '1.2.0'), { type: 'REOPEN', fact: 'symptom' });
    expect(on(actor).view).toBe('triage');
    actor.send(answer('symptom', 'mail-oauth'));
    expect(on(actor)).toMatchObject({ view: 'question', question: 'q-provider', facts: { symptom: 'mail-oauth' } });
  });

  it('FACTS_FOUND skips the questions it answers, never overrides the admin, and keeps the disagreement', () => {
    const source = { kind: 'check', check: 'versions', why: 'serverInfo said so' } as const;
    const actor = wizard({ type: 'START', symptom: 'mail-oauth' });
    actor.send({ type: 'FACTS_FOUND', facts: { 'mail.provider': 'microsoft' }, source });
    expect(on(actor).question).not.toBe('q-provider');
    expect(actor.getSnapshot().context.answers.find((a) => a.fact === 'mail.provider')?.source).toEqual(source);
    actor.send(answer('mail.protocol', 'pop'));
    actor.send({ type: 'FACTS_FOUND', facts: { 'mail.protocol': 'imap', 'jira.version': '9.4.8' }, source });
    expect(on(actor).facts).toMatchObject({ 'mail.protocol': 'pop', 'jira.version': '9.4.8' });
    expect(actor.getSnapshot().context.conflicts).toEqual([expect.objectContaining({ fact: 'mail.protocol', value: 'imap', source })]);
  });

  it('gathers error messages from every source: a pasted error, a scan, a check, a later batch; never a conflict', () => {
    const scan = { kind: 'scan', file: 'node1/atlassian-jira-incoming-mail.log', why: 'found in the log' } as const;
    const check = { kind: 'check', check: 'mail', why: 'the server refused the sign-in' } as const;
    const actor = wizard({ type: 'START', symptom: 'mail-oauth' }, answer('errors', ['AADSTS700016: Application not found']));
    actor.send({ type: 'FACTS_FOUND', facts: { errors: ['AADSTS7000222: expired', 'AADSTS700016: Application not found'] }, source: scan });
    const errors = () => actor.getSnapshot().context.answers.find((a) => a.fact === 'errors');
    expect(errors()).toMatchObject({ value: ['AADSTS700016: Application not found', 'AADSTS7000222: expired'], source: { kind: 'user' } });
    expect(actor.getSnapshot().context.conflicts).toEqual([]);
    // The same messages again (a scan's answers are sent again with every batch) change nothing.
    const before = actor.getSnapshot().context;
    actor.send({ type: 'FACTS_FOUND', facts: { errors: ['AADSTS7000222: expired'] }, source: scan });
    expect(actor.getSnapshot().context.answers).toBe(before.answers);

    const found = wizard({ type: 'START', symptom: 'mail-oauth' });
    found.send({ type: 'FACTS_FOUND', facts: { errors: ['A'] }, source: scan });
    found.send({ type: 'FACTS_FOUND', facts: { errors: ['B', 'A'] }, source: check });
    expect(found.getSnapshot().context.answers.find((a) => a.fact === 'errors')).toMatchObject({ value: ['A', 'B'], source: check });
    expect(found.getSnapshot().context.conflicts).toEqual([]);
  });

  it('gathers any mix of error lists from any order of sources into each message once, losing none', () => {
    const sources = [{ kind: 'user' }, { kind: 'scan', file: 'a.log', why: 'w' }, { kind: 'check', check: 'mail', why: 'w' }] as const;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...sources), fc.array(fc.constantFrom('E1', 'E2', 'E3', 'E4'), { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 6 }), (steps) => {
        const actor = wizard({ type: 'START', symptom: 'mail-oauth' });
        for (const [source, errors] of steps) {
          if (source.kind === 'user') {
            // As the paste panel adds one: to the messages already there.
            const now = (actor.getSnapshot().context.answers.find((a) => a.fact === 'errors')?.value as string[] | undefined) ?? [];
            actor.send(answer('errors', [...new Set([...now, ...errors])]));
          } else actor.send({ type: 'FACTS_FOUND', facts: { errors }, source });
        }
        const value = actor.getSnapshot().context.answers.find((a) => a.fact === 'errors')?.value as string[];
        expect(new Set(value)).toEqual(new Set(steps.flatMap(([, errors]) => errors)));
        expect(value).toHaveLength(new Set(value).size);
        expect(actor.getSnapshot().context.conflicts).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('DONT_KNOW is a real answer: not asked again, listed as unknown, shown in the path', () => {
    const actor = wizard({ type: 'START', symptom: 'rest-sso' }, { type: 'DONT_KNOW', fact: 'oidc.pluginVersion' });
    expect(on(actor).question).toBe('q-rest-sso');
    expect(actor.getSnapshot().context.unknown).toEqual(['oidc.pluginVersion']);
    actor.send({ type: 'DONT_KNOW', fact: 'oidc.restSsoEnabled' });
    expect(on(actor).view).toBe('diagnosis');
    expect(selectPath(actor.getSnapshot().context).map((s) => s.answer.value)).toEqual(['rest-sso', 'unknown', 'unknown']);
  });

  it('FINISH stops with a diagnosis that lists the unknowns, and stays there after a change', () => {
    const actor = wizard({ type: 'START', symptom: 'mail-oauth' }, answer('mail.provider', 'microsoft'), { type: 'FINISH' });
    expect(on(actor).view).toBe('diagnosis');
    const d = selectDiagnosis(actor.getSnapshot().context);
    expect(d.unknown).toEqual(expect.arrayContaining(['oauth.scopes', 'azure.secretExpiresOn', 'mail.protocol']));
    expect(d.causes.every((c) => c.status === 'possible')).toBe(true);
    actor.send({ type: 'REOPEN', fact: 'mail.provider' });
    expect(on(actor).view).toBe('question');
    actor.send(answer('mail.provider', 'google'));
    expect(on(actor).view).toBe('diagnosis');
  });

  it('does not take a value the fact cannot have, from the admin or from a check', () => {
    const actor = wizard({ type: 'START', symptom: 'mail-oauth' }, answer('mail.provider', 'yahoo'), answer('pop.twoLineAuth', 'yes'));
    expect(on(actor)).toMatchObject({ question: 'q-provider', facts: { symptom: 'mail-oauth' } });
    actor.send({ type: 'FACTS_FOUND', facts: { 'jira.version': 'nine', 'mail.protocol': 'pop' } as never, source: { kind: 'scan', file: 'x.log', why: 'w' } });
    expect(on(actor).facts).toEqual({ symptom: 'mail-oauth', 'mail.protocol': 'pop' });
    actor.send({ type: 'DONT_KNOW', fact: 'mail.protcol' as never });
    expect(actor.getSnapshot().context.unknown).toEqual([]);
  });

  it('RESTART empties everything', () => {
    const actor = wizard({ type: 'START', symptom: 'rest-sso' }, answer('oidc.pluginVersion', '1.2.0'), { type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe('start');
    expect(actor.getSnapshot().context).toEqual({ answers: [], unknown: [], trail: [], conflicts: [], finished: false, today });
  });

  it('persists as JSON and restores to the same state, which carries on', () => {
    const actor = wizard({ type: 'START', symptom: 'mail-oauth' }, answer('mail.provider', 'microsoft'), { type: 'DONT_KNOW', fact: 'microsoft.cloud' });
    const json = JSON.stringify(actor.getPersistedSnapshot());
    const restored = createActor(machine, { snapshot: JSON.parse(json) as ReturnType<typeof actor.getPersistedSnapshot> }).start();
    expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    expect(on(restored)).toEqual(on(actor));
    restored.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    expect(on(restored)).toEqual(on(actor));
  });
});
