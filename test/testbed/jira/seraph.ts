// Who is calling: Jira's Seraph authenticator and LoginService, as jira-facts §1.3, §2.2 and §3.3
// describe them. The order matters and is Jira's: session first, then credentials; the CAPTCHA
// (elevated security) check runs BEFORE the password is checked; a password that is right but
// belongs to a user without the Jira group fails like a wrong one (article 000).
import type { JiraDatabase, LoginInfo } from './database';
import type { DirectoryUser, LdapDirectory } from './directory';
import { parseAuthorization } from './http';
import type { JiraLogs, LogContext } from './logs';
import type { Session, SessionStore } from './sessions';

export type LoginResult = { kind: 'ok'; user: DirectoryUser; loginInfo: LoginInfo } | { kind: 'failed' } | { kind: 'denied' };

export type Identity =
  | { kind: 'anonymous'; staleSession: boolean }
  | { kind: 'user'; user: DirectoryUser; via: 'session' | 'basic' | 'bearer'; session?: Session }
  | { kind: 'failed' }
  | { kind: 'denied' };

export type SeraphOptions = { directory: LdapDirectory; database: JiraDatabase; sessions: SessionStore; logs: JiraLogs; usersGroup: string };

export class Seraph {
  constructor(private readonly options: SeraphOptions) {}

  private refused(ctx: LogContext, username: string): void {
    this.options.logs.security(ctx, `login : '${username}' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.`);
  }

  /** Checks a username and password as Jira does for Basic auth and POST /rest/auth/1/session. */
  async login(username: string, password: string, ctx: LogContext): Promise<LoginResult> {
    const { directory, database, logs, usersGroup } = this.options;
    if (database.requiresCaptcha(username)) {
      this.refused(ctx, username);
      const count = database.loginInfo(username).currentFailedLoginCount;
      logs.security(ctx, `The user '${username}' is required to answer a CAPTCHA elevated security check.  Failure count equals ${count}`);
      return { kind: 'denied' };
    }
    const result = await directory.authenticate(username, password);
    for (const line of result.trace) logs.application(ctx, 'DEBUG', line.logger, line.message);
    if (result.outcome === 'directory-error') {
      logs.application(ctx, 'ERROR', 'c.a.c.manager.application.ApplicationServiceGeneric', `Directory '${directory.name}' is not functional during authentication of '${username}'. Skipped.`);
    }
    const allowed = result.outcome === 'ok' && result.user.groups.includes(usersGroup);
    if (allowed) {
      logs.application(ctx, 'DEBUG', 'c.a.crowd.directory.DbCachingRemoteDirectory', `Updating groups on login for user ${username}`);
      logs.security(ctx, `The user '${username}' has PASSED authentication.`);
      return { kind: 'ok', user: result.user, loginInfo: database.recordSuccess(username) };
    }
    this.refused(ctx, username);
    // Jira counts (and logs) a failure only for a user that exists in a directory.
    if (result.outcome === 'ok' || result.outcome === 'bad-password') {
      const { currentFailedLoginCount } = database.recordFailure(username);
      logs.security(ctx, `The user '${username}' has FAILED authentication.  Failure count equals ${currentFailedLoginCount}`);
    }
    return { kind: 'failed' };
  }

  /** The identity behind a request: its node-local session, a Basic login, or a personal access token. */
  async identify(headers: { authorization?: string }, jsessionId: string | undefined, ctx: LogContext): Promise<Identity> {
    const session = jsessionId === undefined ? undefined : this.options.sessions.use(jsessionId);
    if (session) return { kind: 'user', user: session.user, via: 'session', session };
    const credentials = parseAuthorization(headers.authorization);
    if (credentials.kind === 'basic') {
      const result = await this.login(credentials.username, credentials.password, ctx);
      if (result.kind !== 'ok') return result;
      return { kind: 'user', user: result.user, via: 'basic', session: this.options.sessions.create(result.user) };
    }
    if (credentials.kind === 'bearer') {
      // A token never goes through the password checks; an unknown one falls through to anonymous.
      const username = this.options.database.userForToken(credentials.token);
      const user = username === undefined ? undefined : await this.options.directory.findUser(username).catch(() => undefined);
      if (user) return { kind: 'user', user, via: 'bearer' };
    }
    return { kind: 'anonymous', staleSession: jsessionId !== undefined };
  }
}
