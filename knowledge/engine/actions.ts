import type { CauseId } from '../contract/causes';
import type { DiagnosedCause, Diagnosis, RenderedSolution } from '../contract/diagnosis';

/** One thing to do first: a fix of a confirmed or likely cause, with who does it. */
export type FirstAction = { cause: DiagnosedCause; solution: RenderedSolution };

/**
 * Causes whose fix is an upgrade: the other fixes are tried on the upgraded version, and some of
 * them only exist there (OAuth 2.0 settings, the POP option, the plugin's REST SSO switch). The
 * knowledge also states prerequisites itself (a cause's `after`): those come first too.
 */
const PREREQUISITES: ReadonlySet<CauseId> = new Set<CauseId>(['mail-oauth/oauth-unsupported-version', 'mail-oauth/pop-unsupported', 'rest-sso/plugin-too-old']);

/**
 * What to do first, in the order it must happen: the first fix of each confirmed cause, then of each
 * likely one, an upgrade before everything that depends on it, at most `limit` of them. Possible
 * causes give no action: they are things to check, not to fix.
 */
export function firstActions(diagnosis: Diagnosis, limit = 2): FirstAction[] {
  const acted = diagnosis.causes.filter((c) => (c.status === 'confirmed' || c.status === 'likely') && c.solutions.length > 0);
  const stated = new Set(acted.flatMap((c) => (c.after ?? []).map((p) => p.id)));
  const rank = (c: DiagnosedCause) => (PREREQUISITES.has(c.id) || stated.has(c.id) ? 0 : 1) * 10 + (c.status === 'confirmed' ? 0 : 1);
  // Stable: within a rank the diagnosis's own order (stronger evidence first) stands.
  return [...acted]
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, limit)
    .map((cause) => ({ cause, solution: cause.solutions[0]! }));
}
