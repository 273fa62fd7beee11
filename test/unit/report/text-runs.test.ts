import fc from 'fast-check';
import PDFDocumentModule from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { inRuns, type Inline } from '../../../electron/report/text-runs';

/**
 * The words of a line drawn as runs put every letter where the words would have: checked with
 * pdfkit's own Helvetica metrics, kerning pairs included, on generated lines.
 */

type Font = Inline['font'];
const PDFDocument = PDFDocumentModule as new (options: { autoFirstPage: boolean }) => { font(name: string): { _font: Font } };
const document = new PDFDocument({ autoFirstPage: false });
const helvetica = document.font('Helvetica')._font;
const bold = document.font('Helvetica-Bold')._font;
const standard = (name: string | undefined) => name === 'Helvetica' || name === 'Helvetica-Bold';
const SIZE = 9.5;

/** A line laid out as pdfmake does: each word's x the sum of the widths before it. */
function line(words: { text: string; font?: Font; color?: string }[], start = 48): Inline[] {
  let x = start;
  return words.map(({ text, font = helvetica, color = '#101828' }) => {
    const width = font.widthOfString(text, SIZE);
    const inline: Inline = { text, x, width, font, fontSize: SIZE, color };
    x += width;
    return inline;
  });
}

/** Where each letter of a line starts, drawn as the given pieces (each at its x, its letters by its font's advances). */
function letterPositions(pieces: readonly Inline[]): number[] {
  return pieces.flatMap((p) => [...p.text].map((_, i) => p.x + p.font.widthOfString(p.text.slice(0, i), p.fontSize)));
}

describe('a line drawn in runs', () => {
  it('joins words of one look edge to edge, leaving pdfmake\'s own words as they were', () => {
    const words = line([{ text: 'Mail ' }, { text: 'handler ' }, { text: 'on ' }, { text: 'prod' }]);
    const before = structuredClone(words.map(({ text, x, width }) => ({ text, x, width })));
    const runs = inRuns(words, standard);
    expect(runs.map((r) => r.text)).toEqual(['Mail handler on prod']);
    expect(runs[0]!.width).toBeCloseTo(helvetica.widthOfString('Mail handler on prod', SIZE), 9);
    expect(words.map(({ text, x, width }) => ({ text, x, width }))).toEqual(before);
  });

  it('keeps apart words of another font or colour, words not edge to edge, letter-spaced words, and a kerning pair across the gap', () => {
    const styled = inRuns(line([{ text: 'Cause ' }, { text: 'found ', font: bold }, { text: 'here ', color: '#b42318' }, { text: 'now' , color: '#b42318' }]), standard);
    expect(styled.map((r) => r.text)).toEqual(['Cause ', 'found ', 'here now']);
    const apart = line([{ text: 'left ' }, { text: 'right' }]);
    apart[1] = { ...apart[1]!, x: apart[1]!.x + 10 };
    expect(inRuns(apart, standard)).toHaveLength(2);
    const spaced = line([{ text: 'A ' }, { text: 'B' }]).map((w) => ({ ...w, characterSpacing: 0.5 }));
    expect(inRuns(spaced, standard)).toHaveLength(2);
    // Helvetica kerns a space before "T" and "A": those words stay apart, so nothing moves.
    expect(inRuns(line([{ text: 'a ' }, { text: 'Team ' }, { text: 'a ' }, { text: 'cat' }]), standard).map((r) => r.text)).toEqual(['a ', 'Team a cat']);
    expect(inRuns(line([{ text: 'embedded ' }, { text: 'font' }]), () => false)).toHaveLength(2);
  });

  it('puts every letter of generated lines where the words put it', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.,:;'"()/-]{1,12}[ ]?$/);
    fc.assert(
      fc.property(fc.array(fc.record({ text: word, bold: fc.boolean(), red: fc.boolean() }), { minLength: 1, maxLength: 25 }), (specs) => {
        const words = line(specs.map((s) => ({ text: s.text, font: s.bold ? bold : helvetica, color: s.red ? '#b42318' : '#101828' })));
        const runs = inRuns(words, standard);
        expect(runs.map((r) => r.text).join('')).toBe(words.map((w) => w.text).join(''));
        const drawn = letterPositions(runs);
        letterPositions(words).forEach((x, i) => expect(Math.abs(drawn[i]! - x)).toBeLessThan(1e-6));
      }),
      { numRuns: 300 },
    );
  });
});
