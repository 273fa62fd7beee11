import { expect, test } from './fixtures';

test.describe('each problem walks to its diagnosis', () => {
  test('REST 401 from a valid user: an LDAP server that disagrees is confirmed', async ({ wizard }) => {
    await wizard.start('rest-401');
    await wizard.answerUntilDiagnosis({ 'rest401.pattern': 'intermittent', 'directory.type': 'ldap', 'ldap.clustered': 'true', 'ldap.consistent': 'false' });
    const cause = wizard.diagnosedCause('rest-401/ldap-cluster-inconsistent');
    await expect(cause).toHaveAttribute('data-status', 'confirmed');
    await expect(cause.getByRole('heading').first()).toContainText('Confirmed');
    await expect(wizard.diagnosis.getByTestId('diagnosed-cause').first()).toHaveAttribute('data-cause', 'rest-401/ldap-cluster-inconsistent');
    await wizard.expectDifferential('rest-401/ldap-cluster-inconsistent', 'confirmed');
  });

  test('mail handler with OAuth 2.0: IMAP turned off for the mailbox is confirmed, with steps for Exchange', async ({ wizard }) => {
    await wizard.start('mail-oauth');
    await wizard.answerUntilDiagnosis({
      'mail.handler': 'jira',
      'mail.provider': 'microsoft',
      'mail.protocol': 'imap',
      'jira.version': '9.12.4',
      'mailbox.protocolEnabled': 'false',
    });
    const cause = wizard.diagnosedCause('mail-oauth/protocol-disabled');
    await expect(cause).toHaveAttribute('data-status', 'confirmed');
    await expect(cause.locator('[data-team="m365-exchange-admin"]')).toBeVisible();
    await wizard.expectDifferential('mail-oauth/protocol-disabled', 'confirmed');
  });

  test('session cookie: a cookie that works and then fails is likely an expired session (a sign, not proof)', async ({ wizard }) => {
    await wizard.start('cookie-auth');
    await wizard.answerUntilDiagnosis({ 'auth.method': 'cookie', 'cookie.worksThenFails': 'true' });
    await expect(wizard.diagnosedCause('cookie-auth/session-expired')).toHaveAttribute('data-status', 'likely');
  });

  test('REST SSO: a plugin older than 1.3.0 is confirmed, and the article section is shown from the bundled text', async ({ wizard }) => {
    await wizard.start('rest-sso');
    await wizard.answerUntilDiagnosis({ 'oidc.pluginVersion': '1.2.0' });
    const cause = wizard.diagnosedCause('rest-sso/plugin-too-old');
    await expect(cause).toHaveAttribute('data-status', 'confirmed');
    // Cited by title and section, with the published page; the bundled text opens offline.
    await expect(cause.getByText(/Source: “OpenID Connect for Jira: REST clients & authentication”/).last()).toBeVisible();
    await expect(cause.getByTestId('source-link').last()).toHaveAttribute('href', /^https:\/\/codecentric\.atlassian\.net\//);
    await cause.getByTestId('show-source').last().click();
    await expect(cause.getByTestId('source-text')).toContainText(/OpenID|REST/);
    await cause.screenshot({ path: 'test-results/screenshots/source-citation.png' });
  });
});

test('"I\'m not sure" asks which problem it is first, with nothing chosen for the admin', async ({ wizard }) => {
  await wizard.start('unsure');
  await wizard.expectView('triage');
  await expect(wizard.question).toHaveAttribute('data-fact', 'symptom');
  await expect(wizard.question.locator('[role="radio"][aria-checked="true"]')).toHaveCount(0);
  await expect(wizard.question.getByTestId('help')).toContainText('Paste an error or add logs');
  await wizard.answer('cookie-auth');
  await wizard.expectView('question');
  await expect(wizard.differentialCause('cookie-auth/session-expired')).toBeVisible();
  await expect(wizard.differentialCause('rest-sso/plugin-too-old')).toHaveCount(0);
});

test('changing an earlier answer recomputes the diagnosis', async ({ wizard }) => {
  await wizard.start('rest-sso');
  await wizard.answerUntil('oidc.pluginVersion');
  await wizard.answer('1.2.0');
  await wizard.expectDifferential('rest-sso/plugin-too-old', 'confirmed');
  await wizard.finish();
  await expect(wizard.diagnosedCause('rest-sso/plugin-too-old')).toHaveAttribute('data-status', 'confirmed');

  await wizard.changeAnswer('oidc.pluginVersion');
  await expect(wizard.answerInput).toHaveValue('1.2.0');
  await wizard.answerInput.fill('1.5.0');
  await wizard.continueButton.click();
  await wizard.expectView('diagnosis');
  await wizard.expectDifferential('rest-sso/plugin-too-old', 'ruled-out');
  await expect(wizard.diagnosedCause('rest-sso/plugin-too-old')).toHaveCount(0);
  await expect(wizard.pathEntry('oidc.pluginVersion')).toContainText('1.5.0');
});

test('a reload in the middle of a session comes back to the same question with every answer', async ({ wizard, page }) => {
  await wizard.start('cookie-auth');
  await wizard.answerUntil('cookie.worksThenFails', { 'auth.method': 'cookie' });
  await wizard.answer('true');
  const questionId = await wizard.question.getAttribute('data-question-id');
  const answered = await wizard.path.getByTestId('path-entry').count();
  await wizard.expectSaved();
  await expect(page).toHaveURL(/#\/session\/[\w-]+$/);

  await page.reload();
  await expect(wizard.question).toHaveAttribute('data-question-id', questionId!);
  await expect(wizard.path.getByTestId('path-entry')).toHaveCount(answered);
  await expect(wizard.pathEntry('cookie.worksThenFails')).toContainText('Yes');
  // "Works, then 401" alone makes an expired session likely, not confirmed (a client that keeps only
  // JSESSIONID behind a load balancer fails the same way).
  await wizard.expectDifferential('cookie-auth/session-expired', 'likely');
});

test('the keyboard alone answers: number keys choose, Enter continues, arrows move', async ({ wizard, page }) => {
  await wizard.start('rest-401');
  await expect(wizard.question).toHaveAttribute('data-fact', 'rest401.pattern');
  await expect(wizard.option('intermittent')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(wizard.option('always')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('1');
  await expect(wizard.option('intermittent')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Enter');
  await expect(wizard.question).not.toHaveAttribute('data-fact', 'rest401.pattern');
  await expect(wizard.pathEntry('rest401.pattern')).toBeVisible();
});

test('each question starts from its own answer: nothing chosen on a new one, the answer given on the way back', async ({ wizard }) => {
  await wizard.start('rest-401');
  await expect(wizard.option('intermittent')).toBeFocused();
  // "I don't know" is an option of every question: the next one must not start with it chosen.
  await wizard.answer('?');
  await expect(wizard.question.locator('[role="radio"]').first()).toBeFocused();
  await expect(wizard.question.locator('[role="radio"][aria-checked="true"]')).toHaveCount(0);
  await wizard.question.getByRole('button', { name: 'Back' }).click();
  await expect(wizard.question).toHaveAttribute('data-fact', 'rest401.pattern');
  await expect(wizard.option('dont-know')).toHaveAttribute('aria-checked', 'true');
  await expect(wizard.option('dont-know')).toBeFocused();
});

test('a value that does not fit says what to type, and keeps what was typed', async ({ wizard }) => {
  await wizard.start('rest-sso');
  await wizard.answerUntil('oidc.pluginVersion');
  await wizard.answerInput.fill('one point two');
  await wizard.continueButton.click();
  await expect(wizard.questionError).toContainText('as Jira shows it');
  await expect(wizard.answerInput).toHaveValue('one point two');
  await expect(wizard.answerInput).toHaveAttribute('aria-invalid', 'true');
  // The line alone is enough where no rule changes inside it.
  await wizard.answerInput.fill('1.2');
  await wizard.continueButton.click();
  await wizard.expectDifferential('rest-sso/plugin-too-old', 'confirmed');
});

test('a pasted error message points to its causes and starts the right problem', async ({ wizard, page }) => {
  await page.getByTestId('open-paste').click();
  await page.getByLabel('Error message or log line').fill('AADSTS7000222: The provided client secret keys for app are expired.');
  await expect(page.getByTestId('paste-match').first()).toContainText(/secret/i);
  await page.getByTestId('add-error').click();
  await wizard.expectView('question');
  await wizard.expectDifferential('mail-oauth/secret-expired', 'confirmed');
  await expect(wizard.pathEntry('errors')).toContainText('AADSTS7000222');
});

test('"I\'m not sure": a pasted error line picks the problem', async ({ wizard, page }) => {
  await wizard.start('unsure');
  await page.getByLabel(/Have an error message or a log line/).fill('X-Seraph-LoginReason: AUTHENTICATION_DENIED');
  await expect(page.getByTestId('triage-result')).toContainText('session cookie');
  await page.getByTestId('triage-pick').click();
  await wizard.expectView('question');
  await wizard.expectDifferential('cookie-auth/captcha', 'confirmed');
  // The header answered its own question: it is never asked.
  const asked = await wizard.answerUntilDiagnosis({});
  expect(asked).not.toContain('auth.loginReason');
});

test('the wizard says about how many questions are left, and dates are typed as admins have them', async ({ wizard, page }) => {
  await wizard.start('mail-oauth');
  await expect(page.getByTestId('question-progress')).toHaveText(/Question 1 · about \d+ left/);
  await wizard.answerUntil('azure.secretExpiresOn', { 'mail.provider': 'microsoft' });
  await wizard.answerInput.fill('3/31/2026');
  await expect(page.getByTestId('date-read-as')).toContainText('31 March 2026');
  await wizard.continueButton.click();
  await expect(wizard.pathEntry('azure.secretExpiresOn')).toContainText('2026-03-31');
});

test('a change that closes answered questions says so, and can be undone', async ({ wizard, page }) => {
  await wizard.start('mail-oauth');
  await wizard.answerUntil('mail.provider');
  await wizard.answer('microsoft');
  await wizard.answerSome({ 'microsoft.cloud': 'worldwide', 'azure.accountType': 'single-tenant', 'mailbox.kind': 'shared' }, 6);
  const before = await wizard.path.getByTestId('path-entry').count();
  await wizard.changeAnswer('mail.provider');
  await wizard.answer('google');
  await expect(page.getByTestId('set-aside')).toContainText(/no longer appl/);
  await expect(wizard.path.getByTestId('path-entry')).not.toHaveCount(before);
  await expect(wizard.differentialCause('mail-oauth/no-license')).toHaveAttribute('data-status', 'ruled-out');
  await page.getByTestId('undo-change').click();
  await expect(wizard.path.getByTestId('path-entry')).toHaveCount(before);
  await expect(wizard.pathEntry('mail.provider')).toContainText('Microsoft');
});

test('the diagnosis opens with what to do first, an upgrade before what depends on it; possible causes are one line each', async ({ wizard, page }) => {
  await wizard.start('mail-oauth');
  await wizard.answerUntilDiagnosis({
    'mail.handler': 'jira',
    'mail.provider': 'microsoft',
    'mail.protocol': 'imap',
    'jira.version': '8.9.1',
    'mailbox.protocolEnabled': 'false',
  });
  await expect(page.locator('#diagnosis-title')).toBeFocused();
  const first = wizard.diagnosis.getByTestId('first-action');
  await expect(first.first()).toHaveAttribute('data-cause', 'mail-oauth/oauth-unsupported-version');
  await expect(first.nth(1)).toHaveAttribute('data-cause', 'mail-oauth/protocol-disabled');
  // Possible causes are folded to one line each under "Things to check next".
  const possible = wizard.diagnosis.getByTestId('check-next').locator('[data-testid="diagnosed-cause"][data-status="possible"]');
  expect(await possible.count()).toBeGreaterThan(0);
  await expect(possible.first().locator('details')).not.toHaveAttribute('open', '');
  await expect(possible.first().getByTestId('solution').first()).toBeHidden();
  await possible.first().locator('summary').click();
  await expect(possible.first().getByTestId('solution').first()).toBeVisible();
  // "Answer now" names its question.
  const answerNow = wizard.diagnosis.getByRole('button', { name: /^Answer now: .+\?/ });
  if ((await answerNow.count()) > 0) await expect(answerNow.first()).toBeVisible();
});

test('copy buttons sit on strings to paste, not on labels of a screen', async ({ wizard }) => {
  await wizard.start('cookie-auth');
  await wizard.answerUntilDiagnosis({ 'auth.method': 'basic', 'auth.loginReason': 'AUTHENTICATION_DENIED' });
  const cause = wizard.diagnosedCause('cookie-auth/captcha');
  await expect(cause).toHaveAttribute('data-status', 'confirmed');
  await expect(cause.getByTestId('ui-label').filter({ hasText: 'Reset failed login count' }).first()).toBeVisible();
  await expect(cause.getByRole('button', { name: 'Copy Reset failed login count' })).toHaveCount(0);
});
