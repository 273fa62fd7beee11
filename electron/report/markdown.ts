import type { Recording } from '../../knowledge/contract/recording';
import { laneLines, verdictWords } from '../scan/har/lanes';
import type { ReportModel } from './model';
import { STATUS_TITLES } from './wording';

/** Markdown to paste into a ticket: the same content as the PDF, in the same order. */
export function renderMarkdown(model: ReportModel): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(`# ${esc(model.title)}`);
  line();
  line([`Date: ${model.date}`, model.instance ? `Jira: ${esc(model.instance)}` : '', `Knowledge version: ${model.knowledgeVersion}`].filter(Boolean).join(' · '));
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
    line(`### ${team.teamTitle}`);
    for (const item of team.items) {
      line();
      line(`**${esc(item.causeTitle)}** (${STATUS_TITLES[item.status].toLowerCase()})`);
      line();
      for (const step of item.steps) {
        line(`- [ ] ${esc(step.text)}`);
        (step.code ?? []).forEach((code) => line(`  \`\`\`\n  ${code}\n  \`\`\``));
      }
      item.notes.forEach((n) => line(`\n> Note: ${esc(n)}`));
    }
  }
  line();
  line('## Every cause considered');
  line();
  line('| Cause | Status | Why |');
  line('|---|---|---|');
  for (const c of model.differential) line(`| ${cell(c.title)} | ${STATUS_TITLES[c.status]} | ${cell(c.because.join(' '))} |`);
  if (model.evidence.length) {
    line();
    line('## Evidence from automated checks');
    for (const e of model.evidence) {
      line();
      line(`### ${esc(e.title)}`);
      line(`${e.startedAt} · ${(e.durationMs / 1000).toFixed(2)} s · ${e.outcome}`);
      e.concluded.forEach((c) => line(`- \`${c.fact}\` = \`${JSON.stringify(c.value)}\`: ${esc(c.why)}`));
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
      for (const s of model.scan.signatures) line(`| ${cell(`${s.title}: ${s.meaning}`)} | ${s.count} | ${s.firstSeen ?? ''} | ${s.lastSeen ?? ''} | ${cell(`${s.file}:${s.line}`)} |`);
    }
    if (model.scan.recording) recordingMarkdown(model.scan.recording).forEach((l) => line(l));
  }
  line();
  line('## What was answered');
  line();
  line('| Question | Answer | From |');
  line('|---|---|---|');
  for (const a of model.answers) line(`| ${cell(a.question)} | ${cell(a.value)} | ${cell(a.source)} |`);
  line();
  line('## Open questions and assumptions');
  line();
  if (!model.openQuestions.length) line('None.');
  model.openQuestions.forEach((q) => line(`- **${esc(q.question)}** ${esc(q.why)}`));
  line();
  line('## Sources');
  line();
  for (const s of model.sources) line(`- ${s.article === 'facts' ? 'Reference facts' : `Article ${s.article}`}: ${esc(s.articleTitle)} (${s.sections.map(esc).join('; ')})`);
  line();
  return out.join('\n');
}

/** The browser recording: per session its node lanes and moves, then the sign-in steps and the failed requests. */
function recordingMarkdown(recording: Recording): string[] {
  const out = ['', '## Browser recording', ''];
  out.push(`${recording.jiraRequests} Jira request(s) in ${esc(recording.files.map((f) => `${f.name}${f.browser ? ` (${f.browser})` : ''}`).join(', '))}.`);
  for (const s of recording.sessions.slice(0, 6)) {
    out.push('', `### ${esc(`${s.label} on ${s.host}`)}`, '', `${esc(capitalized(verdictWords(s)))}. ${s.requests} request(s) from ${s.firstAt ?? '?'} to ${s.lastAt ?? '?'}; each answer's node read from ${esc(s.nodeSource)}.`);
    const lanes = laneLines(s);
    if (lanes.length) out.push('', '```', ...lanes, '```');
    if (s.switches.length) {
      out.push('', '| Request | Time | Request line | From | To |', '|---|---|---|---|---|');
      for (const w of s.switches.slice(0, 10)) out.push(`| ${w.index} | ${w.at} | ${cell(`${w.method} ${w.path}`)} | ${cell(w.from)} | ${cell(w.to)} |`);
    }
  }
  if (recording.oauth.length) {
    out.push('', '### Sign-in with Microsoft', '');
    for (const o of recording.oauth) out.push(`- ${o.at}: ${esc(o.detail ?? o.step)} (${esc(`${o.host}${o.path}`)}${o.node ? `, node ${esc(o.node)}` : ''})`);
  }
  if (recording.failures.length) {
    out.push('', '### Failed requests', '', '| Time | Request | Node | What |', '|---|---|---|---|');
    for (const f of recording.failures.slice(0, 20)) out.push(`| ${f.at} | ${cell(`${f.method} ${f.path}`)} | ${cell(f.node ?? '')} | ${cell(f.what)} |`);
  }
  recording.notes.forEach((n) => out.push('', `> Note: ${esc(n)}`));
  return out;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Escapes what Markdown would otherwise read as markup in free text. */
function esc(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function cell(text: string): string {
  return esc(text).replace(/\r?\n/g, '<br>');
}
