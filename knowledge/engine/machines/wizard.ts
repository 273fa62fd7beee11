import { assign, setup } from 'xstate';
import type { FactName, Facts, FactValue, Symptom } from '../../contract/facts';
import { factShapes, isFactName } from '../../contract/facts';
import type { Answer, FactSource } from '../../contract/session';
import type { Knowledge } from '../../schema';
import type { Engine } from '../engine';
import { createEngine } from '../engine';
import type { WizardContext } from './wizard-logic';
import {
  answer,
  dontKnow,
  factsFound,
  factsOf,
  initialContext,
  nextQuestionId,
  previousQuestionId,
  pruneAbandoned,
  questionFor,
  symptomQuestion,
} from './wizard-logic';

export type { WizardContext } from './wizard-logic';

/** What the UI shows; the machine never names a component. */
export type WizardView = 'start' | 'triage' | 'question' | 'diagnosis';
export type WizardMeta = { view: WizardView };

export type WizardEvent =
  | { type: 'START'; symptom?: Symptom }
  | { type: 'ANSWER'; fact: FactName; value: FactValue; at?: string }
  | { type: 'DONT_KNOW'; fact: FactName }
  | { type: 'BACK' }
  | { type: 'REOPEN'; fact: FactName }
  | { type: 'FACTS_FOUND'; facts: Facts; source: FactSource; at?: string }
  | { type: 'FINISH' }
  | { type: 'RESTART' }
  /** Puts back the answers as they were before a change (the "undo" of an answer that dropped others). */
  | { type: 'RESTORE'; answers: Answer[]; unknown: FactName[]; trail: string[] };

/** `today` (YYYY-MM-DD) pins the date the diagnosis is made for (tests, reproducible reports). */
export type WizardOptions = { today?: string };

const now = () => new Date().toISOString();

/** The found facts that are contract facts with values of their type; the rest is left out. */
function validFacts(facts: Facts): Facts {
  return Object.fromEntries(
    Object.entries(facts).filter(([name, value]) => isFactName(name) && value !== undefined && factShapes[name].safeParse(value).success),
  );
}

/**
 * The wizard flow as an XState v5 machine. Pure: the knowledge comes in through `engine`, there are
 * no effects, and the context is plain JSON (persisted snapshots restore exactly).
 * start → (symptom known ? question : triage) → question … → diagnosis.
 */
export function createWizardMachine(source: Knowledge | Engine, options: WizardOptions = {}) {
  const engine: Engine = 'compiled' in source ? source : createEngine(source);
  const questionOf = (context: WizardContext, fact: FactName) => questionFor(engine, context, fact)?.id;
  const isSymptomQuestion = (id: string | undefined) => id !== undefined && engine.compiled.questionsById.get(id)?.fact === 'symptom';
  const settle = (context: WizardContext) => pruneAbandoned(engine, context);

  /** Events that change answers; the same in triage, question and diagnosis. */
  const changing = {
    // A value the fact cannot take (a UI bug, a hand-edited session) is not taken.
    ANSWER: { guard: 'validAnswer', target: '#wizard.routing', actions: 'answer' },
    DONT_KNOW: { guard: 'contractFact', target: '#wizard.routing', actions: 'dontKnow' },
    BACK: [
      { guard: 'backToTriage', target: '#wizard.triage', actions: 'goBack' },
      { guard: 'canGoBack', target: '#wizard.question', actions: 'goBack' },
    ],
    REOPEN: [
      { guard: 'reopensSymptom', target: '#wizard.triage', actions: 'reopen' },
      { guard: 'canReopen', target: '#wizard.question', actions: 'reopen' },
    ],
    FINISH: { target: '#wizard.diagnosis', actions: 'finish' },
    RESTORE: { guard: 'validRestore', target: '#wizard.routing', actions: 'restore' },
  } as const;

  /** The question id to put on the trail for an answer to `fact`: the one on screen if it asks for it. */
  function asked(context: WizardContext, fact: FactName): string | undefined {
    const current = context.current ? engine.compiled.questionsById.get(context.current) : undefined;
    return current?.fact === fact ? current.id : questionOf(context, fact);
  }

  return setup({
    types: { context: {} as WizardContext, events: {} as WizardEvent },
    guards: {
      validRestore: ({ event }) =>
        event.type === 'RESTORE' &&
        event.answers.every((a) => isFactName(a.fact) && factShapes[a.fact].safeParse(a.value).success) &&
        event.unknown.every((f) => isFactName(f)),
      contractFact: ({ event }) => event.type === 'DONT_KNOW' && isFactName(event.fact),
      validAnswer: ({ event }) => event.type === 'ANSWER' && isFactName(event.fact) && factShapes[event.fact].safeParse(event.value).success,
      hasSymptom: ({ context }) => factsOf(context).symptom !== undefined,
      givesSymptom: ({ event }) => event.type === 'START' && event.symptom !== undefined && factShapes.symptom.safeParse(event.symptom).success,
      /** The symptom question is next, or nothing says which family the problem is in. */
      needsSymptom: ({ context }) => isSymptomQuestion(context.current) || (factsOf(context).symptom === undefined && !context.unknown.includes('symptom')),
      hasQuestion: ({ context }) => context.current !== undefined,
      isFinished: ({ context }) => context.finished,
      backToTriage: ({ context }) => isSymptomQuestion(previousQuestionId(context)),
      canGoBack: ({ context }) => previousQuestionId(context) !== undefined,
      reopensSymptom: ({ event }) => event.type === 'REOPEN' && event.fact === 'symptom',
      canReopen: ({ context, event }) => event.type === 'REOPEN' && questionOf(context, event.fact) !== undefined,
    },
    actions: {
      answer: assign(({ context, event }) =>
        event.type === 'ANSWER' ? settle(answer(context, event.fact, event.value, event.at ?? now(), asked(context, event.fact))) : context,
      ),
      dontKnow: assign(({ context, event }) => (event.type === 'DONT_KNOW' ? settle(dontKnow(context, event.fact, asked(context, event.fact))) : context)),
      finish: assign({ finished: true, current: undefined }),
      restore: assign(({ context, event }) =>
        event.type === 'RESTORE' ? { ...context, answers: event.answers, unknown: event.unknown, trail: event.trail, current: undefined } : context,
      ),
      goBack: assign({ current: ({ context }) => previousQuestionId(context) }),
      reopen: assign({ current: ({ context, event }) => (event.type === 'REOPEN' ? questionOf(context, event.fact) : context.current) }),
      recordFound: assign(({ context, event }) =>
        event.type === 'FACTS_FOUND' ? settle(factsFound(context, validFacts(event.facts), event.source, event.at ?? now())) : context,
      ),
    },
  }).createMachine({
    id: 'wizard',
    context: initialContext(options.today),
    initial: 'start',
    on: {
      // assign merges: `current` must be cleared by name.
      RESTART: { target: '.start', actions: assign(({ context }) => ({ ...initialContext(context.today), current: undefined })) },
    },
    states: {
      start: {
        meta: { view: 'start' } satisfies WizardMeta,
        on: {
          START: [
            {
              guard: 'givesSymptom',
              target: 'routing',
              actions: assign(({ context, event }) => (event.symptom ? settle(answer(context, 'symptom', event.symptom, now(), symptomQuestion(engine)?.id)) : context)),
            },
            { guard: 'hasSymptom', target: 'routing' },
            { target: 'triage' },
          ],
          FACTS_FOUND: { actions: 'recordFound' },
        },
      },
      triage: {
        meta: { view: 'triage' } satisfies WizardMeta,
        entry: assign({ current: ({ context }) => context.current ?? symptomQuestion(engine)?.id }),
        on: { ...changing, FACTS_FOUND: { target: 'routing', actions: 'recordFound' } },
      },
      routing: {
        entry: assign({ current: ({ context }) => (context.finished ? undefined : nextQuestionId(engine, context)) }),
        always: [
          { guard: 'isFinished', target: 'diagnosis' },
          { guard: 'needsSymptom', target: 'triage' },
          { guard: 'hasQuestion', target: 'question' },
          { target: 'diagnosis' },
        ],
      },
      question: {
        meta: { view: 'question' } satisfies WizardMeta,
        on: { ...changing, FACTS_FOUND: { target: 'routing', actions: 'recordFound' } },
      },
      diagnosis: {
        meta: { view: 'diagnosis' } satisfies WizardMeta,
        entry: assign({ current: undefined }),
        on: { ...changing, FACTS_FOUND: { actions: 'recordFound' } },
      },
    },
  });
}

export type WizardMachine = ReturnType<typeof createWizardMachine>;
