import { CHECK_IDS, CHECKS, type CheckId } from '../contract/checks';
import type { FactName, Facts } from '../contract/facts';
import type { CompiledKnowledge } from './compiled';
import { factsOf } from './conditions';
import { evalContext } from './diagnose';
import { causesInPlay, relevantIn } from './questions';

/**
 * The automated checks that bear on the diagnosis at hand, in the contract's order: a check does
 * when a fact it can establish is read by the rules of a cause still in play (of the facts'
 * problem, not ruled out) or decides whether a question of the problem is asked (an answer
 * there spares the admin questions). Error messages are left out of that test: every family reads
 * them, so a check that finds some says nothing about this problem. With the problem unknown,
 * every check bears on it.
 */
export function checksInPlay(ck: CompiledKnowledge, facts: Facts, today?: string): CheckId[] {
  const ctx = evalContext(ck, facts, today);
  const inPlay = causesInPlay(ck, ctx, facts.symptom);
  const gating = new Set(relevantIn(ck, ctx, facts.symptom).flatMap((q) => (q.askWhen ? factsOf(q.askWhen) : [])));
  const bears = (fact: FactName) => fact !== 'errors' && (gating.has(fact) || (ck.causesReading.get(fact) ?? []).some((cause) => inPlay.has(cause.id)));
  return CHECK_IDS.filter((id) => (CHECKS[id] as readonly FactName[]).some(bears));
}
