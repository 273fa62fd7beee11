import type { FactName } from '../contract/facts';
import type { Condition } from '../schema';
import type { EvalContext } from './conditions';
import { factsOf, leavesOf } from './conditions';

/**
 * What a piece of the engine's output depends on: the facts it reads and whether "today" matters.
 * Two diagnoses that agree on those get the same result, so it is worked out once: between two
 * answers of the wizard, most causes read nothing that changed. `slots` numbers the facts for
 * the per-diagnosis table of their values.
 */
export type Reads = { facts: readonly FactName[]; today: boolean; slots: readonly number[] };

const factSlots = new Map<FactName, number>();
const slotOf = (fact: FactName): number => {
  let slot = factSlots.get(fact);
  if (slot === undefined) factSlots.set(fact, (slot = factSlots.size));
  return slot;
};

export function readsOf(conditions: Iterable<Condition | undefined>, extraFacts: Iterable<FactName> = []): Reads {
  const facts = new Set<FactName>(extraFacts);
  let today = false;
  for (const c of conditions) {
    if (!c) continue;
    factsOf(c).forEach((f) => facts.add(f));
    if (leavesOf(c).some((leaf) => leaf.kind === 'dateBefore' && leaf.than === 'today')) today = true;
  }
  return { facts: [...facts], today, slots: [...facts].map(slotOf) };
}

/** What `reads` reads beyond `known`: what can still vary among contexts that agree on `known`. */
export function readsBeyond(reads: Reads, known: Reads): Reads {
  const facts = reads.facts.filter((f) => !known.facts.includes(f));
  return { facts, today: reads.today && !known.today, slots: facts.map(slotOf) };
}

/** Reads nothing: whatever it keeps is the same in every context. */
export const readsNothing = (reads: Reads): boolean => !reads.today && !reads.facts.length;

/**
 * The values these reads see in this context, as numbers: each value stands for itself by a
 * number given once per diagnosis, so comparing two sets of values never compares or hashes long
 * values (a pasted error log, a scope list), and nothing is built per cause. Written into `out`.
 */
function valueIds(reads: Reads, ctx: EvalContext, out: number[]): number {
  const ids = (ctx.valueIds ??= []);
  let n = 0;
  if (reads.today) out[n++] = (ctx.todayId ??= valueId(ctx.today));
  for (let i = 0; i < reads.slots.length; i++) {
    const slot = reads.slots[i]!;
    let id = ids[slot];
    if (id === undefined) ids[slot] = id = valueId(ctx.facts[reads.facts[i]!]);
    out[n++] = id;
  }
  return n;
}

const scratch: number[] = [];

/**
 * Results kept by a list of numbers: a hash of the numbers finds the candidates, the numbers
 * themselves decide. Beyond `limit` entries the oldest go (they can always be worked out again).
 */
export class KeptByNumbers<T> {
  private readonly buckets = new Map<number, { ids: number[]; value: T }[]>();
  private size = 0;
  constructor(private readonly limit: number) {}

  /** The value kept for the first `n` numbers of `ids`, else `compute()`'s, kept. */
  get(ids: readonly number[], n: number, compute: () => T): T {
    let hash = 0x811c9dc5;
    for (let i = 0; i < n; i++) hash = Math.imul(hash ^ ids[i]!, 16777619);
    hash &= 0x3fffffff;
    const bucket = this.buckets.get(hash);
    if (bucket) {
      for (const entry of bucket) {
        if (entry.ids.length !== n) continue;
        let i = 0;
        while (i < n && entry.ids[i] === ids[i]) i++;
        if (i === n) return entry.value;
      }
    }
    // Copied first: working the value out may ask another table, which may reuse `ids`.
    const own = ids.slice(0, n);
    const value = compute();
    if (this.size >= this.limit) {
      const [oldest, entries] = this.buckets.entries().next().value!;
      this.buckets.delete(oldest);
      this.size -= entries.length;
    }
    const entries = this.buckets.get(hash);
    if (entries) entries.push({ ids: own, value });
    else this.buckets.set(hash, [{ ids: own, value }]);
    this.size++;
    return value;
  }
}

/** Results kept by the values of the facts they read (see KeptByNumbers). */
export class KeptByReads<T> extends KeptByNumbers<T> {
  find(reads: Reads, ctx: EvalContext, compute: () => T): T {
    return this.get(scratch, valueIds(reads, ctx, scratch), compute);
  }
}

/**
 * Numbers for values: strings by themselves, numbers by themselves, booleans fixed, anything else
 * by its JSON. Numbers are never reused, so forgetting the tables (beyond a limit) only costs
 * misses, never a wrong match.
 */
const stringIds = new Map<string, number>();
const numberIds = new Map<number, number>();
const otherIds = new Map<string, number>();
const [UNDEFINED_ID, FALSE_ID, TRUE_ID] = [0, 1, 2];
let nextId = 3;
const INTERNED_LIMIT = 4096;

function valueId(value: unknown): number {
  switch (typeof value) {
    case 'undefined':
      return UNDEFINED_ID;
    case 'boolean':
      return value ? TRUE_ID : FALSE_ID;
    case 'string':
      return interned(stringIds, value);
    case 'number':
      return interned(numberIds, value);
    default:
      return interned(otherIds, JSON.stringify(value));
  }
}

function interned<K>(table: Map<K, number>, key: K): number {
  let id = table.get(key);
  if (id === undefined) {
    if (table.size >= INTERNED_LIMIT) table.clear();
    table.set(key, (id = nextId++));
  }
  return id;
}
