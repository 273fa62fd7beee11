import fc from 'fast-check';
import PDFDocumentModule from 'pdfkit';
import StyleContextStackModule from 'pdfmake/js/StyleContextStack.js';
import TextInlinesModule from 'pdfmake/js/TextInlines.js';
import { describe, expect, it } from 'vitest';
import { measureWithStylesOnce } from '../../../electron/report/word-styles';

/**
 * pdfmake's text measuring with each style property looked up once per text gives every word the
 * same font, size, colour, width and cuts as pdfmake's own word-by-word look-ups: generated texts
 * of plain and styled runs, over a stack of named styles (one extending another) and overrides.
 */

type Measured = { items: Record<string, unknown>[]; minWidth: number; maxWidth: number };
type TextInlinesClass = new (doc: unknown) => { buildInlines(text: unknown, stack: unknown): Measured };
type Stack = { push(style: unknown): void };
/** A pdfmake class, under as many `default`s as the CommonJS interop put it. */
function classOf<T>(module: unknown): T {
  let m = module as { default?: unknown } | undefined;
  while (m && typeof m !== 'function') m = m.default as typeof m;
  if (!m) throw new Error('not a pdfmake class');
  return m;
}
const TextInlines = classOf<TextInlinesClass>(TextInlinesModule);
const StyleContextStack = classOf<new (styles: Record<string, unknown>, defaults: Record<string, unknown>) => Stack>(StyleContextStackModule);
class Once extends TextInlines {}
// pdfmake's own TextInlines beside it passes pdfmake's stacks, which the class's look-up still answers as pdfmake does.
measureWithStylesOnce(Once, classOf(StyleContextStackModule));

const PDFDocument = PDFDocumentModule as new (options: { autoFirstPage: boolean }) => { font(name: string): { _font: unknown } };
const pdf = new PDFDocument({ autoFirstPage: false });
const FONTS: Record<string, unknown> = {};
for (const name of ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique']) FONTS[name] = pdf.font(name)._font;
const doc = { provideFont: (_family: string, bold: boolean, italics: boolean) => FONTS[`Helvetica${bold || italics ? `-${bold ? 'Bold' : ''}${italics ? 'Oblique' : ''}` : ''}`] };

const STYLES = {
  small: { fontSize: 8, color: '#475467' },
  muted: { color: '#475467' },
  th: { bold: true, color: '#475467' },
  code: { fontSize: 8.5, background: '#f2f4f7', color: '#1d2939', extends: 'small' },
  lead: { fontSize: 12, margin: [0, 0, 0, 4] },
};
const DEFAULTS = { font: 'Helvetica', fontSize: 9.5, color: '#101828', lineHeight: 1.25 };

const styleName = fc.constantFrom('small', 'muted', 'th', 'code', 'lead', 'unknown');
const style = fc.option(fc.oneof(styleName, fc.array(styleName, { minLength: 1, maxLength: 3 })), { nil: undefined });
const own = fc.record({ bold: fc.option(fc.boolean(), { nil: undefined }), fontSize: fc.option(fc.constantFrom(7, 11), { nil: undefined }), color: fc.option(fc.constantFrom('#b42318', null), { nil: undefined }), style }, { requiredKeys: [] });
const words = fc.stringMatching(/^( ?[A-Za-z0-9.,:-]{1,10}){1,6} ?\n?$/);
const run = fc.oneof(words, fc.tuple(words, own).map(([text, o]) => ({ text, ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) })));
const text = fc.oneof(words, fc.array(run, { minLength: 1, maxLength: 6 }));
const beneath = fc.array(fc.oneof(styleName, own), { maxLength: 3 });

/** What a measured word carries, with its font by name. */
const shown = (m: Measured) => ({ ...m, items: m.items.map((i) => ({ ...i, font: (i.font as { name: string }).name })) });

describe('a text measured with its styles looked up once', () => {
  it("gives every word what pdfmake's word-by-word look-ups give it", () => {
    fc.assert(
      fc.property(text, beneath, (t, under) => {
        const stack = () => {
          const s = new StyleContextStack(STYLES, DEFAULTS);
          for (const item of under) s.push(item);
          return s;
        };
        expect(shown(new Once(doc).buildInlines(structuredClone(t), stack()))).toEqual(shown(new TextInlines(doc).buildInlines(structuredClone(t), stack())));
      }),
      { numRuns: 300 },
    );
  });
});
