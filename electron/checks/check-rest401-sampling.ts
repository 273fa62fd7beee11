import type { CheckDefinition } from './check';
import { count } from './check-cluster';
import { credentialsMissing, stopped } from './check-credentials';
import { sendAuthenticated, jiraMissing } from './jira-request';
import { checkWords } from './words';

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
    const w = checkWords().sampling;
    const NO_NODE = checkWords().jira.noNode;
    const provenBefore = () => ctx.credentials.proven;
    const outcomes: { node: string; ok: boolean }[] = [];
    let other = 0;
    for (let i = 1; i <= total; i++) {
      ctx.progress(w.progress(i, total));
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
    ctx.evidence.tally(w.accepted, count(ok.map((o) => o.node)));
    ctx.evidence.tally(w.rejected, count(rejected.map((o) => o.node)));
    if (other) ctx.evidence.note(w.other(other));
    const made = outcomes.length + other;
    if (made < total) ctx.evidence.note(w.stopped(made, total, ctx.credentials.stopped?.message));

    if (rejected.length && (ok.length || provenBefore())) {
      const nodes = [...new Set(rejected.map((o) => o.node))];
      ctx.evidence.conclude('rest401.pattern', 'intermittent', w.intermittent(rejected.length, outcomes.length, ok.length));
      const okNodes = new Set(ok.map((o) => o.node));
      const onlyBad = nodes.filter((n) => n !== NO_NODE && !okNodes.has(n));
      if (onlyBad.length) ctx.evidence.note(w.onlyBad(checkWords().list(onlyBad)));
    } else if (rejected.length) {
      ctx.evidence.conclude('rest401.pattern', 'always', w.always(rejected.length));
    } else if (ok.length) {
      ctx.evidence.conclude('rest401.pattern', 'never', w.never(ok.length));
    }
  },
};
