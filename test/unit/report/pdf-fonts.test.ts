import { describe, expect, it } from 'vitest';
import { HELVETICA_TEXT, helveticaCovers } from '../../../electron/report/pdf';

describe('the text Helvetica draws', () => {
  it('is matched by one expression exactly as the per-character rule has it, for every character', () => {
    const disagree: string[] = [];
    for (let c = 0; c <= 0x10ffff; c += c < 0x3000 ? 1 : 97) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (HELVETICA_TEXT.test(`a${ch}b`) !== (ch === '\n' || helveticaCovers(c))) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
    expect(HELVETICA_TEXT.test('Passed · 4 € “quoted” – done\nnext')).toBe(true);
    expect(HELVETICA_TEXT.test('GET /rest → 401')).toBe(false);
    expect(HELVETICA_TEXT.test('メール')).toBe(false);
    expect(HELVETICA_TEXT.test('tab\there')).toBe(false);
  });
});
