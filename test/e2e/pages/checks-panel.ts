import { expect, type Locator, type Page } from '@playwright/test';
import type { CheckId } from '../../../knowledge';

/** The "Connect to Jira and run checks" panel of the wizard. */
export class ChecksPanel {
  readonly root: Locator;
  readonly run: Locator;
  readonly problems: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('checks-panel');
    this.run = page.getByTestId('check-run');
    this.problems = page.getByTestId('checks-problems');
    this.error = page.getByTestId('checks-error');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('open-checks').click();
    await expect(this.root).toBeVisible();
  }

  field(name: string): Locator {
    return this.root.locator(`[data-field="${name}"]`);
  }

  async connect(settings: { baseUrl: string; username?: string; password?: string }): Promise<void> {
    await this.field('baseUrl').fill(settings.baseUrl);
    if (settings.username !== undefined) {
      await this.root.getByLabel('A user name and password').check();
      await this.field('username').fill(settings.username);
      await this.field('password').fill(settings.password ?? '');
    }
    await this.root.getByTestId('run-checks').click();
  }

  async expectFinished(timeout = 60_000): Promise<void> {
    await expect(this.run).toHaveAttribute('data-phase', 'done', { timeout });
  }

  row(check: CheckId): Locator {
    return this.root.locator(`[data-testid="check-row"][data-check="${check}"]`);
  }
}
