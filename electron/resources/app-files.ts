import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, posix, resolve, sep } from 'node:path';
import { getAsset, isSea } from 'node:sea';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * The files jira-doctor ships besides its code: the bundled articles and facts sheet, the report
 * fonts and the built UI. Every reader of them goes through here. From a checkout, an npm install or
 * the desktop app they are read from disk; in the single executable (scripts/bundle.js) they are
 * embedded assets named `<kind>/<relative path>`, so that the executable never looks for a file
 * beside itself and both kinds of run take the same path through the code.
 */

/** A relative path (always with "/") to the file's bytes, or undefined when there is no such file. */
export type FileReader = (relative: string) => Promise<Buffer<ArrayBuffer> | undefined>;

export type AppFileKind = 'sources' | 'fonts' | 'renderer';

/** The report fonts: Noto Sans JP covers Latin and Japanese (an npm dependency, embedded in the executable). */
export const FONT_FILES = { regular: '400Regular/NotoSansJP_400Regular.ttf', bold: '700Bold/NotoSansJP_700Bold.ttf' } as const;

/** True in the single executable made by `npm run bundle`. */
export const inSingleExecutable = (): boolean => isSea();

/**
 * The checkout, npm package or app.asar this code runs from: every module is bundled two folders
 * below it (dist/<entry>/, or electron/<area>/ when run from source). The executable has none.
 */
export function appRoot(): string {
  if (isSea()) throw new Error('the single executable has no app folder: its files are embedded (use appFiles)');
  return resolve(fileURLToPath(new URL('../..', import.meta.url)));
}

/** Where each kind of file lives on disk. */
function folderOf(kind: AppFileKind): string {
  if (kind === 'sources') return join(appRoot(), 'knowledge', 'sources');
  if (kind === 'renderer') return join(appRoot(), 'dist', 'renderer');
  return dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/package.json'));
}

/** The app's own files of one kind: embedded in the executable, else read from disk. */
export function appFiles(kind: AppFileKind): FileReader {
  if (isSea()) return within((name) => Promise.resolve(embedded(`${kind}/${name}`)));
  return filesIn(folderOf(kind));
}

/** The files under a folder, never outside it. */
export function filesIn(dir: string): FileReader {
  const root = resolve(dir);
  return within(async (name) => {
    const path = resolve(root, name);
    if (!path.startsWith(root + sep)) return undefined;
    try {
      return await readFile(path);
    } catch (error: unknown) {
      if (['ENOENT', 'EISDIR', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
      throw error;
    }
  });
}

/** Refuses names that leave the folder ("..", absolute, NUL) the same way on disk and in the executable. */
function within(read: (name: string) => Promise<Buffer<ArrayBuffer> | undefined>): FileReader {
  return (relative) => {
    const name = posix.normalize(relative.replaceAll('\\', '/'));
    if (name === '..' || name.startsWith('../') || posix.isAbsolute(name) || name.includes('\0') || name === '.') return Promise.resolve(undefined);
    return read(name);
  };
}

/**
 * How the bundle stored the assets (scripts/bundle/): files embedded twice with the same bytes are
 * stored once, the other names pointing to it (`aliases`); files gzip makes much smaller are stored
 * compressed (`gzipped`) and inflated here.
 */
let manifest: { aliases: Record<string, string>; gzipped: Set<string> } | undefined;

/** One file embedded in the single executable by its name (`renderer/index.html`, `heavy-worker.cjs`), or undefined. */
export function embedded(key: string): Buffer<ArrayBuffer> | undefined {
  if (!manifest) {
    const read = JSON.parse(getAsset('assets.json', 'utf8')) as { aliases: Record<string, string>; gzipped: string[] };
    manifest = { aliases: read.aliases, gzipped: new Set(read.gzipped) };
  }
  const stored = manifest.aliases[key] ?? key;
  let bytes: ArrayBuffer;
  try {
    bytes = getAsset(stored);
  } catch {
    // getAsset throws for a name that was not embedded: the same as a missing file on disk.
    return undefined;
  }
  return manifest.gzipped.has(stored) ? gunzipSync(bytes) : Buffer.from(bytes);
}
