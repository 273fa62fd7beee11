import type { CheckDefinition } from './check';
import { count } from './check-cluster';
import { credentialsMissing, stopped } from './check-credentials';
import { sendAuthenticated , jiraMissing } from './jira-request';

const NO_NODE = '(no node id)';

/**
 * A few authenticated `/myself` requests, each on a new connection and without cookies so the load
 * balancer spreads them over the nodes (article 000). Rejections per node show a node whose user
 * directory answers differently. Each rejection counts toward Jira's CAPTCHA, so the run's
 * credential guard stops after two.
 */
export const rest401SamplingCheck: CheckDefinition = {
  id: 'rest401-sampling',
  title: 'REST 401 sampling across nodes',
  unavailable: (settings) => jiraMissing(settings) ?? credentialsMissing(settings),
  async run(ctx) {
    const total = ctx.settings.samples;
    const provenBefore = () => ctx.credentials.proven;
    const outcomes: { node: string; ok: boolean }[] = [];
    let other = 0;
    for (let i = 1; i <= total; i++) {
      ctx.progress(`authenticated request ${i} of ${total}`);
      const answer = await sendAuthenticated(ctx, '/rest/api/2/myself', { fresh: true });
      if (!answer) break;
      const node = answer.res.headers['x-anodeid']?.trim() || NO_NODE;
      if (answer.auth.rejected) outcomes.push({ node, ok: false });
      else if (answer.res.status === 200) outcomes.push({ node, ok: true });
      else other++;
      if (answer.auth.captcha) break;
    }
    if (!outcomes.length && !other) stopped(ctx);

    const ok = outcomes.filter((o) => o.ok);
    const rejected = outcomes.filter((o) => !o.ok);
    ctx.evidence.tally('Accepted per node', count(ok.map((o) => o.node)));
    ctx.evidence.tally('Rejected (401) per node', count(rejected.map((o) => o.node)));
    if (other) ctx.evidence.note(`${other} request(s) got another answer than 200 or 401; see the evidence.`);
    const made = outcomes.length + other;
    if (made < total) {
      ctx.evidence.note(`Stopped after ${made} of ${total} requests: ${ctx.credentials.stopped?.message ?? 'credentials may not be sent any more'}`);
    }

    if (rejected.length && (ok.length || provenBefore())) {
      const nodes = [...new Set(rejected.map((o) => o.node))];
      ctx.evidence.conclude(
        'rest401.pattern',
        'intermittent',
        `${rejected.length} of ${outcomes.length} authenticated requests were rejected${ok.length ? ` and ${ok.length} accepted` : ' while an earlier request with the same credentials was accepted'}`,
      );
      const okNodes = new Set(ok.map((o) => o.node));
      const onlyBad = nodes.filter((n) => n !== NO_NODE && !okNodes.has(n));
      if (onlyBad.length) {
        ctx.evidence.note(`Every request that node ${onlyBad.join(', ')} answered was rejected, while other nodes accepted the same credentials: that node's user directory (LDAP) answers differently.`);
      }
    } else if (rejected.length) {
      ctx.evidence.conclude('rest401.pattern', 'always', `every authenticated request (${rejected.length}) was rejected; with a wrong password this is expected, so check the credentials first`);
    } else if (ok.length) {
      ctx.evidence.conclude('rest401.pattern', 'never', `all ${ok.length} authenticated requests were accepted`);
    }
  },
};
