import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { LOCALES, useI18n, type Locale } from '../i18n';
import { whenFontsReady } from '../i18n/language';
import { LANGUAGE_NAMES, LANGUAGE_SWITCH_LABEL } from '../i18n/language-switch';
import { takeEarlyChoice } from '../start/early-choice';
import { StartPlaceholder, type StartChoice } from '../wizard/StartView';
import { useApi, useAppInfo } from './api';
import { navigate, parseRoute, type Route } from './route';

// The screens load after the first paint: with them come the engine, the knowledge, xstate and zod.
// The start screen needs none of these and is painted first (StartPlaceholder).
const WizardScreen = lazy(() => import('../wizard/WizardScreen').then((m) => ({ default: m.WizardScreen })));
const SessionsScreen = lazy(() => import('../sessions/SessionsScreen').then((m) => ({ default: m.SessionsScreen })));

export function App() {
  const { t, locale, setLocale } = useI18n();
  const info = useAppInfo();
  const { route, visit } = useRoute();
  const api = useApi();
  // As a transition: the screen on view stays, in its language, until the knowledge of the new one has loaded.
  const switchTo = (next: Locale) => void whenFontsReady(next).then(() => startTransition(() => setLocale(next)));
  // A choice made on the start screen before the wizard loaded, for the visit it was made on.
  const [early, setEarly] = useState<{ visit: number; choice: StartChoice }>();
  // Or on the start screen the page showed before this first render (renderer/start/early.ts): taken
  // once that screen has been replaced, so no click on it can come after.
  useEffect(() => {
    const root = document.getElementById('root');
    const choice = root ? takeEarlyChoice(root) : undefined;
    if (choice) setEarly({ visit: 0, choice });
  }, []);
  // The screens are asked for once the first frame is drawn: loading them sooner would evaluate
  // the engine before the start screen is on screen. As a transition, so the start screen stays
  // (with anything chosen on it) until the wizard is ready to take its place.
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setPainted(true)), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  // The desktop menu's commands (Ctrl+N, Ctrl+O) do what the header's buttons do.
  useEffect(
    () =>
      api.app.onMenuCommand((command) => {
        if (command === 'new-session') navigate({ page: 'new' });
        if (command === 'open-sessions') navigate({ page: 'sessions' });
      }),
    [api],
  );
  const loading =
    route.page === 'new' ? (
      <StartPlaceholder onChoose={(choice) => setEarly({ visit, choice })} />
    ) : (
      <p className="muted" data-testid="loading">
        {t('common.loading')}
      </p>
    );
  return (
    <>
      <a className="visually-hidden" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          {t('app.name')}
          <small>{t('app.tagline')}</small>
        </div>
        <nav aria-label={t('nav.label')}>
          <button type="button" onClick={() => navigate({ page: 'new' })} data-testid="nav-new" title={t('nav.newHint')}>
            {t('nav.new')}
          </button>
          <button type="button" onClick={() => navigate({ page: 'sessions' })} data-testid="nav-sessions" aria-current={route.page === 'sessions' ? 'page' : undefined}>
            {t('nav.sessions')}
          </button>
          <select className="language" aria-label={LANGUAGE_SWITCH_LABEL} value={locale} onChange={(e) => switchTo(e.target.value as Locale)} data-testid="language">
            {(Object.keys(LOCALES) as Locale[]).map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {info.notices.map((notice) => (
          <p key={notice.code} className="banner info" role="status">
            {notice.message}
          </p>
        ))}
        <Suspense fallback={loading}>
          {!painted ? (
            loading
          ) : route.page === 'sessions' ? (
            <SessionsScreen key={visit} />
          ) : (
            <WizardScreen
              key={visit}
              sessionId={route.page === 'session' ? route.id : undefined}
              {...(route.page === 'new' && early?.visit === visit ? { choice: early.choice } : {})}
            />
          )}
        </Suspense>
      </main>
    </>
  );
}

/** The current route, and a count of visits that changes on every navigation (a key for screens). */
function useRoute(): { route: Route; visit: number } {
  // No location where the build renders the start screen to markup (renderer/start/prerender.tsx): a new session's.
  const [state, setState] = useState(() => ({ route: parseRoute(globalThis.location?.hash ?? ''), visit: 0 }));
  useEffect(() => {
    const update = () => setState((s) => ({ route: parseRoute(window.location.hash), visit: s.visit + 1 }));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return state;
}
