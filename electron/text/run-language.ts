import { AsyncLocalStorage } from 'node:async_hooks';
import type { Language } from '../../knowledge/i18n/language';

/**
 * The language of the run a piece of code belongs to: a check run, an API call in the window's
 * language, a command run with --lang. Each catalogue (the checks', the services', the input
 * reader's) asks it for its words, so no language is handed through every helper. Kept apart from
 * the catalogues so that asking costs none of them.
 */
const current = new AsyncLocalStorage<Language>();

/** Runs `run` (and everything it starts) in `language`. */
export function inLanguage<T>(language: Language, run: () => T): T {
  return current.run(language, run);
}

/** The language of the run this code belongs to; English outside any run. */
export function runLanguage(): Language {
  return current.getStore() ?? 'en';
}
