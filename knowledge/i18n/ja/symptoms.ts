import type { Translations } from '../translations';

/** Japanese for the knowledge part symptoms: each English prose text beside its Japanese. */
export const ja: Translations = {};
