import { ARTICLE_TITLES } from '../../knowledge/contract/diagnosis';
import type { FileReader } from '../resources/app-files';
import { ServiceError } from './errors';
import { serviceWords } from './words';

/**
 * The cited sections of the bundled articles (knowledge/sources). The articles are plain text
 * without markup, so each article's headings are listed here; a section runs from its heading to
 * the next one. Knowledge cites sections in the article's own words ("Cause 1", "Root Cause 8",
 * "要約 (Summary)") or by their English name ("Solution for Root Cause 8" for 根本原因の解決策 8).
 */

export type Article = '000' | '001' | '002' | '003' | 'facts';

/** The bundled file of each source, in knowledge/sources. */
export const SOURCE_FILES: Record<Article, string> = {
  '000': '000_589785da0127fb74.txt',
  '001': '001_98f64f14c27b40d8.txt',
  '002': '002_4bc46a18d7d57a84.txt',
  '003': '003_31ae4dcb190a8b98.txt',
  facts: 'jira-facts.md',
};

/**
 * A heading line, the other names a citation may use for it, and its depth where headings nest
 * (a section runs to the next heading of the same or a higher level; flat articles are all level 1).
 */
type Heading = {
  line: RegExp;
  aliases?: (m: RegExpExecArray) => string[];
  level?: (m: RegExpExecArray) => number;
  /**
   * A heading the page writes in Japanese (article 001 is the Japanese edition): its English name,
   * which the window shows and a citation may use.
   */
  english?: (m: RegExpExecArray) => string;
};

const exact = (...lines: string[]): Heading[] => lines.map((l) => ({ line: new RegExp(`^${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }));

const HEADINGS: Record<Article, Heading[]> = {
  '000': [
    ...exact('Summary', 'Environment', 'Diagnosis'),
    { line: /^Cause (\d+)$/ },
    { line: /^Solution (\d+)$/ },
  ],
  '001': [
    { line: /^要約$/, english: () => 'Summary' },
    { line: /^環境$/, english: () => 'Environment' },
    { line: /^診断$/, english: () => 'Diagnosis' },
    ...exact(
      'Checking the scopes',
      'Checking the Jira and Jira Service Management (JSM) version',
      'Checking the account used to authorize the mailbox',
      'Verifying that the mailbox is granted a license',
      'Checking the Jira application logs',
    ),
    { line: /^原因$/, english: () => 'Cause' },
    { line: /^(Root Cause \d+) - .+$/, aliases: (m) => [m[1]!] },
    { line: /^ソリューション$/, english: () => 'Solution' },
    {
      line: /^根本原因の解決策 (\d+)$/,
      aliases: (m) => [`Solution ${m[1]!}`],
      english: (m) => `Solution for Root Cause ${m[1]!}`,
    },
  ],
  '002': [
    ...exact('Cookie-based authentication', 'Overview', 'About these instructions', 'Before you begin', 'Advanced topics', 'CAPTCHAs', 'Form token checking'),
    { line: /^(Step \d+)\. .+$/, aliases: (m) => [m[1]!] },
  ],
  '003': exact('REST clients & authentication', 'Requirements and Setup', 'Risks and Problems'),
  // Markdown headings "## 4. OpenID Connect…" and "### 4.2 Microsoft identity platform", cited as "§4" and "§4.2".
  facts: [{ line: /^(#{2,3}) (\d+(?:\.\d+)?)\.? .+$/, aliases: (m) => [`§${m[2]!}`], level: (m) => m[1]!.length }],
};

/**
 * `heading` is in English; where the page writes it in Japanese, `originalHeading` is the heading as
 * published. `text` is the section as published (quoted source, never translated).
 */
export type SourceSection = { article: Article; title: string; heading: string; originalHeading?: string; text: string };

/** The sections of the bundled sources, read through `files` (appFiles('sources') in the app). */
export function createSources(files: FileReader) {
  const cache = new Map<Article, Promise<string>>();
  const text = (article: Article) => {
    let loaded = cache.get(article);
    if (!loaded) {
      loaded = files(SOURCE_FILES[article]).then((bytes) => {
        if (!bytes) throw new ServiceError('not-found', serviceWords().sourceMissing(article, SOURCE_FILES[article]));
        return bytes.toString('utf8');
      });
      cache.set(article, loaded);
    }
    return loaded;
  };
  return {
    async section(article: Article, section: string): Promise<SourceSection> {
      const found = findSection(article, await text(article), section);
      if (!found) {
        const sections = headingsOf(article, await text(article)).join(', ');
        throw new ServiceError('not-found', serviceWords().noSection(article, section, sections));
      }
      return { article, title: ARTICLE_TITLES[article], ...found };
    },
  };
}

/** Pure: the section of `body` whose heading (or one of its aliases) is `section`. */
export function findSection(article: Article, body: string, section: string): { heading: string; originalHeading?: string; text: string } | undefined {
  const lines = body.split(/\r?\n/);
  const wanted = namesOf(section);
  const starts = headingLines(article, lines);
  const index = starts.findIndex((h) => h.names.some((n) => wanted.has(normalize(n))));
  if (index === -1) return undefined;
  const start = starts[index]!;
  const end = starts.slice(index + 1).find((h) => h.level <= start.level)?.at ?? lines.length;
  const text = lines.slice(start.at + 1, end).join('\n').trim();
  return start.english ? { heading: start.english, originalHeading: start.line, text } : { heading: start.line, text };
}

function headingsOf(article: Article, body: string): string[] {
  return headingLines(article, body.split(/\r?\n/)).map((h) => h.names.at(-1)!);
}

type HeadingLine = { at: number; line: string; names: string[]; level: number; english?: string };

function headingLines(article: Article, lines: string[]): HeadingLine[] {
  const found: HeadingLine[] = [];
  lines.forEach((raw, at) => {
    const line = raw.trim();
    for (const heading of HEADINGS[article]) {
      const m = heading.line.exec(line);
      if (m) {
        const english = heading.english?.(m);
        found.push({ at, line, names: [line, ...(english ? [english] : []), ...(heading.aliases?.(m) ?? [])], level: heading.level?.(m) ?? 1, ...(english ? { english } : {}) });
        break;
      }
    }
  });
  return found;
}

/** "要約 (Summary)" may be cited as a whole, by its first part, or by the part in brackets. */
function namesOf(section: string): Set<string> {
  const names = new Set([normalize(section)]);
  const bracketed = /^(.*?)\s*\((.+)\)$/.exec(section.trim());
  if (bracketed) {
    names.add(normalize(bracketed[1]!));
    names.add(normalize(bracketed[2]!));
  }
  return names;
}

function normalize(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}
