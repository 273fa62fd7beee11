import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import { UPLOAD_LIMITS, type UploadManifest } from '../api/wire';
import { ServiceError } from '../services/errors';

export type UploadedFile = { path: string; name: string };

/**
 * Reads the manifest header of a log upload (URI-encoded JSON: names and sizes, in body order) and
 * checks it against the limits before a byte is stored.
 */
export function parseManifest(header: string | undefined, contentLength: string | undefined): UploadManifest {
  if (!header) throw new ServiceError('bad-request', 'The upload names no files; drop the log files again.');
  let manifest: unknown;
  try {
    manifest = JSON.parse(decodeURIComponent(header));
  } catch {
    throw new ServiceError('bad-request', 'The upload\'s file list is unreadable; reload the page and drop the files again.');
  }
  if (!Array.isArray(manifest) || manifest.length === 0) throw new ServiceError('bad-request', 'The upload names no files; drop the log files again.');
  if (manifest.length > UPLOAD_LIMITS.files) throw new ServiceError('bad-request', `At most ${UPLOAD_LIMITS.files} files can be scanned at once; drop fewer, or a support zip.`);
  const files: UploadManifest = manifest.map((entry: unknown) => {
    const { name, size } = (entry ?? {}) as { name?: unknown; size?: unknown };
    // No file system takes a NUL in a name, and control characters would garble every message.
    // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
    if (typeof name === 'string' && /[\u0000-\u001f\u007f]/.test(name)) {
      throw new ServiceError('bad-request', `A file name holds a control character (${JSON.stringify(name.slice(0, 60))}); rename the file and drop it again.`);
    }
    const safe = typeof name === 'string' ? basename(name.replace(/\\/g, '/')).trim() : '';
    if (!safe || safe === '.' || safe === '..' || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
      throw new ServiceError('bad-request', 'The upload\'s file list is malformed; reload the page and drop the files again.');
    }
    if (size > UPLOAD_LIMITS.fileBytes) throw new ServiceError('bad-request', `"${safe}" is larger than ${gib(UPLOAD_LIMITS.fileBytes)}; scan it with the command line instead (jira-doctor scan).`);
    return { name: safe, size };
  });
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > UPLOAD_LIMITS.totalBytes) throw new ServiceError('bad-request', `These files hold more than ${gib(UPLOAD_LIMITS.totalBytes)} together; scan fewer at once, or use the command line (jira-doctor scan).`);
  if (contentLength !== undefined && Number(contentLength) !== total) {
    throw new ServiceError('bad-request', 'The upload\'s size does not match its file list; drop the files again.');
  }
  return files;
}

/**
 * Streams the upload body into one temporary file per manifest entry (never the whole body in
 * memory), stopping at the declared sizes. The files are the admin's logs: they go to a folder of
 * the data folder that only the admin can read (not the shared temporary folder). The caller scans
 * the files and calls `cleanup`.
 */
export async function receiveUpload(
  body: AsyncIterable<Buffer>,
  manifest: UploadManifest,
  uploadDir: string,
): Promise<{ files: UploadedFile[]; cleanup: () => Promise<void> }> {
  await mkdir(uploadDir, { recursive: true, mode: 0o700 });
  const dir = await mkdtemp(join(uploadDir, 'upload-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const files: UploadedFile[] = [];
    for (const [i, entry] of manifest.entries()) {
      // One folder per file keeps the admin's file names, duplicates included.
      await mkdir(join(dir, String(i)), { mode: 0o700 });
      files.push({ path: join(dir, String(i), entry.name), name: entry.name });
    }
    let index = 0;
    let left = manifest[0]?.size ?? 0;
    let out: WriteStream | undefined;
    // Closes the file that is complete and moves on, creating empty files on the way.
    const advance = async () => {
      while (index < manifest.length && left === 0) {
        await closeStream(out ?? createWriteStream(files[index]!.path, { mode: 0o600 }));
        out = undefined;
        index++;
        left = manifest[index]?.size ?? 0;
      }
    };
    await advance();
    for await (const chunk of body) {
      let offset = 0;
      while (offset < chunk.length) {
        if (index >= manifest.length) throw new ServiceError('bad-request', 'The upload is longer than its file list says; drop the files again.');
        out ??= createWriteStream(files[index]!.path, { mode: 0o600 });
        const piece = chunk.subarray(offset, offset + left);
        offset += piece.length;
        left -= piece.length;
        if (!out.write(piece)) await once(out, 'drain');
        await advance();
      }
    }
    if (index < manifest.length) {
      if (out) await closeStream(out);
      throw new ServiceError('bad-request', 'The upload ended early (was the page closed?); drop the files again.');
    }
    return { files, cleanup };
  } catch (error: unknown) {
    await cleanup();
    throw error;
  }
}

async function closeStream(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'close');
}

function gib(bytes: number): string {
  return `${bytes / 1024 ** 3} GiB`;
}
