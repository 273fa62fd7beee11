import { use } from 'react';
import { engine as english, engineFor, wizardSelectors, type Engine, type Language } from '../../knowledge';
import { useI18n } from '../i18n';

/** The engine of one language and the wizard's selectors bound to it: every text they return is in that language. */
export type LanguageEngine = { engine: Engine; selectors: ReturnType<typeof wizardSelectors> };

const bind = (engine: Engine): LanguageEngine => ({ engine, selectors: wizardSelectors(engine) });
/**
 * A promise that says it is settled in the fields React reads (`status`, `value`), so that `use`
 * returns its engine at once, without suspending, once it has loaded.
 */
type Tracked = Promise<LanguageEngine> & { status?: 'fulfilled'; value?: LanguageEngine };

const fulfilled = (engine: LanguageEngine): Tracked => Object.assign(Promise.resolve(engine), { status: 'fulfilled' as const, value: engine });
const engines = new Map<Language, Tracked>([['en', fulfilled(bind(english))]]);

function load(language: Language): Promise<LanguageEngine> {
  let found = engines.get(language);
  if (!found) {
    const loading: Tracked = engineFor(language).then((engine) => {
      const bound = bind(engine);
      loading.status = 'fulfilled';
      loading.value = bound;
      return bound;
    });
    found = loading;
    engines.set(language, found);
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
  // Always through `use`, loaded or not: the wizard calls the same hooks whether it suspended here first or not.
  return use(load(locale));
}
