import type { CheckId } from '../../knowledge/contract/checks';
import { setting } from './wording';

/**
 * The checks' own words in English; `CheckWords` is this catalogue's type, so every other language
 * must give each text with the same parameters (words-ja.ts). Exact strings (hosts, ports, codes,
 * headers, scopes, endpoints, the servers' own messages) come in as parameters and stay as given.
 */
export type CheckWords = typeof en;

type Said = { message: string; advice: string };
/** Where a failure happened: at the proxy, or at the target itself. */
type Where = { proxy: string } | { target: string };
/** The Jira (or identity provider) answer a message is about. */
export type AnswerSource = 'serverInfo' | 'myself' | 'session' | 'servicedesk' | 'discovery';
/** Where Microsoft refused a sign-in. */
export type RefusedAt = 'sign-in page' | 'token endpoint' | 'device code endpoint';
/** An affinity cookie's kind, named with its load balancer (the cookie's own name is exact). */
export type AffinityKind = 'routeid' | 'jvmRoute' | 'ingress' | 'awsAlb' | 'awsElb' | 'bigip' | 'haproxy';
/** The app and cloud a Microsoft answer is about; `scopes` is the article's scope string for the cloud, exact. */
export type IdentityContext = { clientId: string; tenant: string; cloud: string; scopes: string };
/** A URL setting, named in a settings problem. */
export type UrlWhat = 'Jira base' | 'proxy' | 'identity provider' | 'sign-in';

const ONE_ATTEMPT =
  "The check logged in once and did not try again: every refused login counts toward Jira's CAPTCHA limit (3 by default), after which no REST login works, even with the right password, until someone answers the CAPTCHA in a browser.";
const REVOKED_TOKEN = 'The personal access token is wrong, expired or revoked; create a new one in the user profile (Profile → Personal Access Tokens).';
const usGov = (cloud: string) => cloud === 'gcc-high' || cloud === 'dod';
const portalOf = (cloud: string) => (usGov(cloud) ? 'the Azure Government portal (portal.azure.us)' : 'the Azure portal (portal.azure.com)');
const PORTS = 'IMAP uses 993 (TLS) or 143, POP 995 (TLS) or 110.';

export const en = {
  /** A check's title; the English one is the check's own (CheckDefinition.title). */
  title: (_check: CheckId, english: string): string => english,
  /** A list of names (nodes, groups, folders, cookies) inside a sentence. */
  list: (items: readonly string[]): string => items.join(', '),

  // What went wrong on the way to a server (problems.ts), and what to try.
  proxyAuth: (proxy: string, target: string): Said => ({
    message: `The proxy ${proxy} wants authentication (407 Proxy Authentication Required) before it connects to ${target}.`,
    advice: `Give the proxy user ${setting('proxyUser')} and its password ${setting('proxyPassword')}, or ask the proxy team which account to use.`,
  }),
  proxyRefused: (proxy: string, target: string, status: string): Said => ({
    message: `The proxy ${proxy} refused to connect to ${target} (it answered ${status} to CONNECT).`,
    advice: `Ask the proxy team to allow ${target} (many proxies allow CONNECT only to port 443), or add the host to the proxy exceptions.`,
  }),
  refusedAtProxy: (proxy: string): Said => ({
    message: `Nothing accepts connections at the proxy ${proxy}: the connection was refused.`,
    advice: 'Check the proxy address and port (ask the network team which proxy Jira uses).',
  }),
  refused: (target: string): Said => ({
    message: `Nothing accepts connections at ${target}: the connection was refused.`,
    advice: 'Check the host and port. The service may be down, or listen on another port or only on another address.',
  }),
  dns: (host: string): Said => ({
    message: `The name ${host} cannot be resolved (DNS): this machine does not know that host.`,
    advice: 'Check the spelling of the host name, or try from a machine inside the network where it resolves (or use the proxy that Jira uses).',
  }),
  connectTimeout: (where: Where): Said => ({
    message: `No connection to ${'proxy' in where ? `the proxy ${where.proxy}` : where.target}: the attempt timed out without an answer, which usually means a firewall drops the traffic (filtered).`,
    advice: `Ask the network team whether a firewall allows this machine to reach that host and port; or try through the proxy Jira uses ${setting('proxy')}.`,
  }),
  noAnswer: (target: string): Said => ({
    message: `${target} accepted the connection but sent no answer in time.`,
    advice: 'The server or something in front of it (load balancer, proxy) hangs, or the port belongs to another kind of service. Check the port, and that the service behind it is running.',
  }),
  stalled: (target: string): Said => ({
    message: `${target} started an answer but stopped sending it.`,
    advice: "The server or something in between (a proxy, a load balancer, a firewall that inspects traffic) stalls; try again, and look at that server's logs for this time (for Jira: the load balancer's and Jira's).",
  }),
  certificateExpired: (target: string, expired: boolean, validTo?: string): Said => ({
    message: `The TLS certificate of ${target} ${expired ? 'has expired' : 'is not valid yet'}${validTo ? ` (valid to ${validTo})` : ''}.`,
    advice: expired ? 'Ask whoever runs that server to renew its certificate.' : 'Check the clock of this machine and of the server; or the certificate was issued for a later date.',
  }),
  certificateName: (target: string, host: string, altNames?: string): Said => ({
    message: `The TLS certificate of ${target} is for other names${altNames ? ` (${altNames})` : ''}, not ${host}.`,
    advice: 'Use the host name the certificate is issued for (the one users type), or ask for a certificate that includes this name.',
  }),
  intercepted: (target: string, issuer: string): Said => ({
    message: `The connection to ${target} is intercepted: the certificate was issued by "${issuer}", which looks like a TLS inspection proxy, not by the server's own certificate authority.`,
    advice: `Ask the network team to exempt this host from TLS inspection, or give their inspection CA ${setting('ca')} (Jira's Java truststore needs the same CA).`,
  }),
  untrusted: (target: string, self: boolean, issuer?: string): Said => ({
    message: `The TLS certificate of ${target} is not trusted: ${self ? 'it is self-signed' : `it was issued by a certificate authority this machine does not know${issuer ? ` ("${issuer}")` : ''}`}.`,
    advice: `Give the certificate authority's PEM file ${setting('ca')} (ask the server's admin for it). Turn off certificate checks ${setting('insecure')} only to look past it once.`,
  }),
  handshake: (target: string, detail: string): Said => ({
    message: `The TLS handshake with ${target} failed: ${detail}.`,
    advice: 'Check that the port speaks TLS (or plain text) as configured, and that both sides share a TLS version.',
  }),
  closed: (where: Where): Said => ({
    message: `${'proxy' in where ? `The proxy ${where.proxy}` : where.target} closed the connection without an answer.`,
    advice: 'Something in between (firewall, load balancer, proxy) may cut the connection; check that the port and the protocol (http/https) are right.',
  }),
  failed: (target: string, detail: string): Said => ({
    message: `The request to ${target} failed: ${detail || 'no details given'}.`,
    advice: 'Check the address and the network path; the evidence shows the error as reported.',
  }),
  /** A text protocol's line that never ended (net.ts); shown as the failure's detail. */
  lineTooLong: 'the server sent a line longer than 64 KB',
  insecureNote: `TLS certificate verification was turned OFF for this run ${setting('insecure')}: a server could pose as another one unnoticed.`,

  /** The run itself (runner.ts, http.ts): checks that cannot run, time limits, cancelling, the CA file. */
  run: {
    notRun: (toRun: string): Said => ({ message: 'Not run: the settings lack what this check needs.', advice: `To run it, ${toRun}.` }),
    unexpected: (error: string): Said => ({ message: `The check stopped on an unexpected error: ${error}`, advice: 'Run it again; if it repeats, report it with the evidence.' }),
    /** The limit that ran out, e.g. "10 s for this check". */
    limit: (seconds: string, wholeRun: boolean): string => `${seconds} for ${wholeRun ? 'the whole run' : 'this check'}`,
    timedOut: (limit: string): Said => ({
      message: `No answer within the check's time limit (${limit}).`,
      advice: `The server or the network path is slow or silent; try a longer time limit ${setting('timeout')}, or check the path.`,
    }),
    cancelled: { message: 'The check was cancelled before it finished.', advice: 'Run it again when ready.' } satisfies Said,
    caNoPem: (file: string): Said => ({
      message: `The CA file ${file} holds no PEM certificate.`,
      advice: 'Give a PEM file (text starting with -----BEGIN CERTIFICATE-----); convert a .cer/.der file with: openssl x509 -inform der -in FILE -out ca.pem',
    }),
    caUnreadable: (file: string, code: string): Said => ({ message: `The CA file ${file} cannot be read (${code}).`, advice: 'Check the path and that this user may read the file.' }),
    /** Appended to a body excerpt that was not read to its end. */
    stoppedReading: (kb: number): string => `[stopped reading after ${kb} KB]`,
    transcriptError: (message: string): string => `error: ${message}`,
    transcriptCertificate: (subject: string, issuer: string, validTo: string): string => `certificate: subject ${subject}; issuer ${issuer}; valid to ${validTo}`,
  },

  /** The run's credential guard (check.ts): why no more logins were sent. */
  guard: {
    captcha: {
      message: 'Jira asks this account to pass a CAPTCHA (AUTHENTICATION_DENIED, CAPTCHA_CHALLENGE): every REST login fails, even with the right password, until it is cleared.',
      advice: 'Log in once in a browser and answer the CAPTCHA, or have an admin reset the failed login count (User management → the user → Reset failed login count).',
    } satisfies Said,
    rejectedFirst: {
      message: 'Jira rejected the credentials. To avoid locking the account into a CAPTCHA, no further login was attempted.',
      advice:
        "Check the user name and password (or token) before running the checks again: every refused login counts toward Jira's CAPTCHA limit (3 by default). If they are right, the user directory (LDAP) may answer differently on some nodes.",
    } satisfies Said,
    rejectedMany: (failures: number): Said => ({
      message: `Jira rejected ${failures} authenticated requests in this run, counting every check; further ones were not sent so that the account does not reach the CAPTCHA limit.`,
      advice: `The account's failed-login count may now be up to ${failures}; a successful login (e.g. in a browser) resets it. Intermittent rejections of a valid user point at the user directory (LDAP).`,
    }),
  },

  /** Reading Jira's answers (jira-request.ts, jira-answer.ts). */
  jira: {
    missing: `give Jira's address ${setting('baseUrl')}`,
    noAddress: { message: 'No Jira address was given.', advice: `Give Jira's address ${setting('baseUrl')}.` } satisfies Said,
    source: {
      serverInfo: 'Jira (serverInfo)',
      myself: 'Jira (myself)',
      session: 'Jira (session login)',
      servicedesk: 'Jira Service Management (servicedeskapi/info)',
      discovery: 'The identity provider (discovery)',
    } satisfies Record<AnswerSource, string>,
    emptyBody: (what: string, status: number): Said => ({
      message: `${what} answered ${status} with an empty body.`,
      advice: 'Jira sometimes answers serverInfo with an empty body (JRA-59676); run the check again. If it stays empty, a proxy in front of Jira may drop the body.',
    }),
    loginPage: (what: string): Said => ({
      message: `${what} answered with an HTML login page instead of JSON.`,
      advice: "A single sign-on or reverse proxy in front of Jira asks for a browser login. REST clients need a path that bypasses it (ask the team that runs the SSO front end), or use Jira's own URL.",
    }),
    htmlPage: (what: string, status: number): Said => ({
      message: `${what} answered with an HTML page (status ${status}) instead of JSON.`,
      advice: 'The URL may point at a web server or proxy, not at Jira. Check the base URL (including a context path such as /jira).',
    }),
    tooLong: (what: string): Said => ({
      message: `${what} sent more than 256 KB; reading stopped there.`,
      advice: 'This is not the small JSON answer Jira gives; check that the base URL points at Jira.',
    }),
    notJson: (what: string, status: number): Said => ({
      message: `${what} answered ${status} with text that is not JSON.`,
      advice: 'Check that the base URL points at Jira and not at another service; the evidence shows the start of the answer.',
    }),
    oddProxy: 'A proxy in front of Jira answers oddly; check its configuration.',
    redirectNowhere: (what: string, status: number): string => `${what} answered with a redirect (${status}) without a destination.`,
    redirectNotUrl: (what: string): string => `${what} redirected to an address that is not a URL.`,
    ssoRedirect: (what: string, host: string): Said => ({
      message: `${what} redirected to another host (${host}) instead of answering: a single sign-on front end intercepts the request before Jira.`,
      advice: "REST clients cannot follow a browser sign-on. Ask the team that runs the SSO front end for a REST path that bypasses it, or use Jira's internal URL.",
    }),
    schemeRedirect: (what: string, from: string, to: string, base: string): Said => ({ message: `${what} redirected from ${from} to ${to}.`, advice: `Use the base URL ${base}.` }),
    loginRedirect: (what: string, path: string): Said => ({
      message: `${what} redirected to a login page (${path}) instead of answering.`,
      advice: 'Jira or an SSO app sends REST calls to a browser login. Check the credentials, and whether an SSO app redirects REST requests.',
    }),
    redirected: (what: string, path: string): Said => ({
      message: `${what} redirected to ${path}.`,
      advice: 'The base URL may be incomplete (a context path such as /jira missing) or the proxy rewrites paths; use the URL the redirect points to.',
    }),
    /** A load balancer's affinity cookie, its name exact, with what sets it. */
    affinity: {
      routeid: (name: string): string => `${name} (Apache mod_proxy_balancer)`,
      jvmRoute: (name: string): string => `${name} with a node route suffix (Tomcat jvmRoute)`,
      ingress: (name: string): string => `${name} (ingress-nginx)`,
      awsAlb: (name: string): string => `${name} (AWS Application Load Balancer)`,
      awsElb: (name: string): string => `${name} (AWS Classic Load Balancer)`,
      bigip: (name: string): string => `${name} (F5 BIG-IP)`,
      haproxy: (name: string): string => `${name} (HAProxy-style server cookie)`,
    } satisfies Record<AffinityKind, (name: string) => string>,
    /** A node id that answers carried none of (X-ANODEID). */
    noNode: '(no node id)',
  },

  versions: {
    anonymousBlocked: (status: number): string => `serverInfo answered ${status} without credentials: something in front of Jira blocks anonymous requests (Jira itself answers them).`,
    noVersion: 'serverInfo carried no version number, so this is probably not Jira.',
    version: (version: string): string => `serverInfo reports version ${version}`,
    cloud: 'This is Jira Cloud; the checks and articles are for Jira Data Center and Server.',
    baseUrlDiffers: (configured: string, used: string): string =>
      `Jira's base URL setting is ${configured}, but the checks used ${used}. Links, redirects and OAuth callbacks use the setting; if users reach Jira at another address, correct the setting (Administration → System → Base URL) or the proxy.`,
    noJsm: 'Jira Service Management is not installed or not enabled (servicedeskapi/info answered 404).',
    jsmVersion: (version: string): string => `servicedeskapi/info reports version ${version}`,
    jsmNoVersion: (status: number): string => `servicedeskapi/info answered ${status} without a version number.`,
    platformDiffers: (platform: string, version: string): string => `Jira Service Management reports platform ${platform}, serverInfo ${version}: the nodes may run different versions.`,
  },

  credentials: {
    needed: `give a user name ${setting('username')} with its password ${setting('password')}, or a personal access token ${setting('token')}`,
    badStatus: (status: number): Said => ({ message: `Jira answered ${status} to /rest/api/2/myself.`, advice: 'Look at the evidence; Jira or a proxy in front of it reports an error.' }),
    authenticatedAs: (user: string | undefined, node: string | undefined): string => `Jira authenticated the request as ${user ?? 'a user it did not name'}${node ? ` on node ${node}` : ''}.`,
    /** Why a fact is the header's value: `X-Seraph-LoginReason on GET /rest/api/2/myself`. */
    header: (header: string, request: string): string => `${header} on ${request}`,
    notRunWithCredentials: (why: string): string => `Not run with credentials: ${why}`,
    noCredentials: 'No credentials to send.',
    anonymous: (pat: boolean): Said => ({
      message: `Jira ignored the ${pat ? 'token' : 'credentials'} and answered as the anonymous user.`,
      advice: pat ? `${REVOKED_TOKEN} Jira treats a request with a bad token as anonymous.` : 'Check the user name and password; an SSO app may also drop Basic authentication.',
    }),
    noReason: 'no reason given',
    mayNotLogIn: "The credentials are right but the user may not log in: give the user access to the application (a group with the product's licence).",
    revokedToken: REVOKED_TOKEN,
    checkPassword: 'Check the user name and password. If they are right and this happens only sometimes, the user directory (LDAP) answers differently on some nodes; run the 401 sampling check.',
    rejected: (pat: boolean, status: number, reason: string): string =>
      `Jira rejected the ${pat ? 'token' : 'credentials'} (${status}, X-Seraph-LoginReason: ${reason}).${pat ? '' : ' No further login was attempted, so the account does not reach the CAPTCHA limit.'}`,
  },

  sampling: {
    progress: (i: number, total: number): string => `authenticated request ${i} of ${total}`,
    accepted: 'Accepted per node',
    rejected: 'Rejected (401) per node',
    other: (n: number): string => `${n} request(s) got another answer than 200 or 401; see the evidence.`,
    stopped: (made: number, total: number, why: string | undefined): string => `Stopped after ${made} of ${total} requests: ${why ?? 'credentials may not be sent any more'}`,
    intermittent: (rejected: number, made: number, accepted: number): string =>
      `${rejected} of ${made} authenticated requests were rejected${accepted ? ` and ${accepted} accepted` : ' while an earlier request with the same credentials was accepted'}`,
    onlyBad: (nodes: string): string => `Every request that node ${nodes} answered was rejected, while other nodes accepted the same credentials: that node's user directory (LDAP) answers differently.`,
    always: (n: number): string => `every authenticated request (${n}) was rejected; with a wrong password this is expected, so check the credentials first`,
    never: (n: number): string => `all ${n} authenticated requests were accepted`,
  },

  cluster: {
    progressJar: (i: number, n: number): string => `request ${i} of ${n} with one cookie jar`,
    progressFresh: (i: number, n: number): string => `request ${i} of ${n} on a new connection`,
    perNodeJar: 'Answers per node, one cookie jar',
    perNodeFresh: 'Answers per node, new connection each',
    perNodeStatus: 'Answers per node and status',
    affinityCookie: (cookies: string): string => `The load balancer's affinity cookie: ${cookies}.`,
    notSticky: (n: number, ids: string, requests: number): string => `one client with one cookie jar was answered by ${n} nodes (${ids}) in ${requests} requests`,
    sticky: (requests: number, node: string): string => `all ${requests} requests with one cookie jar were answered by node ${node} while the cluster has more than one node`,
    noAffinityCookie: 'No known affinity cookie was set: stickiness may rest on the client address, which breaks when clients share or change addresses.',
    listNotRead: (why: string | undefined): string => `The cluster's node list was not read: ${why ?? 'credentials are no longer sent in this run.'}`,
    listRejected: "The cluster's node list was not read: Jira rejected the credentials.",
    listNeedsAdmin: "The cluster's node list needs a Jira administrator; this account is not one, so only the node ids in answers count.",
    listStatus: (status: number): string => `The cluster's node list answered ${status}.`,
    listNotJson: "The cluster's node list was not JSON.",
    notClustered: 'the cluster node list answered 405: this Jira is not clustered',
    listed: (n: number, nodes: string): string => `the cluster lists ${n} active node(s): ${nodes || 'none'}`,
    unseen: (nodes: string): string => `Active nodes that answered none of the requests: ${nodes}.`,
    seen: (n: number, ids: string): string => `${n} different nodes answered this run's requests (${ids})`,
    noNodeIds: 'no answer carried a node id (X-ANODEID), which Jira Data Center nodes send; this is a single, unclustered Jira (inferred)',
    onlyNode: (node: string): string => `Only node ${node} answered. Whether other nodes exist is unknown: an administrator account would let the check read the cluster's node list.`,
  },

  session: {
    needsPassword: `give a user name ${setting('username')} with its password ${setting('password')}; a personal access token cannot open a session`,
    captcha: (why: string | undefined): string => `The session login was denied: ${why ?? 'CAPTCHA required.'}`,
    denied: { message: 'The session login was denied (403).', advice: 'Look at X-Seraph-LoginReason in the evidence.' } satisfies Said,
    badStatus: (status: number): Said => ({ message: `The session login answered ${status}.`, advice: 'Look at the evidence for what Jira or a proxy said.' }),
    loginWorked: (node: string | undefined, cookies: string): string => `Login worked${node ? ` on node ${node}` : ''}; Jira set the cookies ${cookies || '(none)'}.`,
    /** What Jira answered: the status, and Seraph's reasons when it gave some (the header's value, exact). */
    said: (status: number, reasons: string): string => [`${status}`, ...(reasons ? [`X-Seraph-LoginReason: ${reasons}`] : [])].join(', '),
    /** ` on node jira-node-2`, or nothing. */
    onNode: (node: string | undefined): string => (node ? ` on node ${node}` : ''),
    mayNotLogIn: (said: string, where: string): Said => ({
      message: `Jira accepted the password but refused the session login (${said})${where}: the user may not log in to Jira.`,
      advice: `Give the user access to the application (a group with the product's licence). ${ONE_ATTEMPT}`,
    }),
    refusedAfterAccepted: (said: string, where: string): Said => ({
      message: `Jira refused the session login (${said})${where}, although it accepted the same user name and password earlier in this run.`,
      advice: `The password is right. When the same user is accepted on one request and refused on the next, the user directory (LDAP) answers differently on some nodes, as the credentials check says: compare the LDAP servers Jira uses (the LDAP check) and see which node refuses (the 401 sampling). ${ONE_ATTEMPT} Logging in again and again to test it would lock the account.`,
    }),
    refused: (said: string, where: string): Said => ({
      message: `Jira refused the session login (${said})${where}.`,
      advice: `If the password is right and logins fail only now and then, the user directory (LDAP) answers differently on some nodes, as the credentials check says; if it may be wrong, correct it first. ${ONE_ATTEMPT}`,
    }),
    progress: (i: number, n: number): string => `request ${i} of ${n} with the session cookie`,
    reuseStatus: (status: number): Said => ({ message: `A request with the session cookie answered ${status}.`, advice: 'Look at the evidence for what Jira or a proxy said.' }),
    moved: (node: string, loginNode: string): string =>
      ` It went to node ${node}, while the login was on node ${loginNode}: Jira sessions stay on the node that created them, so the load balancer is not keeping this client on one node.`,
    worksThenFails: (worked: number, request: number, unauthorized: boolean): string =>
      `the session cookie worked for ${worked} request(s), then request ${request} with it got ${unauthorized ? '401' : 'an anonymous answer'}`,
    endedInUse: (moved: string): string => `The session ended while in use.${moved}`,
    firstRefused: (moved: string): string => `The first request with the new session cookie was already refused.${moved}`,
    allWorked: (worked: number): string =>
      `The session cookie worked for all ${worked} requests in this short test; a session that expires later (Jira's session timeout) is not covered by it; a longer pause between the requests ${setting('sessionGap')} tests a short timeout.`,
  },

  oidc: {
    needs: `give the identity provider's issuer URL ${setting('oidcIssuer')} and the client ID the Jira plugin uses ${setting('oidcClientId')}`,
    notHttps: (list: string): string => `not https: ${list}`,
    allHttps: (n: number): string => `all ${n} endpoints in the discovery document are https`,
    issuerDiffers: (issuer: string, url: string): string =>
      `The provider calls itself ${issuer}, but its discovery document was read at ${url}: the plugin rejects tokens whose issuer differs from the one configured (often a proxy or hostname setting of the provider).`,
    keycloak: 'the issuer has the form …/realms/<realm> of Keycloak',
    notKeycloak: "the issuer does not have Keycloak's …/realms/<realm> form",
    noTokenEndpoint: { message: 'The discovery document names no usable token endpoint.', advice: "Check the issuer URL and the provider's hostname settings; the plugin needs the token endpoint." } satisfies Said,
    noIssuer: (url: string, status: number): Said => ({ message: `The discovery document at ${url} answered ${status} without an issuer.`, advice: 'Check the issuer URL (for Keycloak: https://host/realms/<realm>).' }),
    noDiscovery: (tried: string[]): Said => ({
      message: `No discovery document was found (404 at ${tried.join(' and ')}).`,
      advice: 'Check the realm name and the provider address. Keycloak 17 and later drop the /auth prefix that older versions use.',
    }),
    grantRefused: (client: string, said: string): string => `the password grant for client ${client} was refused: ${said}`,
    grantAllowed: (client: string, said: string): string => `the provider checked the (made-up) user, so the password grant is allowed for client ${client}: ${said}`,
    clientRefused: (client: string, said: string, hasSecret: boolean): Said => ({
      message: `The provider did not accept the client ${client} (${said}), so whether it allows the password grant is unknown.`,
      advice: hasSecret
        ? 'Check the client id and secret against the client in the provider (they must be the ones the Jira plugin uses).'
        : `A confidential client needs its secret: give the client secret ${setting('oidcClientSecret')}.`,
    }),
    unclear: (said: string): Said => ({ message: `The token endpoint answered the probe with ${said}.`, advice: 'This answer does not say whether the password grant is allowed; look at the evidence.' }),
  },

  ldap: {
    needs: `give the LDAP server URLs Jira uses ${setting('ldapUrls')}, the user to compare ${setting('ldapUser')} and the base DN ${setting('ldapBaseDn')}`,
    bindNeedsPassword: { message: 'The bind DN needs its password.', advice: `Give the bind password ${setting('ldapPassword')}.` } satisfies Said,
    several: (n: number, labels: string): string => `${n} LDAP servers: ${labels}`,
    one: (label: string): string => `one LDAP server (${label}); a load balancer in front of several would hide them`,
    groupsPerServer: 'Groups of the user per server',
    noneAnswered: (first: string): string => `No LDAP server answered. ${first}`,
    userUnknown: (user: string, baseDn: string): Said => ({
      message: `No LDAP server knows the user ${user} under ${baseDn}.`,
      advice: `Check the user name, the base DN and the user filter ${setting('ldapUserFilter')}.`,
    }),
    notAllAnswered: 'Not every server answered, so whether they agree is unknown.',
    consistent: (dn: string, n: number): string => `every server returns ${dn} with the same ${n} group(s)`,
    doesNotKnow: (label: string): string => `${label} does not know the user`,
    returnsOther: (label: string, dn: string, reference: string): string => `${label} returns ${dn} instead of ${reference}`,
    lacks: (label: string, groups: string, reference: string): string => `${label} lacks group(s) ${groups} that ${reference} has`,
    extra: (label: string, groups: string): string => `${label} has extra group(s) ${groups}`,
    /** Joins the differences between servers into one reason. */
    join: (parts: string[]): string => parts.join('; '),
    badBind: (label: string): Said => ({ message: `${label} rejected the bind DN or its password (LDAP result 49).`, advice: "Use the bind DN and password from Jira's user directory settings." }),
    // The transcript of one server's conversation; DNs, filters and group names stay exact.
    connect: (url: string): string => `connect ${url}`,
    bindAs: (dn: string): string => `bind as ${dn}`,
    search: (base: string, filter: string): string => `search ${base} ${filter}`,
    userNotFound: 'user not found',
    found: (dn: string): string => `found ${dn}`,
    groups: (n: number, names: string): string => `groups (${n}): ${names || 'none'}`,
    failed: (message: string): string => `failed: ${message}`,
  },

  mail: {
    needs: `give the mail server host ${setting('mailHost')}, and if needed the protocol ${setting('mailProtocol')}, port ${setting('mailPort')} and encryption ${setting('mailTls')}`,
    noProxy: `Asked to go through the proxy, but no proxy was given ${setting('proxy')}; connected directly.`,
    onJiraNode: (host: string): string => `This ran on a Jira node (${host}), so it shows what Jira reaches.`,
    notJiraNode: (host: string): string =>
      `This shows what THIS machine (${host}) reaches; the mail handler runs on the Jira nodes, whose network path can differ. Run the check on a Jira node ${setting('onJiraNode')} to settle it for Jira.`,
    // The transcript; the protocol lines themselves (C:, S:) are exact.
    connect: (target: string, proxy: string | undefined, protocol: string, tls: string): string => `connect ${target}${proxy ? ` through the proxy ${proxy}` : ''} (${protocol}, TLS ${tls})`,
    connected: 'connected',
    tlsEstablished: (protocol: string, subject: string, issuer: string): string => `TLS ${protocol} established; certificate ${subject} issued by ${issuer}`,
    unfinished: (line: string): string => `S: ${line} (unfinished: the line never ended)`,
    failed: (message: string): string => `failed: ${message}`,
    reachable: (target: string, protocol: string): string => `this Jira node connected to ${target} and the ${protocol} server greeted it`,
    unreachable: (message: string): string => `from this Jira node: ${message}`,
    xoauth: 'The server offers XOAUTH2 (OAuth 2.0 sign-in).',
    noXoauth: (capabilities: string): string => `The server does not list XOAUTH2 among its sign-in methods${capabilities ? ` (${capabilities})` : ''}; OAuth 2.0 mail handlers need it.`,
    unencrypted: 'The connection was not encrypted; Microsoft 365 expects TLS for IMAP and POP (ports 993 and 995).',
    reachNotEnough: `Reaching the server does not prove the mailbox allows IMAP/POP or OAuth sign-in; those are settings of the mailbox. Give the mailbox ${setting('mailUser')} and an access token ${setting('mailToken')} to sign in as the mail handler does.`,
    noGreeting: (target: string, imap: boolean, plain: boolean): Said => ({
      message: `${target} accepted the connection but sent no greeting in time, where a${imap ? 'n IMAP' : ' POP'} server greets at once.`,
      advice: `The port may belong to another kind of service (a web server, for one, waits for the client to speak first)${plain ? ` or expect TLS from the start ${setting('mailTls', 'implicit')}` : ''}. Check the port and protocol: ${PORTS}`,
    }),
    badGreeting: (target: string, imap: boolean, greeting: string, plain: boolean): Said => ({
      message: `The server at ${target} did not greet like a${imap ? 'n IMAP' : ' POP'} server ("${greeting}").`,
      advice: `Check the port and protocol: ${PORTS}${plain ? ` The port may expect TLS from the start ${setting('mailTls', 'implicit')}.` : ''}`,
    }),
    starttlsRefused: (answer: string): Said => ({ message: `The server refused STARTTLS ("${answer}").`, advice: 'Use implicit TLS (port 993 for IMAP, 995 for POP) or ask for STARTTLS to be enabled.' }),
    tokenNotSent: `The access token was not sent: the connection is not encrypted and the server is not this machine. Use TLS ${setting('mailTls', 'implicit')} or STARTTLS ${setting('mailTls', 'starttls')} to sign in.`,
    noSignInWithoutXoauth: 'No sign-in was tried: the server does not offer XOAUTH2.',
    signingIn: (mailbox: string): string => `signing in to ${mailbox}`,
    ownMailbox: (account: string): string => `the token belongs to ${account}, the mailbox's own account, so no Full Access is needed`,
    refusedWhy: (protocol: string, mailbox: string): string => `the ${protocol} server refused the sign-in to ${mailbox}`,
    ambiguous:
      'Exchange gives this same answer when IMAP (or POP) is switched off for the mailbox, when the account that signed in has no Full Access to it, and when the mailbox has no licence, and also for a token with the wrong scopes or of another account.',
    refused: (protocol: string, mailbox: string, words: string, account: string | undefined, generic: boolean): Said => ({
      message: `The ${protocol} server refused the sign-in to ${mailbox}: "${words}"${account ? ` (token of ${account})` : ''}.`,
      advice: generic
        ? 'To tell them apart, ask: does the mailbox open in Outlook on the web for the account that signed in? If it does not open at all, that account lacks Full Access (or the mailbox is unlicensed, which Outlook on the web says in so many words); if it opens, IMAP/POP is switched off for the mailbox (Microsoft 365 admin center > Users > the mailbox > Mail > Email apps).'
        : 'Check the mailbox address, the token and the scopes it was issued for.',
    }),
    accepted: (protocol: string, mailbox: string, account: string | undefined): string => `the ${protocol} server accepted the OAuth 2.0 sign-in to ${mailbox}${account ? ` with a token of ${account}` : ''}`,
    fullAccess: (account: string, mailbox: string): string => `${account} signed in and opened ${mailbox}, which is not its own mailbox`,
    whoseToken: 'Whose token this is could not be read from it, so whether the signed-in account needed Full Access on the mailbox is left open.',
    notConnectedWhy: 'the sign-in worked, then the server would not serve the mailbox',
    notConnected: (mailbox: string, answer: string): Said => ({
      message: `The sign-in to ${mailbox} worked, but the server then answered "${answer}".`,
      advice: 'Exchange says this when Client Access Rules leave out IMAP4 (or POP3), and when the token belongs to another account than the one meant to authorize the mailbox; check both.',
    }),
    messageCount: (n: number): string => `the server counts ${n} messages in the inbox`,
    inboxHolds: (n: number): string => `The inbox holds ${n.toLocaleString('en-US')} messages.`,
    folders: (n: number, names: string): string => `Folders (${n}): ${names || 'none'}.`,
    localized: (names: string): string =>
      `Special folders carry names in another language than English (${names}): the mailbox was set up in that language, which matters for Jira's search for a folder named "Inbox" (unconfirmed how each Exchange version lists it).`,
    noInbox: (refusal: string): string => `the folder list has no INBOX and EXAMINE INBOX was refused ("${refusal}")`,
    hasInbox: 'the folder list names INBOX and it opened read-only',
    endless: { message: 'The mail server kept answering without ending its reply.', advice: 'This is not how an IMAP server behaves; check that the port belongs to the mail server.' } satisfies Said,
  },

  /** The mail-sign-in check: the sign-in Jira does, reported. */
  mailSignIn: {
    needs: `sign in the way Jira does, with Jira's OAuth 2.0 settings ${setting('mailSignIn')}`,
    notDone: { message: 'No sign-in was done before the checks.', advice: `Sign in first ${setting('mailSignIn')}.` } satisfies Said,
    flow: (device: boolean, authorize: string, token: string, scopes: string): string =>
      `Sign-in flow: ${device ? 'device code' : 'authorization code (browser)'}; endpoints ${authorize} and ${token}; scopes "${scopes}".`,
    scopes: "the scopes of Jira's OAuth 2.0 integration, as given for the sign-in",
    authorizeEndpoint: "Jira's authorization endpoint, as given for the sign-in",
    tokenEndpoint: "Jira's token endpoint, as given for the sign-in",
    sharedTenant: (tenant: string): string => `The endpoints use /${tenant}: that works only for a multi-tenant app; a single-tenant app needs its tenant id there (Microsoft then answers AADSTS50194).`,
    errors: 'what Microsoft answered to the sign-in',
    asExpected: (account: string): string => `the browser signed in as ${account}, the account meant to authorize the mailbox`,
    notAsExpected: (account: string, expected: string): string => `the browser signed in as ${account}, not as ${expected}`,
    otherAccount: (account: string, expected: string): string =>
      `Microsoft signed in ${account} although ${expected} was meant: a browser that remembers another account does this. Sign in from a private window, or pick the account explicitly.`,
    signedInAs: (account: string): string => `The browser signed in as ${account}. Give the mailbox ${setting('mailUser')} to compare it with the account meant to authorize it.`,
  },

  azure: {
    needs: `give the app registration: its tenant ${setting('azureTenant')}, application ID ${setting('azureClientId')} and client secret ${setting('azureClientSecret')}, and for GCC High or DoD its cloud ${setting('azureCloud')}`,
    notHttps: (url: string): Said => ({ message: `${url} is not https, so the client secret was not sent.`, advice: `Give the https address of the sign-in service ${setting('azureLoginUrl')}.` }),
    asking: (host: string): string => `asking ${host} for an app-only token`,
    notJson: (url: string, status: number): Said => ({
      message: `${url} answered ${status} with something that is not JSON.`,
      advice: `Check the sign-in address ${setting('azureLoginUrl')} and any proxy in between: the Microsoft identity platform answers in JSON.`,
    }),
    noToken: (url: string, status: number): Said => ({ message: `${url} answered ${status} without a token or an error.`, advice: 'Look at the evidence for what it said.' }),
    secretWorks: (scope: string): string => `Microsoft issued an app-only token for ${scope} with this client secret`,
    appExists: (clientId: string, tenant: string, cloud: string): string => `The app ${clientId} exists in the tenant ${tenant} of the ${cloud} cloud, and its client secret works.`,
    tenancyUnseen: 'Whether the app is single-tenant is not visible this way; if Jira uses the /common endpoints, the sign-in step shows whether Microsoft accepts them.',
    refusedWhy: (host: string): string => `${host} refused the app-only token request`,
    expiredWhy: (code: string): string => `Microsoft answered ${code}: the client secret has expired`,
    trace: (traceId: string, correlationId?: string, timestamp?: string): string =>
      `Microsoft's trace id ${traceId}${correlationId ? `, correlation id ${correlationId}` : ''}${timestamp ? `, at ${timestamp}` : ''}: quote them to Microsoft support.`,
    refused: (line: string): Said => ({ message: `Microsoft refused the app-only token: ${line}`, advice: "Look up this code in Microsoft's list of sign-in error codes; the diagnosis reads it too." }),
  },

  /** What Microsoft's AADSTS codes mean for the admin (microsoft.ts); the codes stay exact. */
  identity: {
    AADSTS7000222: (code: string, { clientId, cloud }: IdentityContext): Said => ({
      message: `The client secret of the app ${clientId} has expired (${code}). Jira can no longer get tokens with it, so the mail handler stops fetching mail.`,
      advice: `In ${portalOf(cloud)}, App registrations > the app > Certificates & secrets: create a new client secret, paste its Value into Jira's OAuth 2.0 integration, and authorize the mailbox again.`,
    }),
    AADSTS7000215: (code: string, { cloud }: IdentityContext): Said => ({
      message: `Microsoft did not accept the client secret (${code}): this is usually the secret's ID pasted instead of its value.`,
      advice: `In ${portalOf(cloud)}, Certificates & secrets shows two columns: use the Value (shown only when the secret is created), not the Secret ID. If the value is lost, create a new secret.`,
    }),
    AADSTS700016: (code: string, { clientId, tenant, cloud }: IdentityContext): Said => ({
      message: `There is no app with the client id ${clientId} in the tenant ${tenant} (${code}): a wrong client id, a wrong tenant, or an app registered in another Microsoft cloud.`,
      advice: `Copy the Application (client) ID and the Directory (tenant) ID from the app's Overview page in ${portalOf(cloud)}; a GCC High or DoD app lives in the US Government cloud ${setting('azureCloud', 'gcc-high')}.`,
    }),
    AADSTS90002: (code: string, { tenant, cloud }: IdentityContext): Said => ({
      message: `The tenant ${tenant} is unknown to the ${usGov(cloud) ? 'US Government' : 'worldwide'} sign-in service (${code}): a typing error in the tenant, or a tenant of another Microsoft cloud.`,
      advice: usGov(cloud)
        ? `Check the Directory (tenant) ID; a worldwide or GCC tenant signs in at login.microsoftonline.com ${setting('azureCloud', 'worldwide')}.`
        : `Check the Directory (tenant) ID. A GCC High or DoD tenant signs in at login.microsoftonline.us: run again in the US Government cloud ${setting('azureCloud', 'gcc-high')}, and use the .us endpoints and scopes in Jira.`,
    }),
    AADSTS50194: (code: string, { clientId }: IdentityContext): Said => ({
      message: `The app ${clientId} is single-tenant, and Jira's endpoints use /common (${code}).`,
      advice: 'Put the tenant id in both endpoints in Jira instead of /common (https://login.microsoftonline.com/<tenant id>/oauth2/v2.0/authorize and …/token), or make the app multi-tenant.',
    }),
    AADSTS70011: (code: string, { scopes }: IdentityContext): Said => ({ message: `Microsoft rejected the scopes (${code}).`, advice: `Use exactly the scopes the article gives for this cloud: ${scopes}` }),
    AADSTS65001: (code: string): Said => ({
      message: `Nobody has consented to the app's permissions (${code}).`,
      advice: "Have an administrator grant admin consent for the IMAP/POP permissions on the app's API permissions page, or sign in once and accept the consent prompt.",
    }),
    AADSTS50011: (code: string): Said => ({
      message: `The redirect address sent does not match any Redirect URI of the app (${code}).`,
      advice: "Add the address Jira shows as its Redirect URL to the app's Authentication > Redirect URIs (Web platform), exactly, and save.",
    }),
    AADSTS7000218: (code: string): Said => ({
      message: `The app expects its client secret with this request (${code}): public client flows (device code) are not allowed for it.`,
      advice: 'Use the browser sign-in instead, or turn on "Allow public client flows" on the app\'s Authentication page.',
    }),
  },

  /** The sign-in Jira does (oauth-sign-in.ts, sign-in-session.ts), before the run. */
  signIn: {
    notAnAddress: {
      message: 'That is not a web address.',
      advice: "Copy the whole address from the browser's address bar once the sign-in has finished (it starts with https:// and holds the sign-in's result).",
    } satisfies Said,
    noResult: {
      message: 'The address holds no sign-in result (neither a code nor an error).',
      advice: "Paste the address the browser shows after the Microsoft sign-in finished, on Jira's callback page.",
    } satisfies Said,
    otherSignIn: { message: 'The address belongs to another sign-in (its state does not match this one).', advice: 'Start the sign-in again and paste the address of that sign-in.' } satisfies Said,
    tokenNotHttps: (endpoint: string): Said => ({ message: `The token endpoint ${endpoint} is not https; the code and secret were not sent.`, advice: 'Use the https address of the token endpoint.' }),
    tokenNotJson: (status: number): Said => ({
      message: `The token endpoint answered ${status} with something that is not JSON.`,
      advice: "Check the token endpoint address: it must be the Microsoft identity platform's …/oauth2/v2.0/token.",
    }),
    noAccessToken: (status: number): Said => ({ message: `The token endpoint answered ${status} without an access token.`, advice: 'Look at the evidence for what it said.' }),
    noIdToken: 'The token answer did not name the account that signed in (no ID token); ask for the openid scope to see it.',
    refused: (where: RefusedAt, line: string): string => `Microsoft refused the sign-in at the ${where}: ${line}`,
    checkScopes: "Check the scopes in Jira's OAuth 2.0 integration.",
    readsIt: 'The diagnosis reads this error; look at its causes.',
    deviceNotHttps: (endpoint: string): Said => ({ message: `The device code endpoint ${endpoint} is not https; nothing was sent.`, advice: 'Use the https address of the token endpoint.' }),
    noDeviceCode: (status: number): Said => ({ message: `The device code endpoint answered ${status} without a code.`, advice: 'Check the token endpoint address.' }),
    deviceTakesNoAddress: { message: 'A device code sign-in takes no address.', advice: "Enter the code on Microsoft's page instead." } satisfies Said,
    unexpected: (error: string): Said => ({ message: `The sign-in stopped on an unexpected error: ${error}`, advice: 'Start it again; if it repeats, report it with this message.' }),
    timedOut: (browser: boolean): Said => ({
      message: 'Nobody finished the sign-in within 5 minutes.',
      advice: browser ? 'Start it again and finish it in the browser; if the browser never came back, paste the address it ended on instead.' : 'Start it again and finish it in the browser.',
    }),
    cancelled: { message: 'The sign-in was cancelled.', advice: 'Start it again and finish it in the browser.' } satisfies Said,
    /** The page the browser shows when the sign-in comes back to this machine. */
    receivedTitle: 'Sign-in received',
    receivedText: 'You can close this window and go back to jira-doctor.',
  },

  /** What is wrong with the settings (settings.ts), naming each setting where the admin gives it. */
  settings: {
    urlRequired: 'a URL is required',
    timeoutMin: 'at least 0.5 seconds',
    timeoutMax: 'at most 300 seconds',
    deadlineMin: 'at least 1 second',
    deadlineMax: 'at most one hour',
    samplesMin: 'at least 1',
    samplesMax: (max: number): string => `at most ${max}, to stay gentle with the user directory`,
    gapMax: 'at most 60 seconds',
    oidcClientId: 'the client id the Jira plugin uses is required',
    oidcIssuer: 'give the issuer URL, or the provider host and the realm',
    portNumber: 'the port is a number from 1 to 65535, such as 993',
    portWhole: 'the port is a whole number from 1 to 65535',
    portRange: 'the port is a number from 1 to 65535',
    mailbox: 'an e-mail address such as helpdesk@example.com',
    authorizer: 'an e-mail address such as admin@example.com',
    tenant: 'the Directory (tenant) ID or a domain of the tenant',
    clientId: 'the Application (client) ID',
    signInClientId: "the client id of Jira's OAuth 2.0 integration",
    signInScopes: "the scopes of Jira's OAuth 2.0 integration",
    ldapUrls: 'at least one LDAP server URL',
    ldapUser: 'the user whose groups to compare',
    ldapBaseDn: 'the base DN to search under',
    proxyCredentialsInUrl: `give the proxy user ${setting('proxyUser')} and its password ${setting('proxyPassword')} on their own, not in the URL`,
    notHttps: (value: string): string => `${value} is not https: a client secret or token would travel unencrypted. Use the https address (only loopback addresses may use http, for tests)`,
    authorizerNeedsMailbox: `give the mailbox ${setting('mailUser')} too`,
    tokenNeedsMailbox: `an access token needs the mailbox it opens ${setting('mailUser')}`,
    azureSecret: `the app's client secret is needed ${setting('azureClientSecret')}`,
    viaProxyNeedsProxy: `connecting to the mail server through the proxy needs the proxy's address ${setting('proxy')}`,
    notLdapUrl: (value: string): string => `"${value}" is not an LDAP URL; write it like ldap://ldap1.example.com:389 or ldaps://ldap1.example.com:636`,
    needsUsername: `signing in with a password needs the user name ${setting('username')}`,
    needsPassword: `signing in with a user name needs its password ${setting('password')}`,
    needsToken: `a personal access token is needed ${setting('token')}`,
    needsLdapPassword: `the LDAP bind DN needs its password ${setting('ldapPassword')}`,
    needsProxyPassword: `the proxy user needs its password ${setting('proxyPassword')}`,
    credentialsInUrl: `do not put a user name or password in the URL; give the user name ${setting('username')} and the password ${setting('password')} on their own`,
    url: {
      'Jira base': 'Jira base URL',
      proxy: 'proxy URL',
      'identity provider': 'identity provider URL',
      'sign-in': 'sign-in URL',
    } satisfies Record<UrlWhat, string>,
    noScheme: (what: string, text: string, example: string): string => `the ${what} "${text}" needs a scheme; write it like https://${example}`,
    invalid: (what: string, text: string): string => `the ${what} "${text}" is not a valid URL; write it like https://jira.example.com or https://example.com/jira`,
    notHttp: (what: string, scheme: string): string => `the ${what} must start with http:// or https:// (got ${scheme}//)`,
    noHost: (what: string, text: string): string => `the ${what} "${text}" has no host name`,
  },
};
