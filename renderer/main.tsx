import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from '../electron/api/connect';
import type { AppInfo } from '../electron/api/contract';
import { ApiProvider, errorMessage } from './app/api';
import { appInfoOfPage } from './app/page-info';
import { App } from './app/App';
import { I18nProvider } from './i18n';
import { initialLanguage, whenFontsReady } from './i18n/language';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
// This entry holds only what the start screen needs (React, the texts, the list of problems); the
// engine, the knowledge and the wizard load after it has painted (renderer/app/App.tsx).
const api = connectApi();
const show = (info: AppInfo) => {
  const language = initialLanguage(info.locale, navigator.languages);
  document.documentElement.lang = language;
  void whenFontsReady(language).then(() => root.render(
    <StrictMode>
      <I18nProvider locale={language}>
        <ApiProvider api={api} info={info}>
          <App />
        </ApiProvider>
      </I18nProvider>
    </StrictMode>,
  ));
};
// The page comes with the app's information; asking for it is only the fallback (a page served without it).
const inline = appInfoOfPage(document);
if (inline) show(inline);
else
  api.app.info().then(show, (error: unknown) =>
    root.render(
      <I18nProvider locale={initialLanguage(undefined, navigator.languages)}>
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
