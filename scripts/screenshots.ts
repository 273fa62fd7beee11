// Regenerates docs/screenshots/*.png: the main screens as an admin sees them at 1280×800. Run by the
// UI tests (the "screenshots" project of playwright.config.ts, after the wizard tests pass):
//   npx playwright test --project=screenshots
import { expect, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Testbed } from '../test/testbed/index';
import { ChecksPanel } from '../test/e2e/pages/checks-panel';
import { SessionsPage } from '../test/e2e/pages/sessions-page';
import { WizardPage } from '../test/e2e/pages/wizard-page';

export const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'docs', 'screenshots');

export const SCREENSHOTS = [
  'start',
  'question-with-help',
  'diagnosis-panel-midway',
  'diagnosis-with-solutions',
  'checks-running',
  'checks-finished',
  'logs-batches',
  'sessions',
] as const;
/** The same wizard for a Japanese admin (a browser whose language is Japanese), for the README's Japanese section. */
export const JAPANESE_SCREENSHOTS = ['ja-start', 'ja-question-with-help', 'ja-diagnosis', 'ja-export'] as const;
export type ScreenshotName = (typeof SCREENSHOTS)[number] | (typeof JAPANESE_SCREENSHOTS)[number];

/** Saves the window as the admin sees it; `height` makes it taller for screens worth reading further down. */
function shooter(page: Page, written: string[]) {
  return async (name: ScreenshotName, height = 800) => {
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await page.setViewportSize({ width: 1280, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    // No caret blinking or flash of a changed status in the pictures.
    await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    await page.setViewportSize({ width: 1280, height: 800 });
    written.push(path);
  };
}

/** Walks the wizard through its main screens and saves each one; returns the files written. */
export async function captureScreenshots(page: Page, testbed: Testbed): Promise<string[]> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const written: string[] = [];
  const shot = shooter(page, written);
  const wizard = new WizardPage(page);

  await wizard.openNew();
  await shot('start');

  // A question whose help depends on the Jira version: the menu path is rendered for 8.20.
  await wizard.start('mail-oauth');
  await wizard.answerUntil('oauth.scopes', {
    'mail.handler': 'jira',
    'mail.provider': 'microsoft',
    'mail.protocol': 'imap',
    'jira.version': '8.20.4',
    'microsoft.cloud': 'worldwide',
    'mail.host': 'outlook.office365.com',
  });
  await shot('question-with-help');

  await wizard.answer('https://outlook.office.com/IMAP.AccessAsUser.All offline_access');
  const midway = { 'mailbox.protocolEnabled': 'true', 'azure.accountType': 'multi-tenant', 'mailbox.kind': 'shared', 'mailbox.authorizerHasFullAccess': 'false' };
  await wizard.answerSome(midway, 5);
  await shot('diagnosis-panel-midway');

  await wizard.answerUntilDiagnosis({ ...midway, 'mailbox.licensed': 'true', 'network.mailReachableFromJira': 'true' });
  await wizard.diagnosis.getByTestId('diagnosed-cause').first().getByTestId('show-source').first().click();
  await shot('diagnosis-with-solutions', 1500);

  // The checks against the test bed's simulated Jira, with a second LDAP server that accepts
  // connections and never answers: its check is still running when the others are done.
  const silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const checks = new ChecksPanel(page);
  try {
    await wizard.openNew();
    await wizard.start('rest-401');
    await checks.open();
    await checks.field('baseUrl').fill(testbed.jira!.roundRobin);
    await checks.root.getByLabel('A user name and password').check();
    await checks.field('username').fill(testbed.users.alice.username);
    await checks.field('password').fill(testbed.users.alice.password);
    await checks.root.getByText('LDAP servers (for REST calls').click();
    await checks.field('ldapUrls').fill(`${testbed.ldap!.good} ldap://127.0.0.1:${(silent.address() as AddressInfo).port}`);
    await checks.field('ldapUser').fill(testbed.users.alice.username);
    await checks.field('ldapBaseDn').fill(testbed.ldap!.usersDn);
    await checks.root.getByTestId('run-checks').click();
    await expect(checks.row('rest401-sampling')).not.toHaveAttribute('data-state', 'running');
    await expect(checks.row('ldap')).toHaveAttribute('data-state', 'running');
    await shot('checks-running', 1250);
    await checks.expectFinished();
  } finally {
    silent.close();
  }
  await checks.row('rest401-sampling').getByText('What the check saw').click();
  await shot('checks-finished', 1300);

  // Logs added node by node: each node's security log alone shows nothing intermittent; together they do.
  await wizard.openNew();
  await wizard.start('rest-401');
  await page.getByTestId('open-paste').click();
  const security = (time: string, message: string) =>
    `2023-02-20 ${time},982+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/myself ${message}`;
  const nodeLog = (lines: string[]) => ({ name: 'atlassian-jira-security.log', mimeType: 'text/plain', buffer: Buffer.from(`${lines.join('\n')}\n`) });
  await page.getByTestId('log-files').setInputFiles(nodeLog([security('16:48:05', "The user 'svc-integration' has PASSED authentication."), security('16:49:05', "The user 'svc-integration' has PASSED authentication.")]));
  await expect(page.getByTestId('scan-batch')).toHaveCount(1);
  await wizard.answer('?');
  await page.getByTestId('log-files').setInputFiles(
    nodeLog([security('17:09:01', "The user 'svc-integration' has FAILED authentication.  Failure count equals 1"), security('17:10:01', "The user 'svc-integration' has FAILED authentication.  Failure count equals 2")]),
  );
  await expect(page.getByTestId('scan-together')).toBeVisible();
  await page.getByTestId('scan-batches').scrollIntoViewIfNeeded();
  await shot('logs-batches', 1300);

  const sessions = new SessionsPage(page);
  await sessions.open();
  await shot('sessions');
  return written;
}

/** The start, a question with its help, a diagnosis and the report's preview, in a page whose language is Japanese. */
export async function captureJapaneseScreenshots(page: Page): Promise<string[]> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const written: string[] = [];
  const shot = shooter(page, written);
  const wizard = new WizardPage(page);

  await wizard.openNew();
  await shot('ja-start');

  await wizard.start('mail-oauth');
  const mail = {
    'mail.handler': 'jira',
    'mail.provider': 'microsoft',
    'mail.protocol': 'imap',
    'jira.version': '9.12.0',
    'microsoft.cloud': 'worldwide',
    'mail.host': 'outlook.office365.com',
  };
  await wizard.answerUntil('oauth.scopes', mail);
  await shot('ja-question-with-help');

  await wizard.answerUntilDiagnosis({ ...mail, 'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access', 'mailbox.kind': 'shared', 'mailbox.authorizerHasFullAccess': 'false' });
  await shot('ja-diagnosis', 1500);

  await wizard.expectSaved();
  // The first export button is the PDF report's: its preview is a picture of the report's first page.
  await wizard.diagnosis.getByTestId('export').getByRole('button').first().click();
  await expect(page.getByTestId('export-page-picture')).toBeVisible({ timeout: 30_000 });
  await shot('ja-export', 1100);
  return written;
}
