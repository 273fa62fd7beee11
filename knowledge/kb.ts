import { KNOWLEDGE_PARTS, mergeKnowledge } from './parts';
import type { Knowledge } from './schema';

export { KNOWLEDGE_VERSION, KNOWLEDGE_PARTS, mergeKnowledge } from './parts';

/**
 * The knowledge base: the article modules merged when this module loads, without validating them
 * again. The build refuses knowledge with a problem (scripts/build.js), and so do the tests and
 * `jira-doctor knowledge check`, which name every problem (knowledge/assemble.ts).
 */
export const knowledge: Knowledge = mergeKnowledge(KNOWLEDGE_PARTS);
