import type { CauseId } from '../contract/causes';
import type { Signature } from '../schema';

/** A signature of the catalogue with its regular expression built once. */
export type CompiledSignature = { signature: Signature; regex: RegExp };

export function compileSignatures(signatures: readonly Signature[]): Map<string, CompiledSignature> {
  return new Map(signatures.map((signature) => [signature.id, { signature, regex: new RegExp(signature.pattern, signature.flags ?? '') }]));
}

/** The first of `texts` that the signature matches. */
export function firstMatch(compiled: CompiledSignature, texts: readonly string[]): string | undefined {
  return texts.find((text) => compiled.regex.test(text));
}

/** The different values the signature's first capture group takes across `texts` (lower case, trimmed). */
export function distinctMatches(compiled: CompiledSignature, texts: readonly string[]): Set<string> {
  const global = new RegExp(compiled.regex.source, compiled.regex.flags.includes('g') ? compiled.regex.flags : `${compiled.regex.flags}g`);
  const values = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(global)) if (m[1] !== undefined) values.add(m[1].trim().toLowerCase());
  return values;
}

/** Every signature found in a pasted error message or log excerpt, in catalogue order. */
export function matchErrorText(
  signatures: ReadonlyMap<string, CompiledSignature>,
  text: string,
): { signature: Signature; causes: CauseId[] }[] {
  const found: { signature: Signature; causes: CauseId[] }[] = [];
  for (const { signature, regex } of signatures.values()) {
    if (regex.test(text)) found.push({ signature, causes: [...signature.supports] });
  }
  return found;
}
