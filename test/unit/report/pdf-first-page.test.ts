import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { diagnose, firstActions, type Facts } from '../../../knowledge/core';
import type { Evidence } from '../../../knowledge/contract/checks';
import { maskedReportInput, renderReport, type ReportInput } from '../../../electron/report/index';
import { pageBreakBefore } from '../../../electron/report/pdf';

/**
 * The PDF's first page carries the whole story for a manager (issue 12 §4): every confirmed cause,
 * the actions to take first in their order with their whole first step, and the status line; the
 * pages after it never end on a heading, never run nearly empty, and never say "no answer" of a
 * query that was answered. Read with poppler's pdftotext, page by page, as a reader sees them.
 */

const today = '2026-11-23';
const at = '2026-11-20T10:00:00.000Z';
const poppler = spawnSync('pdftotext', ['-v']).error === undefined;

function inputOf(facts: Facts, extra: Partial<ReportInput> = {}): ReportInput {
  return {
    name: 'Diagnosis for the change board',
    answers: Object.entries(facts).map(([fact, value]) => ({ fact, value, source: { kind: 'user' }, at })) as ReportInput['answers'],
    unknown: [],
    ...extra,
  };
}

async function pages(input: ReportInput): Promise<string[]> {
  const pdf = (await renderReport(maskedReportInput(input), { format: 'pdf', today })).bytes;
  const count = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }).stdout)?.[1]);
  return Array.from({ length: count }, (_, i) =>
    spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-', '-'], { input: pdf, encoding: 'utf8' }).stdout,
  );
}

/** One line of text, as the words run on the page (pdftotext breaks lines where the layout does). */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

const MAIL: Facts = {
  symptom: 'mail-oauth',
  'mail.provider': 'microsoft',
  'mail.protocol': 'pop',
  'jira.version': '8.12.3',
  'mail.handler': 'jira',
  'azure.secretExpiresOn': '2026-01-01',
  'mailbox.licensed': false,
  'oauth.scopes': 'openid email',
  'mailbox.kind': 'shared',
  errors: ['AADSTS7000222: The provided client secret keys are expired'],
};
const XSRF: Facts = { symptom: 'cookie-auth', errors: ['XSRF check failed'], 'request.formEncoded': true, 'request.hasNoCheckHeader': false, 'auth.method': 'cookie' };

describe.skipIf(!poppler)('the PDF report', () => {
  it('names every confirmed cause, the first actions in order with their first step, and the status on page one', async () => {
    const diagnosis = diagnose(MAIL, { today });
    const confirmed = diagnosis.causes.filter((c) => c.status === 'confirmed');
    expect(confirmed.length).toBeGreaterThanOrEqual(4);
    const [one] = await pages(inputOf(MAIL));
    const page = flat(one!);
    for (const cause of confirmed) expect(page).toContain(flat(cause.title));
    // In the order they must happen: the upgrade before the scope fix that needs it.
    const actions = firstActions(diagnosis);
    expect(actions.map((a) => a.cause.id)).toEqual(['mail-oauth/pop-unsupported', 'mail-oauth/scopes']);
    // The step's start: the PDF writes the menu's cog symbol, which its font lacks, in words.
    const where = actions.map((a) => page.indexOf(flat(a.solution.steps[0]!.text).split('⚙')[0]!));
    expect(where.every((i) => i > 0)).toBe(true);
    expect(where).toEqual([...where].sort((a, b) => a - b));
    expect(page).toMatch(/\d+ causes were considered: 4 confirmed, \d+ likely, \d+ still possible, \d+ ruled out\./);
    expect(page).toMatch(/Page 1 of \d+/);
  });

  it('shows a first step that ends on a colon with what it introduces', async () => {
    const [one] = await pages(inputOf(XSRF));
    const page = flat(one!);
    expect(page).toMatch(/for example when adding attachments: X-Atlassian-Token: no-check/);
  });

  it('keeps cause ids, fact names, section signs and command-line flags off its first two pages', async () => {
    const [one, two] = await pages(inputOf(MAIL));
    for (const page of [one!, two!]) {
      expect(page).not.toMatch(/mail-oauth\/|cookie-auth\/|rest-401\/|§|--[a-z]/);
      expect(page).not.toMatch(/\b(mail|oauth|azure|mailbox|jira)\.[a-z]+[A-Z]?\w*\s*=/);
    }
  });

  it('never ends a page on a heading and leaves no page nearly empty but the last', async () => {
    const headings = ['Every cause considered', 'Action plan by team', 'Evidence', 'What was answered', 'Open questions and assumptions', 'Sources', 'Jira administrator', 'Microsoft 365 administrator'];
    for (const facts of [MAIL, XSRF, { ...MAIL, 'mail.protocol': 'imap' as const }]) {
      const all = await pages(inputOf(facts));
      // Each section's heading is there: one kept with the room below it never goes missing on a page break.
      for (const heading of ['Every cause considered', 'Action plan by team', 'What was answered', 'Sources']) expect(flat(all.join('\n'))).toContain(heading);
      all.forEach((text, i) => {
        const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).filter((l) => !/^Page \d+ of \d+$|^jira-doctor · knowledge/.test(l));
        expect(headings, `page ${i + 1} ends on a heading`).not.toContain(lines.at(-1));
        if (i > 0 && i < all.length - 1) expect(lines.length, `page ${i + 1} is nearly empty`).toBeGreaterThan(12);
      });
    }
  });

  it("starts the detail on page two when page one's story fits on page one, else right after the story", async () => {
    const [one, two] = await pages(inputOf(MAIL));
    expect(one).not.toContain('Every cause considered');
    expect(two!.trimStart().startsWith('Every cause considered')).toBe(true);
    // A title so long the story runs onto page two: the detail follows it there, not on a page of its own.
    const long = await pages(inputOf(MAIL, { name: 'A very long session name '.repeat(70) }));
    const detail = long.findIndex((text) => text.includes('Every cause considered'));
    expect(detail).toBeGreaterThan(0);
    expect(long[detail]).toContain('WHAT TO DO FIRST');
  });

  it('says what a directory or mail server answered instead of "no answer"', async () => {
    const evidence: Evidence = {
      check: 'ldap',
      title: 'LDAP directory',
      startedAt: at,
      durationMs: 120,
      outcome: 'ok',
      exchanges: [
        { at, durationMs: 40, request: { method: 'LDAP', url: 'ldap://dc1.example.test:389', headers: {} }, transcript: ['connect ldap://dc1.example.test:389', 'groups (2): jira-users, staff'] },
        { at, durationMs: 40, request: { method: 'GET', url: 'https://jira.example.test/status', headers: {} } },
      ],
      concluded: [{ fact: 'ldap.consistent', value: true, why: 'both servers returned the same groups' }],
      notes: [],
    };
    const all = await pages(inputOf({ symptom: 'rest-401' }, { checks: { facts: {}, evidence: [evidence], startedAt: at, finishedAt: at } }));
    const text = flat(all.join('\n'));
    expect(text).toContain('LDAP ldap://dc1.example.test:389 → groups (2): jira-users, staff');
    // A request that got nothing back still says so.
    expect(text).toContain('GET https://jira.example.test/status → no answer');
    // The conclusion in the admin's words: the question it answers, not the fact's name.
    expect(text).not.toContain('ldap.consistent');
  });
});

describe('the layout rule for headings', () => {
  const page = { top: 56, pageInnerHeight: 730 };
  const node = (top: number, extra: object = {}) => ({ headlineLevel: 1, pageNumbers: [3], startPosition: { ...page, top }, ...extra });
  const following = (...nodes: object[]) => ({ getFollowingNodesOnPage: () => nodes as never[] });
  const body = { text: 'a line of the section', pageNumbers: [3], startPosition: page };

  it('moves a heading with only a table header and the footer after it to the next page', () => {
    expect(pageBreakBefore(node(300), following({ ...body, style: 'th' }, { ...body, style: ['small', 'footer'] }))).toBe(true);
    expect(pageBreakBefore(node(300), following({ ...body, style: 'th' }, body))).toBe(false);
    expect(pageBreakBefore({ ...node(300), headlineLevel: undefined }, following())).toBe(false);
  });
});

describe.skipIf(!poppler)('a very long answer in the PDF', () => {
  it('is printed up to the report\'s cut, running on over pages, not left out because its row is taller than a page', async () => {
    const properties = Array.from({ length: 90 }, (_, i) => `-Dcom.example.property${i}=value-number-${i}-of-a-long-jvm-argument-list`);
    // Long texts are cut at 2,000 characters in the PDF (the JSON export holds them whole).
    const beforeCut = Math.floor(2000 / (properties[0]!.length + 1));
    for (const language of ['en', 'ja'] as const) {
      const pdf = (await renderReport(maskedReportInput(inputOf({ ...MAIL, 'jvm.args': properties.join(' ') })), { format: 'pdf', today, language })).bytes;
      // Each property's name, which the layout never breaks (a table's columns can come out interleaved).
      const text = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).stdout;
      const shown = properties.slice(0, beforeCut).filter((_, i) => text.includes(`property${i}=`));
      expect(shown).toHaveLength(beforeCut);
    }
  });
});
