import type { RenderedSolution } from '../contract/diagnosis';
import { citationText } from '../contract/diagnosis';
import type { Language } from '../i18n/translations';
import { engineWording } from './wording';
import type { Provenance } from '../contract/diagnosis';
import type { Cause } from '../schema';
import type { EvalContext } from './conditions';
import { truthOf } from './conditions';
import type { CompiledKnowledge } from './compiled';
import type { RenderContext } from './templates';
import { render } from './templates';

/**
 * Renders text for one installation: variables take the value of their first true case, solutions
 * and steps whose condition is false are left out (unknown keeps them: better one step too many).
 */
export function renderContext(ck: CompiledKnowledge, ctx: EvalContext, detail?: string): RenderContext {
  const base = variablesFor(ck, ctx);
  return detail === undefined ? base : { ...base, detail };
}

/** Variables for one set of facts, each chosen once however many texts use it. */
const variableCache = new WeakMap<EvalContext, RenderContext>();

function variablesFor(ck: CompiledKnowledge, ctx: EvalContext): RenderContext {
  const cached = variableCache.get(ctx);
  if (cached) return cached;
  const values = new Map<string, string>();
  const resolving = new Set<string>();
  const variable = (id: string): string => {
    const known = values.get(id);
    if (known !== undefined) return known;
    const definition = ck.variables.get(id);
    if (!definition) throw new Error(`unknown variable "${id}"`);
    if (resolving.has(id)) throw new Error(`variable "${id}" refers to itself`);
    resolving.add(id);
    try {
      const chosen = definition.cases.find((c) => truthOf(c.when, ctx) === true);
      const value = render(chosen ? chosen.value : definition.otherwise, context);
      values.set(id, value);
      return value;
    } finally {
      resolving.delete(id);
    }
  };
  const context: RenderContext = { facts: ctx.facts, variable, ...(ctx.language ? { language: ctx.language } : {}) };
  variableCache.set(ctx, context);
  return context;
}

export type RenderedSolutions = { solutions: readonly RenderedSolution[]; text: string };

/**
 * A cause's solutions and their text for these facts. The engine keeps them by the values of the
 * facts they read and shares them between diagnoses, so they are frozen.
 */
export function renderedSolutions(ck: CompiledKnowledge, cause: Cause, ctx: EvalContext): RenderedSolutions {
  const solutions = renderSolutions(ck, cause, ctx);
  return deepFreeze({ solutions, text: solutionText(solutions, ctx.language) });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function renderSolutions(ck: CompiledKnowledge, cause: Cause, ctx: EvalContext): RenderedSolution[] {
  const rc = renderContext(ck, ctx);
  const shown = (when: Cause['solutions'][number]['when']) => !when || truthOf(when, ctx) !== false;
  return cause.solutions.filter((s) => shown(s.when)).map((solution) => ({
    id: solution.id,
    title: render(solution.title, rc),
    team: solution.team,
    steps: solution.steps
      .filter((step) => shown(step.when))
      .map((step) => ({ text: render(step.text, rc), ...(step.code ? { code: step.code.map((c) => render(c, rc)) } : {}) })),
    notes: (solution.notes ?? []).map((n) => render(n, rc)),
    source: solution.source,
  }));
}

/** The source as the admin reads it: the page's title and section, and its published address. */
export function citation(source: Provenance, language: Language = 'en'): string {
  return citationText(source, language);
}

/** The solutions as one readable text: the contract's `solution` field, in the language. */
export function solutionText(solutions: readonly RenderedSolution[], language: Language = 'en'): string {
  const words = engineWording(language);
  return solutions
    .map((solution) => {
      const steps = solution.steps.map((step, i) => {
        const code = step.code?.length ? ` ${step.code.map((c) => `\`${c}\``).join(' ')}` : '';
        return `${i + 1}. ${step.text}${code}`;
      });
      const notes = solution.notes.map((n) => words.note(n));
      return words.solution(words.teams[solution.team], solution.title, [...steps, ...notes].join(' '), citation(solution.source, language));
    })
    .join('\n');
}
