import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliHelp } from '../../../electron/cli/help';
import { cliMessages } from '../../../electron/cli/messages';
import { createProgram } from '../../../electron/cli/program';
import { formatCheck } from '../../../electron/cli/knowledge-check';
import { REDACT_WORDS } from '../../../electron/redact/redact';
import { RECORDING_WORDS } from '../../../electron/scan/har/lanes';
import { SCAN_TEXT_WORDS } from '../../../electron/scan/text';
import { TERMINAL_WORDS } from '../../../electron/server/browser-mode';
import fc from 'fast-check';
import { harText, oauthDance } from '../scan/har-fixtures';
import { englishWords } from '../../support/japanese-text';
import { unusableInput } from '../../support/unusable-inputs';

/**
 * The command line in Japanese: every help text and message has its Japanese (the catalogues, and
 * the commands as commander holds them), each command speaks Japanese with --lang ja and with a
 * Japanese LANG, commander's own usage errors too, and what it prints keeps 80 columns with wide
 * characters counted as two.
 */

const root = join(import.meta.dirname, '../../..');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const cli = (args: string[], env: Record<string, string> = {}) => {
  const run = spawnSync(process.execPath, [join(root, 'bin/jira-doctor.js'), ...args], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};
const JA_ENV = { LANG: 'ja_JP.UTF-8' };
/** Text as wrapped for the terminal, without its line breaks and spaces: what a sentence says, wherever its lines break. */
const said = (text: string) => text.replace(/\s+/g, '');

/** Any value a message function is given: a number, a string and an object at once. */
const anything: unknown = new Proxy({}, { get: (_, key) => (key === Symbol.toPrimitive ? () => 2 : anything) });

/** Every text of a catalogue, with its path: strings as they are, functions called with `anything`. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return texts((value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => anything)), path);
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}

/** Names and exact strings that are the same in Japanese. */
const SAME_IN_EVERY_LANGUAGE = new Set(['formatNames.pdf', 'formatNames.md', 'formatNames.json', 'source.X-ANODEID', 'timelineHead[0]', 'loginHead[5]', 'comma', 'where', 'onNode']);

function withoutJapanese(catalogues: Record<'en' | 'ja', unknown>): string[] {
  const en = new Map(texts(catalogues.en));
  const ja = new Map(texts(catalogues.ja));
  expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
  return [...ja].filter(([path, text]) => !JAPANESE.test(text) && !SAME_IN_EVERY_LANGUAGE.has(path)).map(([path, text]) => `${path}: ${text}`);
}

/** Every command of the program, subcommands too. */
function commands(program: Command): Command[] {
  return [program, ...program.commands.flatMap(commands)];
}

let dir: string;
beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.js')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'jira-doctor-cli-ja-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every help text and message of the command line', () => {
  it('has its Japanese, in every catalogue', () => {
    expect(withoutJapanese({ en: cliHelp('en'), ja: cliHelp('ja') })).toEqual([]);
    expect(withoutJapanese({ en: cliMessages('en'), ja: cliMessages('ja') })).toEqual([]);
    expect(withoutJapanese(SCAN_TEXT_WORDS)).toEqual([]);
    expect(withoutJapanese(RECORDING_WORDS)).toEqual([]);
    expect(withoutJapanese(REDACT_WORDS)).toEqual([]);
    expect(withoutJapanese(TERMINAL_WORDS)).toEqual([]);
  });

  it('reaches commander in Japanese: every command, argument and visible option of every command', () => {
    const missing: string[] = [];
    for (const command of commands(createProgram('ja'))) {
      const name = command.name();
      if (!JAPANESE.test(command.description())) missing.push(`${name}: ${command.description()}`);
      for (const argument of command.registeredArguments) if (!JAPANESE.test(argument.description)) missing.push(`${name} ${argument.name()}: ${argument.description}`);
      const help = command.createHelp();
      for (const option of help.visibleOptions(command)) if (!JAPANESE.test(option.description)) missing.push(`${name} ${option.flags}: ${option.description}`);
    }
    expect(missing).toEqual([]);
    // And English stays English.
    for (const command of commands(createProgram('en'))) expect(command.description()).not.toMatch(JAPANESE);
  });
});

const HELP = [[], ['diagnose'], ['check'], ['scan'], ['report'], ['redact'], ['ui'], ['knowledge'], ['knowledge', 'check'], ['knowledge', 'graph']];

describe('jira-doctor --help in Japanese', () => {
  it.each(HELP.map((c) => [c.join(' ') || '(the program)', c]))('%s: in Japanese from --lang ja and from LANG, within 80 columns', (_, command) => {
    const byOption = cli([...(command), '--help', '--lang', 'ja']);
    const byLocale = cli([...(command), '--help'], JA_ENV);
    expect([byOption.code, byOption.stderr]).toEqual([0, '']);
    expect(byLocale.stdout).toBe(byOption.stdout);
    const out = byOption.stdout;
    expect(out).toMatch(/^使い方: jira-doctor/);
    expect(out).toContain('オプション:');
    expect(out).not.toMatch(/\b(?:Usage|Options|Commands|Arguments|display help|default:|choices:)\b/);
    for (const line of out.split('\n')) {
      // Example commands are kept whole, to be copied.
      if (/^\s+(?:\$ |--)/.test(line)) continue;
      expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    }
    // The English help is unchanged in kind.
    expect(cli([...(command), '--help']).stdout).toMatch(/^Usage: jira-doctor/);
  });
});

describe("commander's usage errors in Japanese", () => {
  const CASES: [string[], RegExp][] = [
    [['diagnose', '--bogus'], /'--bogus'というオプションはありません/],
    [['diagnose', '--formt', 'json'], /（もしかして:--format）/],
    [['frobnicate'], /'frobnicate'というコマンドはありません/],
    [['scan'], /引数'paths'を指定してください/],
    [['diagnose', '--facts'], /オプション'--facts<file>'に値を指定してください/],
    [['report', '--input', 'x.json'], /オプション'--out<file>'を指定してください/],
    [['diagnose', '--format', 'xml'], /'xml'は使えません。選べる値:json、text/],
    [['ui', '--port', 'abc'], /'abc'は使えません:1から65535のポート番号/],
    [['redact', 'a.har', 'b.har', '--out', 'c.har'], /引数が多すぎます/],
    // Echoed text only string-width can measure (an emoji with a skin tone, a combining accent), long enough to wrap.
    [[`frob👍🏽nicate-${'e\u0301'.repeat(40)}`], /'frob👍🏽nicate-(?:e\u0301){40}'というコマンドはありません/u],
  ];
  it.each(CASES.map(([args, expected]) => [args.join(' '), args, expected]))('%s: exit 2, said in Japanese within 80 columns', (_, args, expected) => {
    for (const run of [cli([...(args), '--lang', 'ja']), cli(args, JA_ENV)]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(said(run.stderr)).toMatch(expected);
      expect(said(run.stderr)).toContain(said('（使い方は --help で表示されます）'));
      expect(run.stderr).not.toMatch(/error:|Did you mean|run with --help/);
      for (const line of run.stderr.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    }
    expect(cli(args).stderr).toMatch(/^error: /);
  });
});

describe('each command speaks Japanese', () => {
  it('scan: a browser recording and a log, with what they showed, in Japanese within 80 columns', () => {
    const har = join(dir, 'mail-setup.har');
    let i = 0;
    writeFileSync(har, harText('chrome', oauthDance((path) => (path.includes('callback') || i++ % 3 === 2 ? 'node2' : 'node1'))));
    const log = join(dir, 'atlassian-jira-security.log');
    writeFileSync(
      log,
      [
        "2026-11-20 09:00:01,000+0000 http-nio-8080-exec-1 alice 540x1x1 - 10.0.0.1 /rest/api/2/myself The user 'alice' has PASSED authentication.",
        "2026-11-20 09:00:02,000+0000 http-nio-8080-exec-2 anonymous 540x2x1 - 10.0.0.1 /rest/api/2/myself The user 'alice' has FAILED authentication. Failure count equals 1",
        '',
      ].join('\n'),
    );
    const run = cli(['scan', har, log, '--lang', 'ja']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    // The same but for the first line's time taken.
    expect(cli(['scan', har, log], JA_ENV).stdout.split('\n').slice(1)).toEqual(run.stdout.split('\n').slice(1));
    for (const expected of ['読んだもの', 'ブラウザー セッション 1', 'ノード間を移動しました', 'Jira がブラウザーを Microsoft のサインインに送りました', 'Chrome または Edge', 'わかった事実', '根拠: ブラウザーの記録: ブラウザー セッション 1 には 2 台のノードが応答しました', '同じユーザーが認証に成功したことも失敗したこともあります: alice']) {
      expect(said(run.stdout)).toContain(said(expected));
    }
    // Exact strings stay exact.
    expect(said(run.stdout)).toContain(said('https://outlook.office.com/IMAP.AccessAsUser.All'));
    expect(said(run.stdout)).not.toMatch(/Browsersession|ChromeorEdge|Whatwasread|Factsestablished|because:/);
    for (const line of run.stdout.split('\n')) {
      if (stringWidth(line) > 80) expect(line.trim(), line).not.toMatch(/\s/); // only a path or address too long to break
    }
    // The JSON keeps ids, fact names and values; its human texts follow the language.
    const en = JSON.parse(cli(['scan', har, log, '--format', 'json']).stdout) as { facts: Record<string, unknown>; recording: { sessions: { label: string; verdict: string }[] } };
    const ja = JSON.parse(cli(['scan', har, log, '--format', 'json', '--lang', 'ja']).stdout) as typeof en;
    expect(ja.facts).toEqual(en.facts);
    expect(ja.recording.sessions.map((s) => s.verdict)).toEqual(en.recording.sessions.map((s) => s.verdict));
    expect(ja.recording.sessions[0]!.label).toBe('ブラウザー セッション 1');
    expect(en.recording.sessions[0]!.label).toBe('Browser session 1');
  });

  it('scan: nothing readable is said in Japanese, exit 2', () => {
    const run = cli(['scan', join(dir, 'missing.log'), '--lang', 'ja']);
    expect(run.code).toBe(2);
    expect(said(run.stderr)).toContain(said('見つかりません: パスを確認してください'));
    expect(said(run.stderr)).toContain(said('何も読めませんでした'));
    for (const line of run.stderr.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it('redact: the copy and its refusals in Japanese', () => {
    const har = join(dir, 'redact-me.har');
    writeFileSync(har, harText('firefox', oauthDance(() => 'node1')));
    const out = join(dir, 'redacted.har');
    const done = cli(['redact', har, '--out', out], JA_ENV);
    expect([done.code, done.stderr]).toEqual([0, '']);
    expect(said(done.stdout)).toMatch(/を書き出しました:リクエスト\d+件のブラウザーの記録/);
    const again = cli(['redact', har, '--out', out, '--lang', 'ja']);
    expect(again.code).toBe(2);
    expect(said(again.stderr)).toContain(said('は既にあります: 別の名前を選ぶか、置き換えるなら --force を付けてください'));
    const notHar = join(dir, 'list.har');
    writeFileSync(notHar, '[1, 2]');
    expect(said(cli(['redact', notHar, '--out', join(dir, 'x.har'), '--lang', 'ja']).stderr)).toContain(said('JSON の配列で、ブラウザーの記録ではありません'));
  });

  it('ui: a port in use is said in Japanese', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const run = spawnSync(process.execPath, [join(root, 'bin/jira-doctor.js'), 'ui', '--port', String(port), '--no-open', '--user-data-dir', dir], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', ...JA_ENV } });
      expect(run.status).toBe(2);
      expect(said(run.stderr)).toContain(said(`127.0.0.1 のポート ${port} はほかのプログラムが使用中です`));
    } finally {
      server.close();
    }
  });

  it('knowledge: graph in the knowledge of the language, check summary and bad dates in Japanese', () => {
    const graph = cli(['knowledge', 'graph', '--symptom', 'mail-oauth', '--lang', 'ja']);
    expect(graph.code).toBe(0);
    expect(graph.stdout).toMatch(/^flowchart LR/);
    expect(graph.stdout).toMatch(JAPANESE);
    // The arrows' labels too: what an answer confirms or points to.
    expect(graph.stdout).toContain('-->|確定|');
    expect(graph.stdout).toContain('-.->|可能性|');
    expect(graph.stdout).not.toMatch(/\|(?:confirms|points to)\||at least|symptom → questions/);
    const bad = cli(['knowledge', 'check', '--today', 'tomorrow'], JA_ENV);
    expect(bad.code).toBe(2);
    expect(said(bad.stderr)).toContain(said('--today には 2026-11-23 のような日付を指定してください'));
    const summary = formatCheck({ problems: ['x'], citations: { '000': 1, '001': 0, '002': 0, '003': 0, facts: 0 }, items: 1, graph: { causes: [], deadEnds: [], statesWalked: 3 } }, 'ja');
    expect(summary).toContain('問題 1 件:');
    expect(summary.join('\n')).toContain('ウィザードの巡回');
  });

  it("check: its own usage errors in Japanese within 80 columns, exit 2; in English one whole line each", () => {
    const cases = [
      [['check', '--base-url', 'notaurl'], 'にはスキームが必要です'],
      [['check'], 'Jira のアドレスを指定してください'],
      [['check', '--base-url', 'https://jira.example.com', '--timeout', 'x'], '--timeout には 10 のような秒数を指定してください'],
    ] as const;
    for (const [args, expected] of cases) {
      const ja = cli([...args, '--lang', 'ja']);
      expect([ja.code, ja.stdout]).toEqual([2, '']);
      expect(said(ja.stderr)).toContain(said(expected));
      expect(said(ja.stderr)).toContain(said('（使い方は --help で表示されます）'));
      expect(englishWords(ja.stderr)).toEqual([]);
      for (const line of ja.stderr.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
      const en = cli([...args]);
      expect(en.code).toBe(2);
      expect(en.stderr.split('\n').filter((line) => line && !line.startsWith('jira-doctor check: ') && !line.startsWith('(run with'))).toEqual([]);
    }
  });

  it('report and diagnose: their usage errors in Japanese', () => {
    const run = cli(['report', '--input', 'x.json', '--out', 'x.docx', '--lang', 'ja']);
    expect(run.code).toBe(2);
    expect(said(run.stderr)).toContain(said('--out は .pdf、.md、.jira、.json のいずれかで終わる必要があります'));
    const today = cli(['report', '--input', 'x.json', '--out', 'x.md', '--today', '31/03/2026'], JA_ENV);
    expect(said(today.stderr)).toContain(said('--today には 2026-11-23 のような日付を指定してください'));
  });
});

describe('report and diagnose refuse a file they cannot use in Japanese', () => {
  /** Exit 2, nothing on standard output, Japanese with no English sentence, within 80 columns but for a path or value too long to break. */
  const refusedInJapanese = (run: ReturnType<typeof cli>, what: string) => {
    expect([run.code, run.stdout], `${what}\n${run.stderr}`).toEqual([2, '']);
    expect(run.stderr, what).toMatch(JAPANESE);
    expect(englishWords(run.stderr), `${what}\n${run.stderr}`).toEqual([]);
    for (const line of run.stderr.split('\n')) if (stringWidth(line) > 80) expect(line.trim(), `${what}: ${line}`).not.toMatch(/\s/);
  };

  it('whatever the file holds: --lang ja for report, LANG for diagnose', () => {
    let n = 0;
    fc.assert(
      fc.property(unusableInput, ({ kind, text }) => {
        const file = join(dir, `unusable-${n++}.json`);
        writeFileSync(file, text);
        const report = cli(['report', '--input', file, '--out', join(dir, 'never.md'), '--lang', 'ja']);
        refusedInJapanese(report, `report, ${kind}: ${text.slice(0, 80)}`);
        if (kind !== 'facts') expect(said(report.stderr), kind).toContain('ください');
        const diagnose = cli(['diagnose', '--facts', file], JA_ENV);
        refusedInJapanese(diagnose, `diagnose, ${kind}: ${text.slice(0, 80)}`);
        expect(said(diagnose.stderr)).toContain(said('事実の名前と取りうる値: jira-doctor diagnose --list-facts'));
      }),
      // Each case starts the command line twice: few cases, each of every kind in turn over the runs.
      { numRuns: 12 },
    );
  }, 240_000);

  it('a file that is not there, a folder, and standard input', () => {
    refusedInJapanese(cli(['report', '--input', join(dir, 'not-there.json'), '--out', join(dir, 'never.md'), '--lang', 'ja']), 'missing');
    refusedInJapanese(cli(['diagnose', '--facts', dir, '--lang', 'ja']), 'folder');
    const stdin = spawnSync(process.execPath, [join(root, 'bin/jira-doctor.js'), 'diagnose', '--facts', '-'], { input: '{"symptom": ', encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', ...JA_ENV } });
    refusedInJapanese({ code: stdin.status, stdout: stdin.stdout, stderr: stdin.stderr }, 'standard input');
    expect(said(stdin.stderr)).toContain(said('標準入力は正しい JSON ではありません（途中で終わっています）'));
  });

  it('diagnose --list-facts in Japanese within 80 columns; English unchanged in kind', () => {
    const ja = cli(['diagnose', '--list-facts', '--lang', 'ja']);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain('jira.clustered: true または false');
    expect(englishWords(ja.stdout)).toEqual([]);
    for (const line of ja.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    expect(cli(['diagnose', '--list-facts']).stdout).toContain('jira.clustered: true or false\n');
  });
});
