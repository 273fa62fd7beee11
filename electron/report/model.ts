import {
  citationOf,
  TEAM_TITLES,
  diagnose,
  firstActions,
  knowledge,
  type Answer,
  type CheckReport,
  type DiagnosedCause,
  type Diagnosis,
  type Evidence,
  type FactName,
  type Facts,
  type FactSource,
  type Provenance,
  type RenderedStep,
  type Status,
  type Team,
} from '../../knowledge/core';
import type { ScanReport } from '../../knowledge/contract/scan';

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

export type ReportModel = {
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
  evidence: Evidence[];
  scan?: ScanReport;
  answers: { question: string; fact: FactName; value: string; source: string }[];
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

export function buildReportModel(input: ReportInput, options: { today: string }): ReportModel {
  const facts = factsOf(input);
  const diagnosis = diagnose(facts, { today: options.today });
  const symptom = facts.symptom ? knowledge.symptoms.find((s) => s.id === facts.symptom) : undefined;

  return {
    title: input.name?.trim() || (symptom ? symptom.title : 'Jira authentication diagnosis'),
    date: options.today,
    knowledgeVersion: diagnosis.knowledgeVersion,
    ...(input.instance ? { instance: input.instance } : {}),
    problem: problemSentence(facts, symptom?.title),
    ...(symptom?.impact ? { impact: symptom.impact } : {}),
    found: diagnosis.causes.filter((c) => c.status === 'confirmed' || c.status === 'likely').map((c) => ({ title: c.title, status: c.status, because: c.because })),
    ...firstStepsOf(diagnosis),
    actions: actionsByTeam(causesToActOn(diagnosis)),
    differential: [
      ...diagnosis.causes.map((c) => ({ id: c.id, title: c.title, status: c.status, because: c.because })),
      ...diagnosis.ruledOut.map((c) => ({ id: c.id, title: c.title, status: 'ruled-out' as const, because: c.because })),
    ],
    evidence: input.checks?.evidence ?? [],
    ...(input.scan ? { scan: input.scan } : {}),
    answers: answeredFacts(input, facts),
    openQuestions: openQuestions(input, diagnosis),
    sources: sourcesOf(diagnosis),
    counts: countByStatus(diagnosis),
  };
}

function problemSentence(facts: Facts, symptomTitle: string | undefined): string {
  const where = [
    facts['jira.version'] ? `Jira ${facts['jira.version']}` : undefined,
    facts['jsm.version'] ? `Jira Service Management ${facts['jsm.version']}` : undefined,
    facts['jira.clustered'] === true ? 'Data Center cluster' : undefined,
  ].filter(Boolean);
  const what = symptomTitle ?? 'An authentication problem with Jira';
  return where.length ? `${what} (${where.join(', ')}).` : `${what}.`;
}

function firstStepsOf(diagnosis: Diagnosis): Pick<ReportModel, 'firstSteps' | 'moreActions'> {
  // The same one or two actions the wizard's diagnosis opens with.
  const first = firstActions(diagnosis);
  const acted = diagnosis.causes.filter((c) => (c.status === 'confirmed' || c.status === 'likely') && c.solutions.length > 0).length;
  return {
    firstSteps: first.map(({ cause, solution }) => ({
      teamTitle: TEAM_TITLES[solution.team],
      solutionTitle: solution.title,
      causeTitle: cause.title,
      status: cause.status,
      ...(solution.steps[0] ? { step: solution.steps[0] } : {}),
      steps: solution.steps.length,
    })),
    moreActions: acted - first.length,
  };
}

/** A check's conclusion in the admin's words: the question it answers and the answer, as in the wizard. */
export function conclusionWords(fact: FactName, value: unknown): { question: string; answer: string } {
  return { question: questionFor(fact), answer: displayValue(fact, value) };
}

/** Confirmed and likely causes are acted on; when there are none, the three leading possible ones. */
function causesToActOn(diagnosis: Diagnosis): DiagnosedCause[] {
  const strong = diagnosis.causes.filter((c) => c.status === 'confirmed' || c.status === 'likely');
  return strong.length ? strong : diagnosis.causes.slice(0, 3);
}

function actionsByTeam(causes: DiagnosedCause[]): ReportModel['actions'] {
  const byTeam = new Map<Team, ReportAction[]>();
  for (const cause of causes) {
    for (const solution of cause.solutions) {
      const items = byTeam.get(solution.team) ?? [];
      items.push({ causeId: cause.id, causeTitle: cause.title, status: cause.status, steps: solution.steps, notes: solution.notes });
      byTeam.set(solution.team, items);
    }
  }
  return [...byTeam].map(([team, items]) => ({ team, teamTitle: TEAM_TITLES[team], items }));
}

function describeSource(source: FactSource | undefined): string {
  if (!source || source.kind === 'user') return 'answered by the admin';
  if (source.kind === 'check') return `automated check "${source.check}": ${source.why}`;
  return `log scan of ${source.file}: ${source.why}`;
}

function questionFor(fact: FactName): string {
  return knowledge.questions.find((q) => q.fact === fact)?.text ?? fact;
}

export function displayValue(fact: FactName, value: unknown): string {
  const question = knowledge.questions.find((q) => q.fact === fact);
  const option = question?.options?.find((o) => o.value === value);
  if (option) return option.label;
  if (Array.isArray(value)) return value.map(String).join('\n');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function answeredFacts(input: ReportInput, facts: Facts): ReportModel['answers'] {
  const sources = new Map<FactName, FactSource>();
  for (const e of input.checks?.evidence ?? []) {
    for (const c of e.concluded) sources.set(c.fact, { kind: 'check', check: e.check, why: c.why });
  }
  for (const a of input.answers) sources.set(a.fact, a.source);
  return (Object.keys(facts) as FactName[]).map((fact) => ({
    question: questionFor(fact),
    fact,
    value: displayValue(fact, facts[fact]),
    source: describeSource(sources.get(fact)),
  }));
}

function openQuestions(input: ReportInput, diagnosis: Diagnosis): ReportModel['openQuestions'] {
  const dontKnow = input.unknown.map((fact) => ({
    question: questionFor(fact),
    fact,
    why: 'Answered "I don\'t know": the diagnosis assumes nothing about it.',
  }));
  const notAsked = diagnosis.unknown
    .filter((fact) => !input.unknown.includes(fact))
    .map((fact) => ({ question: questionFor(fact), fact, why: 'Not answered yet: it could change the result.' }));
  return [...dontKnow, ...notAsked];
}

function sourcesOf(diagnosis: Diagnosis): ReportModel['sources'] {
  const pages = new Map<string, { article: Provenance['article']; url?: string; sections: Set<string> }>();
  const add = (p: Provenance) => {
    const cited = citationOf(p);
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

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function countByStatus(diagnosis: Diagnosis): Record<Status, number> {
  const counts: Record<Status, number> = { confirmed: 0, likely: 0, possible: 0, 'ruled-out': diagnosis.ruledOut.length };
  for (const c of diagnosis.causes) counts[c.status] += 1;
  return counts;
}
