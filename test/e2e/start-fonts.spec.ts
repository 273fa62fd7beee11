import type { Browser, Page } from '@playwright/test';
import { ja } from '../../renderer/i18n/ja';
import { LANGUAGE_NAMES } from '../../renderer/i18n/language-switch';
import { expect, test } from './fixtures';

/**
 * The start screen fetches what it draws and no more (issue 13). Every window shows "日本語" in the
 * language switch; an English window draws it from a font of a few glyphs that comes with the page,
 * and never fetches the 5 MB Noto Sans JP. A Japanese window still draws its text in Noto Sans JP.
 */

/** The bundled Japanese font's files, as the build names them (NotoSansJP_400Regular-<hash>.ttf). */
const BIG_FONT = /NotoSansJP_\d+\w+[-.][^/]*$/;

type Fetched = { url: string; bytes: number };

/** Opens the app in a new window of `locale`, waits until the wizard has loaded and the network is idle, and lists every response with its size on the wire. */
async function openWindow(browser: Browser, url: string, locale: string): Promise<{ page: Page; fetched: () => Promise<Fetched[]>; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 }, timezoneId: 'UTC' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const sizes: Promise<Fetched>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseHeadersSize + s.responseBodySize })));
  });
  await page.goto(url);
  await expect(page.locator('[data-testid="wizard"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle', { timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, fetched: () => Promise.all(sizes), errors, close: () => context.close() };
}

type PlatformFont = { familyName: string; isCustomFont: boolean; glyphCount: number };

/** The fonts Chromium drew the text of the first element matching `selector` with (DevTools' "Rendered fonts"). */
async function fontsDrawing(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
  } finally {
    await cdp.detach();
  }
}

const kib = (list: Fetched[]) => Math.round(list.reduce((sum, f) => sum + f.bytes, 0) / 1024);

test('an English start screen draws "日本語" in the language switch without fetching the Japanese font', async ({ browser, app }) => {
  const window = await openWindow(browser, await app.launchUrl(), 'en-GB');
  try {
    const { page } = window;
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('language').locator('option[value="ja"]')).toHaveText(LANGUAGE_NAMES.ja);
    await page.screenshot({ path: 'test-results/screenshots/en-start-fonts.png' });
    // The closed switch shows only "English": shown as a list, it draws "日本語" too, as the open menu does.
    await page.getByTestId('language').evaluate((select: HTMLSelectElement) => (select.size = 2));
    const drawn = await fontsDrawing(page, '[data-testid="language"] option[value="ja"]');
    expect(drawn, 'the fonts "日本語" is drawn with').toEqual([expect.objectContaining({ familyName: 'Noto Sans JP', isCustomFont: true, glyphCount: 3 })]);
    await page.getByTestId('language').screenshot({ path: 'test-results/screenshots/en-language-switch.png' });
    await page.waitForLoadState('networkidle', { timeout: 15_000 });

    const fetched = await window.fetched();
    test.info().annotations.push({ type: 'fetched', description: `${fetched.length} responses, ${kib(fetched)} KiB` });
    expect(fetched.length, 'the start screen fetched something').toBeGreaterThan(0);
    expect(fetched.filter((f) => BIG_FONT.test(new URL(f.url).pathname)).map((f) => `${f.url} (${f.bytes} bytes)`)).toEqual([]);
    // Nor any other large file: the biggest is a script chunk of some hundreds of KiB.
    expect(Math.max(...fetched.map((f) => f.bytes)), 'the largest response').toBeLessThan(1 << 20);
    expect(window.errors, 'errors thrown in the page').toEqual([]);
  } finally {
    await window.close();
  }
});

test('a Japanese start screen draws its text in Noto Sans JP', async ({ browser, app }) => {
  const window = await openWindow(browser, await app.launchUrl(), 'ja-JP');
  try {
    const { page } = window;
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja['start.title']);
    await page.screenshot({ path: 'test-results/screenshots/ja-start-fonts.png' });
    // No system font on this machine has Japanese: each Japanese glyph of the heading is Noto's.
    const heading = await fontsDrawing(page, 'h1');
    const japanese = [...ja['start.title']].filter((c) => c.codePointAt(0)! >= 0x3000).length;
    expect(heading.filter((f) => f.isCustomFont && f.familyName === 'Noto Sans JP').reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThanOrEqual(japanese);
    const fetched = await window.fetched();
    expect(fetched.some((f) => BIG_FONT.test(new URL(f.url).pathname)), 'the Japanese font was fetched').toBe(true);
    expect(window.errors, 'errors thrown in the page').toEqual([]);
  } finally {
    await window.close();
  }
});
