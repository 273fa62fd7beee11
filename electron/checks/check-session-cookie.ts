import { CookieJar } from 'tough-cookie';
import type { CheckContext, CheckDefinition } from './check';
import { recordAuthFacts, stopped } from './check-credentials';
import { cookieNames } from '../text/mask';
import { expectJson, readAuth, type AuthView } from './jira-answer';
import type { HttpResponse } from './http';
import { sendJira, jiraBase, jiraMissing } from './jira-request';
import { fail } from './problems';
import { checkWords } from './words';

/** Requests that reuse the session cookie after the login. */
const COOKIE_REUSES = 4;

/**
 * Cookie-based authentication as a REST client does it (article 002, jira-facts §1.3): log in
 * with POST /rest/auth/1/session, reuse the session cookie alone, then log out.
 */
export const sessionCookieCheck: CheckDefinition = {
  id: 'session-cookie',
  title: 'Session cookie login and reuse',
  unavailable: (settings) => jiraMissing(settings) ?? (settings.auth === 'basic' ? undefined : checkWords().session.needsPassword),
  async run(ctx) {
    const { username } = ctx.settings;
    const w = checkWords().session;
    const jar = new CookieJar();
    const login = await ctx.credentials.attempt(
      async () => {
        const res = await sendJira(ctx, '/rest/auth/1/session', {
          method: 'POST',
          jar,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username, password: ctx.secrets.password }),
        });
        return { res, auth: readAuth(res, true) };
      },
      ({ res, auth }) => ({ rejected: res.status === 401 || res.status === 403 || auth.rejected, captcha: auth.captcha }),
    );
    if (!login) stopped(ctx);
    const { res, auth } = login;
    recordAuthFacts(ctx, auth, 'POST /rest/auth/1/session');
    if (res.status === 403) {
      if (auth.captcha) fail('unauthorized', w.captcha(ctx.credentials.stopped?.message), ctx.credentials.stopped?.advice ?? '');
      fail('unauthorized', w.denied);
    }
    if (res.status === 401 || auth.rejected) refused(ctx, res, auth);
    expectJson(res, jiraBase(ctx), 'session');
    if (res.status !== 200) fail('bad-response', w.badStatus(res.status));
    const loginNode = res.headers['x-anodeid'];
    ctx.evidence.note(w.loginWorked(loginNode, checkWords().list(cookieNames(res.setCookies))));

    try {
      await reuse(ctx, jar, loginNode);
    } finally {
      if (!ctx.signal.aborted) await sendJira(ctx, '/rest/auth/1/session', { method: 'DELETE', jar }).catch(() => undefined);
    }
  },
};

/**
 * A refused session login, said so that an admin with the right password is not told it is wrong
 * (the same words as the credentials check: a directory that answers differently on some nodes),
 * and without inviting the repeated logins that would lock the account into a CAPTCHA.
 */
function refused(ctx: CheckContext, res: HttpResponse, auth: AuthView): never {
  const node = res.headers['x-anodeid'];
  const w = checkWords().session;
  const said = w.said(res.status, auth.loginReasons.join(', '));
  const where = w.onNode(node);
  // Every refusal says the check tried once, and why it does not try again (Jira's CAPTCHA limit).
  if (auth.loginReasons.includes('AUTHORISATION_FAILED')) fail('unauthorized', w.mayNotLogIn(said, where));
  if (ctx.credentials.proven) fail('unauthorized', w.refusedAfterAccepted(said, where));
  fail('unauthorized', w.refused(said, where));
}

async function reuse(ctx: CheckContext, jar: CookieJar, loginNode: string | undefined): Promise<void> {
  const paths = ['/rest/auth/1/session', ...Array.from({ length: COOKIE_REUSES - 1 }, () => '/rest/api/2/myself')];
  let worked = 0;
  const w = checkWords().session;
  for (const [i, path] of paths.entries()) {
    ctx.progress(w.progress(i + 1, paths.length));
    // The first reuse follows the login at once (does the cookie work at all?); then the admin's gap.
    if (i > 0) await pause(ctx.settings.sessionGapMs, ctx.signal);
    const res = await sendJira(ctx, path, { jar });
    const node = res.headers['x-anodeid'];
    const user = res.headers['x-ausername'];
    if (res.status === 200 && user !== 'anonymous') {
      worked++;
      continue;
    }
    if (res.status !== 401 && !(res.status === 200 && user === 'anonymous')) {
      fail('bad-response', w.reuseStatus(res.status));
    }
    const moved = node && loginNode && node !== loginNode ? w.moved(node, loginNode) : '';
    if (worked) {
      ctx.evidence.conclude('cookie.worksThenFails', true, w.worksThenFails(worked, i + 1, res.status === 401));
      ctx.evidence.note(w.endedInUse(moved));
    } else {
      ctx.evidence.note(w.firstRefused(moved));
    }
    return;
  }
  ctx.evidence.note(w.allWorked(worked));
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason as Error)), { once: true });
  });
}
