import { expect } from 'vitest';
import type { CauseId, Facts, KnowledgePart, Status } from '../../../knowledge/index';
import { diagnose, matchErrorText } from '../../../knowledge/index';

/** The status diagnose() gives a cause for these facts, ruled-out included. */
export function statusOf(facts: Facts, id: CauseId): Status {
  const d = diagnose(facts);
  if (d.ruledOut.some((c) => c.id === id)) return 'ruled-out';
  const cause = d.causes.find((c) => c.id === id);
  if (!cause) throw new Error(`${id} is neither among the causes nor ruled out for ${JSON.stringify(facts)}`);
  return cause.status;
}

/** The reasons diagnose() gives for a cause's status, as one text. */
export function becauseOf(facts: Facts, id: CauseId): string {
  const d = diagnose(facts);
  const cause = d.causes.find((c) => c.id === id) ?? d.ruledOut.find((c) => c.id === id);
  if (!cause) throw new Error(`${id} is missing from the diagnosis`);
  return cause.because.join(' ');
}

/** Every step text, code line and note of a cause's rendered solutions, as one text. */
export function solutionOf(facts: Facts, id: CauseId): string {
  const cause = diagnose(facts).causes.find((c) => c.id === id);
  if (!cause) throw new Error(`${id} is not an open cause for ${JSON.stringify(facts)}`);
  return cause.solutions
    .flatMap((s) => [s.title, ...s.steps.flatMap((step) => [step.text, ...(step.code ?? [])]), ...s.notes])
    .join('\n');
}

/**
 * Each signature of the part matches its own example, and no signature with a different meaning
 * (other supported causes) matches that example too: pasting it names the right causes only.
 */
export function expectUnambiguousExamples(part: KnowledgePart): void {
  const signatures = part.signatures ?? [];
  expect(signatures.length).toBeGreaterThan(0);
  for (const signature of signatures) {
    const found = matchErrorText(signature.example);
    expect(found.map((f) => f.signature.id), `example of ${signature.id}`).toContain(signature.id);
    for (const other of found.filter((f) => f.signature.id !== signature.id)) {
      expect([...other.causes].sort(), `${other.signature.id} also matches the example of ${signature.id}`).toEqual(
        [...signature.supports].sort(),
      );
    }
  }
}
