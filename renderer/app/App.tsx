import { SessionsScreen } from '../sessions/SessionsScreen';
import { useT } from '../i18n';
import { WizardScreen } from '../wizard/WizardScreen';
import { useAppInfo } from './api';
import { navigate, useRoute } from './route';

export function App() {
  const t = useT();
  const info = useAppInfo();
  const { route, visit } = useRoute();
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
          <button type="button" onClick={() => navigate({ page: 'new' })} data-testid="nav-new">
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
