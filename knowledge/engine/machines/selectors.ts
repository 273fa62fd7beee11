import type { Diagnosis } from '../../contract/diagnosis';
import type { FactName, Facts } from '../../contract/facts';
import type { Answer } from '../../contract/session';
import type { Question } from '../../schema';
import type { CauseStatus } from '../diagnose';
import type { Engine } from '../engine';
import type { WizardView } from './wizard';
import type { WizardContext } from './wizard-logic';
import { factsOf } from './wizard-logic';

/** The part of a wizard snapshot the selectors read (a live snapshot or a restored persisted one). */
export type WizardSnapshotLike = { context: WizardContext; value: unknown };

export type PathStep = { question: Question; answer: Answer | { fact: FactName; value: 'unknown' } };

export function selectFacts(context: WizardContext): Facts {
  return factsOf(context);
}

/** The view to show: the state's name (the transient routing state is never at rest). */
export function selectView(snapshot: WizardSnapshotLike): WizardView {
  return snapshot.value as WizardView;
}

/** Selectors that need the knowledge: bound to one engine. */
export function wizardSelectors(engine: Engine) {
  return {
    selectFacts,
    selectView,
    selectDiagnosis: (context: WizardContext, today?: string): Diagnosis => {
      const day = today ?? context.today;
      return engine.diagnose(factsOf(context), day ? { today: day } : {});
    },
    /** Every cause's status and why, without rendering solutions: what a side panel of statuses needs. */
    selectStatuses: (context: WizardContext): CauseStatus[] => engine.assess(factsOf(context), context.today ? { today: context.today } : {}),
    /** About how many questions are still worth asking (each can change a cause in play). */
    selectQuestionsLeft: (context: WizardContext): number =>
      engine.questionsLeft(factsOf(context), { skip: context.unknown, ...(context.today ? { today: context.today } : {}) }),
    selectCurrentQuestion: (snapshot: WizardSnapshotLike): Question | undefined => {
      const view = selectView(snapshot);
      if ((view !== 'question' && view !== 'triage') || !snapshot.context.current) return undefined;
      return engine.compiled.questionsById.get(snapshot.context.current);
    },
    /** The questions answered or skipped, in order, with what was said ("unknown" for I don't know). */
    selectPath: (context: WizardContext): PathStep[] =>
      context.trail.flatMap((id): PathStep[] => {
        const question = engine.compiled.questionsById.get(id);
        if (!question) return [];
        const given = context.answers.find((a) => a.fact === question.fact);
        if (given) return [{ question, answer: given }];
        return context.unknown.includes(question.fact as FactName) ? [{ question, answer: { fact: question.fact as FactName, value: 'unknown' as const } }] : [];
      }),
  };
}

