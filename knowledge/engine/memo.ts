import type { FactName } from '../contract/facts';
import type { Condition } from '../schema';
import type { EvalContext } from './conditions';
import { factsOf, leavesOf, remember } from './conditions';

/**
 * What a piece of the engine's output depends on: the facts it reads and whether "today" matters.
 * Two diagnoses that agree on those get the same result, so it is worked out once: between two
 * answers of the wizard, most causes read nothing that changed.
 */
export type Reads = { facts: readonly FactName[]; today: boolean };

export function readsOf(conditions: Iterable<Condition | undefined>, extraFacts: Iterable<FactName> = []): Reads {
  const facts = new Set<FactName>(extraFacts);
  let today = false;
  for (const c of conditions) {
    if (!c) continue;
    factsOf(c).forEach((f) => facts.add(f));
    if (leavesOf(c).some((leaf) => leaf.kind === 'dateBefore' && leaf.than === 'today')) today = true;
  }
  return { facts: [...facts], today };
}

/** The key of these reads' values in this context (each object value turned into text once per context). */
export function readsKey(reads: Reads, ctx: EvalContext): string {
  let key = reads.today ? ctx.today : '';
  for (const f of reads.facts) {
    const value = ctx.facts[f];
    key +=
      typeof value === 'string'
        ? `\u0000${value}`
        : value === undefined
          ? '\u0000\u0001'
          : typeof value === 'object'
            ? `\u0000\u0003${remember(ctx, `key ${f}`, () => internedId(JSON.stringify(value)))}`
            : `\u0000\u0002${String(value)}`;
  }
  return key;
}

/**
 * A short stand-in for a long value (the lines of an error log): keys stay short, so looking one
 * up does not hash kilobytes. Numbers are never reused, so forgetting the table only costs misses.
 */
const interned = new Map<string, number>();
let nextId = 0;
const INTERNED_LIMIT = 1024;

function internedId(text: string): number {
  let id = interned.get(text);
  if (id === undefined) {
    if (interned.size >= INTERNED_LIMIT) interned.clear();
    interned.set(text, (id = nextId++));
  }
  return id;
}

/** A map that forgets its oldest entry beyond `limit`, for results that can always be worked out again. */
export class Kept<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly limit: number) {}

  get(key: string, compute: () => T): T {
    const found = this.entries.get(key);
    if (found !== undefined) return found;
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
