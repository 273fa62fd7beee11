import type { CheckReport } from './checks';
import type { FactName, FactValue } from './facts';
import type { ScanReport } from './scan';

/** Where a fact came from: the admin, an automated check, or a log scan. */
export type FactSource =
  | { kind: 'user' }
  | { kind: 'check'; check: string; why: string }
  | { kind: 'scan'; file: string; why: string };

export type Answer = { fact: FactName; value: FactValue; source: FactSource; at: string };

/**
 * A saved diagnosis session: what the wizard stores, exports and imports, and what reports read.
 * Answers are kept in the order given; "I don't know" answers are listed in `unknown`.
 */
export type Session = {
  schemaVersion: 1;
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  knowledgeVersion: string;
  answers: Answer[];
  unknown: FactName[];
  checks?: CheckReport;
  /** The log scan's summary (see the scan contract): every batch the admin added, taken together. */
  scan?: unknown;
  /** Each batch of logs added in the wizard, in order: what it was added for and what it showed. */
  scanBatches?: ScanBatch[];
  /** The wizard machine's persisted snapshot, to resume exactly where the admin was. */
  machine?: unknown;
};

/**
 * One batch of files added to the wizard's log scan (admins add logs node by node): when, for which
 * question (the one on screen when it was added), and its own scan. `Session.scan` merges them all.
 */
export type ScanBatch = { at: string; forQuestion?: string; report: ScanReport };

/**
 * What a save sends of a session: only the parts that changed. `null` clears a part (start over
 * clears the checks' and the logs' findings with the answers), since a part left `undefined` would vanish on its way through JSON and so
 * could not say "remove this".
 */
export type SessionChanges = {
  answers?: Answer[];
  unknown?: FactName[];
  checks?: CheckReport | null;
  scan?: unknown;
  scanBatches?: ScanBatch[] | null;
  machine?: unknown;
};

/** A session with `changes` applied: a part given replaces the stored one, a `null` removes it. */
export function withChanges<S extends Partial<Session>>(session: S, changes: SessionChanges): S {
  const next: Record<string, unknown> = { ...session };
  for (const [part, value] of Object.entries(changes)) {
    if (value === null) delete next[part];
    else if (value !== undefined) next[part] = value;
  }
  return next as S;
}
