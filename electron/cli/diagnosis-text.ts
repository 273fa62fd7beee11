import type { DiagnosedCause, Diagnosis, Facts, Knowledge, Language, RenderedSolution } from '../../knowledge/core';
import { citationOf, engineWording, teamTitle } from '../../knowledge/core';
import { wrap } from '../text/wrap';
import { cliMessages, type CliMessages } from './messages';

/**
 * The diagnosis for people, 80 columns wide: causes grouped by status, the fix for the confirmed
 * and likely ones, what would decide the possible ones, and what is still worth finding out.
 */
export function formatDiagnosis(diagnosis: Diagnosis, facts: Facts, knowledge: Knowledge, today: string, language: Language = 'en'): string[] {
  const m = cliMessages(language);
  const lines: string[] = [];
  const symptom = knowledge.symptoms.find((s) => s.id === facts.symptom);
  lines.push(...wrap(m.diagnosisHeading(diagnosis.knowledgeVersion, today), ''));
  lines.push(...wrap(symptom ? m.problem(symptom.title) : m.problemNotGiven, ''));

  const group = (status: DiagnosedCause['status'], heading: string, withFix: boolean) => {
    const causes = diagnosis.causes.filter((c) => c.status === status);
    if (!causes.length) return;
    lines.push('', `${heading} (${causes.length})`);
    for (const cause of causes) {
      lines.push('', ...wrap(`* ${cause.title}`, '  '));
      for (const reason of cause.because) lines.push(...wrap(reason, '    '));
      for (const first of cause.after ?? []) lines.push(...wrap(m.first(first.title, first.note), '    '));
      if (withFix) lines.push(...formatSolutions(cause.solutions, language, m));
    }
  };
  group('confirmed', m.confirmed, true);
  group('likely', m.likely, true);
  group('possible', m.possible, false);
  if (diagnosis.ruledOut.length) {
    lines.push('', `${m.ruledOut} (${diagnosis.ruledOut.length})`);
    for (const cause of diagnosis.ruledOut) lines.push(...wrap(`- ${cause.title}: ${cause.because.join(' ')}`, '  '));
  }
  if (!diagnosis.causes.length && !diagnosis.ruledOut.length) lines.push('', ...wrap(m.noCause, ''));
  if (diagnosis.unknown.length) {
    lines.push('', m.worthFindingOut);
    for (const fact of diagnosis.unknown.slice(0, 8)) {
      const question = knowledge.questions.find((q) => q.fact === fact && (!facts.symptom || q.symptoms.includes(facts.symptom)));
      if (question) lines.push(...wrap(`- ${question.text}`, '  '));
    }
    if (diagnosis.unknown.length > 8) lines.push(`  ${m.more(diagnosis.unknown.length - 8)}`);
  }
  return lines;
}

function formatSolutions(solutions: readonly RenderedSolution[], language: Language, m: CliMessages): string[] {
  const lines: string[] = [];
  for (const solution of solutions) {
    lines.push(...wrap(m.whatToDo(teamTitle(solution.team, language), solution.title), '    '));
    solution.steps.forEach((step, i) => {
      lines.push(...wrap(`${i + 1}. ${step.text}`, '      '));
      // Exact strings stay on one line, unwrapped, so that they can be copied.
      for (const code of step.code ?? []) lines.push(`           ${code}`);
    });
    for (const note of solution.notes) lines.push(...wrap(m.note(note), '      '));
    const cited = citationOf(solution.source, language);
    lines.push(...wrap(m.source(engineWording(language).citation(cited.title, cited.section)), '      '));
    // The address stays on one line, like the exact strings, so that it can be opened.
    if (cited.url) lines.push(`           ${cited.url}`);
  }
  return lines;
}
