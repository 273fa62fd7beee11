import type { CheckContext } from './check';
import type { HttpRequest, HttpResponse } from './http';
import { readAuth, type AuthView } from './jira-answer';
import { fail } from './problems';
import type { CheckSettings } from './settings';
import { checkWords } from './words';

/** Why a check that talks to Jira cannot run: the pre-flight runs without Jira's address. */
export function jiraMissing(settings: CheckSettings): string | undefined {
  return settings.baseUrl ? undefined : checkWords().jira.missing;
}

/** Jira's base URL; checks that use it declare `jiraMissing` as (part of) their `unavailable`. */
export function jiraBase(ctx: CheckContext): string {
  const { message, advice } = checkWords().jira.noAddress;
  return ctx.settings.baseUrl ?? fail('not-applicable', message, advice);
}

/** Jira's address for a path, keeping the context path of the base URL. */
export function jiraUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/** One request to Jira without credentials. */
export function sendJira(ctx: CheckContext, path: string, req: Omit<HttpRequest, 'url'> = {}): Promise<HttpResponse> {
  return ctx.http.send({ ...req, url: jiraUrl(jiraBase(ctx), path) }, ctx.signal, ctx.evidence.record);
}

/**
 * One request to Jira with the run's credentials, through the run's credential guard. Returns
 * undefined when credentials may not be sent any more (an earlier rejection or a CAPTCHA).
 */
export async function sendAuthenticated(
  ctx: CheckContext,
  path: string,
  req: Omit<HttpRequest, 'url'> = {},
): Promise<{ res: HttpResponse; auth: AuthView } | undefined> {
  const authorization = ctx.credentials.authorization;
  if (!authorization) return undefined;
  return ctx.credentials.attempt(
    async () => {
      const res = await sendJira(ctx, path, { ...req, headers: { ...req.headers, Authorization: authorization } });
      return { res, auth: readAuth(res, true) };
    },
    ({ auth }) => auth,
  );
}
