import fc from 'fast-check';
import PDFDocumentModule from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { measureFromTables, type StandardFont } from '../../../electron/report/standard-metrics';

/**
 * The standard fonts measured and encoded from tables give every width, code and advance pdfkit's
 * own code gives: generated strings of kerned letters, Windows-1252's extras, characters the fonts
 * lack and lone surrogates, in each Helvetica and at several sizes.
 */

const PDFDocument = PDFDocumentModule as new (options: { autoFirstPage: boolean }) => { font(name: string): { _font: StandardFont } };
const NAMES = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'] as const;
const open = () => {
  const document = new PDFDocument({ autoFirstPage: false });
  return NAMES.map((name) => document.font(name)._font);
};

const before = open();
const proto = Object.getPrototypeOf(before[0]) as StandardFont;
const pdfkit = { widthOfString: proto.widthOfString, encode: proto.encode };
measureFromTables(before[0]!);
const fonts = [...before, ...open()];

// Letters with kerning pairs between them (AV, To, Yo, L’, r.), Windows-1252's extras, others.
const character = fc.oneof(
  fc.constantFrom(...'AVTWYLPFoyaer.,:;-’‘“”€…–— \u00a0\u00e9\u00c5'),
  fc.integer({ min: 0x20, max: 0x17f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.array(character, { maxLength: 40 }).map((cs) => cs.join(''));

describe('standard fonts measured from tables', () => {
  it("measure every string as pdfkit's own code does", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fonts), text, fc.constantFrom(8, 9.5, 13, 18), (font, t, size) => {
        expect(font.widthOfString(t, size)).toBe(pdfkit.widthOfString.call(font, t, size));
      }),
      { numRuns: 400 },
    );
  });

  it("encode every string as pdfkit's own code does: the same codes, advances and widths", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fonts), text, (font, t) => {
        expect(font.encode(t)).toEqual(pdfkit.encode.call(font, t));
      }),
      { numRuns: 400 },
    );
  });

  it('parse each metrics file once: a second document shares the first one\'s parse', () => {
    const [again, more] = [open(), open()];
    again.forEach((font, i) => expect(font.font.kernPairs).toBe(more[i]!.font.kernPairs));
    expect(again[0]!.widthOfString('AVATAR To You', 9.5)).toBe(pdfkit.widthOfString.call(before[0]!, 'AVATAR To You', 9.5));
  });
});
