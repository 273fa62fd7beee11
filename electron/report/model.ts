import {
  citationOf,
  engine as englishEngine,
  factKind,
  firstActions,
  teamTitle,
  type Answer,
  type CheckReport,
  type DiagnosedCause,
  type Diagnosis,
  type Engine,
  type Evidence,
  type Language,
  type FactName,
  type Facts,
  type FactSource,
  type Provenance,
  type RenderedStep,
  type Status,
  type Team,
} from '../../knowledge/core';
import type { ScanReport } from '../../knowledge/contract/scan';
import { scanReportIn, scanTextIn } from '../../knowledge/i18n/scan-report';
import { reportWording, type ReportWording } from './wording';

/**
 * What a report says, independent of its format. Built purely from the session's answers, check
 * evidence and scan results plus the engine's diagnosis, so the PDF, the Markdown and the preview
 * in the wizard all say the same thing.
 */

export type ReportInput = {
  id?: string;
  name?: string;
  knowledgeVersion?: string;
  /** The Jira base URL the checks ran against, if any. */
  instance?: string;
  answers: Answer[];
  unknown: FactName[];
  checks?: CheckReport;
  scan?: ScanReport;
  createdAt?: string;
};

export type ReportAction = { causeId: string; causeTitle: string; status: Status; steps: RenderedStep[]; notes: string[] };

/** One of the things to do first: who does what, for which cause, and its whole first step. */
export type FirstStep = { teamTitle: string; solutionTitle: string; causeTitle: string; status: Status; step?: RenderedStep; steps: number };

/** A check's result with each conclusion in the admin's words: the question it answers and the answer, as in the wizard. */
export type ReportEvidence = Omit<Evidence, 'concluded'> & { concluded: (Evidence['concluded'][number] & { question: string; answer: string })[] };

export type ReportModel = {
  /** The language of every text of the report: the knowledge's, the engine's and the report's own words. */
  language: Language;
  title: string;
  date: string;
  knowledgeVersion: string;
  instance?: string;
  /** The problem in one sentence. */
  problem: string;
  impact?: string;
  /** Every confirmed and likely cause, strongest first: what the diagnosis found. */
  found: { title: string; status: Status; because: string[] }[];
  /** What to do first, in the order it must happen (an upgrade before the fixes that need it). */
  firstSteps: FirstStep[];
  /** Confirmed and likely causes whose fix is not among the first steps (it is in the action plan). */
  moreActions: number;
  /** The causes to act on first: confirmed and likely, else the leading possible ones. */
  actions: { team: Team; teamTitle: string; items: ReportAction[] }[];
  differential: { id: string; title: string; status: Status; because: string[] }[];
  evidence: ReportEvidence[];
  scan?: ScanReport;
  /** `exact`: the value is text taken as written (error messages, scopes, endpoints, JVM arguments, a host), one string a line, shown as code. */
  answers: { question: string; fact: FactName; value: string; exact: boolean; source: string }[];
  openQuestions: { question: string; fact: FactName; why: string }[];
  /** One entry per cited page: its title, the sections cited in it, and its published address. */
  sources: { article: Provenance['article']; articleTitle: string; sections: string[]; url?: string }[];
  counts: Record<Status, number>;
  /** What a report of a huge session left out (report/budget.ts), said in the report itself. */
  shortened?: string[];
};

export function factsOf(input: ReportInput): Facts {
  const facts: Record<string, unknown> = { ...input.checks?.facts };
  for (const answer of input.answers) facts[answer.fact] = answer.value;
  return facts;
}

/** `engine` says in which language (engineFor): its knowledge's and its own words; English by default. */
export function buildReportModel(input: ReportInput, options: { today: string; engine?: Engine }): ReportModel {
  const engine = options.engine ?? englishEngine;
  const { knowledge, language } = engine;
  const w = reportWording(language);
  const text: Texts = { knowledge, w };
  const facts = factsOf(input);
  const diagnosis = engine.diagnose(facts, { today: options.today });
  const symptom = facts.symptom ? knowledge.symptoms.find((s) => s.id === facts.symptom) : undefined;

  return {
    language,
    title: input.name?.trim() || (symptom ? symptom.title : w.defaultTitle),
    date: options.today,
    knowledgeVersion: diagnosis.knowledgeVersion,
    ...(input.instance ? { instance: input.instance } : {}),
    problem: problemSentence(facts, symptom?.title, w),
    ...(symptom?.impact ? { impact: symptom.impact } : {}),
    found: diagnosis.causes.filter((c) => c.status === 'confirmed' || c.status === 'likely').map((c) => ({ title: c.title, status: c.status, because: c.because })),
    ...firstStepsOf(diagnosis, language),
    actions: actionsByTeam(causesToActOn(diagnosis), language),
    differential: [
      ...diagnosis.causes.map((c) => ({ id: c.id, title: c.title, status: c.status, because: c.because })),
      ...diagnosis.ruledOut.map((c) => ({ id: c.id, title: c.title, status: 'ruled-out' as const, because: c.because })),
    ],
    evidence: (input.checks?.evidence ?? []).map((e) => ({ ...e, concluded: e.concluded.map((c) => ({ ...c, question: questionFor(c.fact, text), answer: displayValue(c.fact, c.value, text) })) })),
    // The scanner's sentences and its signatures' titles in the report's language.
    ...(input.scan ? { scan: scanReportIn(input.scan, language, { scanned: englishEngine.knowledge.signatures, shown: knowledge.signatures }) } : {}),
    answers: answeredFacts(input, facts, text),
    openQuestions: openQuestions(input, diagnosis, text),
    sources: sourcesOf(diagnosis, language),
    counts: countByStatus(diagnosis),
  };
}

function problemSentence(facts: Facts, symptomTitle: string | undefined, w: ReportWording): string {
  const where = [
    facts['jira.version'] ? `Jira ${facts['jira.version']}` : undefined,
    facts['jsm.version'] ? `Jira Service Management ${facts['jsm.version']}` : undefined,
    facts['jira.clustered'] === true ? w.clusterWords : undefined,
  ].filter((x): x is string => Boolean(x));
  return w.problemSentence(symptomTitle ?? w.anAuthProblem, where);
}

function firstStepsOf(diagnosis: Diagnosis, language: Language): Pick<ReportModel, 'firstSteps' | 'moreActions'> {
  // The same one or two actions the wizard's diagnosis opens with.
  const first = firstActions(diagnosis);
  const acted = diagnosis.causes.filter((c) => (c.status === 'confirmed' || c.status === 'likely') && c.solutions.length > 0).length;
  return {
    firstSteps: first.map(({ cause, solution }) => ({
      teamTitle: teamTitle(solution.team, language),
      solutionTitle: solution.title,
      causeTitle: cause.title,
      status: cause.status,
      ...(solution.steps[0] ? { step: solution.steps[0] } : {}),
      steps: solution.steps.length,
    })),
    moreActions: acted - first.length,
  };
}

/** Confirmed and likely causes are acted on; when there are none, the three leading possible ones. */
function causesToActOn(diagnosis: Diagnosis): DiagnosedCause[] {
  const strong = diagnosis.causes.filter((c) => c.status === 'confirmed' || c.status === 'likely');
  return strong.length ? strong : diagnosis.causes.slice(0, 3);
}

function actionsByTeam(causes: DiagnosedCause[], language: Language): ReportModel['actions'] {
  const byTeam = new Map<Team, ReportAction[]>();
  for (const cause of causes) {
    for (const solution of cause.solutions) {
      const items = byTeam.get(solution.team) ?? [];
      items.push({ causeId: cause.id, causeTitle: cause.title, status: cause.status, steps: solution.steps, notes: solution.notes });
      byTeam.set(solution.team, items);
    }
  }
  return [...byTeam].map(([team, items]) => ({ team, teamTitle: teamTitle(team, language), items }));
}

/** What the report's texts are made of: the knowledge of its language and its own words. */
type Texts = { knowledge: Engine['knowledge']; w: ReportWording };

function describeSource(source: FactSource | undefined, w: ReportWording): string {
  if (!source || source.kind === 'user') return w.answeredByAdmin;
  if (source.kind === 'check') return w.fromCheck(source.check, source.why);
  return w.fromScan(source.file, scanTextIn(source.why, w.language));
}

function questionFor(fact: FactName, { knowledge }: Texts): string {
  return knowledge.questions.find((q) => q.fact === fact)?.text ?? fact;
}

function displayValue(fact: FactName, value: unknown, { knowledge, w }: Texts): string {
  const question = knowledge.questions.find((q) => q.fact === fact);
  const option = question?.options?.find((o) => o.value === value);
  if (option) return option.label;
  if (Array.isArray(value)) return value.map(String).join('\n');
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  return String(value);
}

/** Free text is compared and searched for character by character (an error message, a scope, an endpoint), so it is quoted as written; choices, yes/no, numbers, versions and dates read as words. */
function isExact(fact: FactName): boolean {
  const kind = factKind(fact);
  return kind === 'string' || kind === 'string-list';
}

function answeredFacts(input: ReportInput, facts: Facts, text: Texts): ReportModel['answers'] {
  const sources = new Map<FactName, FactSource>();
  for (const e of input.checks?.evidence ?? []) {
    for (const c of e.concluded) sources.set(c.fact, { kind: 'check', check: e.check, why: c.why });
  }
  for (const a of input.answers) sources.set(a.fact, a.source);
  return (Object.keys(facts) as FactName[]).map((fact) => ({
    question: questionFor(fact, text),
    fact,
    value: displayValue(fact, facts[fact], text),
    exact: isExact(fact),
    source: describeSource(sources.get(fact), text.w),
  }));
}

function openQuestions(input: ReportInput, diagnosis: Diagnosis, text: Texts): ReportModel['openQuestions'] {
  const dontKnow = input.unknown.map((fact) => ({ question: questionFor(fact, text), fact, why: text.w.dontKnowWhy }));
  const notAsked = diagnosis.unknown
    .filter((fact) => !input.unknown.includes(fact))
    .map((fact) => ({ question: questionFor(fact, text), fact, why: text.w.notAnsweredWhy }));
  return [...dontKnow, ...notAsked];
}

function sourcesOf(diagnosis: Diagnosis, language: Language): ReportModel['sources'] {
  const pages = new Map<string, { article: Provenance['article']; url?: string; sections: Set<string> }>();
  const add = (p: Provenance) => {
    const cited = citationOf(p, language);
    const page = pages.get(cited.title) ?? { article: p.article, ...(cited.url ? { url: cited.url } : {}), sections: new Set<string>() };
    if (cited.section) page.sections.add(cited.section);
    pages.set(cited.title, page);
  };
  for (const cause of diagnosis.causes) {
    add(cause.source);
    cause.solutions.forEach((s) => add(s.source));
  }
  diagnosis.ruledOut.forEach((c) => add(c.source));
  return [...pages]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([title, p]) => ({ article: p.article, articleTitle: title, sections: [...p.sections].sort(naturalCompare), ...(p.url ? { url: p.url } : {}) }));
}

let natural: Intl.Collator | undefined;

/** localeCompare's order with numbers by value ("§ 2" before "§ 10"), from one collator: localeCompare with options makes one per call. */
function naturalCompare(a: string, b: string): number {
  return (natural ??= new Intl.Collator('en', { numeric: true })).compare(a, b);
}

function countByStatus(diagnosis: Diagnosis): Record<Status, number> {
  const counts: Record<Status, number> = { confirmed: 0, likely: 0, possible: 0, 'ruled-out': diagnosis.ruledOut.length };
  for (const c of diagnosis.causes) counts[c.status] += 1;
  return counts;
}
