import type { CheckContext, CheckDefinition } from './check';
import type { HttpResponse } from './http';
import { expectJson, loginReasonFact, type AuthView } from './jira-answer';
import { sendAuthenticated, jiraBase, jiraMissing } from './jira-request';
import { fail } from './problems';
import type { CheckSettings } from './settings';
import { checkWords } from './words';

export function credentialsMissing(settings: CheckSettings): string | undefined {
  return settings.auth === 'none' ? checkWords().credentials.needed : undefined;
}

/**
 * Who Jira thinks the credentials belong to, and why it says so (jira-facts §1.2, §2.2, §7):
 * `/rest/api/2/myself` is the endpoint that cannot fall back to anonymous.
 */
export const credentialsCheck: CheckDefinition = {
  id: 'credentials',
  title: 'Credentials: who Jira sees and why',
  unavailable: (settings) => jiraMissing(settings) ?? credentialsMissing(settings),
  async run(ctx) {
    const answer = await sendAuthenticated(ctx, '/rest/api/2/myself');
    if (!answer) return stopped(ctx);
    const { res, auth } = answer;
    recordAuthFacts(ctx, auth, 'GET /rest/api/2/myself');
    if (auth.captcha) fail('unauthorized', ctx.credentials.stopped!.message, ctx.credentials.stopped!.advice);
    if (auth.rejected) explainRejection(ctx, res, auth);
    expectJson(res, jiraBase(ctx), 'myself');
    const w = checkWords().credentials;
    if (res.status !== 200) fail('bad-response', w.badStatus(res.status));
    ctx.evidence.note(w.authenticatedAs(auth.user, res.headers['x-anodeid']));
  },
};

/** Records what Jira's headers said about the login; the facts are the header values verbatim. */
export function recordAuthFacts(ctx: CheckContext, auth: AuthView, request: string): void {
  const reason = loginReasonFact(auth);
  const w = checkWords().credentials;
  if (reason) ctx.evidence.conclude('auth.loginReason', reason, w.header('X-Seraph-LoginReason', request));
  if (auth.deniedReason) ctx.evidence.conclude('auth.deniedReason', auth.deniedReason, w.header('X-Authentication-Denied-Reason', request));
}

export function stopped(ctx: CheckContext): never {
  const why = ctx.credentials.stopped;
  const w = checkWords().credentials;
  fail('unauthorized', why ? w.notRunWithCredentials(why.message) : w.noCredentials, why?.advice ?? w.needed);
}

function explainRejection(ctx: CheckContext, res: HttpResponse, auth: AuthView): never {
  const pat = ctx.settings.auth === 'pat';
  const w = checkWords().credentials;
  if (res.status === 200 && auth.user === 'anonymous') fail('unauthorized', w.anonymous(pat));
  const reason = auth.loginReasons.join(', ') || w.noReason;
  const advice = auth.loginReasons.includes('AUTHORISATION_FAILED') ? w.mayNotLogIn : pat ? w.revokedToken : w.checkPassword;
  fail('unauthorized', w.rejected(pat, res.status, reason), advice);
}
