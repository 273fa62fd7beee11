import { CookieJar } from 'tough-cookie';
import type { CheckContext, CheckDefinition } from './check';
import type { HttpResponse } from './http';
import { affinityCookies, explainRedirect } from './jira-answer';
import { sendAuthenticated, sendJira, jiraBase, jiraMissing } from './jira-request';

/** Requests made with one cookie jar (as a browser would), and each on a new connection without cookies. */
const JAR_REQUESTS = 8;
const SPREAD_REQUESTS = 4;
const NO_NODE = '(no node id)';

/**
 * Which Jira nodes answer, and whether one client stays on one node (jira-facts §1.4, §2.4, §7):
 * X-ANODEID over a series of anonymous serverInfo requests sharing a cookie jar, a few more on new
 * connections to see the other nodes, and the cluster's node list when the account is an admin.
 */
export const clusterCheck: CheckDefinition = {
  id: 'cluster',
  title: 'Jira cluster nodes and load-balancer stickiness',
  unavailable: jiraMissing,
  async run(ctx) {
    const jar = new CookieJar();
    const jarNodes: string[] = [];
    const statuses: string[] = [];
    const setCookies: string[] = [];
    for (let i = 1; i <= JAR_REQUESTS; i++) {
      ctx.progress(`request ${i} of ${JAR_REQUESTS} with one cookie jar`);
      const res = await sendJira(ctx, '/rest/api/2/serverInfo', { jar });
      explainRedirect(res, jiraBase(ctx), 'Jira (serverInfo)');
      jarNodes.push(nodeOf(res));
      statuses.push(`${nodeOf(res)} ${res.status}`);
      setCookies.push(...res.setCookies);
    }
    const spreadNodes: string[] = [];
    for (let i = 1; i <= SPREAD_REQUESTS; i++) {
      ctx.progress(`request ${i} of ${SPREAD_REQUESTS} on a new connection`);
      const res = await sendJira(ctx, '/rest/api/2/serverInfo', { fresh: true });
      spreadNodes.push(nodeOf(res));
      statuses.push(`${nodeOf(res)} ${res.status}`);
    }
    ctx.evidence.tally('Answers per node, one cookie jar', count(jarNodes));
    ctx.evidence.tally('Answers per node, new connection each', count(spreadNodes));
    ctx.evidence.tally('Answers per node and status', count(statuses));

    const jarIds = distinct(jarNodes);
    // Other checks' answers count too: running alongside them, our few requests may all meet one node.
    const allIds = distinct([...jarNodes, ...spreadNodes, ...ctx.http.nodesSeen]);
    const listed = await clusterNodes(ctx);
    const clustered = decideClustered(ctx, allIds, listed);

    const cookies = affinityCookies(setCookies);
    if (cookies.length) ctx.evidence.note(`The load balancer's affinity cookie: ${cookies.join('; ')}.`);
    if (jarIds.length > 1) {
      ctx.evidence.conclude('lb.sticky', false, `one client with one cookie jar was answered by ${jarIds.length} nodes (${jarIds.join(', ')}) in ${JAR_REQUESTS} requests`);
    } else if (jarIds.length === 1 && clustered) {
      ctx.evidence.conclude('lb.sticky', true, `all ${JAR_REQUESTS} requests with one cookie jar were answered by node ${jarIds[0]} while the cluster has more than one node`);
      if (!cookies.length) ctx.evidence.note('No known affinity cookie was set: stickiness may rest on the client address, which breaks when clients share or change addresses.');
    }
  },
};

type ListedNodes = { active: string[]; all: string[] } | 'not-clustered' | undefined;

/** The cluster's own node list; needs an admin account (401 otherwise) and Data Center (405 otherwise). */
async function clusterNodes(ctx: CheckContext): Promise<ListedNodes> {
  if (!ctx.credentials.authorization) return undefined;
  const answer = await sendAuthenticated(ctx, '/rest/api/2/cluster/nodes');
  if (!answer) {
    ctx.evidence.note(`The cluster's node list was not read: ${ctx.credentials.stopped?.message ?? 'credentials are no longer sent in this run.'}`);
    return undefined;
  }
  const { res, auth } = answer;
  if (res.status === 405) return 'not-clustered';
  if (res.status === 401 || res.status === 403) {
    ctx.evidence.note(
      auth.rejected
        ? "The cluster's node list was not read: Jira rejected the credentials."
        : "The cluster's node list needs a Jira administrator; this account is not one, so only the node ids in answers count.",
    );
    return undefined;
  }
  if (res.status !== 200) {
    ctx.evidence.note(`The cluster's node list answered ${res.status}.`);
    return undefined;
  }
  let list: unknown;
  try {
    list = JSON.parse(res.body);
  } catch {
    ctx.evidence.note("The cluster's node list was not JSON.");
    return undefined;
  }
  if (!Array.isArray(list)) return undefined;
  const nodes = list.filter((n): n is Record<string, unknown> => !!n && typeof n === 'object');
  return {
    all: nodes.map((n) => String(n.nodeId)),
    active: nodes.filter((n) => n.state === 'ACTIVE' && n.alive !== false).map((n) => String(n.nodeId)),
  };
}

function decideClustered(ctx: CheckContext, seen: string[], listed: ListedNodes): boolean | undefined {
  const ids = seen.filter((n) => n !== NO_NODE);
  if (listed === 'not-clustered') {
    ctx.evidence.conclude('jira.clustered', false, 'the cluster node list answered 405: this Jira is not clustered');
    return false;
  }
  if (listed) {
    const clustered = listed.active.length > 1;
    ctx.evidence.conclude('jira.clustered', clustered, `the cluster lists ${listed.active.length} active node(s): ${listed.active.join(', ') || 'none'}`);
    const unseen = listed.active.filter((n) => !ids.includes(n));
    if (clustered && unseen.length) ctx.evidence.note(`Active nodes that answered none of the requests: ${unseen.join(', ')}.`);
    return clustered;
  }
  if (ids.length > 1) {
    ctx.evidence.conclude('jira.clustered', true, `${ids.length} different nodes answered this run's requests (${ids.join(', ')})`);
    return true;
  }
  if (ids.length === 0) {
    ctx.evidence.conclude('jira.clustered', false, 'no answer carried a node id (X-ANODEID), which Jira Data Center nodes send; this is a single, unclustered Jira (inferred)');
    return false;
  }
  ctx.evidence.note(`Only node ${ids[0]} answered. Whether other nodes exist is unknown: an administrator account would let the check read the cluster's node list.`);
  return undefined;
}

function nodeOf(res: HttpResponse): string {
  return res.headers['x-anodeid']?.trim() || NO_NODE;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)].filter((v) => v !== NO_NODE);
}

export function count(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
