import { mapStrings } from '../text/map-strings';
import type { ReportModel } from './model';
import { reportWording } from './wording';

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

/**
 * A count with its thousands apart ("12,345"), as toLocaleString writes it in both of the report's
 * languages, without the ICU number formatter toLocaleString sets up on its first call (some 8 ms of
 * a cold `report`, for the few counts of a shortened list).
 */
export function grouped(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function withinBudget(model: ReportModel, budget: typeof REPORT_BUDGET = REPORT_BUDGET): ReportModel {
  const w = reportWording(model.language);
  const number = (n: number) => (Number.isSafeInteger(n) && n >= 0 ? grouped(n) : n.toLocaleString(w.locale));
  const shortened: string[] = [];
  const first = <T>(list: readonly T[], max: number, what: string): T[] => {
    if (list.length > max) shortened.push(w.firstOf(max, number(list.length), what));
    return list.slice(0, max);
  };
  let tooLong = 0;
  const bounded: ReportModel = {
    ...model,
    evidence: first(model.evidence, budget.evidence, w.budgetWhat.evidence).map((e) => ({
      ...e,
      notes: first(e.notes, budget.notesPerCheck, w.budgetWhat.notesOf(e.title)),
      concluded: first(e.concluded, budget.conclusionsPerCheck, w.budgetWhat.conclusionsOf(e.title)),
      ...(e.tallies
        ? { tallies: first(e.tallies, budget.talliesPerCheck, w.budgetWhat.chartsOf(e.title)).map((t) => ({ ...t, counts: Object.fromEntries(first(Object.entries(t.counts), budget.barsPerTally, w.budgetWhat.barsOf(t.label)).map(([k, n]) => [k.slice(0, 200), n])) })) }
        : {}),
    })),
    ...(model.scan
      ? {
          scan: {
            ...model.scan,
            signatures: first(model.scan.signatures, budget.signatures, w.budgetWhat.signatures),
            files: first(model.scan.files, budget.files, w.budgetWhat.files),
          },
        }
      : {}),
    answers: first(model.answers, budget.answers, w.budgetWhat.answers),
  };
  const cut = mapStrings(bounded, (s) => {
    if (s.length <= budget.text) return s;
    tooLong++;
    return `${s.slice(0, budget.text)} … ${w.moreCharacters(number(s.length - budget.text))}`;
  });
  if (tooLong) shortened.push(w.cut(number(tooLong), number(budget.text)));
  return shortened.length ? { ...cut, shortened: [...(model.shortened ?? []), ...shortened] } : cut;
}
