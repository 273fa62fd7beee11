// `npm run bench:start`: how fast the app is on screen in browser mode, and how big the UI is.
// - from starting the start script (`node scripts/start.js --browser --no-open`, what `npm start`
//   runs, without npm's own start-up) to: its address printed; the start screen ready in Chromium;
//   the first question on screen after the admin picks a symptom;
// - the renderer bundle that Electron and the browser load (JavaScript and CSS, raw and gzip).
// Chromium is started once beforehand: its own start-up is the browser's, not the app's.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const RUNS = 7;
const root = join(import.meta.dirname, '..');
const LAUNCH_URL = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function waitForAddress(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address after 30 s:\n${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = LAUNCH_URL.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`the app exited (${code}):\n${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const timings = { address: [] as number[], startScreen: [] as number[], question: [] as number[] };
try {
  for (let run = 0; run <= RUNS; run++) {
    const dataDir = await mkdtemp(join(tmpdir(), 'jira-doctor-bench-start-'));
    const context = await browser.newContext();
    const page = await context.newPage();
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/start.js', '--browser', '--no-open', '--port', '0'], {
      cwd: root,
      env: { ...process.env, JIRA_DOCTOR_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const address = await waitForAddress(child);
      const printed = performance.now();
      await page.goto(address);
      await page.locator('[data-testid="wizard"][data-ready="true"][data-view="start"]').waitFor();
      const startScreen = performance.now();
      await page.locator('[data-testid="symptom"][data-symptom="mail-oauth"]').click();
      await page.locator('[data-testid="wizard"][data-view="question"] [data-testid="question"]').waitFor();
      const question = performance.now();
      // The first run warms the disk cache and is not counted.
      if (run > 0) {
        timings.address.push(printed - started);
        timings.startScreen.push(startScreen - started);
        timings.question.push(question - started);
      }
    } finally {
      await context.close();
      await stop(child);
      await rm(dataDir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}

const assets = join(root, 'dist', 'renderer', 'assets');
const bundle = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
for (const name of await readdir(assets)) {
  const kind = extname(name) === '.js' ? 'js' : extname(name) === '.css' ? 'css' : undefined;
  if (!kind) continue;
  const bytes = await readFile(join(assets, name));
  bundle[kind].raw += bytes.length;
  bundle[kind].gzip += gzipSync(bytes, { level: 9 }).length;
}

const ms = (values: number[]) => `${Math.round(median(values))} ms (min ${Math.round(Math.min(...values))}, max ${Math.round(Math.max(...values))})`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`Start-up in browser mode, median of ${RUNS} runs (Node ${process.versions.node}, Chromium headless):`);
console.log('');
console.log('| from `node scripts/start.js --browser --no-open` to | time |');
console.log('|---|---|');
console.log(`| the address printed | ${ms(timings.address)} |`);
console.log(`| the start screen ready | ${ms(timings.startScreen)} |`);
console.log(`| the first question on screen (symptom picked) | ${ms(timings.question)} |`);
console.log('');
console.log('| renderer bundle | raw | gzip |');
console.log('|---|---|---|');
console.log(`| JavaScript | ${kb(bundle.js.raw)} | ${kb(bundle.js.gzip)} |`);
console.log(`| CSS | ${kb(bundle.css.raw)} | ${kb(bundle.css.gzip)} |`);
