import type { Recording } from '../../knowledge/contract/recording';
import type { ScanReport } from '../../knowledge/contract/scan';
import { laneLines, verdictWords } from './har/lanes';

/**
 * The scan report as plain text for a terminal 80 columns wide, for an admin who is not a Jira
 * expert: what was read, what was found and what it means, the facts established, what to do next.
 */
const WIDTH = 80;

export function scanReportText(report: ScanReport, options: { jsonHint: string }): string {
  const out: string[] = [];
  const read = report.files.filter((f) => f.status !== 'skipped' && f.kind !== 'other');
  const seconds = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
  out.push(`jira-doctor log scan: ${read.length} file(s), ${size(report.bytesRead)} read in ${seconds.toFixed(1)} s`);
  if (report.cancelled) out.push('The scan was cancelled: what follows covers only what was read.');

  out.push('', 'What was read');
  for (const f of report.files) {
    if (f.kind === 'other' && f.name === '(scan)') continue;
    const mark = f.status === 'read' ? '+' : f.status === 'partial' ? '~' : '-';
    const amount = f.kind === 'zip' || f.kind === 'properties' ? size(f.bytes) : f.kind === 'har' ? `${f.requests ?? 0} requests` : `${f.lines} lines`;
    const detail = f.status === 'skipped' ? '' : `  ${amount}${f.node ? `, node ${f.node}` : ''}`;
    out.push(...wrap(`${mark} ${f.name}${detail}`, 2, 4));
    if (f.problem) out.push(...wrap(`problem: ${f.problem}`, 4, 6));
    for (const note of f.notes) out.push(...wrap(`note: ${note}`, 4, 6));
  }

  out.push('', report.signatures.length ? `What was found (${report.signatures.length} kinds of log line)` : 'What was found');
  if (!report.signatures.length) out.push('  None of the known error lines appear in these logs.');
  for (const s of report.signatures) {
    out.push(...wrap(`* ${s.title}: ${s.count} time${s.count === 1 ? '' : 's'}`, 2, 4));
    out.push(...wrap(s.meaning, 4, 4));
    const when = s.firstSeen ? (s.firstSeen === s.lastSeen ? `seen ${s.firstSeen}` : `first ${s.firstSeen}, last ${s.lastSeen}`) : undefined;
    out.push(...wrap(`${when ? `${when}; ` : ''}first in ${s.file}, line ${s.line}`, 4, 4));
    const sample = s.samples[0];
    if (sample) out.push(...wrap(`e.g. ${shortSample(sample)}`, 4, 6));
  }

  if (report.authentication.length) {
    out.push('', 'Logins per user (security log)');
    out.push(`  ${pad('user', 22)}${pad('node', 12)}${pad('passed', 8)}${pad('failed', 8)}${pad('refused', 9)}captcha`);
    for (const a of report.authentication.slice(0, 20)) {
      out.push(`  ${pad(a.user, 22)}${pad(a.node ?? '-', 12)}${pad(String(a.passed), 8)}${pad(String(a.failed), 8)}${pad(String(a.notPermitted), 9)}${a.captcha}`);
    }
    if (report.authentication.length > 20) out.push(`  … and ${report.authentication.length - 20} more users (see --format json)`);
  }
  if (report.ldapServers.length) {
    out.push('', 'LDAP servers Jira connected to');
    for (const l of report.ldapServers) out.push(...wrap(`${l.url}: ${l.count} time(s)${l.node ? ` on node ${l.node}` : ''}`, 2, 4));
  }

  if (report.recording) out.push('', ...recordingText(report.recording));

  const facts = Object.entries(report.facts);
  out.push('', 'Facts established');
  if (!facts.length) out.push('  None: these logs do not settle any question of the diagnosis.');
  for (const [name, value] of facts) {
    const shown = Array.isArray(value) ? `${value.length} error message(s)` : String(value);
    out.push(...wrap(`${name} = ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}`, 2, 4));
    const source = report.factSources[name as keyof typeof report.factSources];
    if (source) out.push(...wrap(`because: ${source.why}`, 4, 6));
  }

  out.push('', 'Next step');
  out.push(...wrap(`Save the result as JSON and let jira-doctor rank the causes: ${options.jsonHint}`, 2, 4));
  return `${out.join('\n')}\n`;
}

/** Shown of a session's timeline: its first requests, every switch, its last requests. */
const TIMELINE_FIRST = 12;
const TIMELINE_SWITCHES = 10;
const TIMELINE_LAST = 4;

/** What the browser recording showed: per session the nodes, a lane chart and the timeline; the sign-in; the failures. */
function recordingText(recording: Recording): string[] {
  const out: string[] = [];
  const files = recording.files.map((f) => `${f.name}${f.browser ? ` (${f.browser})` : ''}`).join(', ');
  out.push(...wrap(`Browser recording: ${recording.jiraRequests} Jira request(s) in ${files}`, 0, 2));
  for (const s of recording.sessions) {
    out.push(...wrap(`${s.label} on ${s.host} (told apart by ${s.identifiedBy}; node from ${s.nodeSource}): ${verdictWords(s)}`, 2, 4));
    out.push(...laneLines(s, '    '));
    const first = s.timeline.slice(0, TIMELINE_FIRST);
    const switches = s.timeline.filter((t) => t.switched && !first.includes(t)).slice(0, TIMELINE_SWITCHES);
    const last = s.timeline.slice(-TIMELINE_LAST).filter((t) => !first.includes(t) && !switches.includes(t));
    const shown = [...first, ...switches, ...last].sort((a, b) => a.index - b.index);
    out.push(`    ${pad('#', 6)}${pad('time', 10)}${pad('node', 16)}${pad('status', 7)}request`);
    let previous = 0;
    for (const t of shown) {
      if (t.index > previous + 1) out.push('    …');
      previous = t.index;
      const line = `    ${pad(String(t.index), 6)}${pad(clock(t.at), 10)}${pad(`${t.switched ? '» ' : ''}${t.node ?? '?'}`, 16)}${pad(String(t.status), 7)}${t.method} ${t.path}`;
      out.push(line.length > WIDTH ? `${line.slice(0, WIDTH - 1)}…` : line);
    }
    if (previous < s.requests) out.push(`    … ${s.requests - previous} more (see --format json)`);
    if (s.switches.length) out.push('    » = answered by another node than the request before');
  }
  if (recording.oauth.length) {
    out.push('  Sign-in with Microsoft');
    for (const step of recording.oauth) {
      out.push(...wrap(`${clock(step.at)} ${step.detail ?? step.step} (${step.host}${step.path}${step.node ? ` on ${step.node}` : ''})`, 4, 6));
    }
  }
  if (recording.failures.length) {
    out.push('  Failed requests');
    for (const f of recording.failures.slice(0, 10)) out.push(...wrap(`${clock(f.at)} ${f.method} ${f.path}${f.node ? ` on ${f.node}` : ''}: ${f.what}`, 4, 6));
    if (recording.failures.length > 10) out.push(`    … and ${recording.failures.length - 10} more (see --format json)`);
  }
  for (const note of recording.notes) out.push(...wrap(`note: ${note}`, 2, 4));
  return out;
}

/** `2026-11-20T09:00:11.000Z` as `09:00:11` (the date is in the JSON). */
function clock(iso: string): string {
  return /T(\d{2}:\d{2}:\d{2})/.exec(iso)?.[1] ?? iso.slice(0, 8);
}

/** The time and the end of a log line (where the message is), without the columns between. */
function shortSample(sample: string): string {
  if (sample.length <= 150) return sample;
  const time = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/.exec(sample)?.[0];
  const tail = sample.slice(-120);
  return `${time ?? ''} … ${tail.slice(tail.indexOf(' ') + 1)}`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? `${s.slice(0, n - 2)}… ` : s.padEnd(n);
}

function size(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** Word-wraps to the terminal width; words longer than a line (paths, log lines) are cut. */
function wrap(text: string, indent: number, hanging: number): string[] {
  const lines: string[] = [];
  let line = ' '.repeat(indent);
  let fresh = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!fresh && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(hanging);
      fresh = true;
    }
    let rest = fresh ? word : ` ${word}`;
    while (line.length + rest.length > WIDTH) {
      const room = WIDTH - line.length;
      lines.push(line + rest.slice(0, room));
      line = ' '.repeat(hanging);
      rest = rest.slice(room).trimStart();
    }
    line += rest;
    fresh = false;
  }
  lines.push(line);
  return lines;
}
