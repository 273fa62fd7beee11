import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp, stopApp } from './fixtures';
import { WizardPage } from './pages/wizard-page';

/**
 * The terminal that ran `npm start` is closed while the page stays open, the admin answers on, and
 * starts jira-doctor again: the answers given meanwhile are saved once it is back, without a click.
 */
test('answers given while jira-doctor was stopped are saved when it is back', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'jira-doctor-restart-'));
  let running = await launchApp(dataDir);
  try {
    const port = new URL(running.launchUrl).port;
    await page.goto(running.launchUrl);
    const wizard = new WizardPage(page);
    await expect(wizard.root).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await wizard.start('rest-401');
    await wizard.expectSaved();

    await stopApp(running.child);
    const fact = await wizard.currentFact();
    const option = wizard.question.locator('[role="radio"]').first();
    const value = await option.getAttribute('data-value');
    await wizard.answer(value!);
    await expect(page.getByTestId('save-failed')).toContainText('saves them by itself');

    running = await launchApp(dataDir);
    expect(new URL(running.launchUrl).port).toBe(port);
    await expect(wizard.root).toHaveAttribute('data-save-state', 'saved', { timeout: 20_000 });
    const stored = JSON.parse(await readFile(join(dataDir, 'sessions.json'), 'utf8')) as { sessions: Record<string, { answers: { fact: string; value: unknown }[] }> };
    const answers = Object.values(stored.sessions).flatMap((s) => s.answers.map((a) => [a.fact, String(a.value)]));
    expect(answers).toContainEqual([fact, value]);
  } finally {
    await stopApp(running.child);
    await rm(dataDir, { recursive: true, force: true });
  }
});
