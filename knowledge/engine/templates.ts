import type { FactName, Facts, FactValue } from '../contract/facts';
import type { Language } from '../i18n/translations';
import { engineWording } from './wording';

/**
 * Knowledge text templates: `{{fact:jira.version}}` (a fact's value), `{{var:oauthMenuPath}}` (a
 * variable chosen for this installation), `{{detail}}` (what the matching condition found).
 */
const PLACEHOLDER = /\{\{\s*(?:(fact|var):([A-Za-z0-9._-]+)|(detail))\s*\}\}/g;

export type Placeholder = { kind: 'fact' | 'var'; name: string } | { kind: 'detail' };

export function placeholdersOf(template: string): Placeholder[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) =>
    m[3] ? { kind: 'detail' as const } : { kind: m[1] as 'fact' | 'var', name: m[2]! },
  );
}

export type RenderContext = {
  facts: Facts;
  /** The rendered value of a variable. */
  variable: (id: string) => string;
  detail?: string;
  /** The language of the words said around facts ("yes", "not known yet"); English when absent. */
  language?: Language;
};

type Part = string | Placeholder;

/** Templates come from the knowledge, a few hundred in all: each is split into its parts once. */
const compiledTemplates = new Map<string, readonly Part[]>();

function partsOf(template: string): readonly Part[] {
  let parts = compiledTemplates.get(template);
  if (parts) return parts;
  const list: Part[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) list.push(template.slice(last, m.index));
    list.push(m[3] ? { kind: 'detail' } : { kind: m[1] as 'fact' | 'var', name: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < template.length) list.push(template.slice(last));
  parts = list;
  compiledTemplates.set(template, parts);
  return parts;
}

export function render(template: string, ctx: RenderContext): string {
  const parts = partsOf(template);
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') text += part;
    else if (part.kind === 'fact') text += formatFact(ctx.facts[part.name as FactName], ctx.language);
    else if (part.kind === 'var') text += ctx.variable(part.name);
    else text += ctx.detail ?? '';
  }
  return text;
}

function formatFact(value: FactValue | undefined, language: Language | undefined): string {
  if (value === undefined) return engineWording(language).unknownFact;
  if (Array.isArray(value)) return value.map((v) => `"${v}"`).join(', ');
  if (typeof value === 'boolean') return value ? engineWording(language).yes : engineWording(language).no;
  // The number facts are counts, grouped by thousands in English and Japanese alike (100,000).
  if (typeof value === 'number') return value.toLocaleString('en-US');
  return String(value);
}
