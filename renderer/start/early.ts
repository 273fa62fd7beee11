// The page's first script: a classic script at the end of <body>, run before the first paint, while
// React and the app (renderer/main.tsx, a module) are still loading. It shows the start screen the
// build rendered into the page (renderer/start/prerender.tsx) in the language the app will start in,
// so the admin sees it without waiting for the app's scripts, and keeps what they choose on it
// meanwhile for the app, which replaces it with the same screen when it first renders.
import { font, unicodeRange } from 'virtual:language-switch-font';
import { parseRoute } from '../app/route';
import { appInfoOfPage } from '../app/page-info';
import { LANGUAGES, type Language } from '../../knowledge/i18n/language';
import { initialLanguage, rememberLanguage, whenFontsReady } from '../i18n/language';
import { EARLY_CHOICE_ATTRIBUTE, type EarlyChoice } from './early-choice';

// The language switch's "日本語" in its own small font (vite.config.ts), ready before the first
// paint, whichever screen the page starts with.
document.fonts.add(new FontFace('Language Switch', Uint8Array.from(atob(font), (c) => c.charCodeAt(0)), { unicodeRange, display: 'swap' }));

const root = document.getElementById('root');
const info = appInfoOfPage(document);
// Another route (a saved session, the saved sessions) starts with another screen; a notice is drawn
// by the app; a page without its information starts with the app's own error.
if (root && !root.firstChild && info && info.notices.length === 0 && parseRoute(location.hash).page === 'new') {
  let shown: Node[] = [];
  // Only what happens on the screen shown here: the app's own screen replaces it (its nodes).
  const onShown = (event: Event) => (event.target instanceof Element && shown.some((node) => node.contains(event.target as Node)) ? event.target : undefined);
  // Japanese once its font is in, as the app draws it: Chromium kept drawing Japanese text laid out
  // before the font had arrived in the fallback, after it had (English: at once, before the first paint).
  const show = (language: Language) =>
    whenFontsReady(language).then(() => {
      const template = document.getElementById(`start-${language}`);
      // Never over the app's own screen, should it have rendered meanwhile.
      const ours = [...root.childNodes].every((node) => shown.includes(node));
      if (!(template instanceof HTMLTemplateElement) || !ours) return;
      for (const node of shown) node.parentNode?.removeChild(node);
      shown = [...template.content.cloneNode(true).childNodes];
      root.append(...shown);
      document.documentElement.lang = language;
    });
  void show(initialLanguage(info.locale, navigator.languages));
  root.addEventListener(
    'click',
    (event) => {
      const button = onShown(event)?.closest('button');
      const choice = button && choiceOf(button);
      if (!choice) return;
      if ('page' in choice) location.hash = '#/sessions';
      else root.setAttribute(EARLY_CHOICE_ATTRIBUTE, JSON.stringify(choice));
    },
    true,
  );
  root.addEventListener('change', (event) => {
    const select = onShown(event);
    if (!(select instanceof HTMLSelectElement) || select.dataset.testid !== 'language') return;
    const language = LANGUAGES.find((l) => l === select.value);
    if (!language) return;
    rememberLanguage(language);
    void show(language);
  });
}

/** What a button of the start screen asks for, as the app's start screen would take it (StartPlaceholder). */
function choiceOf(button: HTMLButtonElement): EarlyChoice | { page: 'sessions' } | undefined {
  switch (button.dataset.testid) {
    case 'symptom':
      return button.dataset.symptom === 'unsure' ? {} : { symptom: button.dataset.symptom };
    case 'preflight':
      return { preflight: true };
    case 'open-checks':
      return { tool: 'checks' };
    case 'open-paste':
      return { tool: 'paste' };
    case 'nav-sessions':
      return { page: 'sessions' };
    default:
      return undefined;
  }
}
