import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckEvent, RequestOf } from '../../electron/api/contract';
import { errorMessage, fieldProblems, useApi } from '../app/api';
import { idle, reduceRun, type RunState } from './run-state';

export type StartResult = { ok: true } | { ok: false; message: string; problems: Record<string, string> };

/**
 * One run of the automated checks through the API: starts it, follows its events live (and catches
 * up with `checks.status`, in case events went out before the stream was listening), cancels it.
 */
export function useCheckRun() {
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

  const start = useCallback(
    async (request: RequestOf<'checks.start'>): Promise<StartResult> => {
      setRun({ phase: 'starting' });
      early.current = [];
      runId.current = undefined;
      try {
        const started = await api.checks.start(request);
        const status = await api.checks.status({ runId: started.runId });
        // Live events kept arriving into `early` until now; together with the status they miss nothing.
        let state: RunState = { phase: 'running', runId: started.runId, rows: [] };
        for (const event of [...status.events, ...early.current]) state = reduceRun(state, event);
        runId.current = started.runId;
        early.current = [];
        setRun(state);
        return { ok: true };
      } catch (error) {
        setRun(idle);
        const problems = fieldProblems(error);
        return { ok: false, message: errorMessage(error), problems: Object.fromEntries(Object.entries(problems).map(([k, v]) => [serviceField(k), v])) };
      }
    },
    [api],
  );

  const cancel = useCallback(() => {
    if (runId.current) void api.checks.cancel({ runId: runId.current });
  }, [api]);

  return { run, start, cancel };
}

/** Problems come back named as the request has them ("settings.ldap.urls.1"); the form names fields once. */
function serviceField(field: string): string {
  return field.replace(/^settings\./, '').replace(/^secrets\./, '').replace(/^(ldap\.urls)\.\d+$/, '$1');
}
