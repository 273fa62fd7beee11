/**
 * The arrows of an English report ("GET … → 401", "Profile → Personal Access Tokens") in PDF's
 * standard Symbol font, which every PDF reader has: before, each line with one was set in Noto Sans
 * JP, and an English report opened the 5 MB font and embedded a subset of it for one character.
 *
 * pdfkit writes every standard font with Windows-1252's encoding and measures it by that, and
 * Windows-1252 has no arrow: the Symbol font pdfmake opens is given the font's own encoding, each
 * character's width from the font's metrics, and Helvetica's ascender, descender and gap, so a line
 * with an arrow keeps a Helvetica line's height and baseline.
 */

/** Symbol's code and glyph of each character a report draws in it (Adobe's Symbol encoding). */
export const SYMBOL_CHARACTERS: Readonly<Record<string, { code: number; glyph: string }>> = { '→': { code: 0xae, glyph: 'arrowright' } };

export const SYMBOL_FONT = 'Symbol';

/** A standard font as pdfkit opens it, as far as this module reads and replaces it. */
export type StandardFont = {
  name?: string;
  font: { widthOfGlyph(glyph: string): number };
  dictionary?: { data: unknown; end(): void };
  ascender: number;
  descender: number;
  lineGap: number;
  xHeight: number;
  capHeight: number;
  encode(text: string): [string[], Position[]];
  widthOfString(text: string, size: number): number;
  embed(): void;
};
type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };

const SPACE = { code: 0x20, glyph: 'space' };
const glyphOf = (ch: string) => SYMBOL_CHARACTERS[ch] ?? SPACE;

/** Makes pdfkit's Symbol font draw SYMBOL_CHARACTERS on `lines`' lines (once per font). */
export function symbolsOn(symbol: StandardFont, lines: Pick<StandardFont, 'ascender' | 'descender' | 'lineGap' | 'xHeight' | 'capHeight'>): StandardFont {
  if (Object.prototype.hasOwnProperty.call(symbol, SYMBOLS)) return symbol;
  const width = (ch: string) => symbol.font.widthOfGlyph(glyphOf(ch).glyph);
  Object.assign(symbol, {
    ascender: lines.ascender,
    descender: lines.descender,
    lineGap: lines.lineGap,
    xHeight: lines.xHeight,
    capHeight: lines.capHeight,
    encode(text: string): [string[], Position[]] {
      const chars = [...text];
      return [
        chars.map((ch) => glyphOf(ch).code.toString(16)),
        chars.map((ch) => ({ xAdvance: width(ch), yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width(ch) })),
      ];
    },
    widthOfString(text: string, size: number): number {
      let sum = 0;
      for (const ch of text) sum += width(ch);
      return (sum * size) / 1000;
    },
    // The font's built-in encoding: no /Encoding entry (PDF 32000-1, 9.6.6.1).
    embed(this: StandardFont) {
      this.dictionary!.data = { Type: 'Font', BaseFont: SYMBOL_FONT, Subtype: 'Type1' };
      this.dictionary!.end();
    },
  });
  Object.defineProperty(symbol, SYMBOLS, { value: true });
  return symbol;
}

type ProvideFont = (this: unknown, family: string, bold: boolean, italics: boolean) => StandardFont;
type PdfmakeDocument = { prototype: { provideFont: ProvideFont } };

/** Makes pdfmake's documents open the Symbol font as above, on the lines of `lineFamily` in the same style (once per class). */
export function drawSymbols(document: PdfmakeDocument, lineFamily: string): void {
  const proto = document.prototype;
  if (Object.prototype.hasOwnProperty.call(proto, SYMBOLS)) return;
  const provide = proto.provideFont;
  proto.provideFont = function (this: unknown, family: string, bold: boolean, italics: boolean) {
    const font = provide.call(this, family, bold, italics);
    return family === SYMBOL_FONT ? symbolsOn(font, provide.call(this, lineFamily, bold, italics)) : font;
  };
  Object.defineProperty(proto, SYMBOLS, { value: true });
}

const SYMBOLS = Symbol('jira-doctor: Symbol font drawn in its own encoding');
