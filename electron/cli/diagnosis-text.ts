import type { DiagnosedCause, Diagnosis, Facts, Knowledge, RenderedSolution } from '../../knowledge/core';
import { citationOf, TEAM_TITLES } from '../../knowledge/core';
import { wrap } from '../checks/report-text';

/**
 * The diagnosis for people, 80 columns wide: causes grouped by status, the fix for the confirmed
 * and likely ones, what would decide the possible ones, and what is still worth finding out.
 */
export function formatDiagnosis(diagnosis: Diagnosis, facts: Facts, knowledge: Knowledge, today: string): string[] {
  const lines: string[] = [];
  const symptom = knowledge.symptoms.find((s) => s.id === facts.symptom);
  lines.push(`jira-doctor diagnosis (knowledge ${diagnosis.knowledgeVersion}, as of ${today})`);
  lines.push(...wrap(symptom ? `Problem: ${symptom.title}` : 'Problem: not given (add "symptom" to the facts to narrow the causes down); all families shown', ''));

  const group = (status: DiagnosedCause['status'], heading: string, withFix: boolean) => {
    const causes = diagnosis.causes.filter((c) => c.status === status);
    if (!causes.length) return;
    lines.push('', `${heading} (${causes.length})`);
    for (const cause of causes) {
      lines.push('', ...wrap(`* ${cause.title}`, '  '));
      for (const reason of cause.because) lines.push(...wrap(reason, '    '));
      for (const first of cause.after ?? []) lines.push(...wrap(`First: ${first.title}. ${first.note}`, '    '));
      if (withFix) lines.push(...formatSolutions(cause.solutions));
    }
  };
  group('confirmed', 'CONFIRMED: the facts prove these', true);
  group('likely', 'LIKELY: strong signs point to these', true);
  group('possible', 'POSSIBLE: not ruled out yet', false);
  if (diagnosis.ruledOut.length) {
    lines.push('', `RULED OUT (${diagnosis.ruledOut.length})`);
    for (const cause of diagnosis.ruledOut) lines.push(...wrap(`- ${cause.title}: ${cause.because.join(' ')}`, '  '));
  }
  if (!diagnosis.causes.length && !diagnosis.ruledOut.length) lines.push('', 'No cause in the knowledge base matches these facts.');
  if (diagnosis.unknown.length) {
    lines.push('', 'WORTH FINDING OUT (most decisive first)');
    for (const fact of diagnosis.unknown.slice(0, 8)) {
      const question = knowledge.questions.find((q) => q.fact === fact && (!facts.symptom || q.symptoms.includes(facts.symptom)));
      if (question) lines.push(...wrap(`- ${question.text}`, '  '));
    }
    if (diagnosis.unknown.length > 8) lines.push(`  … and ${diagnosis.unknown.length - 8} more (see --format json)`);
  }
  return lines;
}

function formatSolutions(solutions: readonly RenderedSolution[]): string[] {
  const lines: string[] = [];
  for (const solution of solutions) {
    lines.push(...wrap(`What to do (${TEAM_TITLES[solution.team]}): ${solution.title}`, '    '));
    solution.steps.forEach((step, i) => {
      lines.push(...wrap(`${i + 1}. ${step.text}`, '      '));
      // Exact strings stay on one line, unwrapped, so that they can be copied.
      for (const code of step.code ?? []) lines.push(`           ${code}`);
    });
    for (const note of solution.notes) lines.push(...wrap(`Note: ${note}`, '      '));
    const cited = citationOf(solution.source);
    lines.push(...wrap(`Source: “${cited.title}”${cited.section ? `, section “${cited.section}”` : ''}`, '      '));
    // The address stays on one line, like the exact strings, so that it can be opened.
    if (cited.url) lines.push(`           ${cited.url}`);
  }
  return lines;
}
