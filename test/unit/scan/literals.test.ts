import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../knowledge';
import { requiredLiterals } from '../../../electron/scan/literals';

describe('requiredLiterals: what every match must contain', () => {
  it('takes the longest literal run of a plain pattern, unescaped', () => {
    expect(requiredLiterals("The user '[^']*' has PASSED authentication\\.")).toEqual(["' has PASSED authentication."]);
  });

  it('needs one literal per branch of an alternation', () => {
    expect(requiredLiterals('AADSTS7000222|secret keys .* are expired')).toEqual(['AADSTS7000222', 'secret keys ']);
  });

  it('skips optional parts and uses a mandatory group when it is more selective', () => {
    expect(requiredLiterals('Deleting (?:remember me )?cookie\\.')).toEqual(['Deleting ']);
    expect(requiredLiterals('x(?:Invalid client secret|Invalid client credentials)\\.')).toEqual(['xInvalid client secret.', 'xInvalid client credentials.']);
    expect(requiredLiterals('AADSTS(?:70008|50173)\\b')).toEqual(['AADSTS70008', 'AADSTS50173']);
    expect(requiredLiterals('error (?:\\d+|code) in module ')).toEqual([' in module ']);
  });

  it('ignores lookarounds, classes and escapes that are not literal', () => {
    expect(requiredLiterals('reason=(?!AUTHENTICATION_DENIED\\b)[A-Z_]+')).toEqual(['reason=']);
    expect(requiredLiterals('data \\d+, v\\w+')).toEqual(['data ']);
  });

  it('gives up on patterns without a literal long enough to search for', () => {
    expect(requiredLiterals('\\d+x\\d+x\\d+')).toBeUndefined();
    expect(requiredLiterals('a|bcdef')).toBeUndefined();
  });

  it('finds a literal in every catalogue signature, and the example contains it', () => {
    for (const s of knowledge.signatures) {
      const literals = requiredLiterals(s.pattern);
      expect(literals, s.id).toBeDefined();
      const example = s.flags?.includes('i') ? s.example.toLowerCase() : s.example;
      const contains = literals!.some((l) => example.includes(s.flags?.includes('i') ? l.toLowerCase() : l));
      expect(contains, `${s.id}: example contains one of ${JSON.stringify(literals)}`).toBe(true);
    }
  });
});
