import { Readable } from 'node:stream';
import { scanStreams } from '../../../electron/scan/index';

/** Scans in-memory logs, named as the admin's files would be, through the upload path. */
export function scanText(files: Record<string, string | Buffer>) {
  return scanStreams(
    Object.entries(files).map(([name, content]) => {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      return { name, stream: Readable.from([bytes]), size: bytes.length };
    }),
  );
}
