import { mapStrings } from '../text/map-strings';
import type { ReportModel } from './model';

/**
 * A report of a huge session (a scan report with thousands of signatures, a check run with
 * thousands of results, a pasted error of megabytes) is summarised, so the PDF and the Markdown
 * stay within a memory and page budget whatever the session holds. What is left out is said in the
 * report; the JSON export always holds everything.
 */
export const REPORT_BUDGET = {
  /** Characters of one text (an answer, an error, a note, a log line). */
  text: 2_000,
  evidence: 20,
  notesPerCheck: 10,
  conclusionsPerCheck: 30,
  talliesPerCheck: 4,
  barsPerTally: 16,
  signatures: 40,
  files: 30,
  answers: 80,
} as const;

export function withinBudget(model: ReportModel, budget: typeof REPORT_BUDGET = REPORT_BUDGET): ReportModel {
  const shortened: string[] = [];
  const first = <T>(list: readonly T[], max: number, what: string): T[] => {
    if (list.length > max) shortened.push(`The report shows the first ${max} of ${list.length.toLocaleString('en')} ${what}; the JSON export holds them all.`);
    return list.slice(0, max);
  };
  let tooLong = 0;
  const bounded: ReportModel = {
    ...model,
    evidence: first(model.evidence, budget.evidence, 'automated check results').map((e) => ({
      ...e,
      notes: first(e.notes, budget.notesPerCheck, `notes of "${e.title}"`),
      concluded: first(e.concluded, budget.conclusionsPerCheck, `conclusions of "${e.title}"`),
      ...(e.tallies
        ? { tallies: first(e.tallies, budget.talliesPerCheck, `charts of "${e.title}"`).map((t) => ({ ...t, counts: Object.fromEntries(first(Object.entries(t.counts), budget.barsPerTally, `bars of "${t.label}"`).map(([k, n]) => [k.slice(0, 200), n])) })) }
        : {}),
    })),
    ...(model.scan
      ? {
          scan: {
            ...model.scan,
            signatures: first(model.scan.signatures, budget.signatures, 'log signatures found'),
            files: first(model.scan.files, budget.files, 'scanned files'),
          },
        }
      : {}),
    answers: first(model.answers, budget.answers, 'answers'),
  };
  const cut = mapStrings(bounded, (s) => {
    if (s.length <= budget.text) return s;
    tooLong++;
    return `${s.slice(0, budget.text)} … [${(s.length - budget.text).toLocaleString('en')} more characters]`;
  });
  if (tooLong) shortened.push(`${tooLong.toLocaleString('en')} long texts are cut at ${budget.text.toLocaleString('en')} characters; the JSON export holds them in full.`);
  return shortened.length ? { ...cut, shortened: [...(model.shortened ?? []), ...shortened] } : cut;
}
