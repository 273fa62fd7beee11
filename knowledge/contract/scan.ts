import { z } from 'zod';
import { CAUSE_IDS } from './causes';
import type { CauseId } from './causes';
import { FACT_NAMES, factsSchema } from './facts';
import type { FactName, Facts } from './facts';
import { recordingSchema } from './recording';
import type { Recording } from './recording';

/**
 * The output of a log scan (`jira-doctor scan --format json`, the wizard's log step). Its `facts`
 * feed `diagnose` as they are; everything else is the evidence behind them. Every text taken from
 * a log (samples, errors, JVM arguments) has its secrets masked before it lands here.
 */
export type ScanReport = {
  schemaVersion: 1;
  startedAt: string;
  finishedAt: string;
  /** True when the scan was stopped before the end; what was read so far is still reported. */
  cancelled: boolean;
  /** Bytes read from the inputs (compressed bytes for gzip files and zips). */
  bytesRead: number;
  facts: Facts;
  /** For each fact the scan established: the file it came from and why, in plain words. */
  factSources: Partial<Record<FactName, { file: string; why: string }>>;
  /** Catalogue signatures seen at least once, most frequent first. */
  signatures: SignatureFinding[];
  /** Security-log outcomes per user and node (article 000: the same user passing and failing). */
  authentication: AuthTally[];
  /** LDAP servers Jira got a connection from (`Got Ldap context on server`), per node. */
  ldapServers: { url: string; node?: string; count: number }[];
  /** Jira nodes the logs came from, when they can be told apart (support zips, node folders). */
  nodes: string[];
  /** Jira's JVM input arguments (startup banner or support zip), masked. */
  jvm?: { args: string; file: string };
  versions: { jira?: { version: string; file: string }; jsm?: { version: string; file: string } };
  /** What browser recordings (HAR files) showed: sessions and their nodes, the OAuth sign-in, failed requests. */
  recording?: Recording;
  files: ScannedFile[];
};

export type SignatureFinding = {
  id: string;
  title: string;
  /** What the line tells, in plain words (from the catalogue). */
  meaning: string;
  supports: CauseId[];
  count: number;
  /** Timestamps of the first and last matching log event, ISO 8601 (offset kept when the log has one). */
  firstSeen?: string;
  lastSeen?: string;
  /** Where it was first seen. */
  file: string;
  line: number;
  /** Up to three matching lines, secrets masked. */
  samples: string[];
};

export type AuthTally = {
  user: string;
  node?: string;
  /** `The user '…' has PASSED authentication.` */
  passed: number;
  /** `The user '…' has FAILED authentication. Failure count equals N` */
  failed: number;
  /** `login : '…' tried to login but they do not have USE permission or weren't found.` */
  notPermitted: number;
  /** `The user '…' is required to answer a CAPTCHA elevated security check.` */
  captcha: number;
  /** The highest "Failure count equals N" seen. */
  maxFailureCount?: number;
  firstFailure?: string;
  lastFailure?: string;
};

export type ScannedFile = {
  /** Path as given; entries of a zip are `archive.zip!/entry/path`. */
  name: string;
  kind: 'log' | 'gzip-log' | 'zip' | 'properties' | 'directory' | 'har' | 'other';
  node?: string;
  /** Bytes of the file as stored (compressed size for gzip files and zip entries). */
  bytes: number;
  lines: number;
  /** Requests read from a browser recording (HAR). */
  requests?: number;
  /** read: read to the end; partial: read up to a problem; skipped: not read (see problem). */
  status: 'read' | 'partial' | 'skipped';
  /** What went wrong, in words that say what to do. */
  problem?: string;
  /** Worth knowing but not a problem (e.g. "not UTF-8: read as Latin-1"). */
  notes: string[];
};

/** Progress for the wizard and the command line: input bytes done of the total. */
export type ScanProgress = { bytesDone: number; bytesTotal: number; file: string };

const seenFile = z.strictObject({ version: z.string(), file: z.string() });

/** The scan report's shape, for the API and for scan reports read back from files. */
export const scanReportSchema: z.ZodType<ScanReport> = z.strictObject({
  schemaVersion: z.literal(1),
  startedAt: z.string(),
  finishedAt: z.string(),
  cancelled: z.boolean(),
  bytesRead: z.number(),
  facts: factsSchema,
  factSources: z.partialRecord(z.enum(FACT_NAMES as [FactName, ...FactName[]]), z.strictObject({ file: z.string(), why: z.string() })),
  signatures: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      meaning: z.string(),
      supports: z.array(z.enum(CAUSE_IDS)),
      count: z.number().int(),
      firstSeen: z.string().optional(),
      lastSeen: z.string().optional(),
      file: z.string(),
      line: z.number().int(),
      samples: z.array(z.string()).max(3),
    }),
  ),
  authentication: z.array(
    z.strictObject({
      user: z.string(),
      node: z.string().optional(),
      passed: z.number().int(),
      failed: z.number().int(),
      notPermitted: z.number().int(),
      captcha: z.number().int(),
      maxFailureCount: z.number().int().optional(),
      firstFailure: z.string().optional(),
      lastFailure: z.string().optional(),
    }),
  ),
  ldapServers: z.array(z.strictObject({ url: z.string(), node: z.string().optional(), count: z.number().int() })),
  nodes: z.array(z.string()),
  jvm: z.strictObject({ args: z.string(), file: z.string() }).optional(),
  versions: z.strictObject({ jira: seenFile.optional(), jsm: seenFile.optional() }),
  recording: recordingSchema.optional(),
  files: z.array(
    z.strictObject({
      name: z.string(),
      kind: z.enum(['log', 'gzip-log', 'zip', 'properties', 'directory', 'har', 'other']),
      node: z.string().optional(),
      bytes: z.number(),
      lines: z.number().int(),
      requests: z.number().int().optional(),
      status: z.enum(['read', 'partial', 'skipped']),
      problem: z.string().optional(),
      notes: z.array(z.string()),
    }),
  ),
});
