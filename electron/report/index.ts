import { engineFor, knowledge, type Language } from '../../knowledge/core';
import { withinBudget } from './budget';
import type { MaskedReportInput } from './input';
import { renderMarkdown } from './markdown';
import { buildReportModel, type ReportInput } from './model';
import { renderPdf, type PageSize } from './pdf';
import { Pseudonymizer } from './pseudonymize';
import { renderWiki } from './wiki';

/** PDF for a manager, Markdown or Jira wiki markup for a ticket, JSON for the whole session. */
export type ReportFormat = 'pdf' | 'md' | 'wiki' | 'json';
/** `language`: of every text of a PDF, Markdown or wiki report (English by default); a JSON export is the session itself. */
export type ReportOptions = { format: ReportFormat; pageSize?: PageSize; pseudonymize?: boolean; today: string; language?: Language };
export type RenderedReport = { bytes: Buffer; mime: string; extension: string };

export type { ReportInput, ReportModel } from './model';
export { maskedReportInput, MaskedReportInput, readReportInput, ReportInputError } from './input';

const MIME: Record<ReportFormat, string> = { pdf: 'application/pdf', md: 'text/markdown; charset=utf-8', wiki: 'text/plain; charset=utf-8', json: 'application/json' };
/** Wiki markup has no file type of its own: a .txt file that any editor opens, named for what it holds. */
const EXTENSION: Record<ReportFormat, string> = { pdf: 'pdf', md: 'md', wiki: 'jira.txt', json: 'json' };

/**
 * Renders a report in one of four formats from the same cleaned input, in every mode (desktop,
 * browser, command line). Its input's secrets were masked over the whole input where it entered
 * (a MaskedReportInput), whatever the evidence held; pseudonyms, when asked for, replace hosts,
 * users and IPs the same way.
 */
export async function renderReport(input: MaskedReportInput, options: ReportOptions): Promise<RenderedReport> {
  const clean = cleanInput(input, options.pseudonymize === true);
  const bytes = options.format === 'json' ? Buffer.from(`${JSON.stringify(sessionExport(clean), null, 2)}\n`) : await laidOut(clean, options);
  return { bytes, mime: MIME[options.format], extension: EXTENSION[options.format] };
}

async function laidOut(input: ReportInput, options: ReportOptions): Promise<Buffer> {
  const model = withinBudget(buildReportModel(input, { today: options.today, engine: await engineFor(options.language ?? 'en') }));
  if (options.format === 'pdf') return renderPdf(model, options.pageSize ?? 'A4');
  return Buffer.from(options.format === 'wiki' ? renderWiki(model) : renderMarkdown(model));
}

function cleanInput({ input: masked }: MaskedReportInput, pseudonymize: boolean): ReportInput {
  if (!pseudonymize) return masked;
  const pseudonyms = new Pseudonymizer();
  for (const e of masked.checks?.evidence ?? []) {
    for (const x of e.exchanges) pseudonyms.knownUser(x.response?.headers['x-ausername']);
  }
  // A recording names hosts bare ("jira.corp.example"), not inside URLs where they would be learned.
  for (const host of masked.scan?.recording?.jiraHosts ?? []) pseudonyms.knownHost(host.replace(/:\d+$/, ''));
  return pseudonyms.deep(masked);
}

/** The whole session as JSON that the wizard imports again (schema of knowledge/contract/session.ts). */
function sessionExport(input: ReportInput): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    schemaVersion: 1,
    id: input.id ?? `report-${Date.now().toString(36)}`,
    name: input.name ?? 'Imported diagnosis',
    createdAt: input.createdAt ?? now,
    updatedAt: now,
    knowledgeVersion: input.knowledgeVersion ?? knowledge.version,
    answers: input.answers,
    unknown: input.unknown,
    ...(input.checks ? { checks: input.checks } : {}),
    ...(input.scan ? { scan: input.scan } : {}),
  };
}
