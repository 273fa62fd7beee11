import { analyse } from 'chardet';
import { literalSearch, type LiteralSearch } from './automaton';
import type { Probe } from './probes';

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
 * Reads an event straight from its bytes, without decoding it or running the probe's regular
 * expression: the event's only hit is the literal of `probes` at `at`. Returns false to have the event
 * read the ordinary way (anything unusual), so results are the same either way.
 */
export type ByteReader = (region: Buffer, start: number, end: number, at: number, probes: readonly Probe[]) => boolean;

/** The probes organised for searching: one automaton over all their literals, and the rest. */
export class LiteralIndex {
  readonly automaton: LiteralSearch;
  /** The probes behind each literal of the automaton. */
  readonly probes: Probe[][] = [];
  readonly everyEvent: Probe[] = [];

  constructor(probes: readonly Probe[]) {
    const byLiteral = new Map<string, Probe[]>();
    for (const probe of probes) {
      if (!probe.literals) {
        this.everyEvent.push(probe);
        continue;
      }
      for (const literal of probe.literals) {
        const key = literal.toLowerCase();
        const list = byLiteral.get(key) ?? [];
        if (!list.includes(probe)) list.push(probe);
        byLiteral.set(key, list);
      }
    }
    this.automaton = literalSearch([...byLiteral.keys()]);
    this.probes = [...byLiteral.values()];
  }
}

export class EventScanner {
  private carry: Buffer = Buffer.alloc(0);
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
    // `probes` is the index's own list until a second literal hits the same event (no copy per line).
    type Candidate = { start: number; end: number; hit: number; hits: number; probes: readonly Probe[] };
    const candidates = new Map<number, Candidate>();
    const addProbes = (candidate: Candidate, probes: readonly Probe[]) => {
      if (probes !== candidate.probes && probes.some((p) => !candidate.probes.includes(p))) {
        candidate.probes = [...new Set([...candidate.probes, ...probes])];
      }
    };
    const addHit = (pos: number, probes: readonly Probe[]): Candidate => {
      const start = this.eventStart(region, pos);
      const end = eventEnd(region, pos);
      let found = candidates.get(start);
      if (found) {
        addProbes(found, probes);
        found.hits++;
        found.end = Math.max(found.end, end);
      } else {
        found = { start, end, hit: pos, hits: 1, probes };
        candidates.set(start, found);
      }
      return found;
    };
    // Hits come in order: one inside the event found last only adds its probes.
    let current: Candidate | undefined;
    this.index.automaton.search(region, 0, region.length, (pos, literal) => {
      const probes = this.index.probes[literal]!;
      if (current && pos >= current.start && pos < current.end) {
        addProbes(current, probes);
        current.hits++;
      } else {
        current = addHit(pos, probes);
      }
    });
    if (this.index.everyEvent.length) {
      for (let s = 0; s < region.length; ) s = Math.max(addHit(s, this.index.everyEvent).end, s + 1);
    }

    let counted = 0;
    let line = this.linesBefore;
    const starts = [...candidates.keys()];
    if (starts.some((start, i) => i > 0 && start < starts[i - 1]!)) starts.sort((a, b) => a - b);
    for (const start of starts) {
      const { end, hit, hits, probes } = candidates.get(start)!;
      // An event longer than the bound is matched from its start, or around its first hit when that lies further in.
      const from = end - start <= MAX_EVENT_TEXT || hit - start < EVENT_REACH ? start : charStart(region, hit - EVENT_REACH);
      line += countNewlines(region, counted, from);
      counted = from;
      if (hits === 1 && end - start <= MAX_EVENT_TEXT && this.fromBytes?.(region, start, end, hit, probes)) continue;
      const text = this.decode(region, from, end - from <= MAX_EVENT_TEXT ? end : charStart(region, from + MAX_EVENT_TEXT));
      for (const probe of probes) {
        const match = probe.regex.exec(text);
        if (match) this.sink({ probe, match, text, line: line + 1 });
      }
    }
    this.linesBefore = line + countNewlines(region, counted, region.length);
    this.midLine = region[region.length - 1] !== NL;
  }

  /** The start of the event holding `pos`: the nearest timestamped line start before it, within reach. */
  private eventStart(region: Buffer, pos: number): number {
    const ownLine = pos === 0 ? 0 : region.lastIndexOf(NL, pos - 1) + 1;
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

/** The end of the event holding `pos`: the next timestamped line start, within reach. */
function eventEnd(region: Buffer, pos: number): number {
  const limit = Math.min(region.length, pos + EVENT_REACH);
  for (let nl = region.indexOf(NL, pos); nl !== -1 && nl + 1 < limit; nl = region.indexOf(NL, nl + 1)) {
    if (isEventStart(region, nl + 1)) return nl + 1;
  }
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
