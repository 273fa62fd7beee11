import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import { UPLOAD_LIMITS, type UploadManifest } from '../api/wire';
import { ServiceError } from '../services/errors';
import { serviceWords } from '../services/words';

export type UploadedFile = { path: string; name: string };

/**
 * Reads the manifest header of a log upload (URI-encoded JSON: names and sizes, in body order) and
 * checks it against the limits before a byte is stored.
 */
export function parseManifest(header: string | undefined, contentLength: string | undefined): UploadManifest {
  const words = serviceWords();
  if (!header) throw new ServiceError('bad-request', words.uploadNamesNoFiles);
  let manifest: unknown;
  try {
    manifest = JSON.parse(decodeURIComponent(header));
  } catch {
    throw new ServiceError('bad-request', words.uploadListUnreadable);
  }
  if (!Array.isArray(manifest) || manifest.length === 0) throw new ServiceError('bad-request', words.uploadNamesNoFiles);
  if (manifest.length > UPLOAD_LIMITS.files) throw new ServiceError('bad-request', words.uploadTooManyFiles(UPLOAD_LIMITS.files));
  const files: UploadManifest = manifest.map((entry: unknown) => {
    const { name, size } = (entry ?? {}) as { name?: unknown; size?: unknown };
    // No file system takes a NUL in a name, and control characters would garble every message.
    // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
    if (typeof name === 'string' && /[\u0000-\u001f\u007f]/.test(name)) {
      throw new ServiceError('bad-request', words.uploadControlCharacter(JSON.stringify(name.slice(0, 60))));
    }
    const safe = typeof name === 'string' ? basename(name.replace(/\\/g, '/')).trim() : '';
    if (!safe || safe === '.' || safe === '..' || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
      throw new ServiceError('bad-request', words.uploadListMalformed);
    }
    if (size > UPLOAD_LIMITS.fileBytes) throw new ServiceError('bad-request', words.uploadFileTooLarge(safe, gib(UPLOAD_LIMITS.fileBytes)));
    return { name: safe, size };
  });
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > UPLOAD_LIMITS.totalBytes) throw new ServiceError('bad-request', words.uploadTotalTooLarge(gib(UPLOAD_LIMITS.totalBytes)));
  if (contentLength !== undefined && Number(contentLength) !== total) {
    throw new ServiceError('bad-request', words.uploadSizeMismatch);
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
        if (index >= manifest.length) throw new ServiceError('bad-request', serviceWords().uploadTooLong);
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
      throw new ServiceError('bad-request', serviceWords().uploadEndedEarly);
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
