import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { ja } from '../../../renderer/i18n/ja';
import { translator } from '../../../renderer/i18n/translate';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Japanese UI catalogue', () => {
  it('has every English key and no other', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s has exactly the placeholders of its English message', (key) => {
    expect(placeholders(ja[key])).toEqual(placeholders(en[key]));
  });

  it('is Japanese wherever the English is a sentence', () => {
    const english = Object.entries(ja).filter(([key]) => /[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/i.test(en[key as keyof typeof en]));
    expect(english.filter(([, text]) => !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('fills its parameters like the English one', () => {
    expect(translator(ja)('question.progress', { n: 3, left: 2 })).toBe('質問 3 · 残り約 2 問');
  });
});
