/**
 * The languages the knowledge is written in. English is the knowledge itself; the others translate it.
 * Here, not beside the translations: the start screen reads them before any of the knowledge loads.
 */
export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language a locale names, in any of the forms the platforms give it: a BCP 47 tag from the
 * browser or Electron ("ja", "ja-JP", "en-GB"), a POSIX locale from the environment ("ja_JP.UTF-8",
 * "en_US@euro"). Undefined for a language the knowledge is not written in, and for "C" and "POSIX".
 */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const base = locale?.trim().toLowerCase().split(/[-_.@]/)[0];
  return base && (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : undefined;
}

/** The first of the preferred locales (best first, as `navigator.languages` lists them) the knowledge is written in; English otherwise. */
export function preferredLanguage(locales: readonly (string | undefined)[]): Language {
  for (const locale of locales) {
    const language = languageOfLocale(locale);
    if (language) return language;
  }
  return 'en';
}

/** The language an HTTP Accept-Language header prefers ("ja,en-US;q=0.9"), weights honoured; English otherwise. */
export function languageFromAcceptLanguage(header: string | undefined): Language {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.weight > 0 && !Number.isNaN(entry.weight))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return preferredLanguage(ranked.map((entry) => entry.tag));
}

/**
 * The language of the POSIX locale environment, in its order of precedence: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set decides (so LC_ALL=C means English even with LANG=ja_JP.UTF-8).
 */
export function languageFromPosixEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const decisive = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return languageOfLocale(decisive) ?? 'en';
}
