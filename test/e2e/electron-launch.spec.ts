import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_CHANNELS, type Envelope } from '../../electron/api/wire';
import { findElectronRuntime } from '../../electron/shell/runtime';

/**
 * The desktop app itself: the built main process and preload in the real Electron runtime. Where
 * the runtime is not installed (it is downloaded from outside the npm registry) the test says so
 * and is skipped; `npm start` serves browser mode there, which the wizard specs cover.
 */

const root = join(import.meta.dirname, '../..');
const runtime = findElectronRuntime(root);
const CLOSE_MS = 5_000;

const skipReason = runtime.found ? '' : `Electron runtime not installed here: ${runtime.reason}. Install it with "npx install-electron" on a machine with internet access to run these tests.`;
test.beforeAll(() => {
  if (runtime.found) return;
  console.log(`Skipped: ${skipReason}`);
  test.skip(true, skipReason);
});

let app: ElectronApplication;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jira-doctor-electron-'));
  app = await electron.launch({
    executablePath: runtime.found ? runtime.executable : '',
    args: [root],
    env: { ...process.env, JIRA_DOCTOR_DATA_DIR: dataDir },
  });
});

test.afterEach(async () => {
  if (!runtime.found) return;
  // Bounded shutdown: a window that will not close is killed by its process id.
  const pid = app.process().pid;
  await Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, CLOSE_MS))]);
  if (pid !== undefined && app.process().exitCode === null) process.kill(pid, 'SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

test('opens the wizard in a sandboxed window served from app://', async () => {
  const page = await app.firstWindow();
  await expect(page.getByTestId('wizard')).toHaveAttribute('data-ready', 'true');
  expect(page.url()).toMatch(/^app:\/\/jira-doctor\/index\.html($|#)/);
  const exposed = await page.evaluate(() => ({
    node: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    api: Object.keys(window.jiraDoctor ?? {}).sort(),
  }));
  expect(exposed).toEqual({ node: 'undefined', process: 'undefined', api: ['app', 'checks', 'credentials', 'engine', 'report', 'scan', 'sessions', 'source'] });
  const info = await page.evaluate(() => window.jiraDoctor!.app.info());
  expect(info).toMatchObject({ ok: true, value: { mode: 'electron' } } satisfies Partial<Envelope<unknown>>);
});

test('keeps the page in the app: no navigation away, no new window', async () => {
  const page = await app.firstWindow();
  await expect(page.getByTestId('wizard')).toHaveAttribute('data-ready', 'true');
  await page.evaluate(() => {
    window.open('https://example.com/');
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
  expect(page.url()).toMatch(/^app:\/\/jira-doctor\//);
});

test('saves sessions in the data folder that browser mode uses too', async () => {
  const page = await app.firstWindow();
  await expect(page.getByTestId('wizard')).toHaveAttribute('data-ready', 'true');
  const created = await page.evaluate(() => window.jiraDoctor!.sessions.create({ name: 'from the window' }));
  if (!created.ok) throw new Error(created.error.message);
  const stored = JSON.parse(await readFile(join(dataDir, 'sessions.json'), 'utf8')) as { sessions: Record<string, { name: string }> };
  expect(stored.sessions[created.value.id]?.name).toBe('from the window');
});

test('runs one instance at a time', async () => {
  await app.firstWindow();
  const second = spawn(runtime.found ? runtime.executable : '', [root], { env: { ...process.env, JIRA_DOCTOR_DATA_DIR: dataDir }, stdio: 'ignore' });
  const exitCode = await new Promise<number | null | 'still running'>((resolve) => {
    second.once('exit', (code) => resolve(code));
    setTimeout(() => resolve('still running'), CLOSE_MS);
  });
  if (exitCode === 'still running') second.kill('SIGKILL');
  expect(exitCode).toBe(0);
  expect(app.windows()).toHaveLength(1);
});

test('the menu commands reach the page: Saved sessions, then New diagnosis', async () => {
  const page = await app.firstWindow();
  await expect(page.getByTestId('wizard')).toHaveAttribute('data-ready', 'true');
  const send = (command: string) =>
    app.evaluate(({ BrowserWindow }, [channel, c]) => BrowserWindow.getAllWindows()[0]!.webContents.send(channel, c), [EVENT_CHANNELS.menu, command] as const);
  await send('open-sessions');
  await expect(page.getByTestId('nav-sessions')).toHaveAttribute('aria-current', 'page');
  await send('new-session');
  await expect(page.getByTestId('nav-sessions')).not.toHaveAttribute('aria-current', 'page');
});
