import { readFile } from 'node:fs/promises';
import { parseFacts, type Answer, type CheckReport, type FactName, type Facts } from '../../knowledge/index';
import type { ReportInput } from './model';

/** A report's input file could not be used; the message says why and what to do. */
export class ReportInputError extends Error {}

/**
 * Reads what `report --input` accepts: a facts file, the JSON output of `check` or `scan`, or an
 * exported session. The kind is recognised by its shape, so the admin never has to say which.
 */
export async function readReportInput(path: string): Promise<ReportInput> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportInputError(
      code === 'ENOENT' ? `${path}: no such file. Check the path.` : code === 'EISDIR' ? `${path} is a folder; give a JSON file.` : `${path}: cannot be read (${code ?? String(error)}).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReportInputError(`${path} is not JSON. Give a facts file, the JSON output of "jira-doctor check" or "scan", or an exported session.`);
  }
  return reportInputFrom(json, path);
}

export function reportInputFrom(json: unknown, label: string): ReportInput {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ReportInputError(`${label} must hold a JSON object.`);
  }
  const record = json as Record<string, unknown>;
  if ('schemaVersion' in record && 'answers' in record) return fromSession(record, label);
  if ('facts' in record && 'evidence' in record) {
    const checks = { ...(record as CheckReport), facts: facts(record.facts, label) };
    const instance = jiraOrigin(checks);
    return { answers: [], unknown: [], checks, ...(instance ? { instance } : {}) };
  }
  if ('facts' in record && 'signatures' in record) {
    return { answers: answersFrom(facts(record.facts, label), 'scan'), unknown: [], scan: record };
  }
  return { answers: answersFrom(facts(record, label), 'user'), unknown: [] };
}

function facts(value: unknown, label: string): Facts {
  const parsed = parseFacts(value);
  if (parsed.ok) return parsed.facts;
  throw new ReportInputError(`${label}: ${parsed.problems.map((p) => `${p.fact}: ${p.message}`).join('; ')}`);
}

function answersFrom(f: Facts, kind: 'user' | 'scan'): Answer[] {
  const at = new Date().toISOString();
  return (Object.keys(f) as FactName[]).map((fact) => ({
    fact,
    value: f[fact]!,
    source: kind === 'user' ? { kind: 'user' } : { kind: 'scan', file: 'logs', why: 'found in the scanned logs' },
    at,
  }));
}

function fromSession(record: Record<string, unknown>, label: string): ReportInput {
  if (record.schemaVersion !== 1) throw new ReportInputError(`${label}: session format ${String(record.schemaVersion)} is not known to this version of jira-doctor.`);
  if (!Array.isArray(record.answers)) throw new ReportInputError(`${label}: "answers" must be a list.`);
  const given: Record<string, unknown> = {};
  for (const a of record.answers as { fact?: unknown; value?: unknown }[]) {
    if (typeof a.fact === 'string') given[a.fact] = a.value;
  }
  facts(given, label); // validates every answer's name and value
  const unknown = Array.isArray(record.unknown) ? (record.unknown as FactName[]) : [];
  const checks = record.checks as CheckReport | undefined;
  return {
    ...(typeof record.id === 'string' ? { id: record.id } : {}),
    ...(typeof record.name === 'string' ? { name: record.name } : {}),
    ...(typeof record.knowledgeVersion === 'string' ? { knowledgeVersion: record.knowledgeVersion } : {}),
    ...(typeof record.createdAt === 'string' ? { createdAt: record.createdAt } : {}),
    answers: record.answers as Answer[],
    unknown,
    ...(checks ? { checks: { ...checks, facts: facts(checks.facts ?? {}, label) } } : {}),
    ...(checks && jiraOrigin(checks) ? { instance: jiraOrigin(checks) } : {}),
    ...(record.scan ? { scan: record.scan } : {}),
  };
}

/** The Jira the checks talked to: the origin of the first HTTP request they made. */
function jiraOrigin(checks: CheckReport): string | undefined {
  for (const e of checks.evidence ?? []) {
    for (const x of e.exchanges) {
      if (/^https?:/.test(x.request.url)) return new URL(x.request.url).origin;
    }
  }
  return undefined;
}
