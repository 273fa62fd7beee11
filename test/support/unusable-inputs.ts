import fc from 'fast-check';
import { FACT_NAMES } from '../../knowledge/contract/facts';
import { factsFromJson } from '../../electron/cli/facts-input';

/**
 * Texts of files `report --input` and `diagnose --facts` cannot use, one of each kind the reader
 * refuses: not JSON, empty, not an object, nested too deep, facts with unknown names or values of
 * the wrong kind, a session, a check's output or a scan's output that is not valid. Strings are
 * drawn without quotes or backslashes, so a value the message quotes stays one quoted string.
 */
const word = fc.stringMatching(/^[a-z]{1,8}$/);
const plain = fc.stringMatching(/^[a-zA-Z0-9 .:/-]{0,24}$/);
const scalar = fc.oneof(plain, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(2 ** 53 + 1));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(word, scalar, { maxKeys: 2 }));
const unknownName = fc.oneof(fc.tuple(word, word).map(([a, b]) => `${a}.${b}`), fc.constantFrom('', ' ', 'jira.versoin', 'symptom ', 'x'.repeat(500)));
/** Whether JSON.parse takes the text. */
export const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

export const unusableInput: fc.Arbitrary<{ kind: string; text: string }> = fc.oneof(
  fc.string({ maxLength: 40 }).filter((t) => t.trim() !== '' && !isJson(t)).map((text) => ({ kind: 'not JSON', text })),
  fc.tuple(fc.constantFrom('{', '[', '{"symptom": '), plain).map(([a, b]) => ({ kind: 'cut short', text: `${a}${b}` })).filter(({ text }) => !isJson(text)),
  fc.constantFrom('', '  \n\t').map((text) => ({ kind: 'empty', text })),
  fc.oneof(fc.array(scalar, { maxLength: 3 }), scalar, fc.constant(null)).map((v) => ({ kind: 'not an object', text: JSON.stringify(v) })),
  fc.integer({ min: 65, max: 300 }).map((n) => ({ kind: 'nested too deep', text: `${'['.repeat(n)}${']'.repeat(n)}` })),
  fc
    .tuple(fc.dictionary(unknownName, value, { minKeys: 0, maxKeys: 3 }), fc.dictionary(fc.constantFrom(...FACT_NAMES), value, { maxKeys: 3 }))
    .map(([unknown, known]) => ({ ...unknown, ...known }))
    .map((facts) => ({ kind: 'facts', text: JSON.stringify(facts) }))
    // A drawn value may happen to fit its fact.
    .filter(({ text }) => !factsFromJson(text, 'facts.json').ok),
  fc.record({ schemaVersion: fc.constant(1), answers: fc.oneof(scalar, fc.array(fc.record({ fact: fc.constantFrom(...FACT_NAMES), value }), { minLength: 1, maxLength: 2 })) }).map((s) => ({ kind: 'session', text: JSON.stringify(s) })),
  fc.record({ facts: fc.dictionary(word, scalar, { maxKeys: 2 }), evidence: fc.oneof(scalar, fc.constant([{}])) }).map((c) => ({ kind: 'check output', text: JSON.stringify(c) })),
  fc.record({ facts: fc.constant({}), signatures: fc.oneof(scalar, fc.constant([])), schemaVersion: fc.oneof(fc.integer(), fc.constant(1)) }).map((s) => ({ kind: 'scan output', text: JSON.stringify(s) })),
);
