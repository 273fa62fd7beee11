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
  // The same file, unchanged since, is not copied again.
  await sessions.root.locator('input[type="file"]').setInputFiles(file);
  await expect(sessions.root.getByRole('status')).toContainText('already in the list');
  await expect(sessions.root.getByTestId('session-row').filter({ hasText: 'Keycloak REST logins' })).toHaveCount(1);
  await expect(sessions.row('Keycloak REST logins').getByTestId('session-result')).toContainText('too old');

  page.once('dialog', (dialog) => void dialog.accept());
  await sessions.root.getByTestId('session-row').filter({ hasText: 'Keycloak REST logins' }).first().getByRole('button', { name: /^Delete/ }).click();
  await expect(sessions.root.getByTestId('session-row').filter({ hasText: 'Keycloak REST logins' })).toHaveCount(0);
  await sessions.root.locator('input[type="file"]').setInputFiles(file);
  await expect(sessions.root.getByRole('status')).toContainText('Imported');
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

test('exploring saves nothing; a session is saved from its first answer and counts "I don\'t know"', async ({ wizard, sessions, page }) => {
  await sessions.open();
  const before = await sessions.root.getByTestId('session-row').count();
  await wizard.openNew();
  await wizard.start('unsure');
  await wizard.expectView('triage');
  await page.getByTestId('open-paste').click();
  await sessions.open();
  await expect(sessions.root.getByTestId('session-row')).toHaveCount(before);

  await wizard.openNew();
  await wizard.start('cookie-auth');
  await wizard.answer('?');
  await wizard.expectSaved();
  await sessions.open();
  await expect(sessions.root.getByTestId('session-row')).toHaveCount(before + 1);
  // The problem chosen and one "I don't know": two answers.
  await expect(sessions.root.getByTestId('session-row').first().locator('td').nth(3)).toHaveText('2');
});

test('"Start over" clears this session; "New diagnosis" keeps it and begins another', async ({ wizard, sessions, page }) => {
  await wizard.start('rest-sso');
  await wizard.answerUntil('oidc.pluginVersion');
  await wizard.answer('1.2.0');
  await wizard.expectSaved();
  await expect(page.getByTestId('start-over')).toHaveAccessibleDescription(/Clears every answer of this session/);
  await expect(page.getByTestId('nav-new')).toHaveAttribute('title', /stays in Saved sessions/);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('start-over').click();
  await wizard.expectView('start');
  await sessions.open();
  const rows = await sessions.root.getByTestId('session-row').count();
  await wizard.openNew();
  await wizard.start('rest-sso');
  await wizard.expectSaved();
  await sessions.open();
  await expect(sessions.root.getByTestId('session-row')).toHaveCount(rows + 1);
});
