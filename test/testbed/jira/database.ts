// What the nodes of one simulated Jira cluster share, as real nodes share their database: the
// login counters behind CAPTCHA, the personal access tokens, and the list of cluster nodes.
// Sessions are NOT here: like Tomcat sessions, they live in one node only.

export type LoginInfo = {
  currentFailedLoginCount: number;
  totalFailedLoginCount: number;
  loginCount: number;
  lastFailedLoginTime?: Date;
  previousLoginTime?: Date;
  lastLoginTime?: Date;
};

export type ClusterNode = {
  nodeId: string;
  state: 'ACTIVE' | 'OFFLINE';
  alive: boolean;
  ip: string;
  cacheListenerPort: number;
  nodeVersion: string;
  nodeBuildNumber: number;
  lastStateChangeTimestamp: number;
};

export type DatabaseOptions = {
  /** "Maximum Authentication Attempts Allowed"; null disables CAPTCHA (the field left blank). */
  maxAuthenticationAttempts?: number | null;
  /** Personal access token → username. */
  personalAccessTokens?: ReadonlyMap<string, string>;
};

export class JiraDatabase {
  readonly maxAuthenticationAttempts: number | null;
  private readonly loginInfos = new Map<string, LoginInfo>();
  private readonly tokens: ReadonlyMap<string, string>;
  private readonly clusterNodes = new Map<string, ClusterNode>();
  private readonly userKeys = new Map<string, string>();

  constructor(options: DatabaseOptions = {}) {
    this.maxAuthenticationAttempts = options.maxAuthenticationAttempts === undefined ? 3 : options.maxAuthenticationAttempts;
    this.tokens = options.personalAccessTokens ?? new Map();
  }

  loginInfo(username: string): LoginInfo {
    let info = this.loginInfos.get(username);
    if (!info) {
      info = { currentFailedLoginCount: 0, totalFailedLoginCount: 0, loginCount: 0 };
      this.loginInfos.set(username, info);
    }
    return info;
  }

  /** The elevated security check: true once the failures reach the maximum. */
  requiresCaptcha(username: string): boolean {
    const max = this.maxAuthenticationAttempts;
    return max !== null && this.loginInfo(username).currentFailedLoginCount >= max;
  }

  recordFailure(username: string): LoginInfo {
    const info = this.loginInfo(username);
    info.currentFailedLoginCount += 1;
    info.totalFailedLoginCount += 1;
    info.lastFailedLoginTime = new Date();
    return info;
  }

  recordSuccess(username: string): LoginInfo {
    const info = this.loginInfo(username);
    info.currentFailedLoginCount = 0;
    info.loginCount += 1;
    info.previousLoginTime = info.lastLoginTime;
    info.lastLoginTime = new Date();
    return info;
  }

  /** User management → "Reset failed login count". */
  resetFailedLoginCount(username: string): void {
    this.loginInfo(username).currentFailedLoginCount = 0;
  }

  /** Jira 8+ user keys (`JIRAUSER10000`…), given out in order of first sight. */
  userKey(username: string): string {
    let key = this.userKeys.get(username);
    if (!key) {
      key = `JIRAUSER${10000 + this.userKeys.size}`;
      this.userKeys.set(username, key);
    }
    return key;
  }

  userForToken(token: string): string | undefined {
    return this.tokens.get(token);
  }

  registerNode(node: ClusterNode): void {
    this.clusterNodes.set(node.nodeId, node);
  }

  markNodeOffline(nodeId: string): void {
    const node = this.clusterNodes.get(nodeId);
    if (node) Object.assign(node, { state: 'OFFLINE', alive: false, lastStateChangeTimestamp: Date.now() });
  }

  nodes(): ClusterNode[] {
    return [...this.clusterNodes.values()].map((node) => ({ ...node }));
  }
}
