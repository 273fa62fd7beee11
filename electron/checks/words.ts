import type { Language } from '../../knowledge/core';
import { en, type CheckWords } from './words-en';
import { ja } from './words-ja';
import { runLanguage } from '../text/run-language';

export type { CheckWords } from './words-en';

/**
 * The checks' own words, one typed catalogue per language: what went wrong on the way to a server
 * (network, proxy, TLS) and what to try, and the run's own notes. A check asks `checkWords()` for
 * the catalogue of the run it belongs to (`inLanguage`), so no language has to be handed through
 * every helper. Host names, ports, codes and the servers' own messages stay exact in every language.
 * The English catalogue's type is every language's (words-en.ts), so a missing text fails to compile.
 */
export const CHECK_WORDS: Record<Language, CheckWords> = { en, ja };

/** The run's language, kept apart from the catalogues (electron/text/run-language.ts). */
export { inLanguage, runLanguage as checkLanguage } from '../text/run-language';

/** The words of the run this code belongs to; English outside any run. */
export function checkWords(): CheckWords {
  return CHECK_WORDS[runLanguage()];
}
