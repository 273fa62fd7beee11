import * as z from 'zod';
import { CAUSE_IDS } from '../../knowledge/contract/causes';
import { CHECK_IDS } from '../../knowledge/contract/checks';
import type { CheckReport, Evidence, Exchange, ProblemCode } from '../../knowledge/contract/checks';
import { STATUSES, TEAMS } from '../../knowledge/contract/diagnosis';
import type { Diagnosis, Provenance } from '../../knowledge/contract/diagnosis';
import { FACT_NAMES, factShapes, factsSchema } from '../../knowledge/contract/facts';
import type { FactName } from '../../knowledge/contract/facts';
import type { Answer, FactSource, Session, SessionChanges } from '../../knowledge/contract/session';
export type { SessionChanges } from '../../knowledge/contract/session';
import { scanReportSchema } from '../../knowledge/contract/scan';

/**
 * zod schemas of the contract types in knowledge/contract (which are plain TypeScript types), for
 * everything that crosses a trust boundary: API requests and responses, imported session files,
 * the session store on disk. Each schema is checked against its type (`z.ZodType<T>`), so the two
 * cannot drift apart. Pure: the renderer imports this module too.
 * Each is built on first use (z.lazy): `diagnose` reads its facts file through this module and most
 * often needs none of them, and building them all at load was a good part of its start.
 */

const isoTimestamp = z.string().min(1);
const factName = z.lazy(() => z.enum(FACT_NAMES as [FactName, ...FactName[]]));

export const provenanceSchema: z.ZodType<Provenance> = z.lazy(() => z.strictObject({
  article: z.enum(['000', '001', '002', '003', 'facts']),
  section: z.string().min(1),
  title: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
}));

const causeId = z.lazy(() => z.enum(CAUSE_IDS));
const stepSchema = z.lazy(() => z.object({ text: z.string(), code: z.array(z.string()).optional() }));
const solutionSchema = z.lazy(() => z.object({
  id: z.string(),
  title: z.string(),
  team: z.enum(TEAMS),
  steps: z.array(stepSchema),
  notes: z.array(z.string()),
  source: provenanceSchema,
}));

export const diagnosisSchema: z.ZodType<Diagnosis> = z.lazy(() => z.object({
  causes: z.array(
    z.object({
      id: causeId,
      status: z.enum(STATUSES).exclude(['ruled-out']),
      title: z.string(),
      because: z.array(z.string()),
      solution: z.string(),
      solutions: z.array(solutionSchema),
      unknown: z.array(factName),
      source: provenanceSchema,
      score: z.number(),
      after: z.array(z.object({ id: causeId, title: z.string(), note: z.string() })).optional(),
    }),
  ),
  ruledOut: z.array(z.object({ id: causeId, title: z.string(), because: z.array(z.string()), source: provenanceSchema })),
  unknown: z.array(factName),
  knowledgeVersion: z.string(),
}));

export const factSourceSchema: z.ZodType<FactSource> = z.lazy(() => z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('user') }),
  z.strictObject({ kind: z.literal('check'), check: z.string().min(1), why: z.string() }),
  z.strictObject({ kind: z.literal('scan'), file: z.string().min(1), why: z.string() }),
]));

/** An answer whose value must fit its fact's type (a version string for a version fact, and so on). */
export const answerSchema: z.ZodType<Answer> = z.lazy(() => z
  .strictObject({ fact: factName, value: z.unknown(), source: factSourceSchema, at: isoTimestamp })
  .superRefine((answer, ctx) => {
    const parsed = factShapes[answer.fact].safeParse(answer.value);
    if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['value'], message: `not a valid value for the fact "${answer.fact}"`, params: { fact: answer.fact } });
  }) as z.ZodType<Answer>);

const PROBLEM_CODES = [
  'refused', 'timeout', 'dns', 'tls-untrusted', 'tls-intercepted', 'tls-expired', 'tls-hostname', 'sso-redirect',
  'login-page', 'proxy-refused', 'proxy-auth', 'bad-response', 'unauthorized', 'cancelled', 'not-applicable', 'other',
] as const satisfies readonly ProblemCode[];

const exchangeSchema: z.ZodType<Exchange> = z.lazy(() => z.object({
  at: z.string(),
  durationMs: z.number(),
  request: z.object({ method: z.string(), url: z.string(), headers: z.record(z.string(), z.string()) }),
  response: z
    .object({ status: z.number(), headers: z.record(z.string(), z.string()), bodyExcerpt: z.string().optional() })
    .optional(),
  transcript: z.array(z.string()).optional(),
}));

export const evidenceSchema: z.ZodType<Evidence> = z.lazy(() => z.object({
  check: z.enum(CHECK_IDS),
  title: z.string(),
  startedAt: z.string(),
  durationMs: z.number(),
  outcome: z.enum(['ok', 'failed', 'skipped', 'cancelled']),
  exchanges: z.array(exchangeSchema),
  concluded: z.array(z.object({ fact: factName, value: z.unknown(), why: z.string() })) as z.ZodType<Evidence['concluded']>,
  problem: z.object({ code: z.enum(PROBLEM_CODES), message: z.string(), advice: z.string() }).optional(),
  notes: z.array(z.string()),
  tallies: z.array(z.object({ label: z.string(), counts: z.record(z.string(), z.number()) })).optional(),
}));

export const checkReportSchema: z.ZodType<CheckReport> = z.lazy(() => z.object({
  facts: factsSchema,
  evidence: z.array(evidenceSchema),
  startedAt: z.string(),
  finishedAt: z.string(),
}));

const SESSION_NAME_MAX = 200;
export const sessionNameSchema = z.lazy(() => z
  .string()
  .trim()
  .min(1, 'a session needs a name')
  .max(SESSION_NAME_MAX, `a session name has at most ${SESSION_NAME_MAX} characters`));

const scanBatchSchema = z.lazy(() => z.strictObject({ at: isoTimestamp, forQuestion: z.string().min(1).optional(), report: scanReportSchema }));

/** A saved session as stored, exported and imported (schema version 1). */
export const sessionSchema: z.ZodType<Session> = z.lazy(() => z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a session id of letters, digits, "-" and "_"'),
  name: sessionNameSchema,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  knowledgeVersion: z.string(),
  answers: z.array(answerSchema),
  unknown: z.array(factName),
  checks: checkReportSchema.optional(),
  scan: z.unknown().optional(),
  scanBatches: z.array(scanBatchSchema).optional(),
  machine: z.unknown().optional(),
}));

/**
 * The parts of a session the wizard changes as the admin answers: a save sends only these. The
 * checks' and the logs' parts can be cleared with `null` (start over), which the store applies as a removal.
 */
export const sessionChangesSchema: z.ZodType<SessionChanges> = z.lazy(() => z.strictObject({
  answers: z.array(answerSchema).optional(),
  unknown: z.array(factName).optional(),
  checks: checkReportSchema.nullable().optional(),
  scan: z.unknown().optional(),
  scanBatches: z.array(scanBatchSchema).nullable().optional(),
  machine: z.unknown().optional(),
}));

/** What the session list shows: enough to pick one, without loading every answer. */
export const sessionSummarySchema = z.lazy(() => z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  symptom: factShapes.symptom.optional(),
  answerCount: z.number().int(),
  /** The strongest confirmed or likely cause, when there is one. */
  result: z.object({ cause: causeId, title: z.string(), status: z.enum(['confirmed', 'likely']) }).optional(),
}));
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
