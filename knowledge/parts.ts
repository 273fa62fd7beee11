import { CAUSE_IDS } from './contract/causes';
import { part as restUnauthorized } from './articles/a000-rest-401';
import { part as mailOauth } from './articles/a001-mail-oauth';
import { part as cookieAuth } from './articles/a002-cookie-auth';
import { part as restSso } from './articles/a003-rest-sso';
import { part as symptoms } from './articles/symptoms';
import type { Knowledge, KnowledgePart } from './schema';
import { KNOWLEDGE_VERSION } from './version';

export { KNOWLEDGE_VERSION } from './version';

/** The article modules, in the order their questions are asked when two are equally decisive. */
export const KNOWLEDGE_PARTS: Readonly<Record<string, KnowledgePart>> = {
  symptoms,
  'a001-mail-oauth': mailOauth,
  'a000-rest-401': restUnauthorized,
  'a002-cookie-auth': cookieAuth,
  'a003-rest-sso': restSso,
};

/**
 * Merges the parts into one knowledge base, causes in the contract's order. No validation: that
 * needs zod and the cross-reference checks (assemble.ts), which the build, the tests and
 * `jira-doctor knowledge check` run, so that starting the app or a command does not.
 */
export function mergeKnowledge(parts: Readonly<Record<string, KnowledgePart>>, version = KNOWLEDGE_VERSION): Knowledge {
  const list = Object.values(parts);
  return {
    version,
    symptoms: list.flatMap((p) => p.symptoms ?? []),
    questions: list.flatMap((p) => p.questions ?? []),
    causes: list.flatMap((p) => p.causes ?? []).sort((a, b) => CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id)),
    variables: list.flatMap((p) => p.variables ?? []),
    signatures: list.flatMap((p) => p.signatures ?? []),
  };
}
