// `npx tsx scripts/literal-table.ts`: writes electron/scan/literal-table.ts, the scanner's literals and
// search anchors for the knowledge's signature catalogue, worked out once here instead of at every scan.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { knowledge } from '../knowledge/core';
import { computeLiteralTable } from '../electron/scan/probes';

const file = join(import.meta.dirname, '..', 'electron', 'scan', 'literal-table.ts');
const table = computeLiteralTable(knowledge.signatures);
const head = `// Written by \`npx tsx scripts/literal-table.ts\` from the knowledge's signature catalogue: do not edit.
// The scanner takes each pattern's literals and its search's anchors from here instead of working
// them out at every start; test/unit/scan/literal-table.test.ts fails when this table is out of date.

export type LiteralTable = {
  /** Each probe's pattern and the literals one of which its every match holds (null: none to search for). */
  patterns: readonly (readonly [string, readonly string[] | null])[];
  /** The search over all literals (lower-cased, in the index's order): where each one's window sits, learned from the examples (their CRC-32). */
  search: { literals: readonly string[]; sampleCrc32: number; anchors: readonly number[] };
};
`;
const { literals, sampleCrc32, anchors } = table.search;
const body = [
  'export const LITERAL_TABLE: LiteralTable = {',
  '  patterns: [',
  ...table.patterns.map(([pattern, found]) => `    [${JSON.stringify(pattern)}, ${JSON.stringify(found)}],`),
  '  ],',
  '  search: {',
  '    literals: [',
  ...literals.map((literal) => `      ${JSON.stringify(literal)},`),
  '    ],',
  `    sampleCrc32: ${sampleCrc32},`,
  `    anchors: ${JSON.stringify(anchors)},`,
  '  },',
  '};',
];
writeFileSync(file, `${head}\n${body.join('\n')}\n`);
process.stdout.write(`Wrote ${file}: ${table.patterns.length} patterns, ${table.search.literals.length} literals\n`);
