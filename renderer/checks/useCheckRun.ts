import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckEvent, RequestOf } from '../../electron/api/contract';
import { errorMessage, fieldProblems, useApi } from '../app/api';
import { idle, reduceRun, type RunState } from './run-state';

export type StartResult = { ok: true } | { ok: false; message: string; problems: Record<string, string> };

/** The run of this tab's session, so that a reload during a run picks it up again. */
const RUN_KEY = 'jira-doctor:check-run';
type StoredRun = { sessionId: string; runId: string };

/**
 * One run of the automated checks through the API: starts it, follows its events live (and catches
 * up with `checks.status`, in case events went out before the stream was listening, or the page
 * was reloaded during the run), cancels it.
 */
export function useCheckRun(sessionId: string | undefined) {
  const api = useApi();
  const [run, setRun] = useState<RunState>(idle);
  const early = useRef<CheckEvent[]>([]);
  const runId = useRef<string | undefined>(undefined);

  useEffect(
    () =>
      api.checks.onEvent((event) => {
        if (runId.current === undefined) early.current.push(event);
        else if (event.runId === runId.current) setRun((state) => reduceRun(state, event));
      }),
    [api],
  );

  /** Follows a run from its start: everything it did so far, then what it does live. */
  const attach = useCallback(
    async (id: string) => {
      const status = await api.checks.status({ runId: id });
      // Live events kept arriving into `early` until now; together with the status they miss nothing.
      let state: RunState = { phase: 'running', runId: id, rows: [] };
      for (const event of [...status.events, ...early.current]) state = reduceRun(state, event);
      runId.current = id;
      early.current = [];
      setRun(state);
    },
    [api],
  );

  // A reload during a run: the run went on in the app; show it and take its answers.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current || sessionId === undefined) return;
    resumed.current = true;
    const stored = readStoredRun();
    if (stored?.sessionId !== sessionId) return;
    setRun({ phase: 'starting' });
    attach(stored.runId).catch(() => {
      // The app was restarted since: that run is gone, and its answers were saved as they came.
      window.sessionStorage.removeItem(RUN_KEY);
      setRun(idle);
    });
  }, [sessionId, attach]);

  // A finished run has given its answers; a later reload need not fetch it again.
  useEffect(() => {
    if (run.phase === 'done' || run.phase === 'failed') window.sessionStorage.removeItem(RUN_KEY);
  }, [run.phase]);

  const start = useCallback(
    async (request: RequestOf<'checks.start'>): Promise<StartResult> => {
      setRun({ phase: 'starting' });
      early.current = [];
      runId.current = undefined;
      try {
        const started = await api.checks.start(request);
        if (sessionId !== undefined) window.sessionStorage.setItem(RUN_KEY, JSON.stringify({ sessionId, runId: started.runId } satisfies StoredRun));
        await attach(started.runId);
        return { ok: true };
      } catch (error) {
        setRun(idle);
        const problems = fieldProblems(error);
        return { ok: false, message: errorMessage(error), problems: Object.fromEntries(Object.entries(problems).map(([k, v]) => [serviceField(k), v])) };
      }
    },
    [api, attach, sessionId],
  );

  const cancel = useCallback(() => {
    if (runId.current) void api.checks.cancel({ runId: runId.current });
  }, [api]);

  return { run, start, cancel };
}

function readStoredRun(): StoredRun | undefined {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(RUN_KEY) ?? 'null') as StoredRun | null;
    return stored && typeof stored.runId === 'string' && typeof stored.sessionId === 'string' ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Problems come back named as the request has them ("settings.ldap.urls.1"); the form names fields once. */
function serviceField(field: string): string {
  return field.replace(/^settings\./, '').replace(/^secrets\./, '').replace(/^(ldap\.urls)\.\d+$/, '$1');
}
