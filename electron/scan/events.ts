import { analyse } from 'chardet';
import { crc32 } from 'node:zlib';
import { literalSearch, type LiteralSearch } from './automaton';
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

/**
 * Reads a one-line event straight from its bytes, without decoding it or running the probe's regular
 * expression: the line is `region[start, end)` (its newline left out) and its only hit is the literal
 * of `probes` at `at`. Returns false to have the event read the ordinary way (anything unusual), so
 * results are the same either way.
 */
export type ByteReader = (region: Buffer, start: number, end: number, at: number, probes: readonly Probe[]) => boolean;

/** The probes organised for searching: one automaton over all their literals, and the rest. */
export class LiteralIndex {
  readonly automaton: LiteralSearch;
  /** The probes behind each literal of the automaton. */
  readonly probes: Probe[][] = [];
  readonly everyEvent: Probe[];

  constructor(probes: readonly Probe[]) {
    const { byLiteral, everyEvent, sample } = LiteralIndex.plan(probes);
    this.everyEvent = everyEvent;
    const literals = [...byLiteral.keys()];
    // The knowledge's own catalogue comes with the search's anchors worked out at build time.
    const table = LITERAL_TABLE.search;
    const known = literals.length === table.literals.length && literals.every((l, i) => l === table.literals[i]) && crc32(sample) === table.sampleCrc32;
    this.automaton = known ? literalSearch(literals, undefined, table.anchors) : literalSearch(literals, sample);
    this.probes = [...byLiteral.values()];
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

  constructor(
    private readonly index: LiteralIndex,
    private readonly sink: EventSink,
    private readonly fromBytes?: ByteReader,
  ) {}

  /** Lines seen so far (a last line without a newline counts once the input ends). */
  get lines(): number {
    return this.linesBefore;
  }

  write(chunk: Buffer): void {
    // A chunk smaller than the carry waits until the bytes waiting are at least as many: the carry
    // is copied once per write, so a long line arriving in tiny pieces would otherwise be copied
    // over and over (quadratic); this way every byte is copied a bounded number of times.
    if (this.waiting.length || chunk.length < this.carry.length) {
      this.waiting.push(chunk);
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
    const c = this.candidates.reset();
    // Hits come nearly in order: one inside the event found last only adds its probes.
    let current = -1;
    this.index.automaton.search(region, 0, region.length, (pos, literal) => {
      const probes = this.index.probes[literal]!;
      if (current !== -1 && pos >= c.start[current]! && pos < c.end[current]!) {
        c.add(current, probes, pos);
      } else {
        const start = this.eventStart(region, pos);
        const ownLine = this.ownLine;
        const end = eventEnd(region, pos);
        current = c.hit(start, end, pos, probes, start === ownLine ? endNewlines : -1);
      }
    });
    if (this.index.everyEvent.length) {
      for (let s = 0; s < region.length; ) s = Math.max(c.end[c.hit(this.eventStart(region, s), eventEnd(region, s), s, this.index.everyEvent, -1)]!, s + 1);
    }

    let counted = 0;
    let line = this.linesBefore;
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
      // A one-line event (its newline, if any, at its end) with a single hit may be read from its bytes.
      const oneLine = newlines === 0 || (newlines === 1 && region[end - 1] === NL);
      if (oneLine && c.hits[i] === 1 && end - start <= MAX_EVENT_TEXT && this.fromBytes?.(region, start, newlines ? end - 1 : end, hit, probes)) continue;
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
    this.linesBefore = line + (counted < region.length ? countNewlines(region, counted, region.length) : 0);
    this.midLine = region[region.length - 1] !== NL;
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
  const ranked = analyse(sample).map((c) => c.name);
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
 * The candidate events of one region: where each starts and ends, its first hit, how many hits,
 * and the probes to run. Kept in flat arrays reused from region to region, because a busy log has
 * a candidate on nearly every line and an object per line kept the collector busy.
 */
class Candidates {
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  at = new Int32Array(1024);
  hits = new Int32Array(1024);
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
    this.hits[i] = 1;
    this.newlines[i] = newlines;
    this.probes[i] = probes;
    this.byStart?.set(start, i);
    return i;
  }

  /** Another hit in candidate `i`, at `at`; the first hit is the one furthest forward. */
  add(i: number, probes: readonly Probe[], at: number): void {
    const own = this.probes[i]!;
    if (probes !== own && probes.some((p) => !own.includes(p))) this.probes[i] = [...new Set([...own, ...probes])];
    this.hits[i]!++;
    this.at[i] = Math.min(this.at[i]!, at);
  }

  /** The candidates in the order of their starts, or undefined when that is the order they were found in. */
  order(): number[] | undefined {
    if (this.sorted) return undefined;
    return Array.from({ length: this.count }, (_, i) => i).sort((a, b) => this.start[a]! - this.start[b]!);
  }

  private grow(): void {
    const bigger = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.start = bigger(this.start);
    this.end = bigger(this.end);
    this.at = bigger(this.at);
    this.hits = bigger(this.hits);
    this.newlines = bigger(this.newlines);
  }
}
