import type { CauseId } from '../contract/causes';
import type { FactName } from '../contract/facts';
import type { Language } from '../i18n/translations';
import type { Cause, Condition, Knowledge, Question, Variable } from '../schema';
import { factsOf } from './conditions';
import type { Reads } from './memo';
import { readsOf } from './memo';
import { placeholdersOf } from './templates';
import type { CompiledSignature } from './signatures';
import { compileSignatures } from './signatures';

/** The knowledge with the lookups the engine needs built once. */
export type CompiledKnowledge = {
  knowledge: Knowledge;
  /** The language the knowledge is written in: the engine says its own words (details, reasons) in it too. */
  language: Language;
  signatures: ReadonlyMap<string, CompiledSignature>;
  variables: ReadonlyMap<string, Variable>;
  /** Questions by the fact they set, in knowledge order. */
  questionsByFact: ReadonlyMap<FactName, readonly Question[]>;
  questionsById: ReadonlyMap<string, Question>;
  /** The position of the first question asking for each fact. */
  factQuestionOrder: ReadonlyMap<FactName, number>;
  /** The causes whose rules read a fact: only these can change status when it is answered. */
  causesReading: ReadonlyMap<FactName, readonly Cause[]>;
  /** What each cause's rendered solutions depend on: the facts they read (through variables too) and whether "today" matters. */
  solutionReads: ReadonlyMap<CauseId, Reads>;
  /** What each cause's status depends on: the facts its rules read, and whether "today" matters. */
  ruleReads: ReadonlyMap<CauseId, Reads>;
  /** What the reasons of each cause's rules (`because`) read besides what the rule found. */
  reasonReads: ReadonlyMap<CauseId, Reads>;
  /** Each cause's position in the knowledge, the last tie-breaker when ranking. */
  causeOrder: ReadonlyMap<CauseId, number>;
};


export function compileKnowledge(knowledge: Knowledge, language: Language = 'en'): CompiledKnowledge {
  const questionsByFact = new Map<FactName, Question[]>();
  for (const question of knowledge.questions) {
    const fact = question.fact as FactName;
    questionsByFact.set(fact, [...(questionsByFact.get(fact) ?? []), question]);
  }
  const variables = new Map(knowledge.variables.map((v) => [v.id, v]));
  return {
    knowledge,
    language,
    solutionReads: new Map(knowledge.causes.map((c) => [c.id, solutionReadsOf(c, variables)])),
    reasonReads: new Map(knowledge.causes.map((c) => [c.id, templateReads([...c.confirmedWhen, ...c.likelyWhen, ...c.ruledOutWhen].map((r) => r.because), [], variables)])),
    ruleReads: new Map(knowledge.causes.map((c) => [c.id, readsOf([...c.confirmedWhen, ...c.likelyWhen, ...c.ruledOutWhen].map((r) => r.when))])),
    causeOrder: new Map(knowledge.causes.map((c, i) => [c.id, i])),
    causesReading: causesByFact(knowledge),
    signatures: compileSignatures(knowledge.signatures),
    variables,
    questionsByFact,
    questionsById: new Map(knowledge.questions.map((q) => [q.id, q])),
    factQuestionOrder: new Map([...questionsByFact].map(([fact, questions]) => [fact, knowledge.questions.indexOf(questions[0]!)])),
  };
}

/** Every condition of the knowledge, with where it sits (for validation, samples and graphs). */
export function conditionsOf(knowledge: Knowledge): { where: string; condition: Condition }[] {
  const found: { where: string; condition: Condition }[] = [];
  for (const cause of knowledge.causes) {
    for (const key of ['confirmedWhen', 'likelyWhen', 'ruledOutWhen'] as const) {
      cause[key].forEach((rule, i) => found.push({ where: `cause ${cause.id} ${key}[${i}]`, condition: rule.when }));
    }
    (cause.after ?? []).forEach((a, i) => {
      if (a.when) found.push({ where: `cause ${cause.id} after[${i}]`, condition: a.when });
    });
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

function solutionReadsOf(cause: Cause, variables: ReadonlyMap<string, Variable>): Reads {
  const templates: string[] = [];
  const conditions: (Condition | undefined)[] = [];
  for (const solution of cause.solutions) {
    conditions.push(solution.when);
    templates.push(solution.title);
    for (const step of solution.steps) {
      conditions.push(step.when);
      templates.push(step.text, ...(step.code ?? []));
    }
    templates.push(...(solution.notes ?? []));
  }
  return templateReads(templates, conditions, variables);
}

/** What rendering these templates reads (their facts, their variables' cases), with these conditions. */
function templateReads(templates: readonly string[], given: readonly (Condition | undefined)[], variables: ReadonlyMap<string, Variable>): Reads {
  const conditions = [...given];
  const facts = new Set<FactName>();
  const seenVariables = new Set<string>();
  const template = (text: string) => {
    for (const placeholder of placeholdersOf(text)) {
      if (placeholder.kind === 'fact') facts.add(placeholder.name as FactName);
      if (placeholder.kind !== 'var' || seenVariables.has(placeholder.name)) continue;
      seenVariables.add(placeholder.name);
      const variable = variables.get(placeholder.name);
      if (!variable) continue;
      for (const c of variable.cases) {
        conditions.push(c.when);
        template(c.value);
      }
      template(variable.otherwise);
    }
  };
  templates.forEach(template);
  return readsOf(conditions, facts);
}

function causesByFact(knowledge: Knowledge): Map<FactName, Cause[]> {
  const byFact = new Map<FactName, Cause[]>();
  const add = (fact: FactName, cause: Cause) => {
    const causes = byFact.get(fact) ?? [];
    if (!causes.includes(cause)) byFact.set(fact, [...causes, cause]);
  };
  // Error signatures may establish facts on their own, so the errors reach the causes reading those.
  const setBySignatures = new Set(
    knowledge.signatures.flatMap((s) => [...Object.keys(s.sets ?? {}), ...Object.keys(s.distinct?.sets ?? {})] as FactName[]),
  );
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
