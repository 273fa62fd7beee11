import { constants, crc32, createInflateRaw, type InflateRaw } from 'node:zlib';

/**
 * Reads a gzip file the way `zcat` does, member after member, and says precisely what it could
 * not read. Node's own gunzip drops the last output before an error and stops at trailing bytes
 * that are not gzip (a copy padded by a transfer tool, a log appended to after compression), so
 * the deflate data is inflated here (raw) and the gzip framing around it (header, checksum,
 * length, further members, trailing bytes) is read by this code.
 */

export type GzipProblem =
  /** Bytes after the last member that are not gzip data: ignored, as zcat does. */
  | { kind: 'trailing'; bytes: number }
  /** A member's checksum or length does not match what was inflated: everything was read, some of it may be wrong. */
  | { kind: 'checksum'; member: number }
  /** The file ends inside a member: what came before the cut was read. */
  | { kind: 'cut'; member: number };

const MAGIC = [0x1f, 0x8b];
const DEFLATE = 8;
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
/** Small writes: a damaged stream loses at most the output of one of them. */
const SLICE = 64 * 1024;

/** Bytes of an async input, with a look-ahead buffer that can be read, peeked at and put back. */
class Input {
  private buffered: Buffer = Buffer.alloc(0);
  private done = false;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** At least `n` bytes buffered, unless the input ends first. */
  async fill(n: number): Promise<Buffer> {
    while (this.buffered.length < n && !this.done) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
      else this.buffered = this.buffered.length ? Buffer.concat([this.buffered, next.value]) : next.value;
    }
    return this.buffered;
  }

  take(n: number): Buffer {
    const taken = this.buffered.subarray(0, n);
    this.buffered = this.buffered.subarray(n);
    return taken;
  }

  /** The next bytes as they come, at most `max` at a time; empty at the end. */
  async next(max: number): Promise<Buffer> {
    await this.fill(1);
    return this.take(Math.min(max, this.buffered.length));
  }

  putBack(bytes: Buffer): void {
    this.buffered = this.buffered.length ? Buffer.concat([bytes, this.buffered]) : bytes;
  }

  /** Counts and drops whatever is left. */
  async drain(): Promise<number> {
    let count = 0;
    for (let chunk = await this.next(Infinity); chunk.length; chunk = await this.next(Infinity)) count += chunk.length;
    return count;
  }
}

/** The inflated content of every member of a gzip stream; what could not be read goes to `problem`. */
export async function* gunzip(source: AsyncIterable<Buffer>, problem: (p: GzipProblem) => void): AsyncGenerator<Buffer> {
  const input = new Input(source);
  for (let member = 1; ; member++) {
    const start = await input.fill(10);
    if (start.length === 0 && member > 1) return;
    if (!(start[0] === MAGIC[0] && start[1] === MAGIC[1] && start[2] === DEFLATE)) {
      if (member === 1) throw new Error('not in gzip format');
      const bytes = await input.drain();
      problem({ kind: 'trailing', bytes });
      return;
    }
    const headerLength = await readHeaderLength(input);
    if (headerLength === undefined) {
      problem({ kind: 'cut', member });
      return;
    }
    input.take(headerLength);

    const inflate = createInflateRaw({ finishFlush: constants.Z_SYNC_FLUSH });
    let ended = false;
    let fed = 0;
    const recent: Buffer[] = [];
    inflate.once('end', () => (ended = true));
    const feeding = (async () => {
      while (!ended) {
        const chunk = await input.next(SLICE);
        if (!chunk.length) break;
        recent.push(chunk);
        if (recent.length > 4) recent.shift();
        fed += chunk.length;
        if (!inflate.write(chunk) && !ended) await settled(inflate);
      }
      if (!ended) inflate.end();
    })().catch((error: unknown) => {
      // A read error of the file itself: the inflated output ends with it.
      inflate.destroy(error as Error);
    });
    let crc = 0;
    let size = 0;
    try {
      for await (const out of inflate as AsyncIterable<Buffer>) {
        crc = crc32(out, crc);
        size += out.length;
        yield out;
      }
    } finally {
      if (!ended) inflate.destroy();
    }
    await feeding;
    // What was fed beyond the end of the deflate data belongs to the trailer and what follows it.
    const unused = fed - inflate.bytesWritten;
    const tail = Buffer.concat(recent);
    if (unused > 0) input.putBack(Buffer.from(tail.subarray(Math.max(0, tail.length - unused))));
    const trailer = await input.fill(8);
    if (trailer.length < 8) {
      problem({ kind: 'cut', member });
      return;
    }
    input.take(8);
    if (trailer.readUInt32LE(0) !== crc >>> 0 || trailer.readUInt32LE(4) !== size % 2 ** 32) problem({ kind: 'checksum', member });
  }
}

/** Resolves when the inflater wants more input, has ended, or failed (its reader sees the failure). */
function settled(inflate: InflateRaw): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'end', 'error', 'close']) inflate.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'end', 'error', 'close']) inflate.on(event, done);
  });
}

/** The length of the member header at the start of `input`, or undefined when the input ends inside it. */
async function readHeaderLength(input: Input): Promise<number | undefined> {
  let buffer = await input.fill(10);
  if (buffer.length < 10) return undefined;
  const flags = buffer[3]!;
  let at = 10;
  if (flags & FEXTRA) {
    buffer = await input.fill(at + 2);
    if (buffer.length < at + 2) return undefined;
    at += 2 + buffer.readUInt16LE(at);
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    for (;;) {
      buffer = await input.fill(at + 1);
      if (buffer.length < at + 1) return undefined;
      if (buffer[at++] === 0) break;
    }
  }
  if (flags & FHCRC) at += 2;
  buffer = await input.fill(at);
  return buffer.length < at ? undefined : at;
}
