import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../knowledge/contract/session';
import { startTestUiServer, type TestUiServer } from '../../support/ui-server';

/**
 * Browser mode answers every request while a heavy one runs: a PDF of a huge session, a diagnosis
 * and a paste matched against the catalogue are laid out in a worker thread, not on the server's
 * event loop. Measured, not timed: how many quick requests were answered while the heavy one ran,
 * and the longest the event loop was held, against the heavy request's own duration.
 */

let ui: TestUiServer;
const at = '2026-11-20T10:15:01.123Z';

/** A session with 400 check results and 1,000 log signatures: its PDF takes a while to lay out. */
function hugeSession(id: string): Session {
  const signature = { id: 's', title: 'Signature', meaning: 'what it means', supports: [], count: 1, file: 'atlassian-jira.log', line: 1, samples: ['2026-11-20 10:15:01,123 ERROR a sample line'] };
  return {
    schemaVersion: 1, id, name: 'Huge', createdAt: at, updatedAt: at, knowledgeVersion: '2026.11.0',
    answers: [{ fact: 'symptom', value: 'mail-oauth', source: { kind: 'user' }, at }, { fact: 'jvm.args', value: '-Dx=y '.repeat(50_000), source: { kind: 'user' }, at }],
    unknown: [],
    checks: {
      facts: {}, startedAt: at, finishedAt: at,
      evidence: Array.from({ length: 400 }, (_, i) => ({
        check: 'mail', title: `Check ${i}`, startedAt: at, durationMs: 5, outcome: 'failed' as const, exchanges: [], concluded: [],
        problem: { code: 'other', message: `problem ${i}`, advice: 'advice' }, notes: Array.from({ length: 30 }, (_, j) => `note ${j}`),
      })),
    },
    scan: {
      schemaVersion: 1, startedAt: at, finishedAt: at, cancelled: false, bytesRead: 10, facts: {}, factSources: {},
      signatures: Array.from({ length: 1_000 }, (_, i) => ({ ...signature, id: `s${i}`, title: `Signature ${i}` })),
      authentication: [], ldapServers: [], nodes: [], versions: {}, files: [],
    },
  };
}

beforeAll(async () => {
  ui = await startTestUiServer('heavy', { 'index.html': '<!doctype html><title>jira-doctor</title>' });
});
afterAll(() => ui.close());

const api = (channel: string, body: unknown) => ui.api(channel, body);

describe('heavy work off the request path', () => {
  it('answers other requests while a PDF of a huge session is laid out', { timeout: 240_000 }, async () => {
    const created = JSON.parse((await api('sessions.create', { name: 'Huge' })).body) as { value: { id: string } };
    expect((await api('sessions.save', { session: hugeSession(created.value.id) })).status).toBe(200);
    // The workers start on first use: warm one up, so the measurement is of the work, not of a start.
    expect((await api('engine.matchErrorText', { text: 'AADSTS7000215: Invalid client secret provided.' })).status).toBe(200);

    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const started = performance.now();
    let finished: number | undefined;
    const heavy = api('report.render', { sessionId: created.value.id, format: 'pdf' }).then((reply) => {
      finished = performance.now();
      return reply;
    });
    const answeredMeanwhile: number[] = [];
    while (finished === undefined) {
      const reply = await api('app.info', {});
      expect(reply.status).toBe(200);
      if (finished === undefined) answeredMeanwhile.push(performance.now() - started);
    }
    loop.disable();
    const report = await heavy;
    expect(report.status).toBe(200);
    expect(Buffer.from((JSON.parse(report.body) as { value: { base64: string } }).value.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    const heavyMs = finished - started;
    const longestHoldMs = loop.max / 1e6;
    console.log(`report.render took ${Math.round(heavyMs)} ms; ${answeredMeanwhile.length} other requests answered meanwhile; the event loop was held at most ${Math.round(longestHoldMs)} ms`);
    // On the event loop, the PDF held it for its whole duration and nothing else was answered.
    expect(answeredMeanwhile.length).toBeGreaterThanOrEqual(5);
    expect(longestHoldMs).toBeLessThan(heavyMs / 4);
  });

  it('keeps the answers of a diagnosis and a match, and their refusals, as they were', async () => {
    const bad = JSON.parse((await api('engine.diagnose', { facts: { 'ldap.servers': -1 } })).body) as { ok: boolean; error: { code: string; problems: unknown[] } };
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('bad-request');
    expect(bad.error.problems.length).toBeGreaterThan(0);
    const good = JSON.parse((await api('engine.diagnose', { facts: { symptom: 'mail-oauth' }, today: '2026-11-23' })).body) as { ok: boolean; value: { causes: unknown[] } };
    expect(good.ok).toBe(true);
    expect(good.value.causes.length).toBeGreaterThan(0);
    const matched = JSON.parse((await api('engine.matchErrorText', { text: 'javax.mail.AuthenticationFailedException: AUTHENTICATE failed.' })).body) as { value: { matches: unknown[] } };
    expect(matched.value.matches.length).toBeGreaterThan(0);
  });
});
