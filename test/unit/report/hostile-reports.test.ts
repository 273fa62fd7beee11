import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, type Node } from 'commonmark';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../knowledge/contract/session';
import type { ScanReport } from '../../../knowledge/contract/scan';
import { maskedReportInput, readReportInput, renderReport, ReportInputError, type ReportInput } from '../../../electron/report/index';
import { reportInputFrom } from '../../../electron/report/input';
import { visible } from '../../../electron/report/visible';
import { maskSecrets } from '../../../electron/text/mask';
import { noformat, wikiText } from '../../../electron/report/wiki';

/**
 * A report is a document, not a program: whatever a session holds (a name, a pasted error, a log
 * line, a file name from a crafted scan report), the Markdown has no HTML, no link, no heading or
 * code span it did not make itself, and no invisible or direction-changing character; the PDF has
 * no link or script, and a value that is not text is refused before anything is laid out.
 */

const dir = mkdtempSync(join(tmpdir(), 'jira-doctor-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FRAGMENTS = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!-- x -->', '<a href="javascript:alert(1)">x</a>', '`', '``', '```', '````js',
  '[click](javascript:alert(1))', '![x](javascript:alert(1))', '[x]: javascript:alert(1)', '<https://evil.example>', 'https://evil.example/a_b',
  '\n# heading\n', '\n## h2', '\n', '\r\n', '\r', '*', '**', '_', '__', '|', '\\', '&lt;b&gt;', '&#x3C;script&#x3E;', '&amp;', '~~x~~',
  '\u202Egnp.exe', '\u2066', '\u200B', '\uFEFF', '\u0000', '\u001b[31m', '\u0007', '\u0085', '- ', '+ ', '1. ', '2) ', '> ', '---', '===', '    indented',
  '{{fact:x}}', '$(rm -rf /)', '日本語のエラー',
  // Jira wiki markup: macros, links, mentions, images, tables, headings, quotes, effects, emoticons, line breaks, entities, auto-links.
  '{code}', '{noformat}', '{NOFORMAT}', '{html}<b>x</b>{html}', '{color:red}', '{panel:title=x}', '{{mono}}', '[x|http://evil.example]', '[~admin]', '[^file.txt]',
  '!http://evil.example/x.png!', '||h||', '|c|', 'h1. ', 'bq. ', '* ', '# ', '-- ', '---', '----', '*bold*', '_em_', '-del-', '+ins+', '^sup^', '~sub~', '??cite??',
  ':)', ':D', ';)', '(y)', '(/)', '(!)', '\\\\', '\\', '&#123;', '&amp;', 'mailto:a@b.example', 'file:///etc/passwd', 'a-b', '2026-03-31', 'snake_case',
];
const hostile = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
/** What the text reads as on one line, as the report shows it. */
const shown = (s: string) => visible(s).replace(/\s*\n\s*/g, ' ').trim();

const at = '2026-11-20T10:15:01.123Z';

function scanWith(texts: string[]): ScanReport {
  return {
    schemaVersion: 1, startedAt: at, finishedAt: at, cancelled: false, bytesRead: 10, facts: {}, factSources: {},
    signatures: [{ id: 'x', title: texts[0]!, meaning: texts[1]!, supports: [], count: 1, file: texts[2]!, line: 1, samples: [texts[3]!] }],
    authentication: [{ user: texts[4]!, passed: 1, failed: 1, notPermitted: 0, captcha: 0 }],
    ldapServers: [], nodes: [], versions: {},
    files: [{ name: texts[5]!, kind: 'log', bytes: 10, lines: 1, status: 'partial', problem: texts[6]!, notes: [] }],
  };
}

function sessionWith(texts: string[]): Session {
  return {
    schemaVersion: 1, id: 'hostile', name: `Report ${texts[0]!}`.slice(0, 200), createdAt: at, updatedAt: at, knowledgeVersion: '2026.11.0',
    answers: [
      { fact: 'symptom', value: 'mail-oauth', source: { kind: 'user' }, at },
      { fact: 'errors', value: texts, source: { kind: 'user' }, at },
      // A host that is only white space is refused by the fact's shape, as it should be: keep one that is not.
      { fact: 'mail.host', value: texts[1]!.trim() ? texts[1]! : 'x', source: { kind: 'check', check: texts[2]! || 'c', why: texts[3]! }, at },
    ],
    unknown: [],
    checks: {
      facts: {}, startedAt: at, finishedAt: at,
      evidence: [{
        check: 'mail', title: texts[4]!, startedAt: texts[5]!, durationMs: 5, outcome: 'failed', exchanges: [],
        concluded: [{ fact: 'mail.host', value: texts[6]!, why: texts[7]! }], problem: { code: 'other', message: texts[0]!, advice: texts[1]! }, notes: texts,
      }],
    },
    scan: scanWith(texts),
  };
}

function nodes(markdown: string): Node[] {
  const walker = new Parser().parse(markdown).walker();
  const all: Node[] = [];
  for (let event = walker.next(); event; event = walker.next()) if (event.entering) all.push(event.node);
  return all;
}

function textOf(node: Node): string {
  let text = '';
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) if (event.entering && event.node.literal !== null && event.node.type !== node.type) text += event.node.literal;
  return text;
}

const hostileTexts = fc.array(hostile, { minLength: 8, maxLength: 8 });

describe('a Markdown report of a hostile session', () => {
  it('has no HTML, no link or image, no heading it did not make, and code spans that hold the value whole', async () => {
    await fc.assert(
      fc.asyncProperty(hostileTexts, async (texts) => {
        const session = sessionWith(texts);
        const markdown = (await renderReport(reportInputFrom(session, 'hostile.json'), { format: 'md', today: '2026-11-23' })).bytes.toString('utf8');
        const all = nodes(markdown);
        expect(all.filter((n) => ['html_inline', 'html_block', 'link', 'image'].includes(n.type)).map((n) => n.literal ?? n.destination)).toEqual([]);
        const headings = all.filter((n) => n.type === 'heading');
        // Texts as a report shows them: masked like every text that enters a report ("passwd===" reads as a password).
        expect(headings.filter((h) => h.level === 1).map(textOf)).toEqual([shown(maskSecrets(session.name).trim())]);
        expect(headings.map(textOf)).toContain(shown(maskSecrets(texts[4]!)));
        // The evidence's conclusion: its value in one code span, whatever backticks it holds.
        const value = visible(maskSecrets(texts[6]!)).replace(/\s*\n\s*/g, ' ');
        if (value) expect(all.filter((n) => n.type === 'code').map((n) => n.literal)).toContain(value);
        // Nothing invisible or direction-changing survives; the admin sees its code point instead.
        // eslint-disable-next-line no-control-regex -- the control characters are what must not appear
        expect(markdown).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a PDF report of a hostile session', () => {
  it('lays out every value as text: no link, no script, no action', async () => {
    await fc.assert(
      fc.asyncProperty(hostileTexts, async (texts) => {
        const pdf = (await renderReport(reportInputFrom(sessionWith(texts), 'hostile.json'), { format: 'pdf', today: '2026-11-23' })).bytes.toString('latin1');
        expect(pdf).not.toMatch(/\/(URI|JavaScript|JS|Launch|SubmitForm|Annots)\b/);
      }),
      { numRuns: 3 },
    );
  });

  it('refuses a crafted session whose sample line is an object (a pdfmake link) with a plain message, in every way a report is made', async () => {
    const session = sessionWith(Array.from({ length: 8 }, (_, i) => `text ${i}`));
    const crafted = { ...session, scan: { ...scanWith(Array.from({ length: 8 }, (_, i) => `t${i}`)), signatures: [{ ...scanWith(['a', 'b', 'c', 'd', 'e', 'f', 'g']).signatures[0]!, samples: [{ text: 'click me', link: 'javascript:alert(1)' }] }] } };
    const file = join(dir, 'crafted.json');
    writeFileSync(file, JSON.stringify(crafted));
    await expect(readReportInput(file)).rejects.toThrow(/samples\.0: .*string/);
    // Built by other code, not read from a file: validated as it becomes what a report is made from.
    const built = { answers: [], unknown: [], scan: crafted.scan } as unknown as ReportInput;
    expect(() => maskedReportInput(built)).toThrow(ReportInputError);
  });

  it('says plainly what a scan report without its lists lacks', async () => {
    const { authentication: _a, ldapServers: _l, nodes: _n, ...partial } = scanWith(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const file = join(dir, 'partial-scan.json');
    writeFileSync(file, JSON.stringify(partial));
    await expect(readReportInput(file)).rejects.toThrow(/authentication: missing \(expected array\).*ldapServers: missing.*nodes: missing/);
  });
});

describe('a report of a huge session', () => {
  it('summarises past its budget and says so, in a bounded number of pages', async () => {
    const big = sessionWith(['huge'].concat(Array.from({ length: 7 }, (_, i) => `text ${i}`)));
    const evidence = big.checks!.evidence[0]!;
    const session: Session = {
      ...big,
      answers: [...big.answers.slice(0, 2), { fact: 'jvm.args', value: '-Dx=y '.repeat(100_000), source: { kind: 'user' }, at }],
      checks: { ...big.checks!, evidence: Array.from({ length: 400 }, (_, i) => ({ ...evidence, title: `Check ${i}`, notes: Array.from({ length: 30 }, (_, j) => `note ${j}`) })) },
      scan: { ...scanWith(Array.from({ length: 8 }, (_, i) => `t${i}`)), signatures: Array.from({ length: 1_000 }, (_, i) => ({ ...scanWith(['a', 'b', 'c', 'd', 'e', 'f', 'g']).signatures[0]!, id: `s${i}`, title: `Signature ${i}` })) },
    };
    const input = reportInputFrom(session, 'huge.json');
    const pdf = (await renderReport(input, { format: 'pdf', today: '2026-11-23' })).bytes;
    const info = spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    if (info.error === undefined) {
      const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
      expect(pages).toBeLessThan(60);
      const text = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      expect(text).toContain('The report shows the first 20 of 400 automated check results; the JSON export holds them all.');
      expect(text).toContain('The report shows the first 40 of 1,000 log signatures found');
      expect(text).toMatch(/long texts are cut at 2,000 characters/);
    }
    const markdown = (await renderReport(input, { format: 'md', today: '2026-11-23' })).bytes.toString('utf8');
    expect(markdown.length).toBeLessThan(300_000);
    expect(markdown).toContain('first 20 of 400 automated check results');
    // The JSON export is the whole session, nothing summarised.
    const json = JSON.parse((await renderReport(input, { format: 'json', today: '2026-11-23' })).bytes.toString('utf8')) as Session;
    expect(json.checks!.evidence).toHaveLength(400);
  });
});

/**
 * Jira wiki markup as Jira's renderer reads it (com.atlassian.renderer): what in a text would be
 * markup rather than characters. A backslash before one of its escapable characters and a character
 * reference are text; everything else listed here is a macro, link, image, table, heading, list,
 * quote, effect, emoticon, auto-link or line break.
 */
const ESCAPABLE = '!#%()*+-?@[\\]^_{|}~';
function wikiMarkup(text: string): string[] {
  const found: string[] = [];
  const alnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
  for (const line of text.split('\n')) {
    const start = /^\s*(h[1-6]\.|bq\.|[*#-]+\s|----|\|)/.exec(line);
    if (start) found.push(`line:${start[1]!.trim()}`);
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      const rest = line.slice(i);
      if (c === '\\') {
        if (line[i + 1] === '\\') found.push('\\\\');
        else if (ESCAPABLE.includes(line[i + 1] ?? '')) i++;
        else found.push('\\');
        continue;
      }
      const entity = /^&(#\d+|#x[0-9a-f]+|[a-z]+);/i.exec(rest);
      if (entity) {
        i += entity[0].length - 1;
        continue;
      }
      if ('{}[]|!()@%&'.includes(c)) found.push(c);
      else if ('*_-+^~'.includes(c) && !(alnum(line[i - 1]) && alnum(line[i + 1]))) found.push(c);
      else if (c === '?' && (line[i + 1] === '?' || line[i - 1] === '?')) found.push('??');
      else if (c === ':' && /^:(\/\/|[PpDd(])/.test(rest)) found.push(rest.slice(0, 2));
      else if (/^(https?|ftp|file|mailto|news|nntp):/i.test(rest) && !alnum(line[i - 1])) found.push('url');
    }
  }
  return found;
}

/** The characters Jira shows for escaped wiki text. */
function wikiShown(text: string): string {
  return text.replace(/\\([!#%()*+\-?@[\]^_{|}~])|&#(\d+);/g, (_, escaped: string | undefined, code: string | undefined) => escaped ?? String.fromCharCode(Number(code)));
}

/** The same session with every visible character of its texts replaced, keeping their shape (spaces, lines, length). */
const plain = (texts: string[]) => texts.map((t) => t.replace(/\S/g, 'a'));

describe('a Jira wiki markup report of a hostile session', () => {
  it('shows every value as the characters it holds, never as markup, wherever it stands', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = wikiText(text);
        // At the start of a line (a paragraph) and within one (a cell, a list item).
        for (const context of [escaped, `x ${escaped} x`]) expect(wikiMarkup(context)).toEqual([]);
        expect(wikiShown(escaped)).toBe(visible(text).replace(/\s*\n\s*/g, ' '));
        // A block to paste (a command, a JVM argument) is shown exactly, or line by line as text when it holds the block's own end.
        const block = noformat(text).split('\n');
        if (block[0] === '{noformat}') expect(block.slice(1, -1).join('\n')).toBe(visible(text).replace(/\r\n?/g, '\n'));
        else block.forEach((l) => expect(wikiMarkup(l.slice(2, -2))).toEqual([]));
      }),
      { numRuns: 400 },
    );
  });

  it('has the same markup as the same session with plain texts: no value adds a macro, link, table cell, heading or line', async () => {
    await fc.assert(
      fc.asyncProperty(hostileTexts, async (texts) => {
        const wiki = async (t: string[]) => (await renderReport(reportInputFrom(sessionWith(t), 'hostile.json'), { format: 'wiki', today: '2026-11-23' })).bytes.toString('utf8');
        const [hostileWiki, plainWiki] = await Promise.all([wiki(texts), wiki(plain(texts))]);
        expect(wikiMarkup(hostileWiki)).toEqual(wikiMarkup(plainWiki));
        expect(hostileWiki.split('\n')).toHaveLength(plainWiki.split('\n').length);
        // eslint-disable-next-line no-control-regex -- the control characters are what must not appear
        expect(hostileWiki).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/);
      }),
      { numRuns: 60 },
    );
  });
});
