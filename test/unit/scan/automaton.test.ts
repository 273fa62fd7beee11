import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralAutomaton, SkipSearch, literalSearch, type LiteralSearch } from '../../../electron/scan/automaton';

function occurrences(automaton: LiteralSearch, text: string): [number, number][] {
  const found: [number, number][] = [];
  const bytes = Buffer.from(text, 'latin1');
  automaton.search(bytes, 0, bytes.length, (start, id) => found.push([start, id]));
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function naive(literals: string[], text: string): [number, number][] {
  const found: [number, number][] = [];
  const lower = text.toLowerCase();
  literals.forEach((l, id) => {
    for (let i = lower.indexOf(l.toLowerCase()); i !== -1; i = lower.indexOf(l.toLowerCase(), i + 1)) found.push([i, id]);
  });
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('literal search: many literals in one pass', () => {
  it('finds overlapping and nested literals with their start offsets', () => {
    const literals = ['he', 'she', 'his', 'hers'];
    expect(occurrences(new LiteralAutomaton(literals), 'ushers')).toEqual([
      [1, 1],
      [2, 0],
      [2, 3],
    ]);
  });

  it('ignores ASCII case, so the regular expression decides', () => {
    const a = new LiteralAutomaton(["Couldn't open the folder"]);
    expect(occurrences(a, "JIRA COULDN'T OPEN THE FOLDER 'inbox'")).toEqual([[5, 0]]);
  });

  it('agrees with a naive search on random text', () => {
    const literals = ['abab', 'bab', 'aab', 'b', 'AADSTS', 'ST7'];
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647), seed);
    const alphabet = 'abABST7 ';
    const text = Array.from({ length: 5000 }, () => alphabet[random() % alphabet.length]).join('');
    expect(occurrences(new LiteralAutomaton(literals), text)).toEqual(naive(literals, text));
  });

  it('skips ahead without missing anything when all literals are long (random text, many hits)', () => {
    const literals = ['ababab', 'babaab', 'AADSTS7000', 'aabbaa', 'ST7000222'];
    let seed = 11;
    const random = () => ((seed = (seed * 48271) % 2147483647), seed);
    const alphabet = 'abAB';
    const text = Array.from({ length: 20000 }, () => alphabet[random() % alphabet.length]).join('') + ' AADSTS7000222 ';
    expect(literalSearch(literals)).toBeInstanceOf(SkipSearch);
    expect(occurrences(new SkipSearch(literals), text)).toEqual(naive(literals, text));
  });

  it('finds every occurrence wherever in each literal its window is put (generated literals, samples and texts)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abAB .\''), minLength: 6, maxLength: 14 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), fc.array(word, { maxLength: 20 }), fc.array(fc.oneof(word, fc.string({ unit: fc.constantFrom(...'abAB .\'') })), { maxLength: 60 }), (literals, sample, parts) => {
        const text = parts.join('');
        const search = new SkipSearch(literals, Buffer.from(sample.join('\n')));
        expect(occurrences(search, text)).toEqual(naive(literals, text));
      }),
      { numRuns: 400 },
    );
  });

  it('walks a long text as two halves at once, finding what one walk finds, in the same order, and says which hits are exact', () => {
    const unit = fc.constantFrom(...'abAB .\'');
    const word = fc.string({ unit, minLength: 6, maxLength: 14 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), fc.array(fc.oneof(word, fc.string({ unit })), { minLength: 250, maxLength: 800 }), fc.nat(), (literals, parts, cut) => {
        // Dense text, then as much text the walk skips through quickly, with one literal in it.
        const dense = parts.join('');
        const text = Buffer.from(dense + 'z'.repeat(dense.length + 100), 'latin1');
        text.write(literals[0]!, dense.length + 50 + (cut % dense.length), 'latin1');
        const search = new SkipSearch(literals, text.subarray(0, 200));
        const from = cut % 50;
        // A literal whose window ends right before, at or right after where the halves meet.
        const id = cut % literals.length;
        const first = from + search.window - 1;
        const start = first + ((text.length - first) >> 1) + (cut % 3) - 1 - search.anchors[id]! - search.window + 1;
        text.write(literals[id]!, start, 'latin1');
        const found: [number, number, boolean][] = [];
        search.search(text, from, text.length, (start, id, exact) => found.push([start, id, exact]));
        // One walk finds them by where their windows end, a window's literals in the order given.
        const windowEnd = ([start, id]: [number, number]) => start + search.anchors[id]! + search.window - 1;
        const expected = naive(literals, text.toString('latin1'))
          .filter(([start]) => start >= from)
          .sort((a, b) => windowEnd(a) - windowEnd(b) || a[1] - b[1])
          .map(([start, id]): [number, number, boolean] => [start, id, text.toString('latin1', start, start + literals[id]!.length) === literals[id]]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('puts each window where the sample says it is rare, so a common ending is not a stop', () => {
    const literals = ['rejected before authentication.', 'quota hit during authentication.', 'xyzzy plugh'];
    const line = "[c.a.j.security.login.JiraSeraphAuthenticator] The user 'u' has PASSED authentication.\n";
    const text = Buffer.from(`${line.repeat(50)} QUOTA HIT DURING AUTHENTICATION.`);
    // The bytes a search reads: each stop compares a literal with the text byte by byte.
    const reads = (search: SkipSearch) => {
      let count = 0;
      const counted = new Proxy(text, { get: (t, key): unknown => (typeof key === 'string' && /^\d+$/.test(key) ? (count++, t[Number(key)]) : Reflect.get(t, key)) });
      const found: number[] = [];
      search.search(counted, 0, text.length, (start) => found.push(start));
      expect(found).toEqual([line.length * 50 + 1]);
      return count;
    };
    const guided = reads(new SkipSearch(literals, Buffer.from(line.repeat(3))));
    const unguided = reads(new SkipSearch(literals));
    expect(guided).toBeLessThan(unguided);
  });

  it('uses the automaton when a literal is too short to skip by', () => {
    expect(literalSearch(['abc', 'longer literal'])).toBeInstanceOf(LiteralAutomaton);
  });

  it('searches only the range it is given', () => {
    const bytes = Buffer.from('needle haystack needle');
    for (const search of [new LiteralAutomaton(['needle']), new SkipSearch(['needle'])]) {
      const found: number[] = [];
      search.search(bytes, 1, bytes.length - 1, (start) => found.push(start));
      search.search(bytes, 1, bytes.length, (start) => found.push(start));
      expect(found).toEqual([16]);
    }
  });
});
