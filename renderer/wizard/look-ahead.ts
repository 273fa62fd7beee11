import { useEffect } from 'react';
import { getNextSnapshot, type Actor, type SnapshotFrom } from 'xstate';
import type { FactName, FactValue, Question, WizardContext } from '../../knowledge';
import { whenIdle } from '../app/idle';
import { useT } from '../i18n';
import { choicesOf } from './answers';
import { wizardMachine } from './machine';

/**
 * One task per answer the admin can give to `question` (each of its values, and "I don't know"):
 * the machine's next step from `from`, which asks the engine for the next question, and the causes'
 * statuses after it. The engine keeps both, so a click that gives one of these answers finds them
 * worked out already.
 */
export function lookAheadTasks(
  from: SnapshotFrom<typeof wizardMachine>,
  question: Question,
  values: readonly FactValue[],
  statuses: (context: WizardContext) => unknown,
): (() => void)[] {
  const fact = question.fact as FactName;
  const events = [...values.map((value) => ({ type: 'ANSWER' as const, fact, value })), { type: 'DONT_KNOW' as const, fact }];
  return events.map((event) => () => {
    statuses(getNextSnapshot(wizardMachine, from, event as never).context);
  });
}

/**
 * While the admin reads a question, what each of its answers leads to is worked out in idle time, so
 * that the frame after the click only draws the result. The first answers of a session gain most:
 * the engine's code is still cold then, and its first runs take the longest.
 */
export function useLookAhead(actor: Actor<typeof wizardMachine>, question: Question | undefined, statuses: (context: WizardContext) => unknown): void {
  const t = useT();
  const id = question?.id;
  useEffect(() => {
    if (!question) return;
    const values = choicesOf(question, t)?.map((c) => c.value) ?? [];
    return whenIdle(lookAheadTasks(actor.getSnapshot(), question, values, statuses));
    // Once per question shown: the snapshot it starts from is the one the admin answers.
  }, [id, actor]);
}
