import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreBackend, StoreFile, StoreFileOptions } from './backend';

export type StoreNotice = { code: 'store-set-aside' | 'session-damaged'; message: string };

/**
 * Opens a store file, and when its content cannot be read (broken JSON, a failed migration), sets
 * the file aside under a timestamped name and starts an empty one: the admin is told where the old
 * file is, nothing is deleted and the app keeps working. File-system errors (no permission, disk
 * full) are not content problems and are thrown as they are.
 */
export function openStoreFile(
  backend: StoreBackend,
  options: StoreFileOptions,
  label: string,
  notify: (n: StoreNotice) => void,
): StoreFile {
  try {
    return backend(options);
  } catch (error: unknown) {
    if (isFileSystemError(error)) throw error;
    setAside(join(options.cwd, `${options.configName}.json`), label, error, notify);
    return backend(options);
  }
}

/**
 * Reads through `read`; when the file broke while the app ran (edited by hand, a bad disk), sets it
 * aside and reads again from the fresh, empty file (conf reads the disk on every access).
 */
export function readRecovering<T>(file: StoreFile, read: (f: StoreFile) => T, label: string, notify: (n: StoreNotice) => void): T {
  try {
    return read(file);
  } catch (error: unknown) {
    if (isFileSystemError(error)) throw error;
    setAside(file.path, label, error, notify);
    return read(file);
  }
}

function setAside(path: string, label: string, error: unknown, notify: (n: StoreNotice) => void): void {
  if (!existsSync(path)) throw error;
  const aside = path.replace(/\.json$/, `.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  renameSync(path, aside);
  const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
  notify({
    code: 'store-set-aside',
    message: `The ${label} file could not be read (${why}). It was kept as ${aside} and a new, empty one was started; nothing was deleted.`,
  });
}

function isFileSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall !== undefined;
}
