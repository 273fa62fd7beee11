/** Finds literals in raw bytes: `found(start, literalId)` for every occurrence in `buf[from, to)`, in order. */
export interface LiteralSearch {
  search(buf: Uint8Array, from: number, to: number, found: (start: number, literal: number) => void): void;
}

/** Below this shortest literal, skipping ahead gains little: the automaton reads every byte instead. */
const MIN_SKIP = 6;

/** The faster search for these literals: skipping when every literal is long enough, else the automaton. */
export function literalSearch(literals: readonly string[]): LiteralSearch {
  const shortest = Math.min(...literals.map((l) => Buffer.byteLength(l)));
  return literals.length && shortest >= MIN_SKIP ? new SkipSearch(literals) : new LiteralAutomaton(literals);
}

const FOLD = Uint8Array.from({ length: 256 }, (_, b) => (b >= 65 && b <= 90 ? b + 32 : b));

/**
 * Finds many literals while skipping most bytes (Wu and Manber's multi-pattern search, on pairs of
 * bytes): it looks at the last two bytes of a window as long as the shortest literal, and when no
 * literal has that pair near its start, jumps ahead by as much as the pair allows. On log text with
 * literals of ten bytes and more it reads a fraction of the bytes. ASCII case-insensitive, like
 * the automaton below.
 */
export class SkipSearch implements LiteralSearch {
  private readonly window: number;
  private readonly shift = new Uint8Array(65536);
  private readonly buckets: (number[] | undefined)[] = new Array<number[] | undefined>(65536);
  private readonly literals: Uint8Array[];

  constructor(literals: readonly string[]) {
    this.literals = literals.map((l) => Uint8Array.from(Buffer.from(l, 'utf8'), (b) => FOLD[b]!));
    this.window = Math.min(...this.literals.map((l) => l.length));
    this.shift.fill(Math.min(255, this.window - 1));
    this.literals.forEach((literal, id) => {
      for (let q = 1; q < this.window; q++) {
        const pair = (literal[q - 1]! << 8) | literal[q]!;
        this.shift[pair] = Math.min(this.shift[pair]!, this.window - 1 - q);
      }
      const last = (literal[this.window - 2]! << 8) | literal[this.window - 1]!;
      (this.buckets[last] ??= []).push(id);
    });
    // Index the tables by raw byte pairs too, so the loop reads two bytes and one table entry.
    for (let pair = 0; pair < 65536; pair++) {
      const folded = (FOLD[pair >> 8]! << 8) | FOLD[pair & 255]!;
      if (folded === pair) continue;
      this.shift[pair] = this.shift[folded]!;
      this.buckets[pair] = this.buckets[folded];
    }
  }

  search(buf: Uint8Array, from: number, to: number, found: (start: number, literal: number) => void): void {
    const { shift, window } = this;
    for (let pos = from + window - 1; pos < to; ) {
      const pair = (buf[pos - 1]! << 8) | buf[pos]!;
      const step = shift[pair]!;
      if (step !== 0) {
        pos += step;
        continue;
      }
      const start = pos - window + 1;
      for (const id of this.buckets[pair]!) {
        if (this.matchesAt(buf, start, to, this.literals[id]!)) found(start, id);
      }
      pos++;
    }
  }

  private matchesAt(buf: Uint8Array, start: number, to: number, literal: Uint8Array): boolean {
    if (start + literal.length > to) return false;
    for (let i = 0; i < literal.length; i++) if (FOLD[buf[start + i]!] !== literal[i]) return false;
    return true;
  }
}

/**
 * Finds many literal strings in one pass over raw bytes (an Aho-Corasick automaton compiled to a
 * full transition table). Matching is ASCII case-insensitive: the literals are stored lower-cased
 * and the table maps both cases of a letter to the same move, so the search loop does one table
 * lookup per byte whatever the number of literals. A case-sensitive signature may thereby get a
 * few extra candidates; its regular expression, run on each candidate, has the last word.
 */
export class LiteralAutomaton implements LiteralSearch {
  /** Next state for (state << 8 | byte). States that end a literal are numbered from `firstAccepting` on. */
  private readonly delta: Uint16Array | Uint32Array;
  private readonly firstAccepting: number;
  /** Literals ending at each accepting state (via failure links too), indexed by state - firstAccepting. */
  private readonly outputs: number[][];
  readonly lengths: number[];

  constructor(literals: readonly string[]) {
    const encoded = literals.map((l) => Buffer.from(l.toLowerCase(), 'utf8'));
    this.lengths = encoded.map((b) => b.length);
    // The trie, one Map of children per state.
    const children: Map<number, number>[] = [new Map<number, number>()];
    const ends: number[][] = [[]];
    encoded.forEach((bytes, id) => {
      let s = 0;
      for (const b of bytes) {
        let next = children[s]!.get(b);
        if (next === undefined) {
          next = children.length;
          children.push(new Map<number, number>());
          ends.push([]);
          children[s]!.set(b, next);
        }
        s = next;
      }
      ends[s]!.push(id);
    });
    const states = children.length;
    const delta = states < 0x10000 ? new Uint16Array(states * 256) : new Uint32Array(states * 256);
    const fail = new Int32Array(states);
    const outputs: (number[] | undefined)[] = new Array<number[] | undefined>(states);
    const accepting = new Uint8Array(states);
    const fold = (b: number) => (b >= 65 && b <= 90 ? b + 32 : b);
    // Breadth first, so a state's failure state is complete before the state itself.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head]!;
      const own = ends[s]!;
      const inherited = s === 0 ? undefined : outputs[fail[s]!];
      if (own.length || inherited) {
        outputs[s] = [...own, ...(inherited ?? [])];
        accepting[s] = 1;
      }
      for (let b = 0; b < 256; b++) {
        const child = children[s]!.get(fold(b));
        if (child !== undefined) {
          if (fold(b) === b) {
            fail[child] = s === 0 ? 0 : delta[fail[s]! * 256 + b]!;
            queue.push(child);
          }
          delta[s * 256 + b] = child;
        } else {
          delta[s * 256 + b] = s === 0 ? 0 : delta[fail[s]! * 256 + b]!;
        }
      }
    }
    // Renumber so that one comparison in the search loop tells an accepting state.
    const order = [...Array(states).keys()].sort((a, b) => accepting[a]! - accepting[b]! || a - b);
    const renumbered = new Int32Array(states);
    order.forEach((old, i) => (renumbered[old] = i));
    const table = states < 0x10000 ? new Uint16Array(states * 256) : new Uint32Array(states * 256);
    for (let old = 0; old < states; old++) {
      const row = renumbered[old]! * 256;
      for (let b = 0; b < 256; b++) table[row + b] = renumbered[delta[old * 256 + b]!]!;
    }
    this.delta = table;
    this.firstAccepting = order.findIndex((old) => accepting[old] === 1);
    if (this.firstAccepting === -1) this.firstAccepting = states;
    this.outputs = order.slice(this.firstAccepting).map((old) => outputs[old]!);
  }

  /** Calls `found(start, literalId)` for every occurrence in `buf[from, to)`, in order of their end. */
  search(buf: Uint8Array, from: number, to: number, found: (start: number, literal: number) => void): void {
    const { delta, firstAccepting } = this;
    let s = 0;
    for (let i = from; i < to; i++) {
      s = delta[(s << 8) | buf[i]!]!;
      if (s >= firstAccepting) {
        for (const id of this.outputs[s - firstAccepting]!) found(i + 1 - this.lengths[id]!, id);
      }
    }
  }
}
