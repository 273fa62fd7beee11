import type { Browser, Page, Route } from '@playwright/test';
import { en } from '../../renderer/i18n/en';
import { ja } from '../../renderer/i18n/ja';
import { expect, test } from './fixtures';

/**
 * The page paints its start screen from its own HTML, before React and the app's first script have
 * loaded (issue 13): the build renders it into the page, and a small script shows it in the
 * language the app starts in. What the admin picks on it meanwhile is not lost.
 */

/** A window of `locale` whose app script (assets/index-….js) is held back until `release()`. */
async function heldWindow(browser: Browser, url: string, locale: string): Promise<{ page: Page; release: () => void; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  // DOMContentLoaded waits for the held module script: only the navigation's commit is waited for.
  await page.goto(url, { waitUntil: 'commit' });
  return { page, release, errors, close: () => context.close() };
}

for (const [locale, catalogue, lang] of [['en-GB', en, 'en'], ['ja-JP', ja, 'ja']] as const) {
  test(`the start screen is painted in ${locale} before the app's script has loaded, and a problem picked on it is taken up`, async ({ browser, app }) => {
    const window = await heldWindow(browser, await app.launchUrl(), locale);
    try {
      const { page } = window;
      const start = page.locator('[data-testid="wizard"][data-view="start"]');
      await expect(start).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(start.getByRole('heading', { level: 1 })).toHaveText(catalogue['start.title']);
      await expect(page.getByTestId('symptom')).toHaveCount(5);
      // Nothing of the app has run: its script is still held.
      expect(await page.evaluate(() => document.getElementById('root')!.hasAttribute('data-early-choice'))).toBe(false);
      await page.screenshot({ path: `test-results/screenshots/start-before-script-${lang}.png` });

      await page.locator('[data-testid="symptom"][data-symptom="mail-oauth"]').click();
      window.release();
      await expect(page.getByTestId('question')).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('[data-testid="wizard"]')).toHaveAttribute('data-view', 'question');
      expect(window.errors, 'errors thrown in the page').toEqual([]);
    } finally {
      window.release();
      await window.close();
    }
  });
}

test('the language switched on that screen before the app has loaded is the one the app starts in', async ({ browser, app }) => {
  const window = await heldWindow(browser, await app.launchUrl(), 'en-GB');
  try {
    const { page } = window;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['start.title']);
    await page.getByTestId('language').selectOption('ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja['start.title']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    window.release();
    await expect(page.locator('[data-testid="wizard"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja['start.title']);
    await expect(page.getByTestId('language')).toHaveValue('ja');
    expect(window.errors, 'errors thrown in the page').toEqual([]);
  } finally {
    window.release();
    await window.close();
  }
});

test('a saved session opened by its address never shows the start screen first', async ({ browser, app }) => {
  const window = await heldWindow(browser, await app.launchUrl(), 'en-GB');
  try {
    const { page } = window;
    // A new document at that address (from the same one, only its hash would change).
    await page.goto('about:blank');
    await page.goto(`${app.baseUrl}#/sessions`, { waitUntil: 'commit' });
    await expect(page.locator('#root')).toBeEmpty();
    window.release();
    await expect(page.locator('[data-ready="true"]').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-view="start"]')).toHaveCount(0);
    expect(window.errors, 'errors thrown in the page').toEqual([]);
  } finally {
    window.release();
    await window.close();
  }
});
