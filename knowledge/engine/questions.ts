import type { FactName, Facts } from '../contract/facts';
import type { Question } from '../schema';
import type { CompiledKnowledge } from './compiled';
import { evaluate } from './conditions';
import { symptomOf } from '../contract/causes';
import { assess, evalContext } from './diagnose';
import { answerSpace } from './samples';

/** Questions that bear on the facts' symptom (every symptom when it is unknown) and whose askWhen is not false. */
export function relevantQuestions(ck: CompiledKnowledge, facts: Facts, today?: string): Question[] {
  const ctx = evalContext(ck, facts, today);
  const symptom = facts.symptom;
  return ck.knowledge.questions.filter(
    (q) => (!symptom || q.symptoms.includes(symptom)) && (!q.askWhen || evaluate(q.askWhen, ctx).truth !== false),
  );
}

export type NextQuestionOptions = { skip?: readonly FactName[]; today?: string };

/**
 * The most decisive relevant question whose fact is still unknown: the one whose possible answers
 * change the status of the most causes (each answer simulated through the diagnosis). Ties go to
 * knowledge order, so a question that only opens others is still asked in its turn.
 */
export function nextQuestion(ck: CompiledKnowledge, facts: Facts, options: NextQuestionOptions = {}): Question | undefined {
  const skip = new Set(options.skip ?? []);
  const ctx = evalContext(ck, facts, options.today);
  const seen = new Set<FactName>();
  const candidates = relevantQuestions(ck, facts, ctx.today).filter((q) => {
    const fact = q.fact as FactName;
    if (ctx.facts[fact] !== undefined || skip.has(fact) || seen.has(fact)) return false;
    seen.add(fact);
    return true;
  });
  let best: { question: Question; changes: number } | undefined;
  for (const question of candidates) {
    const changes = statusChanges(ck, facts, question, ctx.today);
    if (!best || changes > best.changes) best = { question, changes };
  }
  return best?.question;
}

/** How many causes end up with different statuses depending on the answer to `question`. */
export function statusChanges(ck: CompiledKnowledge, facts: Facts, question: Question, today: string): number {
  const statuses = new Map<string, Set<string>>();
  // Only the causes that read the fact can change with its answer.
  const symptom = question.fact === 'symptom' ? undefined : facts.symptom;
  const reading = question.fact === 'symptom' ? ck.knowledge.causes : (ck.causesReading.get(question.fact as FactName) ?? []);
  const causes = reading.filter((c) => !symptom || symptomOf(c.id) === symptom);
  for (const value of answerSpace(ck.knowledge, question, today)) {
    const ctx = evalContext(ck, { ...facts, [question.fact]: value }, today);
    for (const a of causes.map((cause) => assess(cause, ctx))) {
      const seen = statuses.get(a.cause.id) ?? new Set<string>();
      seen.add(a.status);
      statuses.set(a.cause.id, seen);
    }
  }
  return [...statuses.values()].filter((s) => s.size > 1).length;
}
