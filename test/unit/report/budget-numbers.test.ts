import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grouped } from '../../../electron/report/budget';

/** A shortened list's counts are written as toLocaleString writes them in both report languages. */
describe('a count in a shortened report', () => {
  it('has its thousands apart exactly as English and Japanese toLocaleString put them', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(10_000), fc.maxSafeNat()), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString('en'));
        expect(grouped(n)).toBe(n.toLocaleString('ja'));
      }),
      { numRuns: 300 },
    );
  });
});
