import * as z from 'zod';
import { CAUSE_IDS } from './causes';
import type { CauseId } from './causes';
import { FACT_NAMES, factsSchema, gathered } from './facts';
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

const seenFile = z.lazy(() => z.strictObject({ version: z.string(), file: z.string() }));

/** The scan report's shape, for the API and for scan reports read back from files; built on first use (z.lazy), as a command that reads none pays nothing for it. */
export const scanReportSchema: z.ZodType<ScanReport> = z.lazy(() => z.strictObject({
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
}));

/**
 * Facts that only the logs taken together show: the same user both passing and failing
 * authentication (intermittent 401s), connections from several LDAP servers, several Jira nodes.
 * The scanner draws them from one batch of files, and the wizard again over every batch the admin
 * added (node by node, say), so that a later batch adds to what an earlier one showed.
 */
export function factsAcrossLogs(report: { authentication: readonly AuthTally[]; ldapServers: readonly { url: string }[]; nodes: readonly string[] }): { fact: 'rest401.pattern' | 'ldap.clustered' | 'jira.clustered'; value: 'intermittent' | true; why: string }[] {
  const found: ReturnType<typeof factsAcrossLogs> = [];
  const byUser = new Map<string, { passed: number; failed: number }>();
  for (const t of report.authentication) {
    const u = byUser.get(t.user) ?? { passed: 0, failed: 0 };
    u.passed += t.passed;
    u.failed += t.failed;
    byUser.set(t.user, u);
  }
  const intermittent = [...byUser].filter(([, u]) => u.passed > 0 && u.failed > 0).map(([user]) => user);
  if (intermittent.length) found.push({ fact: 'rest401.pattern', value: 'intermittent', why: `the same user both passed and failed authentication: ${intermittent.slice(0, 5).join(', ')}` });
  const urls = [...new Set(report.ldapServers.map((s) => s.url))];
  if (urls.length > 1) found.push({ fact: 'ldap.clustered', value: true, why: `Jira got LDAP connections from ${urls.length} servers: ${urls.join(', ')}` });
  if (report.nodes.length > 1) found.push({ fact: 'jira.clustered', value: true, why: `the logs come from ${report.nodes.length} Jira nodes: ${report.nodes.join(', ')}` });
  return found;
}

const SAMPLES = 3;
const ERRORS = 50;

/**
 * Several scans as one: what the admin added batch after batch (node by node), so that a later
 * batch adds to the earlier ones and never replaces them. Counts add up, first and last times
 * widen, the first value found for a fact stays (as within one scan), error messages gather, and
 * the facts that only the logs together show are drawn again over all of them.
 */
export function mergeScanReports(reports: readonly ScanReport[]): ScanReport {
  if (reports.length === 1) return reports[0]!;
  const facts: Record<string, unknown> = {};
  const factSources: ScanReport['factSources'] = {};
  let errors: string[] = [];
  for (const report of reports) {
    for (const [fact, value] of Object.entries(report.facts) as [FactName, unknown][]) {
      if (fact === 'errors') errors = gathered(errors, value as string[]);
      else if (!(fact in facts)) {
        facts[fact] = value;
        const source = report.factSources[fact];
        if (source) factSources[fact] = source;
      }
    }
  }
  if (errors.length) {
    facts.errors = errors.slice(0, ERRORS);
    const from = reports.flatMap((r) => (r.factSources.errors ? [r.factSources.errors.file] : []));
    factSources.errors = { file: [...new Set(from)].join(', '), why: `${Math.min(errors.length, ERRORS)} distinct error message(s) from the logs added, secrets masked` };
  }
  const merged: ScanReport = {
    schemaVersion: 1,
    startedAt: reports.map((r) => r.startedAt).sort()[0]!,
    finishedAt: reports.map((r) => r.finishedAt).sort().at(-1)!,
    cancelled: reports.some((r) => r.cancelled),
    bytesRead: reports.reduce((n, r) => n + r.bytesRead, 0),
    facts: facts,
    factSources,
    signatures: mergeSignatures(reports.flatMap((r) => r.signatures)),
    authentication: mergeBy(reports.flatMap((r) => r.authentication), (t) => `${t.user}\n${t.node ?? ''}`, addTallies).sort((a, b) => b.failed - a.failed || a.user.localeCompare(b.user)),
    ldapServers: mergeBy(reports.flatMap((r) => r.ldapServers), (s) => `${s.url}\n${s.node ?? ''}`, (a, b) => ({ ...a, count: a.count + b.count })),
    nodes: [...new Set(reports.flatMap((r) => r.nodes))],
    versions: { ...reports.reduceRight((v, r) => ({ ...v, ...r.versions }), {}) },
    files: reports.flatMap((r) => r.files),
  };
  const jvm = reports.find((r) => r.jvm)?.jvm;
  if (jvm) merged.jvm = jvm;
  const recordings = reports.flatMap((r) => (r.recording ? [r.recording] : []));
  if (recordings.length) merged.recording = mergeRecordings(recordings);
  const batchFiles = reports.map((r) => r.files[0]?.name).filter((n): n is string => n !== undefined);
  for (const { fact, value, why } of factsAcrossLogs(merged)) {
    if (fact in facts) continue;
    facts[fact] = value;
    // Each node's log is usually named alike (atlassian-jira-security.log): each name once.
    factSources[fact] = { file: [...new Set(batchFiles)].join(', '), why: `${why} (across the logs added)` };
  }
  return merged;
}

function mergeBy<T>(items: readonly T[], key: (item: T) => string, add: (a: T, b: T) => T): T[] {
  const merged = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const known = merged.get(k);
    merged.set(k, known ? add(known, item) : item);
  }
  return [...merged.values()];
}

const earlier = (a?: string, b?: string) => (a === undefined ? b : b === undefined ? a : Date.parse(b) < Date.parse(a) ? b : a);
const later = (a?: string, b?: string) => (a === undefined ? b : b === undefined ? a : Date.parse(b) > Date.parse(a) ? b : a);
const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

function addTallies(a: AuthTally, b: AuthTally): AuthTally {
  const max = a.maxFailureCount === undefined ? b.maxFailureCount : b.maxFailureCount === undefined ? a.maxFailureCount : Math.max(a.maxFailureCount, b.maxFailureCount);
  return {
    user: a.user,
    ...optional('node', a.node),
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    notPermitted: a.notPermitted + b.notPermitted,
    captcha: a.captcha + b.captcha,
    ...optional('maxFailureCount', max),
    ...optional('firstFailure', earlier(a.firstFailure, b.firstFailure)),
    ...optional('lastFailure', later(a.lastFailure, b.lastFailure)),
  };
}

function mergeSignatures(findings: readonly SignatureFinding[]): SignatureFinding[] {
  return mergeBy(findings, (f) => f.id, (a, b) => ({
    ...a,
    count: a.count + b.count,
    ...optional('firstSeen', earlier(a.firstSeen, b.firstSeen)),
    ...optional('lastSeen', later(a.lastSeen, b.lastSeen)),
    samples: [...a.samples, ...b.samples.filter((s) => !a.samples.includes(s))].slice(0, SAMPLES),
  })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

function mergeRecordings(recordings: readonly Recording[]): Recording {
  return {
    files: recordings.flatMap((r) => r.files),
    jiraHosts: [...new Set(recordings.flatMap((r) => r.jiraHosts))],
    jiraRequests: recordings.reduce((n, r) => n + r.jiraRequests, 0),
    sessions: recordings.flatMap((r) => r.sessions),
    oauth: recordings.flatMap((r) => r.oauth),
    failures: recordings.flatMap((r) => r.failures),
    notes: [...new Set(recordings.flatMap((r) => r.notes))],
  };
}
