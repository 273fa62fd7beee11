import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../knowledge/core';
import { LiteralIndex } from '../../../electron/scan/events';
import { LITERAL_TABLE } from '../../../electron/scan/literal-table';
import { buildProbes, computeLiteralTable } from '../../../electron/scan/probes';

describe('the literal table made at build time', () => {
  it('is what the scanner would work out from the knowledge catalogue (else: npx tsx scripts/literal-table.ts)', () => {
    expect(computeLiteralTable(knowledge.signatures)).toEqual(LITERAL_TABLE);
  });

  it('gives the probes and the search the same literals and anchors as working them out', () => {
    const fromTable = buildProbes(knowledge.signatures);
    const worked = buildProbes(knowledge.signatures, false);
    expect(fromTable.probes.map((p) => p.literals)).toEqual(worked.probes.map((p) => p.literals));
    expect(fromTable.problems).toEqual(worked.problems);
    const index = new LiteralIndex(fromTable.probes) as unknown as { automaton: { anchors: number[] } };
    expect(index.automaton.anchors).toEqual(LITERAL_TABLE.search.anchors);
  });

  it('is not used for a catalogue it was not made for: its literals are worked out', () => {
    const own = [{ ...knowledge.signatures[0]!, pattern: 'Completely different text \\d+' }, ...knowledge.signatures.slice(1)];
    const probe = buildProbes(own).probes[0]!;
    expect(probe.literals).toEqual(['Completely different text ']);
  });
});
