import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of Electron the shell uses, recording what the shell asked for. The
 * tests replace 'electron' with it (`vi.mock`), drive the events Electron would send, and check the
 * shell's answers. One instance, reset before each test.
 */

export class FakeFrame {
  constructor(public url: string) {}
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  id = FakeWebContents.nextId++;
  mainFrame = new FakeFrame('app://jira-doctor/index.html');
  sent: [string, unknown][] = [];
  windowOpenHandler?: (details: { url: string }) => { action: string };
  destroyed = false;
  send(channel: string, value: unknown) {
    this.sent.push([channel, value]);
  }
  isDestroyed() {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loaded?: string;
  focused = false;
  maximized = false;
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 };
  constructor(public options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string) {
    this.loaded = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    this.focused = true;
  }
  show() {}
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return this.normalBounds;
  }
}

class FakeApp extends EventEmitter {
  lock = true;
  quitCalled = false;
  sandboxEnabled = false;
  paths: Record<string, string> = {};
  appPath = '';
  isPackaged = false;
  requestSingleInstanceLock() {
    return this.lock;
  }
  quit() {
    this.quitCalled = true;
  }
  enableSandbox() {
    this.sandboxEnabled = true;
  }
  setPath(name: string, value: string) {
    this.paths[name] = value;
  }
  getPath(name: string) {
    return this.paths[name] ?? '/nonexistent';
  }
  getAppPath() {
    return this.appPath;
  }
  getVersion() {
    return '0.0.0-test';
  }
  /** The system's language, as Electron reports it. */
  locale = 'ja-JP';
  getLocale() {
    return this.locale;
  }
  whenReady() {
    return Promise.resolve();
  }
}

function createFake() {
  const handlers = new Map<string, (event: unknown, request: unknown) => unknown>();
  type Callback<T> = (value: T) => void;
  type FakeSession = {
    permissionRequest?: (contents: unknown, permission: string, callback: Callback<boolean>) => void;
    permissionCheck?: () => boolean;
    deviceCheck?: () => boolean;
    beforeRequest?: { filter: { urls: string[] }; listener: (details: unknown, callback: Callback<{ cancel: boolean }>) => void };
    setPermissionRequestHandler(h: FakeSession['permissionRequest']): void;
    setPermissionCheckHandler(h: FakeSession['permissionCheck']): void;
    setDevicePermissionHandler(h: FakeSession['deviceCheck']): void;
    webRequest: { onBeforeRequest(filter: { urls: string[] }, listener: NonNullable<FakeSession['beforeRequest']>['listener']): void };
  };
  const session: FakeSession = {
    setPermissionRequestHandler(h) {
      session.permissionRequest = h;
    },
    setPermissionCheckHandler(h) {
      session.permissionCheck = h;
    },
    setDevicePermissionHandler(h) {
      session.deviceCheck = h;
    },
    webRequest: {
      onBeforeRequest(filter, listener) {
        session.beforeRequest = { filter, listener };
      },
    },
  };
  const fake = {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers,
      handle: (channel: string, handler: (event: unknown, request: unknown) => unknown) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, handler);
      },
      on: vi.fn(),
    },
    protocol: {
      privileged: [] as unknown[],
      handled: new Map<string, (request: Request) => Promise<Response>>(),
      registerSchemesAsPrivileged(schemes: unknown[]) {
        this.privileged.push(...schemes);
      },
      handle(scheme: string, handler: (request: Request) => Promise<Response>) {
        this.handled.set(scheme, handler);
      },
    },
    session: { defaultSession: session },
    Menu: { template: undefined as unknown, buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showOpenDialog: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => false,
      getSelectedStorageBackend: () => 'basic_text',
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
  };
  return fake;
}

export const electron = createFake();

/** Back to a fresh start. The objects stay the same (the mocked module holds them); their state goes. */
export function resetElectron(): void {
  const fresh = createFake();
  electron.app.removeAllListeners();
  Object.assign(electron.app, fresh.app);
  electron.ipcMain.handlers.clear();
  electron.protocol.privileged = [];
  electron.protocol.handled.clear();
  Object.assign(electron.session.defaultSession, { permissionRequest: undefined, permissionCheck: undefined, deviceCheck: undefined, beforeRequest: undefined });
  electron.Menu.setApplicationMenu.mockClear();
  electron.shell.openExternal.mockClear();
  electron.dialog.showOpenDialog.mockClear();
  FakeBrowserWindow.created = [];
}

/** The module shape `vi.mock('electron', …)` returns: named exports and a default, as Electron has. */
export function electronModule() {
  const { app, BrowserWindow, ipcMain, protocol, session, Menu, screen, shell, dialog, safeStorage } = electron;
  const named = { app, BrowserWindow, ipcMain, protocol, session, Menu, screen, shell, dialog, safeStorage };
  return { ...named, default: named };
}
