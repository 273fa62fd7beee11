import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsFromJson } from '../../../electron/cli/facts-input';
import { jsonStop } from '../../../electron/text/json-stop';
import { inLanguage } from '../../../electron/text/run-language';
import { isJson } from '../../support/unusable-inputs';

/** JSON texts with one slip an admin's editor could make: a character dropped, doubled, replaced or added, or the text cut short. */
const nearlyJson = fc
  .tuple(
    fc.json({ maxDepth: 3 }),
    fc.nat(),
    fc.constantFrom('drop', 'double', 'replace', 'insert', 'cut'),
    fc.constantFrom(...'{}[],:"\\ \n\t-+.eE0123456789tfnulx\u0001\u3000\ud800'),
  )
  .map(([json, at, slip, c]) => {
    const i = at % (json.length + 1);
    if (slip === 'drop') return json.slice(0, i) + json.slice(i + 1);
    if (slip === 'double') return json.slice(0, i) + json.slice(i, i + 1) + json.slice(i);
    if (slip === 'replace') return json.slice(0, i) + c + json.slice(i + 1);
    if (slip === 'insert') return json.slice(0, i) + c + json.slice(i);
    return json.slice(0, i);
  });

describe('where a text stops being JSON', () => {
  it('is found exactly when JSON.parse refuses the text', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyJson, fc.string({ maxLength: 30 }), fc.json({ maxDepth: 4 })), (text) => {
        expect(jsonStop(text) === undefined, text).toBe(isJson(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('is the first character no JSON could have there, with its line and column, or the end', () => {
    expect(jsonStop('{"a": 1,}')).toEqual({ line: 1, column: 9, found: "'}'" });
    expect(jsonStop('{\n  "a": 1\n  "b": 2}')).toEqual({ line: 3, column: 3, found: `'"'` });
    expect(jsonStop('{"a": tru}')).toEqual({ line: 1, column: 10, found: "'}'" });
    expect(jsonStop('{"a": 01}')).toEqual({ line: 1, column: 8, found: "'1'" });
    expect(jsonStop('"\\u12g4"')).toEqual({ line: 1, column: 6, found: "'g'" });
    expect(jsonStop('{"a":1} x')).toEqual({ line: 1, column: 9, found: "'x'" });
    expect(jsonStop('undefined')).toEqual({ line: 1, column: 1, found: "'u'" });
    // What would not show is named by its code.
    expect(jsonStop('{"a": "x\u0001"}')).toEqual({ line: 1, column: 9, found: 'U+0001' });
    expect(jsonStop('[\u3000]')).toEqual({ line: 1, column: 2, found: 'U+3000' });
    expect(jsonStop('{"a":\r\n tru e}')).toEqual({ line: 2, column: 5, found: 'U+0020' });
    for (const cut of ['', '  ', '{"a":', '[1,2', '"abc', 'nul', '{"a": "\\u12', '-']) expect(jsonStop(cut), cut).toEqual({ end: true });
  });

  it('reads a text nested far deeper than any call stack', () => {
    expect(jsonStop(`${'['.repeat(1_000_000)}`)).toEqual({ end: true });
    expect(jsonStop(`${'[{"a":'.repeat(200_000)}x`)).toEqual({ line: 1, column: 1_200_001, found: "'x'" });
  });
});

describe('a file that is not JSON, as the reader refuses it', () => {
  // An admin left the quotes off a password: JSON.parse's own message quotes the text around it.
  const unquoted = `{"a": "${'x'.repeat(60)}", "ldap.password": Hunter2Secret, "c": "${'y'.repeat(60)}"}`;

  it('says where, in English and in Japanese, and never quotes the text around it', () => {
    expect(factsFromJson(unquoted, 'facts.json')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^facts\.json is not valid JSON \(Unexpected 'H' at line 1, column 88\)\. Give a JSON object of facts/)],
    });
    expect(inLanguage('ja', () => factsFromJson(unquoted, 'facts.json'))).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^facts\.json は正しい JSON ではありません（1 行目の 88 文字目に予期しない文字 'H' があります）。/)],
    });
    for (const language of ['en', 'ja'] as const) {
      const said = inLanguage(language, () => factsFromJson(unquoted, 'facts.json'));
      expect(said.ok || said.problems.join('\n')).not.toMatch(/Hunter|unt|password/);
    }
  });

  it('says that a file ends too early', () => {
    expect(factsFromJson('{"symptom": ', 'facts.json')).toEqual({ ok: false, problems: [expect.stringMatching(/^facts\.json is not valid JSON \(Unexpected end of JSON input\)\./)] });
    expect(inLanguage('ja', () => factsFromJson('{"symptom": ', 'facts.json'))).toEqual({ ok: false, problems: [expect.stringMatching(/^facts\.json は正しい JSON ではありません（途中で終わっています）。/)] });
  });
});
