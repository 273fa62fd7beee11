import type { CheckContext, CheckDefinition } from './check';
import type { HttpResponse } from './http';
import { expectJson, loginReasonFact, type AuthView } from './jira-answer';
import { sendAuthenticated, jiraBase, jiraMissing } from './jira-request';
import { fail } from './problems';
import type { CheckSettings } from './settings';
import { setting } from './wording';

export const NEEDS_CREDENTIALS = `give a user name ${setting('username')} with its password ${setting('password')}, or a personal access token ${setting('token')}`;

export function credentialsMissing(settings: CheckSettings): string | undefined {
  return settings.auth === 'none' ? NEEDS_CREDENTIALS : undefined;
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
    expectJson(res, jiraBase(ctx), 'Jira (myself)');
    if (res.status !== 200) fail('bad-response', `Jira answered ${res.status} to /rest/api/2/myself.`, 'Look at the evidence; Jira or a proxy in front of it reports an error.');
    ctx.evidence.note(`Jira authenticated the request as ${auth.user ?? 'a user it did not name'}${res.headers['x-anodeid'] ? ` on node ${res.headers['x-anodeid']}` : ''}.`);
  },
};

/** Records what Jira's headers said about the login; the facts are the header values verbatim. */
export function recordAuthFacts(ctx: CheckContext, auth: AuthView, request: string): void {
  const reason = loginReasonFact(auth);
  if (reason) ctx.evidence.conclude('auth.loginReason', reason, `X-Seraph-LoginReason on ${request}`);
  if (auth.deniedReason) ctx.evidence.conclude('auth.deniedReason', auth.deniedReason, `X-Authentication-Denied-Reason on ${request}`);
}

export function stopped(ctx: CheckContext): never {
  const why = ctx.credentials.stopped;
  fail('unauthorized', why ? `Not run with credentials: ${why.message}` : 'No credentials to send.', why?.advice ?? NEEDS_CREDENTIALS);
}

const REVOKED_TOKEN = 'The personal access token is wrong, expired or revoked; create a new one in the user profile (Profile → Personal Access Tokens).';

function explainRejection(ctx: CheckContext, res: HttpResponse, auth: AuthView): never {
  const pat = ctx.settings.auth === 'pat';
  if (res.status === 200 && auth.user === 'anonymous') {
    fail(
      'unauthorized',
      `Jira ignored the ${pat ? 'token' : 'credentials'} and answered as the anonymous user.`,
      pat ? `${REVOKED_TOKEN} Jira treats a request with a bad token as anonymous.` : 'Check the user name and password; an SSO app may also drop Basic authentication.',
    );
  }
  const reason = auth.loginReasons.join(', ') || 'no reason given';
  const advice = auth.loginReasons.includes('AUTHORISATION_FAILED')
    ? "The credentials are right but the user may not log in: give the user access to the application (a group with the product's licence)."
    : pat
      ? REVOKED_TOKEN
      : 'Check the user name and password. If they are right and this happens only sometimes, the user directory (LDAP) answers differently on some nodes; run the 401 sampling check.';
  fail(
    'unauthorized',
    `Jira rejected the ${pat ? 'token' : 'credentials'} (${res.status}, X-Seraph-LoginReason: ${reason}).${pat ? '' : ' No further login was attempted, so the account does not reach the CAPTCHA limit.'}`,
    advice,
  );
}
