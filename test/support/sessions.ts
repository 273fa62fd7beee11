import type { Evidence, FactName, FactValue, Session } from '../../knowledge/index';

const at = '2026-11-20T10:00:00.000Z';

/** What a report test puts in a saved session: the facts the user answered, and what the cluster check's one exchange carried. */
export type SessionParts = {
  name: string;
  /** Answered by the user, in this order. */
  facts: Partial<Record<FactName, FactValue>>;
  unknown?: FactName[];
  requestHeaders?: Record<string, string>;
  /** Beside the node's id (x-anodeid: node1). */
  responseHeaders?: Record<string, string>;
  bodyExcerpt?: string;
  notes?: string[];
  tallies?: Evidence['tallies'];
};

/**
 * A saved session (schema 1) as the app writes it, with the cluster check's evidence: one request to
 * serverInfo, its answer from node1, and the check's conclusion (lb.sticky false). The texts a test
 * plants (secrets, hostile strings) go where a session holds free text: headers, a body, notes, the
 * answers.
 */
export function sessionOf(parts: SessionParts): Session {
  const evidence: Evidence = {
    check: 'cluster',
    title: 'Cluster and session stickiness',
    startedAt: at,
    durationMs: 840,
    outcome: 'ok',
    exchanges: [
      {
        at,
        durationMs: 40,
        request: { method: 'GET', url: 'https://jira.acme.internal/rest/api/2/serverInfo', headers: parts.requestHeaders ?? {} },
        response: { status: 200, headers: { 'x-anodeid': 'node1', ...parts.responseHeaders }, bodyExcerpt: parts.bodyExcerpt ?? '' },
      },
    ],
    concluded: [{ fact: 'lb.sticky', value: false, why: 'one cookie jar reached 2 nodes (node1, node2)' }],
    notes: parts.notes ?? [],
    ...(parts.tallies ? { tallies: parts.tallies } : {}),
  };
  return {
    schemaVersion: 1,
    id: 's1',
    name: parts.name,
    createdAt: at,
    updatedAt: at,
    knowledgeVersion: '2026.11.0',
    answers: Object.entries(parts.facts).map(([fact, value]) => ({ fact: fact as FactName, value, source: { kind: 'user' }, at })),
    unknown: parts.unknown ?? [],
    checks: { facts: { 'lb.sticky': false }, evidence: [evidence], startedAt: at, finishedAt: at },
  };
}
