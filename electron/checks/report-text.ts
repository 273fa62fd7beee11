import type { CheckReport, Evidence } from '../../knowledge/contract/checks';
import type { ProgressEvent } from './runner';
import { wrap } from '../text/wrap';

export { wrap };

/** Plain-text rendering of check progress and results for an 80-column terminal. */

const MARK: Record<Evidence['outcome'], string> = { ok: 'ok', failed: 'FAILED', skipped: 'skipped', cancelled: 'cancelled' };

/** The lines to print for one progress event (none for the small in-check steps). */
export function formatProgress(event: ProgressEvent): string[] {
  if (event.type === 'started') return [`... ${event.check}: ${event.title}`];
  if (event.type === 'progress') return [];
  return formatEvidence(event.evidence);
}

export function formatEvidence(e: Evidence): string[] {
  if (e.outcome === 'skipped') return wrap(`[skipped] ${e.check}: ${e.problem?.advice ?? 'not run'}`, '');
  const head = `[${MARK[e.outcome]}] ${e.check} (${seconds(e.durationMs)})`;
  const lines = [head];
  for (const c of e.concluded) lines.push(...wrap(`${c.fact} = ${JSON.stringify(c.value)}: ${c.why}`, '    '));
  if (e.problem) {
    lines.push(...wrap(e.problem.message, '    '));
    if (e.problem.advice) lines.push(...wrap(`What to try: ${e.problem.advice}`, '    '));
  }
  for (const n of e.notes) lines.push(...wrap(`Note: ${n}`, '    '));
  for (const t of e.tallies ?? []) {
    const counts = Object.entries(t.counts);
    if (counts.length) lines.push(...wrap(`${t.label}: ${counts.map(([k, v]) => `${k} ${v}`).join(', ')}`, '    '));
  }
  return lines;
}

/** The closing summary: the facts for `diagnose`, and the count of results. */
export function formatReport(report: CheckReport): string[] {
  const lines = ['', 'Facts established:'];
  const facts = Object.entries(report.facts);
  if (!facts.length) lines.push('    none');
  for (const [name, value] of facts) lines.push(...wrap(`${name} = ${JSON.stringify(value)}`, '    '));
  const by = (o: Evidence['outcome']) => report.evidence.filter((e) => e.outcome === o).length;
  lines.push('', `${report.evidence.length} checks: ${by('ok')} ok, ${by('failed')} failed, ${by('skipped')} skipped, ${by('cancelled')} cancelled.`);
  lines.push('For a diagnosis, run again with --format json > facts.json, then:', '    jira-doctor diagnose --facts facts.json');
  return lines;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
