import type { Locator, Page } from '@playwright/test';
import { ja } from '../../renderer/i18n/ja';
import { expect, test } from './fixtures';

/**
 * The Japanese window as a Japanese admin walks it (issue 16): every screen and state — the start,
 * triage, a question with its help, a pasted error, added logs and a refused upload, the checks
 * form with its refusals and its results, the sign-in step and its refusals, the diagnosis, the
 * export preview, saved sessions and a refused import, a lost server — is searched for English
 * sentences outside exact strings. What a sentence is: four or more English words in a row with at
 * least one of English's small words (the, to, is, …), once exact strings are taken out: code and
 * other exact elements, quoted text, addresses, paths, hosts, scopes, flags and the English menu
 * labels Atlassian's Japanese pages do not confirm (shown beside the Japanese). A product's name
 * ("Jira Service Management") has no small word; a sentence always has.
 */

/**
 * English the window shows on purpose: Microsoft's own product names that its Japanese pages keep
 * in English, and the texts of others' parts still to come in Japanese (named, so that the test
 * starts failing on them once they are).
 */
const EXACT_NAMES = ['Outlook on the web'];

/**
 * English of other parts, still to come in Japanese (each named with where it is written): reported
 * by the test as it runs, not failed, so the rest stays guarded meanwhile.
 */
const OTHERS_PENDING: { pattern: RegExp; writtenBy: string }[] = [];

/** Elements whose text is exact in every language. */
const EXACT = 'code, pre, kbd, samp, script, style, textarea, input, [translate="no"], [data-testid="ui-label"], [data-testid="copyable"]';

const SMALL_WORDS = /\b(the|a|an|to|of|is|are|was|were|be|been|in|on|for|with|and|or|not|this|that|it|its|by|from|as|at|can|has|have|will|your|you|do|does|did|there|than|before|after|into|no)\b/;

/** The English sentences of one text, once exact strings are taken out. */
function sentencesIn(text: string): boolean {
  const cleaned = EXACT_NAMES.reduce((t, n) => t.split(n).join(' '), text)
    .replace(/"[^"]*"|“[^”]*”|「[^」]*」|‘[^’]*’|\([^)]*[/.=:_@][^)]*\)/g, ' ')
    .replace(/\S*(?:[/\\@=_]|\.\w|:\/\/|\d)\S*/g, ' ')
    .replace(/--[a-z][a-z-]*/g, ' ');
  return (cleaned.match(/[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){3,}/g) ?? []).some((run) => SMALL_WORDS.test(run));
}

/** The texts given that hold an English sentence, as "where: text"; others' pending English is noted, not returned. */
function english(texts: string[], where: string): string[] {
  const found = [...new Set(texts.map((t) => t.trim()).filter(sentencesIn))];
  const pending = found.filter((text) => OTHERS_PENDING.some((p) => p.pattern.test(text)));
  for (const text of pending) test.info().annotations.push({ type: 'English of another part', description: `${where}: ${text}` });
  return found.filter((text) => !pending.includes(text)).map((text) => `${where}: ${text}`);
}

/** Every text drawn on the page outside exact elements (and the placeholders shown), searched for English sentences. */
async function englishOnScreen(page: Page, where: string, notHere: string[] = []): Promise<string[]> {
  const texts = await page.evaluate((exact) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(exact)) continue;
      // Only what is drawn: not in a closed <details>, not hidden, not clipped away for screen readers only.
      if (!parent.getClientRects().length || parent.closest('.visually-hidden')) continue;
      out.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]')) if (el.getClientRects().length) out.push(el.placeholder);
    return out;
  }, [EXACT, ...notHere].join(', '));
  return english(texts, where);
}

async function shot(page: Page, name: string, part?: Locator): Promise<void> {
  const path = `test-results/screenshots/${name}.png`;
  await (part ? part.screenshot({ path }) : page.screenshot({ path }));
}

// The cookie XSRF walk: a short way to a diagnosis (as japanese.spec.ts takes it).
const COOKIE_XSRF = { 'auth.method': 'cookie', 'request.formEncoded': 'true', 'request.hasNoCheckHeader': 'false' };
const LOG = [
  "2026-11-20 08:02:37,101+0000 ERROR [] Caesium-1-3 ServiceRunner Refresh Token Failed. Reported Reason: AADSTS7000222: The provided client secret keys for app '0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret",
  '',
].join('\n');

test.describe('the Japanese window has no English sentence outside exact strings', () => {
  test.use({ locale: 'ja-JP' });

  test('the start, triage, a question with help, a pasted error, added logs, the diagnosis and the export', async ({ wizard, page }) => {
    test.setTimeout(150_000);
    const found: string[] = [];
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    found.push(...(await englishOnScreen(page, 'start')));

    // Triage: an admin who does not know which problem it is.
    await wizard.start('unsure');
    await wizard.expectView('triage');
    found.push(...(await englishOnScreen(page, 'triage')));

    await wizard.openNew();
    await wizard.start('cookie-auth');
    await expect(wizard.question.getByTestId('help')).toContainText(ja['question.why']);
    found.push(...(await englishOnScreen(page, 'question with help')));

    // A pasted error that matches, one that does not; a log file scanned; a refused upload.
    await page.getByTestId('open-paste').click();
    const paste = page.getByLabel(ja['paste.label']);
    await paste.fill('AADSTS7000222: The provided client secret keys for app are expired.');
    await expect(page.getByTestId('paste-match').first()).toBeVisible();
    found.push(...(await englishOnScreen(page, 'paste (matched)')));
    await paste.fill('Something went wrong in a way nobody has seen before.');
    await expect(page.getByTestId('paste-matches')).toContainText(ja['paste.noMatch']);
    found.push(...(await englishOnScreen(page, 'paste (no match)')));
    await page.getByTestId('log-files').setInputFiles({ name: 'atlassian-jira-incoming-mail.log', mimeType: 'text/plain', buffer: Buffer.from(LOG) });
    await expect(page.getByTestId('scan-summary')).toContainText('AADSTS7000222');
    found.push(...(await englishOnScreen(page, 'logs added')));
    await shot(page, 'ja-sweep-logs', page.getByTestId('scan-summary'));
    await page.getByTestId('log-files').setInputFiles(Array.from({ length: 101 }, (_, i) => ({ name: `node${i}.log`, mimeType: 'text/plain', buffer: Buffer.from('x\n') })));
    const refused = page.getByTestId('paste-panel').getByRole('alert');
    await expect(refused).toContainText('一度に読み取れるファイルは 100 個までです');
    found.push(...(await englishOnScreen(page, 'upload refused')));
    await shot(page, 'ja-sweep-upload-refused', refused);

    await wizard.answerUntilDiagnosis(COOKIE_XSRF);
    await expect(wizard.diagnosis.getByRole('heading', { level: 1 })).toContainText(ja['diagnosis.title']);
    found.push(...(await englishOnScreen(page, 'diagnosis')));
    await wizard.diagnosis.getByTestId('export').getByRole('button', { name: ja['export.md'] }).click();
    const preview = page.getByTestId('export-preview');
    await expect(preview).toContainText('## 最初にすること');
    found.push(...(await englishOnScreen(page, 'export preview')));
    // The preview is the report's Markdown: its fenced and inline code are exact, the rest is the report's words.
    const markdown = (await preview.textContent())!.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ');
    found.push(...english(markdown.split('\n'), 'export preview (the report)'));

    expect(found).toEqual([]);
  });

  test('the checks form and its refusals and results, the sign-in step and its refusals', async ({ checks, page, testbed }) => {
    test.setTimeout(120_000);
    const found: string[] = [];
    await page.getByTestId('preflight').click();
    await expect(checks.root).toBeVisible();
    found.push(...(await englishOnScreen(page, 'pre-flight form')));

    // The sign-in step refuses to paste an address without Jira's Redirect URL: the services' words, in Japanese.
    await checks.field('mailUser').fill('helpdesk@example.com');
    await checks.field('azureTenant').fill('contoso.onmicrosoft.com');
    await checks.field('azureClientId').fill('c0ffee00-0000-4000-8000-000000000001');
    await checks.root.getByTestId('sign-in-mode-paste').check();
    await checks.root.getByTestId('sign-in').click();
    await expect(checks.root.getByTestId('sign-in-failure')).toContainText('Jira のリダイレクト URL');
    // The field it names is shown, with what is missing under it.
    await expect(checks.field('oauthRedirectUri')).toBeVisible();
    await expect(checks.root.getByTestId('field-problem').filter({ hasText: 'リダイレクト URL が必要です' })).toBeVisible();
    found.push(...(await englishOnScreen(page, 'sign-in refused')));
    await shot(page, 'ja-sweep-sign-in-refused', checks.root.getByTestId('mail-sign-in'));

    // The checks form with settings that need a correction.
    await page.goto('/#/new');
    await page.getByTestId('open-checks').click();
    await checks.field('baseUrl').fill('jira.example.com:8080/jira');
    await checks.root.getByTestId('run-checks').click();
    await expect(checks.problems.or(checks.error)).toBeVisible();
    found.push(...(await englishOnScreen(page, 'checks refused')));
    await shot(page, 'ja-sweep-checks-refused', checks.root);

    // The checks' results against the test bed's Jira, each check's evidence opened.
    await checks.field('baseUrl').fill(testbed.jira!.roundRobin);
    await checks.root.getByTestId('run-checks').click();
    await checks.expectFinished();
    await checks.root.evaluate((root) => root.querySelectorAll('details').forEach((d) => (d.open = true)));
    found.push(...(await englishOnScreen(page, 'checks results')));

    expect(found).toEqual([]);
  });

  test('saved sessions, a refused import and a lost server', async ({ wizard, sessions, page }) => {
    const found: string[] = [];
    // The other tests of this worker saved sessions in the same data folder, named in their own
    // windows' language when they were made: those rows are not this window's words.
    await sessions.open();
    const earlier = (await page.getByTestId('session-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-session-id')))).map((id) => `[data-session-id="${id}"]`);
    await wizard.openNew();
    // A session with a result: the list names it in the window's language.
    await wizard.start('cookie-auth');
    await wizard.answerUntilDiagnosis(COOKIE_XSRF);
    await wizard.expectSaved();
    await sessions.open();
    await expect(page.getByTestId('session-result').first()).not.toBeEmpty();
    found.push(...(await englishOnScreen(page, 'saved sessions', earlier)));
    await page.getByLabel(ja['sessions.importFile']).setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('this is not JSON') });
    await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'notes.json' })).toContainText('JSON ではありません');
    found.push(...(await englishOnScreen(page, 'import refused', earlier)));
    await shot(page, 'ja-sweep-import-refused');

    // The server is gone (its terminal closed): every call fails before reaching it.
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.reload();
    await expect(page.getByText('jira-doctor が応答しません').first()).toBeVisible();
    found.push(...(await englishOnScreen(page, 'server lost')));
    await shot(page, 'ja-sweep-server-lost');

    expect(found).toEqual([]);
  });
});
