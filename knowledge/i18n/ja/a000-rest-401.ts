import type { Translations } from '../translations';

/** Japanese for the knowledge part a000-rest-401: each English prose text beside its Japanese. */
export const ja: Translations = {};
