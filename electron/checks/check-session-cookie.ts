import { CookieJar } from 'tough-cookie';
import type { CheckContext, CheckDefinition } from './check';
import { recordAuthFacts, stopped } from './check-credentials';
import { cookieNames } from '../text/mask';
import { expectJson, readAuth, type AuthView } from './jira-answer';
import type { HttpResponse } from './http';
import { sendJira, jiraBase, jiraMissing } from './jira-request';
import { fail } from './problems';
import { setting } from './wording';

/** Requests that reuse the session cookie after the login. */
const COOKIE_REUSES = 4;

/**
 * Cookie-based authentication as a REST client does it (article 002, jira-facts §1.3): log in
 * with POST /rest/auth/1/session, reuse the session cookie alone, then log out.
 */
export const sessionCookieCheck: CheckDefinition = {
  id: 'session-cookie',
  title: 'Session cookie login and reuse',
  unavailable: (settings) =>
    jiraMissing(settings) ??
    (settings.auth === 'basic' ? undefined : `give a user name ${setting('username')} with its password ${setting('password')}; a personal access token cannot open a session`),
  async run(ctx) {
    const { username } = ctx.settings;
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
      if (auth.captcha) fail('unauthorized', `The session login was denied: ${ctx.credentials.stopped?.message ?? 'CAPTCHA required.'}`, ctx.credentials.stopped?.advice ?? '');
      fail('unauthorized', 'The session login was denied (403).', 'Look at X-Seraph-LoginReason in the evidence.');
    }
    if (res.status === 401 || auth.rejected) refused(ctx, res, auth);
    expectJson(res, jiraBase(ctx), 'Jira (session login)');
    if (res.status !== 200) fail('bad-response', `The session login answered ${res.status}.`, 'Look at the evidence for what Jira or a proxy said.');
    const loginNode = res.headers['x-anodeid'];
    ctx.evidence.note(`Login worked${loginNode ? ` on node ${loginNode}` : ''}; Jira set the cookies ${cookieNames(res.setCookies).join(', ') || '(none)'}.`);

    try {
      await reuse(ctx, jar, loginNode);
    } finally {
      if (!ctx.signal.aborted) await sendJira(ctx, '/rest/auth/1/session', { method: 'DELETE', jar }).catch(() => undefined);
    }
  },
};

/** Said of every refused login: the check tried once, and why it does not try again. */
const ONE_ATTEMPT =
  "The check logged in once and did not try again: every refused login counts toward Jira's CAPTCHA limit (3 by default), after which no REST login works, even with the right password, until someone answers the CAPTCHA in a browser.";

/**
 * A refused session login, said so that an admin with the right password is not told it is wrong
 * (the same words as the credentials check: a directory that answers differently on some nodes),
 * and without inviting the repeated logins that would lock the account into a CAPTCHA.
 */
function refused(ctx: CheckContext, res: HttpResponse, auth: AuthView): never {
  const node = res.headers['x-anodeid'];
  const said = [`${res.status}`, ...(auth.loginReasons.length ? [`X-Seraph-LoginReason: ${auth.loginReasons.join(', ')}`] : [])].join(', ');
  const where = node ? ` on node ${node}` : '';
  if (auth.loginReasons.includes('AUTHORISATION_FAILED')) {
    fail('unauthorized', `Jira accepted the password but refused the session login (${said})${where}: the user may not log in to Jira.`, `Give the user access to the application (a group with the product's licence). ${ONE_ATTEMPT}`);
  }
  if (ctx.credentials.proven) {
    fail(
      'unauthorized',
      `Jira refused the session login (${said})${where}, although it accepted the same user name and password earlier in this run.`,
      `The password is right. When the same user is accepted on one request and refused on the next, the user directory (LDAP) answers differently on some nodes, as the credentials check says: compare the LDAP servers Jira uses (the LDAP check) and see which node refuses (the 401 sampling). ${ONE_ATTEMPT} Logging in again and again to test it would lock the account.`,
    );
  }
  fail(
    'unauthorized',
    `Jira refused the session login (${said})${where}.`,
    `If the password is right and logins fail only now and then, the user directory (LDAP) answers differently on some nodes, as the credentials check says; if it may be wrong, correct it first. ${ONE_ATTEMPT}`,
  );
}

async function reuse(ctx: CheckContext, jar: CookieJar, loginNode: string | undefined): Promise<void> {
  const paths = ['/rest/auth/1/session', ...Array.from({ length: COOKIE_REUSES - 1 }, () => '/rest/api/2/myself')];
  let worked = 0;
  for (const [i, path] of paths.entries()) {
    ctx.progress(`request ${i + 1} of ${paths.length} with the session cookie`);
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
      fail('bad-response', `A request with the session cookie answered ${res.status}.`, 'Look at the evidence for what Jira or a proxy said.');
    }
    const moved = node && loginNode && node !== loginNode ? ` It went to node ${node}, while the login was on node ${loginNode}: Jira sessions stay on the node that created them, so the load balancer is not keeping this client on one node.` : '';
    if (worked) {
      ctx.evidence.conclude('cookie.worksThenFails', true, `the session cookie worked for ${worked} request(s), then request ${i + 1} with it got ${res.status === 401 ? '401' : 'an anonymous answer'}`);
      ctx.evidence.note(`The session ended while in use.${moved}`);
    } else {
      ctx.evidence.note(`The first request with the new session cookie was already refused.${moved}`);
    }
    return;
  }
  ctx.evidence.note(`The session cookie worked for all ${worked} requests in this short test; a session that expires later (Jira's session timeout) is not covered by it; a longer pause between the requests ${setting('sessionGap')} tests a short timeout.`);
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason as Error)), { once: true });
  });
}
