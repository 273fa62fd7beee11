import stringWidth from 'string-width';

/**
 * Wrapping for a terminal of `width` columns, counting East Asian wide characters as two (string-width).
 * English breaks at spaces, as before; Japanese, which has no spaces, may break between any two
 * characters, except where its line-breaking rules (kinsoku) forbid it: no line starts with closing
 * punctuation, the prolonged sound mark or a small kana, no line ends with an opening bracket. A run
 * of printable ASCII (a word, a URL, a scope, a version) is never broken.
 */

const WIDTH = 80;
const NO_START = /^[。、．，」』）〕］｝〉》】・：；？！ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ％]/u;
const NO_END = /[「『（〔［｛〈《【]$/u;

type Piece = { text: string; space: boolean };

/**
 * Whether `text` takes more than `width` columns, as string-width counts them. string-width's first
 * measure of text beyond ASCII compiles its emoji pattern (some 30 ms, most of a text `diagnose`'s
 * start), so two bounds that follow from its rules decide first, and it is asked only in between:
 * - at most: one column per ASCII character, two per other UTF-16 unit (no code point takes more);
 * - at least: one per printable ASCII character not followed by a non-ASCII one (such a character is
 *   a grapheme of its own, or with only what comes before it, and a visible grapheme takes a column).
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
  if (escapes) return stringWidth(text) > width;
  if (least > width) return true;
  // ASCII only: exactly its printable characters, `least`.
  if (most === text.length) return false;
  return stringWidth(text) > width;
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
