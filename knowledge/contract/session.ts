import type { CheckReport } from './checks';
import type { FactName, FactValue } from './facts';

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
  /** The log scan's summary (see the scan contract). */
  scan?: unknown;
  /** The wizard machine's persisted snapshot, to resume exactly where the admin was. */
  machine?: unknown;
};
