/**
 * What the start screen shows before the engine loads: the problems jira-doctor knows, each with the
 * error messages it covers. Plain data, no engine, no zod: the page paints these first and loads the
 * rest (knowledge/index.ts) after.
 */
import { part } from './articles/symptoms';
import type { SymptomInfo } from './schema';

export const START_SYMPTOMS: readonly SymptomInfo[] = part.symptoms ?? [];
