import { join } from 'node:path';
import { expect, test } from './fixtures';

test('the redirect file the browser is opened on leads to the wizard, in a browser that has never opened it', async ({ browser, app }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`file://${join(app.dataDir, `open-browser-${new URL(app.baseUrl).port}.html`)}`);
    await expect(page.locator('[data-ready="true"]').first()).toBeVisible({ timeout: 30_000 });
    expect(new URL(page.url()).search).toBe('');
  } finally {
    await context.close();
  }
});
