import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Assemble from '../../../electron/services/assemble';

/**
 * Browser mode listens and hands out its address before the services (the knowledge, the engine,
 * the API's schemas, the session store) are loaded, and serves its page without them; they load
 * when an API request first needs them, and that request waits for them.
 */

let dir: string;
const assembled: string[] = [];
/** When the services' module was first asked for (its loading takes a while under vitest's transform). */
const asked: string[] = [];

vi.mock('../../../electron/services/assemble', async (original) => {
  asked.push('services');
  const real = await original<typeof Assemble>();
  return {
    ...real,
    assembleServices: (...args: Parameters<typeof real.assembleServices>) => {
      assembled.push('services');
      return real.assembleServices(...args);
    },
  };
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-browser-start-'));
  assembled.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function api(port: number, cookie: string, channel: string): Promise<{ status: number; body: { ok: boolean; value?: Record<string, unknown> } }> {
  const reply = await fetch(`http://127.0.0.1:${port}/api/${channel}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
  return { status: reply.status, body: (await reply.json()) as { ok: boolean } };
}

describe('browser mode start', () => {
  it('has its address before the services are loaded, and the first requests wait for them instead of failing', async () => {
    const { startBrowserMode } = await import('../../../electron/server/browser-mode');
    const mode = await startBrowserMode({ port: 0, dataDir: join(dir, 'data'), appVersion: '1.2.3' });
    try {
      expect(assembled).toEqual([]);
      // The address works at once: the launch secret becomes the cookie without the services.
      const launched = await fetch(mode.launchUrl(), { redirect: 'manual' });
      expect(launched.status).toBe(303);
      const cookie = launched.headers.get('set-cookie')!.split(';')[0]!;
      // The page never waits for them: it says what the services will say of the app, whatever came first.
      const page = await (await fetch(`http://127.0.0.1:${mode.port}/`, { headers: { cookie } })).text();
      const served = JSON.parse(/<script type="application\/json" id="app-info">(.*?)<\/script>/.exec(page)![1]!) as Record<string, unknown>;
      // Nor does serving it load them: the page's browser has the machine to itself until its first API call.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(asked).toEqual([]);
      const [info, sessions] = await Promise.all([api(mode.port, cookie, 'app.info'), api(mode.port, cookie, 'sessions.list')]);
      expect(info).toMatchObject({ status: 200, body: { ok: true, value: { mode: 'browser', version: '1.2.3' } } });
      expect(info.body.value!.knowledgeVersion).toMatch(/\S/);
      const { partial: _partial, ...known } = served;
      expect(known).toEqual(info.body.value);
      expect(sessions).toMatchObject({ status: 200, body: { ok: true, value: { sessions: [] } } });
      expect(assembled).toEqual(['services']);
    } finally {
      await mode.close();
    }
  });

  it('never loads the services when stopped before they were needed', async () => {
    const { startBrowserMode } = await import('../../../electron/server/browser-mode');
    const mode = await startBrowserMode({ port: 0, dataDir: join(dir, 'data'), appVersion: '1.2.3' });
    await mode.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(assembled).toEqual([]);
  });
});
