import { stat } from 'node:fs/promises';
import { captureScreenshots, SCREENSHOTS } from '../../scripts/screenshots';
import { expect, test } from './fixtures';

test('the screenshots of the main screens are regenerated', async ({ page, testbed }) => {
  test.setTimeout(120_000);
  const written = await captureScreenshots(page, testbed);
  expect(written).toHaveLength(SCREENSHOTS.length);
  for (const file of written) expect((await stat(file)).size).toBeGreaterThan(10_000);
});
