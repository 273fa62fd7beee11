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
  await expect(page.getByTestId('added-files')).toContainText('atlassian-jira-incoming-mail.log');
});

test('a batch of logs the scan refuses is not listed as added, and the files read before stay listed', async ({ wizard, page }) => {
  await wizard.start('mail-oauth');
  await page.getByTestId('open-paste').click();
  await page.getByTestId('log-files').setInputFiles({ name: 'atlassian-jira-incoming-mail.log', mimeType: 'text/plain', buffer: Buffer.from(LOG) });
  await expect(page.getByTestId('scan-summary')).toContainText('AADSTS7000222');
  await page.getByTestId('log-files').setInputFiles(Array.from({ length: 101 }, (_, i) => ({ name: `node${i}.log`, mimeType: 'text/plain', buffer: Buffer.from('x\n') })));
  await expect(page.getByTestId('paste-panel').getByRole('alert')).toContainText('100');
  const added = page.getByTestId('added-files');
  await expect(added).toContainText('atlassian-jira-incoming-mail.log');
  await expect(added).not.toContainText('node0.log');
  await expect(added.getByRole('button')).toHaveCount(1);
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

// One Jira node's security log: the same user passing there, failing on the other node.
const security = (time: string, message: string) =>
  `2023-02-20 ${time},982+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/myself ${message}`;
const NODE_1 = [security('16:48:05', "The user 'alice' has PASSED authentication."), security('16:49:05', "The user 'alice' has PASSED authentication."), ''].join('\n');
const NODE_2 = [
  security('17:09:01', "The user 'alice' has FAILED authentication.  Failure count equals 1"),
  security('17:10:01', "The user 'alice' has FAILED authentication.  Failure count equals 2"),
  security('17:11:01', "The user 'alice' has FAILED authentication.  Failure count equals 3"),
  '',
].join('\n');
const securityLog = (content: string) => ({ name: 'atlassian-jira-security.log', mimeType: 'text/plain', buffer: Buffer.from(content) });

test('logs added node by node add up, each batch under the question it was added for; a reload keeps them, start over clears them', async ({ wizard, page }) => {
  await wizard.start('rest-401');
  const firstQuestion = (await page.locator('#question-text').textContent())!;
  await page.getByTestId('open-paste').click();
  await page.getByTestId('log-files').setInputFiles(securityLog(NODE_1));
  await expect(page.getByTestId('scan-batch')).toHaveCount(1);
  await expect(page.getByTestId('scan-batch').first()).toContainText(`for the question “${firstQuestion}”`);
  // One node alone shows only passes: nothing intermittent yet.
  await expect(wizard.pathEntry('rest401.pattern')).toHaveCount(0);

  // The next question, then the other node's log (same file name, as every node names it).
  await wizard.answer('?');
  const secondQuestion = (await page.locator('#question-text').textContent())!;
  expect(secondQuestion).not.toBe(firstQuestion);
  await page.getByTestId('log-files').setInputFiles(securityLog(NODE_2));
  const batches = page.getByTestId('scan-batch');
  await expect(batches).toHaveCount(2);
  await expect(batches.nth(1)).toContainText(`for the question “${secondQuestion}”`);
  await expect(batches.nth(0)).toContainText(`for the question “${firstQuestion}”`);
  // Together they show what neither shows alone, labelled with its own question and answer.
  const together = page.getByTestId('scan-together');
  await expect(together).toContainText('All 2 batches together: 2 file(s)');
  const intermittent = together.locator('[data-fact="rest401.pattern"]');
  await expect(intermittent).toHaveCount(1);
  expect(await intermittent.textContent()).not.toContain('rest401.pattern');
  await expect(wizard.pathEntry('rest401.pattern')).toContainText('Found in atlassian-jira-security.log');
  await wizard.expectSaved();

  // A reload opens the session again with both batches and their answer.
  await page.reload();
  await expect(wizard.root).toHaveAttribute('data-ready', 'true');
  await expect(wizard.pathEntry('rest401.pattern')).toBeVisible();
  await page.getByTestId('open-paste').click();
  await expect(page.getByTestId('scan-batch')).toHaveCount(2);
  await expect(page.getByTestId('scan-batch').nth(1)).toContainText(`for the question “${secondQuestion}”`);

  // Start over clears the answers and the logs that gave them, also after another reload.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('start-over').click();
  await wizard.expectView('start');
  await expect(page.getByTestId('scan-batch')).toHaveCount(0);
  await wizard.start('rest-401');
  await wizard.expectSaved();
  await page.reload();
  await expect(wizard.root).toHaveAttribute('data-ready', 'true');
  await expect(wizard.pathEntry('rest401.pattern')).toHaveCount(0);
  await page.getByTestId('open-paste').click();
  await expect(page.getByTestId('scan-batch')).toHaveCount(0);
});

test('an error pasted by the admin and the errors a log scan finds gather in one list, with no conflict', async ({ wizard, page }) => {
  await wizard.start('mail-oauth');
  await page.getByTestId('open-paste').click();
  await page.locator('#paste-text').fill('AADSTS700016: Application with identifier was not found in the directory');
  await page.getByTestId('add-error').click();
  await expect(wizard.pathEntry('errors')).toContainText('AADSTS700016');
  await page.getByTestId('log-files').setInputFiles({ name: 'atlassian-jira-incoming-mail.log', mimeType: 'text/plain', buffer: Buffer.from(LOG) });
  await expect(page.getByTestId('scan-batch')).toHaveCount(1);
  const errors = wizard.pathEntry('errors');
  await expect(errors).toContainText('AADSTS700016');
  await expect(errors).toContainText('AADSTS7000222');
  await expect(wizard.path.getByTestId('path-conflict')).toHaveCount(0);
  await wizard.expectDifferential('mail-oauth/secret-expired', 'confirmed');
});
