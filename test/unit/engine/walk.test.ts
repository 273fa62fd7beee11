import { describe, expect, it } from 'vitest';
import { OUTSIDE, SCENARIOS } from '../../contract/scenarios';
import { median, walkScenario } from '../../contract/walk';

describe('the mail walk over the articles’ scenarios', () => {
  const mail = [...SCENARIOS, ...OUTSIDE].filter((s) => s.facts.symptom === 'mail-oauth');
  const walks = mail.map((s) => ({ s, walk: walkScenario(s) }));

  it('reaches each scenario’s finding, in a median of at most 12 questions', () => {
    for (const { s, walk } of walks) expect(walk.foundAfter, `${s.cause}: ${s.story}`).toBeGreaterThanOrEqual(0);
    expect(median(walks.map((w) => w.walk.foundAfter))).toBeLessThanOrEqual(12);
  });

  it('never asks a question twice, nor load-balancer questions of a single-node Jira', () => {
    for (const { walk } of walks) expect(new Set(walk.asked).size).toBe(walk.asked.length);
    const server = walkScenario({ ...mail[0]!, facts: { symptom: 'mail-oauth', 'jira.clustered': false } });
    expect(server.asked).not.toContain('lb.restPinnedToNode');
    expect(server.asked).not.toContain('lb.internalRestKeptOnUserNode');
  });
});
