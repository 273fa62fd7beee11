import type { ScanReport } from '../../knowledge/contract/scan';

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
    const detail = f.status === 'skipped' ? '' : `  ${f.kind === 'zip' || f.kind === 'properties' ? size(f.bytes) : `${f.lines} lines`}${f.node ? `, node ${f.node}` : ''}`;
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
