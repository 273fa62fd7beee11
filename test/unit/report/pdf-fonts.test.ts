import { describe, expect, it } from 'vitest';
import { HELVETICA_TEXT, helveticaCovers, STANDARD_TEXT, standardCovers } from '../../../electron/report/pdf';
import { symbolsOn, type StandardFont } from '../../../electron/report/standard-symbols';

/** The characters (in hex) where a whole-text expression and its per-character rule disagree. */
function disagreements(expression: RegExp, covers: (c: number) => boolean): string[] {
  const disagree: string[] = [];
  for (let c = 0; c <= 0x10ffff; c += c < 0x3000 ? 1 : 97) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCodePoint(c);
    if (expression.test(`a${ch}b`) !== (ch === '\n' || covers(c))) disagree.push(c.toString(16));
  }
  return disagree;
}

describe('the text Helvetica draws', () => {
  it('is matched by one expression exactly as the per-character rule has it, for every character', () => {
    expect(disagreements(HELVETICA_TEXT, helveticaCovers)).toEqual([]);
    expect(HELVETICA_TEXT.test('Passed · 4 € “quoted” – done\nnext')).toBe(true);
    expect(HELVETICA_TEXT.test('GET /rest → 401')).toBe(false);
    expect(HELVETICA_TEXT.test('メール')).toBe(false);
    expect(HELVETICA_TEXT.test('tab\there')).toBe(false);
  });
});

describe('the text the standard fonts draw (Helvetica, its arrows in Symbol)', () => {
  it('is matched by one expression exactly as the per-character rule has it, for every character', () => {
    expect(disagreements(STANDARD_TEXT, standardCovers)).toEqual([]);
    expect(STANDARD_TEXT.test('GET /rest → 401')).toBe(true);
    expect(STANDARD_TEXT.test('Profile → Personal Access Tokens')).toBe(true);
    expect(STANDARD_TEXT.test('メール → 401')).toBe(false);
    expect(STANDARD_TEXT.test('a ⇒ b')).toBe(false);
  });
});

describe("pdfkit's Symbol font, as a report draws its arrows in it", () => {
  const symbol = (): StandardFont & { ended: boolean } => {
    const font = {
      name: 'Symbol',
      font: { widthOfGlyph: (glyph: string) => ({ arrowright: 987, space: 250 })[glyph] ?? 0 },
      dictionary: { data: {} as unknown, end: () => (font.ended = true) },
      ended: false,
      ascender: 0,
      descender: 0,
      lineGap: 0,
      xHeight: 0,
      capHeight: 0,
      encode: (): [string[], never[]] => [['2192'], []],
      widthOfString: () => 0,
      embed: () => undefined,
    };
    return font;
  };
  const helvetica = { ascender: 718, descender: -207, lineGap: 231, xHeight: 523, capHeight: 718 };

  it("writes an arrow as Symbol's code for it, measured by its glyph, on Helvetica's line", () => {
    const font = symbolsOn(symbol(), helvetica);
    const [codes, positions] = font.encode('→→');
    expect(codes).toEqual(['ae', 'ae']);
    expect(positions.map((p) => p.xAdvance)).toEqual([987, 987]);
    expect(font.widthOfString('→', 10)).toBeCloseTo(9.87);
    expect(font.widthOfString('→→', 20)).toBeCloseTo(39.48);
    expect([font.ascender, font.descender, font.lineGap]).toEqual([718, -207, 231]);
  });

  it('declares no Windows-1252 encoding: the font keeps its own', () => {
    const font = symbolsOn(symbol(), helvetica);
    font.embed();
    expect(font.dictionary!.data).toEqual({ Type: 'Font', BaseFont: 'Symbol', Subtype: 'Type1' });
    expect((font as { ended?: boolean }).ended).toBe(true);
  });

  it('is adjusted once, however often pdfmake asks for it', () => {
    const font = symbolsOn(symbol(), helvetica);
    const { encode } = Object.getOwnPropertyDescriptors(font);
    expect(Object.getOwnPropertyDescriptors(symbolsOn(font, { ...helvetica, ascender: 1 })).encode).toEqual(encode);
    expect(font.ascender).toBe(718);
  });
});
