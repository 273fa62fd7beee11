import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en } from './en';
import { ja } from './ja';
import { translator, type Catalogue, type Translate } from './translate';

export type { MessageKey, Translate } from './translate';

export const LOCALES = { en, ja } as const satisfies Record<string, Catalogue>;
export type Locale = keyof typeof LOCALES;

type I18n = {
  t: Translate;
  locale: Locale;
  /** A moment in the admin's words ("2 Dec 2026, 04:10"). */
  formatDateTime: (iso: string) => string;
  /** A YYYY-MM-DD day in words ("31 March 2026"), independent of the time zone. */
  formatDay: (day: string) => string;
};

const I18nContext = createContext<I18n | undefined>(undefined);

/** Picks the catalogue closest to the browser's language; English when none matches. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0] ?? '';
    if (Object.hasOwn(LOCALES, base)) return base as Locale;
  }
  return 'en';
}

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  // The formatters are made once per language, never on a render: each costs a locale lookup.
  const value = useMemo<I18n>(() => {
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    // A typed date is read back in the browser's own regional format, the one the admin types in.
    const days = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });
    return {
      t: translator(LOCALES[locale]),
      locale,
      formatDateTime: (iso) => dates.format(new Date(iso)),
      formatDay: (day) => days.format(new Date(`${day}T00:00:00Z`)),
    };
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider above it');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
