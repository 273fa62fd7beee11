import { assign, fromPromise, setup } from 'xstate';
import type { Session } from '../../contract/session';

/**
 * Session persistence: every change is saved after a short quiet period (typing does not write to
 * disk on each key), or at once on SAVE_NOW (closing the window, exporting). The `saveSession`
 * actor is injected with `.provide()`. A failed save keeps the session pending, says why, and is
 * retried on the next change or SAVE_NOW: nothing is lost.
 */
export type PersistenceEvent = { type: 'CHANGED'; session: Session } | { type: 'SAVE_NOW' };

export type PersistenceContext = {
  /** The latest session not yet saved. */
  pending?: Session;
  /** The session being written now. */
  saving?: Session;
  lastSavedAt?: string;
  error?: string;
};

/** Quiet period before a save, in milliseconds. */
export const SAVE_DELAY_MS = 500;

export const persistenceMachine = setup({
  // xstate reads the machine's types from these assertions alone; the rule cannot see that.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  types: { context: {} as PersistenceContext, events: {} as PersistenceEvent },
  actors: {
    saveSession: fromPromise<void, { session: Session }>(() => Promise.reject(new Error('No session store is connected.'))),
  },
  delays: { quiet: SAVE_DELAY_MS },
  guards: { hasPending: ({ context }) => context.pending !== undefined },
  actions: { saved: assign({ saving: undefined, error: undefined, lastSavedAt: () => new Date().toISOString() }) },
}).createMachine({
  id: 'persistence',
  context: {},
  initial: 'idle',
  states: {
    idle: {
      on: {
        CHANGED: { target: 'waiting', actions: assign({ pending: ({ event }) => event.session }) },
        SAVE_NOW: { guard: 'hasPending', target: 'saving' },
      },
    },
    waiting: {
      after: { quiet: 'saving' },
      on: {
        // Re-entering restarts the quiet period.
        CHANGED: { target: 'waiting', reenter: true, actions: assign({ pending: ({ event }) => event.session }) },
        SAVE_NOW: 'saving',
      },
    },
    saving: {
      entry: assign(({ context }) => ({ ...context, saving: context.pending, pending: undefined })),
      invoke: {
        src: 'saveSession',
        input: ({ context }) => ({ session: context.saving! }),
        onDone: [
          { guard: 'hasPending', target: 'waiting', actions: 'saved' },
          { target: 'idle', actions: 'saved' },
        ],
        onError: {
          target: 'idle',
          actions: assign(({ context, event }) => ({
            pending: context.pending ?? context.saving,
            saving: undefined,
            lastSavedAt: context.lastSavedAt,
            error: event.error instanceof Error ? event.error.message : String(event.error),
          })),
        },
      },
      on: { CHANGED: { actions: assign({ pending: ({ event }) => event.session }) } },
    },
  },
});
