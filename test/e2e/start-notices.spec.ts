import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp, stopApp } from './fixtures';

/**
 * Browser mode serves its page before its services (and the session store they open) have loaded,
 * so the start screen is not kept waiting (issue 13). A sessions file that had to be set aside is
 * still said on the start screen: the page asks for the notices again once it is drawn.
 */
test('a sessions file set aside is said on the start screen, though the page came before the store was opened', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'jira-doctor-notices-'));
  await writeFile(join(dataDir, 'sessions.json'), '{"sessions": {"half-written');
  const running = await launchApp(dataDir);
  try {
    // The launch address gives the browser its cookie; the page is then loaded again as it is served
    // when the browser asks before the store is open (a race this test cannot win on every machine,
    // so it is made so: the notices out, the information partial).
    await page.goto(running.launchUrl);
    const home = new URL('/', running.launchUrl).href;
    await page.route(home, async (route) => {
      const served = await route.fetch();
      const html = (await served.text()).replace(/(<script type="application\/json" id="app-info">)(.*?)(<\/script>)/, (_all, open: string, json: string, close: string) =>
        `${open}${JSON.stringify({ ...(JSON.parse(json) as object), notices: [], partial: true })}${close}`,
      );
      expect(html).toContain('"partial":true');
      await route.fulfill({ response: served, body: html });
    });
    await page.goto(home);
    await expect(page.locator('[data-testid="wizard"][data-view="start"]')).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('nothing was deleted');
    await expect(notice).toContainText('saved-sessions');
  } finally {
    await stopApp(running.child);
    await rm(dataDir, { recursive: true, force: true });
  }
});
