import type { FactName } from '../contract/facts';
import type { Cause, Condition, Knowledge, Question, Variable } from '../schema';
import { factsOf } from './conditions';
import type { CompiledSignature } from './signatures';
import { compileSignatures } from './signatures';

/** The knowledge with the lookups the engine needs built once. */
export type CompiledKnowledge = {
  knowledge: Knowledge;
  signatures: ReadonlyMap<string, CompiledSignature>;
  variables: ReadonlyMap<string, Variable>;
  /** Questions by the fact they set, in knowledge order. */
  questionsByFact: ReadonlyMap<FactName, readonly Question[]>;
  questionsById: ReadonlyMap<string, Question>;
  /** The causes whose rules read a fact: only these can change status when it is answered. */
  causesReading: ReadonlyMap<FactName, readonly Cause[]>;
};

export function compileKnowledge(knowledge: Knowledge): CompiledKnowledge {
  const questionsByFact = new Map<FactName, Question[]>();
  for (const question of knowledge.questions) {
    const fact = question.fact as FactName;
    questionsByFact.set(fact, [...(questionsByFact.get(fact) ?? []), question]);
  }
  return {
    knowledge,
    causesReading: causesByFact(knowledge),
    signatures: compileSignatures(knowledge.signatures),
    variables: new Map(knowledge.variables.map((v) => [v.id, v])),
    questionsByFact,
    questionsById: new Map(knowledge.questions.map((q) => [q.id, q])),
  };
}

/** Every condition of the knowledge, with where it sits (for validation, samples and graphs). */
export function conditionsOf(knowledge: Knowledge): { where: string; condition: Condition }[] {
  const found: { where: string; condition: Condition }[] = [];
  for (const cause of knowledge.causes) {
    for (const key of ['confirmedWhen', 'likelyWhen', 'ruledOutWhen'] as const) {
      cause[key].forEach((rule, i) => found.push({ where: `cause ${cause.id} ${key}[${i}]`, condition: rule.when }));
    }
    for (const solution of cause.solutions) {
      if (solution.when) found.push({ where: `cause ${cause.id} solution ${solution.id}`, condition: solution.when });
      solution.steps.forEach((step, i) => {
        if (step.when) found.push({ where: `cause ${cause.id} solution ${solution.id} step ${i + 1}`, condition: step.when });
      });
    }
  }
  for (const question of knowledge.questions) {
    if (question.askWhen) found.push({ where: `question ${question.id} askWhen`, condition: question.askWhen });
    question.help.where.forEach((w, i) => {
      if (w.when) found.push({ where: `question ${question.id} help.where[${i}]`, condition: w.when });
    });
  }
  for (const variable of knowledge.variables) {
    variable.cases.forEach((c, i) => found.push({ where: `variable ${variable.id} case ${i + 1}`, condition: c.when }));
  }
  return found;
}

function causesByFact(knowledge: Knowledge): Map<FactName, Cause[]> {
  const byFact = new Map<FactName, Cause[]>();
  const add = (fact: FactName, cause: Cause) => {
    const causes = byFact.get(fact) ?? [];
    if (!causes.includes(cause)) byFact.set(fact, [...causes, cause]);
  };
  // Error signatures may establish facts on their own, so the errors reach the causes reading those.
  const setBySignatures = new Set(knowledge.signatures.flatMap((s) => Object.keys(s.sets ?? {}) as FactName[]));
  for (const cause of knowledge.causes) {
    for (const rule of [...cause.confirmedWhen, ...cause.likelyWhen, ...cause.ruledOutWhen]) {
      for (const fact of factsOf(rule.when)) {
        add(fact, cause);
        if (setBySignatures.has(fact)) add('errors', cause);
      }
    }
  }
  return byFact;
}
