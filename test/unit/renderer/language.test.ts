import { afterEach, describe, expect, it, vi } from 'vitest';
import { engineFor } from '../../../knowledge';
import { startSymptoms } from '../../../knowledge/start';
import { initialLanguage, rememberLanguage } from '../../../renderer/i18n/language';

/** A window with the browser storage the app keeps its settings in; `refuses` makes it throw as a locked-down profile does. */
function windowWithStorage(refuses = false) {
  const kept = new Map<string, string>();
  const storage = {
    getItem: (key: string) => {
      if (refuses) throw new Error('SecurityError');
      return kept.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (refuses) throw new Error('SecurityError');
      kept.set(key, value);
    },
  };
  vi.stubGlobal('window', { localStorage: storage });
  return kept;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the language the UI starts in', () => {
  it("is the operating system's when nothing was chosen, before the browser's", () => {
    windowWithStorage();
    expect(initialLanguage('ja-JP', ['en-GB', 'en'])).toBe('ja');
    expect(initialLanguage('en-US', ['ja', 'en'])).toBe('en');
  });

  it("is the browser's first language the app has when the system says none (browser mode) or one it does not have", () => {
    windowWithStorage();
    expect(initialLanguage(undefined, ['fr-FR', 'ja', 'en'])).toBe('ja');
    expect(initialLanguage('de-DE', ['ja-JP'])).toBe('ja');
    expect(initialLanguage(undefined, ['fr-FR', 'de'])).toBe('en');
    expect(initialLanguage(undefined, [])).toBe('en');
  });

  it('is the one chosen last, whatever the system and the browser say', () => {
    windowWithStorage();
    rememberLanguage('ja');
    expect(initialLanguage('en-US', ['en-US'])).toBe('ja');
    rememberLanguage('en');
    expect(initialLanguage('ja-JP', ['ja'])).toBe('en');
  });

  it('ignores a stored value that is not one of its languages', () => {
    windowWithStorage().set('jira-doctor.language', 'klingon');
    expect(initialLanguage(undefined, ['ja'])).toBe('ja');
  });

  it('still starts, from the system and the browser, where the storage is refused', () => {
    windowWithStorage(true);
    expect(() => rememberLanguage('ja')).not.toThrow();
    expect(initialLanguage(undefined, ['ja-JP'])).toBe('ja');
  });
});

describe('the start list in Japanese', () => {
  it("is the Japanese engine's own symptoms (the wizard never says it otherwise), with the same error messages as the English", async () => {
    const japanese = await engineFor('ja');
    const listed = startSymptoms('ja');
    expect(listed.map((s) => [s.id, s.title, s.description])).toEqual(
      listed.map((s) => {
        const known = japanese.knowledge.symptoms.find((k) => k.id === s.id)!;
        return [known.id, known.title, known.description];
      }),
    );
    expect(listed.map((s) => s.examples)).toEqual(startSymptoms('en').map((s) => s.examples));
  });

  it('has every title and description in Japanese', () => {
    const english = startSymptoms('en');
    for (const [i, s] of startSymptoms('ja').entries()) {
      for (const text of [s.title, s.description]) expect(text, s.id).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
      expect(s.title).not.toBe(english[i]!.title);
    }
  });
});
