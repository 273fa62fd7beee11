import { describe, expect, it } from 'vitest';
import { knowledge, questionHelp } from '../../../knowledge/index';

const scopesQuestion = () => {
  const question = knowledge.questions.find((q) => q.fact === 'oauth.scopes');
  if (!question) throw new Error('the knowledge has no question for oauth.scopes');
  return question;
};

describe('where to find an answer, for this installation', () => {
  it('names the OAuth 2.0 menu of the Jira version in use, and both while the version is unknown', () => {
    const text = (facts: Parameters<typeof questionHelp>[1]) => questionHelp(scopesQuestion(), facts).map((h) => h.text).join('\n');
    const old = text({ symptom: 'mail-oauth', 'jira.version': '8.21.9' });
    const recent = text({ symptom: 'mail-oauth', 'jira.version': '8.22.0' });
    expect(old).toContain('System > OAuth 2.0');
    expect(old).not.toContain('Application Links');
    expect(recent).toContain('Applications > Application Links');
    expect(recent).not.toContain('System > OAuth 2.0');
    const unknown = text({ symptom: 'mail-oauth' });
    expect(unknown).toContain('System > OAuth 2.0');
    expect(unknown).toContain('Applications > Application Links');
  });

  it('leaves out places whose condition is false and keeps them while it is unknown', () => {
    const withCondition = knowledge.questions.find((q) => q.help.where.some((w) => w.when));
    expect(withCondition).toBeDefined();
    const all = questionHelp(withCondition!, {}).length;
    expect(all).toBe(withCondition!.help.where.length);
  });
});
