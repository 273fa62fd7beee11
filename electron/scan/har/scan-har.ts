import type { ScannedFile } from '../../../knowledge/contract/scan';
import { toExchange } from './exchange';
import { HarReadError, readHar } from './reader';
import type { RecordingAnalysis } from './recording';

/**
 * Browser recordings in the log scan: told apart from logs by their content (JSON where a Jira log
 * has a timestamp), read as a stream, one request at a time, into the run's recording analysis.
 */

/** File names that are recordings whatever their content looks like at first (`.har`, `.har.gz`). */
export const HAR_FILE = /\.har(?:\.gz)?$/i;

/** JSON starts with `{` or `[` (after a byte-order mark and white space); a Jira log never does. */
export function startsLikeJson(chunk: Buffer): boolean {
  let i = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  while (i < chunk.length && (chunk[i] === 0x20 || chunk[i] === 0x0a || chunk[i] === 0x0d || chunk[i] === 0x09)) i++;
  return chunk[i] === 0x7b || chunk[i] === 0x5b;
}

/** The first bytes of a HAR file as every browser writes it: an object whose first member is "log". */
export function looksLikeHar(head: Buffer): boolean {
  return /^(?:\uFEFF)?\s*\{\s*"log"\s*:\s*\{/.test(head.toString('utf8'));
}

const ADVICE: Record<HarReadError['problem'], string> = {
  'not-json': 'give a HAR file as the browser saved it (developer tools > Network > Export HAR)',
  'not-har': 'give a HAR file as the browser saved it (developer tools > Network > Export HAR)',
  'cut-off': 'the requests before the cut were read; export the HAR file again and wait until the browser has finished saving it',
  damaged: 'the requests before the damage were read; export the HAR file again',
  'too-large': 'the requests before it were read',
};

/** Reads one recording into `analysis`, filling in `file` (kind, status, requests, problem). */
export async function scanRecording(
  file: ScannedFile,
  source: AsyncIterable<Buffer>,
  analysis: RecordingAnalysis,
  hooks: { checkCancelled: () => void; progress: (bytes: number) => void; streamProblem: (error: unknown) => string; isCancellation: (error: unknown) => boolean },
): Promise<void> {
  file.kind = 'har';
  file.requests = 0;
  analysis.startFile(file.name);
  let creator: unknown;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      hooks.checkCancelled();
      hooks.progress(chunk.length);
      yield chunk;
    }
  }
  try {
    await readHar(counted(), (event) => {
      if (event.kind === 'member' && event.in === 'log' && event.key === 'creator') creator = event.value;
      if (event.kind === 'member' && event.in === 'log' && event.key === 'browser') analysis.describeBrowser(creator, event.value);
      if (event.kind === 'entries-start' && creator) analysis.describeBrowser(creator, undefined);
      if (event.kind !== 'entry') return;
      file.requests = event.index + 1;
      const exchange = toExchange(event.value, event.index);
      if (exchange) analysis.add(exchange);
    });
    file.status = 'read';
    if (!file.requests) file.notes.push('the recording holds no requests: start recording before reproducing the problem');
  } catch (error: unknown) {
    if (!(error instanceof HarReadError)) {
      // The cancellation of the scan, or a file that could not be read to the end (I/O, gzip).
      if (hooks.isCancellation(error)) throw error;
      file.status = file.requests ? 'partial' : 'skipped';
      file.problem = hooks.streamProblem(error);
      return;
    }
    const before = error.entries;
    file.status = before > 0 ? 'partial' : 'skipped';
    file.problem = `${error.problem === 'not-har' || error.problem === 'not-json' ? 'not a browser recording' : 'the recording cannot be read to its end'}: ${error.message}; ${ADVICE[error.problem]}`;
    if (error.problem === 'not-har' || error.problem === 'not-json') file.kind = 'other';
  }
}
