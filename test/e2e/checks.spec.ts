import { createServer } from 'node:net';
import { startTestbed, TEST_USERS } from '../testbed/index';
import { expect, test } from './fixtures';

/** A loopback port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test('automated checks against the simulated Jira fill answers in, each marked with its check and evidence', async ({ wizard, checks, testbed, page }) => {
  const alice = TEST_USERS.alice;
  await wizard.start('mail-oauth');
  await checks.open();
  await checks.connect({ baseUrl: testbed.jira!.roundRobin, username: alice.username, password: alice.password });
  await expect(checks.row('versions')).toBeVisible();
  await checks.expectFinished();
  await expect(checks.row('versions')).toHaveAttribute('data-state', 'ok');

  // Each answer a check proved is in the path, marked with the check and its reason.
  const version = wizard.pathEntry('jira.version');
  await expect(version).toContainText('9.12.4');
  await expect(version).toContainText('Found by the check “Jira and JSM versions”');
  const clustered = wizard.pathEntry('jira.clustered');
  await expect(clustered).toContainText('Found by the check “Cluster and load balancer”');
  await expect(clustered).toContainText(/jira-node-1|jira-node-2/);

  await checks.row('versions').getByText('What the check saw').click();
  const evidence = checks.row('versions').getByTestId('evidence');
  await expect(evidence).toContainText('/rest/api/2/serverInfo');
  await expect(evidence).toContainText('9.12.4');
  // The conclusion reads as an answer: the question asked for it, never the fact's name.
  const concluded = evidence.locator('li[data-fact="jira.version"]');
  await expect(concluded).toContainText('Which Jira version runs');
  await expect(concluded).not.toContainText('jira.version');
  // The password went to Jira, and nowhere on screen.
  await expect(page.locator('body')).not.toContainText(alice.password);
});

test('an unreachable Jira is a clear result, and no answer is lost', async ({ wizard, checks }) => {
  await wizard.start('cookie-auth');
  await wizard.answer('cookie');
  const question = await wizard.question.getAttribute('data-question-id');
  await checks.open();
  await checks.connect({ baseUrl: `http://127.0.0.1:${await closedPort()}`, username: 'alice', password: 'unused-pw' });
  await checks.expectFinished();
  const problem = checks.root.getByTestId('check-problem').first();
  await expect(problem).toHaveAttribute('data-code', 'refused');
  await expect(problem).not.toBeEmpty();
  await expect(wizard.pathEntry('auth.method')).toBeVisible();
  await expect(wizard.question).toHaveAttribute('data-question-id', question!);
});

test('a URL that cannot be Jira\'s says how to write it, and keeps the form and the answers', async ({ wizard, checks }) => {
  await wizard.start('rest-sso');
  await wizard.answerUntil('oidc.pluginVersion');
  await wizard.answer('1.2.0');
  await checks.open();
  await checks.connect({ baseUrl: 'jira.example.com' });
  await expect(checks.problems).toContainText('https://jira.example.com');
  await expect(checks.root.getByTestId('field-problem')).toBeVisible();
  await expect(checks.field('baseUrl')).toHaveValue('jira.example.com');
  await expect(checks.field('baseUrl')).toHaveAttribute('aria-invalid', 'true');
  await expect(checks.run).toHaveCount(0);
  await wizard.expectDifferential('rest-sso/plugin-too-old', 'confirmed');
  await expect(wizard.pathEntry('oidc.pluginVersion')).toContainText('1.2.0');
});

test('a check that finds something else than the admin said leaves the answer and shows the difference', async ({ wizard, checks, testbed }) => {
  await wizard.start('mail-oauth');
  await wizard.answerUntil('jira.version', { 'mail.handler': 'jira', 'mail.provider': 'microsoft', 'mail.protocol': 'imap' });
  await wizard.answer('8.20.4');
  await checks.open();
  await checks.connect({ baseUrl: testbed.jira!.roundRobin });
  await checks.expectFinished();
  const version = wizard.pathEntry('jira.version');
  await expect(version.locator('.a')).toHaveText('8.20.4');
  await expect(version.getByTestId('path-conflict')).toContainText('9.12.4');
  await expect(version.getByTestId('path-conflict')).toContainText('Jira and JSM versions');
});

test('a reload while the checks run picks the run up again and takes its answers', async ({ wizard, checks, testbed, page }) => {
  // An LDAP server that accepts connections and never answers keeps the run going for a while.
  const silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  try {
    await wizard.start('rest-401');
    await checks.open();
    await checks.field('baseUrl').fill(testbed.jira!.roundRobin);
    await checks.root.getByLabel('A user name and password').check();
    await checks.field('username').fill(TEST_USERS.carol.username);
    await checks.field('password').fill(TEST_USERS.carol.password);
    await checks.root.getByText('LDAP servers (for REST calls').click();
    await checks.field('ldapUrls').fill(`ldap://127.0.0.1:${(silent.address() as { port: number }).port}`);
    await checks.field('ldapUser').fill('alice');
    await checks.field('ldapBaseDn').fill(testbed.ldap!.usersDn);
    await checks.root.getByTestId('run-checks').click();
    await expect(checks.row('ldap')).toHaveAttribute('data-state', 'running');
    await wizard.expectSaved();

    await page.reload();
    await expect(checks.row('ldap')).toBeVisible();
    await checks.expectFinished();
    await expect(checks.row('ldap')).not.toHaveAttribute('data-state', 'running');
    await expect(wizard.pathEntry('rest401.pattern')).toContainText('Found by the check');
  } finally {
    silent.close();
  }
});

test('only the checks that bear on the problem are offered and run; the others are named once as set aside', async ({ wizard, checks, page }) => {
  await wizard.start('rest-sso');
  await checks.open();
  const aside = checks.root.getByTestId('checks-set-aside');
  await expect(aside).toContainText('Not run for this problem and your answers');
  await expect(aside).toContainText('Mail server reachable');
  await expect(checks.root.getByText('Identity provider (for OpenID Connect)')).toBeVisible();
  // Sections of checks that cannot bear on single sign-on are not offered.
  await expect(checks.root.getByText('Mail server (for the mail handler)')).toHaveCount(0);
  await expect(checks.root.getByText('LDAP servers (for REST calls')).toHaveCount(0);

  await checks.field('baseUrl').fill(`http://127.0.0.1:${await closedPort()}`);
  await checks.root.getByTestId('run-checks').click();
  await checks.expectFinished();
  // One check bears on this problem; it says what it needs in the window's words.
  await expect(checks.root.getByTestId('check-row')).toHaveCount(1);
  await expect(checks.row('oidc').getByTestId('check-needs')).toContainText('(“Issuer URL”)');
  await expect(checks.root).not.toContainText(/--[a-z]/);
  await page.screenshot({ path: 'test-results/checks-set-aside.png', fullPage: true });
});

test('the OpenID Connect check gets the client secret from the form, kept like the Jira password', async ({ wizard, checks, page }) => {
  const bed = await startTestbed({ parts: ['oidc'] });
  try {
    const oidc = bed.oidc!;
    await wizard.start('rest-sso');
    await checks.open();
    await checks.field('baseUrl').fill('https://jira.example.com');
    await checks.root.getByText('Identity provider (for OpenID Connect)').click();
    await checks.field('oidcIssuer').fill(oidc.issuer);
    await checks.field('oidcClientId').fill(oidc.clients.dag.clientId);
    await expect(checks.field('oidcClientSecret')).toHaveAttribute('type', 'password');
    await checks.field('oidcClientSecret').fill(oidc.clients.dag.secret);
    await checks.root.getByText('Proxy and certificates').click();
    await checks.field('caFile').fill(bed.tls.certFile);
    await page.screenshot({ path: 'test-results/checks-oidc-form.png', fullPage: true });
    await checks.root.getByTestId('run-checks').click();
    await checks.expectFinished();
    await expect(checks.row('oidc')).toHaveAttribute('data-state', 'ok');
    await expect(wizard.pathEntry('oidc.directAccessGrants')).toContainText('Found by the check');
    // The secret went to the provider, and nowhere the page keeps or shows.
    await checks.row('oidc').getByText('What the check saw').click();
    await expect(page.locator('body')).not.toContainText(oidc.clients.dag.secret);
    const remembered = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }));
    expect(remembered).not.toContain(oidc.clients.dag.secret);
    await wizard.expectSaved();
  } finally {
    await bed.stop();
  }
});

test('the mail check uses the port typed, asks for the proxy it is to go through, and words both as the form does', async ({ wizard, checks, page }) => {
  await wizard.start('mail-oauth');
  await checks.open();
  await checks.field('baseUrl').fill(`http://127.0.0.1:${await closedPort()}`);
  await checks.root.getByText('Mail server (for the mail handler)').click();
  await checks.field('mailHost').fill('127.0.0.1');
  await expect(checks.field('mailPort')).toHaveAttribute('placeholder', '993');
  await checks.field('mailPort').fill('99x');
  await checks.root.getByTestId('run-checks').click();
  await expect(checks.problems).toContainText('the port is a number from 1 to 65535');
  const port = await closedPort();
  await checks.field('mailPort').fill(String(port));
  await checks.field('mailViaProxy').check();
  await checks.root.getByTestId('run-checks').click();
  await expect(checks.problems).toContainText('(“Outbound proxy URL”, under “Proxy and certificates”)');
  await expect(checks.field('mailViaProxy')).toHaveAttribute('aria-invalid', 'true');
  await expect(checks.root).not.toContainText(/--[a-z]/);
  await page.screenshot({ path: 'test-results/checks-mail-problems.png', fullPage: true });

  await checks.field('mailViaProxy').uncheck();
  await checks.field('onJiraNode').check();
  await checks.root.getByTestId('run-checks').click();
  await checks.expectFinished();
  await expect(checks.row('mail').getByTestId('check-problem')).toHaveAttribute('data-code', 'refused');
  await checks.row('mail').getByText('What the check saw').click();
  await expect(checks.row('mail').getByTestId('evidence')).toContainText(`127.0.0.1:${port}`);
  // Ticked as a Jira node, the refusal answers whether Jira reaches the mail server.
  await expect(wizard.pathEntry('network.mailReachableFromJira')).toContainText('Found by the check');
  await expect(checks.root).not.toContainText(/--[a-z]/);
});
