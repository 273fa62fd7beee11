/**
 * Where a text stops being JSON: the end, when it ends before its JSON does, or the first character
 * no JSON text could have there, with its line and column (from 1, in UTF-16 units as JSON.parse
 * counts). Found by reading the text against JSON's grammar (RFC 8259, which JSON.parse follows),
 * not from JSON.parse's error message: its wording is V8's, may change with Node, and quotes the
 * text around the error, which could hold a secret. Not jsonc-parser's error offsets: they agree with
 * JSON.parse on what is JSON, but its parser recurses, and a hostile file of a million `[` overflows
 * the stack (measured with jsonc-parser 3.3).
 */
export type JsonStop = { end: true } | { line: number; column: number; /** The character, as a message shows it: '}', U+0001. */ found: string };

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** The characters that may follow a backslash in a string, besides `u`: " \ / b f n r t. */
const ESCAPES = new Set([QUOTE, BACKSLASH, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);
const LITERALS: Record<number, string> = { 0x74: 'true', 0x66: 'false', 0x6e: 'null' };

/**
 * Where `text` stops being JSON, or undefined when it is JSON. Linear, and without recursion, so
 * that however deep a hostile text nests, it cannot overflow the stack.
 */
export function jsonStop(text: string): JsonStop | undefined {
  const n = text.length;
  let i = 0;
  /** The containers open at `i`, innermost last. */
  const open: number[] = [];
  const code = () => text.charCodeAt(i);
  const skipSpace = () => {
    while (i < n && isSpace(code())) i++;
  };
  const digits = () => {
    const from = i;
    while (i < n && isDigit(code())) i++;
    return i > from;
  };
  const string = (): boolean => {
    if (code() !== QUOTE) return false;
    for (i++; i < n; i++) {
      const c = code();
      if (c === QUOTE) {
        i++;
        return true;
      }
      if (c < SPACE) return false;
      if (c !== BACKSLASH) continue;
      i++;
      if (ESCAPES.has(code())) continue;
      if (code() !== 0x75) return false;
      for (let k = 0; k < 4; k++) if (!isHex(text.charCodeAt(++i))) return false;
    }
    return false;
  };
  const number = (): boolean => {
    if (code() === MINUS) i++;
    if (code() === ZERO) i++;
    else if (!digits()) return false;
    if (code() === DOT) {
      i++;
      if (!digits()) return false;
    }
    if ((code() | 0x20) === 0x65) {
      i++;
      if (code() === PLUS || code() === MINUS) i++;
      if (!digits()) return false;
    }
    return true;
  };
  const literal = (): boolean => {
    const word = LITERALS[code()];
    if (word === undefined) return false;
    for (let k = 0; k < word.length; k++, i++) if (code() !== word.charCodeAt(k)) return false;
    return true;
  };
  /** A member's name and its colon. */
  const name = (): boolean => {
    skipSpace();
    if (!string()) return false;
    skipSpace();
    if (code() !== COLON) return false;
    i++;
    return true;
  };
  const stopped = (): JsonStop => (i >= n ? { end: true } : { ...lineAndColumn(text, i), found: characterAt(text, i) });

  for (;;) {
    // A value: a scalar, or a container that opens (and may close at once).
    skipSpace();
    const c = code();
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      i++;
      skipSpace();
      if (code() === closer(c)) i++;
      else {
        open.push(c);
        if (c === OPEN_OBJECT && !name()) return stopped();
        continue;
      }
    } else if (!(c === QUOTE ? string() : c === MINUS || isDigit(c) ? number() : literal())) return stopped();
    // After a value: containers close, or a comma leads to the next value (or member).
    for (;;) {
      skipSpace();
      const container = open.at(-1);
      if (container === undefined) return i >= n ? undefined : stopped();
      const d = code();
      if (d === closer(container)) {
        i++;
        open.pop();
      } else if (d === COMMA) {
        i++;
        if (container === OPEN_OBJECT && !name()) return stopped();
        break;
      } else return stopped();
    }
  }
}

const closer = (container: number) => (container === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY);
const isSpace = (c: number) => c === SPACE || c === TAB || c === LF || c === CR;
const isDigit = (c: number) => c >= ZERO && c <= NINE;
const isHex = (c: number) => isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);

/** Line and column (from 1) of a character of `text`. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: position - start + 1 };
}

/** The character at `position` as a message shows it: quoted, or U+ and its code when it would not show (a space, a control). */
function characterAt(text: string, position: number): string {
  const point = text.codePointAt(position)!;
  const character = String.fromCodePoint(point);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `'${character}'` : `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
}
