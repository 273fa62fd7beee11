import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

/**
 * The export dialog (issue 12 §4): a PDF previews as a picture of its own first page, drawn in the
 * window from the very file that saving writes; Jira wiki markup sits beside PDF, Markdown and JSON.
 * These run under the app's real Content Security Policy (PDF.js must draw within it); axe checks
 * the dialog with its picture in a11y.spec.ts.
 */

test('the PDF preview is a picture of the report\'s first page, and saving writes that file', async ({ wizard, page }) => {
  await wizard.start('cookie-auth');
  await wizard.answerUntilDiagnosis({ 'auth.method': 'cookie', 'request.formEncoded': 'true', 'request.hasNoCheckHeader': 'false' });
  await wizard.expectSaved();
  await wizard.diagnosis.getByTestId('export').getByRole('button', { name: 'PDF report' }).click();
  const dialog = page.getByTestId('export-dialog');
  const picture = dialog.getByTestId('export-page-picture');
  await expect(picture).toBeVisible({ timeout: 30_000 });
  await expect(picture).toHaveAttribute('alt', /^Page 1 of \d+ of the PDF report$/);
  // Drawn, not blank: a good share of the page's pixels carry ink (text, boxes, the status badge).
  const ink = await picture.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    let red = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! < 128 && data[i + 1]! < 128 && data[i + 2]! < 128) dark++;
      if (data[i]! > 150 && data[i + 1]! < 80 && data[i + 2]! < 80) red++;
    }
    return { width: img.naturalWidth, height: img.naturalHeight, dark: dark / (data.length / 4), red };
  });
  // A portrait page (A4 is 1 : 1.414), with text on it and the red "confirmed" badge.
  expect(ink.height / ink.width).toBeCloseTo(1.414, 1);
  expect(ink.dark).toBeGreaterThan(0.01);
  expect(ink.red).toBeGreaterThan(50);
  await dialog.screenshot({ path: 'test-results/screenshots/export-pdf-preview.png' });

  // US Letter: the picture is drawn again from the new file.
  await dialog.getByLabel('Page size').selectOption('LETTER');
  await expect(picture).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => picture.evaluate((img: HTMLImageElement) => img.naturalHeight / img.naturalWidth)).toBeCloseTo(1.294, 1);

  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-save').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await readFile((await saved.path()))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(dialog.getByTestId('export-status')).toContainText(/Saved as jira-doctor-report-.*\.pdf/);
});

test('Jira wiki markup is offered beside PDF, Markdown and JSON, previewed as the text to paste', async ({ wizard, page }) => {
  await wizard.start('cookie-auth');
  await wizard.answerUntilDiagnosis({ 'auth.method': 'cookie', 'request.formEncoded': 'true', 'request.hasNoCheckHeader': 'false' });
  await wizard.expectSaved();
  const buttons = wizard.diagnosis.getByTestId('export').getByRole('button');
  await expect(buttons).toHaveText(['PDF report', 'Markdown report', 'Jira wiki markup', 'JSON data']);
  await buttons.filter({ hasText: 'Jira wiki markup' }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toContainText('Text tab of a Jira issue');
  const preview = dialog.getByTestId('export-preview');
  await expect(preview).toContainText('h2. What to do first');
  await expect(preview).toContainText('||Cause||Status||Why||');
  await expect(preview).toContainText('{noformat}\nX-Atlassian-Token: no-check\n{noformat}');
  await dialog.screenshot({ path: 'test-results/screenshots/export-wiki-preview.png' });
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-save').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/\.jira\.txt$/);
  expect(await readFile((await saved.path()), 'utf8')).toMatch(/^h1\. /);
});

test('the article box of a mail cause is headed in English and quotes the Japanese edition\'s heading', async ({ wizard }) => {
  await wizard.start('mail-oauth');
  await wizard.answerUntilDiagnosis({
    'mail.handler': 'jira',
    'mail.provider': 'microsoft',
    'mail.protocol': 'imap',
    'jira.version': '9.12.0',
    'mailbox.kind': 'shared',
    'mailbox.authorizerHasFullAccess': 'false',
  });
  const cause = wizard.diagnosedCause('mail-oauth/mailbox-permission');
  await expect(cause).toHaveAttribute('data-status', 'confirmed');
  // The fix's source: the article's solution section, headed 根本原因の解決策 3 on the Japanese page.
  const solution = cause.getByTestId('solution').first();
  await solution.getByTestId('show-source').click();
  const box = solution.getByTestId('source-text');
  await expect(box.locator('figcaption')).toContainText('— Solution for Root Cause 3');
  await expect(box.getByTestId('source-original-heading')).toContainText('根本原因の解決策 3');
  await expect(box.getByTestId('source-original-heading').locator('[lang="ja"]')).toHaveText('根本原因の解決策 3');
  await expect(box).toContainText('Full Access');
  await box.scrollIntoViewIfNeeded();
  await cause.screenshot({ path: 'test-results/screenshots/source-english-heading.png' });
});
