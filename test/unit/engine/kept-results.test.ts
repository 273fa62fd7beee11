import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../knowledge/contract/facts';
import { createEngine } from '../../../knowledge/engine/engine';
import { answerSpace } from '../../../knowledge/engine/samples';
import { knowledge } from '../../../knowledge/kb';

const today = '2026-11-23';

// The engine keeps assessments, rendered solutions and parsed facts by the values they read. A
// long-lived engine must therefore answer exactly as a fresh one, whatever it was asked before.
describe('results the engine keeps between calls', () => {
  const answers = knowledge.questions.map((q) => ({ fact: q.fact, values: answerSpace(knowledge, q, today) })).filter((a) => a.values.length);
  const factsArbitrary = fc
    .array(fc.integer({ min: 0, max: answers.length - 1 }).chain((i) => fc.constantFrom(...answers[i]!.values).map((value) => [answers[i]!.fact, value] as const)), { maxLength: 14 })
    .map((pairs) => Object.fromEntries(pairs) as Facts);

  it('never change what diagnose, nextQuestion or relevantQuestions say', () => {
    const warm = createEngine(knowledge);
    fc.assert(
      fc.property(fc.array(factsArbitrary, { minLength: 1, maxLength: 6 }), (sequence) => {
        for (const facts of sequence) {
          const fresh = createEngine(knowledge);
          expect(warm.diagnose(facts, { today })).toEqual(fresh.diagnose(facts, { today }));
          expect(warm.nextQuestion(facts, { today })?.id).toEqual(fresh.nextQuestion(facts, { today })?.id);
          expect(warm.relevantQuestions(facts, { today }).map((q) => q.id)).toEqual(fresh.relevantQuestions(facts, { today }).map((q) => q.id));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('assess says what diagnose says about each cause, without the solutions', () => {
    const engine = createEngine(knowledge);
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const diagnosis = engine.diagnose(facts, { today });
        const statuses = engine.assess(facts, { today });
        expect(statuses.map((c) => [c.id, c.status, c.because])).toEqual([
          ...diagnosis.causes.map((c) => [c.id, c.status, c.because]),
          ...diagnosis.ruledOut.map((c) => [c.id, 'ruled-out', c.because]),
        ]);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps what depends on today apart for each day', () => {
    const warm = createEngine(knowledge);
    const facts: Facts = { symptom: 'mail-oauth', 'azure.secretExpiresOn': '2026-12-01' };
    for (const day of ['2026-11-23', '2026-12-05', '2026-11-23']) {
      expect(warm.diagnose(facts, { today: day })).toEqual(createEngine(knowledge).diagnose(facts, { today: day }));
    }
  });

  it('shares solutions read-only: changing one is refused', () => {
    const diagnosis = createEngine(knowledge).diagnose({ symptom: 'mail-oauth' }, { today });
    expect(() => {
      (diagnosis.causes[0]!.solutions[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });
});
