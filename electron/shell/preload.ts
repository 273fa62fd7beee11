import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { createBridge } from '../api/client';
import type { ScanProgress } from '../../knowledge/contract/scan';
import type { CheckEvent, JiraDoctorBridge } from '../api/contract';
import { DROPPED_PATHS_CHANNEL, EVENT_CHANNELS, MENU_COMMANDS, pageLanguage, REDACT_PATH_CHANNEL, SCAN_PATHS_CHANNEL, type Envelope, type MenuCommand } from '../api/wire';
import { droppedPaths } from './dropped-files';

/**
 * The desktop app's preload (sandboxed, context-isolated): exposes `window.jiraDoctor`, one
 * function per capability of the contract, each bound to its fixed IPC channel. Nothing else of
 * Electron or Node reaches the page. The page turns it into the API with `connectApi()`.
 */

function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, handler);
  return () => ipcRenderer.removeListener(channel, handler);
}

const isMenuCommand = (value: unknown): value is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(value);
const isScanProgress = (value: unknown): value is ScanProgress => typeof value === 'object' && value !== null && 'bytesDone' in value && 'bytesTotal' in value;
const isCheckEvent = (value: unknown): value is CheckEvent => typeof value === 'object' && value !== null && 'runId' in value && 'type' in value;

/**
 * The main process reads by path only the files the admin handed over. A drop is seen here first
 * (capture phase, before any of the page's listeners), and its paths reported; the page's request
 * to scan them waits until the main process has them.
 */
let dropsReported: Promise<unknown> = Promise.resolve();
window.addEventListener(
  'drop',
  (event) => {
    const paths = droppedPaths(event, (file) => webUtils.getPathForFile(file));
    if (paths.length) dropsReported = ipcRenderer.invoke(DROPPED_PATHS_CHANNEL, { paths }, pageLanguage());
  },
  true,
);
const afterDrops = () => dropsReported.catch(() => undefined);

export const bridge = createBridge({
  // Each call carries the page's language after the request (electron/shell/ipc.ts answers in it).
  call: (channel, request) => ipcRenderer.invoke(channel, request, pageLanguage()) as Promise<Envelope<unknown>>,
  onCheckEvent: (listener) => subscribe(EVENT_CHANNELS.checks, isCheckEvent, listener),
  onMenuCommand: (listener) => subscribe(EVENT_CHANNELS.menu, isMenuCommand, listener),
  onScanProgress: (listener) => subscribe(EVENT_CHANNELS.scan, isScanProgress, listener),
  scanFiles: async (files) => {
    await afterDrops();
    return (await ipcRenderer.invoke(SCAN_PATHS_CHANNEL, { paths: files.map((file) => webUtils.getPathForFile(file)) }, pageLanguage())) as Envelope<never>;
  },
  redactFile: async (file, options) => {
    await afterDrops();
    return (await ipcRenderer.invoke(REDACT_PATH_CHANNEL, { path: webUtils.getPathForFile(file), pseudonymize: options.pseudonymize === true }, pageLanguage())) as Envelope<never>;
  },
}) satisfies JiraDoctorBridge;

contextBridge.exposeInMainWorld('jiraDoctor', bridge);
