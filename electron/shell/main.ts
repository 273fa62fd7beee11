import { basename, join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, screen, session, shell } from 'electron';
import { EVENT_CHANNELS, type MenuCommand } from '../api/wire';
import { appFiles } from '../resources/app-files';
import { assembleServices } from '../services/assemble';
import { resolveDataDir } from '../sessions/data-dir';
import type { SecretCipher } from '../sessions/credentials';
import { JsonStore, type StoreNotice } from '../sessions/json-store';
import { GrantedPaths } from './granted-paths';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { createAppProtocolHandler } from './protocol';
import { APP_SCHEME, APP_URL, hardenSession, hardenWebContents, openIfAllowed } from './security';
import { restoreBounds, type WindowState } from './window-state';

/**
 * The desktop app's main process: one window showing the renderer from app://, the services behind
 * the typed API over IPC, and nothing the page could use to leave its sandbox.
 */

const dataDir = resolveDataDir(process.argv);
app.setPath('userData', dataDir);
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  // Another window is open on the same data: it comes to the front (second-instance), this one ends.
  app.quit();
} else {
  let window: BrowserWindow | undefined;
  const notices: StoreNotice[] = [];
  const appRoot = app.getAppPath();
  // Every caller checks the link against the allow-list first (checkExternalUrl: https, known hosts):
  // the services, the window's handlers and the menu (openIfAllowed).
  const openExternal = (url: string) => shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
  const granted = new GrantedPaths();

  const cipher: SecretCipher = {
    // On Linux without a keyring safeStorage "encrypts" with a fixed key; that is not remembering safely.
    isAvailable: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
  };

  const services = assembleServices({
    mode: 'electron',
    appVersion: app.getVersion(),
    dataDir,
    cipher,
    notices,
    openExternal,
    // The UI's first choice of language (the admin can switch it in the header).
    locale: () => app.getLocale(),
    chooseFiles: async () => {
      const options = { title: 'Choose Jira log files or a support zip', properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] };
      const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      if (picked.canceled) return undefined;
      granted.grant(picked.filePaths);
      return picked.filePaths.map((path) => ({ path, name: basename(path) }));
    },
  });
  const send = (channel: string, value: unknown) => {
    if (window && !window.isDestroyed()) window.webContents.send(channel, value);
  };
  // Once the window has shown, the report machinery loads in the background for the first report.
  setTimeout(() => void services.warmReports().catch(() => undefined), 3_000).unref();
  services.onCheckEvent((event) => send(EVENT_CHANNELS.checks, event));
  services.onScanProgress((progress) => send(EVENT_CHANNELS.scan, progress));
  registerIpc(ipcMain, services, {
    trusted: () => window?.webContents,
    granted,
    saveAs: async (suggested) => {
      const options = { title: 'Save a redacted copy', defaultPath: suggested };
      const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return chosen.canceled ? undefined : chosen.filePath;
    },
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => services.close());

  const windowState = () =>
    new JsonStore({ dir: dataDir, name: 'window-state', label: 'window-state', defaults: {}, notify: (n) => notices.push(n) });

  const createWindow = () => {
    const state = windowState();
    const restored = restoreBounds(state.get('window'), screen.getAllDisplays().map((d) => d.workArea));
    // The remote module that Electronegativity's REMOTE_MODULE_JS_CHECK asks to disable left Electron in version 14.
    window = new BrowserWindow({ /* eng-disable REMOTE_MODULE_JS_CHECK */
      ...restored.bounds,
      minWidth: 720,
      minHeight: 480,
      show: false,
      title: 'jira-doctor',
      backgroundColor: '#ffffff',
      webPreferences: {
        // Electronegativity asks for a review of every preload (PRELOAD_JS_CHECK, a manual-review
        // finding, not a flaw): this one is sandboxed and context-isolated, and exposes one function
        // per capability of the contract on fixed channels, nothing of Electron or Node (preload.ts).
        preload: join(appRoot, 'dist', 'electron', 'preload.cjs'), /* eng-disable PRELOAD_JS_CHECK */
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        // A middle click would otherwise open a link in a new window past will-navigate (Electron's security checklist).
        disableBlinkFeatures: 'Auxclick',
        devTools: !app.isPackaged,
      },
    });
    if (restored.maximized) window.maximize();
    window.once('ready-to-show', () => window?.show());
    window.on('close', () => {
      if (!window) return;
      const saved: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
      state.set('window', saved);
    });
    window.on('closed', () => {
      window = undefined;
    });
    void window.loadURL(APP_URL);
  };

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(appFiles('renderer'), () => services.dispatch('app.info', {})));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          platform: process.platform,
          send: (command: MenuCommand) => send(EVENT_CHANNELS.menu, command),
          openExternal: (url) => openIfAllowed(url, openExternal),
          developer: !app.isPackaged,
        }),
      ),
    );
    createWindow();
  });
}
