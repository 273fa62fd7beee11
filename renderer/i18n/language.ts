// The light modules only: this runs before the start screen paints, the engine loads after it.
import { LANGUAGES, languageOfLocale, preferredLanguage, type Language } from '../../knowledge/i18n/language';

/** Where the admin's choice of language is kept: the browser storage the app keeps its other settings in (the checks form). */
const KEY = 'jira-doctor.language';

/**
 * The language to start in: the one the admin chose last, else the operating system's (Electron's
 * app.getLocale()), else the browser's preferences (navigator.languages, which Accept-Language
 * follows), else English.
 */
export function initialLanguage(systemLocale: string | undefined, languages: readonly string[]): Language {
  const stored = readStored();
  if (stored) return stored;
  return languageOfLocale(systemLocale) ?? preferredLanguage(languages);
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(KEY, language);
  } catch {
    // Storage refused (a locked-down browser profile): the choice holds for this window only.
  }
}

function readStored(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(KEY);
    return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Loads the bundled Japanese font faces (styles.css) before Japanese is first drawn: Chromium drew
 * text laid out before the face had arrived as empty boxes, and kept them after it had. A system
 * font may serve instead; either way the page never waits more than a moment for it.
 */
export function whenFontsReady(language: Language): Promise<void> {
  if (language !== 'ja') return Promise.resolve();
  const faces = ['400', '700'].map((weight) => document.fonts.load(`${weight} 1em "Noto Sans JP Bundled"`, '日本語'));
  const moment = new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS));
  return Promise.race([Promise.all(faces).then(() => undefined, () => undefined), moment]);
}
const FONT_WAIT_MS = 1500;
