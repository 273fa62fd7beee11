import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import type { Readable, Writable } from 'node:stream';
import { GZIP_MAGIC, looksBinary, readHead, startsWith, unreadable, ZIP_MAGIC } from '../scan/inputs';
import { startsLikeJson } from '../scan/har/scan-har';
import { HarReadError, readHar, type HarEvent } from '../scan/har/reader';
import { Pseudonymizer } from '../report/pseudonymize';
import { Masker } from '../text/mask';
import { HarRedactor } from './har-entry';
import type { Language } from '../../knowledge/i18n/translations';
import { scanTextIn } from '../../knowledge/i18n/scan-report';

/**
 * `jira-doctor redact`: a copy of a browser recording (HAR) or of a log file with every secret
 * masked, safe to send to support. The copy is written next to its final name and renamed only
 * when complete, so a failed or cancelled run leaves nothing that looks like a finished copy, and
 * an existing file is never replaced unless asked.
 */

export class RedactError extends Error {}

/** The name a copy is offered under: `mail-setup.har` → `mail-setup-redacted.har`, `x.log.gz` → `x-redacted.log.gz`. */
export function redactedName(name: string): string {
  const m = /^(.+?)((?:\.(?:har|log|json|txt|\d+))*(?:\.gz)?)$/i.exec(name);
  return m && m[1] ? `${m[1]}-redacted${m[2]}` : `${name}-redacted`;
}

export type RedactOptions = { pseudonymize?: boolean; force?: boolean; signal?: AbortSignal; language?: Language };

/** Why a copy cannot be made, and what to do, one typed catalogue per language. */
type RedactWords = {
  unreadable: (input: string, error: unknown) => string;
  folder: (input: string) => string;
  notRegular: (input: string) => string;
  sameFile: string;
  outFolder: (output: string, example: string) => string;
  exists: (output: string) => string;
  zip: (input: string) => string;
  cannotWrite: (output: string, why: string) => string;
  harDamaged: (input: string, why: string) => string;
  cancelled: string;
  gzipDamaged: (input: string, why: string) => string;
  stopped: (input: string, why: string) => string;
  empty: (name: string) => string;
  binary: (name: string) => string;
  notHar: (name: string, why: string) => string;
};

export const REDACT_WORDS: Record<Language, RedactWords> = {
  en: {
    unreadable: (input, error) => `${input}: ${unreadable(error)}`,
    folder: (input) => `${input} is a folder: give one HAR or log file`,
    notRegular: (input) => `${input} is not a regular file: give one HAR or log file`,
    sameFile: 'the copy would replace the original: give --out another file name',
    outFolder: (output, example) => `${output} is a folder: give --out a file name, such as ${example}`,
    exists: (output) => `${output} already exists: choose another name, or add --force to replace it`,
    zip: (input) => `${input} is a zip: redact works on one file; extract the HAR or log file from the zip, then redact that`,
    cannotWrite: (output, why) => `${output}: cannot be written (${why}): choose a folder you may write to`,
    harDamaged: (input, why) => `${input}: ${why}. Nothing was written: export the recording again, then redact it`,
    cancelled: 'cancelled: nothing was written',
    gzipDamaged: (input, why) => `${input}: the gzip file is damaged or cut off (${why}). Nothing was written`,
    stopped: (input, why) => `${input}: reading or writing stopped (${why}). Nothing was written`,
    empty: (name) => `${name} is empty: there is nothing to redact`,
    binary: (name) => `${name} is not a text file (it holds binary data): give a HAR file or a log file`,
    notHar: (name, why) => `${name}: ${why}; give a HAR file (developer tools > Network > Export HAR) or a log file`,
  },
  ja: {
    unreadable: (input, error) => `${input}: ${scanTextIn(unreadable(error), 'ja')}`,
    folder: (input) => `${input} はフォルダーです: HAR ファイルかログ ファイルを 1 つ指定してください`,
    notRegular: (input) => `${input} は通常のファイルではありません: HAR ファイルかログ ファイルを 1 つ指定してください`,
    sameFile: 'コピーが元のファイルを置き換えてしまいます: --out には別のファイル名を指定してください',
    outFolder: (output, example) => `${output} はフォルダーです: --out にはファイル名を指定してください（例: ${example}）`,
    exists: (output) => `${output} は既にあります: 別の名前を選ぶか、置き換えるなら --force を付けてください`,
    zip: (input) => `${input} は zip です: redact が扱うのは 1 つのファイルです。zip から HAR ファイルかログ ファイルを取り出して、それを redact してください`,
    cannotWrite: (output, why) => `${output}: 書き込めません（${why}）: 書き込めるフォルダーを選んでください`,
    harDamaged: (input, why) => `${input}: ${scanTextIn(why, 'ja')}。何も書き出していません: 記録をもう一度エクスポートしてから redact してください`,
    cancelled: '取り消しました: 何も書き出していません',
    gzipDamaged: (input, why) => `${input}: gzip ファイルが壊れているか途中で切れています（${why}）。何も書き出していません`,
    stopped: (input, why) => `${input}: 読み書きが途中で止まりました（${why}）。何も書き出していません`,
    empty: (name) => `${name} は空です: 伏せるものがありません`,
    binary: (name) => `${name} はテキスト ファイルではありません（バイナリ データを含みます）: HAR ファイルかログ ファイルを指定してください`,
    notHar: (name, why) => `${name}: ${scanTextIn(why, 'ja')}。HAR ファイル（DevTools の Network > Export HAR）かログ ファイルを指定してください`,
  },
};
export type RedactResult = { kind: 'har' | 'log'; gzip: boolean; requests: number; lines: number; elided: number; bytesIn: number; bytesOut: number };

const NOTE = 'Secrets masked by jira-doctor redact (cookies, Authorization, tokens, codes, passwords, client secrets); statuses, paths, timings, sizes and node headers kept.';

export async function redactFile(input: string, output: string, options: RedactOptions = {}): Promise<RedactResult> {
  const w = REDACT_WORDS[options.language ?? 'en'];
  const source = resolve(input);
  const target = resolve(output);
  const info = await stat(source).catch((error: unknown) => {
    throw new RedactError(w.unreadable(input, error));
  });
  if (info.isDirectory()) throw new RedactError(w.folder(input));
  if (!info.isFile()) throw new RedactError(w.notRegular(input));
  if (source === target) throw new RedactError(w.sameFile);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new RedactError(w.outFolder(output, join(output, `redacted-${basename(input)}`)));
  if (existing && !options.force) throw new RedactError(w.exists(output));

  const head = await readHead(source, 4).catch((error: unknown) => {
    throw new RedactError(w.unreadable(input, error));
  });
  if (startsWith(head, ZIP_MAGIC)) throw new RedactError(w.zip(input));
  const gzip = startsWith(head, GZIP_MAGIC);

  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  const file = createWriteStream(partial, { flags: 'wx' });
  // Write errors reach the awaited writes (drain, close); a stream destroyed after a failure must not throw again.
  file.on('error', () => undefined);
  await once(file, 'open').catch((error: unknown) => {
    throw new RedactError(w.cannotWrite(output, (error as Error).message));
  });
  const sink: Writable = gzip ? createGzip() : file;
  if (gzip) sink.on('error', () => undefined).pipe(file);
  const raw = createReadStream(source, { highWaterMark: 1 << 20 });
  let bytesIn = 0;
  raw.on('data', (chunk: Buffer | string) => (bytesIn += chunk.length));
  let decoded: Readable = raw;
  if (gzip) {
    decoded = raw.pipe(createGunzip());
    raw.on('error', (error) => decoded.destroy(error));
  }
  try {
    const result = await redactStream(decoded, sink, options, input);
    sink.end();
    await once(file, 'close');
    await rename(partial, target);
    return { ...result, gzip, bytesIn, bytesOut: (await stat(target)).size };
  } catch (error: unknown) {
    decoded.destroy();
    sink.destroy();
    file.destroy();
    await rm(partial, { force: true });
    if (error instanceof RedactError) throw error;
    if (error instanceof HarReadError) {
      throw new RedactError(w.harDamaged(input, error.message));
    }
    if (options.signal?.aborted) throw new RedactError(w.cancelled);
    const message = (error as Error).message;
    if (gzip && /unexpected end of file|incorrect header|invalid/i.test(message)) throw new RedactError(w.gzipDamaged(input, message));
    throw new RedactError(w.stopped(input, message));
  }
}

/** Redacts a decoded stream (HAR or log, told by its first bytes) into `sink`. */
export async function redactStream(source: AsyncIterable<Buffer>, sink: Writable, options: RedactOptions, name: string): Promise<Omit<RedactResult, 'gzip' | 'bytesIn' | 'bytesOut'>> {
  const w = REDACT_WORDS[options.language ?? 'en'];
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new RedactError(w.empty(name));
  const head = first.value;
  async function* whole(): AsyncGenerator<Buffer> {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (options.signal?.aborted) throw new RedactError(w.cancelled);
      yield next.value;
    }
  }
  const write = writer(sink);
  const masker = new Masker();
  const pseudonyms = options.pseudonymize ? new Pseudonymizer() : undefined;
  if (!startsLikeJson(head) && looksBinary(head)) throw new RedactError(w.binary(name));
  const result = startsLikeJson(head) ? await redactHar(whole(), write, masker, pseudonyms, name, w) : await redactLog(whole(), write, masker, pseudonyms);
  await write.flush();
  return result;
}

type Write = (text: string) => Promise<void>;

/** Writes in pieces of about 1 MB: a write per entry would cost more than the redaction itself. */
function writer(sink: Writable): Write & { flush: () => Promise<void> } {
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (!pending.length) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    if (!sink.write(text)) await once(sink, 'drain');
  };
  return Object.assign(
    async (text: string) => {
      pending.push(text);
      size += text.length;
      if (size >= 1 << 20) await flush();
    },
    { flush },
  );
}

async function redactHar(source: AsyncIterable<Buffer>, write: Write, masker: Masker, pseudonyms: Pseudonymizer | undefined, name: string, w: RedactWords) {
  const redactor = new HarRedactor(masker);
  const clean = <T>(value: T): T => (pseudonyms ? pseudonyms.deep(value) : value);
  let rootMembers = 0;
  let logMembers = 0;
  let entries = 0;
  let elided = 0;
  let commented = false;
  const member = (key: string, value: unknown, indent: string) => `${JSON.stringify(key)}: ${indented(JSON.stringify(value, null, 2), indent)}`;
  const onEvent = async (event: HarEvent) => {
    switch (event.kind) {
      case 'member':
        if (event.in === 'root') {
          await write(`${rootMembers++ ? ',\n' : '{\n'}  ${member(event.key, clean(redactor.json(event.value)), '  ')}`);
        } else {
          let value = clean(redactor.json(event.value));
          if (event.key === 'comment') {
            commented = true;
            value = typeof value === 'string' && value ? `${value} (${NOTE})` : NOTE;
          }
          await write(`${logMembers++ ? ',\n' : ''}    ${member(event.key, value, '    ')}`);
        }
        break;
      case 'log-start':
        await write(`${rootMembers++ ? ',\n' : '{\n'}  "log": {\n`);
        break;
      case 'entries-start':
        await write(`${logMembers++ ? ',\n' : ''}    "entries": [`);
        break;
      case 'entry': {
        const redacted = redactor.entry(event.value);
        if (pseudonyms) learnUsers(pseudonyms, redacted);
        elided += event.elided;
        await write(`${entries++ ? ',' : ''}\n      ${indented(JSON.stringify(clean(redacted), null, 2), '      ')}`);
        break;
      }
      case 'entries-end':
        await write(entries ? '\n    ]' : ']');
        break;
      case 'log-end':
        await write(`${commented ? '' : `${logMembers ? ',\n' : ''}    "comment": ${JSON.stringify(NOTE)}`}\n  }`);
        break;
    }
  };
  try {
    await readHar(source, onEvent);
  } catch (error: unknown) {
    if (error instanceof HarReadError && (error.problem === 'not-har' || error.problem === 'not-json')) {
      throw new RedactError(w.notHar(name, error.message));
    }
    throw error;
  }
  await write('\n}\n');
  return { kind: 'har' as const, requests: entries, lines: 0, elided };
}

/** X-AUSERNAME names the signed-in user in every Jira answer: a pseudonym replaces it wherever it appears. */
function learnUsers(pseudonyms: Pseudonymizer, entry: unknown): void {
  const headers = (entry as { response?: { headers?: unknown } })?.response?.headers;
  if (!Array.isArray(headers)) return;
  for (const h of headers as { name?: unknown; value?: unknown }[]) {
    if (typeof h?.name === 'string' && h.name.toLowerCase() === 'x-ausername' && typeof h.value === 'string') {
      try {
        pseudonyms.knownUser(decodeURIComponent(h.value));
      } catch {
        pseudonyms.knownUser(h.value);
      }
    }
  }
}

async function redactLog(source: AsyncIterable<Buffer>, write: Write, masker: Masker, pseudonyms: Pseudonymizer | undefined) {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let lines = 0;
  const line = (text: string) => {
    lines++;
    const masked = masker.text(text);
    if (!pseudonyms) return masked;
    pseudonyms.learn(masked);
    return pseudonyms.apply(masked);
  };
  for await (const chunk of source) {
    const text = carry + decoder.write(chunk);
    const end = text.lastIndexOf('\n');
    if (end === -1) {
      carry = text;
      // A line without end is masked in pieces of 1 MB rather than held whole.
      if (carry.length > 1 << 20) {
        await write(line(carry));
        carry = '';
      }
      continue;
    }
    carry = text.slice(end + 1);
    await write(`${text.slice(0, end).split('\n').map(line).join('\n')}\n`);
  }
  const rest = carry + decoder.end();
  if (rest) await write(line(rest));
  return { kind: 'log' as const, requests: 0, lines, elided: 0 };
}

function indented(json: string, indent: string): string {
  return json.replace(/\n/g, `\n${indent}`);
}

