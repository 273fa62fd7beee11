import { Command } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { register, signInSettings } from '../../../electron/cli/commands/check';
import { CLOUDS, type Cloud } from '../../../electron/checks/clouds';
import { part as mailArticle } from '../../../knowledge/articles/a001-mail-oauth';
import { evaluate } from '../../../knowledge/engine/conditions';
import { compileSignatures } from '../../../knowledge/engine/signatures';
import { validateScopes } from '../../../knowledge/engine/scopes';
import { emptyConnection, suggestedSignIn, toStartRequest } from '../../../renderer/checks/connection';

// The wizard's sign-in step and `check --mail-sign-in` fill in Jira's OAuth 2.0 settings the same
// way: what the admin gave, the rest as the knowledge expects for the cloud.

type Given = { cloud: Cloud; tenant?: string; authorizeEndpoint?: string; scopes?: string };

function fromCommandLine(given: Given) {
  const program = new Command();
  register(program);
  const check = program.commands.find((c) => c.name() === 'check')!;
  check.parseOptions([
    '--mail-host', 'outlook.office365.com', '--mail-user', 'helpdesk@example.com', '--azure-client-id', 'app', '--mail-sign-in',
    ...(given.cloud === 'worldwide' ? [] : ['--azure-cloud', given.cloud]),
    ...(given.tenant ? ['--azure-tenant', given.tenant] : []),
    ...(given.authorizeEndpoint ? ['--oauth-authorize-endpoint', given.authorizeEndpoint] : []),
    ...(given.scopes ? ['--oauth-scopes', given.scopes] : []),
  ]);
  return signInSettings(check.opts());
}

function fromWizard(given: Given) {
  const form = { ...emptyConnection, mailHost: 'outlook.office365.com', mailUser: 'helpdesk@example.com', azureClientId: 'app', azureCloud: given.cloud, azureTenant: given.tenant ?? '', oauthAuthorizeEndpoint: given.authorizeEndpoint ?? '', oauthScopes: given.scopes ?? '' };
  return { shown: suggestedSignIn(form), sent: toStartRequest(form, ['mail']).settings.signIn };
}

/** The article's scope string for a cloud, as the knowledge's variable gives it. */
function articleScopes(cloud: Cloud): string {
  const variable = mailArticle.variables!.find((v) => v.id === 'expectedScopes')!;
  const ctx = { facts: { 'microsoft.cloud': cloud }, today: '2026-12-02', signatures: compileSignatures([]) };
  return variable.cases.find((c) => evaluate(c.when, ctx).truth === true)!.value;
}

describe("Jira's OAuth 2.0 settings for the sign-in", () => {
  it.each(CLOUDS)('are the same from the wizard and the command line by default, with the article scopes, in the %s cloud', (cloud) => {
    const cli = fromCommandLine({ cloud });
    const wizard = fromWizard({ cloud });
    expect(cli).toEqual(wizard.sent);
    expect(wizard.shown).toEqual({ authorizeEndpoint: cli!.authorizeEndpoint, tokenEndpoint: cli!.tokenEndpoint, scopes: cli!.scopes });
    expect(cli!.scopes).toBe(articleScopes(cloud));
    for (const protocol of ['imap', 'pop'] as const) expect(validateScopes(cli!.scopes, { cloud, protocol }).verdict).toBe('valid');
    expect(cli!.authorizeEndpoint).toBe(`https://${cloud === 'gcc-high' || cloud === 'dod' ? 'login.microsoftonline.us' : 'login.microsoftonline.com'}/common/oauth2/v2.0/authorize`);
  });

  it('agree on whatever the admin gives: tenant, authorization endpoint, scopes', () => {
    const text = fc.stringMatching(/^[a-z0-9.-]{1,20}$/);
    fc.assert(
      fc.property(
        fc.record({ cloud: fc.constantFrom(...CLOUDS), tenant: fc.option(text, { nil: undefined }), authorizeEndpoint: fc.option(text.map((h) => `https://${h}/t/oauth2/v2.0/authorize`), { nil: undefined }), scopes: fc.option(text, { nil: undefined }) }),
        (given) => {
          const cli = fromCommandLine(given);
          expect(cli).toEqual(fromWizard(given).sent);
          if (given.authorizeEndpoint) expect(cli!.tokenEndpoint).toBe(given.authorizeEndpoint.replace(/authorize$/, 'token'));
          if (given.scopes) expect(cli!.scopes).toBe(given.scopes);
        },
      ),
      { numRuns: 200 },
    );
  });
});
