import { assembleKnowledge, KNOWLEDGE_PARTS } from '../../knowledge/assemble';
import { CAUSE_IDS } from '../../knowledge/contract/causes';
import { ARTICLE_TITLES } from '../../knowledge/contract/diagnosis';
import type { Provenance } from '../../knowledge/contract/diagnosis';
import { createEngine } from '../../knowledge/engine/engine';
import type { GraphReport } from '../../knowledge/engine/graph';
import { walkKnowledge } from '../../knowledge/engine/graph';
import type { Knowledge } from '../../knowledge/schema';
import { wrap } from '../checks/report-text';
import { appFiles } from '../resources/app-files';
import { createSources } from '../services/sources';
import type { Language } from '../../knowledge/i18n/translations';
import { cliMessages } from './messages';

/**
 * `jira-doctor knowledge check`: everything that can be wrong with the knowledge, found without
 * loading it into the app (a broken knowledge base would stop the app; this names the problems).
 */
export type KnowledgeCheck = {
  knowledge?: Knowledge;
  problems: string[];
  graph?: GraphReport;
  /** Items citing each source, by article. */
  citations: Record<Provenance['article'], number>;
  items: number;
};

export async function checkKnowledgeBase(today: string, progress?: (line: string) => void, language: Language = 'en'): Promise<KnowledgeCheck> {
  const m = cliMessages(language).knowledge;
  const { knowledge, problems } = assembleKnowledge(KNOWLEDGE_PARTS);
  const result: KnowledgeCheck = {
    problems: problems.map((p) => `${p.where}: ${p.message}`),
    citations: { '000': 0, '001': 0, '002': 0, '003': 0, facts: 0 },
    items: 0,
  };
  if (!knowledge) return result;
  result.knowledge = knowledge;
  const sources = sourcesOf(knowledge);
  for (const source of sources) {
    result.items += 1;
    result.citations[source.article] += 1;
  }
  result.problems.push(...(await unresolvedCitations(sources, language)));
  if (problems.some((p) => p.severity === 'error')) return result;

  progress?.(m.walking);
  const graph = walkKnowledge(createEngine(knowledge), { today });
  result.graph = graph;
  for (const reach of graph.causes) {
    if (reach.status === 'unreachable') result.problems.push(m.unreachable(reach.cause));
  }
  for (const end of graph.deadEnds) {
    const route = end.route.map((s) => `${s.fact}=${s.value === null ? m.dontKnow : JSON.stringify(s.value)}`).join(', ');
    result.problems.push(m.deadEnd(end.symptom, end.reason, route));
  }
  return result;
}

/** Citations whose section cannot be found in the bundled article, each named once. */
export async function unresolvedCitations(sources: readonly Provenance[], language: Language = 'en'): Promise<string[]> {
  const m = cliMessages(language).knowledge;
  const articles = createSources(appFiles('sources'));
  const distinct = [...new Map(sources.map((s) => [`${s.article}\u0000${s.section}`, s])).values()];
  const problems: string[] = [];
  for (const source of distinct) {
    try {
      await articles.section(source.article, source.section);
    } catch (error: unknown) {
      const count = sources.filter((s) => s.article === source.article && s.section === source.section).length;
      problems.push(m.citation(`${source.article === 'facts' ? m.factsSheet : m.article(source.article)} "${source.section}"`, count, (error as Error).message));
    }
  }
  return problems;
}

/** Everything that carries a source: symptoms, questions, causes, rules, solutions, variables, signatures. */
function sourcesOf(k: Knowledge): Provenance[] {
  return [
    ...k.symptoms.map((s) => s.source),
    ...k.questions.map((q) => q.source),
    ...k.causes.flatMap((c) => [c.source, ...[...c.confirmedWhen, ...c.likelyWhen, ...c.ruledOutWhen].map((r) => r.source), ...c.solutions.map((s) => s.source)]),
    ...k.variables.map((v) => v.source),
    ...k.signatures.map((s) => s.source),
  ];
}

export function formatCheck(check: KnowledgeCheck, language: Language = 'en'): string[] {
  const m = cliMessages(language).knowledge;
  const lines: string[] = [];
  const k = check.knowledge;
  if (k) {
    lines.push(m.version(k.version));
    const rules = k.causes.reduce((n, c) => n + c.confirmedWhen.length + c.likelyWhen.length + c.ruledOutWhen.length, 0);
    const solutions = k.causes.reduce((n, c) => n + c.solutions.length, 0);
    const counts = { symptoms: k.symptoms.length, questions: k.questions.length, causes: k.causes.length, contract: CAUSE_IDS.length, rules, solutions, variables: k.variables.length, signatures: k.signatures.length };
    lines.push(...wrap(m.counts(counts), '  '));
    lines.push(...wrap(m.sources(check.items), '  '));
    for (const [article, count] of Object.entries(check.citations)) {
      if (count) lines.push(...wrap(m.fromArticle(count, article === 'facts' ? article : m.article(article), ARTICLE_TITLES[article as Provenance['article']]), '    '));
    }
  } else {
    lines.push(m.noSchema);
  }
  if (check.graph) {
    const reached = check.graph.causes.filter((c) => c.status !== 'unreachable');
    const walk = { reached: reached.length, causes: check.graph.causes.length, confirmed: reached.filter((c) => c.status === 'confirmed').length, deadEnds: check.graph.deadEnds.length, states: check.graph.statesWalked };
    lines.push(...wrap(m.walk(walk), '  '));
  }
  if (check.problems.length) {
    lines.push('', m.problems(check.problems.length));
    for (const problem of check.problems) lines.push(...wrap(`- ${problem}`, '  '));
  } else {
    lines.push('', m.noProblems);
  }
  return lines;
}
