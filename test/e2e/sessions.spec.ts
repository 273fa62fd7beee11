import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('saved sessions: resume, rename, export, import and delete', async ({ wizard, sessions, page }) => {
  await wizard.start('rest-sso');
  await wizard.answerUntil('oidc.pluginVersion');
  await wizard.answer('1.2.0');
  await wizard.expectSaved();
  const question = await wizard.question.getAttribute('data-question-id');

  await sessions.open();
  const row = sessions.root.getByTestId('session-row').filter({ hasText: 'REST calls with username and password' }).first();
  await row.getByRole('button', { name: /^Rename/ }).click();
  await sessions.root.getByLabel('New name').fill('Keycloak REST logins');
  await sessions.root.getByLabel('New name').press('Enter');
  const renamed = sessions.row('Keycloak REST logins');
  await expect(renamed).toBeVisible();

  const download = page.waitForEvent('download');
  await renamed.getByRole('button', { name: /^Export/ }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { name: string; answers: { fact: string; value: unknown }[] };
  expect(exported.name).toBe('Keycloak REST logins');
  expect(exported.answers).toContainEqual(expect.objectContaining({ fact: 'oidc.pluginVersion', value: '1.2.0' }));

  await renamed.getByRole('button', { name: /^Resume/ }).click();
  await expect(wizard.question).toHaveAttribute('data-question-id', question!);
  await expect(wizard.pathEntry('oidc.pluginVersion')).toContainText('1.2.0');

  await sessions.open();
  await sessions.root.locator('input[type="file"]').setInputFiles(file);
  await expect(sessions.root.getByRole('status')).toContainText('Imported');
  await expect(sessions.root.getByTestId('session-row').filter({ hasText: 'Keycloak REST logins' })).toHaveCount(2);

  page.once('dialog', (dialog) => void dialog.accept());
  await sessions.root.getByTestId('session-row').filter({ hasText: 'Keycloak REST logins' }).first().getByRole('button', { name: /^Delete/ }).click();
  await expect(sessions.root.getByTestId('session-row').filter({ hasText: 'Keycloak REST logins' })).toHaveCount(1);
});

test('an imported file that is not a session says so and changes nothing', async ({ sessions, page }) => {
  await sessions.open();
  const before = await sessions.root.getByTestId('session-row').count();
  await sessions.root.locator('input[type="file"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.getByRole('alert')).toContainText('notes.json could not be imported');
  await expect(sessions.root.getByTestId('session-row')).toHaveCount(before);
});

test('the diagnosis copies exact strings and previews the report before saving it', async ({ wizard, page }) => {
  await wizard.start('cookie-auth');
  await wizard.answerUntilDiagnosis({ 'auth.method': 'cookie', 'request.formEncoded': 'true', 'request.hasNoCheckHeader': 'false' });
  const cause = wizard.diagnosedCause('cookie-auth/xsrf-check');
  await expect(cause).toHaveAttribute('data-status', 'confirmed');
  const code = cause.getByTestId('copyable').filter({ hasText: 'X-Atlassian-Token' }).first();
  await expect(code).toBeVisible();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await code.locator('xpath=..').getByRole('button').click();
  await expect(code.locator('xpath=..').getByRole('button')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());

  await wizard.diagnosis.getByRole('tab', { name: 'What each team does' }).click();
  await expect(wizard.diagnosis.getByTestId('team-group').first()).toBeVisible();

  await wizard.expectSaved();
  await wizard.diagnosis.getByTestId('export').getByRole('button', { name: 'Markdown report' }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-preview')).toContainText('XSRF');
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-save').click();
  expect((await download).suggestedFilename()).toMatch(/\.md$/);
});
