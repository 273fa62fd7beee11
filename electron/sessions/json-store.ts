import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { kindOf, type Said, type StoreLabel } from '../services/words';
import { jsonStop } from '../text/json-stop';

/** Something the admin is told at start; worded when the window asks, in the window's language. */
export type StoreNotice = { code: 'store-set-aside' | 'session-damaged'; say: Said };

export type JsonStoreOptions = {
  /** The folder of the file (the app's data folder); created when missing. */
  dir: string;
  /** The file name without `.json`. */
  name: string;
  /** Said in notices: "the saved-sessions file could not be read". */
  label: StoreLabel;
  /** The content of a new file. */
  defaults: Record<string, unknown>;
  /** What a readable file must hold beyond being a JSON object: a problem in words, or undefined. */
  shape?: (data: Record<string, unknown>) => Said | undefined;
  notify?: (notice: StoreNotice) => void;
};

/** A temporary file of an earlier write this old (or of a process that is gone) is a crash's leftover. */
const STALE_TEMP_MS = 60_000;

/**
 * One small JSON file of the data folder, the only store of the desktop app, browser mode and the
 * command line. Every write goes to a temporary file (owner-only), is flushed to the disk, and
 * replaces the file by a rename, so a crash at any moment leaves the old or the new content, never
 * a mix. A file whose content cannot be used (not JSON, not an object, the wrong shape) is set
 * aside under a timestamped name and the admin is told where: it is never overwritten. Problems of
 * the file system itself (no permission, disk full) are thrown as they are.
 */
export class JsonStore {
  readonly path: string;
  private cache: { stamp: string; data: Record<string, unknown> } | undefined;

  constructor(private readonly options: JsonStoreOptions) {
    this.path = join(options.dir, `${options.name}.json`);
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    removeStaleTemps(this.path);
    this.read();
  }

  get(key: string): unknown {
    return this.read()[key];
  }

  set(key: string, value: unknown): void {
    this.write({ ...this.read(), [key]: value });
  }

  delete(key: string): void {
    const data = { ...this.read() };
    delete data[key];
    this.write(data);
  }

  /** The file's content, read again only when it changed on disk (another process may write it). */
  private read(): Record<string, unknown> {
    let stamp: string;
    try {
      const info = statSync(this.path, { bigint: true });
      stamp = `${info.ino}:${info.size}:${info.mtimeNs}`;
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...this.options.defaults };
      throw error;
    }
    if (this.cache?.stamp === stamp) return this.cache.data;
    const text = readFileSync(this.path, 'utf8');
    const problem = this.problemOf(text);
    if (typeof problem === 'function') {
      this.setAside(problem);
      return { ...this.options.defaults };
    }
    this.cache = { stamp, data: problem.data };
    return problem.data;
  }

  private problemOf(text: string): Said | { data: Record<string, unknown> } {
    let data: unknown;
    // An editor on Windows may have saved the file with a byte-order mark.
    const json = text.replace(/^\uFEFF/, '');
    try {
      data = JSON.parse(json);
    } catch {
      // Where it stops, not JSON.parse's message: V8's English, quoting the text around the error.
      if (text.trim() === '') return (w) => w.storeEmpty;
      const at = jsonStop(json);
      return (w) => w.storeNotJson(at);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      const holds = kindOf(data);
      return (w) => w.storeNotObject(holds);
    }
    const record = { ...this.options.defaults, ...(data as Record<string, unknown>) };
    return this.options.shape?.(record) ?? { data: record };
  }

  private write(data: Record<string, unknown>): void {
    const temp = `${this.path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(data, null, '\t')}\n`);
      fsyncSync(fd);
    } catch (error: unknown) {
      closeSync(fd);
      unlinkSync(temp);
      throw error;
    }
    closeSync(fd);
    renameSync(temp, this.path);
    syncFolder(dirname(this.path));
    this.cache = undefined;
  }

  private setAside(problem: Said): void {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    let aside = this.path.replace(/\.json$/, `.unreadable-${stamp}.json`);
    if (existsSync(aside)) aside = aside.replace(/\.json$/, `-${randomBytes(3).toString('hex')}.json`);
    renameSync(this.path, aside);
    this.cache = undefined;
    const { label } = this.options;
    this.options.notify?.({ code: 'store-set-aside', say: (w) => w.storeSetAside(label, problem(w), aside) });
  }
}

/** The rename reaches the disk only with its folder (POSIX); Windows cannot open a folder to flush it. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Temporary files of writes that never finished (the process was killed): ours and those `conf` left. */
function removeStaleTemps(path: string): void {
  const prefix = `${basename(path)}.tmp-`;
  for (const name of readdirSync(dirname(path))) {
    if (!name.startsWith(prefix)) continue;
    const temp = join(dirname(path), name);
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    try {
      if ((pid && pid !== process.pid && !alive(pid)) || Date.now() - statSync(temp).mtimeMs > STALE_TEMP_MS) unlinkSync(temp);
    } catch {
      // Another process removed or renamed it meanwhile.
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
