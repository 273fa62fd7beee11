import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../../knowledge/contract/facts';

describe('parsing facts from outside', () => {
  it('takes contract facts and treats null as unknown', () => {
    expect(parseFacts({ symptom: 'mail-oauth', 'jira.version': '8.20.4', 'jira.clustered': null })).toEqual({
      ok: true,
      facts: { symptom: 'mail-oauth', 'jira.version': '8.20.4' },
    });
  });

  it('names every problem, with the closest contract name for a typo', () => {
    const result = parseFacts({ 'jira.verison': '8.20.4', 'lb.sticky': 'yes', 'jsm.oauthChannelCount': 1.5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { fact: 'jira.verison', message: 'unknown fact name (did you mean "jira.version"?)' },
      { fact: 'lb.sticky', message: 'expected true or false; got "yes"' },
      { fact: 'jsm.oauthChannelCount', message: 'expected a whole number from 0 to 9007199254740991, without quotes; got 1.5' },
    ]);
  });

  it('accepts only dates that exist on the calendar', () => {
    expect(parseFacts({ 'azure.secretExpiresOn': '2028-02-29' }).ok).toBe(true);
    for (const date of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '31.12.2026']) {
      expect(parseFacts({ 'azure.secretExpiresOn': date }).ok, date).toBe(false);
    }
  });

  it('refuses what is not an object of facts', () => {
    for (const input of [null, [], 'mail-oauth', 42]) expect(parseFacts(input).ok).toBe(false);
  });
});
