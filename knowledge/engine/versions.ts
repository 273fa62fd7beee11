import type { Language } from '../i18n/translations';
import { engineWording } from './wording';
import { compareVersions, parseVersion } from '../contract/version';

/**
 * Version rules: "at least `min`, or, for a release line that got the fix in a patch release, at
 * least that line's minimum" (e.g. POP with OAuth 2.0: 8.5.12 on 8.5.x, 8.13.4 on 8.13.x, else 8.15.0).
 */
export type VersionVerdict = { atLeast: boolean; needed: string; detail: string };

export function versionAtLeast(version: string, min: string, lines: Record<string, string> = {}, language: Language = 'en'): VersionVerdict {
  // The facts' validator uses the same grammar (contract/version.ts): a fact that passed it parses here.
  const parsed = parseVersion(version);
  if (!parsed) throw new Error(`not a version: ${version}`);
  const line = `${parsed.major}.${parsed.minor}`;
  const lineMin = lines[line];
  const needed = lineMin ?? min;
  const boundary = parseVersion(needed);
  if (!boundary) throw new Error(`not a version in the knowledge: ${needed}`);
  const atLeast = compareVersions(parsed, boundary) >= 0;
  const detail = engineWording(language).version({ version, needed, atLeast, ...(lineMin ? { line } : {}) });
  return { atLeast, needed, detail };
}

/** The highest version below `version` that a rule boundary distinguishes (for test answers). */
export function versionJustBelow(version: string): string | undefined {
  const parsed = parseVersion(version);
  if (!parsed) return undefined;
  const { major, minor, patch } = parsed;
  if (patch > 0) return `${major}.${minor}.${patch - 1}`;
  if (minor > 0) return `${major}.${minor - 1}.99`;
  if (major > 0) return `${major - 1}.99.99`;
  return undefined;
}

/**
 * The Jira platform version of a Jira Service Management version: JSM 4.x.y runs on Jira 8.x.y,
 * 5.x.y on 9.x.y, and from 10 both carry the same number (jira-facts, Jira and JSM version mapping;
 * the rule is inferred from Atlassian's published pairs, and a patch level occasionally differs).
 * Older Service Desk lines do not follow a rule: undefined.
 */
export function jiraVersionOfJsm(jsm: string): string | undefined {
  const parsed = parseVersion(jsm);
  if (!parsed) return undefined;
  const { major, minor, patch } = parsed;
  if (major === 4 || major === 5) return `${major + 4}.${minor}.${patch}`;
  return major >= 10 ? `${major}.${minor}.${patch}` : undefined;
}

/**
 * The rule boundaries inside one release line (`8.13` holds 8.13.4): when one exists, a version
 * given as the line alone cannot be judged and the patch level is needed.
 */
export function boundariesInLine(boundaries: readonly string[], line: string): string[] {
  return boundaries.filter((b) => {
    const parsed = parseVersion(b);
    return parsed !== undefined && `${parsed.major}.${parsed.minor}` === line && parsed.patch > 0;
  });
}
