// One simulated Jira Data Center node: a real HTTP(S) server that answers like Jira (jira-facts
// §1–§3) and checks passwords and groups against a real LDAP server.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { JiraDatabase } from './database';
import { LdapDirectory, type LdapDirectoryOptions } from './directory';
import { errorCollection, javaUrlEncode, parseCookies, sendHtml, sendJson } from './http';
import { JiraLogs, type LogContext } from './logs';
import { announceSession, buildNumber, loginPageHtml, notFound, ROUTES, xsrfFailed, type Call, type NodeState, type Route } from './routes';
import { Seraph, type Identity } from './seraph';
import { asessionId, SessionStore, xsrfToken } from './sessions';

export type JiraNodeOptions = {
  /** LDAP directory this node authenticates against (ONE server URL). */
  directory: LdapDirectoryOptions;
  /** Folder for atlassian-jira-security.log and atlassian-jira.log. */
  logDir: string;
  port?: number;
  host?: string;
  /** `jira.node.id`; set → clustered (X-ANODEID, /cluster/nodes); unset → a single server. */
  nodeId?: string;
  /** Jira platform version, e.g. `9.12.4`. */
  version?: string;
  /** JSM version, e.g. `5.12.4`; null → JSM not installed (servicedeskapi/info is 404). */
  jsmVersion?: string | null;
  /** The "Base URL" setting; defaults to the node's own URL. It may differ from the URL called. */
  baseUrl?: string;
  /** Context path such as `/jira`; empty for the root. */
  contextPath?: string;
  serverTitle?: string;
  sen?: string;
  usersGroup?: string;
  adminsGroup?: string;
  /** Tomcat session idle timeout. */
  sessionIdleTimeoutMs?: number;
  /** Append `.<nodeId>` to session ids, as Tomcat's `-DjvmRoute` does. */
  jvmRoute?: boolean;
  /**
   * `normal`: Jira itself. `sso`: an SSO front end sends requests without credentials to `ssoLoginUrl`
   * with 302. `login-page`: such requests get an HTML login page with 200.
   */
  mode?: 'normal' | 'sso' | 'login-page';
  ssoLoginUrl?: string;
  /** Shared by the nodes of one cluster (login counters, tokens, node list). */
  database?: JiraDatabase;
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: string; key: string };
};

export type JiraNode = {
  url: string;
  port: number;
  nodeId: string | undefined;
  baseUrl: string;
  securityLog: string;
  applicationLog: string;
  database: JiraDatabase;
  stop(): Promise<void>;
};

function clientIp(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-for'];
  const remote = (req.socket.remoteAddress ?? '-').replace(/^::ffff:/, '');
  return forwarded ? `${String(forwarded).replace(/\s+/g, '')},${remote}` : remote;
}

/** Minutes since local midnight: the first part of X-AREQUESTID (jira-facts §2.1). */
const minutesToday = (d: Date): number => d.getHours() * 60 + d.getMinutes();

export async function startJiraNode(options: JiraNodeOptions): Promise<JiraNode> {
  const contextPath = (options.contextPath ?? '').replace(/\/+$/, '');
  const database = options.database ?? new JiraDatabase();
  const sessions = new SessionStore(options.sessionIdleTimeoutMs ?? 30 * 60_000, options.jvmRoute ? options.nodeId : undefined);
  const logs = new JiraLogs(options.logDir);
  const directory = new LdapDirectory(options.directory);
  const seraph = new Seraph({ directory, database, sessions, logs, usersGroup: options.usersGroup ?? 'jira-software-users' });
  const version = options.version ?? '9.12.4';
  const mode = options.mode ?? 'normal';
  const sen = options.sen ?? 'SEN-12281853';
  let requestCount = 0;
  let inFlight = 0;

  const state: NodeState = {
    version,
    jsmVersion: options.jsmVersion ?? null,
    nodeId: options.nodeId,
    baseUrl: '', // known once listening
    cookiePath: contextPath || '/',
    serverTitle: options.serverTitle ?? 'Jira Test Bed',
    adminsGroup: options.adminsGroup ?? 'jira-administrators',
    database,
    sessions,
    seraph,
    logs,
  };

  /** Everything after Seraph: which resource, who may call it, the XSRF check. */
  async function dispatch(call: Call, route: Route | undefined): Promise<void> {
    const { res, identity } = call;
    if (!route) return notFound(call);
    if (route.access === 'public' || route.access === 'login') return route.handle(call);
    if (identity.kind === 'failed') {
      res.setHeader('WWW-Authenticate', `OAuth realm="${encodeURIComponent(state.baseUrl)}"`);
      return sendHtml(res, 401, 'Basic Authentication Failure - Reason : AUTHENTICATED_FAILED');
    }
    if (identity.kind === 'denied') {
      res.setHeader('X-Authentication-Denied-Reason', `CAPTCHA_CHALLENGE; login-url=${state.baseUrl}/login.jsp`);
      return sendHtml(res, 403, 'Basic Authentication Failure - Reason : AUTHENTICATION_DENIED');
    }
    // An unknown or expired JSESSIONID with nothing else to go on is 401 everywhere (TestLogin).
    if (identity.kind === 'anonymous' && identity.staleSession) {
      return sendJson(res, 401, errorCollection('You are not authenticated. Authentication required to perform this operation.'));
    }
    if (route.xsrfProtected && /^(multipart\/form-data|application\/x-www-form-urlencoded|text\/plain)/i.test(call.req.headers['content-type'] ?? '') && call.req.headers['x-atlassian-token'] !== 'no-check') {
      return xsrfFailed(res);
    }
    const user = identity.kind === 'user' ? identity.user : undefined;
    if ((route.access === 'user' || route.access === 'admin') && !user) {
      return sendJson(res, 401, errorCollection('You are not authenticated. Authentication required to perform this operation.'));
    }
    if (route.access === 'admin' && !user?.groups.includes(state.adminsGroup)) {
      return sendJson(res, 401, errorCollection('You are not authorised to perform this operation. Please log in.'));
    }
    return route.handle(call);
  }

  /** The headers Jira's filters put on every response, once the caller is known. */
  function stampIdentity(call: Call): void {
    const { res, identity, ctx } = call;
    res.setHeader('X-AUSERNAME', identity.kind === 'user' ? javaUrlEncode(identity.user.username) : 'anonymous');
    if (identity.kind === 'user') {
      res.setHeader('X-Seraph-LoginReason', 'OK');
      ctx.username = identity.user.username;
      if (identity.session) {
        if (identity.via === 'basic') announceSession(call, identity.session);
        res.setHeader('X-ASESSIONID', asessionId(identity.session.id));
        ctx.asessionId = asessionId(identity.session.id);
      }
    } else if (identity.kind === 'failed') {
      res.setHeader('X-Seraph-LoginReason', 'AUTHENTICATED_FAILED');
    } else if (identity.kind === 'denied') {
      res.setHeader('X-Seraph-LoginReason', 'AUTHENTICATION_DENIED');
    } else if (!call.req.headers.cookie?.includes('atlassian.xsrf.token=')) {
      res.setHeader('Set-Cookie', `atlassian.xsrf.token=${xsrfToken(false)}; Path=${state.cookiePath}`);
    }
  }

  /** In `sso` and `login-page` modes, a request without credentials never reaches Jira. */
  function frontEndIntercepts(req: IncomingMessage, res: ServerResponse, jsessionId: string | undefined): boolean {
    if (mode === 'normal' || req.headers.authorization || (jsessionId !== undefined && sessions.use(jsessionId))) return false;
    if (mode === 'sso') {
      const target = options.ssoLoginUrl ?? 'https://idp.example.test/login';
      const relay = encodeURIComponent(`${state.baseUrl}${(req.url ?? '/').slice(contextPath.length)}`);
      res.writeHead(302, { Location: `${target}${target.includes('?') ? '&' : '?'}RelayState=${relay}` }).end();
    } else {
      sendHtml(res, 200, loginPageHtml(state));
    }
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const now = new Date();
    requestCount += 1;
    inFlight += 1;
    res.once('close', () => (inFlight -= 1));
    const requestId = `${minutesToday(now)}x${requestCount}x${inFlight}`;
    res.setHeader('X-AREQUESTID', requestId);
    if (options.nodeId) res.setHeader('X-ANODEID', options.nodeId);
    res.setHeader('X-ASEN', sen);
    res.setHeader('Cache-Control', 'no-cache, no-store, no-transform');

    const url = new URL(req.url ?? '/', 'http://jira.invalid');
    if (contextPath && url.pathname !== contextPath && !url.pathname.startsWith(`${contextPath}/`)) {
      sendHtml(res, 404, '<html><body><h1>HTTP Status 404 – Not Found</h1></body></html>');
      return;
    }
    const path = url.pathname.slice(contextPath.length) || '/';
    const ctx: LogContext = { thread: `http-nio-8080-exec-${(requestCount % 200) + 1}`, username: 'anonymous', requestId, asessionId: '-', ip: clientIp(req), url: path };
    const jsessionId = parseCookies(req.headers.cookie).get('JSESSIONID');
    const route = ROUTES.find((r) => r.path.test(path) && r.method === req.method);
    if (!route && ROUTES.some((r) => r.path.test(path))) {
      sendJson(res, 405, errorCollection(`Method ${req.method ?? ''} is not allowed here.`));
      return;
    }
    if (route?.access !== 'public' && frontEndIntercepts(req, res, jsessionId)) return;

    const identity: Identity = route && route.access !== 'public' && route.access !== 'login'
      ? await seraph.identify({ authorization: req.headers.authorization }, jsessionId, ctx)
      : { kind: 'anonymous', staleSession: false };
    const call: Call = { req, res, params: route ? (route.path.exec(path) ?? []).slice(1) : [], query: url.searchParams, ctx, identity, jsessionId, node: state };
    if (route?.access !== 'public') stampIdentity(call);
    await dispatch(call, route);
  }

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      logs.application({ thread: 'http-nio-8080-exec-0', username: 'anonymous', requestId: '-', asessionId: '-', ip: '-', url: req.url ?? '-' }, 'ERROR', 'c.a.j.web.servlet.InternalServerErrorServlet', String(error));
      if (!res.headersSent) sendJson(res, 500, errorCollection('Internal server error'));
      else res.end();
    });
  };
  // A client that stalls mid-request is cut off rather than held for Node's default five minutes.
  const limits = { requestTimeout: 15_000, headersTimeout: 10_000 };
  const server: Server = options.tls ? createHttpsServer({ ...options.tls, ...limits }, listener) : createHttpServer(limits, listener);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `${options.tls ? 'https' : 'http'}://${host}:${port}${contextPath}`;
  state.baseUrl = (options.baseUrl ?? url).replace(/\/+$/, '');
  if (options.nodeId) {
    database.registerNode({
      nodeId: options.nodeId,
      state: 'ACTIVE',
      alive: true,
      ip: host,
      cacheListenerPort: 40001,
      nodeVersion: version,
      nodeBuildNumber: buildNumber(version),
      lastStateChangeTimestamp: Date.now(),
    });
  }

  return {
    url,
    port,
    nodeId: options.nodeId,
    baseUrl: state.baseUrl,
    securityLog: logs.securityLog,
    applicationLog: logs.applicationLog,
    database,
    async stop() {
      if (options.nodeId) database.markNodeOffline(options.nodeId);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
