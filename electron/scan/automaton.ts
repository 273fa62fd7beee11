/**
 * Finds literals in raw bytes: `found(start, literalId, exact)` for every occurrence in `buf[from, to)`,
 * in order of where they end (the skipping search: of where a part of each ends), so nearly in order
 * of start. `exact`: the bytes are the literal as it was given, case and all (false: only ASCII case
 * told them apart, or the search does not say).
 */
export interface LiteralSearch {
  search(buf: Uint8Array, from: number, to: number, found: (start: number, literal: number, exact: boolean) => void): void;
}

/** Below this shortest literal, skipping ahead gains little: the automaton reads every byte instead. */
const MIN_SKIP = 6;

/**
 * The faster search for these literals: skipping when every literal is long enough, else the
 * automaton. `sample`: text like the text to be searched, from which the skipping search learns
 * which parts of each literal are rare.
 */
export function literalSearch(literals: readonly string[], sample?: Uint8Array, anchors?: readonly number[]): LiteralSearch {
  const shortest = Math.min(...literals.map((l) => Buffer.byteLength(l)));
  return literals.length && shortest >= MIN_SKIP ? new SkipSearch(literals, sample, anchors) : new LiteralAutomaton(literals);
}

const FOLD = Uint8Array.from({ length: 256 }, (_, b) => (b >= 65 && b <= 90 ? b + 32 : b));

/** A range shorter than this is walked whole (two halves gain nothing on a line or two). */
const TWO_LANES = 4096;

/**
 * Finds many literals while skipping most bytes (Wu and Manber's multi-pattern search, on blocks of
 * three bytes): it looks at the last three bytes of a window as long as the shortest literal, and
 * when no literal's window has that block, jumps ahead by as much as the block allows. Each
 * literal's window is the part of it whose end is rarest in a sample of log text. A
 * block is hashed from the low five bits of each byte, which folds ASCII case for free; blocks
 * that share a hash only make a jump shorter or a check more, never a literal missed. On log text
 * with literals of ten bytes and more it reads a fraction of the bytes (pairs of bytes, tried
 * first, stopped on every other common pair of English). ASCII case-insensitive, like the automaton below.
 *
 * Each jump waits for the bytes the previous one landed on, so one walk through the text is bound
 * by the memory's latency, not by the processor: a long range is walked as two halves at once,
 * whose jumps do not wait for each other. The second half's stops are checked once the first half
 * is done, so the literals are found in the same order as by one walk.
 */
export class SkipSearch implements LiteralSearch {
  /** The length of every literal's window: the shortest literal's. */
  readonly window: number;
  private readonly shift = new Uint8Array(1 << 15);
  private readonly buckets: (number[] | undefined)[] = new Array<number[] | undefined>(1 << 15);
  private readonly literals: Uint8Array[];
  /** Each literal as it was given (its case kept), for `exact`; and its bytes four at a time (little-endian), to compare a word at a time. */
  private readonly given: Uint8Array[];
  private readonly givenWords: Int32Array[];
  /** The text being searched, read four bytes at a time. */
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  /** Where in each literal its window starts: the literals are found in order of where their windows end. */
  readonly anchors: readonly number[];
  /** Where the second half stopped, to be checked once the first half is done. */
  private stops = new Int32Array(1024);

  /** `anchors`: where each literal's window starts, as `skipAnchors` gives them for the sample (worked out at build time). */
  constructor(literals: readonly string[], sample: Uint8Array = new Uint8Array(0), anchors?: readonly number[]) {
    this.literals = foldedLiterals(literals);
    this.given = literals.map((l) => Uint8Array.from(Buffer.from(l, 'utf8')));
    this.givenWords = this.given.map((g) => Int32Array.from({ length: g.length >> 2 }, (_, w) => Buffer.from(g.buffer, g.byteOffset, g.length).readInt32LE(w * 4)));
    this.window = Math.min(...this.literals.map((l) => l.length));
    this.anchors = anchors ? [...anchors] : skipAnchors(literals, sample);
    this.shift.fill(Math.min(255, this.window - 2));
    this.literals.forEach((literal, id) => {
      const o = this.anchors[id]!;
      for (let q = 2; q < this.window; q++) {
        const block = blockAt(literal, o + q);
        this.shift[block] = Math.min(this.shift[block]!, this.window - 1 - q);
      }
      (this.buckets[blockAt(literal, o + this.window - 1)] ??= []).push(id);
    });
  }

  search(buf: Uint8Array, from: number, to: number, found: (start: number, literal: number, exact: boolean) => void): void {
    const { shift } = this;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const first = from + this.window - 1;
    // The first half ends windows before `half`, the second from there on: each occurrence is found by one of them.
    const half = to - first < TWO_LANES ? to : first + ((to - first) >> 1);
    let a = first;
    let b = half;
    let stopped = 0;
    while (a < half && b < to) {
      const stepA = shift[((buf[a - 2]! & 31) << 10) | ((buf[a - 1]! & 31) << 5) | (buf[a]! & 31)]!;
      const stepB = shift[((buf[b - 2]! & 31) << 10) | ((buf[b - 1]! & 31) << 5) | (buf[b]! & 31)]!;
      if (stepA === 0) this.check(buf, from, to, a, found);
      if (stepB === 0) {
        if (stopped === this.stops.length) this.stops = grown(this.stops);
        this.stops[stopped++] = b;
      }
      a += stepA === 0 ? 1 : stepA;
      b += stepB === 0 ? 1 : stepB;
    }
    this.walk(buf, from, to, a, half, found);
    for (let k = 0; k < stopped; k++) this.check(buf, from, to, this.stops[k]!, found);
    this.walk(buf, from, to, b, to, found);
  }

  /** One walk from `pos` for the windows that end before `end`. */
  private walk(buf: Uint8Array, from: number, to: number, pos: number, end: number, found: (start: number, literal: number, exact: boolean) => void): void {
    const { shift } = this;
    while (pos < end) {
      const step = shift[((buf[pos - 2]! & 31) << 10) | ((buf[pos - 1]! & 31) << 5) | (buf[pos]! & 31)]!;
      if (step !== 0) {
        pos += step;
        continue;
      }
      this.check(buf, from, to, pos, found);
      pos++;
    }
  }

  /** The literals whose window ends at `pos` (a stop). */
  private check(buf: Uint8Array, from: number, to: number, pos: number, found: (start: number, literal: number, exact: boolean) => void): void {
    const windowStart = pos - this.window + 1;
    for (const id of this.buckets[((buf[pos - 2]! & 31) << 10) | ((buf[pos - 1]! & 31) << 5) | (buf[pos]! & 31)]!) {
      const start = windowStart - this.anchors[id]!;
      if (start < from) continue;
      const match = this.matchAt(buf, start, to, id);
      if (match !== NO_MATCH) found(start, id, match === EXACT);
    }
  }

  /** Whether literal `id` stands at `start`: as given (most often, and one comparison a byte), or only with its ASCII case folded. */
  private matchAt(buf: Uint8Array, start: number, to: number, id: number): number {
    const given = this.given[id]!;
    if (start + given.length > to) return NO_MATCH;
    const words = this.givenWords[id]!;
    let w = 0;
    while (w < words.length && this.view.getInt32(start + 4 * w, true) === words[w]) w++;
    let i = w * 4;
    if (w === words.length) while (i < given.length && buf[start + i] === given[i]) i++;
    if (i === given.length) return EXACT;
    const literal = this.literals[id]!;
    for (; i < literal.length; i++) if (FOLD[buf[start + i]!] !== literal[i]) return NO_MATCH;
    return FOLDED;
  }
}

const NO_MATCH = 0;
const FOLDED = 1;
const EXACT = 2;

/** `a` in an array twice as long (the rest zeros): for lists kept in flat arrays that grow. */
export function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function foldedLiterals(literals: readonly string[]): Uint8Array[] {
  return literals.map((l) => Uint8Array.from(Buffer.from(l, 'utf8'), (b) => FOLD[b]!));
}

/**
 * Where each literal's window sits in `SkipSearch`: where its last block is rarest in the sample,
 * as every occurrence of that block is a stop; the later of equals, as a literal's end tells
 * literals with a common beginning (`authenticate failed`, `authentication failure`) apart.
 */
export function skipAnchors(literals: readonly string[], sample: Uint8Array): number[] {
  const folded = foldedLiterals(literals);
  const window = Math.min(...folded.map((l) => l.length));
  const seen = new Uint32Array(1 << 15);
  // Runs once, before the optimiser has seen it: the block is rolled, not recomputed by a call.
  for (let k = 0, block = 0; k < sample.length; k++) {
    block = ((block << 5) | (sample[k]! & 31)) & 0x7fff;
    if (k >= 2) seen[block]!++;
  }
  return folded.map((literal) => {
    let best = literal.length - window;
    for (let o = best - 1; o >= 0; o--) {
      if (seen[blockAt(literal, o + window - 1)]! < seen[blockAt(literal, best + window - 1)]!) best = o;
    }
    return best;
  });
}

/** The hash of the three bytes ending at `end`: five low bits of each, so both cases of a letter agree. */
function blockAt(bytes: Uint8Array, end: number): number {
  return ((bytes[end - 2]! & 31) << 10) | ((bytes[end - 1]! & 31) << 5) | (bytes[end]! & 31);
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

  /** Calls `found(start, literalId, false)` for every occurrence in `buf[from, to)`, in order of their end (it does not tell case apart). */
  search(buf: Uint8Array, from: number, to: number, found: (start: number, literal: number, exact: boolean) => void): void {
    const { delta, firstAccepting } = this;
    let s = 0;
    for (let i = from; i < to; i++) {
      s = delta[(s << 8) | buf[i]!]!;
      if (s >= firstAccepting) {
        for (const id of this.outputs[s - firstAccepting]!) found(i + 1 - this.lengths[id]!, id, false);
      }
    }
  }
}
