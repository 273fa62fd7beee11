import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../electron/api/contract';
import { DROPPED_PATHS_CHANNEL, EVENT_CHANNELS, REDACT_PATH_CHANNEL, SCAN_PATHS_CHANNEL } from '../../../electron/api/wire';
import type { FakeBrowserWindow as Window } from './fake-electron';

// Created before any module is loaded, so the mocked 'electron' and the tests share one instance
// even after `vi.resetModules()` (each test starts the main process afresh).
const { FakeBrowserWindow, FakeFrame, FakeWebContents, electron, resetElectron, electronModule } = await vi.hoisted(() => import('./fake-electron'));
vi.mock('electron', () => electronModule());
const root = join(import.meta.dirname, '../../..');
let dataDir: string;

/** Runs the main process module afresh, as a new start of the app, and lets whenReady settle. */
async function startMain(): Promise<Window | undefined> {
  vi.resetModules();
  await import('../../../electron/shell/main');
  await new Promise((resolve) => setTimeout(resolve, 20));
  return FakeBrowserWindow.created.at(-1);
}

beforeEach(async () => {
  resetElectron();
  electron.app.appPath = root;
  dataDir = await mkdtemp(join(tmpdir(), 'jira-doctor-shell-'));
  vi.stubEnv('JIRA_DOCTOR_DATA_DIR', dataDir);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the main process', () => {
  it('runs once: a second start hands over to the first and quits', async () => {
    electron.app.lock = false;
    const window = await startMain();
    expect(electron.app.quitCalled).toBe(true);
    expect(window).toBeUndefined();
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('brings the open window to the front when a second start is attempted', async () => {
    const window = (await startMain())!;
    electron.app.emit('second-instance');
    expect(window.focused).toBe(true);
  });

  it('opens one sandboxed, context-isolated window on the app:// page, never a dev server', async () => {
    const window = (await startMain())!;
    expect(electron.app.sandboxEnabled).toBe(true);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: join(root, 'dist', 'electron', 'preload.cjs'),
    });
    expect(window.loaded).toBe('app://jira-doctor/index.html');
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect([...electron.protocol.handled.keys()]).toEqual(['app']);
    expect(electron.app.paths.userData).toBe(dataDir);
  });

  it('serves the UI files with the strict CSP over app://', async () => {
    await startMain();
    const reply = await electron.protocol.handled.get('app')!(new Request('app://jira-doctor/index.html'));
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'none'");
    const elsewhere = await electron.protocol.handled.get('app')!(new Request('app://other-host/index.html'));
    expect(elsewhere.status).toBe(404);
  });

  it('denies every permission and every request to the network', async () => {
    await startMain();
    const s = electron.session.defaultSession;
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) s.permissionRequest!(undefined, permission, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false]);
    expect(s.permissionCheck!()).toBe(false);
    expect(s.deviceCheck!()).toBe(false);
    expect(s.beforeRequest!.filter.urls).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
    let cancelled: boolean | undefined;
    s.beforeRequest!.listener({ url: 'https://example.com/' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
  });

  it('hardens every web contents that gets created', async () => {
    await startMain();
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('handles each capability of the contract on its own channel, and nothing else', async () => {
    await startMain();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...channels(), SCAN_PATHS_CHANNEL, REDACT_PATH_CHANNEL, DROPPED_PATHS_CHANNEL].sort());
  });

  it('scans by path only the files the admin dropped on the window or picked in its dialog', async () => {
    const window = (await startMain())!;
    const from = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const [dropped, picked, secret] = ['atlassian-jira.log', 'catalina.out', 'credentials.xml'].map((name) => join(dataDir, name));
    for (const path of [dropped!, picked!, secret!]) await writeFile(path, '2026-11-20 10:15:01,123 INFO nothing to see\n');
    const scan = (paths: string[]) => electron.ipcMain.handlers.get(SCAN_PATHS_CHANNEL)!(from, { paths }) as Promise<{ ok: boolean; error?: { code: string; message: string } }>;

    const refused = await scan([secret!]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(refused.error!.message).toContain('drop it again, or choose it');
    expect(await electron.ipcMain.handlers.get(REDACT_PATH_CHANNEL)!(from, { path: secret })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    expect(await electron.ipcMain.handlers.get(DROPPED_PATHS_CHANNEL)!(from, { paths: [dropped] })).toEqual({ ok: true, value: { granted: 1 } });
    expect(await scan([dropped!])).toMatchObject({ ok: true });
    expect(await scan([dropped!, secret!])).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [picked] });
    expect(await electron.ipcMain.handlers.get('scan.choose')!(from, {})).toMatchObject({ ok: true, value: { cancelled: false } });
    expect(await scan([picked!])).toMatchObject({ ok: true });
  });

  it('takes dropped paths only from the window itself', async () => {
    const window = (await startMain())!;
    const stranger = new FakeWebContents();
    expect(await electron.ipcMain.handlers.get(DROPPED_PATHS_CHANNEL)!({ sender: stranger, senderFrame: stranger.mainFrame }, { paths: ['/etc/passwd'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const from = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    expect(await electron.ipcMain.handlers.get(SCAN_PATHS_CHANNEL)!(from, { paths: ['/etc/passwd'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers the window and refuses any other sender', async () => {
    const window = (await startMain())!;
    const info = electron.ipcMain.handlers.get('app.info')!;
    const trusted = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    // The UI's first language is the system's, as Electron reports it.
    expect(await info(trusted, {})).toMatchObject({ ok: true, value: { mode: 'electron', version: '0.0.0-test', locale: 'ja-JP' } });

    const stranger = new FakeWebContents();
    const refused = { ok: false, error: { code: 'forbidden', message: 'This request did not come from the jira-doctor window.' } };
    expect(await info({ sender: stranger, senderFrame: stranger.mainFrame }, {})).toEqual(refused);
    expect(await info({ sender: window.webContents, senderFrame: new FakeFrame('app://jira-doctor/index.html') }, {})).toEqual(refused);
    window.webContents.mainFrame.url = 'https://evil.example/';
    expect(await info(trusted, {})).toEqual(refused);
  });

  it('validates requests that come over IPC like any other', async () => {
    const window = (await startMain())!;
    const rename = electron.ipcMain.handlers.get('sessions.rename')!;
    const reply = (await rename({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, { id: 42 })) as { ok: boolean; error: { code: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('bad-request');
  });

  it('sends menu commands to the page', async () => {
    const window = (await startMain())!;
    const template = vi.mocked(electron.Menu.setApplicationMenu).mock.calls[0]![0] as unknown as { label?: string; submenu?: { label?: string; accelerator?: string; click?: () => void }[] }[];
    const newDiagnosis = template.flatMap((m) => m.submenu ?? []).find((item) => item.accelerator === 'CmdOrCtrl+N')!;
    newDiagnosis.click!();
    expect(window.webContents.sent).toContainEqual([EVENT_CHANNELS.menu, 'new-session']);
  });

  it('remembers the window size and position for the next start', async () => {
    const first = (await startMain())!;
    first.normalBounds = { x: 120, y: 80, width: 1111, height: 777 };
    first.maximized = true;
    first.emit('close');
    expect(JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8'))).toMatchObject({ window: { bounds: first.normalBounds, maximized: true } });

    resetElectron();
    electron.app.appPath = root;
    const second = (await startMain())!;
    expect(second.options).toMatchObject({ x: 120, y: 80, width: 1111, height: 777 });
    expect(second.maximized).toBe(true);
  });
});
