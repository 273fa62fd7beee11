import { isAbsolute, normalize } from 'node:path';

/** More than an admin drops in a day; the oldest are forgotten first. */
const REMEMBERED = 10_000;

/**
 * The files and folders the admin handed to the desktop app: chosen in the main process's open
 * dialog, or dropped on the window (the preload reports each drop the browser itself made). The
 * scan and the redacted copy read these and nothing else, whatever path a request names: a page
 * made to run someone else's script still cannot have any other file of the admin's read.
 */
export class GrantedPaths {
  private readonly paths = new Set<string>();

  grant(paths: readonly string[]): void {
    for (const path of paths) {
      const key = keyOf(path);
      if (key === undefined) continue;
      this.paths.delete(key);
      this.paths.add(key);
    }
    for (const oldest of this.paths) {
      if (this.paths.size <= REMEMBERED) break;
      this.paths.delete(oldest);
    }
  }

  /** The first of `paths` the admin did not hand over, or undefined when every one was. */
  firstRefused(paths: readonly string[]): string | undefined {
    return paths.find((path) => {
      const key = keyOf(path);
      return key === undefined || !this.paths.has(key);
    });
  }
}

/** Absolute paths only, compared as the system spells them (`a/./b` and `a/b` are one file); a NUL is no path. */
function keyOf(path: string): string | undefined {
  if (path === '' || path.includes('\0') || !isAbsolute(path)) return undefined;
  return normalize(path);
}
