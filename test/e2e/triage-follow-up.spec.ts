import { expect, test } from './fixtures';

test('"I don\'t know" which problem it is asks neutral questions about what the admin sees, one sign at a time', async ({ wizard, page }) => {
  await wizard.start('unsure');
  await wizard.expectView('triage');
  await wizard.answer('?');
  const followUp = page.getByTestId('triage-follow-up');
  await expect(followUp).toHaveAttribute('data-symptom', 'mail-oauth');
  await expect(followUp.getByRole('heading')).toBeFocused();
  // The paste field above says what is on screen: questions, not descriptions, and the real button for logs.
  const pasteHint = page.getByTestId('triage-paste').locator('#triage-hint');
  await expect(pasteHint).toContainText('answer the yes-or-no questions below');
  await expect(pasteHint).not.toContainText('description');
  await expect(pasteHint).toContainText('“Paste an error or add logs”');
  await expect(page.getByTestId('open-paste')).toHaveText('Paste an error or add logs');
  await page.locator('#triage-text').fill('nothing Jira would print');
  await expect(page.getByTestId('triage-result')).toContainText('Answer the yes-or-no questions below');
  await page.locator('#triage-text').fill('');
  await followUp.getByTestId('sign-no').click();
  await expect(followUp).toHaveAttribute('data-symptom', 'cookie-auth');
  await followUp.getByTestId('sign-dont-know').click();
  await expect(followUp).toHaveAttribute('data-symptom', 'rest-sso');
  await page.screenshot({ path: 'test-results/screenshots/triage-follow-up.png' });
  await followUp.getByTestId('sign-yes').click();
  // "Yes" picks the problem: its own questions follow, nothing of the other problems.
  await wizard.expectView('question');
  await expect(wizard.pathEntry('symptom')).toContainText('single sign-on');
});

test('after the last sign with no "yes", the diagnosis lists every cause and offers the paste panel', async ({ wizard, page }) => {
  await wizard.start('unsure');
  await wizard.answer('?');
  const followUp = page.getByTestId('triage-follow-up');
  for (let i = 0; i < 4; i++) await followUp.getByTestId('sign-no').click();
  await wizard.expectView('diagnosis');
  await expect(page.getByTestId('problem-unknown')).toBeVisible();
});
