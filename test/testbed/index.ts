// The test bed: real servers and the simulated Jira cluster, on free loopback ports, started in
// parallel and stopped by process id. Tests, the demo and the UI's Playwright tests use this API.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAILBOX, POP3_INSTALLED, startDovecot } from './dovecot';
import { startHaproxy } from './haproxy';
import { JiraDatabase } from './jira/database';
import { startJiraNode, type JiraNode, type JiraNodeOptions } from './jira/node';
import { startOidcProvider, type OidcProvider, type OidcRealm } from './oidc/provider';
import { freePorts, killGroup, LOOPBACK, mayBePortRace, stopProcess, type ServerProcess } from './processes';
import { PROXY_ACCOUNT, startSquid, startTinyproxy } from './proxies';
import { LDAP_GROUPS, LDAP_PEOPLE, LDAP_SERVICE, startSlapd } from './slapd';
import { makeCertificate, type Certificate } from './tls';
import { ACCOUNTS, APPS, MAILBOXES, TENANT } from './microsoft/directory';
import { FRONT_MASTER, startExchangeFront } from './microsoft/exchange';
import { startIdentityPlatform } from './microsoft/identity';
import { ALL_USERS, TEST_USERS } from './users';

export { TEST_USERS, JIRA_USERS_GROUP, JIRA_ADMINS_GROUP } from './users';
export type { TestUser, UserKey } from './users';
export { MAILBOX } from './dovecot';
export { PROXY_ACCOUNT } from './proxies';
export { ACCOUNTS as M365_ACCOUNTS, APPS as M365_APPS, MAILBOXES as M365_MAILBOXES, TENANT as M365_TENANT, FLOOD_MESSAGES } from './microsoft/directory';

export const NODE_IDS = ['jira-node-1', 'jira-node-2'] as const;
export const OIDC_REALM = 'corp';

/** The identity provider's clients (test-only secrets). */
export const OIDC_CLIENTS = {
  /** Confidential, Direct Access Grants enabled: what Jira's OIDC plugin needs for REST SSO. */
  dag: { clientId: 'jira', secret: 'jira-oidc-testbed-secret', directAccessGrants: true },
  /** Confidential, Direct Access Grants disabled (article 003's failure). */
  noDag: { clientId: 'jira-no-dag', secret: 'jira-no-dag-testbed-secret', directAccessGrants: false },
  /** Public client, Direct Access Grants enabled. */
  public: { clientId: 'jira-public', directAccessGrants: true },
  /** Used by the mail server to introspect XOAUTH2 tokens. */
  mailServer: { clientId: 'dovecot', secret: 'dovecot-testbed-secret', directAccessGrants: false },
} as const;

/** An identity-provider account that Keycloak has but disabled. */
export const DISABLED_OIDC_USER = { username: 'dora', password: 'dora-testbed-pw', email: 'dora@example.test', displayName: 'Dora Disabled' };

export type TestbedPart = 'jira' | 'mail' | 'proxy' | 'oidc' | 'microsoft';

export type TestbedOptions = {
  /** Which parts to start; all by default. `jira` brings its two LDAP servers and haproxy. */
  parts?: readonly TestbedPart[];
  jira?: {
    /** Jira platform version of the cluster (default 9.12.4). */
    version?: string;
    /** JSM version (default 5.12.4); null → JSM not installed. */
    jsmVersion?: string | null;
    /** Context path such as `/jira` (default: none). */
    contextPath?: string;
    /** The "Base URL" setting (default: the sticky balancer's URL). */
    baseUrl?: string;
    /** CAPTCHA after this many failed logins in a row (default 3); null disables it. */
    maxAuthenticationAttempts?: number | null;
    /** Session idle timeout (default 30 minutes). */
    sessionIdleTimeoutMs?: number;
    /** Session ids carry `.<nodeId>` (Tomcat jvmRoute). */
    jvmRoute?: boolean;
  };
};

export type JiraEndpoints = {
  /** haproxy with `cookie SRVID insert indirect nocache`: a client stays on one node. */
  sticky: string;
  /** haproxy with `balance roundrobin` and no cookie: requests alternate between the nodes. */
  roundRobin: string;
  /** Node 1, bound to the up-to-date LDAP server. */
  nodeA: string;
  /** Node 2, bound to the stale LDAP server (alice lacks the Jira group there). */
  nodeB: string;
  nodeIds: typeof NODE_IDS;
  /** The cluster's "Base URL" setting. */
  baseUrl: string;
  /** A single, unclustered Jira 8.13.4 under `/jira`, without JSM, whose base URL differs from its address. */
  single: string;
  /** A single Jira 10.3.9 with JSM 10.3.9 over HTTPS, with the test bed's self-signed certificate. */
  https: string;
  /** A node behind an SSO front end: requests without credentials get 302 to the identity provider. */
  sso: string;
  /** A node behind a front end that answers requests without credentials with an HTML login page. */
  loginPage: string;
  securityLogs: { nodeA: string; nodeB: string; single: string };
  applicationLogs: { nodeA: string; nodeB: string; single: string };
  /** The cluster's shared database (login counters): e.g. to reset a failed-login count. */
  database: JiraDatabase;
};

export type MailEndpoints = { host: string; plain: number; tls: number };

export type Testbed = {
  /** Temporary folder with every configuration, data file and log. Removed by stop(). */
  dir: string;
  /** How long the start took, in milliseconds. */
  startupMs: number;
  users: typeof TEST_USERS;
  /** The self-signed certificate of every TLS listener; trust `cert` (or NODE_EXTRA_CA_CERTS=certFile). */
  tls: { certFile: string; cert: string };
  jira?: JiraEndpoints;
  /** `good` and `stale` are ldap:// URLs; `goodTls` and `staleTls` the same servers over ldaps://. */
  ldap?: { good: string; stale: string; goodTls: string; staleTls: string; serviceDn: string; servicePassword: string; usersDn: string; groupsDn: string };
  /** IMAP: `plain` is port 143-style with STARTTLS, `tls` is 993-style implicit TLS. */
  imap?: MailEndpoints;
  /** POP3 likewise (110 / 995 style); absent when dovecot-pop3d is not installed. */
  pop3?: MailEndpoints;
  /** The mailbox's account, and whether XOAUTH2 logins work (they need the `oidc` part). */
  mail?: { mailbox: typeof MAILBOX; xoauth2: boolean };
  /** Outbound HTTP proxies: `open` (squid), `restricted` (squid refusing CONNECT except to 443), `auth` (tinyproxy, Basic). */
  proxy?: { open: string; restricted: string; auth: string; account: typeof PROXY_ACCOUNT };
  oidc?: {
    /** Keycloak 17+ layout over https. */
    issuer: string;
    /** The same realm over plain http. */
    httpIssuer: string;
    /** https discovery whose token, introspection and userinfo endpoints are http://. */
    httpTokenIssuer: string;
    /** Keycloak 16 and older: under `/auth/realms/…`. */
    legacyIssuer: string;
    realm: string;
    clients: typeof OIDC_CLIENTS;
  };
  /**
   * Microsoft 365 stand-ins: the identity platform (`loginUrl` stands in for
   * https://login.microsoftonline.com) and Exchange Online's IMAP/POP (implicit TLS) in front of
   * dovecot, with the tenant's apps, accounts and mailboxes (microsoft/directory.ts). Needs `mail`.
   */
  microsoft?: {
    loginUrl: string;
    tenant: typeof TENANT;
    apps: typeof APPS;
    accounts: typeof ACCOUNTS;
    mailboxes: typeof MAILBOXES;
    imap: { host: string; tls: number };
    pop3?: { host: string; tls: number };
  };
  /** The server processes, with their console logs (configurations and other logs are beside them). */
  servers: { name: string; pid: number; logFile: string }[];
  /** Stops every server (by process id) and removes `dir`. Safe to call twice. */
  stop(): Promise<void>;
};

const ALL_PARTS: readonly TestbedPart[] = ['jira', 'mail', 'proxy', 'oidc', 'microsoft'];

/** Live test beds, stopped on Ctrl-C / SIGTERM and, as a last resort, killed when Node exits. */
const live = new Set<{ processes: ServerProcess[]; stop: () => Promise<void> }>();
let signalsHooked = false;

function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  // `on`, not `once`: under `npm run`, Ctrl-C reaches Node twice (from the terminal and from npm),
  // and a second, default-handled signal would kill Node before the servers are stopped.
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void Promise.allSettled([...live].map((t) => t.stop())).then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  process.once('exit', () => {
    for (const t of live) for (const p of t.processes) if (p.child.exitCode === null) killGroup(p);
  });
}

type Stoppable = { stop(): Promise<void> };

/** What a part's starter may use: its folder, the shared certificate, and where to register what it started. */
type Scope = { dir: string; cert: Certificate; track: <T extends { process: ServerProcess }>(server: T) => T; own: <T extends Stoppable>(server: T) => T };

export async function startTestbed(options: TestbedOptions = {}): Promise<Testbed> {
  const started = performance.now();
  try {
    return await startOnce(options, started);
  } catch (error: unknown) {
    // Ports are chosen free and bound a moment later; on a busy machine another program can take
    // one in between. A second start picks new ones.
    if (!mayBePortRace(error)) throw error;
    return startOnce(options, started);
  }
}

async function startOnce(options: TestbedOptions, started: number): Promise<Testbed> {
  const parts = new Set(options.parts ?? ALL_PARTS);
  const dir = await mkdtemp(join(tmpdir(), 'jira-doctor-testbed-'));
  // The mail and proxy servers drop to their own users, which must be able to reach their folders.
  await chmod(dir, 0o711);
  const processes: ServerProcess[] = [];
  const inProcess: Stoppable[] = [];
  let stopped: Promise<void> | undefined;
  const entry = {
    processes,
    stop: (): Promise<void> =>
      (stopped ??= (async () => {
        await Promise.allSettled([...inProcess.map((s) => s.stop()), ...processes.map((p) => stopProcess(p))]);
        // Retries: a server's last child may still be writing while it dies.
        await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
        live.delete(entry);
      })()),
  };
  live.add(entry);
  hookSignals();

  try {
    const cert = await makeCertificate(dir);
    const scope: Scope = {
      dir,
      cert,
      track: (server) => (processes.push(server.process), server),
      own: (server) => (inProcess.push(server), server),
    };
    // Every port is chosen first, so that servers can be configured with each other's URLs and start together.
    const [oidcHttps, oidcHttp] = (await freePorts(2)) as [number, number];
    const oidcIssuer = `https://${LOOPBACK}:${oidcHttps}/realms/${OIDC_REALM}`;
    const introspectionUrl = `http://${OIDC_CLIENTS.mailServer.clientId}:${OIDC_CLIENTS.mailServer.secret}@${LOOPBACK}:${oidcHttp}/realms/${OIDC_REALM}/protocol/openid-connect/token/introspect`;
    const [oidc, jira, mail, proxy] = await Promise.all([
      parts.has('oidc') ? startOidc(scope, oidcHttps, oidcHttp) : {},
      parts.has('jira') ? startJira(scope, options.jira ?? {}, parts.has('oidc') ? oidcIssuer : undefined) : {},
      parts.has('mail') ? startMail(scope, parts.has('oidc') ? introspectionUrl : undefined, parts.has('microsoft')) : {},
      parts.has('proxy') ? startProxies(scope) : {},
    ]);
    const servers = processes.map(({ name, pid, logFile }) => ({ name, pid, logFile }));
    const testbed: Testbed = { dir, startupMs: 0, users: TEST_USERS, tls: { certFile: cert.certFile, cert: cert.cert }, servers, stop: entry.stop, ...oidc, ...jira, ...mail, ...proxy };
    testbed.startupMs = Math.round(performance.now() - started);
    return testbed;
  } catch (error: unknown) {
    await entry.stop();
    throw error;
  }
}

async function startOidc(scope: Scope, httpsPort: number, httpPort: number): Promise<Pick<Testbed, 'oidc'>> {
  const users = [
    ...ALL_USERS.map((u) => ({ username: u.username, password: u.password, email: u.email, displayName: u.displayName })),
    { username: 'helpdesk', password: MAILBOX.password, email: MAILBOX.username, displayName: 'Help Desk Mailbox' },
    { ...DISABLED_OIDC_USER, enabled: false },
  ];
  const clients = Object.values(OIDC_CLIENTS);
  const realms: OidcRealm[] = [
    { name: OIDC_REALM, clients, users },
    { name: `${OIDC_REALM}-mixed`, clients, users, httpEndpoints: true },
  ];
  const tls = { cert: scope.cert.cert, key: scope.cert.key };
  const [current, legacy]: OidcProvider[] = await Promise.all([
    startOidcProvider({ realms, tls, httpsPort, httpPort }).then(scope.own),
    startOidcProvider({ realms, tls, legacyAuthPath: true }).then(scope.own),
  ]);
  return {
    oidc: {
      issuer: current!.issuer(OIDC_REALM),
      httpIssuer: current!.issuer(OIDC_REALM, 'http'),
      httpTokenIssuer: current!.issuer(`${OIDC_REALM}-mixed`),
      legacyIssuer: legacy!.issuer(OIDC_REALM),
      realm: OIDC_REALM,
      clients: OIDC_CLIENTS,
    },
  };
}

async function startMail(scope: Scope, introspectionUrl: string | undefined, withMicrosoft: boolean): Promise<Pick<Testbed, 'imap' | 'pop3' | 'mail' | 'microsoft'>> {
  const [imap, imaps, pop3, pop3s] = (await freePorts(4)) as [number, number, number, number];
  const ports = POP3_INSTALLED ? { imap, imaps, pop3, pop3s } : { imap, imaps };
  const tls = { cert: scope.cert.cert, key: scope.cert.key };
  // The identity platform first: dovecot is configured with its introspection address.
  const identity = withMicrosoft ? await startIdentityPlatform(tls).then(scope.own) : undefined;
  const exchange = identity ? { introspectionUrl: identity.introspectionUrl, mailboxes: Object.values(MAILBOXES), master: FRONT_MASTER } : undefined;
  const dovecot = await startDovecot(join(scope.dir, 'dovecot'), ports, scope.cert, introspectionUrl, exchange).then(scope.track);
  const front = identity ? await startExchangeFront(tls, { imap, ...(POP3_INSTALLED ? { pop3 } : {}) }).then(scope.own) : undefined;
  return {
    imap: { host: LOOPBACK, plain: imap, tls: imaps },
    ...(POP3_INSTALLED && { pop3: { host: LOOPBACK, plain: pop3, tls: pop3s } }),
    mail: { mailbox: MAILBOX, xoauth2: dovecot.xoauth2 },
    ...(identity &&
      front && {
        microsoft: {
          loginUrl: identity.url,
          tenant: TENANT,
          apps: APPS,
          accounts: ACCOUNTS,
          mailboxes: MAILBOXES,
          imap: { host: LOOPBACK, tls: front.imaps },
          ...(POP3_INSTALLED && { pop3: { host: LOOPBACK, tls: front.pop3s } }),
        },
      }),
  };
}

async function startProxies(scope: Scope): Promise<Pick<Testbed, 'proxy'>> {
  const [open, restricted, auth] = (await freePorts(3)) as [number, number, number];
  await Promise.all([startSquid(join(scope.dir, 'squid'), open, restricted).then(scope.track), startTinyproxy(join(scope.dir, 'tinyproxy'), auth).then(scope.track)]);
  const url = (port: number) => `http://${LOOPBACK}:${port}`;
  return { proxy: { open: url(open), restricted: url(restricted), auth: url(auth), account: PROXY_ACCOUNT } };
}

async function startJira(scope: Scope, options: NonNullable<TestbedOptions['jira']>, oidcIssuer: string | undefined): Promise<Pick<Testbed, 'jira' | 'ldap'>> {
  const [stickyPort, roundRobinPort, goodPort, stalePort, goodTlsPort, staleTlsPort, ssoPort] = (await freePorts(7)) as [number, number, number, number, number, number, number];
  const contextPath = options.contextPath ?? '';
  const stickyUrl = `http://${LOOPBACK}:${stickyPort}${contextPath}`;
  const database = new JiraDatabase({
    maxAuthenticationAttempts: options.maxAuthenticationAttempts,
    personalAccessTokens: new Map(ALL_USERS.map((u) => [u.pat, u.username])),
  });
  const directory = (port: number): JiraNodeOptions['directory'] => ({
    url: `ldap://${LOOPBACK}:${port}`,
    serviceDn: LDAP_SERVICE.dn,
    servicePassword: LDAP_SERVICE.password,
    usersDn: LDAP_PEOPLE,
    groupsDn: LDAP_GROUPS,
  });
  const cluster = (nodeId: string, ldapPort: number): JiraNodeOptions => ({
    directory: directory(ldapPort),
    logDir: join(scope.dir, nodeId, 'log'),
    nodeId,
    version: options.version ?? '9.12.4',
    jsmVersion: options.jsmVersion === undefined ? '5.12.4' : options.jsmVersion,
    baseUrl: options.baseUrl ?? stickyUrl,
    contextPath,
    sessionIdleTimeoutMs: options.sessionIdleTimeoutMs,
    jvmRoute: options.jvmRoute,
    database,
  });
  const ssoCallback = encodeURIComponent(`http://${LOOPBACK}:${ssoPort}/plugins/servlet/oidc/callback`);
  const ssoLoginUrl = `${oidcIssuer ?? 'https://idp.example.test/realms/corp'}/protocol/openid-connect/auth?client_id=${OIDC_CLIENTS.dag.clientId}&response_type=code&scope=openid&redirect_uri=${ssoCallback}`;
  const start = (o: JiraNodeOptions): Promise<JiraNode> => startJiraNode(o).then(scope.own);

  // The nodes start in-process within milliseconds; haproxy needs their ports, slapd nothing.
  const nodes = Promise.all([
    start(cluster(NODE_IDS[0], goodPort)),
    start(cluster(NODE_IDS[1], stalePort)),
    start({ directory: directory(goodPort), logDir: join(scope.dir, 'single', 'log'), version: '8.13.4', jsmVersion: null, contextPath: '/jira', baseUrl: 'https://jira.example.test/jira' }),
    start({ directory: directory(goodPort), logDir: join(scope.dir, 'https', 'log'), version: '10.3.9', jsmVersion: '10.3.9', tls: { cert: scope.cert.cert, key: scope.cert.key } }),
    start({ directory: directory(goodPort), logDir: join(scope.dir, 'sso', 'log'), port: ssoPort, mode: 'sso', ssoLoginUrl }),
    start({ directory: directory(goodPort), logDir: join(scope.dir, 'login-page', 'log'), mode: 'login-page' }),
  ]);
  const balancer = nodes.then(([nodeA, nodeB]) =>
    startHaproxy(scope.dir, stickyPort, roundRobinPort, [
      { name: 'app1', port: nodeA.port },
      { name: 'app2', port: nodeB.port },
    ]).then(scope.track),
  );
  const [good, stale, [nodeA, nodeB, single, https, sso, loginPage]] = await Promise.all([
    startSlapd(join(scope.dir, 'ldap-good'), goodPort, goodTlsPort, 'good', scope.cert).then(scope.track),
    startSlapd(join(scope.dir, 'ldap-stale'), stalePort, staleTlsPort, 'stale', scope.cert).then(scope.track),
    nodes,
    balancer,
  ]);

  return {
    jira: {
      sticky: stickyUrl,
      roundRobin: `http://${LOOPBACK}:${roundRobinPort}${contextPath}`,
      nodeA: nodeA.url,
      nodeB: nodeB.url,
      nodeIds: NODE_IDS,
      baseUrl: nodeA.baseUrl,
      single: single.url,
      https: https.url,
      sso: sso.url,
      loginPage: loginPage.url,
      securityLogs: { nodeA: nodeA.securityLog, nodeB: nodeB.securityLog, single: single.securityLog },
      applicationLogs: { nodeA: nodeA.applicationLog, nodeB: nodeB.applicationLog, single: single.applicationLog },
      database,
    },
    ldap: { good: good.url, stale: stale.url, goodTls: good.tlsUrl, staleTls: stale.tlsUrl, serviceDn: LDAP_SERVICE.dn, servicePassword: LDAP_SERVICE.password, usersDn: LDAP_PEOPLE, groupsDn: LDAP_GROUPS },
  };
}
