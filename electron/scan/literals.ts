/**
 * Finds, for a regular expression, literal strings one of which every match must contain. The
 * scanner searches the raw bytes for these (fast, no decoding) and runs the full expression only on
 * the few log events that contain one, the way grep and ripgrep pick a literal to search for first.
 */

/** Shorter literals would match too many lines to be worth searching for. */
const MIN_LITERAL = 3;
/** Alternatives multiply; beyond this many literals a shorter common part is the better choice. */
const MAX_SET = 16;

type Item =
  | { kind: 'char'; text: string; repeat: 'once' | 'optional' | 'many' }
  | { kind: 'group'; branches: Item[][]; optional: boolean }
  | { kind: 'other' };

/**
 * Literals such that every match of `source` contains at least one of them, or undefined when the
 * expression has no literal part long enough to search for.
 */
export function requiredLiterals(source: string): string[] | undefined {
  let branches: Item[][];
  try {
    branches = new Parser(source).alternation();
  } catch {
    return undefined;
  }
  return alternationLiterals(branches);
}

function alternationLiterals(branches: Item[][]): string[] | undefined {
  const all: string[] = [];
  for (const branch of branches) {
    const literals = sequenceLiterals(branch);
    if (!literals) return undefined;
    all.push(...literals);
  }
  return [...new Set(all)];
}

/**
 * The most selective choice for one branch: its longest literal run, or a mandatory group's set. A
 * run extends through a group of plain alternatives (`AADSTS(?:70008|50173)` gives `AADSTS70008`
 * and `AADSTS50173`), as long as the set stays small.
 */
function sequenceLiterals(items: Item[]): string[] | undefined {
  const options: string[][] = [];
  let run = [''];
  const endRun = () => {
    if (shortest(run) >= MIN_LITERAL) options.push(run);
    run = [''];
  };
  for (const item of items) {
    if (item.kind === 'char') {
      if (item.repeat === 'optional') {
        endRun();
      } else {
        run = run.map((r) => r + item.text);
        if (item.repeat === 'many') endRun();
      }
      continue;
    }
    const plain = item.kind === 'group' && !item.optional ? plainAlternatives(item.branches) : undefined;
    if (plain && run.length * plain.length <= MAX_SET) {
      run = run.flatMap((r) => plain.map((p) => r + p));
      continue;
    }
    endRun();
    if (item.kind === 'group' && !item.optional) {
      const inner = alternationLiterals(item.branches);
      if (inner) options.push(inner);
    }
  }
  endRun();
  // A set is as selective as its shortest member; prefer fewer members on a tie.
  options.sort((a, b) => shortest(b) - shortest(a) || a.length - b.length);
  return options[0];
}

/** The texts of a group whose branches are plain text, or undefined. */
function plainAlternatives(branches: Item[][]): string[] | undefined {
  const texts: string[] = [];
  for (const branch of branches) {
    let text = '';
    for (const item of branch) {
      if (item.kind !== 'char' || item.repeat !== 'once') return undefined;
      text += item.text;
    }
    texts.push(text);
  }
  return texts;
}

function shortest(set: string[]): number {
  return Math.min(...set.map((s) => s.length));
}

const CLASS_ESCAPES = new Set(['d', 'D', 's', 'S', 'w', 'W', 'b', 'B', 'n', 'r', 't', 'f', 'v', '0', 'p', 'P', 'k', 'c']);

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  alternation(): Item[][] {
    const branches: Item[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const quantifier = this.quantifier();
      if (atom.kind === 'char') {
        items.push({ ...atom, repeat: quantifier });
      } else if (atom.kind === 'group') {
        items.push({ ...atom, optional: atom.optional || quantifier === 'optional' });
      } else {
        items.push(atom);
      }
    }
    return items;
  }

  private atom(): Item {
    const c = this.src[this.i++]!;
    switch (c) {
      case '\\':
        return this.escape();
      case '[':
        this.skipClass();
        return { kind: 'other' };
      case '(':
        return this.group();
      case '.':
      case '^':
      case '$':
        return { kind: 'other' };
      default:
        return { kind: 'char', text: c, repeat: 'once' };
    }
  }

  private escape(): Item {
    const c = this.src[this.i++];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'u' && /^[0-9a-fA-F]{4}/.test(this.src.slice(this.i))) {
      const text = String.fromCharCode(parseInt(this.src.slice(this.i, this.i + 4), 16));
      this.i += 4;
      return { kind: 'char', text, repeat: 'once' };
    }
    if (c === 'x' && /^[0-9a-fA-F]{2}/.test(this.src.slice(this.i))) {
      const text = String.fromCharCode(parseInt(this.src.slice(this.i, this.i + 2), 16));
      this.i += 2;
      return { kind: 'char', text, repeat: 'once' };
    }
    if (CLASS_ESCAPES.has(c) || /[1-9]/.test(c)) {
      if ((c === 'p' || c === 'P' || c === 'k') && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      if (c === 'k' && this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1;
      return { kind: 'other' };
    }
    return { kind: 'char', text: c, repeat: 'once' };
  }

  private skipClass(): void {
    while (this.i < this.src.length) {
      const c = this.src[this.i++];
      if (c === '\\') this.i++;
      else if (c === ']') return;
    }
    throw new Error('unterminated character class');
  }

  private group(): Item {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i);
      const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest)?.[0];
      if (!prefix) throw new Error('unsupported group');
      this.i += prefix.length;
      lookaround = /^\?(?:=|!|<=|<!)$/.test(prefix);
    }
    const branches = this.alternation();
    if (this.src[this.i] !== ')') throw new Error('unbalanced group');
    this.i++;
    // A lookaround consumes nothing, so its text need not be in the match.
    return lookaround ? { kind: 'other' } : { kind: 'group', branches, optional: false };
  }

  private quantifier(): 'once' | 'optional' | 'many' {
    const c = this.src[this.i];
    let result: 'once' | 'optional' | 'many';
    if (c === '?' || c === '*') {
      this.i++;
      result = 'optional';
    } else if (c === '+') {
      this.i++;
      result = 'many';
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) return 'once';
      this.i += m[0].length;
      result = m[1] === '0' ? 'optional' : m[2] === undefined && m[1] === '1' ? 'once' : 'many';
    } else {
      return 'once';
    }
    if (this.src[this.i] === '?') this.i++;
    return result;
  }
}
