import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FILES_HEADER, REDACTED_NAME_HEADER, type ApiErrorBody } from '../api/wire';
import { ServiceError } from '../services/errors';
import { runLanguage } from '../text/run-language';
import { serviceWords } from '../services/words';
import { parseManifest, receiveUpload } from './upload';

/**
 * Browser mode's "Save a redacted copy": the added file is uploaded again (the page keeps the
 * file, the server keeps nothing), redacted into the upload's temporary folder, sent back as bytes
 * for the browser to download, and the folder is removed. A refusal is the usual error envelope.
 */
export async function redactUpload(req: IncomingMessage, res: ServerResponse, url: URL, uploadDir: string): Promise<void> {
  let cleanup: (() => Promise<void>) | undefined;
  try {
    const header = req.headers[FILES_HEADER];
    const manifest = parseManifest(Array.isArray(header) ? header[0] : header, req.headers['content-length']);
    if (manifest.length !== 1) throw new ServiceError('bad-request', serviceWords().redactOneFile);
    const upload = await receiveUpload(req, manifest, uploadDir);
    cleanup = upload.cleanup;
    const file = upload.files[0]!;
    const { redactFile, redactedName, RedactError } = await import('../redact/redact');
    const name = redactedName(file.name);
    const out = join(dirname(file.path), `${name}.copy`);
    try {
      await redactFile(file.path, out, { pseudonymize: url.searchParams.get('pseudonymize') === '1', language: runLanguage() });
    } catch (error: unknown) {
      // The message names the file as the admin knows it, never its temporary path.
      if (error instanceof RedactError) throw new ServiceError('bad-request', error.message.split(file.path).join(file.name));
      throw error;
    }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': (await stat(out)).size,
      [REDACTED_NAME_HEADER]: encodeURIComponent(name),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
    await pipeline(createReadStream(out), res);
  } catch (error: unknown) {
    if (!(error instanceof ServiceError)) throw error;
    res.setHeader('connection', 'close');
    const body: { ok: false; error: ApiErrorBody } = { ok: false, error: error.toBody() };
    const text = JSON.stringify(body);
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  } finally {
    await cleanup?.();
  }
}
