import type { Translations } from '../translations';

/** Japanese for the knowledge part a001-mail-oauth: each English prose text beside its Japanese. */
export const ja: Translations = {};
