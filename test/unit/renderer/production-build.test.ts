import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const out = mkdtempSync(join(tmpdir(), 'jira-doctor-renderer-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The scripts of a built renderer, by file name. */
function scriptsOf(dir: string): Map<string, string> {
  const assets = join(dir, 'assets');
  return new Map(readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(join(assets, f), 'utf8')]));
}

/** What only React's development build and the JSX development runtime carry, and what only its production build does. */
function expectProduction(scripts: Map<string, string>): void {
  const all = [...scripts.values()].join('\n');
  const has = (text: string | RegExp) => (typeof text === 'string' ? all.includes(text) : text.test(all));
  expect(has('jsxDEV'), 'the JSX development runtime is in the bundle').toBe(false);
  expect(has(/react-stack-bottom-frame|validateDOMNesting/), "React's development build is in the bundle").toBe(false);
  expect(has(root), "this checkout's file paths are in the bundle").toBe(false);
  expect(has('react.dev/errors/'), "React's production build is not in the bundle").toBe(true);
}

describe('the renderer is always built for production', () => {
  it('even when the build runs under a test environment (NODE_ENV=test)', () => {
    // A child process, so that the environment is exactly the one that once shipped React's development build.
    execFileSync(process.execPath, ['--input-type=module', '-e', `const { build } = await import('vite'); await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { outDir: ${JSON.stringify(out)} } });`], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: 'pipe',
    });
    expectProduction(scriptsOf(out));
  });

  it('in dist/renderer, what the app serves', () => {
    const dist = join(root, 'dist', 'renderer');
    if (!existsSync(join(dist, 'index.html'))) return;
    expectProduction(scriptsOf(dist));
  });

  it('with the start screen in a first script that loads neither the engine, nor zod, nor the knowledge', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    // What loads before the first paint: the entry and every script it imports statically (which Vite also preloads).
    const scripts = scriptsOf(out);
    const first = [entry!, ...[...html.matchAll(/rel="modulepreload"[^>]*href="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!)];
    for (const name of [...first]) for (const m of scripts.get(name)!.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) if (!first.includes(m[1]!)) first.push(m[1]!);
    const text = first.map((name) => scripts.get(name)!).join('\n');
    expect(text.includes('A mail handler cannot be set up with OAuth 2.0'), "the start screen's problems are not in the first scripts").toBe(true);
    expect(text.includes('メール ハンドラーを OAuth 2.0 で設定できない'), "the start screen's problems in Japanese are not in the first scripts").toBe(true);
    expect(/ZodError|\$ZodType/.test(text), `zod is in the first scripts (${first.join(', ')})`).toBe(false);
    expect(text.includes('xstate.init'), `xstate is in the first scripts (${first.join(', ')})`).toBe(false);
    expect(text.includes('confirmedWhen'), `the articles' rules are in the first scripts (${first.join(', ')})`).toBe(false);
  });
});
