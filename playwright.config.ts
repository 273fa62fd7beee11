import { defineConfig } from '@playwright/test';

/**
 * UI tests drive Debian's Chromium (no browser download) against the app in browser mode, started
 * once per worker with its own data folder (test/e2e/fixtures.ts). One worker: the machine has two
 * cores and the test bed's servers need the other.
 */
const chromium = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: Boolean(process.env.CI),
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'wizard', testIgnore: ['electron-launch.spec.ts', 'screenshots.spec.ts'] },
    // Regenerates docs/screenshots/*.png (scripts/screenshots.ts) after the wizard tests pass.
    { name: 'screenshots', testMatch: 'screenshots.spec.ts', dependencies: ['wizard'] },
    // The Electron window, where the runtime is installed (the spec skips itself otherwise).
    { name: 'electron', testMatch: 'electron-launch.spec.ts' },
  ],
});
