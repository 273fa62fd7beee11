import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { ja } from './ja';
import { rememberLanguage } from './language';
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
  /** Switches the language of everything on screen (the wizard's knowledge follows it), and remembers it. */
  setLocale: (locale: Locale) => void;
};

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ locale: initial, children }: { locale: Locale; children: ReactNode }) {
  const [locale, setLocale] = useState(initial);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // The formatters are made once per language, never on a render, and only when first used: each
  // costs a locale lookup, and the start screen, painted first, shows no date.
  const value = useMemo<I18n>(() => {
    let dates: Intl.DateTimeFormat | undefined;
    // A typed date is read back in the browser's own regional format, the one the admin types in.
    let days: Intl.DateTimeFormat | undefined;
    return {
      t: translator(LOCALES[locale]),
      locale,
      formatDateTime: (iso) => (dates ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso)),
      formatDay: (day) => (days ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(`${day}T00:00:00Z`)),
      setLocale: (next) => {
        rememberLanguage(next);
        setLocale(next);
      },
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
