/**
 * pdfkit writes a page's content one operator at a time (a colour, a position, a run of text), each
 * line made into a Buffer of its own as it comes: a report's pages are thousands of them, joined and
 * compressed when the page ends. And each word's colour, the same few colours again and again, is
 * parsed from its hex and written out digit by digit each time. Here a stream keeps its lines as text
 * until something else is written into it or it ends, then writes them as one; and a hex colour's
 * operands are worked out once per process. The bytes, lengths and order written are pdfkit's own.
 */

/** A PDF object with a stream, as pdfkit writes it (its PDFReference). */
export type Reference = {
  write: (this: Reference, chunk: unknown) => void;
  finalize: (this: Reference) => void;
};

/** The colour operators of pdfkit's documents (its PDFDocument's prototype). */
export type Colours = {
  _setColorCore: (this: Colours, color: unknown, stroke: boolean) => boolean;
  _normalizeColor(color: unknown): unknown;
  _getColorSpace(color: unknown): string;
  _setColorSpace(space: string, stroke: boolean): unknown;
  addContent(line: string): unknown;
};

const LINES = Symbol('jira-doctor: lines not yet written');
type Pending = Reference & { [LINES]?: string };

/** pdfkit's streams keep the text they are given until it is needed as bytes (once per class). */
function streamsAsText(reference: Reference): void {
  const proto = Object.getPrototypeOf(reference) as Reference;
  if (Object.prototype.hasOwnProperty.call(proto, TEXT)) return;
  const { write, finalize } = proto;
  // pdfkit writes `text + "\n"` as Latin-1 (one byte per character); lines joined by "\n" are written as one such text.
  const flush = (stream: Pending) => {
    const lines = stream[LINES];
    if (lines === undefined) return;
    stream[LINES] = undefined;
    write.call(stream, lines);
  };
  proto.write = function (this: Pending, chunk: unknown) {
    if (chunk instanceof Uint8Array) {
      flush(this);
      write.call(this, chunk);
      return;
    }
    const lines = this[LINES];
    this[LINES] = lines === undefined ? `${chunk as string}` : `${lines}\n${chunk as string}`;
  };
  proto.finalize = function (this: Pending) {
    flush(this);
    finalize.call(this);
  };
  Object.defineProperty(proto, TEXT, { value: true });
}

/** A hex colour's colour space and operands, as pdfkit works them out (the same for every document). */
const hexColours = new Map<string, { space: string; operands: string }>();

type Document = Colours & {
  ref: (this: Document, data?: unknown) => Reference;
  resolveColor: (this: Document, color: unknown, defaultColor: unknown) => unknown;
};

/**
 * Makes pdfmake's documents (a class of pdfkit's) write their pages' content as above (once per
 * class). pdfkit's class of streams is reached through the first one a document makes (in its
 * constructor, before any content), after which the document makes them as before.
 */
export function pageContentAsText(documentClass: { prototype: Document }): void {
  const proto = documentClass.prototype;
  if (Object.prototype.hasOwnProperty.call(proto, TEXT)) return;
  const setColor = proto._setColorCore;
  proto._setColorCore = function (this: Colours, color: unknown, stroke: boolean) {
    if (typeof color !== 'string' || !/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color)) return setColor.call(this, color, stroke);
    let known = hexColours.get(color);
    if (!known) {
      const normalized = this._normalizeColor(color) as number[];
      known = { space: this._getColorSpace(normalized), operands: normalized.join(' ') };
      hexColours.set(color, known);
    }
    // As pdfkit's _setColorCore writes a colour that is not a spot colour.
    this._setColorSpace(known.space, stroke);
    this.addContent(`${known.operands} ${stroke ? 'SCN' : 'scn'}`);
    return true;
  };
  const resolveColor = proto.resolveColor;
  proto.resolveColor = function (this: Document, color: unknown, defaultColor: unknown) {
    const given = color || defaultColor;
    // pdfmake parses a word's colour only to see whether pdfkit reads it, and pdfkit reads any "#…" as one.
    return typeof given === 'string' && given.charAt(0) === '#' ? given : resolveColor.call(this, color, defaultColor);
  };
  const ownRef = Object.prototype.hasOwnProperty.call(proto, 'ref');
  const ref = proto.ref;
  proto.ref = function (this: Document, data?: unknown) {
    const reference = ref.call(this, data);
    streamsAsText(reference);
    if (ownRef) proto.ref = ref;
    else delete (proto as Partial<Document>).ref;
    return reference;
  };
  Object.defineProperty(proto, TEXT, { value: true });
}

const TEXT = Symbol('jira-doctor: page content written as text');
