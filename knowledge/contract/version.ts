/**
 * The one version grammar, for the facts' validator and the engine's version rules alike, so a
 * version the contract accepts is one the engine can compare: three whole numbers separated by dots
 * (8.20.4), as Jira, Jira Service Management and the OpenID Connect plugin print them; no leading
 * zeros, no prefix or suffix, each number exact in JavaScript (at most 2^53 − 1).
 */
export type Version = { major: number; minor: number; patch: number };

const GRAMMAR = /^(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})$/;

export const VERSION_RULE = 'three whole numbers separated by dots, such as 8.20.4 (no leading zeros, no letters)';

export function parseVersion(text: string): Version | undefined {
  const m = GRAMMAR.exec(text);
  if (!m) return undefined;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  return { major, minor, patch };
}

export function isVersion(text: string): boolean {
  return parseVersion(text) !== undefined;
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
