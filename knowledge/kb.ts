import { loadKnowledge } from './assemble';
import type { Knowledge } from './schema';

export { KNOWLEDGE_VERSION, KNOWLEDGE_PARTS, assembleKnowledge, loadKnowledge, KnowledgeError } from './assemble';
export type { Assembled } from './assemble';

/**
 * The knowledge base: the article modules merged and validated when this module loads. A broken
 * reference stops it loading with a KnowledgeError naming every problem (`jira-doctor knowledge
 * check` reports the same without loading it).
 */
export const knowledge: Knowledge = loadKnowledge();
