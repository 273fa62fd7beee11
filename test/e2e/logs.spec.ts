import { expect, test } from './fixtures';

const LOG = [
  '2026-11-20 08:02:36,237+0000 INFO [] Caesium-1-3 ServiceRunner Mail fetch started',
  "2026-11-20 08:02:37,101+0000 ERROR [] Caesium-1-3 ServiceRunner Refresh Token Failed. Reported Reason: AADSTS7000222: The provided client secret keys for app '0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret",
  '',
].join('\n');

test('a Jira log file added to the wizard is scanned on this computer and its findings fill answers in', async ({ wizard, page }) => {
  await wizard.start('mail-oauth');
  await page.getByTestId('open-paste').click();
  await page.getByTestId('log-files').setInputFiles({ name: 'atlassian-jira-incoming-mail.log', mimeType: 'text/plain', buffer: Buffer.from(LOG) });
  const summary = page.getByTestId('scan-summary');
  await expect(summary).toContainText('Read 1 file(s)');
  await expect(summary).toContainText('AADSTS7000222');

  const provider = wizard.pathEntry('mail.provider');
  await expect(provider).toContainText('Found in atlassian-jira-incoming-mail.log');
  await wizard.expectDifferential('mail-oauth/secret-expired', 'confirmed');
  await wizard.expectSaved();
});

test('a second batch of logs adds to the first, each labelled with the question it was added for', async ({ wizard, page }) => {
  await wizard.start('mail-oauth');
  await page.getByTestId('open-paste').click();
  await page.getByTestId('log-files').setInputFiles({ name: 'atlassian-jira-incoming-mail.log', mimeType: 'text/plain', buffer: Buffer.from(LOG) });
  await expect(page.getByTestId('scan-batch')).toHaveCount(1);
  const second = LOG.replace('AADSTS7000222', 'AADSTS7000222').replace('Caesium-1-3', 'Caesium-2-1');
  await page.getByTestId('log-files').setInputFiles({ name: 'node2-atlassian-jira-incoming-mail.log', mimeType: 'text/plain', buffer: Buffer.from(second) });
  await expect(page.getByTestId('scan-batch')).toHaveCount(2);
  await expect(page.getByTestId('scan-together')).toContainText('All 2 batches together');
  await expect(page.getByTestId('scan-batch').first()).toContainText('for the question');
  await expect(page.getByTestId('scan-batch').first().getByTestId('scan-answers')).toContainText('Microsoft');
  // The same file again is not read twice.
  await page.getByTestId('log-files').setInputFiles({ name: 'atlassian-jira-incoming-mail.log', mimeType: 'text/plain', buffer: Buffer.from(LOG) });
  await expect(page.getByTestId('scan-repeated')).toContainText('atlassian-jira-incoming-mail.log');
  await expect(page.getByTestId('scan-batch')).toHaveCount(2);
  await wizard.expectDifferential('mail-oauth/secret-expired', 'confirmed');
  await wizard.expectSaved();
  await page.screenshot({ path: 'test-results/logs-batches.png', fullPage: true });
  // Closed and opened again, the batches are still there (they live in the session).
  await page.getByTestId('open-paste').click();
  await page.getByTestId('open-paste').click();
  await expect(page.getByTestId('scan-batch')).toHaveCount(2);
});
