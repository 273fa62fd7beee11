import type { KnowledgePart } from '../schema';
import { mapProse, proseOf } from './prose';
import { translator } from './symptom-prose';

export { translator } from './symptom-prose';

export { LANGUAGES } from './language';
export type { Language } from './language';

/**
 * A translation of one knowledge part: each English prose text of the part, exactly as the part
 * writes it, beside its text in the other language. Keyed by the English so that a changed English
 * text shows up as untranslated (and its old entry as stale) instead of silently keeping a translation
 * of what the knowledge no longer says.
 */
export type Translations = Readonly<Record<string, string>>;

/** The part with its prose in the translation's language; a text without an entry stays English. */
export function translatePart(part: KnowledgePart, translations: Translations): KnowledgePart {
  return mapProse(part, translator(translations));
}


export type TranslationProblem = { where: string; text: string; problem: string };

const PLACEHOLDER = /\{\{[^}]+\}\}/g;

/**
 * What must reach the translation character for character: placeholders, `code spans`, "quoted
 * strings" (error messages, UI labels), URLs, paths and property names, AADSTS codes, versions.
 */
export function exactStrings(text: string): string[] {
  const found = new Set<string>();
  const add = (re: RegExp, group = 0) => {
    for (const m of text.matchAll(re)) if (m[group]) found.add(m[group]);
  };
  add(PLACEHOLDER);
  add(/`([^`]+)`/g, 1);
  add(/"([^"]+)"/g, 1);
  add(/https?:\/\/[^\s)"'`,;]+[^\s)"'`,.;:?!]/g);
  add(/\bAADSTS\d+\b/g);
  add(/(?<![\w.])-D[\w.]+(?:=[^\s,;)]+)?/g);
  add(/(?<![\w.])\d+\.\d+(?:\.\d+)?(?![\w.]*\w)/g);
  add(/(?<![\w/])\/[\w.-]+(?:\/[\w.*{}-]+)+/g);
  return [...found];
}

/**
 * Everything wrong with a translation of a part: prose without an entry, an empty entry, an entry no
 * prose uses any more, and an entry that loses an exact string of its English.
 */
export function translationProblems(part: KnowledgePart, translations: Translations): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const used = new Set<string>();
  for (const { text, where } of proseOf(part)) {
    used.add(text);
    if (!Object.hasOwn(translations, text)) {
      problems.push({ where, text, problem: 'has no translation' });
      continue;
    }
    const translated = translations[text]!;
    if (!translated.trim()) problems.push({ where, text, problem: 'has an empty translation' });
    for (const exact of exactStrings(text)) {
      if (!translated.includes(exact)) problems.push({ where, text, problem: `the translation loses the exact string ${exact}` });
    }
  }
  for (const text of Object.keys(translations)) {
    if (!used.has(text)) problems.push({ where: 'translations', text, problem: 'is not prose of this part any more (stale entry)' });
  }
  return problems;
}
