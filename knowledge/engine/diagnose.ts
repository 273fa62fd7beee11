import type { CauseId } from '../contract/causes';
import { symptomOf } from '../contract/causes';
import type { DiagnosedCause, Diagnosis, Prerequisite, RenderedSolution, RuledOutCause, Status } from '../contract/diagnosis';
import { STATUSES } from '../contract/diagnosis';
import type { FactName, Facts, FactValue, Symptom } from '../contract/facts';
import type { Cause, Rule } from '../schema';
import type { EvalContext, Evaluation } from './conditions';
import { evaluate } from './conditions';
import type { CompiledKnowledge } from './compiled';
import { utcToday } from './dates';
import { renderContext, solutionsFor } from './solutions';
import { render } from './templates';
import { distinctMatches, firstMatch } from './signatures';
import { factsFromHeaders } from './headers';
import { jiraVersionOfJsm } from './versions';
import { Kept, KeptByReads } from './memo';
import { engineWording } from './wording';

export type DiagnoseOptions = { today?: string; symptom?: Symptom };

type MatchedRule = { rule: Rule; evaluation: Evaluation };

/** A cause's status and the rules behind it, before any text is rendered. */
export type Assessment = {
  cause: Cause;
  status: Status;
  /** The rules that gave the status (empty for `possible`). */
  matched: MatchedRule[];
  score: number;
  unknown: FactName[];
};

const RULE_SETS: { status: Exclude<Status, 'possible'>; key: 'confirmedWhen' | 'ruledOutWhen' | 'likelyWhen' }[] = [
  { status: 'confirmed', key: 'confirmedWhen' },
  { status: 'ruled-out', key: 'ruledOutWhen' },
  { status: 'likely', key: 'likelyWhen' },
];

export function evalContext(ck: CompiledKnowledge, facts: Facts, today?: string): EvalContext {
  return { facts: withImpliedVersions(withSignatureFacts(ck, normaliseFacts(facts))), today: today ?? utcToday(), signatures: ck.signatures, language: ck.language };
}

/**
 * Values as the rules compare them, made so once where facts enter the engine: strings trimmed (a
 * host pasted with a stray space is still that host), hosts in lower case, empty error lines dropped.
 */
export function normaliseFacts(facts: Facts): Facts {
  let result: Record<string, FactValue> | undefined;
  for (const name in facts) {
    const value = facts[name as FactName];
    let normal = value;
    if (typeof value === 'string') {
      normal = value.trim();
      if (name === 'mail.host') normal = normal.toLowerCase().replace(/\.$/, '');
    } else if (Array.isArray(value) && value.some(untrimmed)) {
      normal = value.map((line) => line.trim()).filter(Boolean);
    }
    // A copy only when something changed: most diagnoses change nothing.
    if (normal !== value) (result ??= { ...facts })[name] = normal!;
  }
  return (result as Facts | undefined) ?? facts;
}

const untrimmed = (line: string) => line.trim() !== line || !line.trim();

/** The Jira platform version a JSM version implies, where nobody stated it (JSM ships on its own platform line). */
function withImpliedVersions(facts: Facts): Facts {
  if (facts['jira.version'] !== undefined || facts['jsm.version'] === undefined) return facts;
  const jira = jiraVersionOfJsm(facts['jsm.version']);
  return jira ? { ...facts, 'jira.version': jira } : facts;
}

/** Facts that an error signature or a pasted header line establishes on its own, added where nobody stated them. */
function withSignatureFacts(ck: CompiledKnowledge, facts: Facts): Facts {
  const errors = facts.errors;
  if (!errors?.length) return facts;
  let result = facts;
  for (const [name, value] of Object.entries(factsFromHeaders(errors))) {
    if (result[name as FactName] === undefined) result = { ...result, [name]: value };
  }
  const add = (sets: Partial<Record<string, unknown>>) => {
    for (const [name, value] of Object.entries(sets)) {
      if (result[name as FactName] === undefined) result = { ...result, [name]: value as FactValue };
    }
  };
  for (const compiled of ck.signatures.values()) {
    const { sets, distinct } = compiled.signature;
    if (sets && firstMatch(compiled, errors) !== undefined) add(sets);
    if (distinct && distinctMatches(compiled, errors).size >= distinct.atLeast) add(distinct.sets);
  }
  return result;
}

/** Each knowledge's causes by symptom, picked out once. */
const causesBySymptom = new WeakMap<CompiledKnowledge, Map<Symptom, Cause[]>>();

export function causesFor(ck: CompiledKnowledge, symptom: Symptom | undefined): Cause[] {
  if (!symptom) return ck.knowledge.causes;
  let bySymptom = causesBySymptom.get(ck);
  if (!bySymptom) causesBySymptom.set(ck, (bySymptom = new Map<Symptom, Cause[]>()));
  let causes = bySymptom.get(symptom);
  if (!causes) bySymptom.set(symptom, (causes = ck.knowledge.causes.filter((c) => symptomOf(c.id) === symptom)));
  return causes;
}

/** Status precedence: a true confirmedWhen, else a true ruledOutWhen, else a true likelyWhen, else possible. */
export function assess(cause: Cause, ctx: EvalContext): Assessment {
  // Facts left unknown by each rule set, in precedence order: only the sets that outrank the
  // status found can still change it, so only their unknown facts are worth asking about; the
  // sets below it are not evaluated at all.
  const unknown: FactName[] = [];
  for (let rank = 0; rank < RULE_SETS.length; rank++) {
    const { status, key } = RULE_SETS[rank]!;
    let matched: MatchedRule[] | undefined;
    let open: FactName[] | undefined;
    for (const rule of cause[key]) {
      const evaluation = evaluate(rule.when, ctx);
      if (evaluation.truth === true) (matched ??= []).push({ rule, evaluation });
      else if (evaluation.truth === 'unknown' && !matched) (open ??= []).push(...evaluation.unknownFacts);
    }
    if (matched) {
      let score = 0;
      for (const m of matched) score += m.rule.weight ?? 1;
      return { cause, status, matched, score, unknown };
    }
    if (open) for (const f of open) if (!unknown.includes(f)) unknown.push(f);
  }
  return { cause, status: 'possible', matched: [], score: 0, unknown };
}

/** Assessments are kept by the values of the facts each cause's rules read (enough for every answer the wizard simulates). */
const ASSESSMENTS_KEPT_PER_CAUSE = 256;
const assessments = new WeakMap<CompiledKnowledge, Map<string, KeptByReads<Assessment>>>();

/** `assess`, worked out once for each combination of the values the cause's rules read. */
export function assessKept(ck: CompiledKnowledge, cause: Cause, ctx: EvalContext): Assessment {
  let byCause = assessments.get(ck);
  if (!byCause) assessments.set(ck, (byCause = new Map<string, KeptByReads<Assessment>>()));
  let kept = byCause.get(cause.id);
  if (!kept) byCause.set(cause.id, (kept = new KeptByReads(ASSESSMENTS_KEPT_PER_CAUSE)));
  return kept.get(ck.ruleReads.get(cause.id)!, ctx, () => assess(cause, ctx));
}

export function assessAll(ck: CompiledKnowledge, ctx: EvalContext, symptom: Symptom | undefined): Assessment[] {
  return causesFor(ck, symptom).map((cause) => assessKept(ck, cause, ctx));
}

/** A cause's status and why, without its solutions: what a panel of statuses needs. */
export type CauseStatus = { id: CauseId; title: string; status: Status; because: string[]; unknown: FactName[]; score: number };

const STATUS_RANK = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Status, number>;

/** The causes of the symptom assessed and ranked: by status, then evidence, prior and knowledge order. */
function ranked(ck: CompiledKnowledge, facts: Facts, options: DiagnoseOptions): { ctx: EvalContext; symptom: Symptom | undefined; assessments: Assessment[] } {
  const ctx = evalContext(ck, facts, options.today);
  const symptom = options.symptom ?? facts.symptom;
  const order = ck.causeOrder;
  const assessments = assessAll(ck, ctx, symptom).sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      b.score - a.score ||
      b.cause.prior - a.cause.prior ||
      order.get(a.cause.id)! - order.get(b.cause.id)!,
  );
  return { ctx, symptom, assessments };
}

/**
 * A cause's reasons depend on its assessment (kept, so shared between diagnoses) and, for a
 * decided cause, on the facts its rules' reasons read, for an undecided one on the symptom: each
 * assessment keeps what it was worded with.
 */
const worded = new WeakMap<Assessment, KeptByReads<readonly string[]>>();
const undecided = new WeakMap<Assessment, { symptom: Symptom | undefined; reason: string }>();
const REASONS_KEPT_PER_ASSESSMENT = 8;

function reasons(ck: CompiledKnowledge, ctx: EvalContext, a: Assessment, symptom: Symptom | undefined): string[] {
  if (!a.matched.length) {
    const kept = undecided.get(a);
    if (kept && kept.symptom === symptom) return [kept.reason];
    const reason = undecidedReason(ck, a.unknown, symptom);
    undecided.set(a, { symptom, reason });
    return [reason];
  }
  let kept = worded.get(a);
  if (!kept) worded.set(a, (kept = new KeptByReads(REASONS_KEPT_PER_ASSESSMENT)));
  return [...kept.get(ck.reasonReads.get(a.cause.id)!, ctx, () => a.matched.map((m) => render(m.rule.because, renderContext(ck, ctx, m.evaluation.detail))))];
}

/** Every cause's status and reasons, ruled-out ones last, without rendering a single solution. */
export function assessCauses(ck: CompiledKnowledge, facts: Facts, options: DiagnoseOptions = {}): CauseStatus[] {
  const { ctx, symptom, assessments } = ranked(ck, facts, options);
  return assessments.map((a) => ({ id: a.cause.id, title: a.cause.title, status: a.status, because: reasons(ck, ctx, a, symptom), unknown: a.unknown, score: a.score }));
}

export function diagnose(ck: CompiledKnowledge, facts: Facts, options: DiagnoseOptions = {}): Diagnosis {
  const { ctx, symptom, assessments } = ranked(ck, facts, options);
  const causes: DiagnosedCause[] = [];
  const ruledOut: RuledOutCause[] = [];
  for (const a of assessments) {
    if (a.status === 'ruled-out') {
      ruledOut.push({ id: a.cause.id, title: a.cause.title, because: reasons(ck, ctx, a, symptom), source: a.cause.source });
      continue;
    }
    const { solutions, text } = solutionsFor(ck, a.cause, ctx);
    const after = prerequisitesOf(a, assessments, ck, ctx);
    causes.push({
      ...(after.length ? { after } : {}),
      id: a.cause.id,
      status: a.status,
      title: a.cause.title,
      because: reasons(ck, ctx, a, symptom),
      solution: (after.length ? `${after.map((p) => p.note).join(' ')} ` : '') + text,
      solutions: solutions as RenderedSolution[],
      unknown: a.unknown,
      source: a.cause.source,
      score: a.score,
    });
  }
  return { causes: prerequisitesFirst(causes), ruledOut, unknown: rankUnknown(ck, causes), knowledgeVersion: ck.knowledge.version };
}

/** The causes in play whose fix must come before this one's (knowledge `after`), with the note that says so. */
function prerequisitesOf(a: Assessment, all: readonly Assessment[], ck: CompiledKnowledge, ctx: EvalContext): Prerequisite[] {
  if (!a.cause.after?.length) return [];
  const inPlay = (id: string) => all.find((b) => b.cause.id === id && (b.status === 'confirmed' || b.status === 'likely'));
  return (a.cause.after ?? []).flatMap(({ cause, note, when }) => {
    const first = inPlay(cause);
    return first && (!when || evaluate(when, ctx).truth === true) ? [{ id: first.cause.id, title: first.cause.title, note: render(note, renderContext(ck, ctx)) }] : [];
  });
}

/**
 * A cause whose fix waits for another's moves right behind it (stable otherwise): on JSM 4.21 with a
 * GCC High mailbox the upgrade comes first, then the scope and endpoint fixes.
 */
function prerequisitesFirst(causes: readonly DiagnosedCause[]): DiagnosedCause[] {
  if (!causes.some(hasPrerequisites)) return [...causes];
  const ordered: DiagnosedCause[] = [];
  const place = (cause: DiagnosedCause, seen: Set<string>) => {
    if (ordered.includes(cause) || seen.has(cause.id)) return;
    seen.add(cause.id);
    for (const p of cause.after ?? []) {
      const first = causes.find((c) => c.id === p.id);
      if (first) place(first, seen);
    }
    ordered.push(cause);
  };
  for (const cause of causes) place(cause, new Set());
  return ordered;
}

const hasPrerequisites = (cause: DiagnosedCause) => cause.after !== undefined;

/**
 * The ranking of the open facts depends only on the causes' lists of unknown facts, which come
 * from kept assessments: the same lists, in the same order, are ranked once.
 */
const rankings = new WeakMap<CompiledKnowledge, Kept<readonly FactName[]>>();
const listIds = new WeakMap<readonly FactName[], number>();
let nextListId = 0;
const RANKINGS_KEPT = 256;

function rankUnknown(ck: CompiledKnowledge, causes: readonly DiagnosedCause[]): FactName[] {
  let kept = rankings.get(ck);
  if (!kept) rankings.set(ck, (kept = new Kept(RANKINGS_KEPT)));
  let key = '';
  for (const cause of causes) {
    let id = listIds.get(cause.unknown);
    if (id === undefined) listIds.set(cause.unknown, (id = nextListId++));
    key += `${id},`;
  }
  return [...kept.get(key, () => rankUnknownOf(ck, causes))];
}

/** Facts still open across the causes in play: those that bear on more causes first, then question order. */
function rankUnknownOf(ck: CompiledKnowledge, causes: readonly DiagnosedCause[]): FactName[] {
  const counts = new Map<FactName, number>();
  for (const cause of causes) for (const fact of cause.unknown) counts.set(fact, (counts.get(fact) ?? 0) + 1);
  // Counts and question order read once per fact, not once per comparison.
  const ranked: { fact: FactName; count: number; order: number }[] = [];
  for (const [fact, count] of counts) ranked.push({ fact, count, order: ck.factQuestionOrder.get(fact) ?? Number.MAX_SAFE_INTEGER });
  ranked.sort(byCountThenOrder);
  return ranked.map(factOf);
}

const byCountThenOrder = (a: { count: number; order: number }, b: { count: number; order: number }) => b.count - a.count || a.order - b.order;
const factOf = (r: { fact: FactName }) => r.fact;

/** For a `possible` cause: what would decide it, in the words of the questions that ask for it. */
function undecidedReason(ck: CompiledKnowledge, unknown: readonly FactName[], symptom: Symptom | undefined): string {
  const words = engineWording(ck.language);
  if (!unknown.length) return words.nothingKnown;
  const asks = unknown.map((fact) => {
    const questions = ck.questionsByFact.get(fact) ?? [];
    const question = questions.find((q) => !symptom || q.symptoms.includes(symptom)) ?? questions[0];
    return question ? question.text : words.theFact(fact);
  });
  return words.undecided(asks);
}
