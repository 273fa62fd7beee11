import { describe, expect, it } from 'vitest';
import { engine } from '../../../knowledge/index';
import { firstActions } from '../../../knowledge/engine/actions';
import { JSM_421_GCC_HIGH } from '../../support/mail-cases';

const today = '2026-11-23';

describe('what to do first', () => {
  it('puts an upgrade before the fixes that depend on it, confirmed before likely, at most two', () => {
    const d = engine.diagnose(
      { symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'mail.handler': 'jira', 'jira.version': '8.9.1', 'mailbox.protocolEnabled': false, 'mailbox.flooded': true },
      { today },
    );
    const actions = firstActions(d);
    expect(actions.map((a) => a.cause.id)).toEqual(['mail-oauth/oauth-unsupported-version', 'mail-oauth/protocol-disabled']);
    expect(actions[0]!.solution.steps.length).toBeGreaterThan(0);
  });

  it("follows the prerequisites the knowledge states: on JSM 4.21 with GCC High the upgrade comes before the scope fix", () => {
    const d = engine.diagnose(JSM_421_GCC_HIGH, { today });
    expect(firstActions(d).map((a) => a.cause.id)).toEqual(['mail-oauth/gov-cloud', 'mail-oauth/scopes']);
    expect(firstActions(d)[0]!.solution.id).toBe('mail-oauth/gov-cloud-upgrade-jsm');
  });

  it('names no action while nothing is confirmed or likely', () => {
    expect(firstActions(engine.diagnose({ symptom: 'mail-oauth' }, { today }))).toEqual([]);
  });
});
