import { gathered, gathers, type FactName, type Facts, type FactValue } from '../../contract/facts';
import type { Answer, FactSource } from '../../contract/session';
import type { Question } from '../../schema';
import type { Engine } from '../engine';

/**
 * The wizard's bookkeeping as pure functions of its context, so the machine only wires events to
 * them and each rule ("user answers win", "abandoned answers do not linger") is testable alone.
 */
export type WizardContext = {
  /** Every fact known, in the order given; found facts carry their check or scan as source. */
  answers: Answer[];
  /** Facts the admin answered "I don't know". */
  unknown: FactName[];
  /** The question on screen (in triage and question). */
  current?: string;
  /** Question ids in the order the admin answered or skipped them: BACK walks this. */
  trail: string[];
  /** Facts a check or scan found that disagree with the admin's answer: the admin's answer stands. */
  conflicts: Answer[];
  /** FINISH was pressed: after a change the wizard returns to the diagnosis instead of asking on. */
  finished: boolean;
  /** YYYY-MM-DD to diagnose against; absent means the current date. */
  today?: string;
};

export function initialContext(today?: string): WizardContext {
  return { answers: [], unknown: [], trail: [], conflicts: [], finished: false, ...(today ? { today } : {}) };
}

export function factsOf(context: Pick<WizardContext, 'answers'>): Facts {
  const facts: Record<string, FactValue> = {};
  for (const answer of context.answers) facts[answer.fact] = answer.value;
  return facts;
}

const isUser = (answer: Answer) => answer.source.kind === 'user';

export function answer(context: WizardContext, fact: FactName, value: FactValue, at: string, question?: string): WizardContext {
  const given: Answer = { fact, value, source: { kind: 'user' }, at };
  const index = context.answers.findIndex((a) => a.fact === fact);
  const answers = index === -1 ? [...context.answers, given] : context.answers.map((a, i) => (i === index ? given : a));
  return {
    ...context,
    answers,
    unknown: context.unknown.filter((f) => f !== fact),
    conflicts: context.conflicts.filter((c) => c.fact !== fact),
    trail: question ? remember(context.trail, question) : context.trail,
  };
}

export function dontKnow(context: WizardContext, fact: FactName, question?: string): WizardContext {
  return {
    ...context,
    answers: context.answers.filter((a) => !(a.fact === fact && isUser(a))),
    unknown: context.unknown.includes(fact) ? context.unknown : [...context.unknown, fact],
    trail: question ? remember(context.trail, question) : context.trail,
  };
}

/**
 * Found facts fill what is unknown or was found before; an admin's different answer stays and the
 * finding is kept aside. Error messages gather instead: those found join those already there (an
 * admin's pasted error stays the admin's answer, with the new messages added to it).
 */
export function factsFound(context: WizardContext, facts: Facts, source: FactSource, at: string): WizardContext {
  let next = context;
  for (const [name, value] of Object.entries(facts) as [FactName, FactValue][]) {
    if (value === undefined) continue;
    const existing = next.answers.find((a) => a.fact === name);
    if (existing && gathers(name)) {
      const joined = gathered(existing.value as string[], value as string[]);
      if (joined.length === (existing.value as string[]).length) continue;
      const kept: Answer = isUser(existing) ? { ...existing, value: joined } : { fact: name, value: joined, source, at };
      next = { ...next, answers: next.answers.map((a) => (a === existing ? kept : a)), conflicts: next.conflicts.filter((c) => c.fact !== name) };
      continue;
    }
    const found: Answer = { fact: name, value: gathers(name) ? gathered([], value as string[]) : value, source, at };
    if (existing && isUser(existing)) {
      if (JSON.stringify(existing.value) !== JSON.stringify(value)) {
        next = { ...next, conflicts: [...next.conflicts.filter((c) => c.fact !== name), found] };
      }
      continue;
    }
    next = {
      ...next,
      answers: existing ? next.answers.map((a) => (a === existing ? found : a)) : [...next.answers, found],
      unknown: next.unknown.filter((f) => f !== name),
    };
  }
  return next;
}

function remember(trail: readonly string[], question: string): string[] {
  return trail.includes(question) ? [...trail] : [...trail, question];
}

/**
 * Drops what the admin said for questions that are no longer asked (their askWhen became false or
 * their symptom changed), until nothing more drops: one dropped answer can close further questions.
 * Facts no question asks for (pasted errors, check results) are never dropped.
 */
export function pruneAbandoned(engine: Engine, context: WizardContext): WizardContext {
  let current = context;
  for (;;) {
    const relevant = new Set<string>(engine.relevantQuestions(factsOf(current), { today: current.today }).map((q) => q.fact));
    relevant.add('symptom');
    const asked = (fact: FactName) => relevant.has(fact) || !engine.compiled.questionsByFact.has(fact);
    const answers = current.answers.filter((a) => !isUser(a) || asked(a.fact));
    const unknown = current.unknown.filter(asked);
    if (answers.length === current.answers.length && unknown.length === current.unknown.length) break;
    current = { ...current, answers, unknown };
  }
  const stillAsked = new Set([...current.answers.map((a) => a.fact as string), ...current.unknown]);
  const trail = current.trail.filter((id) => {
    const question = engine.compiled.questionsById.get(id);
    return question !== undefined && stillAsked.has(question.fact);
  });
  return trail.length === current.trail.length ? current : { ...current, trail };
}

export function symptomQuestion(engine: Engine): Question | undefined {
  return engine.compiled.questionsByFact.get('symptom')?.[0];
}

/** The question to show next: the symptom first, then the most decisive open one; undefined means diagnose. */
export function nextQuestionId(engine: Engine, context: WizardContext): string | undefined {
  const facts = factsOf(context);
  if (facts.symptom === undefined && !context.unknown.includes('symptom')) return symptomQuestion(engine)?.id;
  return engine.nextQuestion(facts, { skip: context.unknown, ...(context.today ? { today: context.today } : {}) })?.id;
}

/** The question BACK returns to: the one answered before the current one, or the last answered. */
export function previousQuestionId(context: WizardContext): string | undefined {
  const position = context.current === undefined ? -1 : context.trail.indexOf(context.current);
  if (position === -1) return context.trail[context.trail.length - 1];
  return position > 0 ? context.trail[position - 1] : undefined;
}

/** The question that asks for `fact` now (a relevant one first). */
export function questionFor(engine: Engine, context: WizardContext, fact: FactName): Question | undefined {
  const relevant = engine.relevantQuestions(factsOf(context), { today: context.today });
  return relevant.find((q) => q.fact === fact) ?? engine.compiled.questionsByFact.get(fact)?.[0];
}
