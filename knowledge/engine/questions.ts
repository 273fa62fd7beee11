import type { FactName, Facts } from '../contract/facts';
import type { Question } from '../schema';
import type { CompiledKnowledge } from './compiled';
import type { EvalContext } from './conditions';
import { truthOf } from './conditions';
import { symptomOf } from '../contract/causes';
import { assessKept, causesFor, evalContext } from './diagnose';
import { answerSpace } from './samples';

/** Questions that bear on the facts' symptom (every symptom when it is unknown) and whose askWhen is not false. */
export function relevantQuestions(ck: CompiledKnowledge, facts: Facts, today?: string): Question[] {
  return relevantIn(ck, evalContext(ck, facts, today), facts.symptom);
}

/** `relevantQuestions` for an evaluation context already built. */
export function relevantIn(ck: CompiledKnowledge, ctx: EvalContext, symptom: Facts['symptom']): Question[] {
  return ck.knowledge.questions.filter(
    (q) => (!symptom || q.symptoms.includes(symptom)) && (!q.askWhen || truthOf(q.askWhen, ctx) !== false),
  );
}

export type NextQuestionOptions = { skip?: readonly FactName[]; today?: string };

/** `followUp`: its askWhen is neither true nor false yet (a fact it reads is unknown). */
type Weighed = { question: Question; changes: number; followUp: boolean };

/**
 * The questions still worth asking, most decisive first: relevant, unanswered, not skipped, and
 * able to change the status of a cause still in play, directly (some answer gives one of those
 * causes another status) or by opening a question that can. A question whose every answer leaves
 * every cause in play where it is would only cost the admin time. Questions that surely apply come
 * before follow-ups whose condition is still open; ties keep knowledge order.
 */
export function openQuestions(ck: CompiledKnowledge, facts: Facts, options: NextQuestionOptions = {}): Question[] {
  return weighOpen(ck, facts, options).map((w) => w.question);
}

function weighOpen(ck: CompiledKnowledge, facts: Facts, options: NextQuestionOptions): Weighed[] {
  const skip = new Set(options.skip ?? []);
  const ctx = evalContext(ck, facts, options.today);
  const candidates = unanswered(ck, ctx, facts.symptom, skip);
  const inPlay = causesInPlay(ck, ctx, facts.symptom);
  const weighed: Weighed[] = [];
  for (const question of candidates) {
    const changes = statusChanges(ck, facts, question, ctx.today, inPlay);
    if (changes > 0 || opensDecisive(ck, facts, question, ctx.today, skip, candidates)) {
      weighed.push({ question, changes, followUp: question.askWhen !== undefined && truthOf(question.askWhen, ctx) === 'unknown' });
    }
  }
  // A follow-up whose condition nobody settled yet (the JSM version before the kind of handler is
  // known, "does the mailbox open in Outlook on the web" before a refused sign-in is seen) may not
  // apply at all: the questions that surely apply come first, and an answer to them often settles
  // the condition. Stable sort: equal weights stay in knowledge order, so a question that only opens
  // others comes in its turn.
  return weighed.sort((a, b) => Number(a.followUp) - Number(b.followUp) || b.changes - a.changes);
}

/** Relevant questions whose fact nobody gave (nor an error signature established), one per fact. */
function unanswered(ck: CompiledKnowledge, ctx: EvalContext, symptom: Facts['symptom'], skip: ReadonlySet<FactName>): Question[] {
  const seen = new Set<FactName>();
  const families = ck.knowledge.symptoms.length;
  return relevantIn(ck, ctx, symptom).filter((q) => {
    const fact = q.fact as FactName;
    // Until the problem is known, only a question that bears on every problem is neutral enough to ask:
    // one family's questions would send every unsure admin down that family's path.
    if (!symptom && q.symptoms.length < families) return false;
    if (ctx.facts[fact] !== undefined || skip.has(fact) || seen.has(fact)) return false;
    seen.add(fact);
    return true;
  });
}

/** The most decisive question still worth asking (see openQuestions); undefined means diagnose. */
export function nextQuestion(ck: CompiledKnowledge, facts: Facts, options: NextQuestionOptions = {}): Question | undefined {
  return weighOpen(ck, facts, options)[0]?.question;
}

/**
 * About how many questions remain: those still worth asking now. An answer can close some and
 * open others, so it is an estimate; it only ever counts questions that can change a cause in play.
 */
export function questionsLeft(ck: CompiledKnowledge, facts: Facts, options: NextQuestionOptions = {}): number {
  return weighOpen(ck, facts, options).length;
}

/** The ids of the causes of the family that are not ruled out. */
export function causesInPlay(ck: CompiledKnowledge, ctx: EvalContext, symptom: Facts['symptom']): ReadonlySet<string> {
  return new Set(
    causesFor(ck, symptom)
      .filter((cause) => assessKept(ck, cause, ctx).status !== 'ruled-out')
      .map((c) => c.id),
  );
}

/** Does some answer to `question` make relevant a question (not yet open) that can change a cause in play? */
function opensDecisive(
  ck: CompiledKnowledge,
  facts: Facts,
  question: Question,
  today: string,
  skip: ReadonlySet<FactName>,
  open: readonly Question[],
): boolean {
  const openFacts = new Set(open.map((q) => q.fact));
  for (const value of answerSpace(ck.knowledge, question, today)) {
    const after = { ...facts, [question.fact]: value };
    const ctx = evalContext(ck, after, today);
    const inPlay = causesInPlay(ck, ctx, after.symptom);
    for (const opened of unanswered(ck, ctx, after.symptom, skip)) {
      if (openFacts.has(opened.fact)) continue;
      if (statusChanges(ck, after, opened, today, inPlay) > 0) return true;
    }
  }
  return false;
}

/**
 * How many causes end up with different statuses depending on the answer to `question`; with
 * `inPlay`, only those causes count (a cause already ruled out is not worth a question).
 */
export function statusChanges(ck: CompiledKnowledge, facts: Facts, question: Question, today: string, inPlay?: ReadonlySet<string>): number {
  const statuses = new Map<string, Set<string>>();
  // Only the causes that read the fact can change with its answer.
  const symptom = question.fact === 'symptom' ? undefined : facts.symptom;
  const reading = question.fact === 'symptom' ? ck.knowledge.causes : (ck.causesReading.get(question.fact as FactName) ?? []);
  const causes = reading.filter((c) => (!symptom || symptomOf(c.id) === symptom) && (!inPlay || question.fact === 'symptom' || inPlay.has(c.id)));
  for (const value of answerSpace(ck.knowledge, question, today)) {
    const ctx = evalContext(ck, { ...facts, [question.fact]: value }, today);
    for (const a of causes.map((cause) => assessKept(ck, cause, ctx))) {
      const seen = statuses.get(a.cause.id) ?? new Set<string>();
      seen.add(a.status);
      statuses.set(a.cause.id, seen);
    }
  }
  return [...statuses.values()].filter((s) => s.size > 1).length;
}
