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

export async function checkKnowledgeBase(today: string, progress?: (line: string) => void): Promise<KnowledgeCheck> {
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
  result.problems.push(...(await unresolvedCitations(sources)));
  if (problems.some((p) => p.severity === 'error')) return result;

  progress?.('Walking every path of the wizard…');
  const graph = walkKnowledge(createEngine(knowledge), { today });
  result.graph = graph;
  for (const reach of graph.causes) {
    if (reach.status === 'unreachable') result.problems.push(`cause ${reach.cause}: no answers lead the wizard to it as confirmed or likely`);
  }
  for (const end of graph.deadEnds) {
    const route = end.route.map((s) => `${s.fact}=${s.value === null ? "don't know" : JSON.stringify(s.value)}`).join(', ');
    result.problems.push(`dead end in ${end.symptom}: ${end.reason} (after ${route || 'the start'})`);
  }
  return result;
}

/** Citations whose section cannot be found in the bundled article, each named once. */
export async function unresolvedCitations(sources: readonly Provenance[]): Promise<string[]> {
  const articles = createSources(appFiles('sources'));
  const distinct = [...new Map(sources.map((s) => [`${s.article}\u0000${s.section}`, s])).values()];
  const problems: string[] = [];
  for (const source of distinct) {
    try {
      await articles.section(source.article, source.section);
    } catch (error: unknown) {
      const count = sources.filter((s) => s.article === source.article && s.section === source.section).length;
      problems.push(`citation ${citationOf(source)} (${count} item${count === 1 ? '' : 's'}): ${(error as Error).message}`);
    }
  }
  return problems;
}

const citationOf = (source: Provenance) => `${source.article === 'facts' ? 'facts sheet' : `article ${source.article}`} "${source.section}"`;

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

export function formatCheck(check: KnowledgeCheck): string[] {
  const lines: string[] = [];
  const k = check.knowledge;
  if (k) {
    lines.push(`Knowledge ${k.version}`);
    lines.push(
      ...wrap(
        `${k.symptoms.length} symptoms, ${k.questions.length} questions, ${k.causes.length} of ${CAUSE_IDS.length} contract causes, ` +
          `${k.causes.reduce((n, c) => n + c.confirmedWhen.length + c.likelyWhen.length + c.ruledOutWhen.length, 0)} rules, ` +
          `${k.causes.reduce((n, c) => n + c.solutions.length, 0)} solutions, ${k.variables.length} variables, ${k.signatures.length} error signatures.`,
        '  ',
      ),
    );
    lines.push(...wrap(`Sources: all ${check.items} items cite one; each citation is looked up in the bundled article.`, '  '));
    for (const [article, count] of Object.entries(check.citations)) {
      if (count) lines.push(...wrap(`${count} from ${article === 'facts' ? '' : 'article '}${article}: ${ARTICLE_TITLES[article as Provenance['article']]}`, '    '));
    }
  } else {
    lines.push('The knowledge base does not pass its schema.');
  }
  if (check.graph) {
    const reached = check.graph.causes.filter((c) => c.status !== 'unreachable');
    lines.push(
      ...wrap(
        `Wizard walk: ${reached.length} of ${check.graph.causes.length} causes reachable (${reached.filter((c) => c.status === 'confirmed').length} as confirmed), ` +
          `${check.graph.deadEnds.length} dead ends, ${check.graph.statesWalked} states.`,
        '  ',
      ),
    );
  }
  if (check.problems.length) {
    lines.push('', `${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}:`);
    for (const problem of check.problems) lines.push(...wrap(`- ${problem}`, '  '));
  } else {
    lines.push('', 'No problems.');
  }
  return lines;
}
