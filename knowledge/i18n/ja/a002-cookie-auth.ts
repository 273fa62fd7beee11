import type { Translations } from '../translations';

/** Japanese for the knowledge part a002-cookie-auth: each English prose text beside its Japanese. */
export const ja: Translations = {};
