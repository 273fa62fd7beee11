import * as z from 'zod';
import { CAUSE_IDS } from './contract/causes';
import { CHECK_IDS } from './contract/checks';
import { TEAMS } from './contract/diagnosis';
import { FACT_NAMES, SYMPTOMS } from './contract/facts';

/**
 * The knowledge format. Knowledge is data: questions, causes, solutions, log signatures and
 * installation-dependent variables, each citing its source. Conditions come from a closed
 * vocabulary of named, typed kinds and are evaluated in three-valued logic (true, false, unknown),
 * so that an unknown fact never counts as a "no".
 */

export const PLACES = ['jira', 'jsm', 'azure', 'exchange', 'load-balancer', 'ldap', 'idp', 'network', 'logs', 'client'] as const;

export const LOG_FILES = [
  'atlassian-jira.log',
  'atlassian-jira-security.log',
  'atlassian-jira-incoming-mail.log',
  'ui',
] as const;

export type Condition =
  | { kind: 'factIs'; fact: string; value: string | number | boolean }
  | { kind: 'factIn'; fact: string; values: (string | number | boolean)[] }
  | { kind: 'factKnown'; fact: string }
  | { kind: 'numberAtLeast'; fact: string; value: number }
  /** True when the version is at least the minimum of its release line (`lines`, keyed "8.5"), else at least `min`. */
  | { kind: 'versionAtLeast'; fact: string; min: string; lines?: Record<string, string> }
  /** True when the date fact is before `than` ("today" or YYYY-MM-DD) plus `days` (may be negative). */
  | { kind: 'dateBefore'; fact: string; than: string; days?: number }
  /** A regular expression over a string fact (case-insensitive unless flags say otherwise). */
  | { kind: 'textMatches'; fact: string; pattern: string; flags?: string }
  /** Any string of the `errors` fact matches the named signature of the catalogue. */
  | { kind: 'errorMatches'; signature: string }
  /** The signature's first capture group takes at least `atLeast` different values across the `errors` fact. */
  | { kind: 'errorsDistinct'; signature: string; atLeast: number }
  /** The configured scope string is wrong for the Microsoft cloud in use; detail says why. */
  | { kind: 'scopesInvalid'; fact: string }
  /** The endpoint parses as a Microsoft identity platform URL whose tenant segment is of this kind. */
  | { kind: 'endpointTenant'; fact: string; tenant: 'common' | 'organizations' | 'consumers' | 'specific' }
  /** The endpoint's host does not belong to the Microsoft cloud in use (e.g. .com for GCC High). */
  | { kind: 'endpointWrongCloud'; fact: string }
  /** A -D system property is set in the `jvm.args` fact (value optional), read from any form an admin pastes. */
  | { kind: 'jvmProperty'; property: string; valuePattern?: string }
  /** Java's http.nonProxyHosts in `jvm.args` lets this host (a literal, or the value of a host fact) bypass the proxy. */
  | { kind: 'proxyBypasses'; host?: string; fact?: string }
  | { kind: 'all'; of: Condition[] }
  | { kind: 'any'; of: Condition[] }
  | { kind: 'not'; of: Condition };

/**
 * The schemas, built on first use: the app and every command load this module (through the API's
 * contract), and building them all took a good part of a start that validates no knowledge.
 */
function build() {
  const factName = z.enum(FACT_NAMES as [string, ...string[]]);
  const causeId = z.enum(CAUSE_IDS);
  const symptom = z.enum(SYMPTOMS);
  const versionString = z.string().regex(/^\d+\.\d+\.\d+$/);
  const lineString = z.string().regex(/^\d+\.\d+$/);

  const provenanceSchema = z.strictObject({
    article: z.enum(['000', '001', '002', '003', 'facts']),
    /** The article's own heading (e.g. "Root Cause 10", "Solution for Root Cause 8"), or a facts-sheet section ("§4.2"). */
    section: z.string().min(1),
    /** The published page this item comes from, by its own title (Atlassian or Microsoft documentation). */
    title: z.string().min(1).optional(),
    /** The published page's address; the bundled text stays the offline copy. */
    url: z.string().regex(/^https:\/\/\S+$/).optional(),
  });

  /**
   * A text template. Placeholders: `{{fact:jira.version}}` (a fact's value), `{{var:oauthMenuPath}}`
   * (a variable), `{{detail}}` (what the matching condition found, e.g. which scope is missing).
   */
  const template = z.string().min(1);

  const scalar = z.union([z.string(), z.number(), z.boolean()]);

  const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
    z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('factIs'), fact: factName, value: scalar }),
      z.strictObject({ kind: z.literal('factIn'), fact: factName, values: z.array(scalar).min(1) }),
      z.strictObject({ kind: z.literal('factKnown'), fact: factName }),
      z.strictObject({ kind: z.literal('numberAtLeast'), fact: factName, value: z.number() }),
      z.strictObject({
        kind: z.literal('versionAtLeast'),
        fact: factName,
        min: versionString,
        lines: z.record(lineString, versionString).optional(),
      }),
      z.strictObject({
        kind: z.literal('dateBefore'),
        fact: factName,
        than: z.union([z.literal('today'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
        days: z.number().int().optional(),
      }),
      z.strictObject({ kind: z.literal('textMatches'), fact: factName, pattern: z.string().min(1), flags: z.string().optional() }),
      z.strictObject({ kind: z.literal('errorMatches'), signature: z.string().min(1) }),
      z.strictObject({ kind: z.literal('errorsDistinct'), signature: z.string().min(1), atLeast: z.number().int().min(2) }),
      z.strictObject({ kind: z.literal('scopesInvalid'), fact: factName }),
      z.strictObject({
        kind: z.literal('endpointTenant'),
        fact: factName,
        tenant: z.enum(['common', 'organizations', 'consumers', 'specific']),
      }),
      z.strictObject({ kind: z.literal('endpointWrongCloud'), fact: factName }),
      z.strictObject({ kind: z.literal('jvmProperty'), property: z.string().min(1), valuePattern: z.string().optional() }),
      z
        .strictObject({ kind: z.literal('proxyBypasses'), host: z.string().regex(/^[a-z0-9.-]+$/).optional(), fact: factName.optional() })
        .refine((c) => (c.host === undefined) !== (c.fact === undefined), 'names either a host or a host fact'),
      z.strictObject({ kind: z.literal('all'), of: z.array(conditionSchema).min(1) }),
      z.strictObject({ kind: z.literal('any'), of: z.array(conditionSchema).min(1) }),
      z.strictObject({ kind: z.literal('not'), of: conditionSchema }),
    ]),
  );

  /** A rule gives a cause a status when its condition is true; `because` says so in plain words. */
  const ruleSchema = z.strictObject({
    when: conditionSchema,
    because: template,
    /** Strength of the evidence, used to rank causes of the same status (default 1). */
    weight: z.number().positive().optional(),
    source: provenanceSchema,
    /** Why this evidence is strong enough for the status (required where it rules a cause out). */
    why: z.string().min(1).optional(),
  });

  /**
   * A rule that rules a cause out must say why its evidence is strong enough: an observation the
   * article only says "may" show something, or one of several places the cause could hide, is not.
   */
  const ruledOutRuleSchema = ruleSchema.extend({ why: z.string().min(1) });

  const stepSchema = z.strictObject({
    text: template,
    /** Exact strings the admin copies (scopes, endpoints, JVM arguments, header names). Templates allowed. */
    code: z.array(template).optional(),
    /** Shown only when true or unknown. */
    when: conditionSchema.optional(),
  });

  const solutionSchema = z.strictObject({
    id: z.string().min(1),
    title: template,
    team: z.enum(TEAMS),
    /** Offered only when true or unknown (e.g. the single-tenant workaround only when multi-tenant is not allowed). */
    when: conditionSchema.optional(),
    steps: z.array(stepSchema).min(1),
    /** Where the facts sheet corrects the article, said plainly. */
    notes: z.array(template).optional(),
    source: provenanceSchema,
  });

  const causeSchema = z.strictObject({
    id: causeId,
    title: z.string().min(1),
    /** What goes wrong, in plain words. */
    summary: z.string().min(1),
    /** Prior weight for ranking causes nobody has decided yet (higher is more common). */
    prior: z.number().min(0).max(1),
    confirmedWhen: z.array(ruleSchema),
    likelyWhen: z.array(ruleSchema),
    ruledOutWhen: z.array(ruledOutRuleSchema),
    /**
     * Causes whose fix must come first: while one of them is confirmed or likely, this cause's fix is
     * marked as coming after it (e.g. the JSM upgrade before the scope and endpoint fixes).
     */
    after: z.array(z.strictObject({ cause: causeId, note: template, when: conditionSchema.optional() })).optional(),
    solutions: z.array(solutionSchema).min(1),
    source: provenanceSchema,
  });

  const questionSchema = z.strictObject({
    id: z.string().min(1),
    fact: factName,
    symptoms: z.array(symptom).min(1),
    text: z.string().min(1),
    /** For enum and boolean facts: every value the fact takes, in plain words. "I don't know" is always added. */
    options: z.array(z.strictObject({ value: scalar, label: z.string().min(1), hint: z.string().optional() })).optional(),
    help: z.strictObject({
      why: z.string().min(1),
      where: z.array(
        z.strictObject({ place: z.enum(PLACES), text: template, when: conditionSchema.optional() }),
      ),
    }),
    /** The automated check or log scan that can answer it. */
    answeredBy: z.array(z.union([z.enum(CHECK_IDS), z.literal('log-scan')])).optional(),
    /** Asked only when true or unknown. */
    askWhen: conditionSchema.optional(),
    source: provenanceSchema,
  });

  const variableSchema = z.strictObject({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
    description: z.string().min(1),
    cases: z.array(z.strictObject({ when: conditionSchema, value: template })),
    /** Used when no case is true; with unknown facts, the text should say both forms. */
    otherwise: template,
    source: provenanceSchema,
  });

  const signatureSchema = z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    /** A JavaScript regular expression source, matched against one event (a line and its continuation lines). */
    pattern: z.string().min(1),
    flags: z.string().optional(),
    /** Where it shows up. */
    seenIn: z.array(z.enum(LOG_FILES)).min(1),
    /** What it tells, in plain words. */
    meaning: z.string().min(1),
    supports: z.array(causeId),
    /** Facts it establishes on its own (rarely: most signatures only count as errors). */
    sets: z.partialRecord(factName, scalar).optional(),
    /**
     * Facts it establishes when its first capture group takes at least `atLeast` different values
     * across the errors (two "Got Ldap context on server" lines naming two servers: several LDAP servers).
     */
    distinct: z.strictObject({ atLeast: z.number().int().min(2), sets: z.partialRecord(factName, scalar) }).optional(),
    /** A realistic example, used by the tests and shown to the admin. */
    example: z.string().min(1),
    source: provenanceSchema,
  });

  const symptomInfoSchema = z.strictObject({
    id: symptom,
    title: z.string().min(1),
    description: z.string().min(1),
    /** What stays broken for people until it is fixed, for a manager (reports' page one). */
    impact: z.string().min(1).optional(),
    /** Error messages this symptom covers, verbatim, shown on the start screen. */
    examples: z.array(z.string().min(1)).min(1),
    source: provenanceSchema,
  });

  const knowledgeSchema = z.strictObject({
    version: z.string().regex(/^\d{4}\.\d{2}\.\d+$/),
    symptoms: z.array(symptomInfoSchema),
    questions: z.array(questionSchema),
    causes: z.array(causeSchema),
    variables: z.array(variableSchema),
    signatures: z.array(signatureSchema),
  });

  return {
    rule: ruleSchema,
    ruledOutRule: ruledOutRuleSchema,
    step: stepSchema,
    solution: solutionSchema,
    cause: causeSchema,
    question: questionSchema,
    variable: variableSchema,
    signature: signatureSchema,
    symptomInfo: symptomInfoSchema,
    knowledge: knowledgeSchema,
  };
}

type Schemas = ReturnType<typeof build>;
let schemas: Schemas | undefined;
const built = () => (schemas ??= build());

/** The whole knowledge base (validated at build and test time, and by `jira-doctor knowledge check`). */
export const knowledgeSchema = z.lazy(() => built().knowledge);
/** One log signature (the API's error-text matches carry them). */
export const signatureSchema = z.lazy(() => built().signature);

export type Rule = z.infer<Schemas['rule']>;
export type RuledOutRule = z.infer<Schemas['ruledOutRule']>;
export type Step = z.infer<Schemas['step']>;
export type Solution = z.infer<Schemas['solution']>;
export type Cause = z.infer<Schemas['cause']>;
export type Question = z.infer<Schemas['question']>;
export type Variable = z.infer<Schemas['variable']>;
export type Signature = z.infer<Schemas['signature']>;
export type SymptomInfo = z.infer<Schemas['symptomInfo']>;
export type Knowledge = z.infer<Schemas['knowledge']>;
/** What an article module contributes; the knowledge base merges them. */
export type KnowledgePart = Omit<Partial<Knowledge>, 'version'>;
