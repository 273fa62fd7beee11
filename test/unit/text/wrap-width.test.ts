import fc from 'fast-check';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSimple, loadTextWidths, simpleWidth, widerThan } from '../../../electron/text/wrap';

/**
 * The wrapper decides "wider than the terminal" from two cheap bounds before asking string-width:
 * whatever the text, the answer must be string-width's own.
 */

// The characters where width is not one column a code point: wide and fullwidth, emoji and their
// sequences, joiners, variation selectors, combining and spacing marks, Prepend characters (visible
// and not), Hangul jamo, keycaps, flags, controls, lone surrogates, and the ASCII around them.
const PIECES = [
  'a', 'Z', ' ', '~', '#', '1', '.', '\t', '\n', '\x7f', '\x00', '\x1b[31m',
  '日', '本', '語', 'ｱ', 'ﾞ', 'Ａ', '。', '「', 'ー', 'ぁ',
  '⚙', '⚙\uFE0F', '“', '”', '…', '→', '©', '™', '⚡', '😀', '👍🏽', '👨‍👩‍👧', '🏳️‍🌈', '🇯🇵', '🇯', '#\uFE0F\u20E3', '1\u20E3',
  '\u200D', '\uFE0F', '\uFE0E', '\u0301', '\u0308', '\u20DD', '\u093F', '\u0903', '\u0600', '\u0D4E', '\u00AD', '\u200B',
  '\u1100', '\u1161', '\u11A8', '한', '\uD800', '\uDC00', 'é', 'ß', 'Ω', 'ж',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('the width test of the wrapper', () => {
  beforeAll(loadTextWidths);

  it("agrees with string-width on generated text of every kind of character, at every width", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 130 }), (t, width) => {
        expect(widerThan(t, width)).toBe(stringWidth(t) > width);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 5000) },
    );
  });

  it('agrees on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.integer({ min: 0, max: 170 }), (t, width) => {
        expect(widerThan(t, width)).toBe(stringWidth(t) > width);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 5000) },
    );
  });

  it('counts the characters it counts itself as string-width does: every one of them, alone, twice over and between others', () => {
    const segmenter = new Intl.Segmenter();
    const disagree: string[] = [];
    let simple = 0;
    for (let code = 0x80; code <= 0xffff; code++) {
      if (!isSimple(code)) continue;
      simple++;
      const c = String.fromCharCode(code);
      // A grapheme of its own beside ASCII, beside itself and beside other characters of the set.
      const alone = [...segmenter.segment(`a${c}a`)].length === 3 && [...segmenter.segment(`${c}${c}`)].length === 2 && [...segmenter.segment(`一${c}é`)].length === 3;
      if (!alone || stringWidth(`a${c}${c}b`) !== simpleWidth(`a${c}${c}b`) || stringWidth(c) !== simpleWidth(c)) disagree.push(code.toString(16));
    }
    expect(simple).toBeGreaterThan(30_000);
    expect(disagree).toEqual([]);
  });
});
