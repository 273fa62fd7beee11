import { extname } from 'node:path';
import { APP_INFO_ELEMENT_ID } from '../api/wire';
import type { FileReader } from '../resources/app-files';

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

export type StaticFile = { body: Buffer<ArrayBuffer>; type: string };

/**
 * The page with the app's information written into it, so the UI starts without asking for it
 * first. A JSON data block is never run, so the strict CSP (no inline scripts) holds; "<" is escaped
 * so no value can close the element.
 */
export function withAppInfo(page: StaticFile, info: unknown): StaticFile {
  const json = JSON.stringify(info).replace(/</g, '\\u003c');
  const element = `<script type="application/json" id="${APP_INFO_ELEMENT_ID}">${json}</script>`;
  const text = page.body.toString('utf8');
  // In the head where there is one; anywhere works, since the page's module scripts run after parsing.
  const html = text.includes('</head>') ? text.replace('</head>', () => `${element}</head>`) : `${text}${element}`;
  return { ...page, body: Buffer.from(html) };
}

/** A page of the app (index.html or a route of it) rather than one of its assets. */
export function isPage(file: StaticFile): boolean {
  return file.type.startsWith('text/html');
}

/**
 * The file of the built UI for a URL path, never outside the UI's files. Paths without an extension
 * are the single-page app's own routes and get index.html; a missing asset is undefined (404).
 */
export async function resolveStatic(files: FileReader, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const relative = decoded.replace(/^[/\\]+/, '');
  const file = await fileAt(files, relative === '' ? 'index.html' : relative);
  if (file) return file;
  if (extname(relative) === '') return fileAt(files, 'index.html');
  return undefined;
}

async function fileAt(files: FileReader, relative: string): Promise<StaticFile | undefined> {
  const body = await files(relative);
  return body && { body, type: TYPES[extname(relative).toLowerCase()] ?? 'application/octet-stream' };
}
