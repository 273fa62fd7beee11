// Run by the build (vite.config.ts), in Node: the start screen as markup, one per language, written
// into index.html so that the page paints it before any of its scripts has run (renderer/start/early.ts).
import { renderToStaticMarkup } from 'react-dom/server';
import type { AppInfo, JiraDoctorApi } from '../../electron/api/contract';
import type { Language } from '../../knowledge/i18n/language';
import { ApiProvider } from '../app/api';
import { App } from '../app/App';
import { I18nProvider } from '../i18n';

/**
 * The first frame of a new session exactly as the app draws it in `language` (App on the start
 * screen, its wizard not loaded yet), without notices: a page served with one is drawn by React.
 */
export function prerenderStart(language: Language): string {
  return renderToStaticMarkup(
    <I18nProvider locale={language}>
      <ApiProvider api={noApi} info={info}>
        <App />
      </ApiProvider>
    </I18nProvider>,
  );
}

// Rendering to markup runs no effect and no handler, which is where the app calls its API.
const noApi = new Proxy({} as JiraDoctorApi, {
  get: (_, name) => {
    throw new Error(`the start screen's markup is made at build time, where there is no API (${String(name)})`);
  },
});

/** What the start screen reads of the app's information: its notices (none here). */
const info: AppInfo = { mode: 'browser', version: '', knowledgeVersion: '', canRememberCredentials: false, canChooseFiles: false, notices: [] };
