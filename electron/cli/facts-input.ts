import type { Facts } from '../../knowledge/core';
import { inputJson, inputLabel, readInputText, ReportInputError, reportInputFrom } from '../report/input';
import { factsOf } from '../report/model';

/**
 * What `diagnose --facts` accepts is what `report --input` accepts (a JSON object of facts, the
 * JSON output of `check` or `scan`, an exported session): the same reader, and its facts.
 */
export type FactsInput = { ok: true; facts: Facts } | { ok: false; problems: string[] };

export function factsFromJson(text: string, label: string): FactsInput {
  try {
    return { ok: true, facts: factsOf(reportInputFrom(inputJson(text, label), label).input) };
  } catch (error: unknown) {
    if (error instanceof ReportInputError) return { ok: false, problems: [error.message] };
    throw error;
  }
}

/** Reads the file (or standard input for "-") and says plainly what went wrong when it cannot. */
export async function readFactsFile(path: string, stdin?: NodeJS.ReadableStream): Promise<FactsInput> {
  try {
    return factsFromJson(await readInputText(path, stdin), inputLabel(path));
  } catch (error: unknown) {
    if (error instanceof ReportInputError) return { ok: false, problems: [error.message] };
    throw error;
  }
}
