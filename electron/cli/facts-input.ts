import { readFile } from 'node:fs/promises';
import type { FactProblem, Facts } from '../../knowledge/index';
import { parseFacts } from '../../knowledge/index';

/**
 * What `diagnose --facts` accepts: a JSON object of facts, the JSON output of `check`
 * (`{facts, evidence}`), or an exported session (`{schemaVersion, answers}`): all carry facts.
 */
export type FactsInput = { ok: true; facts: Facts; kind: 'facts' | 'check report' | 'session' } | { ok: false; problems: string[] };

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
  const { kind, facts } = unwrap(data);
  const parsed = parseFacts(facts);
  if (parsed.ok) return { ok: true, facts: parsed.facts, kind };
  const where = kind === 'facts' ? label : `${label} (${kind})`;
  return { ok: false, problems: parsed.problems.map((p: FactProblem) => `${where}: ${p.fact === '(file)' ? '' : `"${p.fact}": `}${p.message}`) };
}

function unwrap(data: unknown): { kind: 'facts' | 'check report' | 'session'; facts: unknown } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'facts', facts: data };
  const record = data as Record<string, unknown>;
  if ('schemaVersion' in record && Array.isArray(record.answers)) {
    // An answer given twice keeps the later one, as in the wizard.
    const facts: Record<string, unknown> = {};
    for (const answer of record.answers as unknown[]) {
      if (typeof answer === 'object' && answer !== null && typeof (answer as { fact?: unknown }).fact === 'string') {
        facts[(answer as { fact: string }).fact] = (answer as { value?: unknown }).value;
      }
    }
    return { kind: 'session', facts };
  }
  if (typeof record.facts === 'object' && record.facts !== null && Array.isArray(record.evidence)) return { kind: 'check report', facts: record.facts };
  return { kind: 'facts', facts: data };
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
