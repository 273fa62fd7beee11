import { symptomOf } from '../contract/causes';
import type { FactName, Symptom } from '../contract/facts';
import type { Language } from '../i18n/language';
import type { Condition, Knowledge, Question } from '../schema';
import { factsOf, leavesOf } from './conditions';

/**
 * The decision flow as a Mermaid flowchart: for each symptom, its questions (an arrow from the
 * question whose answer opens another, labelled with that answer) and the causes the answers
 * confirm (solid arrow) or point to (dotted arrow).
 */
export function toMermaid(knowledge: Knowledge, only?: Symptom, language: Language = 'en'): string {
  const w = GRAPH_WORDS[language];
  const lines = ['flowchart LR', `  %% jira-doctor knowledge ${knowledge.version}: ${w.legend}`];
  const symptoms = knowledge.symptoms.filter((s) => !only || s.id === only);
  for (const symptom of symptoms) {
    const prefix = symptom.id.replace(/\W/g, '_');
    const node = (kind: string, id: string) => `${prefix}__${kind}_${id.replace(/\W/g, '_')}`;
    const questions = knowledge.questions.filter((q) => q.symptoms.includes(symptom.id) && q.fact !== 'symptom');
    const causes = knowledge.causes.filter((c) => symptomOf(c.id) === symptom.id);
    const askers = (fact: FactName): Question[] => questions.filter((q) => q.fact === fact);

    lines.push(`  subgraph ${prefix}["${label(symptom.title)}"]`);
    lines.push(`    ${node('s', 'start')}(["${label(symptom.title)}"])`);
    for (const q of questions) lines.push(`    ${node('q', q.id)}["${label(q.text)}"]`);
    for (const c of causes) lines.push(`    ${node('c', c.id)}[["${label(c.title)}"]]`);
    lines.push('  end');

    for (const q of questions) {
      const gates = q.askWhen ? factsOf(q.askWhen).filter((f) => f !== 'symptom') : [];
      const openers = gates.flatMap(askers).filter((p) => p !== q);
      if (!openers.length) lines.push(`  ${node('s', 'start')} --> ${node('q', q.id)}`);
      for (const opener of openers) {
        const values = valuesFor(q.askWhen!, opener.fact, w);
        lines.push(`  ${node('q', opener.id)} -.->${values ? `|${label(values)}|` : ''} ${node('q', q.id)}`);
      }
    }

    const edges = new Map<string, 'confirms' | 'points to'>();
    for (const cause of causes) {
      for (const [rules, strength] of [
        [cause.confirmedWhen, 'confirms'],
        [cause.likelyWhen, 'points to'],
      ] as const) {
        for (const rule of rules) {
          for (const q of factsOf(rule.when).flatMap(askers)) {
            const key = `${node('q', q.id)} ${node('c', cause.id)}`;
            if (edges.get(key) !== 'confirms') edges.set(key, strength);
          }
        }
      }
    }
    for (const [key, strength] of edges) {
      const [from, to] = key.split(' ');
      lines.push(strength === 'confirms' ? `  ${from} -->|${w.confirms}| ${to}` : `  ${from} -.->|${w.pointsTo}| ${to}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The graph's own words, in the language of the knowledge it draws. */
type GraphWords = { legend: string; confirms: string; pointsTo: string; atLeast: (version: string) => string; comma: string };
const GRAPH_WORDS: Record<Language, GraphWords> = {
  en: { legend: 'symptom → questions → causes', confirms: 'confirms', pointsTo: 'points to', atLeast: (v) => `at least ${v}`, comma: ', ' },
  ja: { legend: '症状 → 質問 → 原因', confirms: '確定', pointsTo: '可能性', atLeast: (v) => `${v} 以上`, comma: '、' },
};

/** The answers of `fact` that an askWhen compares with, e.g. "microsoft", "pop, imap" or "at least 1.3.0". */
function valuesFor(condition: Condition, fact: string, w: GraphWords): string {
  const values = leavesOf(condition).flatMap((leaf) => {
    if (leaf.kind === 'factIs' && leaf.fact === fact) return [String(leaf.value)];
    if (leaf.kind === 'factIn' && leaf.fact === fact) return leaf.values.map(String);
    if (leaf.kind === 'versionAtLeast' && leaf.fact === fact) return [w.atLeast(leaf.min)];
    return [];
  });
  return [...new Set(values)].join(w.comma);
}

/** Mermaid label text: quotes escaped, kept short enough to read in a box. */
function label(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return short.replace(/"/g, '#quot;').replace(/[[\]{}<>|]/g, ' ');
}
