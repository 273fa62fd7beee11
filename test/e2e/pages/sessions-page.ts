import { expect, type Locator, type Page } from '@playwright/test';

/** The saved sessions list. */
export class SessionsPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('sessions');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-sessions').click();
    await expect(this.root).toHaveAttribute('data-ready', 'true');
  }

  row(name: string): Locator {
    return this.root.getByTestId('session-row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
