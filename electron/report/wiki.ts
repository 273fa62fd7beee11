import { reportDocument, type Block, type Line } from './document';
import type { ReportModel } from './model';
import { visible } from './visible';

/**
 * Jira wiki markup, the text a Jira Data Center issue or comment renders (reportDocument's
 * outline). Like the Markdown, it is a document, not a program: every text from the session is
 * escaped the way Jira's own renderer escapes text (com.atlassian.renderer's escapeWiki: a backslash
 * before each character of its list), so a value never becomes a macro, a link, an image, a user
 * mention, a table cell, a heading, an emoticon or a line break; a URL is not turned into a link
 * (reports carry none).
 */
export function renderWiki(model: ReportModel): string {
  return `${reportDocument(model).map(block).join('\n\n')}\n`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `h${b.level}. ${wikiText(b.text)}`;
    case 'paragraph':
      return inline(b.text);
    case 'quote':
      return `bq. ${inline(b.text)}`;
    case 'list':
      // A list item holds one line: the exact strings to paste follow the list, each in a block of its own.
      return b.items.map((item) => [`* ${inline(item.text)}`, ...(item.code ?? []).map(noformat)].join('\n')).join('\n');
    case 'table':
      return [`||${b.head.map(cell).join('||')}||`, ...b.rows.map((cells) => `|${cells.map((c) => cell(inline(c))).join('|')}|`)].join('\n');
    case 'code':
      return noformat(b.text);
  }
}

/** An empty cell would merge with its neighbour: it holds a space. */
function cell(text: string): string {
  return text.trim() ? text : ' ';
}

function inline(line: Line): string {
  return line
    .map((part) => {
      if (typeof part === 'string') return wikiText(part);
      const text = wikiText('strong' in part ? part.strong : part.code).trim();
      if (!text) return '';
      // Jira reads *…* and {{…}} only where they touch no letter or digit outside: a space keeps them apart.
      return 'strong' in part ? `*${text}*` : `{{${text}}}`;
    })
    .join('');
}

/**
 * Characters Jira reads as markup. Those its renderers parse before (or without) looking for a
 * backslash are written as character references, which Jira shows as the character itself: a
 * macro's or a link's bracket, a table's bar, an image's "!", a backslash (two make a line break),
 * "&" (an entity) and ":" (an emoticon such as ":D", or a URL that Jira turns into a link, before
 * "//"). The rest get the backslash Jira's own escapeWiki puts before them; of those, the marks of
 * bold, italics, strike-through and the like open and close only next to a space or a symbol, so
 * one between two ASCII letters or digits ("mail-oauth", "2026-03-31", "max_retries") stays as it
 * is, and so does a "?" that is not next to another.
 */
const MARKUP = /[&\\{}[\]|!]|:(?![\s\d]|$)|[#%()*+?@^_~-]/g;
const PHRASE = new Set(['*', '_', '-', '+', '^', '~']);
const ALNUM = /[A-Za-z0-9]/;

/** Text that Jira shows literally, on one line, wherever it stands (a heading, a cell, the start of a line). */
export function wikiText(text: string): string {
  return visible(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(MARKUP, (c, at: number, all: string) => {
      if (/[&\\{}[\]|!:]/.test(c)) return `&#${c.charCodeAt(0)};`;
      // One "?" is text; "??" starts or ends a citation.
      if (c === '?') return all[at - 1] === '?' || all[at + 1] === '?' ? '\\?' : c;
      return PHRASE.has(c) && ALNUM.test(all[at - 1] ?? '') && ALNUM.test(all[at + 1] ?? '') ? c : `\\${c}`;
    })
    // "h1. " and "bq. " at the start of a line make a heading or a quote.
    .replace(/^(\s*)(h[1-6]|bq)\./, '$1$2&#46;');
}

/**
 * A block shown exactly as written. Nothing inside {noformat} is markup except its own closing
 * tag, so a text that holds one (in any letter case) is written line by line as escaped text instead.
 */
export function noformat(text: string): string {
  const shown = visible(text);
  if (/\{noformat/i.test(shown)) return shown.split('\n').map((l) => `{{${wikiText(l) || ' '}}}`).join('\n');
  return `{noformat}\n${shown}\n{noformat}`;
}
