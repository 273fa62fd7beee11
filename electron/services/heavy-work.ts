import { engineFor, parseFacts, type Language } from '../../knowledge/core';
import type { Session } from '../../knowledge/contract/session';
import type { ParsedRequestOf, ResponseOf } from '../api/contract';
import { maskSecretsDeep } from '../text/mask';
import { ServiceError } from './errors';
import { SERVICE_WORDS } from './words';

/**
 * The work of the API that grows with what the admin sends (a paste matched against every
 * signature, a diagnosis, a PDF of a session): it runs in a worker thread (worker-pool.ts), so the
 * server and the desktop app keep answering while it runs. The store stays in the main thread: a
 * report is made from the session the main thread read.
 */
export type HeavyTask =
  | { kind: 'match'; text: string; language?: Language }
  | { kind: 'diagnose'; facts: unknown; today?: string; language?: Language }
  | { kind: 'report'; session: Session; request: ParsedRequestOf<'report.render'>; today?: string }
  /** Loads the report machinery ahead of the first report (the app asks for it once it is idle). */
  | { kind: 'warm-reports' };

export type HeavyResult<T extends HeavyTask> = T extends { kind: 'warm-reports' }
  ? undefined
  : T extends { kind: 'match' }
  ? ResponseOf<'engine.matchErrorText'>
  : T extends { kind: 'diagnose' }
    ? ResponseOf<'engine.diagnose'>
    : ResponseOf<'report.render'>;

export type RunHeavy = <T extends HeavyTask>(task: T) => Promise<HeavyResult<T>>;

export async function runHeavyTask(task: HeavyTask): Promise<unknown> {
  switch (task.kind) {
    case 'match':
      return { matches: (await engineFor(task.language ?? 'en')).matchErrorText(task.text) };
    case 'diagnose': {
      const parsed = parseFacts(maskSecretsDeep(task.facts), task.language ?? 'en');
      if (!parsed.ok) {
        throw new ServiceError('bad-request', SERVICE_WORDS[task.language ?? 'en'].factsInvalid, parsed.problems.map((p) => ({ field: p.fact, message: p.message })));
      }
      return (await engineFor(task.language ?? 'en')).diagnose(parsed.facts, task.today ? { today: task.today } : {});
    }
    case 'report': {
      // Loaded on first use: the PDF library and its fonts are the heaviest part of the app.
      const { renderSessionReport } = await import('./reports');
      return renderSessionReport(task.session, task.request, task.today);
    }
    case 'warm-reports':
      await (await import('./reports')).warmUp();
      return undefined;
  }
}
