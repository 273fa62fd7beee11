/**
 * pdfkit measures a string in a standard font (Helvetica) by building an array of its glyph names and
 * one of their advances, and finds each kerning pair by a key made of the two names, a new string per
 * letter: measuring the words of a report and writing them was the largest part of both. Here each
 * font answers from tables filled from pdfkit's own answers (a character's glyph, a glyph's width, a
 * pair's kerning), each asked once, so every width and advance is the one pdfkit gives. And pdfkit
 * parses a font's metrics file again for each document, twice per report (page one is laid out
 * alone first): a metrics file is parsed once per process here.
 */

/** pdfkit's parsed metrics of a standard font (its AFMFont), as far as measuring reads them. */
export type Afm = {
  kernPairs: Record<string, number>;
  characterToGlyph(code: number): string;
  widthOfGlyph(glyph: string): number;
  getKernPair(left: string, right: string | undefined): number;
  encodeText(text: string): string[];
  parse: (this: Afm, contents: string) => void;
};

type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };

/** A standard font as pdfkit opens it (its StandardFont): its metrics in `font`. */
export type StandardFont = {
  font: Afm;
  widthOfString: (this: StandardFont, text: string, size: number) => number;
  encode: (this: StandardFont, text: string) => [string[], Position[]];
};

/** Kerning of pairs not asked yet (a real kerning is a few hundred units at most). */
const UNKNOWN = -0x8000;
/** Glyphs with a kerning table of their own: a standard font has at most 257 (Windows-1252 and .notdef). */
const KERNED_GLYPHS = 260;

/** One font's answers, filled as characters are met. */
class Metrics {
  /** Each UTF-16 unit's glyph (an index into `glyphs`), -1 before it is met. */
  private readonly glyphOf = new Int16Array(0x10000).fill(-1);
  private readonly hexOf: string[] = [];
  private readonly glyphs: string[] = [];
  private readonly glyphIndex = new Map<string, number>();
  private readonly widths: number[] = [];
  private readonly kerns = new Int16Array(KERNED_GLYPHS * KERNED_GLYPHS).fill(UNKNOWN);

  constructor(private readonly afm: Afm) {}

  private glyph(code: number): number {
    let g = this.glyphOf[code]!;
    if (g < 0) {
      const name = this.afm.characterToGlyph(code);
      g = this.glyphIndex.get(name) ?? -1;
      if (g < 0) {
        g = this.glyphs.push(name) - 1;
        this.glyphIndex.set(name, g);
        this.widths.push(this.afm.widthOfGlyph(name));
      }
      this.glyphOf[code] = g;
    }
    return g;
  }

  private kern(left: number, right: number): number {
    if (left >= KERNED_GLYPHS || right >= KERNED_GLYPHS) return this.afm.getKernPair(this.glyphs[left]!, this.glyphs[right]);
    const at = left * KERNED_GLYPHS + right;
    let k = this.kerns[at]!;
    if (k === UNKNOWN) {
      k = this.afm.getKernPair(this.glyphs[left]!, this.glyphs[right]);
      // Kept only where the table holds it exactly (an integer of 16 bits); any other is asked each time.
      if (k !== (k << 16) >> 16 || k === UNKNOWN) return k;
      this.kerns[at] = k;
    }
    return k;
  }

  /** pdfkit's StandardFont.widthOfString: the advances summed (integers, so in any order the same), scaled. */
  widthOfString(text: string, size: number): number {
    let width = 0;
    let left = -1;
    for (let i = 0; i < text.length; i++) {
      const g = this.glyph(text.charCodeAt(i));
      width += this.widths[g]!;
      if (left >= 0) width += this.kern(left, g);
      left = g;
    }
    return width * (size / 1e3);
  }

  /** pdfkit's StandardFont.encode: each unit's code in Windows-1252 (hex), its advance with the kerning to the next. */
  encode(text: string): [string[], Position[]] {
    const encoded: string[] = [];
    const positions: Position[] = [];
    let g = text.length ? this.glyph(text.charCodeAt(0)) : -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      encoded.push((this.hexOf[code] ??= this.afm.encodeText(text[i]!)[0]!));
      const next = i + 1 < text.length ? this.glyph(text.charCodeAt(i + 1)) : -1;
      const width = this.widths[g]!;
      positions.push({ xAdvance: width + (next >= 0 ? this.kern(g, next) : 0), yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width });
      g = next;
    }
    return [encoded, positions];
  }
}

/** A font's tables, by its kerning pairs (the same object for every document once its file is parsed once). */
const metrics = new WeakMap<object, Metrics>();
const metricsOf = (afm: Afm) => {
  let m = metrics.get(afm.kernPairs);
  if (!m) metrics.set(afm.kernPairs, (m = new Metrics(afm)));
  return m;
};

/** A metrics file's parse, by its text: pdfkit reads the parsed values and never changes them. */
const parsed = new Map<string, Record<string, unknown>>();
const PARSED = ['attributes', 'glyphWidths', 'boundingBoxes', 'kernPairs'] as const;

/** Makes every standard font of pdfkit's measure and encode from tables, and parse its metrics once (once per class). */
export function measureFromTables(font: StandardFont): void {
  const fontClass = Object.getPrototypeOf(font) as StandardFont;
  const afmClass = Object.getPrototypeOf(font.font) as Afm;
  if (Object.prototype.hasOwnProperty.call(fontClass, TABLES)) return;
  fontClass.widthOfString = function (this: StandardFont, text: string, size: number) {
    return metricsOf(this.font).widthOfString(`${text}`, size);
  };
  fontClass.encode = function (this: StandardFont, text: string) {
    return metricsOf(this.font).encode(`${text}`);
  };
  const parse = afmClass.parse;
  afmClass.parse = function (this: Afm & Record<string, unknown>, contents: string) {
    let values = parsed.get(contents);
    if (!values) {
      parse.call(this, contents);
      values = Object.fromEntries(PARSED.map((key) => [key, this[key]]));
      parsed.set(contents, values);
    }
    Object.assign(this, values);
  };
  Object.defineProperty(fontClass, TABLES, { value: true });
}

const TABLES = Symbol('jira-doctor: standard fonts measured from tables');

type ProvideFont = (this: unknown, family: string, bold: boolean, italics: boolean) => unknown;

/** Whether pdfkit opened `font` as a standard font (its metrics parsed from a file; an embedded font has fontkit's). */
function isStandard(font: unknown): font is StandardFont {
  return typeof (font as Partial<StandardFont> | undefined)?.font?.characterToGlyph === 'function';
}

/** Makes pdfmake's documents measure their standard fonts from tables, from the first one opened on (once per class). */
export function standardFontsFromTables(document: { prototype: { provideFont: ProvideFont } }): void {
  const proto = document.prototype;
  if (Object.prototype.hasOwnProperty.call(proto, TABLES)) return;
  const provide = proto.provideFont;
  let done = false;
  proto.provideFont = function (this: unknown, family: string, bold: boolean, italics: boolean) {
    const font = provide.call(this, family, bold, italics);
    if (!done && isStandard(font)) {
      measureFromTables(font);
      done = true;
    }
    return font;
  };
  Object.defineProperty(proto, TABLES, { value: true });
}
