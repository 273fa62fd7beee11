import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capability, type Channel } from '../../../electron/api/contract';
import { assembleServices } from '../../../electron/services/assemble';

/**
 * The services answer what the contract promises: each response parses with its capability's
 * response schema (the renderer relies on those types without checking them again).
 */

let dir: string;
let services: ReturnType<typeof assembleServices>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-contract-'));
  services = assembleServices({ mode: 'browser', appVersion: '0.0.0', dataDir: dir });
});
afterAll(async () => {
  services.close();
  await rm(dir, { recursive: true, force: true });
});

async function answer(channel: Channel, request: unknown): Promise<unknown> {
  const envelope = await services.dispatch(channel, request);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  const parsed = capability(channel).response.safeParse(envelope.value);
  expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), channel).toEqual([]);
  return envelope.value;
}

describe('every response fits the contract', () => {
  it('for the app and the engine', async () => {
    await answer('app.info', {});
    await answer('engine.knowledge', {});
    await answer('engine.diagnose', { facts: { symptom: 'mail-oauth', 'mail.protocol': 'pop', 'jira.version': '8.5.3' }, today: '2026-11-23' });
    await answer('engine.diagnose', { facts: {} });
    await answer('engine.matchErrorText', { text: 'AADSTS700016: Application not found' });
    await answer('source.get', { article: '002', section: 'Form token checking' });
  });

  it('for sessions, from creation to deletion', async () => {
    const session = (await answer('sessions.create', { name: 'contract' })) as { id: string };
    await answer('sessions.save', { session: { ...session, answers: [{ fact: 'symptom', value: 'rest-sso', source: { kind: 'user' }, at: '2026-11-23T04:00:00Z' }] } });
    await answer('sessions.update', { id: session.id, changes: { unknown: ['jira.version'] } });
    await answer('sessions.list', {});
    await answer('sessions.get', { id: session.id });
    await answer('sessions.rename', { id: session.id, name: 'renamed' });
    const exported = (await answer('sessions.export', { id: session.id })) as { content: string };
    await answer('sessions.import', { content: exported.content });
    await answer('report.render', { sessionId: session.id, format: 'json' });
    await answer('sessions.delete', { id: session.id });
  });

  it('for a check run and its events', async () => {
    const events: unknown[] = [];
    const stop = services.onCheckEvent((e) => events.push(e));
    const { runId } = (await answer('checks.start', { settings: { baseUrl: 'http://127.0.0.1:9', checks: ['versions', 'cluster'], timeoutMs: 1000 } })) as { runId: string };
    await expect.poll(async () => ((await answer('checks.status', { runId })) as { state: string }).state, { timeout: 15_000 }).toBe('done');
    stop();
    expect(await answer('checks.cancel', { runId })).toEqual({ cancelled: false });
    expect(events.length).toBeGreaterThan(2);
  });
});
