import { engine, type Facts, type Question } from '../../knowledge';
import { evaluate } from '../../knowledge/engine/conditions';
import { evalContext } from '../../knowledge/engine/diagnose';
import { renderContext } from '../../knowledge/engine/solutions';
import { render } from '../../knowledge/engine/templates';

export type HelpEntry = { place: Question['help']['where'][number]['place']; text: string };

/**
 * Where to find the answer, for this installation: entries whose condition is false are left out
 * (unknown keeps them) and variables take this installation's values (e.g. the menu path for its
 * Jira version). The engine's own evaluation and rendering, so the wizard and the reports agree.
 */
export function helpFor(question: Question, facts: Facts, today?: string): HelpEntry[] {
  const ctx = evalContext(engine.compiled, facts, today);
  const rc = renderContext(engine.compiled, ctx);
  return question.help.where
    .filter((entry) => !entry.when || evaluate(entry.when, ctx).truth !== false)
    .map((entry) => ({ place: entry.place, text: render(entry.text, rc) }));
}
