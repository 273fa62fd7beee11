import { describe, expect, it } from 'vitest';
import type { CheckEvent } from '../../../electron/api/contract';
import type { Evidence } from '../../../knowledge';
import { finishedEvidence, reduceRun, type RunState } from '../../../renderer/checks/run-state';

const evidence = (check: Evidence['check'], outcome: Evidence['outcome'] = 'ok'): Evidence => ({
  check,
  title: `${check} check`,
  startedAt: '2026-11-23T04:00:00.000Z',
  durationMs: 12,
  outcome,
  exchanges: [],
  concluded: check === 'versions' ? [{ fact: 'jira.version', value: '9.12.4', why: 'serverInfo says so' }] : [],
  notes: [],
});

const running: RunState = { phase: 'running', runId: 'r1', rows: [] };
const fold = (events: CheckEvent[], from: RunState = running) => events.reduce(reduceRun, from);

describe('the check run as the panel shows it', () => {
  const events: CheckEvent[] = [
    { type: 'started', runId: 'r1', check: 'versions', title: 'Versions', at: '2026-11-23T04:00:00.000Z' },
    { type: 'started', runId: 'r1', check: 'ldap', title: 'LDAP', at: '2026-11-23T04:00:00.000Z' },
    { type: 'progress', runId: 'r1', check: 'ldap', message: 'Asking server 1 of 2' },
    { type: 'finished', runId: 'r1', check: 'versions', evidence: evidence('versions') },
  ];

  it('shows each check as it starts, its latest step, and its evidence when it ends', () => {
    const state = fold(events);
    expect(state.phase).toBe('running');
    if (state.phase !== 'running') return;
    expect(state.rows.map((r) => [r.check, r.state])).toEqual([
      ['versions', 'ok'],
      ['ldap', 'running'],
    ]);
    expect(state.rows[1]?.message).toBe('Asking server 1 of 2');
    expect(finishedEvidence(state).map((e) => e.check)).toEqual(['versions']);
  });

  it('changes nothing when the catch-up status repeats events the stream already delivered', () => {
    expect(fold([...events, ...events])).toEqual(fold(events));
  });

  it('ignores events of another run', () => {
    expect(fold([{ type: 'started', runId: 'other', check: 'mail', title: 'Mail', at: '2026-11-23T04:00:00.000Z' }])).toEqual(running);
  });

  it('takes the final word from the report when the run ends (a cancelled check included)', () => {
    const state = fold([
      ...events,
      {
        type: 'done',
        runId: 'r1',
        report: { facts: { 'jira.version': '9.12.4' }, evidence: [evidence('versions'), evidence('ldap', 'cancelled')], startedAt: 'a', finishedAt: 'b' },
      },
    ]);
    expect(state.phase).toBe('done');
    if (state.phase !== 'done') return;
    expect(state.rows.map((r) => [r.check, r.state])).toEqual([
      ['versions', 'ok'],
      ['ldap', 'cancelled'],
    ]);
  });

  it('keeps what was seen when the run fails outside any check', () => {
    const state = fold([...events, { type: 'failed', runId: 'r1', message: 'disk full' }]);
    expect(state).toMatchObject({ phase: 'failed', message: 'disk full' });
    expect(finishedEvidence(state)).toHaveLength(1);
  });
});
