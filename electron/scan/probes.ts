import type { Signature } from '../../knowledge/schema';
import { crc32 } from 'node:zlib';
import { skipAnchors } from './automaton';
import { LiteralIndex } from './events';
import { LITERAL_TABLE, type LiteralTable } from './literal-table';
import { requiredLiterals } from './literals';

/**
 * What the scanner looks for: the catalogue's signatures, and the scanner's own extractors for
 * lines that carry values rather than errors (JVM arguments, versions, per-user security-log
 * outcomes, LDAP servers). Both are searched for the same way: literal bytes first, the regular
 * expression only on the log events that contain one.
 */

export const EXTRACTORS = {
  /** Startup banner: `JVM Input Arguments : -Xms… -D…` (one line of the multi-line banner event). */
  jvmArgs: /JVM Input Arguments\s*:[ \t]*([^\r\n]*)/,
  /** Startup banner: `JIRA Build : 8.20.10#820010-sha1:…` and `Java Compatibility Information : JIRA version = 8.20.10, …`. */
  jiraVersion: /(?:JIRA|Jira) (?:Build|version)\s*[:=]\s*(\d+\.\d+\.\d+)\b/,
  /** The JSM mail processor plugin jar in stack traces, e.g. `[jira-email-processor-plugin-4.20.11-REL-0003.jar:?]` (article 001). */
  jsmVersion: /jira-email-processor-plugin-(\d+\.\d+\.\d+)(?:-REL-\d+)?\.jar/,
  authPassed: /The user '([^']*)' has PASSED authentication\./,
  authFailed: /The user '([^']*)' has FAILED authentication\.\s+Failure count equals (\d+)/,
  authNotPermitted: /login : '([^']*)' tried to login but they do not have USE permission or weren't found/,
  authCaptcha: /The user '([^']*)' is required to answer a CAPTCHA elevated security check/,
  ldapContext: /Got Ldap context on server '([^']+)'/,
  /** Debug logging of article 000: how many entries an LDAP search (e.g. the user's groups) returned. */
  ldapResults: /The operation returned (\d+) results/,
} as const;

export type ExtractorId = keyof typeof EXTRACTORS;

export type Probe = {
  key: string;
  regex: RegExp;
  /** Every match contains one of these; undefined: the expression must be tried on every event. */
  literals: string[] | undefined;
  ignoreCase: boolean;
  /** A signature that matches exactly where this extractor does (the same expression without its groups). */
  sameAs?: ExtractorId;
} & ({ signature: Signature; extractor?: undefined } | { extractor: ExtractorId; signature?: undefined });

let knownPatterns: Map<string, readonly string[] | null> | undefined;

/** A pattern's literals: from the table made for the knowledge's catalogue when it has the pattern, else worked out now. */
function patternLiterals(pattern: string, table: boolean): string[] | undefined {
  knownPatterns ??= new Map(LITERAL_TABLE.patterns);
  const known = table ? knownPatterns.get(pattern) : undefined;
  if (known !== undefined) return known ? [...known] : undefined;
  return requiredLiterals(pattern);
}

/**
 * What `scripts/literal-table.ts` writes to `literal-table.ts` for a catalogue: each pattern's
 * literals and the search's anchors, worked out here without the table (its test compares the two).
 */
export function computeLiteralTable(signatures: readonly Signature[]): LiteralTable {
  const { probes } = buildProbes(signatures, false);
  const { byLiteral, sample } = LiteralIndex.plan(probes);
  const literals = [...byLiteral.keys()];
  return {
    patterns: probes.map((p) => [p.signature?.pattern ?? p.regex.source, p.literals ?? null]),
    search: { literals, sampleCrc32: crc32(sample), anchors: skipAnchors(literals, sample) },
  };
}

export type CatalogueProblem = { signature: string; message: string };

/** Compiles the catalogue and the extractors; a signature whose pattern does not compile is reported, not fatal. */
/** `table`: take literals from the table made at build time (false: work every one out, as that table is made). */
export function buildProbes(signatures: readonly Signature[], table = true): { probes: Probe[]; problems: CatalogueProblem[] } {
  const probes: Probe[] = [];
  const problems: CatalogueProblem[] = [];
  for (const signature of signatures) {
    const flags = (signature.flags ?? '').replace(/[gy]/g, '');
    let regex: RegExp;
    try {
      regex = new RegExp(signature.pattern, flags);
    } catch (error: unknown) {
      problems.push({ signature: signature.id, message: `pattern does not compile: ${(error as Error).message}` });
      continue;
    }
    const literals = patternLiterals(signature.pattern, table);
    if (!literals) problems.push({ signature: signature.id, message: 'no literal text to search for: it is tried on every log event, which is slow' });
    probes.push({ key: `signature:${signature.id}`, regex, literals, ignoreCase: flags.includes('i'), signature });
  }
  for (const [id, regex] of Object.entries(EXTRACTORS) as [ExtractorId, RegExp][]) {
    probes.push({ key: `extractor:${id}`, regex, literals: patternLiterals(regex.source, table), ignoreCase: false, extractor: id });
  }
  for (const probe of probes) {
    if (!probe.signature || probe.regex.flags) continue;
    const twin = (['authPassed', 'authFailed'] as const).find((id) => EXTRACTORS[id].source.replace(/[()]/g, '') === probe.regex.source);
    if (twin) probe.sameAs = twin;
  }
  return { probes, problems };
}
