import { expectAccessible } from './pages/axe';
import { expect, test } from './fixtures';

// axe-core is injected into the page; the app's Content Security Policy would rightly refuse it.
test.use({ bypassCSP: true });

test('every screen has no serious or critical accessibility violation (axe-core)', async ({ wizard, sessions, page }) => {
  test.setTimeout(120_000);
  await expectAccessible(page, 'start');
  await wizard.start('unsure');
  await wizard.expectView('triage');
  await expectAccessible(page, 'triage');
  await wizard.answer('mail-oauth');
  await expectAccessible(page, 'question with options');
  await wizard.answerUntil('azure.secretExpiresOn', { 'mail.provider': 'microsoft', 'mail.handler': 'jira', 'jira.version': '8.9.1' });
  await expectAccessible(page, 'question with a text answer');
  await page.getByTestId('open-paste').click();
  await expectAccessible(page, 'paste panel');
  await page.getByTestId('open-checks').click();
  await expectAccessible(page, 'checks form');
  await page.getByTestId('open-checks').click();
  await wizard.answerUntilDiagnosis({ 'azure.secretExpiresOn': '2026-03-31', 'mailbox.protocolEnabled': 'false' });
  await expectAccessible(page, 'diagnosis');
  await wizard.diagnosis.getByRole('tab', { name: 'What each team does' }).click();
  await expectAccessible(page, 'diagnosis by team');
  await wizard.expectSaved();
  await wizard.diagnosis.getByTestId('export').getByRole('button', { name: 'PDF report' }).click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-page-picture')).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, 'export dialog');
  await page.keyboard.press('Escape');
  await sessions.open();
  await expectAccessible(page, 'saved sessions');
});

test('the keyboard alone goes from the start to a diagnosis', async ({ wizard, page }) => {
  // Tab to the first problem card and open it with Enter.
  const card = page.locator('[data-testid="symptom"][data-symptom="rest-sso"]');
  for (let i = 0; i < 30 && !(await card.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(card).toBeFocused();
  await page.keyboard.press('Enter');
  await wizard.expectView('question');
  for (let i = 0; i < 10 && (await wizard.root.getAttribute('data-view')) === 'question'; i++) {
    const fact = await wizard.currentFact();
    if (fact === 'oidc.pluginVersion') {
      await expect(wizard.answerInput).toBeFocused();
      await page.keyboard.type('1.2.0');
      await page.keyboard.press('Enter');
    } else if ((await wizard.answerInput.count()) > 0) {
      // A text answer: Tab past Continue to "I don't know".
      await expect(wizard.answerInput).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(wizard.question.getByTestId('dont-know')).toBeFocused();
      await page.keyboard.press('Enter');
    } else {
      // The last option is "I don't know": the arrow up from the first one reaches it (the focus
      // comes to the first option once the question is drawn).
      await expect(wizard.question.locator('[role="radio"]').first()).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
    }
  }
  await wizard.expectView('diagnosis');
  await expect(page.locator('#diagnosis-title')).toBeFocused();
  await expect(wizard.diagnosedCause('rest-sso/plugin-too-old')).toHaveAttribute('data-status', 'confirmed');
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 800, height: 600 },
]) {
  test(`at ${size.width}x${size.height} the first row of problems is above the fold`, async ({ wizard, page }) => {
    await page.setViewportSize(size);
    await wizard.openNew();
    const first = page.locator('.symptom-card').first();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    // Every card of the first row (same top) ends above the fold too.
    const tops = await page.locator('.symptom-card').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
    for (const card of tops.filter((c) => Math.abs(c.top - tops[0]!.top) < 2)) expect(card.bottom).toBeLessThanOrEqual(size.height);
  });
}

test('"and N more" shows every example of a problem', async ({ wizard, page }) => {
  await wizard.openNew();
  const card = page.locator('.symptom-card').filter({ has: page.locator('[data-symptom="mail-oauth"]') });
  const before = await card.getByTestId('examples').locator('li').count();
  await card.getByTestId('more-examples').click();
  await expect(card.getByTestId('more-examples')).toHaveAttribute('aria-expanded', 'true');
  expect(await card.getByTestId('examples').locator('li').count()).toBeGreaterThan(before);
});

test('the side panel has no scroll box inside a scroll box', async ({ wizard, page }) => {
  await wizard.start('mail-oauth');
  await wizard.expectView('question');
  const nested: string[] = await page.locator('.wizard-side *').evaluateAll((elements) =>
    elements.filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight).map((el) => String(el.className)),
  );
  expect(nested).toEqual([]);
});
