import type { NodeSource, RecordedSession } from '../../../knowledge/contract/recording';
import type { Language } from '../../../knowledge/core';

/** The chart's and the verdict's own words, one typed catalogue per language. */
export type RecordingWords = {
  moved: string;
  columns: (slice: number) => string;
  oneNode: (node: string, requests: number) => string;
  switched: (nodes: string) => string;
  restElsewhere: (node: string) => string;
  noNode: string;
  /** Where a session's node names were read from (the JSON keeps the ids). */
  source: Record<NodeSource, string>;
  /** Between the names of several files or nodes. */
  comma: string;
};

export const RECORDING_WORDS: Record<Language, RecordingWords> = {
  en: {
    moved: '^ = moved to another node',
    columns: (slice) => `${slice === 1 ? 'one column per request' : `one column per ${slice} requests`}, in order`,
    oneNode: (node, requests) => `stayed on one node (${node}) for all ${requests} request(s)`,
    switched: (nodes) => `moved between nodes: ${nodes}`,
    restElsewhere: (node) => `pages stayed on ${node}, but /rest/ calls went to another node`,
    noNode: 'no answer names its node',
    source: { 'X-ANODEID': 'X-ANODEID', 'JSESSIONID route': 'JSESSIONID route', 'load-balancer cookie': 'load-balancer cookie', none: 'none' },
    comma: ', ',
  },
  ja: {
    moved: '^ = 別のノードに移動',
    columns: (slice) => (slice === 1 ? '1 列が 1 リクエスト、順番どおり' : `1 列が ${slice} リクエスト、順番どおり`),
    oneNode: (node, requests) => `${requests} 件すべてのリクエストで 1 つのノード（${node}）にとどまりました`,
    switched: (nodes) => `ノード間を移動しました: ${nodes}`,
    restElsewhere: (node) => `ページは ${node} にとどまりましたが、/rest/ の呼び出しは別のノードに送られました`,
    noNode: 'ノードを示す応答がありません',
    source: { 'X-ANODEID': 'X-ANODEID', 'JSESSIONID route': 'JSESSIONID のルート', 'load-balancer cookie': 'ロード バランサーの Cookie', none: 'なし' },
    comma: '、',
  },
};

/**
 * A session's node chart as lines of text, one lane per node: `█` where the node answered in that
 * slice of the session, `·` where it did not, and a `^` under each slice where the node changed.
 * The command line and the Markdown report draw it; the PDF draws the same slices as shapes.
 */
export function laneLines(session: RecordedSession, indent = '', words: RecordingWords = RECORDING_WORDS.en): string[] {
  const { lanes, slice, switchSlices } = session.chart;
  if (!lanes.length) return [];
  const width = Math.max(...lanes.map((l) => l.counts.length));
  const label = Math.min(24, Math.max(...lanes.map((l) => l.node.length)));
  const name = (node: string) => (node.length > label ? `${node.slice(0, label - 1)}…` : node.padEnd(label));
  const lines = lanes.map((l) => `${indent}${name(l.node)}  ${Array.from({ length: width }, (_, i) => ((l.counts[i] ?? 0) > 0 ? '█' : '·')).join('')}`);
  if (switchSlices.length) {
    const marks = Array.from({ length: width }, (_, i) => (switchSlices.includes(i) ? '^' : ' ')).join('').trimEnd();
    lines.push(`${indent}${' '.repeat(label)}  ${marks}  ${words.moved}`);
  }
  lines.push(`${indent}${' '.repeat(label)}  ${words.columns(slice)}`);
  return lines;
}

/** The verdict of a session in words an admin reads. */
export function verdictWords(session: RecordedSession, words: RecordingWords = RECORDING_WORDS.en): string {
  const nodes = session.nodes.map((n) => n.node);
  switch (session.verdict) {
    case 'one-node':
      return words.oneNode(nodes[0] ?? '', session.requests);
    case 'switched':
      return words.switched(nodes.join(words.comma));
    case 'rest-elsewhere':
      return words.restElsewhere(session.nodes.find((n) => n.rest < n.requests)?.node ?? nodes[0] ?? '');
    case 'no-node':
      return words.noNode;
  }
}
