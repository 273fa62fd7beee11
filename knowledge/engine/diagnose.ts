import type { CauseId } from '../contract/causes';
import { symptomOf } from '../contract/causes';
import type { DiagnosedCause, Diagnosis, Prerequisite, RenderedSolution, RuledOutCause, Status } from '../contract/diagnosis';
import { STATUSES } from '../contract/diagnosis';
import type { FactName, Facts, FactValue, Symptom } from '../contract/facts';
import type { Cause, Rule } from '../schema';
import type { EvalContext, Evaluation } from './conditions';
import { evaluate, truthOf } from './conditions';
import type { CompiledKnowledge } from './compiled';
import { utcToday } from './dates';
import type { RenderedSolutions } from './solutions';
import { renderContext, renderedSolutions } from './solutions';
import { render } from './templates';
import { distinctMatches, firstMatch } from './signatures';
import { factsFromHeaders } from './headers';
import { jiraVersionOfJsm } from './versions';
import type { Reads } from './memo';
import { KeptByNumbers, KeptByReads, readsBeyond, readsNothing } from './memo';
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
  /** This assessment's own number (assessments are kept and shared, see assessKept). */
  serial: number;
  /** Its reasons as worded, kept with it (see `reasons`). */
  words: Worded;
};

/**
 * A decided cause's reasons depend on its assessment and on the facts its rules' reasons read
 * (kept by their values); an undecided one's on the symptom only.
 */
type Worded = { byReads?: KeptByReads<readonly string[]>; once?: readonly string[]; symptom?: Symptom; undecided?: string };

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
      if (name === 'mail.host') normal = value.trim().toLowerCase().replace(/\.$/, '');
      else if (mayNeedTrim(value)) normal = value.trim();
    } else if (Array.isArray(value) && value.some(untrimmed)) {
      normal = value.map((line) => line.trim()).filter(Boolean);
    }
    // A copy only when something changed: most diagnoses change nothing.
    if (normal !== value) (result ??= { ...facts })[name] = normal!;
  }
  return (result as Facts | undefined) ?? facts;
}

const untrimmed = (line: string) => line.trim() !== line || !line.trim();

/**
 * False only where `trim` would surely change nothing: both ends are printable ASCII or Latin-1
 * (every space `trim` removes is a control character, a space, U+00A0 or above U+167F). Most facts
 * are such, and are then left as they are without `trim` looking at them.
 */
function mayNeedTrim(value: string): boolean {
  if (!value.length) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return first <= 0x20 || last <= 0x20 || (first >= 0x7f && first <= 0xa0) || (last >= 0x7f && last <= 0xa0) || first >= 0x1680 || last >= 0x1680;
}

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

/**
 * What is kept for one cause of one knowledge: its assessments by the values of the facts its rules
 * read, its rendered solutions by the values of the facts they read. `reasonReads` is what its
 * reasons read beyond its rules: diagnoses that share an assessment agree on every fact its rules
 * read, so only the other facts can change the reasons (for most causes none can, and each
 * assessment words its reasons once).
 */
type CauseKept = { cause: Cause; reads: Reads; assessments: KeptByReads<Assessment>; reasonReads: Reads; solutionReads: Reads; solutions: KeptByReads<RenderedSolutions> };

/** Each knowledge's causes, by id and by symptom (picked out once). */
type KnowledgeKept = { byId: Map<string, CauseKept>; bySymptom: Map<Symptom | undefined, { causes: Cause[]; kept: CauseKept[] }> };
const keptByKnowledge = new WeakMap<CompiledKnowledge, KnowledgeKept>();

/** Assessments are kept by the values of the facts each cause's rules read (enough for every answer the wizard simulates). */
const ASSESSMENTS_KEPT_PER_CAUSE = 256;
/** Most causes' solutions read a few facts, which change rarely between two diagnoses: a few renderings per cause are kept. */
const SOLUTIONS_KEPT_PER_CAUSE = 16;

function keptOf(ck: CompiledKnowledge): KnowledgeKept {
  let kept = keptByKnowledge.get(ck);
  if (!kept) {
    const byId = new Map(
      ck.knowledge.causes.map((cause) => [
        cause.id,
        {
          cause,
          reads: ck.ruleReads.get(cause.id)!,
          assessments: new KeptByReads<Assessment>(ASSESSMENTS_KEPT_PER_CAUSE),
          reasonReads: readsBeyond(ck.reasonReads.get(cause.id)!, ck.ruleReads.get(cause.id)!),
          solutionReads: ck.solutionReads.get(cause.id)!,
          solutions: new KeptByReads<RenderedSolutions>(SOLUTIONS_KEPT_PER_CAUSE),
        },
      ]),
    );
    keptByKnowledge.set(ck, (kept = { byId, bySymptom: new Map() }));
  }
  return kept;
}

function ofSymptom(ck: CompiledKnowledge, symptom: Symptom | undefined): { causes: Cause[]; kept: CauseKept[] } {
  const { byId, bySymptom } = keptOf(ck);
  let found = bySymptom.get(symptom);
  if (!found) {
    const causes = symptom ? ck.knowledge.causes.filter((c) => symptomOf(c.id) === symptom) : ck.knowledge.causes;
    bySymptom.set(symptom, (found = { causes, kept: causes.map((c) => byId.get(c.id)!) }));
  }
  return found;
}

export function causesFor(ck: CompiledKnowledge, symptom: Symptom | undefined): Cause[] {
  return ofSymptom(ck, symptom).causes;
}

/** Every assessment is numbered, so a list of them is keyed by numbers (see `ranked`). */
let nextSerial = 0;

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
      return { cause, status, matched, score, unknown, serial: nextSerial++, words: {} };
    }
    if (open) for (const f of open) if (!unknown.includes(f)) unknown.push(f);
  }
  return { cause, status: 'possible', matched: [], score: 0, unknown, serial: nextSerial++, words: {} };
}

/** `assess`, worked out once for each combination of the values the cause's rules read. */
export function assessKept(ck: CompiledKnowledge, cause: Cause, ctx: EvalContext): Assessment {
  return assessOf(keptOf(ck).byId.get(cause.id)!, ctx);
}

function assessOf(kept: CauseKept, ctx: EvalContext): Assessment {
  return kept.assessments.find(kept.reads, ctx, () => assess(kept.cause, ctx));
}

export function assessAll(ck: CompiledKnowledge, ctx: EvalContext, symptom: Symptom | undefined): Assessment[] {
  const { kept } = ofSymptom(ck, symptom);
  const all: Assessment[] = new Array<Assessment>(kept.length);
  for (let i = 0; i < kept.length; i++) all[i] = assessOf(kept[i]!, ctx);
  return all;
}

/** A cause's status and why, without its solutions: what a panel of statuses needs. */
export type CauseStatus = { id: CauseId; title: string; status: Status; because: string[]; unknown: FactName[]; score: number };

const STATUS_RANK = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Status, number>;

/** The causes in ranked order (with what is kept for each), and the open facts ranked across those still in play. */
type Ranking = { order: readonly Assessment[]; kept: readonly CauseKept[]; unknown: readonly FactName[] };

/**
 * The ranking depends only on the assessments (kept, and numbered), so the same assessments are
 * ranked once: the same numbers, in the same order, find it.
 */
const rankings = new WeakMap<CompiledKnowledge, KeptByNumbers<Ranking>>();
const RANKINGS_KEPT = 256;
const serials: number[] = [];

/** The causes of the symptom assessed and ranked: by status, then evidence, prior and knowledge order. */
function ranked(ck: CompiledKnowledge, facts: Facts, options: DiagnoseOptions): { ctx: EvalContext; symptom: Symptom | undefined; ranking: Ranking } {
  const ctx = evalContext(ck, facts, options.today);
  const symptom = options.symptom ?? facts.symptom;
  const assessments = assessAll(ck, ctx, symptom);
  let kept = rankings.get(ck);
  if (!kept) rankings.set(ck, (kept = new KeptByNumbers(RANKINGS_KEPT)));
  for (let i = 0; i < assessments.length; i++) serials[i] = assessments[i]!.serial;
  const ranking = kept.get(serials, assessments.length, () => rankingOf(ck, assessments));
  return { ctx, symptom, ranking };
}

function rankingOf(ck: CompiledKnowledge, assessments: Assessment[]): Ranking {
  const order = ck.causeOrder;
  assessments.sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      b.score - a.score ||
      b.cause.prior - a.cause.prior ||
      order.get(a.cause.id)! - order.get(b.cause.id)!,
  );
  const { byId } = keptOf(ck);
  return { order: assessments, kept: assessments.map((a) => byId.get(a.cause.id)!), unknown: rankUnknown(ck, assessments.filter(inPlay)) };
}

type InPlay = Assessment & { status: Exclude<Status, 'ruled-out'> };
const inPlay = (a: Assessment): a is InPlay => a.status !== 'ruled-out';

/** Reasons kept per assessment: one for each combination of the values its reasons read. */
const REASONS_KEPT_PER_ASSESSMENT = 8;

function reasons(ck: CompiledKnowledge, ctx: EvalContext, a: Assessment, reasonReads: Reads, symptom: Symptom | undefined): string[] {
  const words = a.words;
  if (!a.matched.length) {
    if (words.undecided === undefined || words.symptom !== symptom) {
      words.undecided = undecidedReason(ck, a.unknown, symptom);
      words.symptom = symptom;
    }
    return [words.undecided];
  }
  if (readsNothing(reasonReads)) return [...(words.once ??= worded(ck, ctx, a))];
  return [...(words.byReads ??= new KeptByReads(REASONS_KEPT_PER_ASSESSMENT)).find(reasonReads, ctx, () => worded(ck, ctx, a))];
}

function worded(ck: CompiledKnowledge, ctx: EvalContext, a: Assessment): string[] {
  return a.matched.map((m) => render(m.rule.because, renderContext(ck, ctx, m.evaluation.detail)));
}

/** Every cause's status and reasons, ruled-out ones last, without rendering a single solution or note. */
export function assessCauses(ck: CompiledKnowledge, facts: Facts, options: DiagnoseOptions = {}): CauseStatus[] {
  const { ctx, symptom, ranking } = ranked(ck, facts, options);
  const statusAt = (at: number): CauseStatus => {
    const a = ranking.order[at]!;
    return { id: a.cause.id, title: a.cause.title, status: a.status, because: reasons(ck, ctx, a, ranking.kept[at]!.reasonReads, symptom), unknown: a.unknown, score: a.score };
  };
  const statuses = inDiagnosisOrder(ranking, ctx).map(({ at }) => statusAt(at));
  for (let at = 0; at < ranking.order.length; at++) if (!inPlay(ranking.order[at]!)) statuses.push(statusAt(at));
  return statuses;
}

export function diagnose(ck: CompiledKnowledge, facts: Facts, options: DiagnoseOptions = {}): Diagnosis {
  const { ctx, symptom, ranking } = ranked(ck, facts, options);
  const causes = inDiagnosisOrder(ranking, ctx).map(({ at, a, after: waiting }): DiagnosedCause => {
    const kept = ranking.kept[at]!;
    const { solutions, text } = kept.solutions.find(kept.solutionReads, ctx, () => renderedSolutions(ck, a.cause, ctx));
    const after = waiting?.map(({ first, note }): Prerequisite => ({ id: first.cause.id, title: first.cause.title, note: render(note, renderContext(ck, ctx)) }));
    return {
      ...(after ? { after } : {}),
      id: a.cause.id,
      status: a.status,
      title: a.cause.title,
      because: reasons(ck, ctx, a, kept.reasonReads, symptom),
      solution: (after ? `${after.map((p) => p.note).join(' ')} ` : '') + text,
      solutions: solutions as RenderedSolution[],
      unknown: a.unknown,
      source: a.cause.source,
      score: a.score,
    };
  });
  const ruledOut: RuledOutCause[] = [];
  for (let at = 0; at < ranking.order.length; at++) {
    const a = ranking.order[at]!;
    if (!inPlay(a)) ruledOut.push({ id: a.cause.id, title: a.cause.title, because: reasons(ck, ctx, a, ranking.kept[at]!.reasonReads, symptom), source: a.cause.source });
  }
  return { causes, ruledOut, unknown: [...ranking.unknown], knowledgeVersion: ck.knowledge.version };
}

/** A cause whose fix must come first, as found in play; its note is still the knowledge's template. */
type Waiting = { id: CauseId; first: Assessment; note: string };

/** A cause in play, by its place in the ranking, with the causes whose fix must come before its own. */
type InOrder = { at: number; a: InPlay; id: CauseId; after?: Waiting[] };

/**
 * The causes in play in the diagnosis's order, the one order `diagnose` and `assess` give: the
 * ranking, except that a cause whose fix waits for another's comes right behind it. Only ids are
 * looked at here; `diagnose` alone renders the notes.
 */
function inDiagnosisOrder(ranking: Ranking, ctx: EvalContext): InOrder[] {
  const causes: InOrder[] = [];
  for (let at = 0; at < ranking.order.length; at++) {
    const a = ranking.order[at]!;
    if (!inPlay(a)) continue;
    const after = prerequisitesOf(a, ranking.order, ctx);
    causes.push(after ? { at, a, id: a.cause.id, after } : { at, a, id: a.cause.id });
  }
  return prerequisitesFirst(causes);
}

/** The causes in play whose fix must come before this one's (knowledge `after`); undefined when none. */
function prerequisitesOf(a: Assessment, all: readonly Assessment[], ctx: EvalContext): Waiting[] | undefined {
  const after = a.cause.after;
  if (!after?.length) return undefined;
  const found: Waiting[] = [];
  for (const { cause, note, when } of after) {
    const first = all.find((b) => b.cause.id === cause && (b.status === 'confirmed' || b.status === 'likely'));
    if (first && (!when || truthOf(when, ctx) === true)) found.push({ id: first.cause.id, first, note });
  }
  return found.length ? found : undefined;
}

/**
 * A cause whose fix waits for another's moves right behind it (stable otherwise): on JSM 4.21 with a
 * GCC High mailbox the upgrade comes first, then the scope and endpoint fixes.
 */
function prerequisitesFirst<C extends { id: string; after?: readonly { id: string }[] }>(causes: readonly C[]): C[] {
  if (!causes.some(hasPrerequisites)) return [...causes];
  const ordered: C[] = [];
  const place = (cause: C, seen: Set<string>) => {
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

const hasPrerequisites = (cause: { after?: unknown }) => cause.after !== undefined;

/** Facts still open across the causes in play: those that bear on more causes first, then question order. */
function rankUnknown(ck: CompiledKnowledge, causes: readonly { unknown: readonly FactName[] }[]): FactName[] {
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
