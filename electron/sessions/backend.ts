import Conf from 'conf';

/**
 * The key-value file behind a store: `conf` in browser mode and the command line, electron-store
 * (a `conf` subclass that knows Electron's paths) in the desktop app. Both write atomically
 * (temporary file, then rename), so a crash mid-write leaves the previous file intact.
 */
export type StoreFile = Pick<Conf<Record<string, unknown>>, 'get' | 'set' | 'delete' | 'path'>;

export type StoreFileOptions = {
  /** The folder of the file (the app's data dir). */
  cwd: string;
  /** The file name without extension. */
  configName: string;
  /** The format version of this file; `migrations` bring older files up to it. */
  projectVersion: string;
  migrations: Record<string, (store: Conf<Record<string, unknown>>) => void>;
  defaults: Record<string, unknown>;
};

export type StoreBackend = (options: StoreFileOptions) => StoreFile;

export const confBackend: StoreBackend = (options) =>
  new Conf<Record<string, unknown>>({
    ...options,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    configFileMode: 0o600,
  });
