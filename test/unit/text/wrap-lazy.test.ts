import stringWidth from 'string-width';
import { describe, expect, it, vi } from 'vitest';
import { widerThan, withTextWidths, wrap } from '../../../electron/text/wrap';

vi.mock('string-width', async (original) => {
  const real = (await original<{ default: (text: string) => number }>()).default;
  return { default: vi.fn(real) };
});

// string-width costs a text `diagnose` some 45 ms when it loads and first measures: the wrapper
// measures what an admin reads itself, and loads string-width only for text that needs it.
describe('the wrapper without string-width', () => {
  it('wraps English with symbols and Japanese without loading string-width, and loads it only for text that needs it', async () => {
    vi.mocked(stringWidth).mockClear();
    expect(widerThan('      2. After an upgrade, the OAuth 2.0 integration is under ⚙ > Applications', 80)).toBe(false);
    expect(widerThan('      2. After an upgrade, the OAuth 2.0 integration is under ⚙ > Applications > Application', 80)).toBe(true);
    expect(widerThan(`      Source: “Jira or Jira Service Management mail handlers cannot be${' configured'.repeat(2)}`, 80)).toBe(true);
    expect(widerThan('日本語'.repeat(14), 80)).toBe(true);
    expect(widerThan('日本語'.repeat(13), 80)).toBe(false);
    expect(widerThan('      2. 8.22.0 以降では ⚙ > アプリケーション > アプリケーション リンク の下にあります', 80)).toBe(true);
    expect(stringWidth).not.toHaveBeenCalled();
    // An emoji with its selector, near the edge: only string-width can tell, and it is loaded on demand.
    const text = `${'word '.repeat(15)}⚙\uFE0F done`;
    expect(() => wrap(text, '')).toThrow(/string-width is needed/);
    expect(stringWidth).not.toHaveBeenCalled();
    const lines = await withTextWidths(() => wrap(text, ''));
    expect(stringWidth).toHaveBeenCalled();
    expect(lines).toEqual(wrap(text, ''));
    expect(lines.every((line) => stringWidth(line) <= 80)).toBe(true);
  });
});
