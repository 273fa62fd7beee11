import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { createBridge } from '../api/client';
import type { ScanProgress } from '../../knowledge/contract/scan';
import type { CheckEvent, JiraDoctorBridge } from '../api/contract';
import { EVENT_CHANNELS, MENU_COMMANDS, REDACT_PATH_CHANNEL, SCAN_PATHS_CHANNEL, type Envelope, type MenuCommand } from '../api/wire';

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

export const bridge = createBridge({
  call: (channel, request) => ipcRenderer.invoke(channel, request) as Promise<Envelope<unknown>>,
  onCheckEvent: (listener) => subscribe(EVENT_CHANNELS.checks, isCheckEvent, listener),
  onMenuCommand: (listener) => subscribe(EVENT_CHANNELS.menu, isMenuCommand, listener),
  onScanProgress: (listener) => subscribe(EVENT_CHANNELS.scan, isScanProgress, listener),
  scanFiles: (files) => ipcRenderer.invoke(SCAN_PATHS_CHANNEL, { paths: files.map((file) => webUtils.getPathForFile(file)) }) as Promise<Envelope<never>>,
  redactFile: (file, options) => ipcRenderer.invoke(REDACT_PATH_CHANNEL, { path: webUtils.getPathForFile(file), pseudonymize: options.pseudonymize === true }) as Promise<Envelope<never>>,
}) satisfies JiraDoctorBridge;

contextBridge.exposeInMainWorld('jiraDoctor', bridge);
