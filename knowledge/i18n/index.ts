import { KNOWLEDGE_PARTS, mergeKnowledge } from '../parts';
import type { Knowledge } from '../schema';
import { translatePart, type Translations } from './translations';

export { LANGUAGES, translatePart, translationProblems, exactStrings } from './translations';
export type { Language, Translations, TranslationProblem } from './translations';
export { mapProse, proseOf } from './prose';
export { languageOfLocale, preferredLanguage, languageFromAcceptLanguage, languageFromPosixEnvironment } from './language';

/** The knowledge base with each part's prose in another language (the parts' translations, keyed like KNOWLEDGE_PARTS). */
export function translatedKnowledge(translations: Readonly<Record<string, Translations>>): Knowledge {
  return mergeKnowledge(
    Object.fromEntries(Object.entries(KNOWLEDGE_PARTS).map(([key, part]) => [key, translations[key] ? translatePart(part, translations[key]) : part])),
  );
}
