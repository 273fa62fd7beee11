// One node's HTTP sessions (Tomcat's, in memory): a JSESSIONID is known only to the node that
// created it, and dies after the idle timeout.
import { createHash, randomBytes } from 'node:crypto';
import type { DirectoryUser } from './directory';

export type Session = { id: string; user: DirectoryUser; xsrfToken: string; lastAccess: number };

/** X-ASESSIONID: a short hash of the JSESSIONID that cannot be turned back into it. */
export const asessionId = (jsessionId: string): string =>
  BigInt('0x' + createHash('sha1').update(jsessionId).digest('hex').slice(0, 10)).toString(36).slice(0, 7);

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `BXMG-7PLC-PE42-MECF_<sha1>_lin` (`_lout` when logged out). */
export function xsrfToken(loggedIn: boolean): string {
  const groups = Array.from({ length: 4 }, () => [...randomBytes(4)].map((b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join(''));
  return `${groups.join('-')}_${createHash('sha1').update(randomBytes(16)).digest('hex')}_${loggedIn ? 'lin' : 'lout'}`;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  /** `jvmRoute`: Tomcat's `-DjvmRoute`, appended to each id as `.<route>` for balancers to route on. */
  constructor(
    private readonly idleTimeoutMs: number,
    private readonly jvmRoute?: string,
  ) {}

  create(user: DirectoryUser): Session {
    const id = randomBytes(16).toString('hex').toUpperCase() + (this.jvmRoute ? `.${this.jvmRoute}` : '');
    const session = { id, user, xsrfToken: xsrfToken(true), lastAccess: Date.now() };
    this.sessions.set(id, session);
    return session;
  }

  /** The live session with this id, touched; undefined when unknown here or idle too long. */
  use(id: string): Session | undefined {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (Date.now() - session.lastAccess > this.idleTimeoutMs) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastAccess = Date.now();
    return session;
  }

  invalidate(id: string): void {
    this.sessions.delete(id);
  }
}
