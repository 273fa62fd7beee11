import type { CauseId } from '../contract/causes';
import type { Diagnosis } from '../contract/diagnosis';
import type { FactName, Facts } from '../contract/facts';
import type { Language } from '../i18n/translations';
import type { Knowledge, Question, Signature } from '../schema';
import type { CompiledKnowledge } from './compiled';
import { compileKnowledge } from './compiled';
import type { CauseStatus, DiagnoseOptions } from './diagnose';
import { assessCauses, diagnose } from './diagnose';
import type { NextQuestionOptions } from './questions';
import { openQuestions, relevantQuestions } from './questions';
import { versionBoundaries } from './samples';
import { boundariesInLine } from './versions';
import { matchErrorText } from './signatures';
import type { HelpEntry } from './help';
import { questionHelp } from './help';
import type { CheckId } from '../contract/checks';
import { checksInPlay } from './checks-in-play';

/** The engine bound to one knowledge base: what the wizard, the checks, the CLI and the reports call. */
export type Engine = {
  readonly knowledge: Knowledge;
  /** The language of every text it returns: the knowledge's (translated) prose and its own words. */
  readonly language: Language;
  readonly compiled: CompiledKnowledge;
  diagnose(facts: Facts, options?: DiagnoseOptions): Diagnosis;
  /** Each cause's status and reasons, ranked as in a diagnosis (ruled-out last), without solutions: for a live panel of statuses. */
  assess(facts: Facts, options?: DiagnoseOptions): CauseStatus[];
  matchErrorText(text: string): { signature: Signature; causes: CauseId[] }[];
  nextQuestion(facts: Facts, options?: NextQuestionOptions): Question | undefined;
  relevantQuestions(facts: Facts, options?: { today?: string }): Question[];
  /** About how many questions are still worth asking (each can change a cause still in play). */
  questionsLeft(facts: Facts, options?: NextQuestionOptions): number;
  /** The rule boundaries of a version fact inside a release line ("8.13" → 8.13.4): the patch matters there. */
  versionBoundariesInLine(fact: FactName, line: string): string[];
  questionHelp(question: Question, facts: Facts, options?: { today?: string }): HelpEntry[];
  /** The automated checks that can still bear on a cause in play (the others would only add noise). */
  checksInPlay(facts: Facts, options?: { today?: string }): CheckId[];
};

/**
 * The open questions simulate every answer of every relevant question; the wizard asks for the next
 * one and for how many are left after each answer, so one computation serves both.
 */
const OPEN_QUESTIONS_CACHE_SIZE = 200;

type OpenQuestions = (facts: Facts, options?: NextQuestionOptions) => Question[];

/** Open questions remembered by facts, skipped questions and day: the last `limit` of them. */
function cachedOpenQuestions(compiled: CompiledKnowledge, limit: number): OpenQuestions {
  const cache = new Map<string, Question[]>();
  return (facts, options = {}) => {
    const key = JSON.stringify([facts, [...(options.skip ?? [])].sort(), options.today ?? null]);
    const cached = cache.get(key);
    if (cached) return cached;
    const questions = openQuestions(compiled, facts, options);
    if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    cache.set(key, questions);
    return questions;
  };
}

/**
 * The engine for one walk over every path of the wizard (`knowledge check`, the graph): the walks of
 * different causes pass through the same states again and again (about six times each), so it
 * remembers every state's open questions for as long as the walk holds it, not just the last few.
 */
export function walkingEngine(engine: Engine): Engine {
  const open = cachedOpenQuestions(engine.compiled, Number.POSITIVE_INFINITY);
  return { ...engine, nextQuestion: (facts, options) => open(facts, options)[0], questionsLeft: (facts, options) => open(facts, options).length };
}

/** `language` is the language `knowledge` is written in (translatedKnowledge for another than English). */
export function createEngine(knowledge: Knowledge, options: { language?: Language } = {}): Engine {
  const language = options.language ?? 'en';
  const compiled = compileKnowledge(knowledge, language);
  const open = cachedOpenQuestions(compiled, OPEN_QUESTIONS_CACHE_SIZE);
  return {
    knowledge,
    language,
    compiled,
    diagnose: (facts, options) => diagnose(compiled, facts, options),
    assess: (facts, options) => assessCauses(compiled, facts, options),
    matchErrorText: (text) => matchErrorText(compiled.signatures, text),
    relevantQuestions: (facts, options) => relevantQuestions(compiled, facts, options?.today),
    questionsLeft: (facts, options) => open(facts, options).length,
    versionBoundariesInLine: (fact, line) => boundariesInLine(versionBoundaries(knowledge, fact), line),
    questionHelp: (question, facts, options) => questionHelp(compiled, question, facts, options?.today),
    checksInPlay: (facts, options) => checksInPlay(compiled, facts, options?.today),
    nextQuestion: (facts, options) => open(facts, options)[0],
  };
}

