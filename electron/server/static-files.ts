import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticFile = { path: string; type: string; size: number };

/**
 * The file of the built UI for a URL path, never outside `root`. Paths without an extension are the
 * single-page app's own routes and get index.html; a missing asset is undefined (404).
 */
export async function resolveStatic(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const path = join(root, relative);
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const file = await fileAt(path);
  if (file) return file;
  if (extname(relative) === '') return fileAt(join(root, 'index.html'));
  return undefined;
}

async function fileAt(path: string): Promise<StaticFile | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
    if (!info.isFile()) return undefined;
    return { path, type: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream', size: info.size };
  } catch {
    return undefined;
  }
}

export function openStatic(file: StaticFile) {
  return createReadStream(file.path);
}
