import { reportDocument, type Block, type Line } from './document';
import type { ReportModel } from './model';
import { visible } from './visible';

/**
 * Markdown to paste into a ticket (reportDocument's outline). A report is a document, not a
 * program: every text from the session (a name, an answer, an error, a log line, a file name) is
 * escaped so it shows as written, never as markup, HTML or a link; code spans and blocks get a
 * fence longer than any backtick run inside them; a newline never ends a heading, a list item or a
 * table row; invisible and direction-changing characters are shown as code points.
 */
export function renderMarkdown(model: ReportModel): string {
  return `${reportDocument(model).map(block).join('\n\n')}\n`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${esc(b.text)}`;
    case 'paragraph':
      return inline(b.text);
    case 'quote':
      return `> ${inline(b.text)}`;
    case 'list':
      return b.items
        .flatMap((item) => [`- ${b.checklist ? '[ ] ' : ''}${inline(item.text)}`, ...(item.code ?? []).flatMap((c) => codeBlock(c, '  '))])
        .join('\n');
    case 'table':
      return [row(b.head.map(esc)), row(b.head.map(() => '---')), ...b.rows.map((cells) => row(cells.map((cell) => inline(cell, true))))].join('\n');
    case 'code':
      return codeBlock(b.text, '').join('\n');
  }
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** `inTable`: in a table's cell, where a bar ends the cell even inside a code span unless escaped (GitHub's tables). */
function inline(line: Line, inTable = false): string {
  return line
    .map((part) => {
      if (typeof part === 'string') return esc(part);
      if ('strong' in part) return `**${esc(part.strong)}**`;
      return inTable ? code(part.code).replace(/\|/g, '\\|') : code(part.code);
    })
    .join('');
}

/**
 * Text that Markdown shows literally on one line: every character CommonMark or GitHub could read
 * as markup (emphasis, links, images, HTML, entities, tables, strikethrough, headings) is escaped,
 * and a leading list or quote marker too, so a value can start a line or fill a table cell safely.
 */
export function esc(text: string): string {
  return visible(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_{}[\]()<>#|~&!]/g, '\\$&')
    .replace(/^([-+=]|\d+(?=[.)]))/, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** An inline code span that no backtick in the text can end (the fence is longer than any run inside). */
export function code(text: string): string {
  const t = visible(text).replace(/\s*\n\s*/g, ' ');
  const fence = '`'.repeat(longestRun(t) + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || /^ .* $/.test(t) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A fenced code block, indented under a list item, whose fence no line inside can close. */
export function codeBlock(text: string, indent: string): string[] {
  const lines = visible(text).split('\n');
  const fence = '`'.repeat(Math.max(3, longestRun(text) + 1));
  return [`${indent}${fence}`, ...lines.map((l) => `${indent}${l}`), `${indent}${fence}`];
}

function longestRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}
