/**
 * The knowledge and the engine bound to it, without the wizard's state machines (xstate): what a
 * command that only diagnoses or writes a report needs (xstate costs a cold start 30 ms).
 * knowledge/index.ts re-exports all of it with the machines.
 */
import type { CauseId } from './contract/causes';
import type { CheckId } from './contract/checks';
import type { Diagnosis } from './contract/diagnosis';
import type { FactName, Facts, Symptom } from './contract/facts';
import { createEngine, type Engine } from './engine/engine';
import type { Language } from './i18n/translations';
import { knowledge } from './kb';
import type { HelpEntry } from './engine/help';
import type { Question, Signature } from './schema';

export { knowledge, KNOWLEDGE_VERSION, KNOWLEDGE_PARTS } from './kb';

/** The engine bound to the knowledge base above: English. */
export const engine = createEngine(knowledge);

/** The engines of the other languages, each loading its dictionaries on first use (none of them is part of an English start). */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Engine>> = {
  ja: () => import('./i18n/ja/engine').then((m) => m.engine),
};
const engines = new Map<Language, Promise<Engine>>([['en', Promise.resolve(engine)]]);

/** The engine whose every text (knowledge prose and the engine's own words) is in `language`: built once, then kept. */
export function engineFor(language: Language): Promise<Engine> {
  let found = engines.get(language);
  if (!found) {
    found = LOADERS[language as Exclude<Language, 'en'>]();
    engines.set(language, found);
  }
  return found;
}

/** Pure. `causes` are the causes of the facts' symptom (every family when absent) that are not ruled out, strongest first. */
export function diagnose(facts: Facts, options?: { today?: string; symptom?: Symptom }): Diagnosis {
  return engine.diagnose(facts, options);
}

/** The catalogue's signatures found in a pasted error message, with the causes each supports. */
export function matchErrorText(text: string): { signature: Signature; causes: CauseId[] }[] {
  return engine.matchErrorText(text);
}

/** The most decisive unknown question relevant to the symptom; facts in `skip` are not asked. */
export function nextQuestion(facts: Facts, options?: { skip?: FactName[]; today?: string }): Question | undefined {
  return engine.nextQuestion(facts, options);
}

/** About how many questions are still worth asking: each can still change the status of a cause in play. */
export function questionsLeft(facts: Facts, options?: { skip?: FactName[]; today?: string }): number {
  return engine.questionsLeft(facts, options);
}

/** The version boundaries of `fact` inside a release line: where a line alone ("4.22") cannot be judged. */
export function versionBoundariesInLine(fact: FactName, line: string): string[] {
  return engine.versionBoundariesInLine(fact, line);
}

/** Questions whose askWhen is true or unknown for these facts. */
export function relevantQuestions(facts: Facts): Question[] {
  return engine.relevantQuestions(facts);
}

/** Where to find a question's answer, rendered for this installation (its Jira version, cloud…). */
export function questionHelp(question: Question, facts: Facts, options?: { today?: string }): HelpEntry[] {
  return engine.questionHelp(question, facts, options);
}

/** The automated checks that bear on these facts' problem and the causes still in play, in the contract's order. */
export function checksInPlay(facts: Facts, options?: { today?: string }): CheckId[] {
  return engine.checksInPlay(facts, options);
}

export type { HelpEntry } from './engine/help';
export { createEngine } from './engine/engine';
export type { Engine } from './engine/engine';
export type { CauseStatus } from './engine/diagnose';
export { validateScopes, expectedScopes, describeScopeProblems } from './engine/scopes';
export type { ScopeCheck, ScopeProblem } from './engine/scopes';
export { parseMicrosoftEndpoint, authorityHost } from './engine/endpoints';
export { jiraOAuthSettings, type JiraOAuthSettings } from './engine/jira-oauth-settings';
export type { MicrosoftEndpoint, TenantKind } from './engine/endpoints';
export { citation } from './engine/solutions';
export { firstActions } from './engine/actions';
export type { FirstAction } from './engine/actions';
export { utcToday, relativeDay } from './engine/dates';
export { engineWording } from './engine/wording';
export type { EngineWording } from './engine/wording';
export { LANGUAGES } from './i18n/translations';
export type { Language } from './i18n/translations';
export { languageOfLocale, preferredLanguage, languageFromAcceptLanguage, languageFromPosixEnvironment } from './i18n/language';
export type { KnowledgeProblem } from './engine/validate';
export * from './contract/facts';
export * from './contract/causes';
export * from './contract/diagnosis';
export * from './contract/checks';
export * from './contract/session';
export type * from './schema';
