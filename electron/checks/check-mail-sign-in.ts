import type { CheckContext, CheckDefinition } from './check';
import { endpointTenant, isSharedTenant, sameAccount } from './microsoft';
import { CheckFailure } from './problems';
import { checkWords } from './words';

/**
 * Reports the sign-in Jira does, which ran before the checks (it needs the admin at a browser):
 * what Microsoft answered, masked, and whether the account that signed in is the one meant to
 * authorize the mailbox (article 001 RC11). Errors go into `errors`, where the AADSTS signatures
 * judge them (RC1 scopes, RC8 single-tenant with /common, RC14 expired secret…).
 */
export const mailSignInCheck: CheckDefinition = {
  id: 'mail-sign-in',
  title: 'Mail OAuth 2.0 sign-in, as Jira does it',
  unavailable: (settings) => (settings.signIn ? undefined : checkWords().mailSignIn.needs),
  // Synchronous work (the sign-in ran before the run), kept in a promise as every check's is.
  run: (ctx) => Promise.resolve().then(() => report(ctx)),
};

function report(ctx: CheckContext): void {
    const outcome = ctx.signIn;
    const w = checkWords().mailSignIn;
    if (!outcome) throw new CheckFailure({ code: 'not-applicable', ...w.notDone });
    for (const e of outcome.exchanges) ctx.evidence.record(e);
    for (const n of outcome.notes) ctx.evidence.note(n);
    ctx.evidence.note(w.flow(outcome.flow === 'device-code', outcome.config.authorizeEndpoint, outcome.config.tokenEndpoint, outcome.config.scopes));
    ctx.evidence.conclude('oauth.scopes', outcome.config.scopes, w.scopes);
    ctx.evidence.conclude('oauth.authorizeEndpoint', outcome.config.authorizeEndpoint, w.authorizeEndpoint);
    ctx.evidence.conclude('oauth.tokenEndpoint', outcome.config.tokenEndpoint, w.tokenEndpoint);
    const tenant = endpointTenant(outcome.config.tokenEndpoint);
    if (tenant && isSharedTenant(tenant)) ctx.evidence.note(w.sharedTenant(tenant));
    if (outcome.errors.length) ctx.evidence.conclude('errors', outcome.errors, w.errors);
    const mailbox = ctx.settings.mail?.user;
    const expected = ctx.settings.mail?.authorizer ?? mailbox;
    if (outcome.account && expected) {
      const same = sameAccount(outcome.account, expected);
      ctx.evidence.conclude('oauth.authorizedAsExpectedUser', same, same ? w.asExpected(outcome.account) : w.notAsExpected(outcome.account, expected));
      if (!same) ctx.evidence.note(w.otherAccount(outcome.account, expected));
    } else if (outcome.account) {
      ctx.evidence.note(w.signedInAs(outcome.account));
    }
    if (outcome.problem) throw new CheckFailure(outcome.problem);
}
