import type { CheckEvent } from '../../electron/api/contract';
import type { CheckId, CheckReport, Evidence } from '../../knowledge';

/** A check's row, named in the window's own words (the catalogue's `check.<id>`), as everywhere else in the window. */
export type CheckRow = {
  check: CheckId;
  state: 'running' | Evidence['outcome'];
  /** The latest step, in plain words, while the check runs. */
  message?: string;
  evidence?: Evidence;
};

export type RunState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running' | 'done'; runId: string; rows: CheckRow[]; report?: CheckReport }
  | { phase: 'failed'; runId?: string; rows: CheckRow[]; message: string };

export const idle: RunState = { phase: 'idle' };

/**
 * Folds the events of one run into what the panel shows. Idempotent: an event seen twice (once from
 * the live stream, once from the catch-up `checks.status`) changes nothing the second time.
 */
export function reduceRun(state: RunState, event: CheckEvent): RunState {
  if (state.phase === 'idle' || state.phase === 'starting') return state;
  if ('runId' in state && state.runId !== event.runId) return state;
  const rows = state.rows;
  switch (event.type) {
    case 'started':
      if (rows.some((r) => r.check === event.check)) return state;
      return { ...state, rows: [...rows, { check: event.check, state: 'running' }] };
    case 'progress':
      return { ...state, rows: update(rows, event.check, (r) => (r.state === 'running' ? { ...r, message: event.message } : r)) };
    case 'finished': {
      const finished = (r: CheckRow): CheckRow => ({ ...r, state: event.evidence.outcome, evidence: event.evidence, message: undefined });
      const known = rows.some((r) => r.check === event.check);
      const next = known ? update(rows, event.check, finished) : [...rows, finished({ check: event.check, state: 'running' })];
      return { ...state, rows: next };
    }
    case 'done': {
      // A cancelled run may end before every check reported; the report has the final word.
      let next = rows;
      for (const evidence of event.report.evidence) next = reduceRows(next, evidence);
      return { phase: 'done', runId: event.runId, rows: next, report: event.report };
    }
    case 'failed':
      return { phase: 'failed', runId: event.runId, rows, message: event.message };
  }
}

function reduceRows(rows: CheckRow[], evidence: Evidence): CheckRow[] {
  const row: CheckRow = { check: evidence.check, state: evidence.outcome, evidence };
  return rows.some((r) => r.check === evidence.check) ? update(rows, evidence.check, () => row) : [...rows, row];
}

function update(rows: CheckRow[], check: CheckId, change: (row: CheckRow) => CheckRow): CheckRow[] {
  return rows.map((r) => (r.check === check ? change(r) : r));
}

/** The evidence of every finished check of the run, in the order the checks finished. */
export function finishedEvidence(state: RunState): Evidence[] {
  if (state.phase === 'idle' || state.phase === 'starting') return [];
  return state.rows.flatMap((r) => (r.evidence ? [r.evidence] : []));
}
