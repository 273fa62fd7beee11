/**
 * pdfmake lays text out word by word and draws each word on its own: a colour, an opacity, a text
 * object and a font selection per word, which was the largest part of writing a report's PDF. Here
 * the words of a line that look alike and sit edge to edge are drawn as one run, where that puts
 * every glyph exactly where the words would have put it: the same font, size and colour, no letter
 * spacing, and no kerning pair between the last letter of one and the first of the next (the standard
 * fonts kern a space before "A", "T", "V", "W" or "Y"). Only PDF's standard fonts are joined: their
 * widths are plain sums, while an embedded font is shaped and could join letters differently.
 */

/** A word as pdfmake's Renderer draws it. */
export type Inline = {
  text: string;
  x: number;
  width: number;
  fontSize: number;
  font: { name?: string; widthOfString(text: string, size: number): number };
  characterSpacing?: number;
  _pageNodeRef?: unknown;
  [style: string]: unknown;
};

/**
 * Whether two words agree on all pdfmake reads of a word while drawing it, as two words joined must.
 * Named one by one: a loop over the names made each a keyed look-up, slow on pdfmake's words, for
 * every pair of words of every line.
 */
function drawnAlike(a: Inline, b: Inline): boolean {
  return (
    a.font === b.font &&
    a.fontSize === b.fontSize &&
    a.fontFeatures === b.fontFeatures &&
    a.color === b.color &&
    a.opacity === b.opacity &&
    a.background === b.background &&
    a.decoration === b.decoration &&
    a.decorationColor === b.decorationColor &&
    a.decorationStyle === b.decorationStyle &&
    a.decorationThickness === b.decorationThickness &&
    a.link === b.link &&
    a.linkToPage === b.linkToPage &&
    a.linkToDestination === b.linkToDestination &&
    a.sup === b.sup &&
    a.sub === b.sub
  );
}

/** Closer than this (in points) is edge to edge: pdfmake sums widths along the line in another order. */
const EDGE = 1e-6;

/** The words of a line as runs to draw, each run drawn as its words would have been. */
export function inRuns(inlines: readonly Inline[], standardFont: (name: string | undefined) => boolean): Inline[] {
  const runs: Inline[] = [];
  let joined = false;
  for (const inline of inlines) {
    const run = runs.at(-1);
    if (run && joins(run, inline, standardFont)) {
      // The run is a copy from its first join on: pdfmake's own words are left as they were laid out.
      const into = joined ? run : { ...run };
      into.text += inline.text;
      into.width += inline.width;
      runs[runs.length - 1] = into;
      joined = true;
    } else {
      runs.push(inline);
      joined = false;
    }
  }
  return runs;
}

function joins(run: Inline, next: Inline, standardFont: (name: string | undefined) => boolean): boolean {
  if (!standardFont(run.font.name) || run.characterSpacing || next.characterSpacing || run._pageNodeRef !== undefined || next._pageNodeRef !== undefined) return false;
  if (!run.text || !next.text || Math.abs(run.x + run.width - next.x) > EDGE) return false;
  if (!drawnAlike(run, next)) return false;
  const last = run.text.at(-1)!;
  const first = next.text[0]!;
  const size = run.fontSize;
  return Math.abs(run.font.widthOfString(last + first, size) - run.font.widthOfString(last, size) - run.font.widthOfString(first, size)) <= EDGE;
}

type Line = { inlines: Inline[]; _pageNodeRef?: unknown };
type RenderLine = (this: unknown, line: Line, x: number, y: number) => void;
type Renderer = { prototype: { renderLine: RenderLine } };

/** Makes pdfmake's Renderer draw each line in runs (once per process). */
export function drawInRuns(renderer: Renderer, standardFont: (name: string | undefined) => boolean): void {
  const proto = renderer.prototype;
  if (Object.prototype.hasOwnProperty.call(proto, RUNS)) return;
  const byWord = proto.renderLine;
  proto.renderLine = function (this: unknown, line: Line, x: number, y: number) {
    // A line with a page reference has its first word rewritten while drawn: left as pdfmake has it.
    if (line._pageNodeRef !== undefined) return byWord.call(this, line, x, y);
    const inRunsLine: Line = Object.assign(Object.create(Object.getPrototypeOf(line) as object) as Line, line, { inlines: inRuns(line.inlines, standardFont) });
    byWord.call(this, inRunsLine, x, y);
  };
  Object.defineProperty(proto, RUNS, { value: true });
}

const RUNS = Symbol('jira-doctor: lines drawn in runs');
