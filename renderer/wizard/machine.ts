import { createActor, type SnapshotFrom } from 'xstate';
import { wizardMachine } from '../../knowledge';
import type { FactName, FactSource, Session } from '../../knowledge';

/** The engine's wizard machine over the bundled knowledge. */
export { wizardMachine };
export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/**
 * The persisted machine snapshot to start a session's wizard from: the saved one when it still
 * restores to the saved answers (same knowledge), otherwise one rebuilt by replaying the answers in
 * order (sessions imported from the command line, or saved by an older knowledge version).
 */
export function restoreWizard(session: Pick<Session, 'answers' | 'unknown' | 'machine'>): unknown {
  if (session.machine !== undefined) {
    try {
      const actor = createActor(wizardMachine, { snapshot: session.machine as WizardSnapshot, input: {} });
      // A snapshot that does not fit puts the actor in error; without an observer XState would rethrow it later.
      actor.subscribe({ error: () => undefined });
      actor.start();
      const snapshot = actor.getSnapshot();
      actor.stop();
      if (snapshot.status === 'active' && sameAnswers(snapshot.context, session)) return session.machine;
    } catch {
      // A snapshot of another machine version: fall through to the replay.
    }
  }
  return replayAnswers(session);
}

function replayAnswers(session: Pick<Session, 'answers' | 'unknown'>): unknown {
  const actor = createActor(wizardMachine, { input: {} }).start();
  if (session.answers.length > 0 || session.unknown.length > 0) {
    const symptom = session.answers.find((a) => a.fact === 'symptom' && a.source.kind === 'user');
    actor.send(symptom ? { type: 'START', symptom: symptom.value as never } : { type: 'START' });
    for (const answer of session.answers) {
      if (answer === symptom) continue;
      if (answer.source.kind === 'user') actor.send({ type: 'ANSWER', fact: answer.fact, value: answer.value as never });
      else actor.send({ type: 'FACTS_FOUND', facts: { [answer.fact]: answer.value }, source: answer.source });
    }
    for (const fact of session.unknown) actor.send({ type: 'DONT_KNOW', fact });
  }
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return persisted;
}

function sameAnswers(
  context: { answers: { fact: FactName; value: unknown; source: FactSource }[]; unknown: FactName[] },
  session: Pick<Session, 'answers' | 'unknown'>,
): boolean {
  const key = (answers: { fact: FactName; value: unknown }[]) => JSON.stringify(answers.map((a) => [a.fact, a.value]));
  return key(context.answers) === key(session.answers) && JSON.stringify(context.unknown) === JSON.stringify(session.unknown);
}
