// Two functions, not the whole package: loading all of semver costs every start 20 ms.
import semverGte from 'semver/functions/gte.js';
import semverParse from 'semver/functions/parse.js';

/**
 * Version rules: "at least `min`, or, for a release line that got the fix in a patch release, at
 * least that line's minimum" (e.g. POP with OAuth 2.0: 8.5.12 on 8.5.x, 8.13.4 on 8.13.x, else 8.15.0).
 */
export type VersionVerdict = { atLeast: boolean; needed: string; detail: string };

export function versionAtLeast(version: string, min: string, lines: Record<string, string> = {}): VersionVerdict {
  const parsed = semverParse(version);
  if (!parsed) throw new Error(`not a version: ${version}`);
  const line = `${parsed.major}.${parsed.minor}`;
  const lineMin = lines[line];
  const needed = lineMin ?? min;
  const atLeast = semverGte(parsed, needed);
  const where = lineMin ? ` (the first suitable ${line}.x release)` : '';
  const detail = atLeast ? `${version} is ${needed}${where} or later` : `${version} is older than ${needed}${where}`;
  return { atLeast, needed, detail };
}

/** The highest version below `version` that a rule boundary distinguishes (for test answers). */
export function versionJustBelow(version: string): string | undefined {
  const parsed = semverParse(version);
  if (!parsed) return undefined;
  const { major, minor, patch } = parsed;
  if (patch > 0) return `${major}.${minor}.${patch - 1}`;
  if (minor > 0) return `${major}.${minor - 1}.99`;
  if (major > 0) return `${major - 1}.99.99`;
  return undefined;
}
