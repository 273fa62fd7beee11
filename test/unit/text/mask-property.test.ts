import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSecrets, maskSecretsDeep } from '../../../electron/text/mask';
import { planted, survivors } from './secret-shapes';

describe('no generated secret survives the masker', () => {
  it('in free text, whatever its shape, notation and surroundings', () => {
    fc.assert(
      fc.property(planted, (p) => {
        expect(survivors(maskSecrets(p.text), [p]), `${p.shape} / ${p.notation}:\n${p.text}\n→ ${maskSecrets(p.text)}`).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('in several at once on one line or many, and inside the strings of an object', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(planted, fc.constantFrom(' ', '\n', '; ', ', ', '&')), { minLength: 2, maxLength: 8 }), (pairs) => {
        const plants = pairs.map(([p]) => p);
        const text = pairs.map(([p, separator]) => `${p.text}${separator}`).join('');
        expect(survivors(maskSecrets(text), plants)).toEqual([]);
        const object = { notes: plants.map((p) => p.text), nested: { body: text } };
        expect(survivors(JSON.stringify(maskSecretsDeep(object)), plants)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
