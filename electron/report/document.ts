import type { Language } from '../../knowledge/core';
import type { Recording } from '../../knowledge/contract/recording';
import { laneLines, RECORDING_WORDS, verdictWords } from '../scan/har/lanes';
import type { ReportModel } from './model';
import { reportWording } from './wording';

/**
 * The text report for a ticket, as an outline of blocks that Markdown (markdown.ts) and Jira wiki
 * markup (wiki.ts) each write in their own syntax: the same content as the PDF, in the same order.
 * Every string in a block is plain text from the model; only a serializer decides how it is
 * escaped, so no value from a session ever reaches the output as markup.
 */

/** A run of text: plain, strong, or a code span (an exact value: a fact's value, a file name). */
export type Inline = string | { strong: string } | { code: string };
export type Line = Inline[];

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: Line }
  | { kind: 'quote'; text: Line }
  /** A list; a checklist's items are steps to tick off, each with the exact strings to paste under it. */
  | { kind: 'list'; checklist?: boolean; items: { text: Line; code?: string[] }[] }
  | { kind: 'table'; head: string[]; rows: Line[][] }
  | { kind: 'code'; text: string };

export function reportDocument(model: ReportModel): Block[] {
  const w = reportWording(model.language);
  const out: Block[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => out.push({ kind: 'heading', level, text });
  const paragraph = (...text: Line) => out.push({ kind: 'paragraph', text });
  const table = (head: string[], rows: Line[][]) => out.push({ kind: 'table', head, rows });
  heading(1, model.title);
  paragraph([w.date(model.date), model.instance ? w.jira(model.instance) : '', w.knowledgeVersion(model.knowledgeVersion)].filter(Boolean).join(' · '));
  paragraph({ strong: w.problem.trim() }, ` ${model.problem}`);
  if (model.impact) paragraph({ strong: w.impact.trim() }, ` ${model.impact}`);
  heading(2, model.found.length === 1 ? w.causeFound : w.causesFound);
  if (model.found.length) {
    out.push({ kind: 'list', items: model.found.map((c) => ({ text: [{ strong: c.title }, ` (${w.status[c.status].toLowerCase()})${c.because.length ? `: ${c.because.slice(0, 2).join(' ')}` : ''}`] })) });
  } else {
    paragraph(w.noCauseYet);
  }
  heading(2, w.whatToDoFirst);
  if (!model.firstSteps.length) paragraph(w.nothingToFixOpenBelow);
  model.firstSteps.forEach((a, i) => {
    paragraph({ strong: `${i + 1}. ${a.solutionTitle}` }, ` (${w.forCause(a.teamTitle, a.causeTitle)})`);
    if (a.step) out.push({ kind: 'list', checklist: true, items: [{ text: [a.step.text], ...(a.step.code?.length ? { code: a.step.code } : {}) }] });
    if (a.steps > 1) paragraph(w.thenMoreSteps(a.steps - 1));
  });
  if (model.moreActions > 0) paragraph(w.moreCauses(model.moreActions));
  paragraph(statusLine(model));
  heading(2, w.actionPlan);
  if (!model.actions.length) paragraph(w.nothingToAct);
  for (const team of model.actions) {
    heading(3, team.teamTitle);
    for (const item of team.items) {
      paragraph({ strong: item.causeTitle }, ` (${w.status[item.status].toLowerCase()})`);
      out.push({ kind: 'list', checklist: true, items: item.steps.map((step) => ({ text: [step.text], ...(step.code?.length ? { code: step.code } : {}) })) });
      item.notes.forEach((n) => out.push({ kind: 'quote', text: [w.note(n)] }));
    }
  }
  heading(2, w.everyCause);
  table([w.cause, w.statusHeading, w.why], model.differential.map((c) => [[c.title], [w.status[c.status]], [c.because.join(' ')]]));
  if (model.evidence.length) {
    heading(2, w.evidenceFromChecks);
    for (const e of model.evidence) {
      heading(3, e.title);
      paragraph(`${e.startedAt} · ${(e.durationMs / 1000).toFixed(2)} s · ${w.outcome[e.outcome]}`);
      const items: Line[] = [
        ...e.concluded.map((c): Line => [`${c.question} `, c.answer ? { code: c.answer } : w.empty, `: ${c.why}`]),
        ...(e.problem ? [[`${w.problem}${e.problem.message}${w.sentenceGap}${e.problem.advice}`]] : []),
        ...e.notes.map((n) => [w.note(n)]),
      ];
      if (items.length) out.push({ kind: 'list', items: items.map((text) => ({ text })) });
    }
  }
  if (model.scan) {
    heading(2, w.logScanFindings);
    if (!model.scan.signatures.length) paragraph(w.noSignature);
    else {
      table(
        [w.whatWasFound, w.count, w.firstSeen, w.lastSeen, w.where],
        model.scan.signatures.map((s) => [[`${s.title}: ${s.meaning}`], [String(s.count)], [s.firstSeen ?? ''], [s.lastSeen ?? ''], [`${s.file}:${s.line}`]]),
      );
    }
    if (model.scan.recording) out.push(...recordingBlocks(model.scan.recording, model.language));
  }
  (model.shortened ?? []).forEach((note) => out.push({ kind: 'quote', text: [note] }));
  heading(2, w.whatWasAnswered);
  table([w.question, w.answer, w.from], model.answers.map((a) => [[a.question], a.exact ? codeSpans(a.value) : [a.value], [a.source]]));
  heading(2, w.openQuestions);
  if (!model.openQuestions.length) paragraph(w.noneOpenShort);
  else out.push({ kind: 'list', items: model.openQuestions.map((q) => ({ text: [{ strong: q.question }, ` ${q.why}`] })) });
  heading(2, w.sources);
  out.push({
    kind: 'list',
    items: model.sources.map((s) => ({ text: [`${s.articleTitle}${s.sections.length ? ` (${s.sections.join('; ')})` : ''}${s.url ? ` — ${s.url}` : ''}`] })),
  });
  return out;
}

/** An exact answer's strings (one a line), as each format shows them apart. */
export function exactLines(value: string): string[] {
  return value.split('\n').filter((line) => line.trim());
}

/** Exact strings, each a code span of its own, set apart on the one line a table cell holds. */
function codeSpans(value: string): Line {
  return exactLines(value).flatMap((line, i): Line => [...(i ? [' · '] : []), { code: line }]);
}

/** The diagnosis in one sentence of counts, as on the PDF's first page. */
export function statusLine(model: ReportModel): string {
  const { counts } = model;
  return reportWording(model.language).considered({
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    confirmed: counts.confirmed,
    likely: counts.likely,
    possible: counts.possible,
    ruledOut: counts['ruled-out'],
    open: model.openQuestions.length,
  });
}

/** The browser recording: per session its node lanes and moves, then the sign-in steps and the failed requests. */
function recordingBlocks(recording: Recording, language: Language): Block[] {
  const w = reportWording(language).recording;
  const words = RECORDING_WORDS[language];
  const out: Block[] = [{ kind: 'heading', level: 2, text: w.heading }];
  out.push({ kind: 'paragraph', text: [w.requestsIn(recording.jiraRequests, recording.files.map((f) => `${f.name}${f.browser ? ` (${f.browser})` : ''}`).join(words.comma))] });
  for (const s of recording.sessions.slice(0, 6)) {
    out.push({ kind: 'heading', level: 3, text: w.session(s.label, s.host) });
    out.push({ kind: 'paragraph', text: [w.summary(verdictWords(s, words), w.requests(s.requests, s.firstAt ?? '?', s.lastAt ?? '?', words.source[s.nodeSource]))] });
    const lanes = laneLines(s, '', words);
    if (lanes.length) out.push({ kind: 'code', text: lanes.join('\n') });
    if (s.switches.length) {
      out.push({
        kind: 'table',
        head: w.switchHead,
        rows: s.switches.slice(0, 10).map((m) => [[String(m.index)], [m.at], [`${m.method} ${m.path}`], [m.from], [m.to]]),
      });
    }
  }
  if (recording.oauth.length) {
    out.push({ kind: 'heading', level: 3, text: w.signIn });
    out.push({ kind: 'list', items: recording.oauth.map((o) => ({ text: [`${o.at}: ${o.detail ?? o.step} (${o.host}${o.path}${o.node ? `, ${w.nodeOf(o.node)}` : ''})`] })) });
  }
  if (recording.failures.length) {
    out.push({ kind: 'heading', level: 3, text: w.failed });
    out.push({ kind: 'table', head: w.failureHead, rows: recording.failures.slice(0, 20).map((f) => [[f.at], [`${f.method} ${f.path}`], [f.node ?? ''], [f.what]]) });
  }
  recording.notes.forEach((n) => out.push({ kind: 'quote', text: [reportWording(language).note(n)] }));
  return out;
}
