import { describe, expect, it } from 'vitest';
import { engine } from '../../../knowledge/index';
import type { Facts, FactName } from '../../../knowledge/contract/facts';
import { jiraVersionOfJsm } from '../../../knowledge/engine/versions';
import { evalContext } from '../../../knowledge/engine/diagnose';
import { factsFromHeaders } from '../../../knowledge/engine/headers';
import { HEALTHY } from '../../contract/scenarios';

const today = '2026-11-23';
const asked = (facts: Facts, skip: FactName[] = []) => {
  // "I don't know" to every question: what the wizard would ask at all.
  const unknown = [...skip];
  for (let q = engine.nextQuestion(facts, { today, skip: unknown }); q; q = engine.nextQuestion(facts, { today, skip: unknown })) unknown.push(q.fact as FactName);
  return unknown.slice(skip.length);
};

describe('questions still worth asking', () => {
  it('a mail flow never asks how the load balancer pins REST calls once the cause they decide is settled', () => {
    // A single-node Jira settles stickiness: nothing about the load balancer can change a cause in play.
    const mail: Facts = { symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'jira.clustered': false };
    expect(asked(mail)).not.toContain('lb.restPinnedToNode');
    expect(asked(mail)).not.toContain('lb.sticky');
    // Without sticky sessions the cause is confirmed: how REST is pinned cannot change it any more.
    const noSticky: Facts = { symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'jira.clustered': true, 'lb.sticky': false };
    expect(asked(noSticky)).not.toContain('lb.restPinnedToNode');
    expect(asked(noSticky)).not.toContain('lb.internalRestKeptOnUserNode');
  });

  it('a Google mailbox is never asked Microsoft questions', () => {
    const google = asked({ symptom: 'mail-oauth', 'mail.provider': 'google' });
    for (const fact of ['microsoft.cloud', 'azure.accountType', 'azure.secretExpiresOn', 'mailbox.licensed', 'exchange.clientAccessRulesAllowImap']) {
      expect(google).not.toContain(fact);
    }
  });

  it('counts what is left, and the count falls to zero as the walk ends', () => {
    const facts: Facts = { symptom: 'mail-oauth' };
    const skip: FactName[] = [];
    let left = engine.questionsLeft(facts, { today, skip });
    expect(left).toBeGreaterThan(5);
    for (let q = engine.nextQuestion(facts, { today, skip }); q; q = engine.nextQuestion(facts, { today, skip })) {
      skip.push(q.fact as FactName);
      const now = engine.questionsLeft(facts, { today, skip });
      // "I don't know" to every question: one fewer each time (no answer opens anything).
      expect(now).toBeLessThan(left);
      left = now;
    }
    expect(left).toBe(0);
  });

  it('counts zero once every cause of the family is settled', () => {
    for (const facts of Object.values(HEALTHY)) expect(engine.questionsLeft(facts as Facts, { today })).toBe(0);
  });
});

describe('the JSM version implies the Jira line', () => {
  it('maps JSM 4.x to Jira 8.x, 5.x to 9.x, and 10+ to the same number', () => {
    expect(jiraVersionOfJsm('4.20.4')).toBe('8.20.4');
    expect(jiraVersionOfJsm('5.12.26')).toBe('9.12.26');
    expect(jiraVersionOfJsm('10.3.9')).toBe('10.3.9');
    expect(jiraVersionOfJsm('3.0.1')).toBeUndefined();
  });

  it('does not ask the Jira version once the JSM version is known', () => {
    const facts: Facts = { symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'mail.handler': 'jsm', 'jsm.version': '4.21.0' };
    expect(asked(facts)).not.toContain('jira.version');
    // …and the rules read it: JSM 4.9 on its Jira 8.9 line has no OAuth 2.0 for mail.
    const old = engine.diagnose({ symptom: 'mail-oauth', 'mail.handler': 'jsm', 'jsm.version': '4.9.0' }, { today });
    expect(old.causes.find((c) => c.id === 'mail-oauth/oauth-unsupported-version')?.status).toBe('confirmed');
  });

  it('a stated Jira version wins over the implied one', () => {
    const d = engine.diagnose({ symptom: 'mail-oauth', 'mail.handler': 'jira', 'mail.protocol': 'pop', 'jsm.version': '4.20.0', 'jira.version': '8.13.2' }, { today });
    expect(d.causes.find((c) => c.id === 'mail-oauth/pop-unsupported')?.status).toBe('confirmed');
  });
});

describe('a version given as its line', () => {
  it('needs the patch only when a rule boundary sits inside that line', () => {
    // POP with OAuth 2.0 arrived in 8.13.4 on the 8.13 line: "8.13" cannot be judged.
    expect(engine.versionBoundariesInLine('jira.version', '8.13')).toContain('8.13.4');
    expect(engine.versionBoundariesInLine('jira.version', '9.12')).toEqual([]);
    expect(engine.versionBoundariesInLine('jsm.version', '4.21')).toEqual([]);
  });
});

describe('pasted headers', () => {
  it('a pasted X-Seraph-LoginReason answers the question about that header', () => {
    const facts: Facts = { symptom: 'cookie-auth', errors: ['HTTP/1.1 401\nX-Seraph-LoginReason: AUTHENTICATION_DENIED\nContent-Type: application/json'] };
    const d = engine.diagnose(facts, { today });
    expect(d.causes.find((c) => c.id === 'cookie-auth/captcha')?.status).toBe('confirmed');
    expect(asked(facts)).not.toContain('auth.loginReason');
  });

  it('a stated answer wins over a pasted header', () => {
    const facts: Facts = { symptom: 'cookie-auth', 'auth.loginReason': 'OK', errors: ['X-Seraph-LoginReason: AUTHENTICATION_DENIED'] };
    expect(evalContext(engine.compiled, facts, today).facts['auth.loginReason']).toBe('OK');
    expect(factsFromHeaders(['< x-seraph-loginreason: AUTHENTICATED_FAILED', 'X-Atlassian-Token: no-check'])).toEqual({
      'auth.loginReason': 'AUTHENTICATED_FAILED',
      'request.hasNoCheckHeader': true,
    });
  });
});

describe('not sure which problem it is', () => {
  it('asks no question of one family until the problem is known', () => {
    expect(engine.nextQuestion({}, { today, skip: ['symptom'] })).toBeUndefined();
  });
});
