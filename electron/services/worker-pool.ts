import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { isSea } from 'node:sea';
import type { ApiErrorBody } from '../api/contract';
import { embedded } from '../resources/app-files';
import { ServiceError } from './errors';
import { SERVICE_WORDS, type ServiceWords } from './words';
import { checkLanguage } from '../checks/words';
import type { HeavyResult, HeavyTask, RunHeavy } from './heavy-work';

/** What a worker says: that its code is loaded, or the answer to one task. */
export type WorkerReply =
  | { ready: true }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; service: ApiErrorBody }
  | { id: number; ok: false; failure: string };

/** A PDF of a huge session stays within this, or only its worker ends (with a message), not the app. */
const WORKER_HEAP_MB = 1024;

/** `words`: the language of the request that asked, for what the pool itself says about the job. */
type Job = { task: HeavyTask; words: ServiceWords; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Slot = { worker: Worker; ready: boolean; busy: (Job & { id: number }) | undefined };

/**
 * Where the worker's code is: the TypeScript source under tsx (tests, `npx tsx`), the file built
 * beside this bundle (dist/…/heavy-worker.js), or the code embedded in the single executable.
 */
export type WorkerSource = { file: URL | string; eval: boolean };

function workerSource(): WorkerSource {
  if (isSea()) {
    const code = embedded('heavy-worker.cjs');
    if (!code) throw new Error('the worker code is not in this executable');
    return { file: code.toString('utf8'), eval: true };
  }
  if (import.meta.url.endsWith('.ts')) {
    const entry = new URL('./heavy-worker.ts', import.meta.url).href;
    // tsx's loader, registered in the worker itself: a worker does not inherit the parent's.
    return { file: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
  }
  return { file: new URL('./heavy-worker.js', import.meta.url), eval: false };
}

/**
 * A few worker threads for the heavy work of the API (heavy-work.ts): at most one less than the
 * machine's cores (at least one, at most two), started on first use and kept; more tasks wait in
 * line. A worker that dies fails its task with a message and is replaced. Where no worker can load
 * its code at all, the work runs in this thread, as before, and that is said once.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private unavailable = false;

  constructor(
    private readonly size = Math.min(2, Math.max(1, availableParallelism() - 1)),
    private readonly inline: (task: HeavyTask) => Promise<unknown> = async (task) => (await import('./heavy-work')).runHeavyTask(task),
    private readonly source: () => WorkerSource = workerSource,
  ) {}

  readonly run: RunHeavy = <T extends HeavyTask>(task: T) =>
    new Promise<unknown>((resolve, reject) => {
      this.queue.push({ task, words: SERVICE_WORDS[checkLanguage()], resolve, reject });
      this.dispatch();
    }) as Promise<HeavyResult<T>>;

  /** Ends every worker (the app or server is closing); what was still waiting fails. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new ServiceError('failed', job.words.closing));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      if (this.unavailable) {
        const job = this.queue.shift()!;
        this.inline(job.task).then(job.resolve, job.reject);
        continue;
      }
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < this.size ? this.start() : undefined);
      if (!slot) return;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      slot.busy = { ...job, id };
      // A busy worker keeps the process alive until it answers; an idle one does not.
      slot.worker.ref();
      slot.worker.postMessage({ id, task: job.task });
    }
  }

  private start(): Slot | undefined {
    let worker: Worker;
    try {
      const source = this.source();
      worker = new Worker(source.file, { eval: source.eval, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    } catch (error: unknown) {
      this.fallBack(error);
      return undefined;
    }
    const slot: Slot = { worker, ready: false, busy: undefined };
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) return void (slot.ready = true);
      const job = slot.busy;
      if (!job || job.id !== reply.id) return;
      slot.busy = undefined;
      worker.unref();
      if (reply.ok) job.resolve(reply.value);
      else if ('service' in reply) job.reject(new ServiceError(reply.service.code, reply.service.message, reply.service.problems ?? []));
      else job.reject(new Error(reply.failure));
      this.dispatch();
    });
    const lost = (why: unknown) => {
      const index = this.slots.indexOf(slot);
      if (index === -1) return;
      this.slots.splice(index, 1);
      const job = slot.busy;
      slot.busy = undefined;
      if (!slot.ready) {
        // It could not load its code: no worker will. Its task runs here, with the rest.
        if (job) this.queue.unshift(job);
        this.fallBack(why);
      } else if (job) {
        const memory = /heap|memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${String(why)} ${(why as { code?: string } | undefined)?.code ?? ''}`);
        job.reject(
          new ServiceError(
            'failed',
            memory ? job.words.outOfMemory : job.words.workStopped(firstLine(why)),
          ),
        );
      }
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the worker ended with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  private fallBack(why: unknown): void {
    if (!this.unavailable) console.warn(`jira-doctor: no worker thread could start (${firstLine(why)}); heavy work runs in the main thread.`);
    this.unavailable = true;
    this.dispatch();
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
