import { use } from 'react';
import { engine as english, engineFor, wizardSelectors, type Engine, type Language } from '../../knowledge';
import { useI18n } from '../i18n';

/** The engine of one language and the wizard's selectors bound to it: every text they return is in that language. */
export type LanguageEngine = { engine: Engine; selectors: ReturnType<typeof wizardSelectors> };

const bind = (engine: Engine): LanguageEngine => ({ engine, selectors: wizardSelectors(engine) });
const ready = new Map<Language, LanguageEngine>([['en', bind(english)]]);
const loading = new Map<Language, Promise<LanguageEngine>>();

function load(language: Language): Promise<LanguageEngine> {
  let found = loading.get(language);
  if (!found) {
    found = engineFor(language).then((engine) => {
      const bound = bind(engine);
      ready.set(language, bound);
      return bound;
    });
    loading.set(language, found);
  }
  return found;
}

/**
 * The engine of the language on screen. The wizard's machine is the same in every language (it holds
 * ids and answers only), so a switch keeps the session where it is and only its texts change. Another
 * language's knowledge loads on first use (its own chunk); until then the screen suspends, and a
 * switch made as a transition keeps showing the old language meanwhile.
 */
export function useLanguageEngine(): LanguageEngine {
  const { locale } = useI18n();
  return ready.get(locale) ?? use(load(locale));
}
