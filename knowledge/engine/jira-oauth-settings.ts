import { authorityHost } from './endpoints';
import { expectedScopes, type MicrosoftCloud } from './scopes';

/**
 * Jira's OAuth 2.0 integration with a Microsoft 365 mailbox as the wizard's sign-in step and
 * `check --mail-sign-in` both fill it in (article 001, Solutions 1 and 8): what the admin gave, and
 * for the rest what the knowledge expects in the cloud. The tenant's endpoints on the cloud's
 * sign-in host (/common while no tenant is given; the token endpoint beside a given authorization
 * endpoint), and the article's scopes. One scope string serves IMAP and POP: Jira's integration
 * has a single scope field whichever protocol its handler reads with, and the article puts both
 * permissions in it, so the sign-in asks for what Jira asks for.
 */
export type JiraOAuthSettings = { authorizeEndpoint: string; tokenEndpoint: string; scopes: string };

export type JiraOAuthInput = {
  cloud: MicrosoftCloud;
  tenant?: string;
  /** Replaces the cloud's sign-in host (a stand-in, or a sovereign host the knowledge lacks). */
  loginUrl?: string;
} & Partial<JiraOAuthSettings>;

export function jiraOAuthSettings(input: JiraOAuthInput): JiraOAuthSettings {
  const login = withoutTrailingSlashes(input.loginUrl ?? `https://${authorityHost(input.cloud)}`);
  const tenant = encodeURIComponent(input.tenant ?? 'common');
  const authorizeEndpoint = input.authorizeEndpoint ?? `${login}/${tenant}/oauth2/v2.0/authorize`;
  return {
    authorizeEndpoint,
    tokenEndpoint: input.tokenEndpoint ?? authorizeEndpoint.replace(/\/authorize\/?$/, '/token'),
    scopes: input.scopes ?? expectedScopes(input.cloud),
  };
}

/** The address without its trailing slashes (by hand: `/\/+$/` backtracks quadratically on a long run of slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
