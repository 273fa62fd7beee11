import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceError } from '../../../electron/services/errors';
import { runHeavyTask, type HeavyTask } from '../../../electron/services/heavy-work';
import { WorkerPool } from '../../../electron/services/worker-pool';

/** What a worker runs, as code: here stand-ins that fail the way real workers can. */
const code = (text: string) => () => ({ file: text, eval: true });
const task: HeavyTask = { kind: 'match', text: 'AUTHENTICATE failed' };

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  vi.restoreAllMocks();
});

describe('the worker pool', () => {
  it('runs the work in this thread, and says so once, when no worker can load its code', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    pool = new WorkerPool(1, (t) => Promise.resolve({ ranHere: t.kind }), code('throw new Error("the code is missing")'));
    expect(await pool.run(task)).toEqual({ ranHere: 'match' });
    expect(await pool.run(task)).toEqual({ ranHere: 'match' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/no worker thread could start \(the code is missing\)/);
  });

  it('fails the task of a worker that dies with a plain message, and answers the next one', async () => {
    const dies = code(`const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ ready: true });
      parentPort.on('message', () => process.exit(3));`);
    pool = new WorkerPool(1, () => Promise.reject(new Error('never here')), dies);
    const first = await pool.run(task).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(ServiceError);
    expect((first as ServiceError).message).toMatch(/^The work stopped unexpectedly \(the worker ended with code 3\); try again\.$/);
    await expect(pool.run(task)).rejects.toThrow(/stopped unexpectedly/);
  });

  it('carries a refusal of the work (bad input) across as the same ServiceError', async () => {
    const refuses = code(`const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ ready: true });
      parentPort.on('message', ({ id }) => parentPort.postMessage({ id, ok: false, service: { code: 'bad-request', message: 'Some facts are not valid.', problems: [{ field: 'x', message: 'y' }] } }));`);
    pool = new WorkerPool(1, () => Promise.reject(new Error('never here')), refuses);
    const refused = (await pool.run(task).catch((e: unknown) => e)) as ServiceError;
    expect([refused.code, refused.message, refused.problems]).toEqual(['bad-request', 'Some facts are not valid.', [{ field: 'x', message: 'y' }]]);
  });

  it('spreads work over its workers and queues the rest, answering each in turn', async () => {
    const echoes = code(`const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ ready: true });
      parentPort.on('message', ({ id, task }) => setTimeout(() => parentPort.postMessage({ id, ok: true, value: task.text }), 20));`);
    pool = new WorkerPool(2, () => Promise.reject(new Error('never here')), echoes);
    const texts = Array.from({ length: 7 }, (_, i) => `paste ${i}`);
    expect(await Promise.all(texts.map((text) => pool!.run({ kind: 'match', text })))).toEqual(texts);
  });
});

describe('the report warm-up', () => {
  it('loads the PDF library where reports are made, and answers nothing', async () => {
    expect(await runHeavyTask({ kind: 'warm-reports' })).toBeUndefined();
  });
});
