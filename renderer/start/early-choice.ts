// Shared by the start script (early.ts, no React) and the app: how a choice made on the start screen
// before the app had rendered is handed over.
import { SYMPTOMS } from '../../knowledge/contract/symptoms';
import type { StartChoice } from '../wizard/StartView';

/** The attribute of the page's root element that holds the choice, as JSON, until the app takes it. */
export const EARLY_CHOICE_ATTRIBUTE = 'data-early-choice';

/** As the start script records it: a button's symptom is checked when the app takes it (takeEarlyChoice). */
export type EarlyChoice = StartChoice | { symptom: string | undefined };

/** The choice made on the start screen before the app rendered, removed from `root`; undefined when there is none (or it is not one). */
export function takeEarlyChoice(root: Element): StartChoice | undefined {
  const text = root.getAttribute(EARLY_CHOICE_ATTRIBUTE);
  root.removeAttribute(EARLY_CHOICE_ATTRIBUTE);
  if (!text) return undefined;
  try {
    const choice = JSON.parse(text) as Record<string, unknown> | null;
    if (choice === null || typeof choice !== 'object') return undefined;
    if (choice.preflight === true) return { preflight: true };
    if (choice.tool === 'checks' || choice.tool === 'paste') return { tool: choice.tool };
    if (Object.keys(choice).length === 0) return {};
    const symptom = SYMPTOMS.find((s) => s === choice.symptom);
    return symptom ? { symptom } : undefined;
  } catch {
    return undefined;
  }
}
