import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../knowledge';
import { EXTRACTORS } from '../../../electron/scan/probes';

/**
 * Every regular expression that runs on text an attacker can type or plant in a log (the signature
 * catalogue, the knowledge's text conditions, the scanner's extractors, and every literal regex of
 * the code that reads logs and pastes or masks what they hold) must run in linear time: recheck, a ReDoS checker,
 * proves each one, and a single non-linear verdict fails the test. A new pattern is checked the day
 * it is written.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** The code that applies regular expressions to untrusted text: logs, pastes, evidence, and the masker that every such text passes. */
const UNTRUSTED_TEXT_CODE = ['electron/scan', 'knowledge/engine', 'electron/text'];
/** Files in those folders whose expressions only ever read the knowledge's own patterns, never input. */
const KNOWLEDGE_ONLY = new Set(['knowledge/engine/samples.ts']);

type Pattern = { where: string; source: string; flags: string };

function catalogue(): Pattern[] {
  const patterns: Pattern[] = knowledge.signatures.map((s) => ({ where: `signature ${s.id}`, source: s.pattern, flags: s.flags ?? '' }));
  // textMatches conditions sit anywhere in the knowledge tree (rules, askWhen, variables).
  const seen = new Set<unknown>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    const record = node as Record<string, unknown>;
    if (record.kind === 'textMatches' && typeof record.pattern === 'string') {
      patterns.push({ where: `condition at ${path}`, source: record.pattern, flags: typeof record.flags === 'string' ? record.flags : 'i' });
    }
    for (const [key, value] of Object.entries(record)) walk(value, `${path}.${key}`);
  };
  walk({ causes: knowledge.causes, questions: knowledge.questions }, 'knowledge');
  for (const [id, regex] of Object.entries(EXTRACTORS)) patterns.push({ where: `extractor ${id}`, source: regex.source, flags: regex.flags });
  return patterns;
}

/**
 * What recheck checks for a pattern as the code runs it: without `g` (a search from every place is
 * its default), and a sticky (`y`) pattern anchored, since it is tried at `lastIndex` only.
 */
function asChecked(source: string, flags: string): { source: string; flags: string } {
  // Without `m`, so that `^` holds the pattern to the one place.
  if (flags.includes('y')) return { source: `^(?:${source})`, flags: flags.replace(/[gym]/g, '') };
  return { source, flags: flags.replace(/g/g, '') };
}

/** Regex literals and `new RegExp('…')` with literal text, read from the source with the TypeScript parser. */
function sourceRegexes(): Pattern[] {
  const found: Pattern[] = [];
  for (const dir of UNTRUSTED_TEXT_CODE) {
    for (const file of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f))) {
      const path = join(ROOT, dir, file);
      if (KNOWLEDGE_ONLY.has(relative(ROOT, path))) continue;
      const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node): void => {
        const where = () => `${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (ts.isRegularExpressionLiteral(node)) {
          const text = node.text;
          const end = text.lastIndexOf('/');
          found.push({ where: where(), ...asChecked(text.slice(1, end), text.slice(end + 1)) });
        } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
          const [pattern, flags] = node.arguments ?? [];
          if (pattern && ts.isStringLiteralLike(pattern)) {
            found.push({ where: where(), ...asChecked(pattern.text, flags && ts.isStringLiteralLike(flags) ? flags.text : '') });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

/** recheck's native checker runs each pattern in its own thread; a few at a time keeps the shared machine usable. */
async function checkAll(patterns: Pattern[]): Promise<Checked[]> {
  const unique = [...new Map(patterns.map((p) => [`${p.flags}/${p.source}`, p])).values()];
  const results: Checked[] = [];
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const pattern = unique[next++]!;
      const diagnostics = await check(pattern.source, pattern.flags, { timeout: 120_000, randomSeed: 1 });
      results.push({ pattern, diagnostics, ...(diagnostics.status === 'vulnerable' ? { recall: recall(pattern, diagnostics.attack.string) } : {}) });
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

type Checked = { pattern: Pattern; diagnostics: Diagnostics; recall?: number };

/**
 * Where recheck's fuzzer claims an attack (its automaton proves, its fuzzer only searches, and under
 * load it reports attacks it did not confirm), the attack is run in V8, the engine that matters, as
 * recheck's own recall validation does: a real polynomial blow-up on its ~300 KB attack string
 * takes V8 seconds to minutes, a linear pattern a few milliseconds. Milliseconds spent.
 */
function recall(pattern: Pattern, attack: string): number {
  const regex = new RegExp(pattern.source, pattern.flags);
  const started = performance.now();
  regex.exec(attack);
  return performance.now() - started;
}

/** Far above what a linear pattern needs on the attack string, far below what a polynomial one does. */
const RECALL_LIMIT_MS = 1_000;

function linear(result: Checked): boolean {
  if (result.diagnostics.status === 'safe') return true;
  return result.diagnostics.status === 'vulnerable' && result.diagnostics.checker === 'fuzz' && result.recall! < RECALL_LIMIT_MS;
}

function verdict({ pattern, diagnostics: d, recall: ms }: Checked): string {
  const why =
    d.status === 'vulnerable'
      ? `${d.complexity.type} by recheck's ${d.checker} checker (attack ${d.attack.pattern}${ms === undefined ? '' : `, which took V8 ${Math.round(ms)} ms`})`
      : d.status === 'unknown'
        ? `unknown (${d.error.kind})`
        : 'safe';
  return `${pattern.where}: /${pattern.source}/${pattern.flags} is ${why}`;
}

describe('regular expressions on untrusted text run in linear time (recheck)', () => {
  it('finds the catalogue and the code to check', () => {
    expect(catalogue().length).toBeGreaterThan(knowledge.signatures.length);
    expect(sourceRegexes().length).toBeGreaterThan(20);
  });

  it('every one of them is safe', { timeout: 900_000 }, async () => {
    const results = await checkAll([...catalogue(), ...sourceRegexes()]);
    const unsafe = results.filter((r) => !linear(r)).map(verdict);
    expect(unsafe).toEqual([]);
  });
});
