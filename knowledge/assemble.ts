import { KNOWLEDGE_PARTS, KNOWLEDGE_VERSION, mergeKnowledge } from './parts';
import type { Knowledge, KnowledgePart } from './schema';
import { knowledgeSchema } from './schema';
import type { KnowledgeProblem } from './engine/validate';
import { validateKnowledge } from './engine/validate';

export { KNOWLEDGE_PARTS, KNOWLEDGE_VERSION } from './parts';

export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`The knowledge base is invalid:\n${problems.map((p) => `- ${p.where}: ${p.message}`).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}

export type Assembled = { knowledge?: Knowledge; problems: KnowledgeProblem[] };

/** Merges the parts, validates them with the schema, then checks the cross-references. Never throws. */
export function assembleKnowledge(parts: Readonly<Record<string, KnowledgePart>>, version = KNOWLEDGE_VERSION): Assembled {
  const merged = mergeKnowledge(parts, version);
  const parsed = knowledgeSchema.safeParse(merged);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({ severity: 'error', where: describePath(merged, issue.path), message: issue.message })),
    };
  }
  return { knowledge: parsed.data, problems: validateKnowledge(parsed.data) };
}

/** "causes[3].likelyWhen[0].when" → "cause mail-oauth/scopes likelyWhen[0].when": names, not indexes. */
function describePath(merged: Record<string, unknown>, path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path;
  const item = typeof index === 'number' ? (merged[String(list)] as { id?: string }[] | undefined)?.[index] : undefined;
  const head = item?.id ? `${String(list).replace(/s$/, '')} ${item.id}` : [list, index].filter((p) => p !== undefined).map(String).join('.');
  return [head, rest.map(String).join('.')].filter(Boolean).join(' ');
}

/**
 * Loads the knowledge or throws a KnowledgeError naming every problem: a broken reference, and
 * also a contract cause or symptom without content (the contract promises every one of them).
 */
export function loadKnowledge(parts: Readonly<Record<string, KnowledgePart>> = KNOWLEDGE_PARTS): Knowledge {
  const { knowledge: loaded, problems } = assembleKnowledge(parts);
  if (!loaded || problems.length) throw new KnowledgeError(problems);
  return loaded;
}
