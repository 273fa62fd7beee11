import type { FactName, Facts, FactValue } from '../contract/facts';

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
};

/** Said in place of a fact nobody knows yet. */
export const UNKNOWN_FACT_TEXT = '(not known yet)';

export function render(template: string, ctx: RenderContext): string {
  return template.replace(PLACEHOLDER, (_match, kind: string | undefined, name: string | undefined) => {
    if (kind === 'fact') return formatFact(ctx.facts[name as FactName]);
    if (kind === 'var') return ctx.variable(name!);
    return ctx.detail ?? '';
  });
}

function formatFact(value: FactValue | undefined): string {
  if (value === undefined) return UNKNOWN_FACT_TEXT;
  if (Array.isArray(value)) return value.map((v) => `"${v}"`).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
