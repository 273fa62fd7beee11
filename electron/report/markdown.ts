import type { Recording } from '../../knowledge/contract/recording';
import { laneLines, verdictWords } from '../scan/har/lanes';
import type { ReportModel } from './model';
import { visible } from './visible';
import { STATUS_TITLES } from './wording';

/**
 * Markdown to paste into a ticket: the same content as the PDF, in the same order. A report is a
 * document, not a program: every text from the session (a name, an answer, an error, a log line, a
 * file name) is escaped so it shows as written, never as markup, HTML or a link; code spans and
 * blocks get a fence longer than any backtick run inside them; a newline never ends a heading, a
 * list item or a table row; invisible and direction-changing characters are shown as code points.
 */
export function renderMarkdown(model: ReportModel): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(`# ${esc(model.title)}`);
  line();
  line([`Date: ${esc(model.date)}`, model.instance ? `Jira: ${esc(model.instance)}` : '', `Knowledge version: ${esc(model.knowledgeVersion)}`].filter(Boolean).join(' · '));
  line();
  line(`**Problem:** ${esc(model.problem)}`);
  if (model.impact) line(`\n**Impact:** ${esc(model.impact)}`);
  line();
  if (model.headline) {
    line(`**Most likely cause (${STATUS_TITLES[model.headline.status].toLowerCase()}):** ${esc(model.headline.title)}`);
    model.headline.because.forEach((b) => line(`- ${esc(b)}`));
  } else {
    line('**Most likely cause:** none can be singled out yet; see the open questions.');
  }
  line();
  line('## Action plan by team');
  if (!model.actions.length) line('\nNothing to act on yet: answer the open questions first.');
  for (const team of model.actions) {
    line();
    line(`### ${esc(team.teamTitle)}`);
    for (const item of team.items) {
      line();
      line(`**${esc(item.causeTitle)}** (${STATUS_TITLES[item.status].toLowerCase()})`);
      line();
      for (const step of item.steps) {
        line(`- [ ] ${esc(step.text)}`);
        (step.code ?? []).forEach((code) => codeBlock(code, '  ').forEach((l) => line(l)));
      }
      item.notes.forEach((n) => line(`\n> Note: ${esc(n)}`));
    }
  }
  line();
  line('## Every cause considered');
  line();
  line('| Cause | Status | Why |');
  line('|---|---|---|');
  for (const c of model.differential) line(`| ${esc(c.title)} | ${STATUS_TITLES[c.status]} | ${esc(c.because.join(' '))} |`);
  if (model.evidence.length) {
    line();
    line('## Evidence from automated checks');
    for (const e of model.evidence) {
      line();
      line(`### ${esc(e.title)}`);
      line(`${esc(e.startedAt)} · ${(e.durationMs / 1000).toFixed(2)} s · ${esc(e.outcome)}`);
      e.concluded.forEach((c) => line(`- ${code(c.fact)} = ${code(JSON.stringify(c.value) ?? '')}: ${esc(c.why)}`));
      if (e.problem) line(`- Problem: ${esc(e.problem.message)} ${esc(e.problem.advice)}`);
      e.notes.forEach((n) => line(`- Note: ${esc(n)}`));
    }
  }
  if (model.scan) {
    line();
    line('## Log scan findings');
    line();
    if (!model.scan.signatures.length) line('No known error signature was found in the logs.');
    else {
      line('| What was found | Count | First seen | Last seen | Where |');
      line('|---|---|---|---|---|');
      for (const s of model.scan.signatures) {
        line(`| ${esc(`${s.title}: ${s.meaning}`)} | ${s.count} | ${esc(s.firstSeen ?? '')} | ${esc(s.lastSeen ?? '')} | ${esc(`${s.file}:${s.line}`)} |`);
      }
    }
    if (model.scan.recording) recordingMarkdown(model.scan.recording).forEach((l) => line(l));
  }
  (model.shortened ?? []).forEach((note, i) => line(`${i === 0 ? '\n' : ''}> ${esc(note)}`));
  line();
  line('## What was answered');
  line();
  line('| Question | Answer | From |');
  line('|---|---|---|');
  for (const a of model.answers) line(`| ${esc(a.question)} | ${esc(a.value)} | ${esc(a.source)} |`);
  line();
  line('## Open questions and assumptions');
  line();
  if (!model.openQuestions.length) line('None.');
  model.openQuestions.forEach((q) => line(`- **${esc(q.question)}** ${esc(q.why)}`));
  line();
  line('## Sources');
  line();
  for (const s of model.sources) {
    line(`- ${esc(s.articleTitle)}${s.sections.length ? ` (${s.sections.map(esc).join('; ')})` : ''}${s.url ? ` — ${esc(s.url)}` : ''}`);
  }
  line();
  return out.join('\n');
}

/** The browser recording: per session its node lanes and moves, then the sign-in steps and the failed requests. */
function recordingMarkdown(recording: Recording): string[] {
  const out = ['', '## Browser recording', ''];
  out.push(`${recording.jiraRequests} Jira request(s) in ${esc(recording.files.map((f) => `${f.name}${f.browser ? ` (${f.browser})` : ''}`).join(', '))}.`);
  for (const s of recording.sessions.slice(0, 6)) {
    out.push('', `### ${esc(`${s.label} on ${s.host}`)}`, '', `${esc(capitalized(verdictWords(s)))}. ${s.requests} request(s) from ${esc(s.firstAt ?? '?')} to ${esc(s.lastAt ?? '?')}; each answer's node read from ${esc(s.nodeSource)}.`);
    const lanes = laneLines(s);
    if (lanes.length) out.push('', ...codeBlock(lanes.join('\n'), ''));
    if (s.switches.length) {
      out.push('', '| Request | Time | Request line | From | To |', '|---|---|---|---|---|');
      for (const w of s.switches.slice(0, 10)) out.push(`| ${w.index} | ${esc(w.at)} | ${esc(`${w.method} ${w.path}`)} | ${esc(w.from)} | ${esc(w.to)} |`);
    }
  }
  if (recording.oauth.length) {
    out.push('', '### Sign-in with Microsoft', '');
    for (const o of recording.oauth) out.push(`- ${esc(o.at)}: ${esc(o.detail ?? o.step)} (${esc(`${o.host}${o.path}`)}${o.node ? `, node ${esc(o.node)}` : ''})`);
  }
  if (recording.failures.length) {
    out.push('', '### Failed requests', '', '| Time | Request | Node | What |', '|---|---|---|---|');
    for (const f of recording.failures.slice(0, 20)) out.push(`| ${esc(f.at)} | ${esc(`${f.method} ${f.path}`)} | ${esc(f.node ?? '')} | ${esc(f.what)} |`);
  }
  recording.notes.forEach((n) => out.push('', `> Note: ${esc(n)}`));
  return out;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Text that Markdown shows literally on one line: every character CommonMark or GitHub could read
 * as markup (emphasis, links, images, HTML, entities, tables, strikethrough, headings) is escaped,
 * and a leading list or quote marker too, so a value can start a line or fill a table cell safely.
 */
export function esc(text: string): string {
  return visible(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_{}[\]()<>#|~&!]/g, '\\$&')
    .replace(/^([-+=]|\d+(?=[.)]))/, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** An inline code span that no backtick in the text can end (the fence is longer than any run inside). */
export function code(text: string): string {
  const t = visible(text).replace(/\s*\n\s*/g, ' ');
  const fence = '`'.repeat(longestRun(t) + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || /^ .* $/.test(t) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A fenced code block, indented under a list item, whose fence no line inside can close. */
export function codeBlock(text: string, indent: string): string[] {
  const lines = visible(text).split('\n');
  const fence = '`'.repeat(Math.max(3, longestRun(text) + 1));
  return [`${indent}${fence}`, ...lines.map((l) => `${indent}${l}`), `${indent}${fence}`];
}

function longestRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}
