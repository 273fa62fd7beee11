import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { selectCurrentQuestion, type Answer } from '../../../knowledge';
import { restoreWizard, wizardMachine, type WizardSnapshot } from '../../../renderer/wizard/machine';

const at = '2026-11-23T04:00:00.000Z';

function walk(): { persisted: unknown; answers: Answer[]; unknown: WizardSnapshot['context']['unknown']; current?: string } {
  const actor = createActor(wizardMachine, { input: {} }).start();
  actor.send({ type: 'START', symptom: 'rest-sso' });
  actor.send({ type: 'ANSWER', fact: 'oidc.pluginVersion', value: '1.5.0' });
  actor.send({ type: 'FACTS_FOUND', facts: { 'oidc.provider': 'keycloak' }, source: { kind: 'check', check: 'oidc', why: 'discovery says Keycloak' } });
  const { context } = actor.getSnapshot();
  const result = { persisted: actor.getPersistedSnapshot(), answers: context.answers, unknown: context.unknown, current: context.current };
  actor.stop();
  return result;
}

const resume = (persisted: unknown) => createActor(wizardMachine, { snapshot: persisted as WizardSnapshot, input: {} }).start().getSnapshot();

describe('resuming a saved session', () => {
  it('restores the saved machine snapshot as it is', () => {
    const saved = walk();
    expect(restoreWizard({ answers: saved.answers, unknown: saved.unknown, machine: saved.persisted })).toBe(saved.persisted);
  });

  it('replays the answers in order when there is no snapshot (a session from the command line)', () => {
    const saved = walk();
    const snapshot = resume(restoreWizard({ answers: saved.answers, unknown: saved.unknown }));
    expect(snapshot.context.answers.map((a) => [a.fact, a.value, a.source.kind])).toEqual(saved.answers.map((a) => [a.fact, a.value, a.source.kind]));
    expect(selectCurrentQuestion(snapshot)?.id).toBe(saved.current);
  });

  it('replays when the saved snapshot no longer matches the answers', () => {
    const saved = walk();
    const answers: Answer[] = [...saved.answers, { fact: 'oidc.restSsoEnabled', value: false, source: { kind: 'user' }, at }];
    const snapshot = resume(restoreWizard({ answers, unknown: [], machine: saved.persisted }));
    expect(snapshot.context.answers.find((a) => a.fact === 'oidc.restSsoEnabled')?.value).toBe(false);
  });

  it('starts afresh from a snapshot of something else', () => {
    const snapshot = resume(restoreWizard({ answers: [], unknown: [], machine: { status: 'active', value: 'nowhere', context: {} } }));
    expect(snapshot.value).toBe('start');
  });
});
