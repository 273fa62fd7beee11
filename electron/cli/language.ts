import { languageFromPosixEnvironment, languageOfLocale } from '../../knowledge/i18n/language';
import { LANGUAGES, type Language } from '../../knowledge/i18n/translations';
import { cliMessages } from './messages';

export type LanguageChoice = { ok: true; language: Language } | { ok: false; message: string };

/**
 * The language of a run: `--lang ja|en` anywhere before `--`, else the POSIX locale (LC_ALL, then
 * LC_MESSAGES, then LANG). Read before the commands are registered, so help texts and every message
 * are in it; a wrong value is said plainly in the environment's language.
 */
export function languageOfRun(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): LanguageChoice {
  const fallback = languageFromPosixEnvironment(env);
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') {
      given = argv[i + 1];
      if (given === undefined || given.startsWith('-')) return { ok: false, message: cliMessages(fallback).missingLanguage };
      i++;
    } else if (arg.startsWith('--lang=')) {
      given = arg.slice('--lang='.length);
    }
  }
  if (given === undefined) return { ok: true, language: fallback };
  const language = (LANGUAGES as readonly string[]).includes(given.toLowerCase()) ? languageOfLocale(given) : undefined;
  return language ? { ok: true, language } : { ok: false, message: cliMessages(fallback).badLanguage(given) };
}
