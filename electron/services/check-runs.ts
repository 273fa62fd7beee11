import { randomUUID } from 'node:crypto';
import type { CheckReport } from '../../knowledge/contract/checks';
import type { CheckEvent } from '../api/contract';
import type { ProgressEvent, RunOptions } from '../checks/runner';
import type { CheckSecrets, CheckSettings } from '../checks/settings';
import { WINDOWS } from '../checks/wording';
import { ServiceError } from './errors';
import { SERVICE_WORDS, serviceWords } from './words';

export type RunChecks = (settings: CheckSettings, secrets: CheckSecrets, options: RunOptions) => Promise<CheckReport>;

type Run = { state: 'running' | 'done' | 'failed' | 'cancelled'; events: CheckEvent[]; controller: AbortController };

/** Finished runs kept for `status` (a UI that reconnects); older ones are forgotten. */
const KEEP_FINISHED = 20;

/**
 * The check runs of this app instance: each run gets an id, its events go to every subscriber
 * (IPC or Server-Sent Events) and are kept for `status`, and `cancel` aborts it. Secrets live only
 * in the closure of the running call and are never kept with the run.
 */
export class CheckRuns {
  private readonly runs = new Map<string, Run>();
  private readonly listeners = new Set<(event: CheckEvent) => void>();

  constructor(private readonly runChecks: RunChecks) {}

  /** `options.signIn`: a sign-in done before the run (its token is in `secrets`). */
  start(settings: CheckSettings, secrets: CheckSecrets, options: Pick<RunOptions, 'signIn' | 'language'> = {}): { runId: string } {
    const runId = randomUUID();
    const words = SERVICE_WORDS[options.language ?? 'en'];
    const run: Run = { state: 'running', events: [], controller: new AbortController() };
    this.runs.set(runId, run);
    this.forgetOldRuns();
    const publish = (event: CheckEvent) => {
      run.events.push(event);
      for (const listener of this.listeners) listener(event);
    };
    this.runChecks(settings, secrets, {
      ...options,
      signal: run.controller.signal,
      // The window's runs name settings by the checks form's fields, never by command-line options.
      words: WINDOWS[options.language ?? 'en'],
      onProgress: (event) => publish(toCheckEvent(runId, event)),
    }).then(
      (report) => {
        if (run.state === 'running') run.state = 'done';
        publish({ type: 'done', runId, report });
      },
      (error: unknown) => {
        run.state = 'failed';
        publish({ type: 'failed', runId, message: words.checksStopped(error instanceof Error ? error.message : String(error)) });
      },
    );
    return { runId };
  }

  cancel(runId: string): { cancelled: boolean } {
    const run = this.get(runId);
    if (run.state !== 'running') return { cancelled: false };
    run.state = 'cancelled';
    run.controller.abort(new Error('cancelled by the admin'));
    return { cancelled: true };
  }

  status(runId: string): { runId: string; state: Run['state']; events: CheckEvent[] } {
    const run = this.get(runId);
    return { runId, state: run.state, events: [...run.events] };
  }

  onEvent(listener: (event: CheckEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Cancels every running check (the app is closing). */
  cancelAll(): void {
    for (const [runId, run] of this.runs) if (run.state === 'running') this.cancel(runId);
  }

  private get(runId: string): Run {
    const run = this.runs.get(runId);
    if (!run) throw new ServiceError('not-found', serviceWords().noCheckRun(runId));
    return run;
  }

  private forgetOldRuns(): void {
    const finished = [...this.runs].filter(([, r]) => r.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.runs.delete(id);
  }
}

function toCheckEvent(runId: string, event: ProgressEvent): CheckEvent {
  return { ...event, runId };
}
