// Read by the build too (vite.config.ts): only a type is imported here, so the config loads nothing else.
import type { Language } from '../../knowledge/i18n/language';

/** Each language by its own name, as language switches show them whatever the current language. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語' };

/** The language switch's name, in both languages: whoever landed in the wrong one still finds the way back. */
export const LANGUAGE_SWITCH_LABEL = 'Language · 言語';

/**
 * Every text of the language switch, which every window shows whatever its language. Its few
 * Japanese glyphs are cut from Noto Sans JP at build time (vite.config.ts), so an English window
 * draws them without fetching the whole 5 MB font.
 */
export const LANGUAGE_SWITCH_TEXT = [LANGUAGE_SWITCH_LABEL, ...Object.values(LANGUAGE_NAMES)].join('');
