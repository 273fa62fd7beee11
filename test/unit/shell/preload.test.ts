import { describe, expect, it, vi } from 'vitest';
import { apiFromBridge } from '../../../electron/api/client';
import { ApiError, channels, type JiraDoctorBridge } from '../../../electron/api/contract';
import { DROPPED_PATHS_CHANNEL, EVENT_CHANNELS, REDACT_PATH_CHANNEL, SCAN_PATHS_CHANNEL } from '../../../electron/api/wire';
import type { DropLike } from '../../../electron/shell/dropped-files';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, value: unknown) => void>>();
  const reply: { current: unknown } = { current: { ok: true, value: 'answer' } };
  return {
    exposed: [] as [string, unknown][],
    invoked: [] as [string, unknown, unknown][],
    listeners,
    reply,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.push([key, api]) },
    ipcRenderer: {
      invoke: (channel: string, request: unknown, language: unknown) => {
        electron.invoked.push([channel, request, language]);
        return Promise.resolve(electron.reply.current);
      },
      on: (channel: string, listener: (event: unknown, value: unknown) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      },
      removeListener: (channel: string, listener: (event: unknown, value: unknown) => void) => listeners.get(channel)?.delete(listener),
    },
    webUtils: { getPathForFile: (file: { name: string }) => `/home/admin/logs/${file.name}` },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer, webUtils: electron.webUtils }));
/** The window the preload listens on: what it registered, to be driven as the browser would. */
const page = vi.hoisted(() => ({ listeners: [] as { type: string; listener: (event: unknown) => void; capture: unknown }[] }));
vi.stubGlobal('window', { addEventListener: (type: string, listener: (event: unknown) => void, capture: unknown) => page.listeners.push({ type, listener, capture }) });
/** The page's language, as the UI's language switch keeps it on <html lang>. */
const html = { lang: 'ja' };
vi.stubGlobal('document', { documentElement: html });
const drop = (event: DropLike) => page.listeners.filter((l) => l.type === 'drop').forEach((l) => l.listener(event));
const files = (...names: string[]) => ({ files: names.map((name) => ({ name }) as File) });

await import('../../../electron/shell/preload');
const [[key, bridge]] = electron.exposed as [[string, JiraDoctorBridge]];

/** "group.action" for every function of the exposed object. */
function leaves(object: object, prefix = ''): string[] {
  return Object.entries(object).flatMap(([name, value]) =>
    typeof value === 'function' ? [`${prefix}${name}`] : leaves(value as object, `${prefix}${name}.`),
  );
}

describe('the preload', () => {
  it('exposes one object, window.jiraDoctor, and nothing else', () => {
    expect(electron.exposed).toHaveLength(1);
    expect(key).toBe('jiraDoctor');
  });

  it('exposes exactly the capabilities of the contract, plus the event subscriptions, file scan and redacted copy', () => {
    expect(leaves(bridge).sort()).toEqual([...channels(), 'app.onMenuCommand', 'checks.onEvent', 'redact.file', 'scan.files', 'scan.onProgress'].sort());
  });

  it('sends each call on its own fixed channel, with no way to name another', async () => {
    for (const channel of channels()) {
      const [group, action] = channel.split('.') as [keyof JiraDoctorBridge, string];
      const call = (bridge[group] as unknown as Record<string, (r: unknown) => Promise<unknown>>)[action]!;
      electron.invoked.length = 0;
      await call({ probe: channel });
      expect(electron.invoked).toEqual([[channel, { probe: channel }, 'ja']]);
    }
  });

  it("says the page's language with every call, as it is at the moment of the call", async () => {
    electron.invoked.length = 0;
    await bridge.sessions.list({});
    html.lang = 'en';
    await bridge.sessions.list({});
    html.lang = 'ja';
    expect(electron.invoked.map(([, , language]) => language)).toEqual(['ja', 'en']);
  });

  it('turns dropped files into their paths for the scan', async () => {
    electron.invoked.length = 0;
    await bridge.scan.files([{ name: 'atlassian-jira.log' } as File]);
    expect(electron.invoked).toEqual([[SCAN_PATHS_CHANNEL, { paths: ['/home/admin/logs/atlassian-jira.log'] }, 'ja']]);
  });

  it('reports the paths of a drop the browser made, before any of the page\'s listeners and before the scan asks for them', async () => {
    expect(page.listeners.filter((l) => l.type === 'drop').map((l) => l.capture)).toEqual([true]);
    electron.invoked.length = 0;
    drop({ isTrusted: true, dataTransfer: files('atlassian-jira.log', 'support.zip') });
    await bridge.scan.files([{ name: 'atlassian-jira.log' } as File]);
    expect(electron.invoked.map(([channel]) => channel)).toEqual([DROPPED_PATHS_CHANNEL, SCAN_PATHS_CHANNEL]);
    expect(electron.invoked[0]![1]).toEqual({ paths: ['/home/admin/logs/atlassian-jira.log', '/home/admin/logs/support.zip'] });
  });

  it('reports nothing for a drop the page\'s script dispatched, or one without files', () => {
    electron.invoked.length = 0;
    drop({ isTrusted: false, dataTransfer: files('id_rsa') });
    drop({ isTrusted: true, dataTransfer: null });
    drop({ isTrusted: true, dataTransfer: files() });
    expect(electron.invoked).toEqual([]);
  });

  it('turns an added file into its path for the redacted copy', async () => {
    electron.invoked.length = 0;
    await bridge.redact.file({ name: 'mail-setup.har' } as File, { pseudonymize: true });
    expect(electron.invoked).toEqual([[REDACT_PATH_CHANNEL, { path: '/home/admin/logs/mail-setup.har', pseudonymize: true }, 'ja']]);
  });

  it('passes on check events and menu commands, and stops when unsubscribed', () => {
    const seen: unknown[] = [];
    const stop = bridge.checks.onEvent((e) => seen.push(e));
    const stopMenu = bridge.app.onMenuCommand((c) => seen.push(c));
    const emit = (channel: string, value: unknown) => electron.listeners.get(channel)?.forEach((l) => l({}, value));
    emit(EVENT_CHANNELS.checks, { type: 'failed', runId: 'r1', message: 'x' });
    emit(EVENT_CHANNELS.menu, 'new-session');
    emit(EVENT_CHANNELS.menu, 'rm -rf');
    stop();
    stopMenu();
    emit(EVENT_CHANNELS.checks, { type: 'failed', runId: 'r2', message: 'y' });
    expect(seen).toEqual([{ type: 'failed', runId: 'r1', message: 'x' }, 'new-session']);
  });
});

describe('the page side of the bridge', () => {
  it('rejects with ApiError carrying the code and the fields to correct', async () => {
    const api = apiFromBridge(bridge);
    electron.reply.current = { ok: false, error: { code: 'bad-request', message: 'fix the URL', problems: [{ field: 'baseUrl', message: 'needs a scheme' }] } };
    const error = (await api.checks.start({ settings: { baseUrl: 'jira' } }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.code, error.message, error.problems]).toEqual(['bad-request', 'fix the URL', [{ field: 'baseUrl', message: 'needs a scheme' }]]);
    electron.reply.current = { ok: true, value: { sessions: [] } };
    expect(await api.sessions.list()).toEqual({ sessions: [] });
  });
});
