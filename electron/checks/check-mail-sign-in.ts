import type { CheckContext, CheckDefinition } from './check';
import { endpointTenant, isSharedTenant, sameAccount } from './microsoft';
import { CheckFailure } from './problems';
import { setting } from './wording';

/**
 * Reports the sign-in Jira does, which ran before the checks (it needs the admin at a browser):
 * what Microsoft answered, masked, and whether the account that signed in is the one meant to
 * authorize the mailbox (article 001 RC11). Errors go into `errors`, where the AADSTS signatures
 * judge them (RC1 scopes, RC8 single-tenant with /common, RC14 expired secret…).
 */
export const mailSignInCheck: CheckDefinition = {
  id: 'mail-sign-in',
  title: 'Mail OAuth 2.0 sign-in, as Jira does it',
  unavailable: (settings) => (settings.signIn ? undefined : `sign in the way Jira does, with Jira's OAuth 2.0 settings ${setting('mailSignIn')}`),
  // Synchronous work (the sign-in ran before the run), kept in a promise as every check's is.
  run: (ctx) => Promise.resolve().then(() => report(ctx)),
};

function report(ctx: CheckContext): void {
    const outcome = ctx.signIn;
    if (!outcome) {
      throw new CheckFailure({ code: 'not-applicable', message: 'No sign-in was done before the checks.', advice: `Sign in first ${setting('mailSignIn')}.` });
    }
    for (const e of outcome.exchanges) ctx.evidence.record(e);
    for (const n of outcome.notes) ctx.evidence.note(n);
    ctx.evidence.note(`Sign-in flow: ${outcome.flow === 'device-code' ? 'device code' : 'authorization code (browser)'}; endpoints ${outcome.config.authorizeEndpoint} and ${outcome.config.tokenEndpoint}; scopes "${outcome.config.scopes}".`);
    ctx.evidence.conclude('oauth.scopes', outcome.config.scopes, "the scopes of Jira's OAuth 2.0 integration, as given for the sign-in");
    ctx.evidence.conclude('oauth.authorizeEndpoint', outcome.config.authorizeEndpoint, "Jira's authorization endpoint, as given for the sign-in");
    ctx.evidence.conclude('oauth.tokenEndpoint', outcome.config.tokenEndpoint, "Jira's token endpoint, as given for the sign-in");
    const tenant = endpointTenant(outcome.config.tokenEndpoint);
    if (tenant && isSharedTenant(tenant)) ctx.evidence.note(`The endpoints use /${tenant}: that works only for a multi-tenant app; a single-tenant app needs its tenant id there (Microsoft then answers AADSTS50194).`);
    if (outcome.errors.length) ctx.evidence.conclude('errors', outcome.errors, 'what Microsoft answered to the sign-in');
    const mailbox = ctx.settings.mail?.user;
    const expected = ctx.settings.mail?.authorizer ?? mailbox;
    if (outcome.account && expected) {
      const same = sameAccount(outcome.account, expected);
      ctx.evidence.conclude(
        'oauth.authorizedAsExpectedUser',
        same,
        same ? `the browser signed in as ${outcome.account}, the account meant to authorize the mailbox` : `the browser signed in as ${outcome.account}, not as ${expected}`,
      );
      if (!same) ctx.evidence.note(`Microsoft signed in ${outcome.account} although ${expected} was meant: a browser that remembers another account does this. Sign in from a private window, or pick the account explicitly.`);
    } else if (outcome.account) {
      ctx.evidence.note(`The browser signed in as ${outcome.account}. Give the mailbox ${setting('mailUser')} to compare it with the account meant to authorize it.`);
    }
    if (outcome.problem) throw new CheckFailure(outcome.problem);
}
