import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../knowledge';
import { en } from '../../../renderer/i18n/en';
import { translator } from '../../../renderer/i18n/translate';
import { answerLabel, choicesOf, parseTyped } from '../../../renderer/wizard/answers';

const t = translator(en);

describe('typed answers', () => {
  it('accepts a version of three numbers and says what to type otherwise', () => {
    expect(parseTyped('jira.version', ' 9.12.4 ')).toEqual({ ok: true, value: '9.12.4' });
    expect(parseTyped('jira.version', 'nine')).toEqual({ ok: false, message: 'input.invalid.version' });
  });

  it('accepts a version line where no rule changes inside it, and asks for the patch where one does', () => {
    expect(parseTyped('jsm.version', '4.21')).toEqual({ ok: true, value: '4.21.0' });
    expect(parseTyped('oidc.pluginVersion', '2.1')).toEqual({ ok: true, value: '2.1.0' });
    expect(parseTyped('jira.version', '9.12.x')).toEqual({ ok: true, value: '9.12.0' });
    // POP with OAuth 2.0 arrived in 8.13.4 on the 8.13 line: the line alone cannot be judged.
    expect(parseTyped('jira.version', '8.13')).toEqual({ ok: false, message: 'input.needPatch', params: { line: '8.13', boundary: '8.13.4' } });
  });

  it('accepts a real calendar date typed as admins have it', () => {
    expect(parseTyped('azure.secretExpiresOn', '2026-03-31')).toEqual({ ok: true, value: '2026-03-31' });
    // As the Azure portal shows it (US English).
    expect(parseTyped('azure.secretExpiresOn', '3/31/2026')).toEqual({ ok: true, value: '2026-03-31' });
    expect(parseTyped('azure.secretExpiresOn', '31/3/2026')).toEqual({ ok: true, value: '2026-03-31' });
    expect(parseTyped('azure.secretExpiresOn', '31.03.2026')).toEqual({ ok: true, value: '2026-03-31' });
    expect(parseTyped('azure.secretExpiresOn', '2026/3/5')).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseTyped('azure.secretExpiresOn', '2026-02-30')).toEqual({ ok: false, message: 'input.invalid.date' });
    expect(parseTyped('azure.secretExpiresOn', '13/13/2026')).toEqual({ ok: false, message: 'input.invalid.date' });
    expect(parseTyped('azure.secretExpiresOn', '60331-02-02')).toEqual({ ok: false, message: 'input.invalid.date' });
  });

  it('reads a whole number, and a list of messages one per line', () => {
    expect(parseTyped('jsm.oauthChannelCount', '2')).toEqual({ ok: true, value: 2 });
    expect(parseTyped('jsm.oauthChannelCount', 'two')).toEqual({ ok: false, message: 'input.invalid.number' });
    expect(parseTyped('errors', 'first\n\n  second  \n')).toEqual({ ok: true, value: ['first', 'second'] });
  });

  it('refuses an empty answer (that is what "I don\'t know" is for)', () => {
    expect(parseTyped('oauth.scopes', '   ')).toEqual({ ok: false, message: 'input.invalid.text' });
  });
});

describe('answers in words', () => {
  const question = knowledge.questions.find((q) => q.fact === 'rest401.pattern')!;

  it('shows a chosen value by its option label', () => {
    const option = question.options![0]!;
    expect(answerLabel(question, option.value, t)).toBe(option.label);
  });

  it('offers yes and no for a yes/no fact the knowledge gives no options for', () => {
    const bare = { ...question, fact: 'lb.sticky', options: undefined };
    expect(choicesOf(bare, t)).toEqual([
      { value: true, label: 'Yes' },
      { value: false, label: 'No' },
    ]);
    expect(answerLabel(undefined, false, t)).toBe('No');
  });
});

describe('the message catalogue', () => {
  it('fills every parameter of a message', () => {
    expect(t('differential.summary', { confirmed: 1, likely: 2, possible: 3, ruledOut: 4 })).toBe('1 confirmed · 2 likely · 3 possible · 4 ruled out');
  });

  it('names every place and team the knowledge uses', () => {
    const keys = new Set(Object.keys(en));
    for (const q of knowledge.questions) for (const w of q.help.where) expect(keys).toContain(`place.${w.place}`);
    for (const c of knowledge.causes) for (const s of c.solutions) expect(keys).toContain(`team.${s.team}`);
  });
});
