import type { CheckReport, Evidence } from '../../knowledge/contract/checks';
import type { ProgressEvent } from './runner';
import type { Language } from '../../knowledge/core';
import { wrap } from '../text/wrap';

export { wrap };

/** Plain-text rendering of check progress and results for an 80-column terminal. */

/** The terminal's own words around the checks' texts, one typed catalogue per language (check ids, fact names and values stay exact). */
type TextWords = {
  mark: Record<Evidence['outcome'], string>;
  notRun: string;
  whatToTry: (advice: string) => string;
  note: (note: string) => string;
  factsEstablished: string;
  none: string;
  counts: (total: number, ok: number, failed: number, skipped: number, cancelled: number) => string;
  forDiagnosis: string;
};

const WORDS: Record<Language, TextWords> = {
  en: {
    mark: { ok: 'ok', failed: 'FAILED', skipped: 'skipped', cancelled: 'cancelled' },
    notRun: 'not run',
    whatToTry: (advice) => `What to try: ${advice}`,
    note: (note) => `Note: ${note}`,
    factsEstablished: 'Facts established:',
    none: 'none',
    counts: (total, ok, failed, skipped, cancelled) => `${total} checks: ${ok} ok, ${failed} failed, ${skipped} skipped, ${cancelled} cancelled.`,
    forDiagnosis: 'For a diagnosis, run again with --format json > facts.json, then:',
  },
  ja: {
    mark: { ok: 'OK', failed: '失敗', skipped: 'スキップ', cancelled: '取り消し' },
    notRun: '実行されませんでした',
    whatToTry: (advice) => `試すこと: ${advice}`,
    note: (note) => `注: ${note}`,
    factsEstablished: '確認できた事実:',
    none: 'なし',
    counts: (total, ok, failed, skipped, cancelled) => `チェック ${total} 件: OK ${ok}、失敗 ${failed}、スキップ ${skipped}、取り消し ${cancelled}。`,
    forDiagnosis: '診断するには、--format json > facts.json を付けてもう一度実行してから、次を実行します:',
  },
};

/** The lines to print for one progress event (none for the small in-check steps). */
export function formatProgress(event: ProgressEvent, language: Language = 'en'): string[] {
  if (event.type === 'started') return [`... ${event.check}: ${event.title}`];
  if (event.type === 'progress') return [];
  return formatEvidence(event.evidence, language);
}

export function formatEvidence(e: Evidence, language: Language = 'en'): string[] {
  const w = WORDS[language];
  if (e.outcome === 'skipped') return wrap(`[${w.mark.skipped}] ${e.check}: ${e.problem?.advice ?? w.notRun}`, '');
  const head = `[${w.mark[e.outcome]}] ${e.check} (${seconds(e.durationMs)})`;
  const lines = [head];
  for (const c of e.concluded) lines.push(...wrap(`${c.fact} = ${JSON.stringify(c.value)}: ${c.why}`, '    '));
  if (e.problem) {
    lines.push(...wrap(e.problem.message, '    '));
    if (e.problem.advice) lines.push(...wrap(w.whatToTry(e.problem.advice), '    '));
  }
  for (const n of e.notes) lines.push(...wrap(w.note(n), '    '));
  for (const t of e.tallies ?? []) {
    const counts = Object.entries(t.counts);
    if (counts.length) lines.push(...wrap(`${t.label}: ${counts.map(([k, v]) => `${k} ${v}`).join(', ')}`, '    '));
  }
  return lines;
}

/** The closing summary: the facts for `diagnose`, and the count of results. */
export function formatReport(report: CheckReport, language: Language = 'en'): string[] {
  const w = WORDS[language];
  const lines = ['', w.factsEstablished];
  const facts = Object.entries(report.facts);
  if (!facts.length) lines.push(`    ${w.none}`);
  for (const [name, value] of facts) lines.push(...wrap(`${name} = ${JSON.stringify(value)}`, '    '));
  const by = (o: Evidence['outcome']) => report.evidence.filter((e) => e.outcome === o).length;
  lines.push('', w.counts(report.evidence.length, by('ok'), by('failed'), by('skipped'), by('cancelled')));
  lines.push(...wrap(w.forDiagnosis, ''), '    jira-doctor diagnose --facts facts.json');
  return lines;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
