import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elisionNote, HarReadError, readHar, type HarEvent } from '../../../electron/scan/har/reader';
import { scanTextIn } from '../../../knowledge/i18n/scan-report';
import { harText, oauthDance, onNode } from './har-fixtures';

/** Feeds `text` to the reader in the given chunk sizes (cycled), collecting every event. */
async function read(text: string | Buffer, sizes: number[] = [1 << 16], limits?: Parameters<typeof readHar>[2]) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const events: HarEvent[] = [];
  function* chunks() {
    for (let at = 0, i = 0; at < bytes.length; i++) {
      const size = Math.max(1, sizes[i % sizes.length]!);
      yield bytes.subarray(at, at + size);
      at += size;
    }
  }
  const done = await readHar(chunks(), (e) => void events.push(e), limits);
  return { events, done, entries: events.flatMap((e) => (e.kind === 'entry' ? [e.value] : [])) };
}

async function problemOf(text: string | Buffer, limits?: Parameters<typeof readHar>[2]): Promise<HarReadError> {
  try {
    await read(text, [7, 1 << 16], limits);
  } catch (error: unknown) {
    if (error instanceof HarReadError) return error;
    throw error;
  }
  throw new Error('read without a problem');
}

const sample = (flavour: 'chrome' | 'firefox' | 'safari') => harText(flavour, oauthDance(onNode('node1')));

describe('the streaming HAR reader', () => {
  it.each(['chrome', 'firefox', 'safari'] as const)('reads every entry of a %s recording exactly as JSON.parse does', async (flavour) => {
    const text = sample(flavour);
    const { entries, events } = await read(text);
    const whole = JSON.parse(text) as { log: { entries: unknown[]; creator: unknown } };
    expect(entries).toEqual(whole.log.entries);
    expect(events.find((e) => e.kind === 'member' && e.key === 'creator')).toMatchObject({ in: 'log', value: whole.log.creator });
    expect(events.map((e) => e.kind).filter((k) => k !== 'entry' && k !== 'member')).toEqual(['log-start', 'entries-start', 'entries-end', 'log-end']);
  });

  it('gives the same entries however the bytes are cut into chunks (escapes, quotes and backslashes at every boundary)', async () => {
    const tricky = JSON.stringify({
      log: {
        version: '1.2',
        creator: { name: 'x"y\\', version: '1' },
        entries: [
          { request: { url: 'https://j/\\"', headers: [{ name: 'a\\\\', value: '"}],{[' }] }, text: '\\\\\\"\\\\', uni: 'ノード✓' },
          { request: { url: 'https://j/2' }, n: -1.5e3, t: true, z: null, e: [] },
        ],
      },
    });
    const expected = (JSON.parse(tricky) as { log: { entries: unknown[] } }).log.entries;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }), async (sizes) => {
        expect((await read(tricky, sizes)).entries).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out a string longer than the limit, saying how long it was, and keeps the rest of the entry', async () => {
    const body = 'A'.repeat(5000);
    const text = JSON.stringify({ log: { version: '1.2', entries: [{ response: { content: { text: body, size: 5000 } }, after: 'kept' }] } });
    for (const sizes of [[1 << 16], [3], [100, 1, 4099]]) {
      const { events } = await read(text, sizes, { stringBytes: 1000, valueBytes: 1 << 20, logWithin: 1 << 20 });
      const entry = events.find((e) => e.kind === 'entry')!;
      expect(entry).toMatchObject({ elided: 1, value: { response: { content: { text: elisionNote(5000), size: 5000 } }, after: 'kept' } });
    }
  });

  it('says a cut-off recording ends early, after how many requests', async () => {
    const text = sample('chrome');
    const error = await problemOf(text.slice(0, Math.floor(text.length * 0.6)));
    expect(error.problem).toBe('cut-off');
    expect(error.entries).toBeGreaterThan(0);
    expect(error.message).toMatch(/ends early .* after \d+ request/);
  });

  it.each([
    ['a JSON object without "log"', '{"facts": {"symptom": "mail-oauth"}}', 'not-har', /not a browser recording/],
    ['a "log" without entries', '{"log": {"version": "1.2"}}', 'not-har', /no list of requests/],
    ['a JSON list', '[1, 2]', 'not-har', /JSON list/],
    ['a log file', '2026-11-20 09:00:00,000+0000 main INFO hello', 'not-json', /not JSON/],
    ['an empty file', '', 'not-json', /empty/],
    ['text after the end', '{"log": {"entries": []}} trailing', 'damaged', /after the end/],
    ['brackets that do not match', '{"log": {"entries": [{"a": 1]}}}', 'damaged', /brackets/],
    ['an entry that is not JSON', '{"log": {"entries": [{"a": tru}]}}', 'damaged', /request 1 is not valid JSON/],
  ])('refuses %s with a plain reason', async (_name, text, problem, message) => {
    const error = await problemOf(text);
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(message);
  });

  it('says what it met in a damaged request, never the text around it (a cookie there)', async () => {
    const cookies = `[{"name": "JSESSIONID", "value": "${'a'.repeat(40)}"}, {"name": "seraph.rememberme.cookie", "value": C0FFEE-S3CRET-TOKEN}]`;
    const error = await problemOf(`{"log": {"entries": [{"request": {"cookies": ${cookies}}, "pad": "${'b'.repeat(60)}"}, {"x": {"y": "`);
    expect(error.message).toBe("request 1 is not valid JSON (Unexpected 'C')");
    expect(scanTextIn(error.message, 'ja')).toBe("リクエスト 1 は正しい JSON ではありません（予期しない文字 'C' があります）");
  });

  it('gives up on a large JSON file without a "log" early, without reading it all', async () => {
    const text = `{"data": [${'1,'.repeat(600_000)}1], "log": {"entries": []}}`;
    const error = await problemOf(text, { stringBytes: 1 << 20, valueBytes: 16 << 20, logWithin: 1 << 20 });
    expect(error.problem).toBe('not-har');
  });

  it('skips a UTF-8 byte-order mark', async () => {
    const { entries } = await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample('safari'))]), [1, 2, 1 << 16]);
    expect(entries).toHaveLength(8);
  });
});
