import { parentPort } from 'node:worker_threads';
import { ServiceError } from './errors';
import { runHeavyTask, type HeavyTask } from './heavy-work';
import type { WorkerReply } from './worker-pool';

/** The worker thread of worker-pool.ts: runs one task at a time and answers with its result or its error. */
parentPort?.on('message', (message: { id: number; task: HeavyTask }) => {
  runHeavyTask(message.task).then(
    (value) => parentPort?.postMessage({ id: message.id, ok: true, value } satisfies WorkerReply),
    (error: unknown) => {
      const reply: WorkerReply =
        error instanceof ServiceError
          ? { id: message.id, ok: false, service: error.toBody() }
          : { id: message.id, ok: false, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      parentPort?.postMessage(reply);
    },
  );
});

parentPort?.postMessage({ ready: true } satisfies WorkerReply);
