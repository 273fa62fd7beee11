import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { parseFacts, type Answer, type CheckReport, type FactName, type Facts, type Session } from '../../knowledge/core';
import { scanReportSchema, type ScanReport } from '../../knowledge/contract/scan';
import { answerSchema, checkReportSchema, sessionSchema } from '../api/schemas';
import { maskSecretsDeep } from '../text/mask';
import type { ReportInput } from './model';

/** A report's input file could not be used; the message says why and what to do. */
export class ReportInputError extends Error {}

/**
 * Reads what `report --input` accepts: a facts file, the JSON output of `check` or `scan`, or an
 * exported session. The kind is recognised by its shape, so the admin never has to say which.
 */
export async function readReportInput(path: string): Promise<ReportInput> {
  const text = await readInputText(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReportInputError(`${path} is not JSON. Give a facts file, the JSON output of "jira-doctor check" or "scan", or an exported session.`);
  }
  return reportInputFrom(json, path);
}

/**
 * The text of an input file of `diagnose` or `report` ("-" reads standard input), or a plain
 * message saying why it cannot be read and what to give instead.
 */
export async function readInputText(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const label = path === '-' ? 'standard input' : path;
  let text: string;
  try {
    text = path === '-' ? await readAll(stdin) : await readFile(path, 'utf8');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new ReportInputError(`cannot read ${label}: ${why}. Give the path of a JSON file of facts, or - to read them from standard input.`);
  }
  if (!text.trim()) throw new ReportInputError(`${label} is empty. It must hold one JSON object of facts, such as {"symptom": "mail-oauth"}.`);
  return text;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Inputs made by `reportInputFrom`: masked and validated where they entered, so `renderReport` does
 * neither again (masking a large session twice cost a cold `report` about a tenth of its time).
 * Nothing changes such an input afterwards; a renderer only reads it.
 */
const enteredHere = new WeakSet<ReportInput>();

/** Whether `input` was made by `reportInputFrom`, and so has had its secrets masked and its values validated. */
export function maskedOnEntry(input: ReportInput): boolean {
  return enteredHere.has(input);
}

/** Where a file's text enters `diagnose` and `report`: its secrets are masked before anything reads it. */
export function reportInputFrom(raw: unknown, label: string): ReportInput {
  const input = inputFrom(raw, label);
  enteredHere.add(input);
  return input;
}

function inputFrom(raw: unknown, label: string): ReportInput {
  if (nestedDeeperThan(raw, MAX_DEPTH)) {
    throw new ReportInputError(`${label} nests objects or lists more than ${MAX_DEPTH} levels deep; a jira-doctor file nests a few levels at most. Give a JSON object of facts, the output of "check" or "scan", or an exported session.`);
  }
  const json = maskSecretsDeep(raw);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ReportInputError(`${label} must hold a JSON object.`);
  }
  if ('schemaVersion' in json && 'answers' in json) return fromSession(parsed(sessionSchema, json, label));
  if ('facts' in json && 'evidence' in json) {
    const checks = parsed(checkReportSchema, json, label);
    facts(checks.facts, label);
    const instance = jiraOrigin(checks);
    return { answers: [], unknown: [], checks, ...(instance ? { instance } : {}) };
  }
  if ('facts' in json && 'signatures' in json) {
    const scan = scanReport(json, label);
    return { answers: answersFrom(facts(scan.facts, label), 'scan', scan.factSources), unknown: [], scan };
  }
  return { answers: answersFrom(facts(json, label), 'user'), unknown: [] };
}

function parsed<T>(schema: z.ZodType<T>, json: unknown, label: string): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((i) => `${shortQuote(i.path.map(String).join('.')) || '(top)'}: ${describeIssue(i)}`);
  throw new ReportInputError(`${label} is not a valid jira-doctor file: ${problems.join('; ')}`);
}

/** A zod issue in words, quoting at most a short prefix of whatever the file held (a key may be megabytes long). */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing (expected ${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.slice(0, 3).map((k) => `"${shortQuote(k)}"`).join(', ')}`;
  return shortQuote(issue.message, 200);
}

/** At most `max` characters of untrusted text, to quote in a message. */
export function shortQuote(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length.toLocaleString('en')} characters)` : text;
}

/** JSON nested this deep is not a jira-doctor file, and walking it would exhaust the stack. */
const MAX_DEPTH = 64;

/** How deep `value` nests, counted without recursion and given up past `limit`. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** A scan report is validated field by field like a session: a report renders only values of the contract's types, never an object where text belongs. */
function scanReport(json: unknown, label: string): ScanReport {
  const r = json as Partial<ScanReport> | null;
  if (typeof r !== 'object' || r === null || r.schemaVersion !== 1) {
    throw new ReportInputError(`${label} is not the JSON output of "jira-doctor scan" (schema version 1).`);
  }
  return parsed(scanReportSchema, json, `${label} (the output of "jira-doctor scan")`);
}

function facts(value: unknown, label: string): Facts {
  const result = parseFacts(value);
  if (result.ok) return result.facts;
  const shown = result.problems.slice(0, 10).map((p) => `${p.fact}: ${p.message}`);
  const more = result.problems.length > 10 ? `; and ${result.problems.length - 10} more` : '';
  throw new ReportInputError(`${label}: ${shown.join('; ')}${more}`);
}

/** A scan's answers name the file and the reason the scan gives for each fact. */
function answersFrom(f: Facts, kind: 'user' | 'scan', sources: ScanReport['factSources'] = {}): Answer[] {
  const at = new Date().toISOString();
  return (Object.keys(f) as FactName[]).map((fact) => ({
    fact,
    value: f[fact]!,
    source: kind === 'user' ? { kind: 'user' } : { kind: 'scan', file: sources[fact]?.file ?? 'logs', why: sources[fact]?.why ?? 'found in the scanned logs' },
    at,
  }));
}

function fromSession(session: Session): ReportInput {
  const instance = session.checks ? jiraOrigin(session.checks) : undefined;
  return {
    id: session.id,
    name: session.name,
    knowledgeVersion: session.knowledgeVersion,
    createdAt: session.createdAt,
    answers: session.answers,
    unknown: session.unknown,
    ...(session.checks ? { checks: session.checks } : {}),
    ...(session.scan ? { scan: scanReport(session.scan, 'the session\'s log scan') } : {}),
    ...(instance ? { instance } : {}),
  };
}

/**
 * What a renderer may be given: answers, check evidence and a scan report of the contract's types,
 * validated again here whoever built the input, so a crafted value (an object where a log line
 * belongs) never reaches the layout as anything but text.
 */
export function validReportInput(input: ReportInput): ReportInput {
  const label = input.name ? `the session "${shortQuote(input.name)}"` : 'the report input';
  parsed(z.array(answerSchema), input.answers, `${label} (its answers)`);
  if (input.checks) parsed(checkReportSchema, input.checks, `${label} (its automated checks)`);
  if (input.scan) scanReport(input.scan, `${label} (its log scan)`);
  return input;
}

/** The Jira the checks talked to: the origin of the first HTTP request they made. */
function jiraOrigin(checks: CheckReport): string | undefined {
  for (const e of checks.evidence) {
    for (const x of e.exchanges) {
      if (/^https?:/.test(x.request.url) && URL.canParse(x.request.url)) return new URL(x.request.url).origin;
    }
  }
  return undefined;
}
