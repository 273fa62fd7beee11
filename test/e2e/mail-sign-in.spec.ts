import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR } from '../../scripts/screenshots';
import { startTestbed, type Testbed } from '../testbed/index';
import { expect, test } from './fixtures';
import type { ChecksPanel } from './pages/checks-panel';

// The wizard's sign-in step against the test bed's Microsoft stand-ins (identity platform, Exchange
// front before dovecot): the pre-flight before setting up a mail handler, signing in the way Jira
// does with the address the browser ended on pasted back, then the checks with the token.

let bed: Testbed;
test.beforeAll(async () => {
  bed = await startTestbed({ parts: ['mail', 'microsoft'] });
});
test.afterAll(async () => {
  await bed?.stop();
});
// The sign-in page of the stand-in has the test bed's self-signed certificate.
test.use({ ignoreHTTPSErrors: true });

/** Jira's callback page: the host does not exist here, so the test stands in for it. */
const CALLBACK = 'https://jira.example.test/plugins/servlet/oauth/callback';

async function fillPreflight(page: Page, checks: ChecksPanel, account: { upn: string }, mode: 'paste' | 'browser' | 'device'): Promise<void> {
  const ms = bed.microsoft!;
  const app = ms.apps.jira;
  await page.getByTestId('preflight').click();
  await expect(checks.root).toBeVisible();
  await expect(checks.root.getByRole('heading', { name: 'Check before setting up the mail handler' })).toBeVisible();
  await checks.field('mailHost').fill(ms.imap.host);
  await checks.field('mailPort').fill(String(ms.imap.tls));
  await checks.field('mailUser').fill(account.upn);
  await checks.field('azureTenant').fill(ms.tenant.id);
  await checks.field('azureClientId').fill(app.clientId);
  await checks.field('azureClientSecret').fill(app.secrets[0].value);
  // The secret is masked where it is typed.
  await expect(checks.field('azureClientSecret')).toHaveAttribute('type', 'password');
  await checks.root.getByText('Endpoints and scopes, as configured in Jira').click();
  await checks.field('azureLoginUrl').fill(ms.loginUrl);
  await checks.field('oauthRedirectUri').fill(CALLBACK);
  // Left empty, the endpoints are the tenant's on the sign-in host given, shown in grey.
  await expect(checks.field('oauthAuthorizeEndpoint')).toHaveAttribute('placeholder', `${ms.loginUrl}/${ms.tenant.id}/oauth2/v2.0/authorize`);
  await expect(checks.field('oauthScopes')).toHaveAttribute('placeholder', 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access');
  await checks.root.getByText('Proxy and certificates', { exact: true }).click();
  await checks.field('caFile').fill(bed.tls.certFile);
  await checks.root.getByTestId(`sign-in-mode-${mode}`).check();
}

/** Signs in on the stand-in's Microsoft page in the tab the wizard opened; returns where the browser ended. */
async function signInOnMicrosoft(popup: Page, account: { upn: string; password: string }, until: RegExp): Promise<string> {
  await popup.locator('#i0116').fill(account.upn);
  await popup.locator('#i0118').fill(account.password);
  await popup.locator('#idSIButton9').click();
  await popup.waitForURL(until);
  const address = popup.url();
  await popup.close();
  return address;
}

test('before setting up a mail handler: sign in the way Jira does, paste the address the browser ended on, and check the mailbox', async ({ page, checks, wizard, app }) => {
  test.setTimeout(120_000);
  const ms = bed.microsoft!;
  const account = ms.accounts.helpdesk;
  // Jira's callback page, as the browser shows it after Microsoft sent it back with the code.
  await page.context().route(`${CALLBACK}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Jira</title><h1>Jira</h1>' }));

  await fillPreflight(page, checks, account, 'paste');
  const popup = page.waitForEvent('popup');
  await checks.root.getByTestId('sign-in').click();
  const status = checks.root.getByTestId('sign-in-status');
  await expect(status).toHaveAttribute('data-state', 'waiting');
  const address = await signInOnMicrosoft(await popup, account, /^https:\/\/jira\.example\.test\//);
  const code = new URL(address).searchParams.get('code')!;
  expect(code.length).toBeGreaterThan(20);

  // An address that holds no result of this sign-in is refused with what to do; the sign-in goes on.
  const pasted = checks.root.getByTestId('sign-in-address');
  await expect(pasted).toHaveAttribute('type', 'password');
  await pasted.fill(`${CALLBACK}?session_state=1`);
  await checks.root.getByTestId('sign-in-paste').click();
  await expect(status.getByTestId('field-problem')).toContainText('holds no sign-in result');
  await expect(status).toHaveAttribute('data-state', 'waiting');

  await pasted.fill(address);
  await checks.root.getByTestId('sign-in-paste').click();
  await expect(status).toHaveAttribute('data-state', 'signed-in');
  await expect(status).toContainText(`Signed in as ${account.upn}.`);
  // The README's picture of the step: from its heading to the sign-in's result.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await checks.root.getByTestId('mail-sign-in').evaluate((step) => window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - 80));
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'mail-sign-in.png'), animations: 'disabled', caret: 'hide' });
  await page.setViewportSize({ width: 1280, height: 800 });

  await checks.root.getByTestId('run-checks').click();
  await checks.expectFinished();
  for (const check of ['mail-sign-in', 'mail', 'azure-app'] as const) await expect(checks.row(check)).toHaveAttribute('data-state', 'ok');
  // Without Jira's address the checks that ask Jira are not run, and nothing failed.
  await expect(checks.row('versions')).toHaveAttribute('data-state', 'skipped');
  await expect(checks.root.locator('[data-testid="check-row"][data-state="failed"]')).toHaveCount(0);
  await checks.row('mail').getByText('What the check saw').click();
  await expect(checks.row('mail').getByTestId('evidence')).toContainText('AUTHENTICATE XOAUTH2 ***');
  await expect(wizard.pathEntry('oauth.authorizedAsExpectedUser')).toBeVisible();
  await expect(wizard.pathEntry('mailbox.protocolEnabled')).toBeVisible();

  // The result is a diagnosis like any other.
  await checks.root.getByTestId('checks-done').click();
  await wizard.expectView('diagnosis');
  await wizard.expectSaved();

  // Neither the code, nor the client secret, nor a token reached the page, the saved sessions or the report.
  const secrets = [code, ms.apps.jira.secrets[0].value];
  const body = await page.locator('body').innerText();
  for (const s of secrets) expect(body).not.toContain(s);
  const files = (await readdir(app.dataDir)).filter((f) => f.endsWith('.json'));
  for (const file of files) {
    const text = await readFile(join(app.dataDir, file), 'utf8');
    for (const s of secrets) expect(text, file).not.toContain(s);
    expect(text, file).not.toMatch(/eyJ0eXAiOiJKV1Qi/);
  }
});

test('a browser signed in with another account is told apart from the mailbox, and Microsoft\'s refusal goes into the diagnosis', async ({ page, checks }) => {
  test.setTimeout(120_000);
  const ms = bed.microsoft!;
  await page.context().route(`${CALLBACK}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Jira</title>' }));
  await fillPreflight(page, checks, ms.accounts.helpdesk, 'browser');
  const popup = page.waitForEvent('popup');
  await checks.root.getByTestId('sign-in').click();
  // The browser comes back to this machine's loopback address by itself.
  await signInOnMicrosoft(await popup, ms.accounts.other, /^http:\/\/localhost:\d+\//);
  const status = checks.root.getByTestId('sign-in-status');
  await expect(status).toHaveAttribute('data-state', 'signed-in');
  await expect(status.getByTestId('sign-in-wrong-account')).toContainText('This is not helpdesk@example.test');
  await checks.root.getByTestId('run-checks').click();
  await checks.expectFinished();
  await expect(checks.row('mail')).toHaveAttribute('data-state', 'failed');
  await expect(checks.row('mail')).toContainText('AUTHENTICATE failed.');
});
