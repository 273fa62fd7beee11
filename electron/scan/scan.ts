import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, type ZlibOptions } from 'node:zlib';
import type * as YauzlModule from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import type { ScanProgress, ScanReport, ScannedFile } from '../../knowledge/contract/scan';
import type { Signature } from '../../knowledge/schema';
import { EventScanner, LiteralIndex, type ByteReader } from './events';
import { Findings, type LoginProbes } from './findings';
import {
  entryProblem,
  expand,
  fileChunks,
  gzipProblem,
  GZIP_MAGIC,
  isUtf16,
  LOG_FILE,
  logOrder,
  looksBinary,
  nodeOfPath,
  readAll,
  readHead,
  record,
  skipped,
  startsWith,
  streamProblem,
  unreadable,
  ZIP_MAGIC,
} from './inputs';
import { HAR_FILE, looksLikeHar, scanRecording, startsLikeJson } from './har/scan-har';
import { RecordingAnalysis } from './har/recording';
import { buildProbes } from './probes';
import { gunzip, type GzipProblem } from './gzip';
import { readApplicationProperties, readNodeId } from './properties';

export type ScanOptions = {
  signal?: AbortSignal;
  onProgress?: (progress: ScanProgress) => void;
  /** The signature catalogue; the knowledge base's by default. */
  signatures: readonly Signature[];
  /** false: read login outcomes the ordinary way too (the byte-level path must give the same report; its test compares). */
  loginsFromBytes?: boolean;
  /** How far a zip's logs may inflate: `ratio` times the zip's size, at least `min` bytes (tests set them low). */
  inflation?: { ratio: number; min: number };
};

/** An upload in browser mode: a dropped file streamed to the local server. */
export type StreamInput = { name: string; stream: AsyncIterable<Buffer> | Readable; size: number };

const PROPERTY_FILE = /(?:^|\/)application-properties\/application\.(?:xml|properties)$|^application\.xml$/;
const CLUSTER_FILE = /(?:^|\/)cluster\.properties$/;
/** A zip inside a zip is read in memory, so only up to this size and one level deep. */
const NESTED_ZIP_LIMIT = 64 << 20;
/** A zip uploaded in browser mode is read in memory (a stream cannot be read in place). */
const UPLOADED_ZIP_LIMIT = 256 << 20;
const PROPERTIES_LIMIT = 16 << 20;
/** How many entries of a zip that are neither logs nor properties are opened to see whether they are browser recordings. */
const SNIFFED_ENTRIES = 2000;
/**
 * Names are decoded and checked here rather than by yauzl, which gives up the whole zip at the
 * first unsafe name (`../`, an absolute path): such an entry is skipped and reported, the rest read.
 */
const ZIP_OPTIONS = { lazyEntries: true, decodeStrings: false } as const;
/**
 * What the logs of one zip may inflate to: a generous multiple of the zip's size (support zips
 * compress logs about 7 to 1), never less than 4 GB. Entries that overlap, or a bomb, stop here.
 */
const INFLATION_RATIO = 200;
const MIN_INFLATION_BUDGET = 4 * 1024 ** 3;
const HIGH_WATER = 4 << 20;
/** A zip's deflated logs are inflated in chunks this large (yauzl's inflater gives 16 KB ones, each a trip through two streams). */
const INFLATED_CHUNK = 1 << 20;
const INFLATED_AHEAD = 4 * INFLATED_CHUNK;

export class ScanCancelled extends Error {
  constructor() {
    super('The scan was cancelled.');
  }
}

type Yauzl = typeof YauzlModule;

/** A zip's logs inflated past the zip's budget: its reading stops, what was read is reported. */
class InflationBudgetSpent extends Error {}

/** Scans log files, gzip-compressed logs, support zips and folders holding them. */
export async function scanPaths(paths: readonly string[], options: ScanOptions): Promise<ScanReport> {
  const run = new Run(options);
  const inputs: { path: string; size: number; node?: string }[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    for (const found of await expand(given, run.files, seen)) inputs.push(found);
  }
  run.total = inputs.reduce((sum, i) => sum + i.size, 0);
  inputs.sort((a, b) => logOrder(basename(a.path)) - logOrder(basename(b.path)));
  return run.finish(async () => {
    for (const input of inputs) await run.path(input.path, input.size, input.node);
  });
}

/** Scans uploaded streams (browser mode): the same as files, with zips read in memory up to a limit. */
export async function scanStreams(inputs: readonly StreamInput[], options: ScanOptions): Promise<ScanReport> {
  const run = new Run(options);
  run.total = inputs.reduce((sum, i) => sum + i.size, 0);
  const ordered = [...inputs].sort((a, b) => logOrder(basename(a.name)) - logOrder(basename(b.name)));
  return run.finish(async () => {
    for (const input of ordered) await run.upload(input);
  });
}

/** An entry's name: UTF-8 when the zip says so (or it is valid UTF-8), else the old DOS code page, read as Latin-1. */
function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer | string;
  if (typeof raw === 'string') return raw;
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(raw);
  return (entry.generalPurposeBitFlag & 0x800) !== 0 || !utf8.includes('\uFFFD') ? utf8 : raw.toString('latin1');
}

/**
 * Entries whose compressed data begins inside an earlier entry's: a zip bomb that makes one huge
 * stream stand for many entries. The earliest of each overlapping run is kept.
 */
function overlappingEntries(entries: readonly Entry[]): Set<Entry> {
  const byOffset = [...entries].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  const overlapping = new Set<Entry>();
  let end = -1;
  for (const entry of byOffset) {
    if (entry.relativeOffsetOfLocalHeader < end) {
      overlapping.add(entry);
      continue;
    }
    // The local header is at least 30 bytes and the name; its extra field may differ, so it is left out.
    end = entry.relativeOffsetOfLocalHeader + 30 + entry.fileNameLength + entry.compressedSize;
  }
  return overlapping;
}

function sizeInWords(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/**
 * A log entry's bytes. Deflated entries are inflated here, in large chunks, and held to the size
 * the zip declares with yauzl's own words; encrypted and other entries are yauzl's to refuse.
 */
async function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  if (entry.compressionMethod !== 8 || entry.isEncrypted()) return zip.openReadStreamPromise(entry);
  const raw = await zip.openReadStreamPromise(entry, { decodeFileData: false });
  // Room for a few chunks: the inflater (on libuv's threads) works ahead while the scanner reads.
  const inflate = createInflateRaw({ chunkSize: INFLATED_CHUNK, readableHighWaterMark: INFLATED_AHEAD } as ZlibOptions);
  const inflating = pipeline(raw, inflate);
  // Its errors reach the reader through `inflate`; this only keeps them from going unhandled meanwhile.
  inflating.catch(() => undefined);
  const expected = entry.uncompressedSize;
  return Readable.from(
    (async function* () {
      let count = 0;
      try {
        for await (const chunk of inflate as AsyncIterable<Buffer>) {
          count += chunk.length;
          if (count > expected) {
            // What the zip declares is read; the rest is said.
            if (count - chunk.length < expected) yield chunk.subarray(0, chunk.length - (count - expected));
            throw new Error(`too many bytes in the stream. expected ${expected}. got at least ${count}`);
          }
          yield chunk;
        }
        await inflating;
      } finally {
        raw.destroy();
        inflate.destroy();
      }
      if (count < expected) throw new Error(`not enough bytes in the stream. expected ${expected}. got only ${count}`);
    })(),
    { objectMode: false },
  );
}

/** The chunks of `stream`, each counted on its way through. */
async function* counting(stream: AsyncIterable<Buffer>, count: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    count(chunk.length);
    yield chunk;
  }
}

class Run {
  readonly files: ScannedFile[] = [];
  readonly findings = new Findings();
  private readonly recording = new RecordingAnalysis();
  private readonly index: LiteralIndex;
  private readonly catalogueNotes: string[];
  private readonly startedAt = new Date();
  total = 0;
  private done = 0;
  /** Bytes the logs of the zip being read may still inflate to (undefined outside a zip). */
  private inflation: { left: number; budget: number; zipBytes: number } | undefined;
  private cancelled = false;

  constructor(private readonly options: ScanOptions) {
    const { probes, problems } = buildProbes(options.signatures);
    this.index = new LiteralIndex(probes);
    this.catalogueNotes = problems.map((p) => `signature ${p.signature}: ${p.message}`);
  }

  async finish(work: () => Promise<void>): Promise<ScanReport> {
    try {
      await work();
    } catch (error: unknown) {
      if (!(error instanceof ScanCancelled)) throw error;
      this.cancelled = true;
    }
    const withNode = this.files.filter((f) => f.status !== 'skipped' && f.node);
    const nodes = [...new Set(withNode.map((f) => f.node!))].sort();
    // One file per node says where the nodes were told apart.
    const nodeFiles = nodes.map((node) => withNode.find((f) => f.node === node)!.name);
    const recorded = this.recording.finish();
    if (recorded) this.findings.fromRecording(recorded);
    const { notes, ...concluded } = this.findings.conclude(nodes, nodeFiles);
    const general = [...this.catalogueNotes, ...notes];
    if (general.length) this.files.push({ name: '(scan)', kind: 'other', bytes: 0, lines: 0, status: 'read', notes: general });
    return {
      schemaVersion: 1,
      startedAt: this.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      cancelled: this.cancelled,
      bytesRead: this.done,
      ...concluded,
      nodes,
      ...(recorded ? { recording: recorded.recording } : {}),
      files: this.files,
    };
  }

  private progress(bytes: number, file: string): void {
    this.done += bytes;
    this.options.onProgress?.({ bytesDone: this.done, bytesTotal: this.total, file });
  }

  private checkCancelled(): void {
    if (this.options.signal?.aborted) throw new ScanCancelled();
  }

  async path(path: string, size: number, node: string | undefined): Promise<void> {
    this.checkCancelled();
    const head = await readHead(path).catch((error: unknown) => error as Error);
    if (head instanceof Error) {
      this.files.push(skipped(path, 'other', unreadable(head)));
      return;
    }
    if (startsWith(head, ZIP_MAGIC)) {
      await this.zip(path, size, (yauzl) => yauzl.openPromise(path, { ...ZIP_OPTIONS, autoClose: false }), 0);
      return;
    }
    const gzip = startsWith(head, GZIP_MAGIC);
    const file = record(path, gzip ? 'gzip-log' : 'log', size, node);
    if (!gzip) {
      await this.log(file, fileChunks(path), (n) => this.progress(n, path));
      return;
    }
    await this.gzipLog(file, counting(createReadStream(path, { highWaterMark: HIGH_WATER }), (n) => this.progress(n, path)));
  }

  async upload(input: StreamInput): Promise<void> {
    this.checkCancelled();
    const iterator = (input.stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    let first: IteratorResult<Buffer>;
    try {
      first = await iterator.next();
    } catch (error: unknown) {
      this.files.push(skipped(input.name, 'other', `the upload broke off (${(error as Error).message}): add the file again`));
      return;
    }
    if (first.done) {
      this.files.push({ ...record(input.name, 'log', input.size, undefined), notes: ['the file is empty'] });
      return;
    }
    const head = first.value;
    async function* whole(): AsyncGenerator<Buffer> {
      yield head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    }
    if (startsWith(head, ZIP_MAGIC)) {
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of whole()) {
          this.checkCancelled();
          size += chunk.length;
          if (size > UPLOADED_ZIP_LIMIT) {
            this.files.push(skipped(input.name, 'zip', `the zip is larger than ${UPLOADED_ZIP_LIMIT >> 20} MB, too large to read from an upload: run "npx jira-doctor scan ${input.name}" on the machine that holds it`));
            return;
          }
          chunks.push(chunk);
        }
      } catch (error: unknown) {
        if (error instanceof ScanCancelled) throw error;
        this.files.push(skipped(input.name, 'zip', `the upload broke off (${(error as Error).message}): add the file again`));
        return;
      }
      const buffer = Buffer.concat(chunks);
      await this.zip(input.name, input.size, (yauzl) => yauzl.fromBufferPromise(buffer, ZIP_OPTIONS), 0);
      return;
    }
    const gzip = startsWith(head, GZIP_MAGIC);
    const file = record(input.name, gzip ? 'gzip-log' : 'log', input.size, nodeOfPath(input.name).node);
    const counted = Readable.from(
      (async function* (progress: (n: number) => void) {
        for await (const chunk of whole()) {
          progress(chunk.length);
          yield chunk;
        }
      })((n) => this.progress(n, input.name)),
    );
    await (gzip ? this.gzipLog(file, counted) : this.log(file, counted, () => undefined));
  }

  /** A gzip-compressed log, read as zcat reads it; what could not be read is said in the file's report. */
  private async gzipLog(file: ScannedFile, compressed: AsyncIterable<Buffer>): Promise<void> {
    const problems: GzipProblem[] = [];
    await this.log(file, Readable.from(gunzip(compressed, (problem) => problems.push(problem))), () => undefined);
    if (file.status === 'read') for (const problem of problems) gzipProblem(file, problem);
  }

  /**
   * Reads one log stream to the end (or to its first problem), never holding more than a bounded
   * carry. A chunk may be overwritten by its reader once the next is asked for (`fileChunks`).
   */
  private async log(file: ScannedFile, stream: AsyncIterable<Buffer> & { destroy(): void }, progress: (n: number) => void): Promise<void> {
    this.files.push(file);
    const fromBytes: ByteReader<LoginProbes> | undefined =
      this.options.loginsFromBytes === false
        ? undefined
        : {
            takes: (probes, literal) => this.findings.loginProbesOf(probes, literal),
            read: (region, start, end, at, login, exact) => this.findings.loginFromBytes(region, start, end, at, login, exact, file),
          };
    const scanner = new EventScanner(this.index, (match) => this.findings.record(match, { file }), fromBytes);
    let first = true;
    try {
      for await (const chunk of stream) {
        this.checkCancelled();
        if (first) {
          first = false;
          // A browser recording (HAR) is JSON: it goes to its own reader, the rest of the stream with it.
          if (startsLikeJson(chunk)) {
            const gzip = file.kind === 'gzip-log';
            // Copied: the recording's reader may hold a chunk after asking for the next.
            async function* rest(): AsyncGenerator<Buffer> {
              yield Buffer.from(chunk);
              for await (const next of stream) yield Buffer.from(next);
            }
            await scanRecording(file, rest(), this.recording, {
              checkCancelled: () => this.checkCancelled(),
              progress,
              streamProblem: (error) => streamProblem(error, gzip ? 'gzip-log' : 'log'),
              isCancellation: (error) => error instanceof ScanCancelled,
            });
            return;
          }
          if (looksBinary(chunk)) {
            file.status = 'skipped';
            file.problem = isUtf16(chunk)
              ? 'saved as UTF-16 text, which the scan does not read: save it as UTF-8 (the encoding Jira writes) and scan it again'
              : 'not a text log (it holds binary data): give the Jira log files, gzip-compressed logs or a support zip';
            stream.destroy();
            return;
          }
        }
        if (this.inflation && (this.inflation.left -= chunk.length) < 0) throw new InflationBudgetSpent();
        scanner.write(chunk);
        progress(chunk.length);
      }
      scanner.end();
      file.status = 'read';
    } catch (error: unknown) {
      stream.destroy();
      if (error instanceof ScanCancelled) {
        file.status = 'partial';
        file.problem = 'the scan was cancelled while reading this file';
        throw error;
      }
      if (error instanceof InflationBudgetSpent) {
        scanner.end();
        file.status = 'partial';
        file.problem = 'reading stopped here: the zip inflated past its limit (see the zip)';
        throw error;
      }
      scanner.end();
      file.status = 'partial';
      file.problem = streamProblem(error, file.kind);
    } finally {
      file.lines = scanner.lines;
      if (first && file.status === 'read') file.notes.push('the file is empty');
      if (scanner.legacyEncoding) file.notes.push(`parts are not UTF-8: they were read as ${scanner.legacyEncoding === 'latin1' ? 'Latin-1' : `${scanner.legacyEncoding} (the encoding they appear to be in)`}`);
      if (scanner.longLines) file.notes.push('some lines are longer than 1 MB: they were scanned in pieces');
      if (scanner.untimed) file.notes.push('more than 1 MB without a timestamped line (not the layout of a Jira log?): those parts were scanned line by line');
    }
  }

  /** Reads a support zip in place: its Jira logs and its application properties, entry by entry. */
  private async zip(name: string, size: number, openZip: (yauzl: Yauzl) => Promise<ZipFile>, depth: number): Promise<void> {
    const base = this.done;
    // Loaded with the first zip (a scan of plain logs spent about 10 ms of its start on it); the
    // executable's bundler keeps it in its one file.
    const { default: yauzl } = await import('yauzl');
    let zip: ZipFile;
    try {
      zip = await openZip(yauzl);
    } catch (error: unknown) {
      this.files.push(skipped(name, 'zip', `not a readable zip (${(error as Error).message}): it may be cut off or damaged; create or copy it again`));
      this.progress(size, name);
      return;
    }
    const zipFile: ScannedFile = record(name, 'zip', size, undefined);
    this.files.push(zipFile);
    // A nested zip spends its parent's budget.
    const outer = this.inflation;
    const zipBytes = size || zip.fileSize;
    const limits = this.options.inflation ?? { ratio: INFLATION_RATIO, min: MIN_INFLATION_BUDGET };
    const budget = Math.max(limits.min, limits.ratio * zipBytes);
    this.inflation ??= { left: budget, budget, zipBytes };
    try {
      const entries: Entry[] = [];
      const unsafe: string[] = [];
      for await (const entry of zip.eachEntry()) {
        const fileName = entryName(entry);
        if (yauzl.validateFileName(fileName) !== null) unsafe.push(fileName);
        else entries.push(Object.assign(entry, { fileName }));
      }
      if (unsafe.length) {
        zipFile.notes.push(
          `${unsafe.length} entr${unsafe.length === 1 ? 'y' : 'ies'} named to lead outside the zip (${unsafe.slice(0, 3).map((n) => JSON.stringify(n.slice(0, 80))).join(', ')}${unsafe.length > 3 ? ', …' : ''}) ${unsafe.length === 1 ? 'was' : 'were'} skipped; the other entries were read`,
        );
      }
      const overlapping = overlappingEntries(entries);
      if (overlapping.size) {
        zipFile.notes.push(
          `${overlapping.size} entr${overlapping.size === 1 ? 'y shares its' : 'ies share their'} compressed data with another (a zip bomb's trick, or a damaged zip) and ${overlapping.size === 1 ? 'was' : 'were'} skipped`,
        );
        entries.splice(0, entries.length, ...entries.filter((e) => !overlapping.has(e)));
      }
      const leaf = (e: Entry) => e.fileName.split('/').pop() ?? '';
      const cluster = entries.find((e) => CLUSTER_FILE.test(e.fileName));
      const nodeId = cluster && readNodeId(await this.entryText(zip, cluster));
      const nameNode = /node/i.test(basename(name)) ? basename(name).replace(/\.zip$/i, '') : undefined;
      const node = nodeId ?? nameNode;
      if (node) zipFile.node = node;
      for (const entry of entries.filter((e) => PROPERTY_FILE.test(e.fileName))) {
        const found = readApplicationProperties(await this.entryText(zip, entry));
        this.findings.fromProperties(found, `${name}!/${entry.fileName}`);
        this.files.push({ ...record(`${name}!/${entry.fileName}`, 'properties', entry.compressedSize, node), status: 'read' });
      }
      const byName = entries.filter((e) => LOG_FILE.test(leaf(e)) || HAR_FILE.test(leaf(e)));
      const logs = [...byName, ...(await this.recordingsByContent(zip, entries, byName))].sort(
        (a, b) => logOrder(leaf(a)) - logOrder(leaf(b)) || a.fileName.localeCompare(b.fileName),
      );
      for (const entry of logs) await this.zipEntryLog(zip, entry, `${name}!/${entry.fileName}`, node);
      for (const entry of entries.filter((e) => /\.zip$/i.test(e.fileName))) await this.nestedZip(zip, entry, `${name}!/${entry.fileName}`, depth);
      if (!logs.length) zipFile.notes.push('no Jira logs inside (looked for atlassian-jira.log, atlassian-jira-security.log, atlassian-jira-incoming-mail.log and their rotated copies)');
    } catch (error: unknown) {
      if (error instanceof ScanCancelled) throw error;
      zipFile.status = 'partial';
      if (error instanceof InflationBudgetSpent) {
        if (outer) throw error;
        const { budget: spent, zipBytes: bytes } = this.inflation;
        zipFile.problem = `its logs inflate to more than ${sizeInWords(spent)} from ${sizeInWords(bytes)} (over ${Math.floor(spent / bytes)} times its size): a zip bomb or a damaged zip, so reading stopped there; what was read before is reported`;
      } else {
        zipFile.problem = `the zip could not be read to the end (${(error as Error).message}): it may be damaged; create or copy it again`;
      }
    } finally {
      zip.close();
      this.inflation = outer;
    }
    // Entries that are not logs are never read: count the whole zip as done.
    const remaining = base + size - this.done;
    if (remaining > 0) this.progress(remaining, name);
  }

  private async zipEntryLog(zip: ZipFile, entry: Entry, name: string, node: string | undefined): Promise<void> {
    const gzip = /\.gz$/.test(entry.fileName);
    const file = record(name, gzip ? 'gzip-log' : 'log', entry.compressedSize, node);
    let stream: Readable;
    try {
      stream = await openEntry(zip, entry);
    } catch (error: unknown) {
      this.files.push({ ...file, status: 'skipped', problem: entryProblem(entry, error) });
      return;
    }
    const ratio = entry.uncompressedSize ? entry.compressedSize / entry.uncompressedSize : 0;
    if (gzip) {
      await this.gzipLog(file, counting(stream, (n) => this.progress(n * ratio, name)));
    } else {
      await this.log(file, stream, (n) => this.progress(n * ratio, name));
    }
  }

  private async nestedZip(zip: ZipFile, entry: Entry, name: string, depth: number): Promise<void> {
    if (depth > 0 || entry.uncompressedSize > NESTED_ZIP_LIMIT) {
      const why = depth > 0 ? 'a zip inside a zip inside a zip' : `a zip inside the zip, larger than ${NESTED_ZIP_LIMIT >> 20} MB`;
      this.files.push(skipped(name, 'zip', `${why} is not read: extract it and scan it on its own`));
      return;
    }
    let buffer: Buffer;
    try {
      buffer = await readAll(await zip.openReadStreamPromise(entry), NESTED_ZIP_LIMIT);
    } catch (error: unknown) {
      this.files.push(skipped(name, 'zip', entryProblem(entry, error)));
      return;
    }
    await this.zip(name, 0, (yauzl) => yauzl.fromBufferPromise(buffer, ZIP_OPTIONS), depth + 1);
  }

  /**
   * Browser recordings saved under any name (network.json, capture.txt, no extension) are told by
   * their first bytes, as in a folder. Only entries no other reader takes are opened, and only so many.
   */
  private async recordingsByContent(zip: ZipFile, entries: readonly Entry[], taken: readonly Entry[]): Promise<Entry[]> {
    const others = entries.filter(
      (e) => !taken.includes(e) && !e.fileName.endsWith('/') && e.uncompressedSize > 0 && !/\.(?:zip|gz|jar|class|png|jpe?g|gif|hprof)$/i.test(e.fileName) && !PROPERTY_FILE.test(e.fileName) && !CLUSTER_FILE.test(e.fileName),
    );
    const found: Entry[] = [];
    for (const entry of others.slice(0, SNIFFED_ENTRIES)) {
      this.checkCancelled();
      if (looksLikeHar(await this.entryHead(zip, entry, 64))) found.push(entry);
    }
    return found;
  }

  /** The first bytes of an entry; none when it cannot be read (its reader then says nothing of it). */
  private async entryHead(zip: ZipFile, entry: Entry, bytes: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= bytes) break;
      }
    } catch {
      return Buffer.alloc(0);
    }
    return Buffer.concat(chunks).subarray(0, bytes);
  }

  private async entryText(zip: ZipFile, entry: Entry): Promise<string> {
    if (entry.uncompressedSize > PROPERTIES_LIMIT) return '';
    return (await readAll(await zip.openReadStreamPromise(entry), PROPERTIES_LIMIT)).toString('utf8');
  }
}

