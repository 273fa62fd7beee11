import { AsyncLocalStorage } from 'node:async_hooks';
import type { Language } from '../../knowledge/core';
import { en, type CheckWords } from './words-en';
import { ja } from './words-ja';

export type { CheckWords } from './words-en';

/**
 * The checks' own words, one typed catalogue per language: what went wrong on the way to a server
 * (network, proxy, TLS) and what to try, and the run's own notes. A check asks `checkWords()` for
 * the catalogue of the run it belongs to (`inLanguage`), so no language has to be handed through
 * every helper. Host names, ports, codes and the servers' own messages stay exact in every language.
 * The English catalogue's type is every language's (words-en.ts), so a missing text fails to compile.
 */
export const CHECK_WORDS: Record<Language, CheckWords> = { en, ja };

const current = new AsyncLocalStorage<Language>();

/** Runs `run` (and everything it starts) with the checks' words in `language`. */
export function inLanguage<T>(language: Language, run: () => T): T {
  return current.run(language, run);
}

/** The language of the run this code belongs to; English outside any run. */
export function checkLanguage(): Language {
  return current.getStore() ?? 'en';
}

/** The words of the run this code belongs to; English outside any run. */
export function checkWords(): CheckWords {
  return CHECK_WORDS[checkLanguage()];
}
