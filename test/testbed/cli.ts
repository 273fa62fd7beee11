// `npm run testbed`: start the whole test bed and say what runs where, until Ctrl-C
// (`npm run testbed -- --json`: the same as one line of JSON, for harnesses).
// `npm run demo`: the same, then say in plain words what to point the wizard and the command line
// at to see each problem the articles describe. (Run with `node --import tsx`.)
import { basename } from 'node:path';
import { DISABLED_OIDC_USER, MAILBOX, OIDC_CLIENTS, PROXY_ACCOUNT, startTestbed, TEST_USERS, type Testbed } from './index';
import { FLOOD_MESSAGES, type Mailbox } from './microsoft/directory';
import { LDAP_SERVICE, LDAP_SUFFIX } from './slapd';

const { alice, carol, admin } = TEST_USERS;

function whatRunsWhere(t: Testbed): string {
  const j = t.jira!;
  const rows: [string, string][] = [
    ['Jira cluster, sticky balancer (haproxy)', j.sticky],
    ['Jira cluster, round-robin balancer (haproxy)', j.roundRobin],
    [`Jira node ${j.nodeIds[0]} (LDAP: good)`, j.nodeA],
    [`Jira node ${j.nodeIds[1]} (LDAP: stale)`, j.nodeB],
    ['Jira 8.13.4, single node, under /jira', j.single],
    ['Jira behind an SSO front end', j.sso],
    ['Jira behind a login page', j.loginPage],
    ['LDAP (slapd), up to date', `${t.ldap!.good}  ${t.ldap!.goodTls}`],
    ['LDAP (slapd), stale', `${t.ldap!.stale}  ${t.ldap!.staleTls}`],
    ['IMAP (dovecot), STARTTLS / TLS', `${t.imap!.host} ports ${t.imap!.plain} / ${t.imap!.tls}`],
    ['POP3 (dovecot), STLS / TLS', t.pop3 ? `${t.pop3.host} ports ${t.pop3.plain} / ${t.pop3.tls}` : 'not installed (apt-get install dovecot-pop3d)'],
    ['HTTP proxy (squid), open', t.proxy!.open],
    ['HTTP proxy (squid), CONNECT to 443 only', t.proxy!.restricted],
    ['HTTP proxy (tinyproxy), Basic auth', t.proxy!.auth],
    ['OpenID Connect (Keycloak-like), https', t.oidc!.issuer],
    ['  the same realm over http', t.oidc!.httpIssuer],
    ['  https discovery, http token endpoint', t.oidc!.httpTokenIssuer],
    ['  old Keycloak layout (/auth)', t.oidc!.legacyIssuer],
    ...(t.microsoft
      ? ([
          ['Microsoft sign-in (for login.microsoftonline.com)', t.microsoft.loginUrl],
          ['Exchange Online IMAP, TLS (for port 993)', `${t.microsoft.imap.host} port ${t.microsoft.imap.tls}`],
          ['Exchange Online POP3, TLS (for port 995)', t.microsoft.pop3 ? `${t.microsoft.pop3.host} port ${t.microsoft.pop3.tls}` : 'not installed (apt-get install dovecot-pop3d)'],
        ] as [string, string][])
      : []),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const users = Object.values(TEST_USERS).map((u) => `${u.username} / ${u.password}`).join(', ');
  return [
    ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`),
    '',
    `  Jira users (LDAP): ${users}`,
    `  LDAP bind: ${LDAP_SERVICE.dn} / ${LDAP_SERVICE.password}, base ${LDAP_SUFFIX}`,
    `  Mailbox: ${MAILBOX.username} / ${MAILBOX.password}   Proxy user: ${PROXY_ACCOUNT.username} / ${PROXY_ACCOUNT.password}`,
    `  OIDC clients: ${OIDC_CLIENTS.dag.clientId} (secret ${OIDC_CLIENTS.dag.secret}, direct access grants on), ${OIDC_CLIENTS.noDag.clientId} (secret ${OIDC_CLIENTS.noDag.secret}, off); disabled user ${DISABLED_OIDC_USER.username}`,
    ...(t.microsoft ? ['', microsoftAccounts(t.microsoft, t.tls.certFile), ''] : []),
    `  TLS certificate (self-signed): ${t.tls.certFile}`,
    `  Logs: ${j.securityLogs.nodeB}`,
    `        ${j.applicationLogs.nodeB}`,
    `  Everything lives in ${t.dir} (removed on stop).`,
  ].join('\n');
}

/** What the mailbox case is for, in the words of article 001's causes. */
function mailboxCase(m: Mailbox): string {
  if (m.shared) return `shared mailbox; Full Access for ${m.fullAccess?.join(', ') ?? 'nobody'} only`;
  if (m.imap === false) return 'IMAP and POP switched off';
  if (m.licensed === false) return 'no Exchange Online licence';
  if (m.clientAccessRulesBlockImap) return 'Client Access Rules leave IMAP out (refused after the sign-in)';
  if ((m.messages ?? 0) >= FLOOD_MESSAGES) return `flooded inbox (${m.messages!.toLocaleString('en-US')} messages)`;
  if (m.folders?.some((f) => f.name !== 'Sent Items' && f.use === '\\Sent')) return 'folders named in German';
  return 'works';
}

/** The tenant's apps, accounts and mailboxes, and how to use them from the wizard and the command line. */
function microsoftAccounts(ms: NonNullable<Testbed['microsoft']>, certFile: string): string {
  const app = ms.apps.jira;
  const single = ms.apps.singleTenant;
  const [valid, expired] = app.secrets;
  const width = Math.max(...Object.values(ms.mailboxes).map((m) => m.address.length));
  const accountOf = (address: string) => Object.values(ms.accounts).find((a) => a.upn === address);
  return [
    `  Microsoft 365 tenant: ${ms.tenant.id} (domain ${ms.tenant.domain})`,
    `    App "${app.displayName}" (multi-tenant, device code allowed): client id ${app.clientId}`,
    `      secret Value ${valid.value}   (Secret ID ${valid.id}: refused with AADSTS7000215)`,
    `      expired secret ${expired.value} (AADSTS7000222)`,
    `      Redirect URIs: ${app.redirectUris.join(', ')}`,
    `    App "${single.displayName}" (single-tenant, AADSTS50194 at /common): client id ${single.clientId}, secret ${single.secrets[0].value}`,
    '    Mailboxes (sign in as the mailbox, or as the delegate named):',
    ...Object.values(ms.mailboxes).map((m) => {
      const account = accountOf(m.address);
      const who = account ? `password ${account.password}` : `sign in as ${m.fullAccess?.[0] ?? '?'} (password ${accountOf(m.fullAccess?.[0] ?? '')?.password ?? '?'})`;
      return `      ${m.address.padEnd(width)}  ${mailboxCase(m)}; ${who}`;
    }),
    `    Another account, for "signed in as the wrong user": ${ms.accounts.other.upn} / ${ms.accounts.other.password}`,
    '',
    '  From the wizard: "I am about to set up a mail handler" (or the mail problem, then "Run automated checks").',
    `    Mail server ${ms.imap.host}, port ${ms.imap.tls}; a mailbox above; tenant, client id and secret of an app above;`,
    `    under "Endpoints and scopes": Sign-in host ${ms.loginUrl},`,
    `    Jira's Redirect URL ${app.redirectUris[1]} (to paste the address);`,
    `    under "Proxy and certificates": ${certFile}.`,
    '    The browser warns about that certificate on the sign-in page: accept it for this test only. The',
    '    callback host does not exist: paste the address from the address bar all the same.',
    '  From the command line (this machine only):',
    `    JD_AZURE_SECRET='${valid.value}' npx jira-doctor check --mail-host ${ms.imap.host} --mail-port ${ms.imap.tls} \\`,
    `      --mail-user ${ms.mailboxes.helpdesk!.address} --azure-tenant ${ms.tenant.id} --azure-client-id ${app.clientId} \\`,
    `      --azure-client-secret-env JD_AZURE_SECRET --azure-login-url ${ms.loginUrl} --mail-sign-in device --ca ${certFile}`,
    `    (--mail-sign-in paste --oauth-redirect-uri ${app.redirectUris[1]} to paste the address; browser for the loopback redirect)`,
  ].join('\n');
}

/** Puts an account into Jira's CAPTCHA state the way it happens for real: failed logins. */
async function lockIntoCaptcha(t: Testbed, username: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const response = await fetch(`${t.jira!.nodeA}/rest/auth/1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'not-the-password' }),
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
  }
}

function demo(t: Testbed): string {
  const j = t.jira!;
  const cli = 'npx jira-doctor check';
  const env = (name: string, value: string) => `${name}='${value}'`;
  const ldap = `--ldap-url ${t.ldap!.good} --ldap-url ${t.ldap!.stale} --ldap-bind-dn ${LDAP_SERVICE.dn} --ldap-password-env JD_LDAP_PASSWORD --ldap-base-dn ${LDAP_SUFFIX} --ldap-user ${alice.username}`;
  const section = (title: string, ...lines: string[]) => [`${title}`, ...lines.map((l) => `  ${l}`), ''].join('\n');
  return [
    section(
      'The wizard:',
      'npm start, then answer its questions; where it asks for Jira\'s address and a user, use:',
      `address ${j.roundRobin}   user ${alice.username}   password ${alice.password}`,
      `and, where it asks, LDAP servers ${t.ldap!.good} and ${t.ldap!.stale} (base DN ${LDAP_SUFFIX}, bind ${LDAP_SERVICE.dn} / ${LDAP_SERVICE.password}),`,
      `the mail server ${t.imap!.host} port ${t.imap!.tls}, the identity provider ${t.oidc!.issuer}.`,
    ),
    section(
      '1. A valid user gets 401 now and then (article 000): two nodes, a balancer that is not sticky, and LDAP servers that disagree.',
      `${env('JD_PASSWORD', alice.password)} ${env('JD_LDAP_PASSWORD', LDAP_SERVICE.password)} \\`,
      `  ${cli} --base-url ${j.roundRobin} --username ${alice.username} --password-env JD_PASSWORD ${ldap}`,
      `The same cluster through the sticky balancer: --base-url ${j.sticky}`,
      `The security log that shows it (for the log scan): npx jira-doctor scan ${j.securityLogs.nodeB}`,
    ),
    section(
      `2. An account locked into CAPTCHA (article 002): the demo has just failed three logins for ${carol.username}.`,
      `${env('JD_PASSWORD', carol.password)} ${cli} --base-url ${j.sticky} --username ${carol.username} --password-env JD_PASSWORD`,
      `An administrator on the cluster (may list its nodes): ${admin.username} / ${admin.password}; a personal access token: ${env('JD_TOKEN', alice.pat)} with --token-env JD_TOKEN`,
    ),
    section(
      '3. The mail server (article 001): IMAP with XOAUTH2, reached directly and through proxies.',
      `${cli} --base-url ${j.sticky} --checks mail --mail-host ${t.imap!.host} --mail-port ${t.imap!.tls} --ca ${t.tls.certFile}`,
      `Through the proxy that refuses CONNECT to that port: add --proxy ${t.proxy!.restricted} --mail-via-proxy`,
      `Through the proxy that wants a password: --proxy ${t.proxy!.auth} --proxy-user ${PROXY_ACCOUNT.username} --proxy-password-env JD_PROXY_PASSWORD (${env('JD_PROXY_PASSWORD', PROXY_ACCOUNT.password)})`,
    ),
    section(
      '4. REST SSO with OpenID Connect (article 003): a client whose Direct Access Grants are off.',
      `${env('JD_OIDC_SECRET', OIDC_CLIENTS.noDag.secret)} ${cli} --base-url ${j.sticky} --checks oidc --oidc-issuer ${t.oidc!.issuer} --oidc-client-id ${OIDC_CLIENTS.noDag.clientId} --oidc-client-secret-env JD_OIDC_SECRET --ca ${t.tls.certFile}`,
      `With them on: --oidc-client-id ${OIDC_CLIENTS.dag.clientId} and ${env('JD_OIDC_SECRET', OIDC_CLIENTS.dag.secret)}`,
      `A discovery document with an http:// token endpoint: --oidc-issuer ${t.oidc!.httpTokenIssuer}`,
      `Old Keycloak (under /auth): --oidc-host ${new URL(t.oidc!.legacyIssuer).origin} --oidc-realm ${t.oidc!.realm}`,
    ),
    section(
      '5. Front ends in the way:',
      `an SSO redirect: --base-url ${j.sso}   a login page: --base-url ${j.loginPage}`,
      `an old single node under a context path, whose base URL setting differs: --base-url ${j.single}`,
    ),
  ].join('\n');
}

/** One line of JSON with every address, for a harness that runs the test bed as a separate process. */
const asJson = (t: Testbed): string => JSON.stringify(t, (key, value: unknown) => (key === 'database' ? undefined : value));

const isDemo = process.argv.includes('--demo');
const testbed = await startTestbed();
if (process.argv.includes('--json')) process.stdout.write(`${asJson(testbed)}\n`);
else process.stdout.write(`The jira-doctor test bed is up (started in ${testbed.startupMs} ms). Stop it with Ctrl-C.\n\n${whatRunsWhere(testbed)}\n\n`);
if (isDemo) {
  await lockIntoCaptcha(testbed, carol.username);
  process.stdout.write(`What to try (in another terminal, in ${basename(process.cwd())}/):\n\n${demo(testbed)}`);
}
// Stays up until Ctrl-C or SIGTERM; index.ts stops every server and removes the folder then.
setInterval(() => undefined, 1 << 30);
