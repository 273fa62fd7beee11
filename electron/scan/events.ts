import type * as Chardet from 'chardet';
import { createRequire } from 'node:module';
import { crc32 } from 'node:zlib';
import { grown, literalSearch, type LiteralSearch } from './automaton';
import type { Probe } from './probes';
import { LITERAL_TABLE } from './literal-table';

/**
 * Streams a log through the probes with memory that does not grow with the file. Bytes arrive in
 * chunks; complete log events (a timestamped line and its continuation lines, such as a stack
 * trace) are searched for the probes' literal bytes, and only events containing one are decoded
 * and matched with the full regular expressions. The incomplete event at the end of a chunk is
 * carried into the next one, up to a bound.
 */

/** The carried, incomplete event never grows beyond this: longer "events" are cut. */
export const MAX_CARRY = 1 << 20;
/** How far around a hit an event may reach (a stack trace with its causes fits). */
const EVENT_REACH = 64 * 1024;
/**
 * The most text of one event the regular expressions see: an over-long line (a megabyte of
 * attacker-chosen bytes) is matched only around the literal that made it a candidate.
 */
export const MAX_EVENT_TEXT = 2 * EVENT_REACH;
const NL = 10;
/** Complete events are scanned in regions of about this size. */
const REGION = 256 * 1024;

/** One matching log event, decoded. */
export type EventMatch = {
  probe: Probe;
  match: RegExpExecArray;
  /** The whole event: its first line and its continuation lines. */
  text: string;
  /** 1-based line number of the event's first line. */
  line: number;
};

export type EventSink = (match: EventMatch) => void;

/** Reads one-line events straight from their bytes, without decoding them or running the probes' regular expressions. */
export type ByteReader<Token = unknown> = {
  /** What `read` needs to read events whose only hit is `literal`, which has these probes; undefined: they are never read from their bytes. */
  takes(probes: readonly Probe[], literal: string): Token | undefined;
  /**
   * The line is `region[start, end)` (its newline left out) and its only hit is the literal at
   * `at`, whose probes `token` stands for; `exact`: the bytes there are the literal as `takes` was
   * given it, case and all. Returns false to have the event read the ordinary way (anything
   * unusual), so results are the same either way.
   */
  read(region: Buffer, start: number, end: number, at: number, token: Token, exact: boolean): boolean;
};

/** The probes organised for searching: one automaton over all their literals, and the rest. */
export class LiteralIndex {
  readonly automaton: LiteralSearch;
  /** The probes behind each literal of the automaton. */
  readonly probes: Probe[][] = [];
  readonly everyEvent: Probe[];
  /** Each literal as the search looks for it: as a probe writes it, when it has the same letters as its lower-cased key. */
  readonly literals: string[];

  constructor(probes: readonly Probe[]) {
    const { byLiteral, everyEvent, sample } = LiteralIndex.plan(probes);
    this.everyEvent = everyEvent;
    const literals = [...byLiteral.keys()];
    this.probes = [...byLiteral.values()];
    // Searched for as a probe writes it, so a hit can say it stands there case and all (the search folds ASCII case itself).
    this.literals = literals.map((key, i) => this.probes[i]!.flatMap((p) => p.literals ?? []).find((l) => asciiFolded(l) === key) ?? key);
    // The knowledge's own catalogue comes with the search's anchors worked out at build time.
    const table = LITERAL_TABLE.search;
    const known = literals.length === table.literals.length && literals.every((l, i) => l === table.literals[i]) && crc32(sample) === table.sampleCrc32;
    this.automaton = known ? literalSearch(this.literals, undefined, table.anchors) : literalSearch(this.literals, sample);
  }

  /** The probes by literal (lower-cased), the probes without one, and the sample the search learns from. */
  static plan(probes: readonly Probe[]): { byLiteral: Map<string, Probe[]>; everyEvent: Probe[]; sample: Buffer } {
    const byLiteral = new Map<string, Probe[]>();
    const everyEvent: Probe[] = [];
    for (const probe of probes) {
      if (!probe.literals) {
        everyEvent.push(probe);
        continue;
      }
      for (const literal of probe.literals) {
        const key = literal.toLowerCase();
        const list = byLiteral.get(key) ?? [];
        if (!list.includes(probe)) list.push(probe);
        byLiteral.set(key, list);
      }
    }
    // The catalogue's examples are real log lines: the search learns from them what is common.
    return { byLiteral, everyEvent, sample: Buffer.from(probes.map((p) => p.signature?.example ?? '').join('\n')) };
  }
}

export class EventScanner {
  private carry: Buffer = Buffer.alloc(0);
  /** Chunks smaller than the carry, held until there are enough of them (see `write`). */
  private waiting: Buffer[] = [];
  private waitingBytes = 0;
  /** Newlines before the start of `carry`. */
  private linesBefore = 0;
  /** Inside an over-long line whose start was already scanned. */
  private midLine = false;
  /**
   * The encoding of the events that are not valid UTF-8 (a Japanese Windows server writes Shift_JIS
   * or EUC-JP), detected by chardet on the first of them; Latin-1 when nothing fits better.
   */
  legacyEncoding: string | undefined;
  private legacyDecoder: TextDecoder | undefined;
  /** True when a line longer than the carry bound was cut to be scanned. */
  longLines = false;
  /** True when more than the carry bound passed without a timestamped line (not Jira's layout). */
  untimed = false;

  private readonly candidates = new Candidates();
  private readonly hits = new Hits();
  /** For each literal of the index: the byte reader's token for its probes (undefined: not read from the bytes). */
  private readonly tokens: unknown[];

  constructor(
    private readonly index: LiteralIndex,
    private readonly sink: EventSink,
    private readonly fromBytes?: ByteReader,
  ) {
    this.tokens = index.probes.map((probes, i) => fromBytes?.takes(probes, index.literals[i]!));
  }

  /** Lines seen so far (a last line without a newline counts once the input ends). */
  get lines(): number {
    return this.linesBefore;
  }

  write(chunk: Buffer): void {
    // A chunk smaller than the carry waits until the bytes waiting are at least as many: the carry
    // is copied once per write, so a long line arriving in tiny pieces would otherwise be copied
    // over and over (quadratic); this way every byte is copied a bounded number of times.
    if (this.waiting.length || chunk.length < this.carry.length) {
      // Copied: the chunk's reader may reuse its memory once the next chunk is asked for.
      this.waiting.push(Buffer.from(chunk));
      this.waitingBytes += chunk.length;
      if (this.waitingBytes < this.carry.length) return;
      const joined = Buffer.concat(this.waiting, this.waitingBytes);
      this.waiting = [];
      this.waitingBytes = 0;
      this.take(joined);
      return;
    }
    this.take(chunk);
  }

  private take(chunk: Buffer): void {
    let buf = chunk;
    if (this.carry.length) {
      // The carried event ends where the chunk's first event starts: scan the two as one small
      // region, and the rest of the chunk in place rather than copying it behind the carry.
      const first = firstEventStart(chunk, this.carry[this.carry.length - 1] === NL);
      if (first === -1) {
        buf = Buffer.concat([this.carry, chunk]);
      } else {
        this.region(Buffer.concat([this.carry, chunk.subarray(0, first)]));
        buf = chunk.subarray(first);
      }
    }
    const cut = this.completeEventsEnd(buf);
    // Smaller regions keep fewer candidates alive at once, so less survives into the old heap.
    let from = 0;
    while (cut - from > REGION) {
      const next = nextEventStart(buf, from + REGION, cut);
      if (next === -1) break;
      this.region(buf.subarray(from, next));
      from = next;
    }
    if (cut > from) this.region(buf.subarray(from, cut));
    this.carry = cut < buf.length ? Buffer.from(buf.subarray(cut)) : Buffer.alloc(0);
  }

  end(): void {
    if (this.waiting.length) {
      this.take(Buffer.concat(this.waiting, this.waitingBytes));
      this.waiting = [];
      this.waitingBytes = 0;
    }
    if (this.carry.length) this.region(this.carry);
    if (this.midLine) this.linesBefore++;
    this.carry = Buffer.alloc(0);
    this.midLine = false;
  }

  /** Where the complete events of `buf` end: the start of the last event, which may continue. */
  private completeEventsEnd(buf: Buffer): number {
    const lastNl = buf.lastIndexOf(NL);
    if (lastNl === -1) {
      if (buf.length < MAX_CARRY) return 0;
      this.longLines = true;
      return buf.length;
    }
    const tail = lastNl + 1;
    const floor = Math.max(0, tail - MAX_CARRY);
    for (let s = tail; ; s = lineStartBefore(buf, s)) {
      if (isEventStart(buf, s)) return s;
      if (s <= floor) break;
    }
    if (buf.length < MAX_CARRY) return 0;
    this.untimed = true;
    return tail;
  }

  /** Scans a run of complete events. */
  private region(region: Buffer): void {
    const hits = this.hits.find(this.index.automaton, region);
    this.line = this.linesBefore;
    this.counted = 0;
    if (this.fromBytes && !this.index.everyEvent.length) this.lineByLine(region, hits, this.fromBytes);
    else this.events(region, hits, 0, hits.count, true);
    this.linesBefore = this.line + (this.counted < region.length ? countNewlines(region, this.counted, region.length) : 0);
    this.midLine = region[region.length - 1] !== NL;
  }

  /** Newlines before `counted` in the region being scanned (events are read in order, so it only moves forward). */
  private line = 0;
  private counted = 0;

  /**
   * The region line by line, for logs made mostly of one-line events with one hit each (a security
   * log): a line that is an event of its own with a single hit goes to the byte reader as it is
   * found, without being made a candidate; the hits of every other event are gathered and read the
   * ordinary way, in order, before the next line the byte reader takes. Such a line is an event of
   * its own (a timestamped line followed by one, or by the region's end), so no other hit's event
   * reaches into it: the events and their order are those `events` finds for the whole region.
   */
  private lineByLine(region: Buffer, hits: Hits, fromBytes: ByteReader): void {
    const length = region.length;
    const { pos, literal, exact, count } = hits;
    // The hits left to the ordinary path (from `pending`, in the order of their position), and the line walk's own count.
    let pending = -1;
    let walked = this.counted;
    let walkedLines = this.line;
    // The line start last found to begin an event (the line after a line read is asked about twice).
    let eventAt = -1;
    for (let k = 0; k < count; k++) {
      const i = hits.at(k);
      const at = pos[i]!;
      const token = this.tokens[literal[i]!];
      if (token === undefined) {
        if (pending === -1) pending = k;
        continue;
      }
      // The line holding the hit: [start, nl), found by walking forward a line at a time (which counts the lines too).
      let nl = region.indexOf(NL, walked);
      while (nl !== -1 && nl < at) {
        walkedLines++;
        walked = nl + 1;
        nl = region.indexOf(NL, walked);
      }
      const start = walked;
      const next = nl === -1 ? length : nl + 1;
      const startsEvent = start === eventAt || isEventStart(region, start);
      const nextStartsEvent = next === length || isEventStart(region, next);
      if (nextStartsEvent) eventAt = next;
      const alone =
        (start === 0 ? !this.midLine : region[start - 1] === NL) &&
        startsEvent &&
        nextStartsEvent &&
        next - start <= MAX_EVENT_TEXT &&
        (k === 0 || pos[hits.at(k - 1)]! < start) &&
        (k + 1 === count || pos[hits.at(k + 1)]! >= next);
      if (!alone) {
        if (pending === -1) pending = k;
        continue;
      }
      if (pending !== -1) {
        this.events(region, hits, pending, k, false);
        pending = -1;
      }
      // The line is read: the count moves past it, as the walk did.
      this.counted = start;
      this.line = walkedLines;
      if (fromBytes.read(region, start, nl === -1 ? length : nl, at, token, exact[i] === 1)) {
        if (nl !== -1) {
          walked = next;
          walkedLines++;
          this.counted = next;
          this.line = walkedLines;
        }
        continue;
      }
      this.events(region, hits, k, k + 1, false);
      // The ordinary path counted the lines up to where it stopped; the walk goes on from there.
      walked = this.counted;
      walkedLines = this.line;
    }
    if (pending !== -1) this.events(region, hits, pending, count, false);
  }

  /**
   * The events holding the hits `hits.at(from)` to `hits.at(to - 1)`, read the ordinary way: each
   * event (with its continuation lines) is decoded and matched with its probes' expressions.
   * `all`: these are the region's hits, and probes without a literal run on every event too.
   */
  private events(region: Buffer, hits: Hits, from: number, to: number, all: boolean): void {
    const c = this.candidates.reset();
    const { pos, literal } = hits;
    // Hits come nearly in order: one inside the event found last only adds its probes.
    let current = -1;
    for (const i of hits.inFoundOrder(from, to)) {
      const at = pos[i]!;
      const probes = this.index.probes[literal[i]!]!;
      if (current !== -1 && at >= c.start[current]! && at < c.end[current]!) {
        c.add(current, probes, at);
      } else {
        const start = this.eventStart(region, at);
        const ownLine = this.ownLine;
        const end = eventEnd(region, at);
        current = c.hit(start, end, at, probes, start === ownLine ? endNewlines : -1);
      }
    }
    if (all && this.index.everyEvent.length) {
      for (let s = 0; s < region.length; ) s = Math.max(c.end[c.hit(this.eventStart(region, s), eventEnd(region, s), s, this.index.everyEvent, -1)]!, s + 1);
    }

    let counted = this.counted;
    let line = this.line;
    // The event read last, when its newlines are known: `knownLines` of them from `counted` to `knownEnd`.
    let knownEnd = -1;
    let knownLines = 0;
    const order = c.order();
    for (let k = 0; k < c.count; k++) {
      const i = order ? order[k]! : k;
      const start = c.start[i]!;
      const end = c.end[i]!;
      const hit = c.at[i]!;
      const probes = c.probes[i]!;
      // An event longer than the bound is matched from its start, or around its first hit when that lies further in.
      const from = end - start <= MAX_EVENT_TEXT || hit - start < EVENT_REACH ? start : charStart(region, hit - EVENT_REACH);
      if (knownEnd !== -1 && from >= knownEnd) {
        line += knownLines;
        counted = knownEnd;
      }
      if (from > counted) line += countNewlines(region, counted, from);
      counted = from;
      const newlines = from === start ? c.newlines[i]! : -1;
      knownEnd = newlines === -1 ? -1 : end;
      knownLines = newlines;
      const text = this.decode(region, from, end - from <= MAX_EVENT_TEXT ? end : charStart(region, from + MAX_EVENT_TEXT));
      for (const probe of probes) {
        const match = probe.regex.exec(text);
        if (match) this.sink({ probe, match, text, line: line + 1 });
      }
    }
    if (knownEnd !== -1) {
      line += knownLines;
      counted = knownEnd;
    }
    this.counted = counted;
    this.line = line;
  }

  /** The start of the line holding the position `eventStart` was last asked about. */
  private ownLine = 0;

  /** The start of the event holding `pos`: the nearest timestamped line start before it, within reach. */
  private eventStart(region: Buffer, pos: number): number {
    const ownLine = pos === 0 ? 0 : region.lastIndexOf(NL, pos - 1) + 1;
    this.ownLine = ownLine;
    const floor = Math.max(0, pos - EVENT_REACH);
    for (let s = ownLine; ; s = lineStartBefore(region, s)) {
      if (isEventStart(region, s)) return s;
      if (s <= floor || s === 0) return s === 0 && !this.midLine ? 0 : ownLine;
    }
  }

  private decode(region: Buffer, start: number, end: number): string {
    const text = region.toString('utf8', start, end);
    if (!text.includes('\uFFFD')) return text;
    if (!this.legacyEncoding) {
      // The whole region is the sample: a few lines tell an encoding far better than one.
      this.legacyDecoder = legacyDecoder(region.subarray(Math.max(0, start - EVENT_REACH), Math.min(region.length, end + EVENT_REACH)));
      this.legacyEncoding = this.legacyDecoder?.encoding ?? 'latin1';
    }
    return this.legacyDecoder ? this.legacyDecoder.decode(region.subarray(start, end)) : region.toString('latin1', start, end);
  }
}

/**
 * A decoder for text that is not UTF-8, or undefined for Latin-1 (every byte a character, so
 * nothing is lost). Japanese servers write Shift_JIS or EUC-JP; on a few short lines chardet's
 * statistics may rank a Western code page first, so a Japanese encoding that decodes the sample
 * without error into text with kana (which a misread Western text never yields) wins; otherwise
 * chardet's first guess that TextDecoder knows.
 */
function legacyDecoder(sample: Buffer): TextDecoder | undefined {
  const ranked = chardet().analyse(sample).map((c) => c.name);
  const japanese = ['Shift_JIS', 'EUC-JP'].sort((a, b) => rank(ranked, a) - rank(ranked, b));
  for (const name of japanese) {
    const text = decodeStrictly(name, sample);
    if (text === undefined || !JAPANESE_ONLY.test(text)) continue;
    // EUC-JP pairs only bytes from 0xA1 up, which isolated accented letters of Western text never form.
    if (KANA.test(text) || name === 'EUC-JP' || sample.some((byte) => byte >= 0x81 && byte <= 0x9f)) return new TextDecoder(name);
  }
  const best = ranked[0];
  if (!best || /^(?:UTF-|ISO-8859-1$|windows-1252$)/i.test(best) || decodeStrictly(best, sample) === undefined) return undefined;
  return new TextDecoder(best);
}

let loadedChardet: typeof Chardet | undefined;

/**
 * chardet, loaded the first time a log is not UTF-8 (most never are: loading it cost every scan's
 * start about 10 ms). The ES-module builds load it from node_modules; the single executable's
 * CommonJS bundle has no `import.meta.url` (scripts/bundle), and its bundler takes chardet in from
 * the literal `require`.
 */
function chardet(): typeof Chardet {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a literal require is what the executable's bundler takes chardet in from
  loadedChardet ??= import.meta.url ? (createRequire(import.meta.url)('chardet') as typeof Chardet) : (require('chardet') as typeof Chardet);
  return loadedChardet;
}

const KANA = /[\u3041-\u3096\u30a1-\u30fa]/;
const JAPANESE_ONLY = /^[\t\n\r\u0020-\u007f\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]*$/;

function rank(ranked: string[], name: string): number {
  const at = ranked.indexOf(name);
  return at === -1 ? ranked.length : at;
}

function decodeStrictly(encoding: string, bytes: Buffer): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // Not this encoding (or one TextDecoder does not know).
    return undefined;
  }
}

/** `i`, moved forward to the first byte of a UTF-8 character (a cut never splits one). */
function charStart(buf: Buffer, i: number): number {
  let at = i;
  while (at < buf.length && at - i < 4 && (buf[at]! & 0xc0) === 0x80) at++;
  return at;
}

/** The newlines between the position `eventEnd` was last asked about and the end it found; -1 when not counted. */
let endNewlines = -1;

/** The end of the event holding `pos`: the next timestamped line start, within reach. */
function eventEnd(region: Buffer, pos: number): number {
  const limit = Math.min(region.length, pos + EVENT_REACH);
  endNewlines = 0;
  for (let nl = region.indexOf(NL, pos); nl !== -1 && nl + 1 < limit; nl = region.indexOf(NL, nl + 1)) {
    endNewlines++;
    if (isEventStart(region, nl + 1)) return nl + 1;
  }
  endNewlines = -1;
  if (limit === region.length) return limit;
  const nl = region.indexOf(NL, limit);
  return nl === -1 ? region.length : nl + 1;
}

/** The first event start at or after `from` and before `limit`, or -1. */
function nextEventStart(buf: Buffer, from: number, limit: number): number {
  for (let nl = buf.indexOf(NL, from - 1); nl !== -1 && nl + 1 < limit; nl = buf.indexOf(NL, nl + 1)) {
    if (isEventStart(buf, nl + 1)) return nl + 1;
  }
  return -1;
}

/** The first event start in `chunk` (its very start counts only after a complete line), or -1. */
function firstEventStart(chunk: Buffer, atLineStart: boolean): number {
  if (atLineStart && isEventStart(chunk, 0)) return 0;
  const limit = Math.min(chunk.length, EVENT_REACH);
  for (let nl = chunk.indexOf(NL); nl !== -1 && nl < limit; nl = chunk.indexOf(NL, nl + 1)) {
    if (isEventStart(chunk, nl + 1)) return nl + 1;
  }
  return -1;
}

/** The start of the line before the line starting at `s` (0 when there is none). */
function lineStartBefore(buf: Buffer, s: number): number {
  return s < 2 ? 0 : buf.lastIndexOf(NL, s - 2) + 1;
}

/** `text` with only its ASCII letters lower-cased (as the search folds bytes). */
function asciiFolded(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** A log event starts with `yyyy-MM-dd HH:mm:ss` (Log4j and Log4j2 layouts of every Jira log). */
export function isEventStart(buf: Buffer, s: number): boolean {
  return (
    s + 19 <= buf.length &&
    isDigit(buf[s]!) && isDigit(buf[s + 1]!) && isDigit(buf[s + 2]!) && isDigit(buf[s + 3]!) &&
    buf[s + 4] === 45 && buf[s + 7] === 45 && buf[s + 10] === 32 && buf[s + 13] === 58 && buf[s + 16] === 58
  );
}

function isDigit(b: number): boolean {
  return b >= 48 && b <= 57;
}

function countNewlines(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf(NL, from); i !== -1 && i < to; i = buf.indexOf(NL, i + 1)) n++;
  return n;
}

/**
 * The literal hits of one region, as the search finds them (nearly in order of position), in flat
 * arrays reused from region to region; `at(k)` gives them in order of position.
 */
class Hits {
  pos = new Int32Array(4096);
  literal = new Int32Array(4096);
  /** 1 where the hit is its literal case and all (see `LiteralSearch`). */
  exact = new Uint8Array(4096);
  count = 0;
  /** The hits by position (ties in the order found); undefined while that is the order found. */
  private order: Int32Array | undefined;
  private readonly add = (pos: number, literal: number, exact: boolean): void => {
    if (this.count === this.pos.length) {
      this.pos = grown(this.pos);
      this.literal = grown(this.literal);
      const wider = new Uint8Array(this.exact.length * 2);
      wider.set(this.exact);
      this.exact = wider;
    }
    this.pos[this.count] = pos;
    this.exact[this.count] = exact ? 1 : 0;
    this.literal[this.count++] = literal;
  };

  find(search: LiteralSearch, region: Buffer): this {
    this.count = 0;
    this.order = undefined;
    search.search(region, 0, region.length, this.add);
    const { pos, count } = this;
    for (let k = 1; k < count; k++) {
      if (pos[k]! < pos[k - 1]!) {
        this.order = Int32Array.from({ length: count }, (_, i) => i).sort((a, b) => pos[a]! - pos[b]! || a - b);
        break;
      }
    }
    return this;
  }

  /** The hit `k`-th by position. */
  at(k: number): number {
    return this.order ? this.order[k]! : k;
  }

  /** The hits `at(from)` to `at(to - 1)` in the order they were found. */
  inFoundOrder(from: number, to: number): Int32Array {
    const ids = new Int32Array(to - from);
    for (let k = from; k < to; k++) ids[k - from] = this.at(k);
    return this.order ? ids.sort() : ids;
  }
}

/**
 * The candidate events of one region: where each starts and ends, its first hit and the probes to
 * run. Kept in flat arrays reused from region to region, because a busy log has a candidate on
 * nearly every line and an object per line kept the collector busy.
 */
class Candidates {
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  at = new Int32Array(1024);
  /** Newlines in the event, or -1 when not known. */
  newlines = new Int32Array(1024);
  /** The index's own list until a second literal hits the same event (no copy per line). */
  probes: (readonly Probe[])[] = [];
  count = 0;
  /** Candidates by start, made only once a hit belongs to an event before the last one. */
  private byStart: Map<number, number> | undefined;
  private sorted = true;

  reset(): this {
    this.count = 0;
    this.probes.length = 0;
    this.byStart = undefined;
    this.sorted = true;
    return this;
  }

  /** Records a hit at `at` in the event [start, end); returns the event's candidate. */
  hit(start: number, end: number, at: number, probes: readonly Probe[], newlines: number): number {
    const last = this.count - 1;
    let found = last >= 0 && this.start[last] === start ? last : -1;
    if (found === -1 && last >= 0 && !(start > this.start[last]! && !this.byStart)) {
      this.byStart ??= new Map(Array.from({ length: this.count }, (_, i) => [this.start[i]!, i]));
      found = this.byStart.get(start) ?? -1;
    }
    if (found !== -1) {
      this.add(found, probes, at);
      if (end > this.end[found]!) {
        this.end[found] = end;
        this.newlines[found] = -1;
      }
      return found;
    }
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    if (i > 0 && start < this.start[i - 1]!) this.sorted = false;
    this.start[i] = start;
    this.end[i] = end;
    this.at[i] = at;
    this.newlines[i] = newlines;
    this.probes[i] = probes;
    this.byStart?.set(start, i);
    return i;
  }

  /** Another hit in candidate `i`, at `at`; the first hit is the one furthest forward. */
  add(i: number, probes: readonly Probe[], at: number): void {
    const own = this.probes[i]!;
    if (probes !== own && probes.some((p) => !own.includes(p))) this.probes[i] = [...new Set([...own, ...probes])];
    this.at[i] = Math.min(this.at[i]!, at);
  }

  /** The candidates in the order of their starts, or undefined when that is the order they were found in. */
  order(): number[] | undefined {
    if (this.sorted) return undefined;
    return Array.from({ length: this.count }, (_, i) => i).sort((a, b) => this.start[a]! - this.start[b]!);
  }

  private grow(): void {
    this.start = grown(this.start);
    this.end = grown(this.end);
    this.at = grown(this.at);
    this.newlines = grown(this.newlines);
  }
}
