// The REST resources of the simulated node, with the bodies and headers of jira-facts §1.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JiraDatabase, LoginInfo } from './database';
import type { DirectoryUser } from './directory';
import { errorCollection, javaUrlEncode, readBody, sendHtml, sendJson, sendText } from './http';
import { javaIsoTimestamp, type JiraLogs, type LogContext } from './logs';
import type { Identity, Seraph } from './seraph';
import { asessionId, type Session, type SessionStore } from './sessions';

/** What a resource needs from its node. */
export type NodeState = {
  version: string;
  jsmVersion: string | null;
  nodeId: string | undefined;
  baseUrl: string;
  cookiePath: string;
  serverTitle: string;
  adminsGroup: string;
  database: JiraDatabase;
  sessions: SessionStore;
  seraph: Seraph;
  logs: JiraLogs;
};

export type Call = {
  req: IncomingMessage;
  res: ServerResponse;
  params: string[];
  query: URLSearchParams;
  ctx: LogContext;
  identity: Identity;
  jsessionId: string | undefined;
  node: NodeState;
};

/**
 * `public`: answered before any authentication (liveness, the login page).
 * `anonymous`: anyone, but credentials that are sent must be good.
 * `login`: the login resource itself, which checks the credentials in its body.
 * `user` / `admin`: 401 for anyone else.
 */
export type Access = 'public' | 'anonymous' | 'login' | 'user' | 'admin';

export type Route = { method: string; path: RegExp; access: Access; xsrfProtected?: boolean; handle: (call: Call) => Promise<void> | void };

const versionNumbers = (version: string): number[] => version.split('.').map((n) => Number.parseInt(n, 10) || 0);

/** 8.5.3 → 805003, the way Jira numbers its builds. */
export const buildNumber = (version: string): number => {
  const [major = 0, minor = 0, patch = 0] = versionNumbers(version);
  return major * 100_000 + minor * 1_000 + patch;
};

const BUILD_DATE = new Date('2024-03-01T00:00:00.000Z');

const userSelf = (node: NodeState, user: DirectoryUser, api = '2'): string => `${node.baseUrl}/rest/api/${api}/user?username=${javaUrlEncode(user.username)}`;

function loginInfoJson(info: LoginInfo): Record<string, unknown> {
  return {
    failedLoginCount: info.totalFailedLoginCount,
    loginCount: info.loginCount,
    ...(info.lastFailedLoginTime && { lastFailedLoginTime: javaIsoTimestamp(info.lastFailedLoginTime) }),
    ...(info.previousLoginTime && { previousLoginTime: javaIsoTimestamp(info.previousLoginTime) }),
  };
}

/** Cookies of a new session: honour all of them, as Jira's Login resource says. */
export function sessionCookies(node: NodeState, session: Session): string[] {
  return [`JSESSIONID=${session.id}; Path=${node.cookiePath}; HttpOnly`, `atlassian.xsrf.token=${session.xsrfToken}; Path=${node.cookiePath}`];
}

/** Stamps the session on the response (ids, cookies) once a login created it. */
export function announceSession(call: Call, session: Session): void {
  call.res.setHeader('Set-Cookie', sessionCookies(call.node, session));
  call.res.setHeader('X-ASESSIONID', asessionId(session.id));
  call.ctx.asessionId = asessionId(session.id);
}

const signedInUser = (identity: Identity): DirectoryUser | undefined => (identity.kind === 'user' ? identity.user : undefined);

function serverInfo({ res, query, node }: Call): void {
  const body: Record<string, unknown> = {
    baseUrl: node.baseUrl,
    version: node.version,
    versionNumbers: versionNumbers(node.version),
    deploymentType: 'Server',
    buildNumber: buildNumber(node.version),
    buildDate: javaIsoTimestamp(BUILD_DATE),
    databaseBuildNumber: buildNumber(node.version),
    serverTime: javaIsoTimestamp(new Date()),
    scmInfo: '3f2c9a1d5e7b8c0a4f6e2d1b9c8a7f6e5d4c3b2a',
    serverTitle: node.serverTitle,
  };
  if (query.get('doHealthCheck') === 'true') {
    body.healthChecks = [
      { name: 'Cluster Index Replication', description: 'Checks the index replication between nodes.', passed: true },
      { name: 'Database Connection', description: 'Checks the database connection.', passed: true },
    ];
  }
  sendJson(res, 200, body);
}

function myself({ res, query, identity, node }: Call): void {
  const user = signedInUser(identity);
  if (!user) return;
  const expand = (query.get('expand') ?? '').split(',');
  sendJson(res, 200, {
    self: userSelf(node, user),
    key: node.database.userKey(user.username),
    name: user.username,
    emailAddress: user.email,
    displayName: user.displayName,
    active: true,
    timeZone: 'UTC',
    locale: 'en_US',
    ...(expand.includes('groups') && { groups: { size: user.groups.length, items: user.groups.map((name) => ({ name, self: `${node.baseUrl}/rest/api/2/group?groupname=${javaUrlEncode(name)}` })) } }),
    ...(expand.includes('applicationRoles') && { applicationRoles: { size: 1, items: [{ key: 'jira-software', name: 'Jira Software' }] } }),
  });
}

/** POST /rest/auth/1/session (jira-facts §1.3). */
async function createSession(call: Call): Promise<void> {
  const { req, res, node, ctx } = call;
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    sendJson(res, 415, errorCollection('Unsupported Media Type: send Content-Type: application/json'));
    return;
  }
  let body: unknown;
  try {
    body = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8'));
  } catch {
    sendJson(res, 400, errorCollection('The request body is not valid JSON.'));
    return;
  }
  const field = (name: string): string => {
    const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' ? value : '';
  };
  const result = await node.seraph.login(field('username'), field('password'), ctx);
  if (result.kind === 'denied') {
    res.setHeader('X-Seraph-LoginReason', 'AUTHENTICATION_DENIED');
    res.setHeader('X-Authentication-Denied-Reason', `CAPTCHA_CHALLENGE; login-url=${node.baseUrl}/login.jsp`);
    sendJson(res, 403, errorCollection('Login denied'));
    return;
  }
  if (result.kind === 'failed') {
    res.setHeader('X-Seraph-LoginReason', 'AUTHENTICATED_FAILED');
    res.setHeader('WWW-Authenticate', 'JIRA REST POST');
    sendJson(res, 401, errorCollection('Login failed'));
    return;
  }
  if (call.jsessionId !== undefined) node.sessions.invalidate(call.jsessionId);
  const session = node.sessions.create(result.user);
  announceSession(call, session);
  res.setHeader('X-Seraph-LoginReason', 'OK');
  res.setHeader('X-AUSERNAME', javaUrlEncode(result.user.username));
  sendJson(res, 200, { session: { name: 'JSESSIONID', value: session.id }, loginInfo: loginInfoJson(result.loginInfo) });
}

function currentSession({ res, identity, node }: Call): void {
  const user = signedInUser(identity);
  if (!user) return;
  sendJson(res, 200, { self: userSelf(node, user, 'latest'), name: user.username, loginInfo: loginInfoJson(node.database.loginInfo(user.username)) });
}

function logout({ res, identity, node, ctx }: Call): void {
  if (identity.kind !== 'user') return;
  if (identity.session) node.sessions.invalidate(identity.session.id);
  node.logs.security(ctx, `The user '${identity.user.username}' has logged out.`);
  res.setHeader('X-Seraph-LoginReason', 'OUT');
  res.writeHead(204).end();
}

function serviceDeskInfo(call: Call): void {
  const { res, node } = call;
  // Without JSM its REST resources do not exist at all.
  if (node.jsmVersion === null) return notFound(call);
  sendJson(res, 200, {
    version: node.jsmVersion,
    platformVersion: node.version,
    buildDate: { iso8601: BUILD_DATE.toISOString().replace('.000Z', '+0000'), jira: javaIsoTimestamp(BUILD_DATE), friendly: '01/Mar/24 12:00 AM', epochMillis: BUILD_DATE.getTime() },
    buildChangeSet: '9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c',
    isLicensedForUse: true,
    _links: { self: `${node.baseUrl}/rest/servicedeskapi/info` },
  });
}

function clusterNodes({ res, node }: Call): void {
  if (node.nodeId === undefined) {
    sendJson(res, 405, errorCollection('This Jira instance is not clustered'));
    return;
  }
  sendJson(res, 200, node.database.nodes());
}

async function addAttachments({ req, res, params, identity, node }: Call): Promise<void> {
  const user = signedInUser(identity);
  if (!user) return;
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    sendJson(res, 415, errorCollection('Attachments are sent as multipart/form-data with a "file" part.'));
    return;
  }
  const form = await new Request('http://jira.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(await readBody(req)) }).formData().catch(() => undefined);
  const files = (form?.getAll('file') ?? []).filter((part): part is File => typeof part !== 'string');
  if (files.length === 0) {
    sendJson(res, 400, errorCollection('No "file" part in the request.'));
    return;
  }
  const created = javaIsoTimestamp(new Date());
  sendJson(
    res,
    200,
    files.map((file, i) => ({
      self: `${node.baseUrl}/rest/api/2/attachment/${10000 + i}`,
      id: String(10000 + i),
      filename: file.name,
      author: { name: user.username, displayName: user.displayName },
      created,
      size: file.size,
      mimeType: file.type || 'application/octet-stream',
      content: `${node.baseUrl}/secure/attachment/${10000 + i}/${encodeURIComponent(file.name)}`,
      issueKey: params[0],
    })),
  );
}

function loginPage({ res, node }: Call): void {
  sendHtml(res, 200, loginPageHtml(node));
}

export function loginPageHtml(node: NodeState): string {
  return `<!DOCTYPE html>
<html><head><title>Log in - ${node.serverTitle}</title>
<meta name="ajs-version-number" content="${node.version}">
<meta name="ajs-build-number" content="${buildNumber(node.version)}">
<meta name="application-name" content="JIRA" data-name="jira" data-version="${node.version}">
</head><body id="jira" class="aui-layout aui-theme-default page-type-login">
<form id="login-form" action="${node.cookiePath === '/' ? '' : node.cookiePath}/login.jsp" method="post">
<label for="login-form-username">Username</label><input id="login-form-username" name="os_username" type="text">
<label for="login-form-password">Password</label><input id="login-form-password" name="os_password" type="password">
<input id="login-form-remember-me" name="os_cookie" type="checkbox" value="true">
<input id="login-form-submit" name="login" type="submit" value="Log In">
</form></body></html>
`;
}

export const notFound = ({ req, res, node }: Call): void => sendJson(res, 404, { message: `null for uri: ${node.baseUrl}${req.url ?? ''}`, 'status-code': 404 });

export const xsrfFailed = (res: ServerResponse): void => sendText(res, 403, 'XSRF check failed');

export const ROUTES: Route[] = [
  { method: 'GET', path: /^\/status$/, access: 'public', handle: ({ res }) => sendJson(res, 200, { state: 'RUNNING' }) },
  { method: 'GET', path: /^\/login\.jsp$/, access: 'public', handle: loginPage },
  { method: 'GET', path: /^\/rest\/api\/(?:2|latest)\/serverInfo$/, access: 'anonymous', handle: serverInfo },
  { method: 'GET', path: /^\/rest\/api\/(?:2|latest)\/myself$/, access: 'user', handle: myself },
  { method: 'POST', path: /^\/rest\/auth\/(?:1|latest)\/session$/, access: 'login', handle: createSession },
  { method: 'GET', path: /^\/rest\/auth\/(?:1|latest)\/session$/, access: 'user', handle: currentSession },
  { method: 'DELETE', path: /^\/rest\/auth\/(?:1|latest)\/session$/, access: 'user', handle: logout },
  { method: 'GET', path: /^\/rest\/servicedeskapi\/info$/, access: 'anonymous', handle: serviceDeskInfo },
  { method: 'GET', path: /^\/rest\/api\/(?:2|latest)\/cluster\/nodes$/, access: 'admin', handle: clusterNodes },
  { method: 'POST', path: /^\/rest\/api\/(?:2|latest)\/issue\/([A-Z][A-Z0-9_]*-\d+)\/attachments$/, access: 'user', xsrfProtected: true, handle: addAttachments },
];
