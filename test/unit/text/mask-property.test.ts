import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSecrets, maskSecretsDeep } from '../../../electron/text/mask';
import { RULES } from '../../../electron/text/secrets/rules';
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

/** Texts near the rules' shapes: planted secrets, and strings made of the pieces the rules look for. */
const RULE_PIECES = ['-----BEGIN ', 'PRIVATE KEY-----', 'A1 LOGIN ', 'PASS ', 'pass ', 'APOP u ', 'AUTH PLAIN ', 'AUTHENTICATE XOAUTH2 ', 'dXNlcj', 'https://', 'u:p@', 'eyJ', 'eyJhbGciOi.eyJzdWIi.', 'Basic ', 'Bearer ', 'Digest ', 'Token ', 'NTLM ', 'Negotiate ', 'Kerberos ', 'OAuth ', 'SSWS ', 'DPoP ', 'PrivateToken ', 'password=', 'secret: ', '<password>', '</password>', 'Zq9aB3dE5fG7hJ9kLmN', '2026-11-01T10:00:00.000+00:00', 'user1', "'", '"', ' ', '\n', ':', '=', '&', '@'];
const ruleShaped = fc.oneof(
  planted.map((p) => p.text),
  fc.array(fc.constantFrom(...RULE_PIECES), { maxLength: 12 }).map((pieces) => pieces.join('')),
  fc.string({ maxLength: 60 }),
);

describe("the rules' one search before they run", () => {
  it('passes a text over only where a rule would leave it as it is: each rule changes no text without what it needs', () => {
    fc.assert(
      fc.property(ruleShaped, (text) => {
        for (const rule of RULES) {
          if (!rule.needs) continue;
          // The text, and the text with what the rule needs taken out (the rule's own shape, minus its key word).
          const without = text.replace(new RegExp(rule.needs.source, 'gi'), '');
          for (const t of [text, without]) if (!rule.needs.test(t)) expect(rule.apply(t), `${rule.shape}: ${JSON.stringify(t)}`).toBe(t);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('masks exactly as every rule run in turn does', () => {
    fc.assert(
      fc.property(ruleShaped, (text) => {
        expect(maskSecrets(text)).toBe(RULES.reduce((t, rule) => rule.apply(t), text));
      }),
      { numRuns: 2000 },
    );
  });
});
