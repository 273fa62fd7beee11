import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from '../electron/api/connect';
import { ApiProvider, errorMessage } from './app/api';
import { App } from './app/App';
import { I18nProvider, preferredLocale } from './i18n';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const locale = preferredLocale(navigator.languages);
document.documentElement.lang = locale;

const api = connectApi();
api.app.info().then(
  (info) =>
    root.render(
      <StrictMode>
        <I18nProvider locale={locale}>
          <ApiProvider api={api} info={info}>
            <App />
          </ApiProvider>
        </I18nProvider>
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <I18nProvider locale={locale}>
        <StartupFailure message={errorMessage(error)} />
      </I18nProvider>,
    ),
);

function StartupFailure({ message }: { message: string }) {
  return (
    <main>
      <p role="alert" className="banner error" data-ready="true" data-testid="startup-failed">
        {message}
      </p>
    </main>
  );
}
