// The test bed: real servers and the simulated Jira cluster, on free loopback ports, started in
// parallel and stopped by process id. Tests, the demo and the UI's Playwright tests use this API.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHaproxy } from './haproxy';
import { JiraDatabase } from './jira/database';
import { startJiraNode, type JiraNode, type JiraNodeOptions } from './jira/node';
import { freePorts, LOOPBACK, stopProcess, type ServerProcess } from './processes';
import { LDAP_GROUPS, LDAP_PEOPLE, LDAP_SERVICE, startSlapd } from './slapd';
import { ALL_USERS, TEST_USERS } from './users';

export { TEST_USERS, JIRA_USERS_GROUP, JIRA_ADMINS_GROUP } from './users';
export type { TestUser, UserKey } from './users';

export const NODE_IDS = ['jira-node-1', 'jira-node-2'] as const;

export type TestbedPart = 'jira';

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
  /** A node behind an SSO front end: requests without credentials get 302 to an identity provider. */
  sso: string;
  /** A node behind a front end that answers requests without credentials with an HTML login page. */
  loginPage: string;
  securityLogs: { nodeA: string; nodeB: string; single: string };
  applicationLogs: { nodeA: string; nodeB: string; single: string };
  /** The cluster's shared database (login counters): e.g. to reset a failed-login count. */
  database: JiraDatabase;
};

export type Testbed = {
  /** Temporary folder with every configuration, data file and log. Removed by stop(). */
  dir: string;
  /** How long the start took, in milliseconds. */
  startupMs: number;
  users: typeof TEST_USERS;
  jira?: JiraEndpoints;
  ldap?: { good: string; stale: string; serviceDn: string; servicePassword: string; usersDn: string; groupsDn: string };
  /** Stops every server (by process id) and removes `dir`. Safe to call twice. */
  stop(): Promise<void>;
};

const ALL_PARTS: readonly TestbedPart[] = ['jira'];

/** Live test beds, stopped on Ctrl-C / SIGTERM and, as a last resort, killed when Node exits. */
const live = new Set<{ processes: ServerProcess[]; stop: () => Promise<void> }>();
let signalsHooked = false;

function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.allSettled([...live].map((t) => t.stop())).then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  process.once('exit', () => {
    for (const t of live) for (const p of t.processes) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  });
}

export async function startTestbed(options: TestbedOptions = {}): Promise<Testbed> {
  const started = performance.now();
  const parts = new Set(options.parts ?? ALL_PARTS);
  const dir = await mkdtemp(join(tmpdir(), 'jira-doctor-testbed-'));
  const processes: ServerProcess[] = [];
  const nodes: JiraNode[] = [];
  let stopped: Promise<void> | undefined;
  const entry = {
    processes,
    stop: (): Promise<void> =>
      (stopped ??= (async () => {
        await Promise.allSettled([...nodes.map((n) => n.stop()), ...processes.map((p) => stopProcess(p))]);
        await rm(dir, { recursive: true, force: true });
        live.delete(entry);
      })()),
  };
  live.add(entry);
  hookSignals();
  const track = <T extends { process: ServerProcess }>(server: T): T => {
    processes.push(server.process);
    return server;
  };

  const testbed: Testbed = { dir, startupMs: 0, users: TEST_USERS, stop: entry.stop };
  try {
    const tasks: Promise<unknown>[] = [];
    if (parts.has('jira')) tasks.push(startJira(dir, options.jira ?? {}, track, nodes).then(({ jira, ldap }) => Object.assign(testbed, { jira, ldap })));
    await Promise.all(tasks);
  } catch (error: unknown) {
    await entry.stop();
    throw error;
  }
  testbed.startupMs = Math.round(performance.now() - started);
  return testbed;
}

type Track = <T extends { process: ServerProcess }>(server: T) => T;

async function startJira(dir: string, options: NonNullable<TestbedOptions['jira']>, track: Track, nodes: JiraNode[]): Promise<Required<Pick<Testbed, 'jira' | 'ldap'>>> {
  const [stickyPort, roundRobinPort, goodPort, stalePort] = (await freePorts(4)) as [number, number, number, number];
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
    logDir: join(dir, nodeId, 'log'),
    nodeId,
    version: options.version ?? '9.12.4',
    jsmVersion: options.jsmVersion === undefined ? '5.12.4' : options.jsmVersion,
    baseUrl: options.baseUrl ?? stickyUrl,
    contextPath,
    sessionIdleTimeoutMs: options.sessionIdleTimeoutMs,
    jvmRoute: options.jvmRoute,
    database,
  });
  const start = async (o: JiraNodeOptions): Promise<JiraNode> => {
    const node = await startJiraNode(o);
    nodes.push(node);
    return node;
  };

  const [good, stale, nodeA, nodeB, single, sso, loginPage] = await Promise.all([
    startSlapd(join(dir, 'ldap-good'), goodPort, 'good').then(track),
    startSlapd(join(dir, 'ldap-stale'), stalePort, 'stale').then(track),
    start(cluster(NODE_IDS[0], goodPort)),
    start(cluster(NODE_IDS[1], stalePort)),
    start({ directory: directory(goodPort), logDir: join(dir, 'single', 'log'), version: '8.13.4', jsmVersion: null, contextPath: '/jira', baseUrl: 'https://jira.example.test/jira' }),
    start({ directory: directory(goodPort), logDir: join(dir, 'sso', 'log'), mode: 'sso', ssoLoginUrl: 'https://idp.example.test/realms/corp/protocol/openid-connect/auth?client_id=jira' }),
    start({ directory: directory(goodPort), logDir: join(dir, 'login-page', 'log'), mode: 'login-page' }),
  ]);
  await startHaproxy(dir, stickyPort, roundRobinPort, [
    { name: 'app1', port: nodeA.port },
    { name: 'app2', port: nodeB.port },
  ]).then(track);

  return {
    jira: {
      sticky: stickyUrl,
      roundRobin: `http://${LOOPBACK}:${roundRobinPort}${contextPath}`,
      nodeA: nodeA.url,
      nodeB: nodeB.url,
      nodeIds: NODE_IDS,
      baseUrl: nodeA.baseUrl,
      single: single.url,
      sso: sso.url,
      loginPage: loginPage.url,
      securityLogs: { nodeA: nodeA.securityLog, nodeB: nodeB.securityLog, single: single.securityLog },
      applicationLogs: { nodeA: nodeA.applicationLog, nodeB: nodeB.applicationLog, single: single.applicationLog },
      database,
    },
    ldap: { good: good.url, stale: stale.url, serviceDn: LDAP_SERVICE.dn, servicePassword: LDAP_SERVICE.password, usersDn: LDAP_PEOPLE, groupsDn: LDAP_GROUPS },
  };
}
