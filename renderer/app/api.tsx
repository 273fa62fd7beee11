import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, JiraDoctorApi } from '../../electron/api/contract';
import { ApiError, pageLanguage, TransportError, type TransportFailure } from '../../electron/api/wire';
import { LOCALES, type Locale, type Translate } from '../i18n';
import { translator } from '../i18n/translate';

type ApiContextValue = { api: JiraDoctorApi; info: AppInfo };

const ApiContext = createContext<ApiContextValue | undefined>(undefined);

export function ApiProvider({ api, info: served, children }: ApiContextValue & { children: ReactNode }) {
  const [info, setInfo] = useState(served);
  // A page served before the services had loaded (browser mode) lacks the notices of the stores
  // they open: asked again once the start screen is drawn, so the question never delays it.
  useEffect(() => {
    if (!served.partial) return;
    let live = true;
    const frame = requestAnimationFrame(() => {
      void api.app.info().then(
        // Only a change is drawn again: most starts have no notice at all.
        (fresh) => live && JSON.stringify(fresh.notices) !== JSON.stringify(served.notices) && setInfo(fresh),
        () => undefined,
      );
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [api, served]);
  const value = useMemo(() => ({ api, info }), [api, info]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): JiraDoctorApi {
  return useApiContext().api;
}

export function useAppInfo(): AppInfo {
  return useApiContext().info;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi needs an ApiProvider above it');
  return value;
}

/**
 * The message to show for a failed call: the service's own words, in the page's language (the call
 * carried it); the page's words when no service could answer.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof TransportError) return transportMessage(error.failure, translator(LOCALES[pageLocale()]));
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

function transportMessage(failure: TransportFailure, t: Translate): string {
  switch (failure.reason) {
    case 'unreachable':
      return t('transport.unreachable');
    case 'unreadable':
      return t('transport.unreadable', { status: failure.status });
    case 'file-too-large':
      return t('transport.fileTooLarge', { file: failure.file, gib: failure.gib });
  }
}

function pageLocale(): Locale {
  const language = pageLanguage();
  return language in LOCALES ? (language as Locale) : 'en';
}

/** Per-field problems of a rejected request (e.g. `baseUrl`), keyed by field. */
export function fieldProblems(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.problems.map((p) => [p.field, p.message]));
}
