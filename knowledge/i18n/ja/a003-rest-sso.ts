import type { Translations } from '../translations';

/** Japanese for the knowledge part a003-rest-sso: each English prose text beside its Japanese. */
export const ja: Translations = {};
