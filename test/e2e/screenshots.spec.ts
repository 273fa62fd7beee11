import { stat } from 'node:fs/promises';
import { captureJapaneseScreenshots, captureScreenshots, JAPANESE_SCREENSHOTS, SCREENSHOTS } from '../../scripts/screenshots';
import { expect, test } from './fixtures';

test('the screenshots of the main screens are regenerated', async ({ page, testbed }) => {
  test.setTimeout(120_000);
  const written = await captureScreenshots(page, testbed);
  expect(written).toHaveLength(SCREENSHOTS.length);
  for (const file of written) expect((await stat(file)).size).toBeGreaterThan(10_000);
});

test.describe('for a Japanese admin', () => {
  test.use({ locale: 'ja-JP' });
  test('the Japanese screenshots for the README are regenerated', async ({ page }) => {
    test.setTimeout(120_000);
    const written = await captureJapaneseScreenshots(page);
    expect(written).toHaveLength(JAPANESE_SCREENSHOTS.length);
    for (const file of written) expect((await stat(file)).size).toBeGreaterThan(10_000);
  });
});
