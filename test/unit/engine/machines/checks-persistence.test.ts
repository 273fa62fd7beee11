import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromCallback, fromPromise, waitFor } from 'xstate';
import type { Evidence } from '../../../../knowledge/contract/checks';
import type { Session } from '../../../../knowledge/contract/session';
import type { ChecksEvent, RunChecksInput } from '../../../../knowledge/engine/machines/checks';
import { checksMachine } from '../../../../knowledge/engine/machines/checks';
import { persistenceMachine, SAVE_DELAY_MS } from '../../../../knowledge/engine/machines/persistence';

const evidence: Evidence = {
  check: 'versions',
  title: 'Versions',
  startedAt: '2026-11-23T04:00:00.000Z',
  durationMs: 12,
  outcome: 'ok',
  exchanges: [],
  concluded: [
    { fact: 'jira.version', value: '9.12.4', why: 'serverInfo reports 9.12.4' },
    { fact: 'jsm.version', value: '5.12.4', why: 'servicedeskapi/info reports 5.12.4' },
  ],
  notes: [],
};

describe('checks machine', () => {
  it('runs the injected checks and turns each conclusion into a FACTS_FOUND with its reason', async () => {
    const seenInput: RunChecksInput[] = [];
    const runChecks = fromCallback<ChecksEvent, RunChecksInput>(({ sendBack, input }) => {
      seenInput.push(input);
      sendBack({ type: 'CHECK.STARTED', check: 'versions', title: 'Versions' });
      sendBack({ type: 'CHECK.EVIDENCE', evidence });
      sendBack({ type: 'CHECKS.DONE', report: { facts: {}, evidence: [evidence], startedAt: 'a', finishedAt: 'b' } });
    });
    const actor = createActor(checksMachine.provide({ actors: { runChecks } })).start();
    const found: unknown[] = [];
    actor.on('FACTS_FOUND', (event) => found.push(event));
    actor.send({ type: 'RUN', settings: { baseUrl: 'https://jira.example.com' }, checks: ['versions'] });
    await waitFor(actor, (s) => s.matches('done'));
    expect(seenInput).toEqual([{ settings: { baseUrl: 'https://jira.example.com' }, checks: ['versions'] }]);
    expect(found).toEqual([
      { type: 'FACTS_FOUND', facts: { 'jira.version': '9.12.4' }, source: { kind: 'check', check: 'versions', why: 'serverInfo reports 9.12.4' }, at: evidence.startedAt },
      { type: 'FACTS_FOUND', facts: { 'jsm.version': '5.12.4' }, source: { kind: 'check', check: 'versions', why: 'servicedeskapi/info reports 5.12.4' }, at: evidence.startedAt },
    ]);
    expect(actor.getSnapshot().context).toMatchObject({ evidence: [evidence], running: [] });
  });

  it('does not run without settings, and says so when no runner is connected', async () => {
    const actor = createActor(checksMachine).start();
    actor.send({ type: 'RUN' });
    expect(actor.getSnapshot().value).toBe('idle');
    actor.send({ type: 'RUN', settings: { baseUrl: 'https://jira.example.com' } });
    await waitFor(actor, (s) => s.matches('failed'));
    expect(actor.getSnapshot().context.error).toBe('No check runner is connected to this window.');
  });

  it('CANCEL stops the runner', () => {
    let stopped = false;
    const runChecks = fromCallback<ChecksEvent, RunChecksInput>(() => () => {
      stopped = true;
    });
    const actor = createActor(checksMachine.provide({ actors: { runChecks } })).start();
    actor.send({ type: 'CONFIGURE', settings: { baseUrl: 'x' } });
    actor.send({ type: 'RUN' });
    expect(actor.getSnapshot().value).toBe('running');
    actor.send({ type: 'CANCEL' });
    expect(actor.getSnapshot().value).toBe('idle');
    expect(stopped).toBe(true);
  });
});

const session = (name: string): Session => ({
  schemaVersion: 1,
  id: 's1',
  name,
  createdAt: '2026-11-23T04:00:00.000Z',
  updatedAt: '2026-11-23T04:00:00.000Z',
  knowledgeVersion: '2026.11.0',
  answers: [],
  unknown: [],
});

describe('persistence machine', () => {
  afterEach(() => vi.useRealTimers());

  function persisting(save: (session: Session) => Promise<void>) {
    const saveSession = fromPromise<void, { session: Session }>(({ input }) => save(input.session));
    return createActor(persistenceMachine.provide({ actors: { saveSession } })).start();
  }

  it('saves once after a quiet period, with the latest session', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const actor = persisting((s) => {
      saved.push(s.name);
      return Promise.resolve();
    });
    actor.send({ type: 'CHANGED', session: session('a') });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 2);
    actor.send({ type: 'CHANGED', session: session('b') });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 2);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saved).toEqual(['b']);
    expect(actor.getSnapshot().value).toBe('idle');
    expect(actor.getSnapshot().context.pending).toBeUndefined();
    expect(actor.getSnapshot().context.lastSavedAt).toBeDefined();
  });

  it('SAVE_NOW saves at once', async () => {
    const saved: string[] = [];
    const actor = persisting((s) => {
      saved.push(s.name);
      return Promise.resolve();
    });
    actor.send({ type: 'CHANGED', session: session('now') });
    actor.send({ type: 'SAVE_NOW' });
    await waitFor(actor, (s) => s.matches('idle'));
    expect(saved).toEqual(['now']);
  });

  it('keeps a session that failed to save, says why, and saves it on the next try', async () => {
    let fail = true;
    const saved: string[] = [];
    const actor = persisting((s) => {
      if (fail) return Promise.reject(new Error('disk full'));
      saved.push(s.name);
      return Promise.resolve();
    });
    actor.send({ type: 'CHANGED', session: session('precious') });
    actor.send({ type: 'SAVE_NOW' });
    await waitFor(actor, (s) => s.context.error !== undefined);
    expect(actor.getSnapshot().context).toMatchObject({ error: 'disk full', pending: { name: 'precious' } });
    fail = false;
    actor.send({ type: 'SAVE_NOW' });
    await waitFor(actor, (s) => s.context.error === undefined && s.matches('idle'));
    expect(saved).toEqual(['precious']);
  });

  it('a change made while saving is saved afterwards', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    let release: () => void = () => {};
    const actor = persisting((s) => {
      saved.push(s.name);
      return s.name === 'first' ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    });
    actor.send({ type: 'CHANGED', session: session('first') });
    actor.send({ type: 'SAVE_NOW' });
    actor.send({ type: 'CHANGED', session: session('second') });
    release();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(saved).toEqual(['first', 'second']);
  });
});
