import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it, vi } from 'vitest';
import { widerThan } from '../../../electron/text/wrap';

vi.mock('string-width', async (original) => {
  const real = (await original<{ default: (text: string) => number }>()).default;
  return { default: vi.fn(real) };
});

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

  it('decides most lines of an English diagnosis without string-width (only a line within a few columns of the edge needs it)', () => {
    vi.mocked(stringWidth).mockClear();
    expect(widerThan('      2. After an upgrade, the OAuth 2.0 integration is under ⚙ > Applications', 80)).toBe(false);
    expect(widerThan('      2. After an upgrade, the OAuth 2.0 integration is under ⚙ > Applications > Application', 80)).toBe(true);
    expect(widerThan(`      Source: “Jira or Jira Service Management mail handlers cannot be${' configured'.repeat(2)}`, 80)).toBe(true);
    expect(stringWidth).not.toHaveBeenCalled();
    // Japanese takes two columns a character: only string-width can tell.
    expect(widerThan('日本語'.repeat(14), 80)).toBe(true);
    expect(widerThan('日本語'.repeat(13), 80)).toBe(false);
  });
});
