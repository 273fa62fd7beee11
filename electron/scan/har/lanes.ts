import type { RecordedSession } from '../../../knowledge/contract/recording';

/**
 * A session's node chart as lines of text, one lane per node: `█` where the node answered in that
 * slice of the session, `·` where it did not, and a `^` under each slice where the node changed.
 * The command line and the Markdown report draw it; the PDF draws the same slices as shapes.
 */
export function laneLines(session: RecordedSession, indent = ''): string[] {
  const { lanes, slice, switchSlices } = session.chart;
  if (!lanes.length) return [];
  const width = Math.max(...lanes.map((l) => l.counts.length));
  const label = Math.min(24, Math.max(...lanes.map((l) => l.node.length)));
  const name = (node: string) => (node.length > label ? `${node.slice(0, label - 1)}…` : node.padEnd(label));
  const lines = lanes.map((l) => `${indent}${name(l.node)}  ${Array.from({ length: width }, (_, i) => ((l.counts[i] ?? 0) > 0 ? '█' : '·')).join('')}`);
  if (switchSlices.length) {
    const marks = Array.from({ length: width }, (_, i) => (switchSlices.includes(i) ? '^' : ' ')).join('').trimEnd();
    lines.push(`${indent}${' '.repeat(label)}  ${marks}  ^ = moved to another node`);
  }
  lines.push(`${indent}${' '.repeat(label)}  ${slice === 1 ? 'one column per request' : `one column per ${slice} requests`}, in order`);
  return lines;
}

/** The verdict of a session in words an admin reads. */
export function verdictWords(session: RecordedSession): string {
  const nodes = session.nodes.map((n) => n.node);
  switch (session.verdict) {
    case 'one-node':
      return `stayed on one node (${nodes[0]}) for all ${session.requests} request(s)`;
    case 'switched':
      return `moved between nodes: ${nodes.join(', ')}`;
    case 'rest-elsewhere':
      return `pages stayed on ${session.nodes.find((n) => n.rest < n.requests)?.node ?? nodes[0]}, but /rest/ calls went to another node`;
    case 'no-node':
      return 'no answer names its node';
  }
}
