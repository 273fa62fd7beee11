import { open, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import type { Entry } from 'yauzl';
import type { ScannedFile } from '../../knowledge/contract/scan';
import type { GzipProblem } from './gzip';
import { HAR_FILE, looksLikeHar } from './har/scan-har';

/**
 * What the scan reads and how it tells: which files of a folder are Jira logs, which node a file
 * came from, what kind of file a path holds (by its first bytes, not its name), and the plain
 * words for each way reading can fail.
 */

/** The logs the scan reads: the three Jira logs, their rotated copies and gzip-compressed copies. */
export const LOG_FILE = /^atlassian-jira(?:-security|-incoming-mail)?\.log(?:\.\d+)?(?:\.gz)?$/;
/** First bytes of a zip and of a gzip file: the kind of a file is told by them, not by its name. */
export const ZIP_MAGIC = [0x50, 0x4b];
export const GZIP_MAGIC = [0x1f, 0x8b];

/** A folder stands for the Jira logs and support zips in it (and in its `log` folder: a Jira home). */
/**
 * `seen` holds the files already found (by device and inode): a folder reached twice through a
 * link (a `log` link back to its own folder, the same file given twice) is read once per real file.
 */
export async function expand(given: string, problems: ScannedFile[], seen: Set<string> = new Set()): Promise<{ path: string; size: number; node?: string }[]> {
  const path = resolve(given);
  let info;
  try {
    info = await stat(path);
  } catch (error: unknown) {
    problems.push(skipped(given, 'other', unreadable(error)));
    return [];
  }
  const first = (s: { dev: number; ino: number }) => !seen.has(`${s.dev}:${s.ino}`) && Boolean(seen.add(`${s.dev}:${s.ino}`));
  if (info.isFile()) return first(info) ? [{ path, size: info.size, ...nodeOfPath(path) }] : [];
  if (!info.isDirectory()) {
    problems.push(skipped(given, 'other', 'not a regular file: give a log file, a gzip-compressed log, a support zip, a HAR file or a folder holding them'));
    return [];
  }
  const found: { path: string; size: number; node?: string }[] = [];
  for (const dir of [path, join(path, 'log')]) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const full = join(dir, name);
      const known = LOG_FILE.test(name) || name.toLowerCase().endsWith('.zip') || HAR_FILE.test(name);
      const s = await stat(full).catch(() => undefined);
      if (!s?.isFile()) continue;
      // Browser recordings are told by their content too (saved as .json, .txt or without an extension).
      if (known || (s.size > 0 && looksLikeHar(await readHead(full, 64).catch(() => Buffer.alloc(0))))) {
        if (first(s)) found.push({ path: full, size: s.size, ...nodeOfPath(full) });
      }
    }
  }
  if (!found.length) {
    problems.push(
      skipped(given, 'directory', 'no Jira logs in this folder: give atlassian-jira.log, atlassian-jira-security.log or atlassian-jira-incoming-mail.log (rotated .1 … and .gz copies too), a support zip, a browser recording (HAR file), or the folder that holds them'),
    );
  }
  return found;
}

/** A folder named like a node (`node1`, `jira-node-2`) tells which node a loose log came from. */
export function nodeOfPath(path: string): { node?: string } {
  const folders = dirname(path).split(sep).reverse();
  const node = folders.find((f) => /node/i.test(f));
  return node ? { node } : {};
}

/** The application log first: the security log's logins are joined with its LDAP debug lines. */
export function logOrder(name: string): number {
  if (name.startsWith('atlassian-jira.log')) return 0;
  if (name.startsWith('atlassian-jira-incoming-mail')) return 1;
  return 2;
}

export function record(name: string, kind: ScannedFile['kind'], bytes: number, node: string | undefined): ScannedFile {
  return { name, kind, ...(node ? { node } : {}), bytes, lines: 0, status: 'read', notes: [] };
}

export function skipped(name: string, kind: ScannedFile['kind'], problem: string): ScannedFile {
  return { name, kind, bytes: 0, lines: 0, status: 'skipped', problem, notes: [] };
}

export async function readHead(path: string, bytes = 4): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A chunk of a file as `fileChunks` reads it. */
const FILE_CHUNK = 4 << 20;

/**
 * The bytes of a file in chunks read into two buffers in turn (a fresh buffer per chunk cost page
 * faults and collections for every 4 MB), the next chunk read while the one before is used: a
 * chunk is only good until the next one is asked for, so whoever keeps one copies it.
 */
export function fileChunks(path: string): AsyncIterable<Buffer> & { destroy(): void } {
  let stopped = false;
  async function* chunks(): AsyncGenerator<Buffer> {
    const handle = await open(path, 'r');
    const buffers = [Buffer.allocUnsafe(FILE_CHUNK), Buffer.allocUnsafe(FILE_CHUNK)];
    let turn = 0;
    let reading = handle.read(buffers[0]!, 0, FILE_CHUNK, null);
    try {
      while (!stopped) {
        const { bytesRead } = await reading;
        if (bytesRead === 0) return;
        const chunk = buffers[turn]!.subarray(0, bytesRead);
        turn ^= 1;
        reading = handle.read(buffers[turn]!, 0, FILE_CHUNK, null);
        yield chunk;
      }
    } finally {
      // A read still under way finishes before the file is closed (its failure no longer matters).
      await reading.catch(() => undefined);
      await handle.close();
    }
  }
  const iterator = chunks();
  return {
    [Symbol.asyncIterator]: () => iterator,
    destroy: () => {
      stopped = true;
    },
  };
}

export async function readAll(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      stream.destroy();
      throw new Error(`larger than ${limit >> 20} MB`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function startsWith(buffer: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => buffer[i] === byte);
}

/** Text logs hold no NUL bytes; binary files (images, class files, heap dumps) do, early on. */
export function looksBinary(chunk: Buffer): boolean {
  return chunk.subarray(0, 8192).includes(0);
}

/** A byte-order mark of UTF-16, as an editor on Windows may write when a log is copied and saved. */
export function isUtf16(chunk: Buffer): boolean {
  return (chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff);
}

export function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'not found: check the path';
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to read it: copy it somewhere readable or run as a user who may read it';
  if (code === 'EISDIR') return 'a folder, not a file';
  return `cannot be read (${(error as Error).message})`;
}

/** What a gzip file held that could not be read, in the words of the file's report (the rest was scanned). */
export function gzipProblem(file: ScannedFile, problem: GzipProblem): void {
  if (problem.kind === 'trailing') {
    file.notes.push(`${problem.bytes} byte${problem.bytes === 1 ? '' : 's'} after the compressed log ${problem.bytes === 1 ? 'is' : 'are'} not gzip data and were ignored, as zcat does`);
    return;
  }
  const part = problem.member > 1 ? ` (in its compressed part ${problem.member})` : '';
  file.status = 'partial';
  file.problem =
    problem.kind === 'cut'
      ? `the gzip file ends early${part} (cut off while copying?): the part before the cut was scanned; copy the file again for the rest`
      : `the gzip file is damaged${part}: its checksum does not match what it holds, so some lines may be garbled (everything was scanned); copy the file again`;
}

export function streamProblem(error: unknown, kind: ScannedFile['kind']): string {
  const message = (error as Error).message;
  if (kind === 'gzip-log' && /unexpected end of file/i.test(message)) {
    return 'the gzip file ends early (cut off while copying?): the part before the cut was scanned; copy the file again for the rest';
  }
  if (kind === 'gzip-log') return `not a valid gzip file (${message}): the part before the damage was scanned`;
  return `reading stopped early (${message}): what was read before is reported`;
}

export function entryProblem(entry: Entry, error: unknown): string {
  if (entry.isEncrypted()) return 'the entry is encrypted: create the support zip without a password';
  return `the entry cannot be read (${(error as Error).message})`;
}
