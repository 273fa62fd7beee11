import type { SymptomInfo } from '../schema';
import type { Translations } from './translations';

/** Replaces one prose text, told where it stands in the knowledge ("cause x.title"). */
export type Translate = (text: string, where: string) => string;

export const optional = (text: string | undefined, where: string, f: Translate) => (text === undefined ? undefined : f(text, where));

/**
 * A symptom with its prose replaced by `f`. In a module of its own with `translator`: the start
 * screen needs only these, and paints before the rest of the knowledge (and of prose.ts) loads.
 */
export function symptomProse(s: SymptomInfo, f: Translate): SymptomInfo {
  const at = `symptom ${s.id}`;
  const impact = optional(s.impact, `${at}.impact`, f);
  return { ...s, title: f(s.title, `${at}.title`), description: f(s.description, `${at}.description`), ...(impact !== undefined && { impact }) };
}

/** Each text in the translation's language; a text without an entry stays English. */
export function translator(translations: Translations): Translate {
  return (text) => (Object.hasOwn(translations, text) ? translations[text]! : text);
}
