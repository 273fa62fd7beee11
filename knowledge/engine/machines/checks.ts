import { assign, emit, enqueueActions, fromCallback, setup } from 'xstate';
import type { CheckId, CheckReport, Evidence } from '../../contract/checks';
import type { WizardEvent } from './wizard';

/**
 * Connection and checks: holds the connection settings, runs the automated checks through the
 * injected `runChecks` actor and turns every conclusion into a FACTS_FOUND for the wizard (sent to
 * the parent when invoked by one, and emitted for anyone listening with `actor.on('FACTS_FOUND')`).
 * The real runner is supplied with `.provide({ actors: { runChecks } })` by the UI (through the
 * typed API) or by the command line (the services directly).
 */

/** Opaque to the machine: the runner parses it. Keep secrets out (pass a reference such as an env variable name). */
export type ConnectionSettings = Readonly<Record<string, unknown>>;

/** What the runner reports back while it works. */
export type RunnerEvent =
  | { type: 'CHECK.STARTED'; check: CheckId; title: string }
  | { type: 'CHECK.EVIDENCE'; evidence: Evidence }
  | { type: 'CHECKS.DONE'; report: CheckReport }
  | { type: 'CHECKS.FAILED'; message: string };

export type ChecksEvent =
  | { type: 'CONFIGURE'; settings: ConnectionSettings }
  | { type: 'RUN'; settings?: ConnectionSettings; checks?: CheckId[] }
  | { type: 'CANCEL' }
  | RunnerEvent;

export type ChecksContext = {
  settings?: ConnectionSettings;
  /** Limits the run to these checks (all when absent). */
  checks?: CheckId[];
  running: { check: CheckId; title: string }[];
  evidence: Evidence[];
  report?: CheckReport;
  error?: string;
};

export type RunChecksInput = { settings: ConnectionSettings; checks?: CheckId[] };

type FactsFound = Extract<WizardEvent, { type: 'FACTS_FOUND' }>;

/** One FACTS_FOUND per conclusion, so each fact keeps its own reason. */
export function factsFoundEvents(evidence: Evidence): FactsFound[] {
  return evidence.concluded.map((c) => ({
    type: 'FACTS_FOUND',
    facts: { [c.fact]: c.value },
    source: { kind: 'check', check: evidence.check, why: c.why },
    at: evidence.startedAt,
  }));
}

export const checksMachine = setup({
  types: { context: {} as ChecksContext, events: {} as ChecksEvent, emitted: {} as FactsFound },
  actors: {
    runChecks: fromCallback<ChecksEvent, RunChecksInput>(({ sendBack }) => {
      sendBack({ type: 'CHECKS.FAILED', message: 'No check runner is connected to this window.' });
    }),
  },
  guards: { hasSettings: ({ context, event }) => Boolean(event.type === 'RUN' && event.settings) || context.settings !== undefined },
}).createMachine({
  id: 'checks',
  context: { running: [], evidence: [] },
  initial: 'idle',
  on: { CONFIGURE: { actions: assign({ settings: ({ event }) => event.settings }) } },
  states: {
    idle: { on: { RUN: { guard: 'hasSettings', target: 'running' } } },
    running: {
      entry: assign(({ context, event }) => ({
        ...context,
        ...(event.type === 'RUN' && event.settings ? { settings: event.settings } : {}),
        checks: event.type === 'RUN' ? event.checks : undefined,
        running: [],
        evidence: [],
        report: undefined,
        error: undefined,
      })),
      invoke: {
        src: 'runChecks',
        input: ({ context }) => ({ settings: context.settings ?? {}, ...(context.checks ? { checks: context.checks } : {}) }),
      },
      on: {
        'CHECK.STARTED': { actions: assign({ running: ({ context, event }) => [...context.running, { check: event.check, title: event.title }] }) },
        'CHECK.EVIDENCE': {
          actions: [
            assign({
              evidence: ({ context, event }) => [...context.evidence, event.evidence],
              running: ({ context, event }) => context.running.filter((r) => r.check !== event.evidence.check),
            }),
            enqueueActions(({ event, enqueue, self }) => {
              for (const found of factsFoundEvents(event.evidence)) {
                if (self._parent) enqueue.sendParent(found);
                enqueue(emit(found));
              }
            }),
          ],
        },
        'CHECKS.DONE': { target: 'done', actions: assign({ report: ({ event }) => event.report, running: [] }) },
        'CHECKS.FAILED': { target: 'failed', actions: assign({ error: ({ event }) => event.message, running: [] }) },
        CANCEL: { target: 'idle', actions: assign({ running: [] }) },
      },
    },
    done: { on: { RUN: { guard: 'hasSettings', target: 'running' } } },
    failed: { on: { RUN: { guard: 'hasSettings', target: 'running' } } },
  },
});
