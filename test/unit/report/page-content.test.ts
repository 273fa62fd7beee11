import fc from 'fast-check';
import PDFDocumentModule from 'pdfkit';
import PdfmakeDocumentModule from 'pdfmake/js/PDFDocument.js';
import { describe, expect, it } from 'vitest';
import { pageContentAsText } from '../../../electron/report/page-content';

/**
 * Pages whose content is kept as text until written, with hex colours worked out once, are the same
 * bytes pdfkit writes on its own: generated documents of text, colours in every notation, shapes,
 * opacity, pages, and streams given text and bytes in turn, written before and after the change.
 */

type Doc = {
  addPage(): Doc;
  fillColor(color: unknown): Doc;
  strokeColor(color: unknown): Doc;
  opacity(value: number): Doc;
  font(name: string): Doc;
  fontSize(size: number): Doc;
  text(text: string, x: number, y: number, options?: Record<string, unknown>): Doc;
  rect(x: number, y: number, w: number, h: number): Doc;
  fill(color?: unknown): Doc;
  moveTo(x: number, y: number): Doc;
  lineTo(x: number, y: number): Doc;
  stroke(color?: unknown): Doc;
  ref(data?: Record<string, unknown>): { write(chunk: unknown): void; end(): void };
  on(event: string, listener: (chunk?: Buffer) => void): Doc;
  end(): void;
};
const PDFKit = PDFDocumentModule as new (options: Record<string, unknown>) => Doc;
class Kit extends PDFKit {}

const colour = fc.oneof(
  fc.constantFrom('#101828', '#475467', '#b42318', '#fff', '#ABCDEF', '#12345', 'black', 'red', 'transparent'),
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.nat(100), fc.nat(100), fc.nat(100), fc.nat(100)),
);
const at = fc.integer({ min: 0, max: 500 });
const op = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), text: fc.string({ maxLength: 30 }), x: at, y: at, size: fc.constantFrom(8, 9.5, 13) }),
  fc.record({ kind: fc.constant('fill' as const), colour }),
  fc.record({ kind: fc.constant('stroke' as const), colour }),
  fc.record({ kind: fc.constant('rect' as const), x: at, y: at, colour }),
  fc.record({ kind: fc.constant('line' as const), x: at, y: at }),
  fc.record({ kind: fc.constant('opacity' as const), value: fc.constantFrom(0, 0.5, 1) }),
  fc.record({ kind: fc.constant('page' as const) }),
  fc.record({ kind: fc.constant('stream' as const), chunks: fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.uint8Array({ maxLength: 20 })), { maxLength: 6 }) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** The bytes of a document made of `ops` (its dates fixed, so two runs can be compared). */
function written(ops: Op[]): Promise<Buffer> {
  const doc = new Kit({ autoFirstPage: true, info: { CreationDate: new Date(0), ModDate: new Date(0) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on('data', (c) => chunks.push(c!)).on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica');
  for (const o of ops) {
    if (o.kind === 'text') doc.fontSize(o.size).text(o.text, o.x, o.y, { lineBreak: false });
    else if (o.kind === 'fill') doc.fillColor(o.colour);
    else if (o.kind === 'stroke') doc.strokeColor(o.colour);
    else if (o.kind === 'rect') doc.rect(o.x, o.y, 10, 10).fill(o.colour);
    else if (o.kind === 'line') doc.moveTo(0, 0).lineTo(o.x, o.y).stroke();
    else if (o.kind === 'opacity') doc.opacity(o.value);
    else if (o.kind === 'page') doc.addPage();
    else {
      const stream = doc.ref({});
      for (const c of o.chunks) stream.write(c);
      stream.end();
    }
  }
  doc.end();
  return done;
}

describe('page content written as text', () => {
  it("writes the bytes pdfkit writes on its own", async () => {
    const documents = fc.sample(fc.array(op, { maxLength: 40 }), { numRuns: 60, seed: 13 });
    const before = await Promise.all(documents.map(written));
    pageContentAsText(Kit as unknown as Parameters<typeof pageContentAsText>[0]);
    const after = await Promise.all(documents.map(written));
    after.forEach((bytes, i) => expect(bytes.equals(before[i]!), `document ${i}`).toBe(true));
  });

  it("resolves a word's colour as pdfmake does: any colour, empty or not one pdfkit reads", () => {
    type Resolving = { prototype: { resolveColor(color: unknown, defaultColor: unknown): unknown } };
    let m = PdfmakeDocumentModule as { default?: unknown; prototype?: unknown };
    while (m.default) m = m.default;
    class Document extends (m as unknown as new () => object) {}
    const resolving = Document as unknown as Resolving;
    // What pdfkit's colour parsing reads of a document: its spot colours (none).
    const document: Resolving['prototype'] = Object.assign(Object.create(resolving.prototype) as Resolving['prototype'], { spotColors: {} });
    const given = fc.sample(fc.oneof(fc.constant(undefined), fc.constant(''), fc.constant(null), colour, fc.string({ maxLength: 8 }), fc.string({ maxLength: 6 }).map((s) => `#${s}`)), { numRuns: 400, seed: 13 });
    const before = given.map((c) => document.resolveColor(c, 'black'));
    pageContentAsText(Document as unknown as Parameters<typeof pageContentAsText>[0]);
    expect(Object.prototype.hasOwnProperty.call(resolving.prototype, 'resolveColor')).toBe(true);
    expect(given.map((c) => document.resolveColor(c, 'black'))).toEqual(before);
  });
});
