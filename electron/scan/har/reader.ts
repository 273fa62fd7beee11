import { jsonStop } from '../../text/json-stop';

/**
 * Reads a HAR file (a browser's network recording, JSON) as a stream, in bounded memory: one
 * request (`log.entries[i]`) at a time, parsed with the native JSON.parse, however large the file.
 *
 * Why not a streaming JSON library (stream-json and the like): they build a token for every value
 * and assemble objects in JavaScript, which is several times slower than JSON.parse on a whole
 * entry, and `redact` needs each entry whole anyway to write a valid copy. What is needed is only
 * where each entry starts and ends: a byte scanner that tracks strings and brackets does that, and
 * it can leave out a response body too long to hold before it is ever held.
 */

/** What the reader reports, in the order of the file. */
export type HarEvent =
  /** A member of the top-level object other than `log`, or of `log` other than `entries` (version, creator, pages…). */
  | { kind: 'member'; in: 'root' | 'log'; key: string; value: unknown }
  | { kind: 'log-start' }
  | { kind: 'entries-start' }
  /** One request; `elided` counts the strings left out as too long (response bodies). */
  | { kind: 'entry'; index: number; value: unknown; elided: number }
  | { kind: 'entries-end' }
  | { kind: 'log-end' };

export type HarProblem = 'not-json' | 'not-har' | 'cut-off' | 'damaged' | 'too-large';

/** Why a file could not be read to its end, with the number of requests read before. */
export class HarReadError extends Error {
  constructor(
    readonly problem: HarProblem,
    message: string,
    readonly entries: number,
  ) {
    super(message);
  }
}

export type ReaderLimits = {
  /** A string longer than this (in bytes, as written) is replaced by a note saying so. */
  stringBytes: number;
  /** One entry (or one other member) larger than this, even without its long strings, is refused. */
  valueBytes: number;
  /** The `log` object must start within this many bytes, or the file is not a recording. */
  logWithin: number;
};

export const DEFAULT_LIMITS: ReaderLimits = { stringBytes: 4 << 20, valueBytes: 128 << 20, logWithin: 4 << 20 };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OBJECT = 1;
const ARRAY = 2;
const MAX_DEPTH = 512;

/** The note that stands where a too-long string was left out (still a valid JSON string). */
export function elisionNote(bytes: number): string {
  return `(left out by jira-doctor: ${bytes} bytes, too long to keep)`;
}

type Capture = { depth: number; parts: Buffer[]; size: number; from: number; elided: number };

/**
 * Calls `onEvent` for every part of the recording, awaiting it when it returns a promise (so a
 * writer can apply back-pressure). Throws `HarReadError` for what is not a complete HAR.
 */
export async function readHar(source: AsyncIterable<Buffer> | Iterable<Buffer>, onEvent: (event: HarEvent) => void | Promise<void>, limits: ReaderLimits = DEFAULT_LIMITS): Promise<{ entries: number; bytes: number }> {
  const stack: number[] = [];
  let started = false;
  let finished = false;
  let bom = 0;
  let total = 0;
  let entries = 0;

  // Strings: whether inside one, the run of backslashes that ended the previous chunk, where it began.
  let inString = false;
  let carriedBackslashes = 0;
  let stringStart = -1;
  let eliding = false;
  let elidedBytes = 0;

  // Keys of the top-level object and of `log` (depths 1 and 2), and what the next value is.
  const expectKey: boolean[] = [];
  let keyParts: Buffer[] | undefined;
  let currentKey = '';
  let pendingValue: { depth: number; key: string } | undefined;
  let inLog = false;
  let inEntries = false;
  let sawLog = false;
  let sawEntries = false;

  let capture: Capture | undefined;
  const queue: HarEvent[] = [];

  const fail = (problem: HarProblem, message: string): never => {
    throw new HarReadError(problem, message, entries);
  };

  const startCapture = (depth: number, at: number) => {
    capture = { depth, parts: [], size: 0, from: at, elided: 0 };
  };

  const keep = (chunk: Buffer, end: number) => {
    if (!capture || eliding) return;
    if (end > capture.from) {
      capture.parts.push(chunk.subarray(capture.from, end));
      capture.size += end - capture.from;
    }
    capture.from = end;
    if (capture.size > limits.valueBytes) {
      fail('too-large', `request ${entries + 1} is larger than ${limits.valueBytes >> 20} MB even without its long texts`);
    }
  };

  const truncate = (size: number) => {
    const c = capture!;
    while (c.size > size) {
      const last = c.parts.pop()!;
      c.size -= last.length;
      if (c.size < size) {
        c.parts.push(last.subarray(0, size - c.size));
        c.size = size;
      }
    }
  };

  const endCapture = (chunk: Buffer, end: number) => {
    keep(chunk, end);
    const c = capture!;
    capture = undefined;
    let value: unknown;
    const text = Buffer.concat(c.parts, c.size).toString('utf8');
    try {
      value = JSON.parse(text);
    } catch {
      // Not JSON.parse's message: it quotes the text around the error, a cookie or a token in a recording.
      // Only the character, not where: long texts left out of the entry have moved the rest.
      const where = c.depth === 3 ? `request ${entries + 1}` : `the part "${currentKey}"`;
      const stop = jsonStop(text);
      fail('damaged', `${where} is not valid JSON${!stop ? '' : 'end' in stop ? ' (Unexpected end of JSON input)' : ` (Unexpected ${stop.found})`}`);
    }
    if (c.depth === 3) queue.push({ kind: 'entry', index: entries++, value, elided: c.elided });
    else queue.push({ kind: 'member', in: c.depth === 1 ? 'root' : 'log', key: currentKeyAt[c.depth] ?? '', value });
  };
  const currentKeyAt: string[] = [];

  const flush = async () => {
    while (queue.length) {
      const result = onEvent(queue.shift()!);
      if (result) await result;
    }
  };

  for await (const raw of source) {
    let chunk = raw;
    if (!started && bom < 3) {
      // A UTF-8 byte-order mark, as some editors write it.
      while (bom < 3 && chunk.length && chunk[0] === [0xef, 0xbb, 0xbf][bom]) {
        chunk = chunk.subarray(1);
        bom++;
      }
    }
    if (capture) capture.from = 0;
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (inString) {
        const q = chunk.indexOf(QUOTE, i);
        if (q === -1) {
          // The string goes on into the next chunk: remember how many backslashes end this one.
          let run = 0;
          for (let k = n - 1; k >= i && chunk[k] === BACKSLASH; k--) run++;
          carriedBackslashes = run === n - i ? carriedBackslashes + run : run;
          if (keyParts) keyParts.push(chunk.subarray(i, n));
          break;
        }
        let run = 0;
        for (let k = q - 1; k >= i && chunk[k] === BACKSLASH; k--) run++;
        if (run === q - i) run += carriedBackslashes;
        carriedBackslashes = 0;
        if (run % 2 === 1) {
          if (keyParts) keyParts.push(chunk.subarray(i, q + 1));
          i = q + 1;
          continue;
        }
        // The string ends at q.
        inString = false;
        if (keyParts) {
          keyParts.push(chunk.subarray(i, q));
          const key = Buffer.concat(keyParts);
          keyParts = undefined;
          try {
            currentKey = JSON.parse(`"${key.subarray(0, 512).toString('utf8')}"`) as string;
          } catch {
            currentKey = key.subarray(0, 512).toString('utf8');
          }
          currentKeyAt[stack.length] = currentKey;
        }
        if (capture) {
          let dropped = 0;
          if (eliding) {
            dropped = elidedBytes + (q - capture.from);
            eliding = false;
          } else if (capture.size + (q - capture.from) - stringStart > limits.stringBytes) {
            dropped = capture.size + (q - capture.from) - stringStart;
            keep(chunk, q);
            truncate(stringStart);
          }
          if (dropped) {
            const note = Buffer.from(elisionNote(dropped));
            capture.parts.push(note);
            capture.size += note.length;
            capture.from = q;
            capture.elided++;
          }
        }
        i = q + 1;
        continue;
      }

      const byte = chunk[i]!;
      // Whitespace between tokens.
      if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) {
        i++;
        continue;
      }
      if (!started) {
        started = true;
        if (byte !== 0x7b) fail(byte === 0x5b ? 'not-har' : 'not-json', byte === 0x5b ? 'a JSON list, not a browser recording (a HAR file is an object with a "log")' : 'not JSON: a HAR file starts with "{"');
      } else if (finished) {
        fail('damaged', 'there is more text after the end of the recording');
      }

      // The first byte of a value whose key (or array position) was just read.
      if (pendingValue) {
        const { depth, key } = pendingValue;
        pendingValue = undefined;
        if (depth === 1 && key === 'log' && byte === 0x7b && !sawLog) {
          stack.push(OBJECT);
          expectKey[2] = true;
          inLog = true;
          sawLog = true;
          queue.push({ kind: 'log-start' });
          i++;
          continue;
        }
        if (depth === 2 && inLog && key === 'entries' && byte === 0x5b && !sawEntries) {
          stack.push(ARRAY);
          inEntries = true;
          sawEntries = true;
          queue.push({ kind: 'entries-start' });
          pendingValue = { depth: 3, key: '' };
          i++;
          continue;
        }
        if (depth === 3 && byte === 0x5d) {
          // An empty list, or a trailing "]" after the last entry.
        } else {
          startCapture(depth, i);
        }
      }

      switch (byte) {
        case QUOTE: {
          inString = true;
          carriedBackslashes = 0;
          const depth = stack.length;
          if (capture) stringStart = capture.size + (i - capture.from) + 1;
          else if (depth <= 2 && stack[depth - 1] === OBJECT && expectKey[depth]) keyParts = [];
          i++;
          continue;
        }
        case 0x7b: // {
        case 0x5b: {
          // [
          if (stack.length >= MAX_DEPTH) fail('damaged', `nested more than ${MAX_DEPTH} levels deep`);
          stack.push(byte === 0x7b ? OBJECT : ARRAY);
          if (stack.length <= 2) expectKey[stack.length] = byte === 0x7b;
          break;
        }
        case 0x7d: // }
        case 0x5d: {
          // ]
          const depth = stack.length;
          if (capture && depth === capture.depth) endCapture(chunk, i);
          const open = stack.pop();
          if (open === undefined || open !== (byte === 0x7d ? OBJECT : ARRAY)) fail('damaged', 'its brackets do not match (the file is damaged)');
          if (depth === 3 && inEntries) {
            inEntries = false;
            queue.push({ kind: 'entries-end' });
          } else if (depth === 2 && inLog) {
            inLog = false;
            queue.push({ kind: 'log-end' });
          } else if (depth === 1) {
            finished = true;
          }
          break;
        }
        case 0x3a: {
          // :
          const depth = stack.length;
          if (!capture && depth <= 2) {
            expectKey[depth] = false;
            pendingValue = { depth, key: currentKey };
          }
          break;
        }
        case 0x2c: {
          // ,
          const depth = stack.length;
          if (capture && depth === capture.depth) endCapture(chunk, i);
          if (!capture) {
            if (depth <= 2) expectKey[depth] = stack[depth - 1] === OBJECT;
            if (depth === 3 && inEntries) pendingValue = { depth: 3, key: '' };
          }
          break;
        }
        default:
          break;
      }
      i++;
    }
    if (capture && eliding) {
      // The too-long string goes on: nothing of it is kept, only counted.
      elidedBytes += n - capture.from;
    } else if (capture) {
      keep(chunk, n);
      if (inString && capture.size - stringStart > limits.stringBytes) {
        eliding = true;
        elidedBytes = capture.size - stringStart;
        truncate(stringStart);
      }
    }
    total += raw.length;
    if (!sawLog && started && total > limits.logWithin) fail('not-har', `no "log" object in the first ${limits.logWithin >> 20} MB: not a browser recording`);
    await flush();
  }
  await flush();
  if (!started) fail('not-json', 'the file is empty');
  if (!finished) fail('cut-off', entries ? `the recording ends early (cut off while saving or copying?) after ${entries} request(s)` : 'the recording ends early (cut off while saving or copying?) before its first request');
  if (!sawLog) fail('not-har', 'JSON, but not a browser recording: a HAR file has a "log" object');
  if (!sawEntries) fail('not-har', 'JSON with a "log", but no list of requests ("log.entries"): not a browser recording');
  return { entries, bytes: total };
}
