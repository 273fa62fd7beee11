import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { engine, wizardSelectors } from '../../../knowledge';
import { openQuestions } from '../../../knowledge/engine/questions';
import { whenIdle } from '../../../renderer/app/idle';
import { en } from '../../../renderer/i18n/en';
import { translator } from '../../../renderer/i18n/translate';
import { choicesOf } from '../../../renderer/wizard/answers';
import { lookAheadTasks } from '../../../renderer/wizard/look-ahead';
import { wizardMachine } from '../../../renderer/wizard/machine';

vi.mock('../../../knowledge/engine/questions', { spy: true });

const t = translator(en);
const selectors = wizardSelectors(engine);

/** A browser's idle periods, played by the test: each with the milliseconds it has left. */
function idlePeriods() {
  const waiting = new Map<number, (deadline: IdleDeadline) => void>();
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (run: (deadline: IdleDeadline) => void) => {
    waiting.set(next, run);
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
  return {
    /** One idle period: `left` is what timeRemaining() says after each task. */
    give(left: number[]) {
      const [id, run] = [...waiting][0] ?? [];
      if (!run) return false;
      waiting.delete(id!);
      let call = 0;
      run({ didTimeout: false, timeRemaining: () => left[call++] ?? 0 });
      return true;
    },
    pending: () => waiting.size,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('work put off until the page is idle', () => {
  it('runs in order, as many tasks in one idle period as its time allows, at least one', () => {
    const idle = idlePeriods();
    const ran: number[] = [];
    whenIdle([1, 2, 3, 4, 5].map((n) => () => ran.push(n)));
    expect(ran).toEqual([]);
    idle.give([10, 10, 2]);
    expect(ran).toEqual([1, 2, 3]);
    idle.give([0]);
    expect(ran).toEqual([1, 2, 3, 4]);
    idle.give([0]);
    expect(ran).toEqual([1, 2, 3, 4, 5]);
    expect(idle.pending()).toBe(0);
  });

  it('stops when cancelled (the question it was for is gone)', () => {
    const idle = idlePeriods();
    const ran: number[] = [];
    const cancel = whenIdle([1, 2, 3].map((n) => () => ran.push(n)));
    idle.give([0]);
    cancel();
    expect(idle.give([10, 10])).toBe(false);
    expect(ran).toEqual([1]);
  });
});

describe('looking ahead while a question is read', () => {
  /** The mail problem's first question with answers to choose from (typed ones are skipped). */
  function atFirstQuestion() {
    const actor = createActor(wizardMachine, { input: {} }).start();
    actor.send({ type: 'START', symptom: 'mail-oauth' });
    for (;;) {
      const question = selectors.selectCurrentQuestion(actor.getSnapshot())!;
      const choices = choicesOf(question, t);
      if (choices) return { actor, question, values: choices.map((c) => c.value) };
      actor.send({ type: 'DONT_KNOW', fact: question.fact as never });
    }
  }

  it('leaves the engine nothing to work out when one of the answers, or "I don\'t know", is given', () => {
    const { actor, question, values } = atFirstQuestion();
    const copy = () => createActor(wizardMachine, { snapshot: actor.getPersistedSnapshot() as never, input: {} }).start();
    // Without looking ahead, the click works the next question out.
    vi.mocked(openQuestions).mockClear();
    copy().send({ type: 'ANSWER', fact: question.fact as never, value: values[0] as never });
    expect(openQuestions).toHaveBeenCalled();

    const tasks = lookAheadTasks(actor.getSnapshot(), question, values, selectors.selectStatuses);
    expect(tasks).toHaveLength(values.length + 1);
    for (const task of tasks) task();
    vi.mocked(openQuestions).mockClear();
    const unsure = copy();
    unsure.send({ type: 'DONT_KNOW', fact: question.fact as never });
    actor.send({ type: 'ANSWER', fact: question.fact as never, value: values.at(-1) as never });
    expect(selectors.selectCurrentQuestion(actor.getSnapshot())?.id).not.toBe(question.id);
    expect(selectors.selectCurrentQuestion(unsure.getSnapshot())?.id).not.toBe(question.id);
    expect(openQuestions).not.toHaveBeenCalled();
  });
});
