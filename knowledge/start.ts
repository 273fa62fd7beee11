/**
 * What the start screen shows before the engine loads: the problems jira-doctor knows, each with the
 * error messages it covers, in each language. Plain data, no engine, no zod: the page paints these
 * first and loads the rest (knowledge/index.ts) after.
 */
import { part } from './articles/symptoms';
import { ja } from './i18n/ja/symptoms';
import { symptomProse, translator } from './i18n/symptom-prose';
import type { Language } from './i18n/language';
import type { SymptomInfo } from './schema';

/** The symptoms part's own Japanese (the one the Japanese engine uses), so the start list and the wizard never disagree. */
const SYMPTOMS: Record<Language, readonly SymptomInfo[]> = {
  en: part.symptoms ?? [],
  ja: (part.symptoms ?? []).map((s) => symptomProse(s, translator(ja))),
};

/** The start list in `language`; the examples are error messages, exact in every language. */
export function startSymptoms(language: Language): readonly SymptomInfo[] {
  return SYMPTOMS[language];
}
