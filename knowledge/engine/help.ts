import type { Facts } from '../contract/facts';
import type { Question } from '../schema';
import type { CompiledKnowledge } from './compiled';
import { truthOf } from './conditions';
import { evalContext } from './diagnose';
import { renderContext } from './solutions';
import { render } from './templates';

export type HelpEntry = { place: Question['help']['where'][number]['place']; text: string };

/**
 * Where to find a question's answer, for this installation: entries whose condition is false are
 * left out (unknown keeps them) and variables take this installation's values (e.g. the menu path
 * for its Jira version), with the same evaluation and rendering as the diagnosis.
 */
export function questionHelp(compiled: CompiledKnowledge, question: Question, facts: Facts, today?: string): HelpEntry[] {
  const ctx = evalContext(compiled, facts, today);
  const rc = renderContext(compiled, ctx);
  return question.help.where
    .filter((entry) => !entry.when || truthOf(entry.when, ctx) !== false)
    .map((entry) => ({ place: entry.place, text: render(entry.text, rc) }));
}
