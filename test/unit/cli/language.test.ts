import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageOfRun } from '../../../electron/cli/language';
import { cliMessages } from '../../../electron/cli/messages';
import { wrap } from '../../../electron/text/wrap';

const root = join(import.meta.dirname, '../../..');
/** The built command line, with exactly the environment given (no LANG of the machine running the tests). */
const cli = (args: string[], env: Record<string, string> = {}) => {
  const run = spawnSync(process.execPath, [join(root, 'bin/jira-doctor.js'), ...args], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};
const NO_START = /^[。、．，」』）〕］｝〉》】・：；？！ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ]/u;
const NO_END = /[「『（〔［｛〈《【]$/u;

let dir: string;
let facts: string;
beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.js')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'jira-doctor-lang-'));
  facts = join(dir, 'facts.json');
  writeFileSync(
    facts,
    JSON.stringify({ symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'mail.protocol': 'pop', 'jira.version': '8.13.2', 'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All,offline_access' }),
  );
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the language of a run', () => {
  it('is --lang wherever it stands, else LC_ALL, LC_MESSAGES, LANG in that order', () => {
    expect(languageOfRun(['diagnose', '--lang', 'ja'], {})).toEqual({ ok: true, language: 'ja' });
    expect(languageOfRun(['--lang=en', 'report'], { LANG: 'ja_JP.UTF-8' })).toEqual({ ok: true, language: 'en' });
    expect(languageOfRun(['scan', 'x.log'], { LANG: 'ja_JP.UTF-8' })).toEqual({ ok: true, language: 'ja' });
    expect(languageOfRun(['scan'], { LC_ALL: 'C', LANG: 'ja_JP.UTF-8' })).toEqual({ ok: true, language: 'en' });
    expect(languageOfRun(['scan'], { LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toEqual({ ok: true, language: 'ja' });
    // After "--" it is an argument, not the option.
    expect(languageOfRun(['scan', '--', '--lang', 'fr'], {})).toEqual({ ok: true, language: 'en' });
  });

  it('refuses any other value plainly, in the language of the environment', () => {
    expect(languageOfRun(['--lang', 'fr'], {})).toEqual({ ok: false, message: cliMessages('en').badLanguage('fr') });
    expect(languageOfRun(['--lang', 'ja-JP'], { LANG: 'ja_JP.UTF-8' })).toEqual({ ok: false, message: cliMessages('ja').badLanguage('ja-JP') });
    expect(languageOfRun(['diagnose', '--lang'], {})).toEqual({ ok: false, message: cliMessages('en').missingLanguage });
    expect(languageOfRun(['--lang', '--format', 'json'], {})).toEqual({ ok: false, message: cliMessages('en').missingLanguage });
  });
});

describe('wrapping for a terminal', () => {
  const japanese = fc
    .array(fc.constantFrom('設定', 'メール', 'サーバー', 'チェック', 'キャッシュ', 'です', '。', '、', '「', '」', '（', '）', 'ー', 'ッ', ' Jira ', ' https://outlook.office.com/IMAP.AccessAsUser.All ', ' 8.13.4 ', 'word ', '！'), { maxLength: 120 })
    .map((parts) => parts.join(''));

  it('keeps 80 columns counting wide characters as two, breaks by the Japanese rules, and loses nothing', () => {
    fc.assert(
      fc.property(japanese, fc.constantFrom('', '    ', '      '), (text, indent) => {
        const lines = wrap(text, indent);
        lines.forEach((line, i) => {
          const body = line.trim();
          // Only a piece that cannot be broken (a URL and what clings to it) may stand wider than the line, and then alone.
          if (stringWidth(line) > 80) expect(body.replace(/^[「『（]\s*|\s*[。、」』）！]+$/gu, '')).not.toMatch(/\s/);
          // The text itself may start or end with such a mark; a break never puts one there.
          if (i > 0) expect(body).not.toMatch(NO_START);
          if (i < lines.length - 1) expect(body).not.toMatch(NO_END);
        });
        expect(lines.map((l) => l.trim()).join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });

  it('wraps English at spaces as before', () => {
    expect(wrap('one two three four', '  ', 12)).toEqual(['  one two', '    three', '    four']);
  });
});

describe('jira-doctor --lang ja', () => {
  it('diagnoses in Japanese within 80 columns, exact strings on lines of their own', () => {
    const { code, stdout, stderr } = cli(['diagnose', '--facts', facts, '--today', '2026-11-23', '--lang', 'ja']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('確定: 事実がこれを証明しています');
    expect(stdout).toContain('まだ判断できません。次の答えによって決まります');
    expect(stdout).toContain('対応（Jira 管理者）');
    for (const line of stdout.split('\n')) {
      if (stringWidth(line) > 80) expect(line).toMatch(/^ {11}\S/); // a code line or an address, kept whole to be copied
      expect(line.trim()).not.toMatch(NO_START);
    }
  });

  it('takes Japanese from LANG, and LC_ALL=C back to English', () => {
    expect(cli(['diagnose', '--facts', facts, '--today', '2026-11-23'], { LANG: 'ja_JP.UTF-8' }).stdout).toContain('jira-doctor 診断');
    expect(cli(['diagnose', '--facts', facts, '--today', '2026-11-23'], { LANG: 'ja_JP.UTF-8', LC_ALL: 'C' }).stdout).toContain('jira-doctor diagnosis');
  });

  it('keeps the JSON contract’s ids and fact names, with its human texts in Japanese', () => {
    type Out = { causes: { id: string; status: string; title: string; because: string[]; unknown: string[] }[]; unknown: string[] };
    const en = JSON.parse(cli(['diagnose', '--facts', facts, '--today', '2026-11-23', '--format', 'json']).stdout) as Out;
    const ja = JSON.parse(cli(['diagnose', '--facts', facts, '--today', '2026-11-23', '--format', 'json', '--lang', 'ja']).stdout) as Out;
    expect(ja.causes.map((c) => [c.id, c.status, c.unknown])).toEqual(en.causes.map((c) => [c.id, c.status, c.unknown]));
    expect(ja.unknown).toEqual(en.unknown);
    expect(ja.causes[0]!.because.join(' ')).toMatch(/[ぁ-んァ-ヶ]/u);
    expect(en.causes[0]!.because.join(' ')).not.toMatch(/[ぁ-んァ-ヶ]/u);
  });

  it('says a wrong --lang plainly and exits 2, whatever the command', () => {
    for (const args of [['diagnose', '--lang', 'fr'], ['--lang', 'de', 'scan', 'x'], ['report', '--lang=xx']]) {
      const { code, stdout, stderr } = cli(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^jira-doctor: --lang must be en \(English\) or ja \(Japanese\), not "\w+"\.\n$/);
    }
    expect(cli(['diagnose', '--lang', 'fr'], { LANG: 'ja_JP.UTF-8' }).stderr).toContain('--lang には en（英語）か ja（日本語）を指定してください');
  });

  it('writes a Japanese report and says so in Japanese', () => {
    const out = join(dir, 'r.md');
    const { code, stdout } = cli(['report', '--input', facts, '--out', out, '--today', '2026-11-23', '--lang', 'ja']);
    expect(code).toBe(0);
    expect(stdout).toContain('を書き出しました');
  });
});
