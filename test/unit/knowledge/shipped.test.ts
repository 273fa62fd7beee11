import { describe, expect, it } from 'vitest';
import { assembleKnowledge } from '../../../knowledge/assemble';
import { knowledge, KNOWLEDGE_PARTS } from '../../../knowledge/index';

// The app and the command line only merge the articles when they start; this test, the build and
// `jira-doctor knowledge check` are what stop a knowledge base with a problem.
describe('the shipped knowledge base', () => {
  it('passes the schema and every cross-reference check', () => {
    const { knowledge: validated, problems } = assembleKnowledge(KNOWLEDGE_PARTS);
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([]);
    expect(validated).toBeDefined();
  });

  it('is loaded exactly as validated: the schema changes nothing it would need to', () => {
    expect(knowledge).toEqual(assembleKnowledge(KNOWLEDGE_PARTS).knowledge);
  });
});
