import type { RecordedSession, Recording } from '../../knowledge/contract/recording';
import type { ScanReport } from '../../knowledge/contract/scan';
import { RECORDING_WORDS, verdictWords } from '../scan/har/lanes';
import type { Evidence } from '../../knowledge/core';
import { appFiles, FONT_FILES } from '../resources/app-files';
import { mapStrings } from '../text/map-strings';
import { exactLines, statusLine } from './document';
import type { ReportEvidence, ReportModel } from './model';
import { visible } from './visible';
import { glued, mapRuns, type Run, type Splitter } from './line-breaking';
import { drawInRuns } from './text-runs';
import { measureWithStylesOnce } from './word-styles';
import { pageContentAsText } from './page-content';
import { standardFontsFromTables } from './standard-metrics';
import { drawSymbols, SYMBOL_CHARACTERS, SYMBOL_FONT } from './standard-symbols';
import { reportWording, type ReportWording } from './wording';

/**
 * The PDF, laid out with pdfmake. Page one is for a manager: the problem, the causes found, what to
 * do first and who does it, the status. The pages after it hold the detail an admin or auditor
 * checks. A report Helvetica can draw whole is set in it (PDF's standard font: nothing embedded or
 * shaped, the fastest first PDF); one with Japanese or other text is set in Noto Sans JP (an npm
 * dependency), so no system font is needed.
 * Layout rules (pageBreakBefore): a heading never ends a page, a chart and a table row are never
 * split, and the detail starts on page two unless page one's story already runs onto it (page one
 * is laid out alone first, with fewer reasons per cause until it fits, so the whole report is laid
 * out and written once).
 */

export type PageSize = 'A4' | 'LETTER';

type Content = Record<string, unknown> | string | Content[];

type Pdfmake = {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
};

/** PDF's standard Helvetica: every PDF reader has it, so nothing is embedded, shaped or read from disk. */
const HELVETICA = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' } as const;
/** PDF's standard Symbol font, for the few characters of SYMBOL_CHARACTERS (the arrows): nothing embedded either. */
const SYMBOL = { normal: SYMBOL_FONT, bold: SYMBOL_FONT, italics: SYMBOL_FONT, bolditalics: SYMBOL_FONT } as const;
const NOTO = { normal: 'NotoSansJP-Regular.ttf', bold: 'NotoSansJP-Bold.ttf', italics: 'NotoSansJP-Regular.ttf', bolditalics: 'NotoSansJP-Bold.ttf' } as const;

const STANDARD_NAMES = new Set<string>([...Object.values(HELVETICA), SYMBOL_FONT]);
const STANDARD_FONTS = { Helvetica: HELVETICA, [SYMBOL_FONT]: SYMBOL };

/** A class of pdfmake's with `method` (its instances' or its own), however its module was loaded (Node's own import of CommonJS, or a bundle's). */
function classOf<T>(module: unknown, method: string): T {
  for (let m = module as { default?: unknown; prototype?: Record<string, unknown> } | undefined; m; m = m.default as typeof m) {
    if (typeof m.prototype?.[method] === 'function' || (typeof m === 'function' && typeof (m as unknown as Record<string, unknown>)[method] === 'function')) return m as T;
  }
  throw new Error(`pdfmake no longer has the ${method} this report lays out with`);
}

let printerLoaded: Promise<Pdfmake> | undefined;
let notoLoaded: Promise<(codePoint: number) => boolean> | undefined;

/** pdfmake with the standard fonts; a report never fetches anything, nor reads a file. */
function printer(): Promise<Pdfmake> {
  printerLoaded ??= (async () => {
    // Loaded on first use: pdfmake is large, and most runs write no PDF.
    const { pdfmake: loaded, renderer, textInlines, styleContextStack, pdfDocument } = (await import('./pdf-libraries')).libraries;
    const pdfmake = loaded as Pdfmake;
    // pdfmake's cost per word: each word's styles looked up one by one, each word drawn on its own.
    measureWithStylesOnce(
      classOf<Parameters<typeof measureWithStylesOnce>[0]>(textInlines, 'buildInlines'),
      classOf<Parameters<typeof measureWithStylesOnce>[1]>(styleContextStack, 'getStyleProperty'),
    );
    drawInRuns(classOf<Parameters<typeof drawInRuns>[0]>(renderer, 'renderLine'), (name) => name !== undefined && STANDARD_NAMES.has(name));
    drawSymbols(classOf<Parameters<typeof drawSymbols>[0]>(pdfDocument, 'provideFont'), 'Helvetica');
    standardFontsFromTables(classOf<Parameters<typeof standardFontsFromTables>[0]>(pdfDocument, 'provideFont'));
    pageContentAsText(classOf<Parameters<typeof pageContentAsText>[0]>(pdfDocument, 'provideFont'));
    pdfmake.setFonts(STANDARD_FONTS);
    pdfmake.setUrlAccessPolicy(() => false);
    // The standard fonts' names are the only "files" it may name; their metrics ship with pdfkit.
    pdfmake.setLocalAccessPolicy((path) => STANDARD_NAMES.has(path));
    return pdfmake;
  })();
  return printerLoaded;
}

/**
 * Noto Sans JP (an npm dependency) in pdfmake's in-memory file system, for the text Helvetica
 * cannot draw (Japanese above all); returns which characters it covers.
 */
function noto(): Promise<(codePoint: number) => boolean> {
  notoLoaded ??= (async () => {
    const read = appFiles('fonts');
    const [regular, bold] = await Promise.all([read(FONT_FILES.regular), read(FONT_FILES.bold)]);
    if (!regular || !bold) throw new Error('the report fonts (Noto Sans JP) are missing from this installation; reinstall jira-doctor');
    const [pdfmake, fontkit] = await Promise.all([printer(), import('./pdf-libraries').then((m) => m.libraries.fontkit())]);
    pdfmake.virtualfs.writeFileSync(NOTO.normal, regular);
    pdfmake.virtualfs.writeFileSync(NOTO.bold, bold);
    pdfmake.setFonts({ ...STANDARD_FONTS, NotoSansJP: NOTO });
    const font = fontkit.create(regular);
    return (c: number) => font.hasGlyphForCodePoint(c);
  })();
  return notoLoaded;
}

/** Loads pdfmake ahead of the first report (the app does it once it is idle), so that report does not wait for it. */
export async function warmUp(): Promise<void> {
  await printer();
}

/** Windows-1252's letters beyond Latin-1 (quotes, dashes, €, …): the standard fonts draw them too. */
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((ch) => ch.codePointAt(0)!));

/** What Helvetica draws: Windows-1252 (Latin-1 and its typographic extras). */
export function helveticaCovers(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(c);
}

const SYMBOL_CODE_POINTS = new Set(Object.keys(SYMBOL_CHARACTERS).map((ch) => ch.codePointAt(0)!));

/** What the standard fonts draw: Helvetica's characters, and the arrows in Symbol. */
export function standardCovers(c: number): boolean {
  return helveticaCovers(c) || SYMBOL_CODE_POINTS.has(c);
}

const HELVETICA_CLASS = `\\n\\x20-\\x7e\\xa0-\\xff${[...WIN_ANSI_EXTRA].map((c) => String.fromCodePoint(c)).join('')}`;
const SYMBOL_CLASS = Object.keys(SYMBOL_CHARACTERS).join('');

/**
 * A text Helvetica draws whole (a line break needs no glyph), as one regular expression: every string
 * of a report is tested, and a test per character cost a cold `report` more than its font did.
 */
export const HELVETICA_TEXT = new RegExp(`^[${HELVETICA_CLASS}]*$`);
/** A text the standard fonts draw whole: Helvetica, with its arrows in Symbol. */
export const STANDARD_TEXT = new RegExp(`^[${HELVETICA_CLASS}${SYMBOL_CLASS}]*$`);
/** A run of Symbol's characters, cut out of a text the standard fonts draw. */
const SYMBOL_RUN = new RegExp(`([${SYMBOL_CLASS}]+)`);

/** Whether `text` matches every text in a value. */
function drawsAll(value: unknown, text: RegExp): boolean {
  if (typeof value === 'string') return text.test(value);
  if (Array.isArray(value)) return value.every((item) => drawsAll(item, text));
  if (value && typeof value === 'object') return Object.values(value).every((item) => drawsAll(item, text));
  return true;
}

const NOTO_FONT = 'NotoSansJP';

/** A run with its arrows as runs of their own in Symbol (each keeps the run's other properties). */
function symbolsApart(run: Run): Run[] {
  const { text, ...rest } = typeof run === 'string' ? { text: run } : run;
  return text
    .split(SYMBOL_RUN)
    .map((piece, i): Run | undefined => (!piece ? undefined : i % 2 ? { ...rest, text: piece, font: SYMBOL_FONT } : Object.keys(rest).length ? { ...rest, text: piece } : piece))
    .filter((piece): piece is Run => piece !== undefined);
}

/**
 * The font of each string: Helvetica for one the standard fonts draw whole (nothing embedded or
 * shaped), its arrows in Symbol; Noto Sans JP for one with a character they lack (Japanese), all its
 * runs, so every line of it has the same height and a line still breaks where it did. `noto` says
 * whether any string needed it so far.
 */
function fontsByString(): { split: Splitter; readonly noto: boolean } {
  let noto = false;
  const split: Splitter = (text, narrow) => {
    const runs = glued(text, narrow);
    if (HELVETICA_TEXT.test(text)) return runs;
    if (STANDARD_TEXT.test(text)) return runs.flatMap(symbolsApart);
    noto = true;
    return runs.map((run) => (typeof run === 'string' ? { text: run, font: NOTO_FONT } : { ...run, font: NOTO_FONT }));
  };
  return {
    split,
    get noto() {
      return noto;
    },
  };
}

/**
 * Side by side, text in the two fonts would not share a baseline (Noto Sans JP's ascender is taller):
 * where a row of a table or of columns has text in Noto Sans JP, its other cells are set in it too,
 * so a step's number lines up with its Japanese title and a value with its question.
 */
function alignedRows<T>(content: T): T {
  if (Array.isArray(content)) return content.map(alignedRows) as T;
  if (!content || typeof content !== 'object') return content;
  const node = { ...(content as Record<string, unknown>) };
  if (Array.isArray(node.stack)) node.stack = alignedRows(node.stack);
  if (Array.isArray(node.columns)) node.columns = oneFont(alignedRows(node.columns));
  const table = node.table as { body?: unknown } | undefined;
  if (table && Array.isArray(table.body)) node.table = { ...table, body: table.body.map((row: unknown) => (Array.isArray(row) ? oneFont(alignedRows(row)) : row)) };
  return node as T;
}

function oneFont(cells: unknown[]): unknown[] {
  const inNoto = cells.map((cell) => JSON.stringify(cell).includes(`"font":"${NOTO_FONT}"`));
  if (!inNoto.includes(true) || !inNoto.includes(false)) return cells;
  return cells.map((cell, i) => (inNoto[i] ? cell : typeof cell === 'string' ? { text: cell, font: NOTO_FONT } : cell && typeof cell === 'object' ? { ...cell, font: NOTO_FONT } : cell));
}

const COLOURS = { confirmed: '#b42318', likely: '#b54708', possible: '#475467', 'ruled-out': '#98a2b3' } as const;
const INK = '#101828';
const MUTED = '#475467';
const RULE = '#d0d5dd';

/** Words for symbols the font lacks, so a menu path never prints as an empty box. */
const SUBSTITUTES: Record<string, string> = { '⚙': 'Administration (cog icon)' };
/** A text the standard fonts draw whole once the symbols with words for them are replaced. */
const STANDARD_TEXT_SUBSTITUTED = new RegExp(STANDARD_TEXT.source.replace(']*$', `${Object.keys(SUBSTITUTES).join('')}]*$`));

const ASCII_TEXT = /^[\0-\x7f]*$/;

/**
 * Replaces every character the font cannot draw (a symbol in the knowledge, an emoji in a session
 * name): with its words where known, else with U+FFFD's usual stand-in, "?".
 */
export function printable(text: string, covers: (codePoint: number) => boolean): string {
  // Most of a report's strings are ASCII, kept whole: one native test instead of a loop that builds a copy.
  if (ASCII_TEXT.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out += c < 0x80 || c === 0x0a || covers(c) ? ch : (SUBSTITUTES[ch] ?? '?');
  }
  return out;
}

/** How many reasons page one gives for each cause found: as many as still let its story fit on one page. */
const REASONS_PER_CAUSE = [2, 1, 0] as const;

export async function renderPdf(raw: ReportModel, pageSize: PageSize): Promise<Buffer> {
  const shown = mapStrings(raw, visible);
  // Noto Sans JP's coverage matters only for text the standard fonts cannot draw, symbols with words for them aside.
  const covers = drawsAll(shown, STANDARD_TEXT_SUBSTITUTED) ? standardCovers : await noto().then((has) => (c: number) => standardCovers(c) || has(c));
  const model = mapStrings(shown, (text) => printable(text, covers));
  const fonts = fontsByString();
  const pdfmake = await printer();
  // Noto Sans JP is loaded only once a run needs it (always for Japanese, never for most English reports).
  const ready = async (doc: Record<string, unknown>) => {
    if (fonts.noto) await noto();
    return doc;
  };
  // Page one's story is tried alone (a page or two to lay out), so the whole report is laid out and written once.
  for (const reasons of REASONS_PER_CAUSE) {
    const fits = (await pageCount(pdfmake, await ready(documentFor(model, pageSize, fonts.split, { reasons, pageOneOnly: true })))) === 1;
    if (fits || reasons === 0) return pdfmake.createPdf(await ready(documentFor(model, pageSize, fonts.split, { reasons, detailOnPageTwo: fits }))).getBuffer();
  }
  throw new Error('unreachable: the last layout is always returned');
}

/** How many pages a document takes, as its footer is told while it is laid out; none of them is written. */
async function pageCount(pdfmake: Pdfmake, doc: Record<string, unknown>): Promise<number> {
  let pages = 0;
  const footer = doc.footer as (page: number, pages: number) => unknown;
  await pdfmake
    .createPdf({
      ...doc,
      // pdfmake keeps this many of the pages it laid out and draws only those: none, here.
      maxPagesNumber: 0,
      footer: (page: number, count: number) => {
        pages = count;
        return footer(page, count);
      },
    })
    .getBuffer();
  return pages;
}

/** Content with exact strings glued and each string in its font (`split`), rows side by side in one font. */
function typeset<T>(content: T, split: Splitter): T {
  return alignedRows(mapRuns(content, split));
}

/** What of the report to lay out: page one's story alone, or all of it with the detail on a page of its own or right after. */
type Layout = { reasons: number; pageOneOnly: true } | { reasons: number; detailOnPageTwo: boolean };

function documentFor(model: ReportModel, pageSize: PageSize, split: Splitter, layout: Layout): Record<string, unknown> {
  const w = reportWording(model.language);
  const footer = (page: number, pages: number) =>
    typeset(
      {
        columns: [
          { text: w.footer(model.knowledgeVersion), style: ['small', 'footer'] },
          { text: w.page(page, pages), style: ['small', 'footer'], alignment: 'right' },
        ],
        margin: [MARGINS.side, 16, MARGINS.side, 0],
      },
      split,
    );
  // The footer's words are typeset now too, so its fonts are known before the layout asks for it.
  footer(1, 1);
  const story = pageOne(model, layout.reasons, w);
  return {
    pageSize,
    pageMargins: [MARGINS.side, MARGINS.top, MARGINS.side, MARGINS.bottom],
    info: { title: model.title, subject: model.problem, creator: 'jira-doctor', producer: 'jira-doctor' },
    language: model.language,
    defaultStyle: { font: 'Helvetica', fontSize: 9.5, color: INK, lineHeight: 1.25 },
    styles: {
      kicker: { fontSize: 8, color: MUTED, characterSpacing: 0.5 },
      title: { fontSize: 18, bold: true, margin: [0, 2, 0, 6] },
      h1: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      h2: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
      lead: { fontSize: 12, margin: [0, 0, 0, 4] },
      muted: { color: MUTED },
      code: { fontSize: 8.5, background: '#f2f4f7', color: '#1d2939' },
      small: { fontSize: 8, color: MUTED },
      intro: { color: MUTED },
      th: { bold: true, color: MUTED },
      footer: {},
    },
    pageBreakBefore,
    footer,
    content: typeset(
      'pageOneOnly' in layout
        ? story
        : [...story, ...differential(model, w, layout.detailOnPageTwo), ...actionPlan(model, w), ...evidence(model, w), ...shortened(model), ...answers(model, w), ...sources(model, w)],
      split,
    ),
  };
}

/**
 * Page one is the whole story for a manager, on one page: the problem, every cause found, what to
 * do first (each action's whole first step, with the exact values it introduces), and the status.
 */
function pageOne(model: ReportModel, reasons: number, w: ReportWording): Content[] {
  const meta = [w.date(model.date), model.instance ? w.jira(model.instance) : undefined, w.knowledgeVersion(model.knowledgeVersion)].filter((x): x is string => Boolean(x));
  return [
    { text: w.kicker, style: 'kicker' },
    { text: model.title, style: 'title' },
    { text: meta.join('   ·   '), style: 'muted', margin: [0, 0, 0, 4] },
    { text: statusLine(model), margin: [0, 0, 0, 10] },
    box(w.theProblem, [
      { text: model.problem, style: 'lead' },
      model.impact ? { text: [{ text: w.impact, bold: true }, model.impact] } : '',
    ]),
    box(model.found.length === 1 ? w.causeFound : w.causesFound, found(model, reasons, w)),
    box(w.whatToDoFirst, firstSteps(model, w)),
  ];
}

function found(model: ReportModel, reasons: number, w: ReportWording): Content[] {
  if (!model.found.length) {
    const next = model.differential.filter((c) => c.status === 'possible').slice(0, 3);
    return [
      { text: w.noCauseYet },
      ...(next.length ? [{ text: w.firstToCheck, margin: [0, 4, 0, 0] }, ...next.map((c) => ({ text: `• ${c.title}`, margin: [6, 1, 0, 0] }))] : []),
    ];
  }
  return model.found.map((c, i) => ({
    margin: [0, i ? 6 : 0, 0, 0],
    stack: [
      { text: [statusBadge(c.status, w), '  ', { text: c.title, bold: true, fontSize: 11 }] },
      ...c.because.slice(0, reasons).map((b) => ({ text: b, style: 'muted', margin: [0, 2, 0, 0] })),
    ],
  }));
}

function firstSteps(model: ReportModel, w: ReportWording): Content[] {
  if (!model.firstSteps.length) {
    return [{ text: model.openQuestions.length ? w.nothingToFixOpenAtEnd : w.nothingToFix }];
  }
  const more = model.moreActions;
  return [
    ...model.firstSteps.map((a, i) => ({
      margin: [0, i ? 8 : 0, 0, 0],
      columns: [
        { width: 16, text: `${i + 1}.`, bold: true },
        {
          width: '*',
          stack: [
            { text: a.solutionTitle, bold: true },
            { text: w.forCause(a.teamTitle, a.causeTitle), style: 'muted', margin: [0, 0, 0, 2] },
            // The whole first step: a step that ends on a colon is followed by what it introduces.
            ...(a.step ? [{ text: a.step.text }, ...(a.step.code ?? []).map((code) => ({ text: code, style: 'code', margin: [8, 1, 0, 1] }))] : []),
            ...(a.steps > 1 ? [{ text: w.thenMoreSteps(a.steps - 1), style: 'small', margin: [0, 2, 0, 0] }] : []),
          ],
        },
      ],
    })),
    ...(more > 0 ? [{ text: w.moreCauses(more), style: 'small', margin: [0, 8, 0, 0] }] : []),
  ];
}

function box(heading: string, body: Content[]): Content {
  return {
    margin: [0, 0, 0, 10],
    table: { widths: ['*'], body: [[{ stack: [{ text: heading.toUpperCase(), style: 'kicker', margin: [0, 0, 0, 4] }, ...body], margin: [8, 6, 8, 6] }]] },
    layout: { hLineColor: RULE, vLineColor: RULE, hLineWidth: () => 0.75, vLineWidth: () => 0.75 },
  };
}

function statusBadge(status: keyof typeof COLOURS, w: ReportWording): Content {
  return { text: ` ${w.status[status].toUpperCase()} `, color: '#ffffff', background: COLOURS[status], bold: true, fontSize: 8.5 };
}

function checkbox(text: string): Content {
  return {
    columns: [
      { width: 12, canvas: [{ type: 'rect', x: 0, y: 3, w: 7, h: 7, lineColor: MUTED, lineWidth: 0.8 }] },
      { width: '*', text },
    ],
    columnGap: 2,
    margin: [0, 2, 0, 0],
  };
}

function differential(model: ReportModel, w: ReportWording, onPageTwo: boolean): Content[] {
  const rows = model.differential.map((c) => [
    { text: c.title, bold: true },
    { text: w.status[c.status], color: COLOURS[c.status], bold: true },
    { stack: c.because.map((b) => ({ text: `• ${b}` })) },
  ]);
  return [
    ...heading(w.everyCause, 1, onPageTwo ? { pageBreak: 'before' } : {}),
    { text: w.everyCauseIntro, style: 'intro', margin: [0, 0, 0, 6] },
    table([150, 60, '*'], [w.cause, w.statusHeading, w.why], rows),
  ];
}

function th(text: string): Content {
  return { text, style: 'th' };
}

/**
 * A table whose header row never ends a page alone, and whose rows are not split across pages, except
 * in a table with a row that could be taller than a page: pdfmake leaves out a row it may not split and
 * cannot fit, so such a table (an answer of sixty JVM arguments) lets its rows run on, losing nothing.
 */
function table(widths: unknown[], head: string[], rows: Content[][]): Content {
  const dontBreakRows = !rows.some((row) => row.some((cell) => textLength(cell) > PAGE_OF_TEXT));
  return { table: { headerRows: 1, dontBreakRows, keepWithHeaderRows: 1, widths, body: [head.map(th), ...rows] }, layout: 'lightHorizontalLines' };
}

/**
 * Characters that can fill a page in a table's narrowest text column (about 25 characters a line, 50
 * lines): a cell with more may be taller than a page. Counted, not measured, so it errs towards
 * letting a row split.
 */
const PAGE_OF_TEXT = 1200;

function textLength(content: Content | undefined): number {
  if (content === undefined) return 0;
  if (typeof content === 'string') return content.length;
  if (Array.isArray(content)) return content.reduce((sum: number, part) => sum + textLength(part), 0);
  return textLength(content.text as Content | undefined) + textLength(content.stack as Content | undefined);
}

/**
 * A heading of the detail pages: `level` 1 for a section, 2 within it, 3 for a cause's steps. The
 * room its section's start needs (ROOM) is kept in the same pass: an empty block of that height,
 * given back after it, goes first and moves to the next page whole when the room is not left, so the
 * heading follows it there. pageBreakBefore then rarely has a heading to move, each of which costs
 * pdfmake the whole layout again.
 */
function heading(text: string | Content[], level: 1 | 2 | 3, extra: Record<string, unknown> = {}): Content[] {
  const node = { text, headlineLevel: level, ...(level < 3 ? { style: `h${level}` } : {}), ...extra };
  return extra.pageBreak === 'before' ? [node] : [{ unbreakable: true, stack: [{ stack: [], margin: [0, ROOM[level], 0, 0] }], margin: [0, 0, 0, -ROOM[level]] }, node];
}

type NodeInfo = {
  headlineLevel?: number;
  style?: string | string[];
  text?: unknown;
  canvas?: unknown;
  pageNumbers: number[];
  startPosition: { top: number; pageInnerHeight: number };
};

const MARGINS = { side: 48, top: 56, bottom: 56 };
/**
 * The room a heading needs from where it stands, in points: itself, a table's header row and a first
 * row or a few lines of text, or the heading below it with its own room (so a section's heading is
 * never left alone by its first subsection's).
 */
const ROOM = { 1: 140, 2: 100, 3: 70 } as const;

/**
 * pdfmake asks this of each node once laid out. A heading with nothing of its section after it on
 * the page (only other headings, a table's header row, a section's one-line introduction, the
 * footer), as when a table's first rows are taller than the room kept for them (pdfmake moves them
 * with the header row: keepWithHeaderRows, dontBreakRows), moves to the next page with its section.
 */
export function pageBreakBefore(node: NodeInfo, nodes: { getFollowingNodesOnPage(): NodeInfo[] }): boolean {
  return node.headlineLevel !== undefined && !nodes.getFollowingNodesOnPage().some(isContent);
}

function isContent(node: NodeInfo): boolean {
  const styles = [node.style ?? []].flat();
  if (node.headlineLevel !== undefined || styles.includes('th') || styles.includes('intro') || styles.includes('footer')) return false;
  return node.text !== undefined || node.canvas !== undefined;
}

function actionPlan(model: ReportModel, w: ReportWording): Content[] {
  if (!model.actions.length) return [];
  return [
    ...heading(w.actionPlan, 1),
    ...model.actions.flatMap((team) => [
      ...heading(team.teamTitle, 2),
      ...team.items.flatMap((item) => [
        ...heading([statusBadge(item.status, w), '  ', { text: item.causeTitle, bold: true }], 3, { margin: [0, 4, 0, 2] }),
        ...item.steps.flatMap((step) => [
          checkbox(step.text),
          ...(step.code ?? []).map((code) => ({ text: code, style: 'code', margin: [16, 1, 0, 1] })),
        ]),
        ...item.notes.map((note) => ({ text: w.note(note), style: 'muted', margin: [14, 2, 0, 0] })),
      ]),
    ]),
  ];
}

function evidence(model: ReportModel, w: ReportWording): Content[] {
  const checks = model.evidence;
  const scan = model.scan;
  if (!checks.length && !scan) return [];
  return [
    ...heading(w.evidence, 1),
    ...checks.flatMap((e) => evidenceBlock(e, w)),
    ...(scan ? scanBlock(scan, w) : []),
  ];
}

function scanBlock(scan: ScanReport, w: ReportWording): Content[] {
  const read = scan.files.filter((f) => f.status !== 'skipped').length;
  const auth = scan.authentication.filter((a) => a.failed + a.notPermitted + a.captcha > 0);
  return [
    ...heading(w.logScan, 2),
    { text: w.filesRead(read, scan.files.length, (scan.bytesRead / 1e6).toFixed(1), scan.startedAt, scan.cancelled), style: 'small' },
    ...scan.files.filter((f) => f.problem).map((f) => ({ text: `${f.name}: ${f.problem ?? ''}`, style: 'muted' })),
    ...(scan.signatures.length
      ? [
          table(
            [150, 36, '*'],
            [w.whatWasFound, w.count, w.whenWhere],
            scan.signatures.map((s) => [
              { stack: [{ text: s.title, bold: true }, { text: s.meaning, style: 'small' }] },
              String(s.count),
              { stack: [`${s.firstSeen ?? '?'} – ${s.lastSeen ?? '?'} · ${s.file}:${s.line}`, ...s.samples.slice(0, 1).map((x) => ({ text: x, style: 'code' }))] },
            ]),
          ),
        ]
      : [{ text: w.noSignature, style: 'muted' }]),
    ...auth.slice(0, 8).map((a) =>
      barChart(w.loginsOf(a.user, a.node), { [w.loginBars.passed]: a.passed, [w.loginBars.failed]: a.failed, [w.loginBars.notPermitted]: a.notPermitted, [w.loginBars.captcha]: a.captcha }),
    ),
    ...(scan.recording ? recordingBlock(scan.recording, w) : []),
  ];
}

const SESSIONS_SHOWN = 4;

/** The browser recording: per session a timeline chart of the nodes, its switches; the sign-in steps; the failures. */
function recordingBlock(recording: Recording, words: ReportWording): Content[] {
  const w = words.recording;
  const verdicts = RECORDING_WORDS[words.language];
  const sessions = recording.sessions.slice(0, SESSIONS_SHOWN);
  return [
    ...heading(w.heading, 2),
    {
      text: `${w.requestsIn(recording.jiraRequests, recording.files.map((f) => `${f.name}${f.browser ? ` (${f.browser})` : ''}`).join(verdicts.comma))} ${w.chartIntro}`,
      style: 'small',
    },
    ...sessions.flatMap((s) => [
      { text: `${w.session(s.label, s.host)}: ${verdictWords(s, verdicts)}`, bold: true, margin: [0, 6, 0, 2] },
      { text: `${w.requests(s.requests, s.firstAt ?? '?', s.lastAt ?? '?', verdicts.source[s.nodeSource])}${w.and}${w.toldApartBy(s.identifiedBy)}`, style: 'small' },
      ...(s.chart.lanes.length ? [timelineChart(s, words)] : []),
      ...s.switches.slice(0, 5).map((m) => ({ text: w.moved(m.index, m.at, `${m.method} ${m.path}`, m.to, m.from), style: 'code', margin: [0, 1, 0, 0] })),
      ...(s.switches.length > 5 ? [{ text: w.moreMoves(s.switches.length - 5), style: 'small' }] : []),
    ]),
    ...(recording.sessions.length > SESSIONS_SHOWN ? [{ text: w.moreSessions(recording.sessions.length - SESSIONS_SHOWN), style: 'small' }] : []),
    ...(recording.oauth.length
      ? [
          { text: w.signIn, bold: true, margin: [0, 6, 0, 2] },
          ...recording.oauth.map((o) => ({ text: `${o.at}  ${o.detail ?? o.step} (${o.host}${o.path}${o.node ? `, ${w.nodeOf(o.node)}` : ''})`, style: o.step === 'error' ? undefined : 'small', color: o.step === 'error' ? COLOURS.confirmed : undefined })),
        ]
      : []),
    ...(recording.failures.length
      ? [
          { text: w.failed, bold: true, margin: [0, 6, 0, 2] },
          ...recording.failures.slice(0, 8).map((f) => ({ text: `${f.at}  ${f.method} ${f.path}${f.node ? w.onNode(f.node) : ''}: ${f.what}`, style: 'small' })),
        ]
      : []),
    ...recording.notes.map((n) => ({ text: words.note(n), style: 'muted', margin: [0, 2, 0, 0] })),
  ];
}

/** One lane per node across the session, a block where the node answered, a red line at each move. */
function timelineChart(session: RecordedSession, w: ReportWording): Content {
  const width = 340;
  const lane = 12;
  const slices = Math.max(1, ...session.chart.lanes.map((l) => l.counts.length));
  const step = width / slices;
  const shapes: Record<string, unknown>[] = [];
  session.chart.lanes.forEach((l, row) => {
    shapes.push({ type: 'line', x1: 0, y1: row * lane + lane / 2, x2: width, y2: row * lane + lane / 2, lineWidth: 0.5, lineColor: RULE });
    l.counts.forEach((count, i) => {
      if (count > 0) shapes.push({ type: 'rect', x: i * step, y: row * lane + 2, w: Math.max(1.5, step - 0.5), h: lane - 4, color: '#6172f3' });
    });
  });
  for (const i of session.chart.switchSlices) shapes.push({ type: 'line', x1: i * step, y1: 0, x2: i * step, y2: session.chart.lanes.length * lane, lineWidth: 1.2, lineColor: COLOURS.confirmed });
  return {
    margin: [0, 4, 0, 4],
    unbreakable: true,
    columns: [
      { width: 110, stack: session.chart.lanes.map((l) => ({ text: l.node, style: 'small', lineHeight: 1, margin: [0, 1.5, 0, 1.5] })) },
      { width: width + 4, stack: [{ canvas: shapes }, { text: w.recording.axis(session.requests, session.chart.slice), style: 'small' }] },
    ],
    columnGap: 6,
  };
}

function evidenceBlock(e: ReportEvidence, w: ReportWording): Content[] {
  const outcome = w.outcome[e.outcome];
  return [
    ...heading(e.title, 2),
    { text: `${e.startedAt} · ${(e.durationMs / 1000).toFixed(2)} s · ${outcome}`, style: 'small' },
    ...e.concluded.map((c) => ({ text: [`${c.question} `, { text: c.answer, bold: true }, ` — ${c.why}`] })),
    ...(e.problem ? [{ text: [{ text: w.problem, bold: true }, e.problem.message, w.sentenceGap, { text: e.problem.advice, style: 'muted' }] }] : []),
    ...e.notes.map((n) => ({ text: w.note(n), style: 'muted' })),
    ...e.exchanges.slice(0, 6).map((x) => ({
      text: `${x.request.method} ${x.request.url} → ${answerOf(x, w)}${x.response?.headers['x-anodeid'] ? ` (${w.node(x.response.headers['x-anodeid'])})` : ''}`,
      style: 'code',
      margin: [0, 1, 0, 0],
    })),
    ...(e.exchanges.length > 6 ? [{ text: w.moreRequests(e.exchanges.length - 6), style: 'small' }] : []),
    ...(e.tallies ?? []).map((t) => barChart(t.label, t.counts)),
  ];
}

/**
 * What came back: the HTTP status, or for a probe that speaks another protocol (LDAP, IMAP, TCP) the
 * last line of its transcript, which says what it found or why it failed. "no answer" only when nothing came back.
 */
function answerOf(x: Evidence['exchanges'][number], w: ReportWording): string {
  if (x.response) return String(x.response.status);
  return x.transcript?.at(-1) ?? w.noAnswer;
}

/** A horizontal bar chart drawn with vectors: responses per node and status, and the like. */
function barChart(label: string, counts: Record<string, number>): Content {
  const entries = Object.entries(counts);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const width = 260;
  return {
    margin: [0, 6, 0, 6],
    unbreakable: true,
    stack: [
      { text: label, bold: true, margin: [0, 0, 0, 3] },
      ...entries.map(([key, n]) => ({
        columns: [
          { width: 140, text: key, style: 'small' },
          { width: width + 4, canvas: [{ type: 'rect', x: 0, y: 2, w: Math.max(1, (n / max) * width), h: 8, color: '#6172f3' }] },
          { width: 'auto', text: String(n), style: 'small' },
        ],
        columnGap: 4,
      })),
    ],
  };
}

/** What a huge session's report left out, said where the reader meets the shortened lists. */
function shortened(model: ReportModel): Content[] {
  return (model.shortened ?? []).map((note) => ({ text: note, style: 'muted', margin: [0, 4, 0, 0] }));
}

function answers(model: ReportModel, w: ReportWording): Content[] {
  return [
    ...heading(w.whatWasAnswered, 1),
    model.answers.length
      ? table(['*', 150, 120], [w.question, w.answer, w.from], model.answers.map((a) => [a.question, a.exact ? { stack: exactLines(a.value).map((line) => ({ text: line, style: 'code', margin: [0, 0, 0, 3] })) } : { text: a.value }, { text: a.source, style: 'small' }]))
      : { text: w.nothingAnswered, style: 'muted' },
    ...heading(w.openQuestions, 2),
    model.openQuestions.length
      ? { ul: model.openQuestions.map((q) => ({ text: [{ text: q.question, bold: true }, ` — ${q.why}`] })) }
      : { text: w.noneOpen, style: 'muted' },
  ];
}

function sources(model: ReportModel, w: ReportWording): Content[] {
  return [
    ...heading(w.sources, 1),
    { text: w.sourcesIntro, style: 'intro', margin: [0, 0, 0, 4] },
    // One source is never split between two pages.
    ...model.sources.map((s) => ({
      margin: [0, 2, 0, 2],
      unbreakable: true,
      stack: [
        {
          text: [
            { text: s.articleTitle, bold: true },
            ...(s.sections.length ? [{ text: ` — ${s.sections.join('; ')}`, style: 'muted' }] : []),
            ...(s.url ? [{ text: ` ${s.url}`, style: 'muted' }] : []),
          ],
        },
      ],
    })),
  ];
}

