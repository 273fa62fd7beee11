import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestbed, type Testbed } from '../testbed/index';
import { ChecksPanel } from './pages/checks-panel';
import { SessionsPage } from './pages/sessions-page';
import { WizardPage } from './pages/wizard-page';

/**
 * The app in browser mode, as `npm start` runs it, with a data folder of its own. Each launch
 * address works once: `launchUrl()` reads a fresh one from the redirect file the app keeps in its
 * data folder (the file the browser is opened with).
 */
export type App = { baseUrl: string; launchUrl: () => Promise<string>; dataDir: string };

const STARTUP_MS = 30_000;
const SHUTDOWN_MS = 5_000;
const LAUNCH_URL = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/;

/** Starts `npm start` in browser mode (no browser opened, any free port) and reads the address it prints. */
export async function launchApp(dataDir: string): Promise<{ child: ChildProcess; launchUrl: string }> {
  const child = spawn(process.execPath, ['scripts/start.js', '--browser', '--no-open', '--port', '0'], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, JIRA_DOCTOR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const launchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app printed no address within ${STARTUP_MS} ms:\n${output}`)), STARTUP_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = LAUNCH_URL.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited (${code}) before printing its address:\n${output}`));
    });
  });
  return { child, launchUrl };
}

/** Stops the app by its process id: SIGTERM, then SIGKILL if it is still there after a few seconds. */
export async function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_MS);
  await exited;
  clearTimeout(timer);
}

type TestFixtures = { wizard: WizardPage; checks: ChecksPanel; sessions: SessionsPage };
type WorkerFixtures = { app: App; testbed: Testbed };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  app: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its first parameter.
    async ({}, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'jira-doctor-e2e-'));
      const { child, launchUrl } = await launchApp(dataDir);
      try {
        const baseUrl = new URL('/', launchUrl).href;
        // The redirect file always holds the address of this moment; the printed one may have been
        // spent already by a test that opened that file (launch.spec.ts).
        const fresh = async () => LAUNCH_URL.exec(await readFile(join(dataDir, `open-browser-${new URL(baseUrl).port}.html`), 'utf8'))![0];
        await use({ baseUrl, launchUrl: fresh, dataDir });
      } finally {
        await stopApp(child);
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: STARTUP_MS + SHUTDOWN_MS + 5_000 },
  ],
  testbed: [
    // eslint-disable-next-line no-empty-pattern -- as above.
    async ({}, use) => {
      const testbed = await startTestbed({ parts: ['jira'] });
      try {
        await use(testbed);
      } finally {
        await testbed.stop();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ app }, use) => use(app.baseUrl),
  // Every page starts signed in: the launch address trades its one-time key for the session cookie.
  // A script error on the page fails the test that caused it, whatever the test looked at.
  page: async ({ page, app }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(await app.launchUrl());
    // The first load parses the whole bundle; on a busy two-core machine that can take a while.
    await expect(page.locator('[data-ready="true"]').first()).toBeVisible({ timeout: 30_000 });
    await use(page);
    expect(errors, 'errors thrown in the page').toEqual([]);
  },
  wizard: async ({ page }, use) => use(new WizardPage(page)),
  checks: async ({ page }, use) => use(new ChecksPanel(page)),
  sessions: async ({ page }, use) => use(new SessionsPage(page)),
});

export { expect };
