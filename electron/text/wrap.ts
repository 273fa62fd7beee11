import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Wrapping for a terminal of `width` columns, counting East Asian wide characters as two (string-width).
 * English breaks at spaces, as before; Japanese, which has no spaces, may break between any two
 * characters, except where its line-breaking rules (kinsoku) forbid it: no line starts with closing
 * punctuation, the prolonged sound mark or a small kana, no line ends with an opening bracket. A run
 * of printable ASCII (a word, a URL, a scope, a version) is never broken.
 */

const WIDTH = 80;
// Half-width closing punctuation too: Japanese text quotes exact strings after "指定: " or "（…)" in ASCII.
const NO_START = /^[。、．，」』）〕］｝〉》】・：；？！ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ％:;,.)\]}!?]/u;
const NO_END = /[「『（〔［｛〈《【]$/u;

type Piece = { text: string; space: boolean };

/**
 * string-width, once loaded. Loading it makes an Intl.Segmenter (some 14 ms) and its first measure
 * of text beyond ASCII compiles its emoji pattern (some 30 ms more), most of a text `diagnose`'s
 * start beyond Node's own, while the text an admin reads (English, Japanese, the knowledge's
 * symbols) is measured exactly without it (see `simpleWidth`): it is loaded only for text that
 * needs it (emoji, combining marks, Hangul, escapes…).
 */
let stringWidth: ((text: string) => number) | undefined;

/** Thrown where a width needs string-width before it is loaded; `withTextWidths` loads it and renders again. */
class TextWidthsNotLoaded extends Error {
  constructor() {
    super('string-width is needed: wrap text inside withTextWidths, or after loadTextWidths');
  }
}

export async function loadTextWidths(): Promise<void> {
  stringWidth ??= (await import('string-width')).default;
}

/**
 * `render()`'s result; where its text needs string-width (rare), string-width is loaded and `render`
 * runs again, so it must do nothing but compute its text.
 */
export async function withTextWidths<T>(render: () => T): Promise<T> {
  try {
    return render();
  } catch (error) {
    if (!(error instanceof TextWidthsNotLoaded)) throw error;
  }
  await loadTextWidths();
  return render();
}

function measured(text: string): number {
  if (!stringWidth) throw new TextWidthsNotLoaded();
  return stringWidth(text);
}

/**
 * Whether `text` takes more than `width` columns, as string-width counts them. Two bounds that
 * follow from its rules decide first:
 * - at most: one column per ASCII character, two per other UTF-16 unit (no code point takes more);
 * - at least: one per printable ASCII character not followed by a non-ASCII one (such a character is
 *   a grapheme of its own, or with only what comes before it, and a visible grapheme takes a column).
 * In between, text of ASCII and "simple" characters is counted exactly, and only other text is
 * measured by string-width.
 */
export function widerThan(text: string, width: number): boolean {
  let most = 0;
  let least = 0;
  let escapes = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    most += code < 0x80 ? 1 : 2;
    if (code >= 0x20 && code < 0x7f && !(text.charCodeAt(i + 1) >= 0x80)) least++;
    escapes ||= code === 0x1b || code === 0x9b;
  }
  if (most <= width) return false;
  // string-width does not count terminal escape sequences (colours): they void the lower bound.
  if (escapes) return measured(text) > width;
  if (least > width) return true;
  // ASCII only: exactly its printable characters, `least`.
  if (most === text.length) return false;
  const simple = simpleWidth(text);
  return (simple === undefined ? measured(text) : simple) > width;
}

/**
 * Ranges of characters each of which is a grapheme of its own beside any other of them or ASCII
 * (none is a mark, joiner, selector, Prepend character, Hangul jamo or syllable, format or control
 * character, or outside the BMP) and visible: Latin, Greek, Cyrillic, punctuation, symbols and
 * arrows, CJK, kana, full- and halfwidth forms. string-width counts such a character by its East
 * Asian Width alone (an emoji that is one of them has East Asian Width W, as string-width's two
 * columns for it); a test holds every character of these ranges to string-width, alone and
 * between others.
 */
const SIMPLE: readonly (readonly [number, number])[] = [
  [0x00a0, 0x00ac],
  [0x00ae, 0x02ff],
  [0x0370, 0x0482],
  [0x048a, 0x04ff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2070, 0x20cf],
  [0x2100, 0x2bff],
  [0x2e80, 0x3029],
  [0x3030, 0x303f],
  [0x3041, 0x3096],
  [0x309b, 0x30ff],
  [0x3105, 0x312f],
  [0x3190, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff01, 0xff9d],
  [0xffe0, 0xffee],
];

export function isSimple(code: number): boolean {
  for (const [from, to] of SIMPLE) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

/** The width of text of ASCII and simple characters as string-width counts it; undefined for any other text. */
export function simpleWidth(text: string): number | undefined {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) width += code >= 0x20 && code < 0x7f ? 1 : 0;
    else if (isSimple(code)) width += eastAsianWidth(code);
    else return undefined;
  }
  return width;
}

/** The columns `text` takes, as string-width counts them (string-width itself only for text that is not simple). */
export function textWidth(text: string): number {
  return simpleWidth(text) ?? measured(text);
}

/** The pieces a line may break between, each with whether a space came before it. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let space = false;
  for (const [part] of text.matchAll(/\s+|[\x21-\x7e]+|[^\s\x21-\x7e]/gu)) {
    if (/^\s/.test(part)) {
      space = true;
      continue;
    }
    const last = out.at(-1);
    // As in Unicode's rules (UAX #14), a space does not open a break before a closing mark or after an opening one.
    if (last && (NO_START.test(part) || NO_END.test(last.text))) last.text += `${space ? ' ' : ''}${part}`;
    else out.push({ text: part, space: space && out.length > 0 });
    space = false;
  }
  return out;
}

/** `text` in lines of at most `width` columns (a piece wider than that stands alone), each after `indent`, continuations two further in. */
export function wrap(text: string, indent: string, width = WIDTH): string[] {
  const out: string[] = [];
  let line = indent;
  let filled = false;
  for (const piece of pieces(text)) {
    const joined = `${line}${filled && piece.space ? ' ' : ''}${piece.text}`;
    if (filled && widerThan(joined, width)) {
      out.push(line);
      line = `${indent}  ${piece.text}`;
    } else {
      line = joined;
    }
    filled = true;
  }
  if (filled) out.push(line);
  return out;
}
