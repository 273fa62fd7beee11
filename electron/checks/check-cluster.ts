import { CookieJar } from 'tough-cookie';
import type { CheckContext, CheckDefinition } from './check';
import type { HttpResponse } from './http';
import { affinityCookies, explainRedirect } from './jira-answer';
import { sendAuthenticated, sendJira, jiraBase, jiraMissing } from './jira-request';
import { checkWords } from './words';

/** Requests made with one cookie jar (as a browser would), and each on a new connection without cookies. */
const JAR_REQUESTS = 8;
const SPREAD_REQUESTS = 4;
/** The tally key of answers without X-ANODEID, in the run's words. */
const noNode = () => checkWords().jira.noNode;

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
    const w = checkWords().cluster;
    const jar = new CookieJar();
    const jarNodes: string[] = [];
    const statuses: string[] = [];
    const setCookies: string[] = [];
    for (let i = 1; i <= JAR_REQUESTS; i++) {
      ctx.progress(w.progressJar(i, JAR_REQUESTS));
      const res = await sendJira(ctx, '/rest/api/2/serverInfo', { jar });
      explainRedirect(res, jiraBase(ctx), 'serverInfo');
      jarNodes.push(nodeOf(res));
      statuses.push(`${nodeOf(res)} ${res.status}`);
      setCookies.push(...res.setCookies);
    }
    const spreadNodes: string[] = [];
    for (let i = 1; i <= SPREAD_REQUESTS; i++) {
      ctx.progress(w.progressFresh(i, SPREAD_REQUESTS));
      const res = await sendJira(ctx, '/rest/api/2/serverInfo', { fresh: true });
      spreadNodes.push(nodeOf(res));
      statuses.push(`${nodeOf(res)} ${res.status}`);
    }
    ctx.evidence.tally(w.perNodeJar, count(jarNodes));
    ctx.evidence.tally(w.perNodeFresh, count(spreadNodes));
    ctx.evidence.tally(w.perNodeStatus, count(statuses));

    const jarIds = distinct(jarNodes);
    // Other checks' answers count too: running alongside them, our few requests may all meet one node.
    const allIds = distinct([...jarNodes, ...spreadNodes, ...ctx.http.nodesSeen]);
    const listed = await clusterNodes(ctx);
    const clustered = decideClustered(ctx, allIds, listed);

    const cookies = affinityCookies(setCookies);
    if (cookies.length) ctx.evidence.note(w.affinityCookie(cookies.join('; ')));
    if (jarIds.length > 1) {
      ctx.evidence.conclude('lb.sticky', false, w.notSticky(jarIds.length, checkWords().list(jarIds), JAR_REQUESTS));
    } else if (jarIds.length === 1 && clustered) {
      ctx.evidence.conclude('lb.sticky', true, w.sticky(JAR_REQUESTS, jarIds[0]!));
      if (!cookies.length) ctx.evidence.note(w.noAffinityCookie);
    }
  },
};

type ListedNodes = { active: string[]; all: string[] } | 'not-clustered' | undefined;

/** The cluster's own node list; needs an admin account (401 otherwise) and Data Center (405 otherwise). */
async function clusterNodes(ctx: CheckContext): Promise<ListedNodes> {
  if (!ctx.credentials.authorization) return undefined;
  const w = checkWords().cluster;
  const answer = await sendAuthenticated(ctx, '/rest/api/2/cluster/nodes');
  if (!answer) {
    ctx.evidence.note(w.listNotRead(ctx.credentials.stopped?.message));
    return undefined;
  }
  const { res, auth } = answer;
  if (res.status === 405) return 'not-clustered';
  if (res.status === 401 || res.status === 403) {
    ctx.evidence.note(auth.rejected ? w.listRejected : w.listNeedsAdmin);
    return undefined;
  }
  if (res.status !== 200) {
    ctx.evidence.note(w.listStatus(res.status));
    return undefined;
  }
  let list: unknown;
  try {
    list = JSON.parse(res.body);
  } catch {
    ctx.evidence.note(w.listNotJson);
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
  const w = checkWords().cluster;
  const ids = seen.filter((n) => n !== noNode());
  if (listed === 'not-clustered') {
    ctx.evidence.conclude('jira.clustered', false, w.notClustered);
    return false;
  }
  if (listed) {
    const clustered = listed.active.length > 1;
    ctx.evidence.conclude('jira.clustered', clustered, w.listed(listed.active.length, checkWords().list(listed.active)));
    const unseen = listed.active.filter((n) => !ids.includes(n));
    if (clustered && unseen.length) ctx.evidence.note(w.unseen(checkWords().list(unseen)));
    return clustered;
  }
  if (ids.length > 1) {
    ctx.evidence.conclude('jira.clustered', true, w.seen(ids.length, checkWords().list(ids)));
    return true;
  }
  if (ids.length === 0) {
    ctx.evidence.conclude('jira.clustered', false, w.noNodeIds);
    return false;
  }
  ctx.evidence.note(w.onlyNode(ids[0]!));
  return undefined;
}

function nodeOf(res: HttpResponse): string {
  return res.headers['x-anodeid']?.trim() || noNode();
}

function distinct(values: string[]): string[] {
  return [...new Set(values)].filter((v) => v !== noNode());
}

export function count(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
