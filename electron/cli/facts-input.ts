import { readFile } from 'node:fs/promises';
import type { Facts } from '../../knowledge/index';
import { ReportInputError, reportInputFrom } from '../report/input';
import { factsOf } from '../report/model';

/**
 * What `diagnose --facts` accepts is what `report --input` accepts (a JSON object of facts, the
 * JSON output of `check` or `scan`, an exported session): the same reader, and its facts.
 */
export type FactsInput = { ok: true; facts: Facts } | { ok: false; problems: string[] };

export function factsFromJson(text: string, label: string): FactsInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error: unknown) {
    return {
      ok: false,
      problems: [
        `${label} is not valid JSON (${(error as Error).message}). It must hold one JSON object of facts, such as {"symptom": "mail-oauth", "jira.version": "8.20.4"}.`,
      ],
    };
  }
  try {
    return { ok: true, facts: factsOf(reportInputFrom(data, label)) };
  } catch (error: unknown) {
    if (error instanceof ReportInputError) return { ok: false, problems: [error.message] };
    throw error;
  }
}

/** Reads the file (or standard input for "-") and says plainly what went wrong when it cannot. */
export async function readFactsFile(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<FactsInput> {
  const label = path === '-' ? 'standard input' : path;
  let text: string;
  try {
    text = path === '-' ? await readAll(stdin) : await readFile(path, 'utf8');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { ok: false, problems: [`cannot read ${label}: ${why}. Give the path of a JSON file of facts, or - to read them from standard input.`] };
  }
  if (!text.trim()) return { ok: false, problems: [`${label} is empty. It must hold one JSON object of facts, such as {"symptom": "mail-oauth"}.`] };
  return factsFromJson(text, label);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
