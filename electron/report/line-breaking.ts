import { exactStrings } from '../../knowledge/i18n/translations';

/**
 * How the PDF breaks lines. pdfmake finds break opportunities with the Unicode line-breaking
 * algorithm (UAX #14, the `linebreak` package), which already keeps the Japanese rules (kinsoku):
 * no break before closing brackets and punctuation (。、」』）〕！？), the prolonged sound mark and
 * small kana (ー ッ ャ, class CJ taken as NS), and none after opening brackets (「『（〔). A word joiner
 * cannot help where it does not: Noto Sans JP has no glyph for U+2060 and would print a box.
 *
 * What it does not keep whole are exact strings: it may break a URL or a scope after a slash or a
 * hyphen, and an admin copying it from the report would copy half. So every exact string the
 * knowledge's translations must keep (URLs, scopes, -D properties, paths, versions, AADSTS codes,
 * quoted values) becomes a run pdfmake never wraps inside, as long as it fits on a line.
 *
 * Two breaks the rules do not stop, both next to the spaces that set an exact string apart in
 * Japanese text: UAX #14 allows a break after any space (LB18), even before a closing bracket or a
 * mark Japanese never starts a line with; and pdfmake may break between two runs, so an exact
 * string's run must carry the brackets and marks that cling to it.
 */

/** Japanese never starts a line with these (closing brackets and punctuation, the prolonged sound mark, small kana, iteration marks)… */
const NO_START = '。、．，」』）〕］｝〉》】・：；？！ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ';
/** …nor ends one with these (opening brackets). */
const NO_END = '「『（〔［｛〈《【';
const SPACE_BEFORE_NO_START = new RegExp(` +(?=[${NO_START}])`, 'gu');
/** What clings to an exact string: an opening bracket just before it, closing marks just after it (spaces between them too). */
const CLINGS_BEFORE = new RegExp(`[${NO_END}][ \u00a0]*$`, 'u');
const CLINGS_AFTER = new RegExp(`^[ \u00a0]*[${NO_START}]+`, 'u');

const COMMAND_LINE_OPTION = /(?<![\w-])--[a-z][a-z0-9]*(?:-[a-z0-9]+)+/g;

/** A space before a mark that may not start a line becomes a no-break space: the line breaks elsewhere. */
const keepMarksOnTheirLine = (text: string): string => text.replace(SPACE_BEFORE_NO_START, (spaces) => '\u00a0'.repeat(spaces.length));

/** Longer than this a run might not fit a line: it is left to wrap rather than overflow the page. */
const LONGEST_GLUED = 64;
/** A table column narrower than this (points) leaves its exact strings to wrap: a scope would overflow into the next column. */
const NARROWEST_GLUED_COLUMN = 250;

/** A piece of inline text as pdfmake takes it: plain, or with properties of its own (never wrapped inside, a font). */
export type Run = string | { text: string; noWrap?: true; font?: string };

/** The text as inline runs: exact strings glued, everything else as it is. */
export function runs(source: string): Run[] {
  const text = keepMarksOnTheirLine(source);
  // Japanese prose runs straight on after a URL or a scope ("…/ecpで"): the exact string is its printable ASCII.
  // A command-line option in a check's evidence ("--oidc-issuer") would break at its hyphen like a word.
  const options = source.match(COMMAND_LINE_OPTION) ?? [];
  const exact = [...new Set([...exactStrings(source), ...options].map((s) => /^[\x21-\x7e]+/.exec(s)?.[0] ?? ''))]
    .filter((s) => s.length > 1 && s.length <= LONGEST_GLUED)
    .sort((a, b) => b.length - a.length);
  if (!exact.length) return [text];
  const out: Run[] = [];
  let rest = text;
  while (rest) {
    let at = -1;
    let found = '';
    for (const s of exact) {
      const i = rest.indexOf(s);
      if (i !== -1 && (at === -1 || i < at || (i === at && s.length > found.length))) [at, found] = [i, s];
    }
    if (at === -1) break;
    const head = rest.slice(0, at);
    const before = CLINGS_BEFORE.exec(head)?.[0] ?? '';
    const after = CLINGS_AFTER.exec(rest.slice(at + found.length))?.[0] ?? '';
    if (head.length > before.length) out.push(head.slice(0, head.length - before.length));
    out.push({ text: before + found + after, noWrap: true });
    rest = rest.slice(at + found.length + after.length);
  }
  if (rest) out.push(rest);
  return out;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The keys of pdfmake's document tree that hold content (everything else is style, size or drawing). */
const CONTENT_KEYS = new Set(['stack', 'columns', 'ul', 'ol']);

/** How a text is cut into runs; `narrow` when it stands in a table column narrower than NARROWEST_GLUED_COLUMN. */
export type Splitter = (text: string, narrow: boolean) => Run[];

/** Exact strings glued, except in a narrow table column, where a scope would overflow into the next column. */
export const glued: Splitter = (text, narrow) => (narrow ? [keepMarksOnTheirLine(text)] : runs(text));

/**
 * Content (a node, a string, or a list of them, as pdfmake takes it) with every text cut into runs
 * by `split`: a string becomes an inline array, an inline piece with its own style several pieces with it.
 */
export function mapRuns<T>(content: T, split: Splitter, narrow = false): T {
  if (Array.isArray(content)) return content.map((item: unknown) => mapRuns(item, split, narrow)) as T;
  if (typeof content === 'string') {
    const pieces = split(content, narrow);
    return (pieces.length === 1 && typeof pieces[0] === 'string' ? pieces[0] : { text: pieces }) as T;
  }
  if (!isNode(content)) return content;
  const node: Node = { ...content };
  if ('text' in node) node.text = inline(node.text, split, narrow);
  for (const key of CONTENT_KEYS) if (key in node) node[key] = mapRuns(node[key], split, narrow);
  if (isNode(node.table) && Array.isArray(node.table.body)) {
    const widths = Array.isArray(node.table.widths) ? (node.table.widths as unknown[]) : [];
    const inNarrow = (column: number) => narrow || (typeof widths[column] === 'number' && (widths[column]) < NARROWEST_GLUED_COLUMN);
    node.table = {
      ...node.table,
      body: node.table.body.map((row: unknown) => (Array.isArray(row) ? row.map((cell: unknown, column) => mapRuns(cell, split, inNarrow(column))) : row)),
    };
  }
  return node as T;
}

function inline(text: unknown, split: Splitter, narrow: boolean): unknown {
  if (typeof text === 'string') {
    const pieces = split(text, narrow);
    return pieces.length === 1 && typeof pieces[0] === 'string' ? pieces[0] : pieces;
  }
  if (!Array.isArray(text)) return isNode(text) ? mapRuns(text, split, narrow) : text;
  return text.flatMap((piece: unknown) => {
    if (typeof piece === 'string') return split(piece, narrow);
    if (!isNode(piece) || typeof piece.text !== 'string') return [isNode(piece) ? mapRuns(piece, split, narrow) : piece];
    return split(piece.text, narrow).map((run) => (typeof run === 'string' ? { ...piece, text: run } : { ...piece, ...run }));
  });
}
