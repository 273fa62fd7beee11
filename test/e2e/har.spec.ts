import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { harText, oauthDance, SECRETS } from '../unit/scan/har-fixtures';
import { expect, test } from './fixtures';

const RECORDING = harText('chrome', oauthDance((_path, at) => (at >= 11 ? 'jsm-node02' : 'jsm-node01')));

test('a browser recording added to the wizard shows the node switch, confirms the stickiness cause, and its redacted copy downloads without a secret', async ({ wizard, page, app }) => {
  await wizard.start('mail-oauth');
  await page.getByTestId('open-paste').click();
  await page.getByTestId('log-files').setInputFiles({ name: 'mail-setup.har', mimeType: 'application/json', buffer: Buffer.from(RECORDING) });

  const summary = page.getByTestId('recording-summary');
  await expect(summary).toContainText('The browser recording holds 6 request(s) to Jira.');
  await expect(page.getByTestId('recording-session')).toHaveAttribute('data-verdict', 'switched');
  await expect(summary).toContainText('moved from node jsm-node01 to node jsm-node02 at request 4 (09:00:11, /rest/oauth2-client/latest/callback)');
  await expect(summary).toContainText('The recording includes the sign-in with Microsoft.');
  await wizard.expectDifferential('mail-oauth/stickiness', 'confirmed');

  const file = page.locator('[data-testid="added-file"][data-file="mail-setup.har"]');
  const download = page.waitForEvent('download');
  await file.getByTestId('redact-file').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('mail-setup-redacted.har');
  const copy = await readFile(await saved.path(), 'utf8');
  expect((JSON.parse(copy) as { log: { entries: unknown[] } }).log.entries).toHaveLength(8);
  await expect(file).toContainText('Downloaded mail-setup-redacted.har.');
  await wizard.expectSaved();

  // No secret of the recording reached the copy, the page or the saved session.
  const stored: string[] = [];
  for (const name of await readdir(app.dataDir, { recursive: true })) {
    stored.push(await readFile(join(app.dataDir, name), 'utf8').catch(() => ''));
  }
  const page_ = await page.content();
  for (const [name, secret] of Object.entries(SECRETS)) {
    expect(copy, name).not.toContain(secret);
    expect(page_, name).not.toContain(secret);
    expect(stored.join('\n'), name).not.toContain(secret);
  }
  // The sticky header would cover part of the panel in a picture taken while scrolled.
  await page.locator('.app-header').evaluate((header: HTMLElement) => (header.style.position = 'static'));
  await page.getByTestId('paste-panel').screenshot({ path: 'docs/screenshots/recording.png' });
});

test('a cut-off recording is read up to the cut, and its redacted copy is refused with the reason', async ({ wizard, page }) => {
  await wizard.start('mail-oauth');
  await page.getByTestId('open-paste').click();
  await page.getByTestId('log-files').setInputFiles({ name: 'cut.har', mimeType: 'application/json', buffer: Buffer.from(RECORDING.slice(0, RECORDING.length / 2)) });
  await expect(page.getByTestId('scan-summary')).toContainText('cut.har: the recording cannot be read to its end: the recording ends early');
  const file = page.locator('[data-testid="added-file"][data-file="cut.har"]');
  await file.getByTestId('redact-file').click();
  await expect(file.getByRole('alert')).toContainText('cut.har: the recording ends early');
  await expect(file.getByRole('alert')).toContainText('Nothing was written');
});

test.describe('in a Japanese browser (ja-JP)', () => {
  test.use({ locale: 'ja-JP' });

  test("the recording's session names and the scanner's sentences read in Japanese", async ({ wizard, page }) => {
    await wizard.start('mail-oauth');
    await page.getByTestId('open-paste').click();
    await page.getByTestId('log-files').setInputFiles([
      { name: 'mail-setup.har', mimeType: 'application/json', buffer: Buffer.from(RECORDING) },
      { name: 'cut.har', mimeType: 'application/json', buffer: Buffer.from(RECORDING.slice(0, RECORDING.length / 2)) },
    ]);
    const summary = page.getByTestId('scan-summary');
    await expect(page.getByTestId('recording-summary')).toContainText('ブラウザー セッション 1 はリクエスト 4');
    await expect(summary).toContainText('cut.har: 記録を最後まで読めません: 記録が途中で終わっています');
    await expect(summary).not.toContainText('Browser session');
    await expect(summary).not.toContainText('cannot be read');
    // Its redacted copy is refused with the reason, in Japanese too.
    const file = page.locator('[data-testid="added-file"][data-file="cut.har"]');
    await file.getByTestId('redact-file').click();
    await expect(file.getByRole('alert')).toContainText('何も書き出していません');
    await page.locator('.app-header').evaluate((header: HTMLElement) => (header.style.position = 'static'));
    await page.getByTestId('paste-panel').screenshot({ path: 'test-results/recording-ja.png' });
  });
});
