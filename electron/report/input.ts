import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import zodJapanese from 'zod/v4/locales/ja.js';
import { parseFacts, type Answer, type CheckReport, type FactName, type Facts, type Session } from '../../knowledge/core';
import { scanReportSchema, type ScanReport } from '../../knowledge/contract/scan';
import { answerSchema, checkReportSchema, sessionSchema } from '../api/schemas';
import { runLanguage } from '../text/run-language';
import { maskSecretsDeep } from '../text/mask';
import { jsonStop } from '../text/json-stop';
import { inputWords, type InputWords } from './input-words';
import type { ReportInput } from './model';

/**
 * A report's input file could not be used; the message says why and what to do, in the language of
 * the run (`inLanguage`: the command line's --lang, the window's language).
 */
export class ReportInputError extends Error {}

/**
 * Reads what `report --input` accepts: a facts file, the JSON output of `check` or `scan`, or an
 * exported session. The kind is recognised by its shape, so the admin never has to say which.
 */
export async function readReportInput(path: string): Promise<MaskedReportInput> {
  const label = inputLabel(path);
  return reportInputFrom(inputJson(await readInputText(path), label), label);
}

/** How a message names an input: its path, or standard input for "-". */
export function inputLabel(path: string): string {
  return path === '-' ? inputWords().standardInput : path;
}

/** The JSON value of an input file's text, or a message saying where it stops being JSON. */
export function inputJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's own message is not shown: it quotes the text around the error, which could hold a secret.
    throw new ReportInputError(inputWords().notJson(label, jsonStop(text)));
  }
}

/**
 * The text of an input file of `diagnose` or `report` ("-" reads standard input), or a plain
 * message saying why it cannot be read and what to give instead.
 */
export async function readInputText(path: string, stdin?: NodeJS.ReadableStream): Promise<string> {
  const label = inputLabel(path);
  let text: string;
  try {
    // process.stdin only when it is read: Node sets standard input up on first use (1-2 ms).
    text = path === '-' ? await readAll(stdin ?? process.stdin) : await readFile(path, 'utf8');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    const why: Parameters<InputWords['cannotRead']>[1] = code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' ? { code } : { detail: (error as Error).message };
    throw new ReportInputError(inputWords().cannotRead(label, why));
  }
  if (!text.trim()) throw new ReportInputError(inputWords().empty(label));
  return text;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Held by this module alone, so that only this module makes a MaskedReportInput. */
const MASKED_HERE = Symbol('masked by electron/report/input');

/**
 * A report's input with its secrets masked and its values validated, once, where it entered: what
 * `renderReport` takes, so that the compiler, not a check at run time, says it was masked. Only
 * `reportInputFrom` (a file's or a session's JSON) and `maskedReportInput` (an input built in code)
 * make one. It is a class with a private member, not a property anyone could copy: a copy of one, or
 * an object built elsewhere, however alike, is not one (a brand spread into a copy would still say
 * "masked" of values put in beside it).
 */
export class MaskedReportInput {
  private declare readonly masked: true;
  constructor(
    _made: typeof MASKED_HERE,
    readonly input: ReportInput,
  ) {}
}

/** Where a file's text enters `diagnose` and `report`: its secrets are masked before anything reads it. */
export function reportInputFrom(raw: unknown, label: string): MaskedReportInput {
  return new MaskedReportInput(MASKED_HERE, inputFrom(raw, label));
}

/** An input built in code, validated and masked as a file's would be. */
export function maskedReportInput(input: ReportInput): MaskedReportInput {
  return new MaskedReportInput(MASKED_HERE, maskSecretsDeep(validReportInput(input)));
}

function inputFrom(raw: unknown, label: string): ReportInput {
  if (nestedDeeperThan(raw, MAX_DEPTH)) {
    throw new ReportInputError(inputWords().tooDeep(label, MAX_DEPTH));
  }
  const json = maskSecretsDeep(raw);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ReportInputError(inputWords().notObject(label));
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
  // zod's own words for what the schemas do not word themselves, in the run's language (as the checks' settings).
  const result = schema.safeParse(json, runLanguage() === 'ja' ? { error: zodJapanese().localeError } : undefined);
  if (result.success) return result.data;
  const words = inputWords();
  const problems = result.error.issues.slice(0, 5).map((i) => `${shortQuote(i.path.map(String).join('.')) || words.top}: ${describeIssue(i)}`);
  throw new ReportInputError(words.notValid(label, problems));
}

/** A zod issue in words, quoting at most a short prefix of whatever the file held (a key may be megabytes long). */
function describeIssue(issue: z.core.$ZodIssue): string {
  const words = inputWords();
  if (issue.code === 'invalid_type' && issue.input === undefined) return words.missing(issue.expected);
  if (issue.code === 'unrecognized_keys') return words.unknownFields(issue.keys.slice(0, 3).map((k) => shortQuote(k)));
  const fact = issue.code === 'custom' ? (issue.params as { fact?: unknown } | undefined)?.fact : undefined;
  if (typeof fact === 'string') return words.badFactValue(fact);
  return shortQuote(issue.message, 200);
}

/** At most `max` characters of untrusted text, to quote in a message. */
function shortQuote(text: string, max = 40): string {
  return text.length > max ? inputWords().cut(text.slice(0, max), text.length) : text;
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
    throw new ReportInputError(inputWords().notScan(label));
  }
  return parsed(scanReportSchema, json, inputWords().scanOutput(label));
}

function facts(value: unknown, label: string): Facts {
  const result = parseFacts(value, runLanguage());
  if (result.ok) return result.facts;
  throw new ReportInputError(inputWords().factProblems(label, result.problems.slice(0, 10), Math.max(0, result.problems.length - 10)));
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
    ...(session.scan ? { scan: scanReport(session.scan, inputWords().sessionScan) } : {}),
    ...(instance ? { instance } : {}),
  };
}

/**
 * What a renderer may be given: answers, check evidence and a scan report of the contract's types,
 * validated again here whoever built the input, so a crafted value (an object where a log line
 * belongs) never reaches the layout as anything but text.
 */
export function validReportInput(input: ReportInput): ReportInput {
  const words = inputWords();
  const label = input.name ? words.session(shortQuote(input.name)) : words.reportInput;
  parsed(z.array(answerSchema), input.answers, words.itsAnswers(label));
  if (input.checks) parsed(checkReportSchema, input.checks, words.itsChecks(label));
  if (input.scan) scanReport(input.scan, words.itsScan(label));
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
