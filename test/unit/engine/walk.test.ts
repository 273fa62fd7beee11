import { describe, expect, it } from 'vitest';
import { OUTSIDE, SCENARIOS } from '../../contract/scenarios';
import { median, walkScenario } from '../../contract/walk';

describe('the mail walk over the articles’ scenarios', () => {
  const mail = [...SCENARIOS, ...OUTSIDE].filter((s) => s.facts.symptom === 'mail-oauth');
  const walks = mail.map((s) => ({ s, walk: walkScenario(s) }));

  it('reaches each scenario’s finding', () => {
    for (const { s, walk } of walks) expect(walk.foundAfter, `${s.cause}: ${s.story}`).toBeGreaterThanOrEqual(0);
  });

  // 13 once the knowledge gained the Graph and AADSTS causes (2026.12.0): follow-ups whose condition
  // was still open (the JSM version before the kind of handler, "opens in Outlook on the web" before
  // a refused sign-in, Graph consent before the protocol) came before questions that surely apply.
  // Asked after them, the median is 10.
  it('reaches it in a median of at most 12 questions', () => {
    expect(median(walks.map((w) => w.walk.foundAfter))).toBeLessThanOrEqual(12);
  });

  it('asks the kind of handler before the JSM version, and a follow-up only after what surely applies', () => {
    for (const { walk } of walks) {
      const handler = walk.asked.indexOf('mail.handler');
      const jsm = walk.asked.indexOf('jsm.version');
      if (handler >= 0 && jsm >= 0) expect(jsm).toBeGreaterThan(handler);
    }
    // A Jira mail handler is never asked the JSM version.
    const jira = walkScenario({ ...mail[0]!, facts: { symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'mail.handler': 'jira' } });
    expect(jira.asked).not.toContain('jsm.version');
    // "Does the mailbox open in Outlook on the web?" follows a refused sign-in; unseen, it comes after the questions that apply anyway.
    const unsure = walkScenario({ ...mail[0]!, facts: { symptom: 'mail-oauth', 'mail.provider': 'microsoft' } });
    expect(unsure.asked.indexOf('mailbox.opensInOutlookWeb')).toBeGreaterThan(unsure.asked.indexOf('mailbox.protocolEnabled'));
  });

  it('never asks a question twice, nor load-balancer questions of a single-node Jira', () => {
    for (const { walk } of walks) expect(new Set(walk.asked).size).toBe(walk.asked.length);
    const server = walkScenario({ ...mail[0]!, facts: { symptom: 'mail-oauth', 'jira.clustered': false } });
    expect(server.asked).not.toContain('lb.restPinnedToNode');
    expect(server.asked).not.toContain('lb.internalRestKeptOnUserNode');
  });
});
