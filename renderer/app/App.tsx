import { SessionsScreen } from '../sessions/SessionsScreen';
import { useT } from '../i18n';
import { WizardScreen } from '../wizard/WizardScreen';
import { useEffect } from 'react';
import { useApi, useAppInfo } from './api';
import { navigate, useRoute } from './route';

export function App() {
  const t = useT();
  const info = useAppInfo();
  const { route, visit } = useRoute();
  const api = useApi();
  // The desktop menu's commands (Ctrl+N, Ctrl+O) do what the header's buttons do.
  useEffect(
    () =>
      api.app.onMenuCommand((command) => {
        if (command === 'new-session') navigate({ page: 'new' });
        if (command === 'open-sessions') navigate({ page: 'sessions' });
      }),
    [api],
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
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {info.notices.map((notice) => (
          <p key={notice.code} className="banner info" role="status">
            {notice.message}
          </p>
        ))}
        {route.page === 'sessions' ? (
          <SessionsScreen key={visit} />
        ) : (
          <WizardScreen key={visit} sessionId={route.page === 'session' ? route.id : undefined} />
        )}
      </main>
    </>
  );
}
