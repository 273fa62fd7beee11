import { describe, expect, it } from 'vitest';
import { engine } from '../../../knowledge/index';
import { createEngine } from '../../../knowledge/engine/engine';
import { routeFacts, walkKnowledge } from '../../../knowledge/engine/graph';
import { toMermaid } from '../../../knowledge/engine/mermaid';
import type { Knowledge } from '../../../knowledge/schema';
import { fixture } from './fixture';

const today = '2026-11-23';

describe('walking the wizard machine', () => {
  it('reaches every cause of the knowledge base as confirmed or likely, and every path ends in a diagnosis', () => {
    const report = walkKnowledge(engine, { today });
    expect(report.causes.filter((c) => c.status === 'unreachable').map((c) => c.cause)).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    for (const reach of report.causes) {
      if (reach.status === 'unreachable') continue;
      // The route found is a real one: diagnosing its answers gives the same status.
      const facts = routeFacts(reach.cause.split('/')[0] as 'mail-oauth', reach.route);
      expect(engine.diagnose(facts, { today }).causes.find((c) => c.id === reach.cause)?.status).toBe(reach.status);
    }
  }, 600_000); // tens of thousands of machine states: minutes on a busy shared machine

  it('finds the answers that reach each cause of a small knowledge base', () => {
    const report = walkKnowledge(createEngine(fixture), { today });
    expect(report.deadEnds).toEqual([]);
    const pop = report.causes.find((c) => c.cause === 'mail-oauth/pop-unsupported')!;
    expect(pop.status).toBe('confirmed');
    expect(pop.route?.filter((s) => s.value !== null)).toEqual([
      { fact: 'mail.protocol', value: 'pop' },
      { fact: 'jira.version', value: '8.14.99' },
    ]);
  });

  it('fails a cause whose questions are never asked together', () => {
    // The POP questions now open only for IMAP, so the POP rules can never be decided.
    const broken: Knowledge = {
      ...fixture,
      questions: fixture.questions.map((q) =>
        q.fact === 'jira.version' || q.fact === 'pop.twoLineAuth' ? { ...q, askWhen: { kind: 'factIs', fact: 'mail.protocol', value: 'imap' } } : q,
      ),
    };
    const report = walkKnowledge(createEngine(broken), { today });
    expect(report.causes.filter((c) => c.status === 'unreachable').map((c) => c.cause)).toEqual(['mail-oauth/pop-unsupported']);
  });
});

describe('Mermaid decision flow', () => {
  it('links the symptom to its questions, gated questions to their openers, and questions to the causes they decide', () => {
    const flow = toMermaid(fixture, 'mail-oauth');
    expect(flow.startsWith('flowchart LR\n')).toBe(true);
    expect(flow).toContain('mail_oauth__s_start --> mail_oauth__q_q_provider');
    expect(flow).toContain('mail_oauth__q_q_protocol -.->|pop| mail_oauth__q_q_version');
    expect(flow).toContain('mail_oauth__q_q_version -->|confirms| mail_oauth__c_mail_oauth_pop_unsupported');
    expect(flow).toContain('mail_oauth__c_mail_oauth_secret_expired[["Secret expired"]]');
    expect(flow).not.toContain('rest_sso');
  });
});
