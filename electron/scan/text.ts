import type { Recording } from '../../knowledge/contract/recording';
import type { ScanReport } from '../../knowledge/contract/scan';
import type { Language } from '../../knowledge/i18n/translations';
import { textWidth, wrap as wrapText } from '../text/wrap';
import { laneLines, RECORDING_WORDS, verdictWords } from './har/lanes';

/**
 * The scan report as plain text for a terminal 80 columns wide (wide characters count as two), for
 * an admin who is not a Jira expert: what was read, what was found and what it means, the facts
 * established, what to do next. The report's own texts are already in the language
 * (knowledge/i18n/scan-report.ts); these are the headings and sentences around them. Called after
 * `loadTextWidths`, or inside `withTextWidths`: a file or user name may need string-width.
 */
const WIDTH = 80;

type TextWords = {
  heading: (files: number, size: string, seconds: string) => string;
  cancelled: string;
  whatWasRead: string;
  amount: { requests: (n: number) => string; lines: (n: number) => string; node: (node: string) => string };
  problem: (text: string) => string;
  note: (text: string) => string;
  whatWasFound: (kinds: number) => string;
  nothingFound: string;
  times: (title: string, count: number) => string;
  seen: (at: string) => string;
  firstLast: (first: string, last: string) => string;
  firstIn: (when: string | undefined, file: string, line: number) => string;
  example: (sample: string) => string;
  logins: string;
  loginHead: [string, string, string, string, string, string];
  moreUsers: (n: number) => string;
  ldap: string;
  ldapCount: (url: string, count: number, node: string | undefined) => string;
  facts: string;
  noFacts: string;
  messages: (n: number) => string;
  because: (why: string) => string;
  next: string;
  nextStep: (command: string) => string;
  recording: (requests: number, files: string) => string;
  session: (label: string, host: string, by: string, source: string, verdict: string) => string;
  timelineHead: [string, string, string, string, string];
  more: (n: number) => string;
  switchMark: string;
  signIn: string;
  where: (host: string, path: string, node: string | undefined) => string;
  onNode: (node: string) => string;
  failed: string;
  moreFailures: (n: number) => string;
};

export const SCAN_TEXT_WORDS: Record<Language, TextWords> = {
  en: {
    heading: (files, size, seconds) => `jira-doctor log scan: ${files} file(s), ${size} read in ${seconds} s`,
    cancelled: 'The scan was cancelled: what follows covers only what was read.',
    whatWasRead: 'What was read',
    amount: { requests: (n) => `${n} requests`, lines: (n) => `${n} lines`, node: (node) => `, node ${node}` },
    problem: (text) => `problem: ${text}`,
    note: (text) => `note: ${text}`,
    whatWasFound: (kinds) => (kinds ? `What was found (${kinds} kinds of log line)` : 'What was found'),
    nothingFound: 'None of the known error lines appear in these logs.',
    times: (title, count) => `* ${title}: ${count} time${count === 1 ? '' : 's'}`,
    seen: (at) => `seen ${at}`,
    firstLast: (first, last) => `first ${first}, last ${last}`,
    firstIn: (when, file, line) => `${when ? `${when}; ` : ''}first in ${file}, line ${line}`,
    example: (sample) => `e.g. ${sample}`,
    logins: 'Logins per user (security log)',
    loginHead: ['user', 'node', 'passed', 'failed', 'refused', 'captcha'],
    moreUsers: (n) => `… and ${n} more users (see --format json)`,
    ldap: 'LDAP servers Jira connected to',
    ldapCount: (url, count, node) => `${url}: ${count} time(s)${node ? ` on node ${node}` : ''}`,
    facts: 'Facts established',
    noFacts: 'None: these logs do not settle any question of the diagnosis.',
    messages: (n) => `${n} error message(s)`,
    because: (why) => `because: ${why}`,
    next: 'Next step',
    nextStep: (command) => `Save the result as JSON and let jira-doctor rank the causes: ${command}`,
    recording: (requests, files) => `Browser recording: ${requests} Jira request(s) in ${files}`,
    session: (label, host, by, source, verdict) => `${label} on ${host} (told apart by ${by}; node from ${source}): ${verdict}`,
    timelineHead: ['#', 'time', 'node', 'status', 'request'],
    more: (n) => `… ${n} more (see --format json)`,
    switchMark: '» = answered by another node than the request before',
    signIn: 'Sign-in with Microsoft',
    where: (host, path, node) => ` (${host}${path}${node ? ` on ${node}` : ''})`,
    onNode: (node) => ` on ${node}`,
    failed: 'Failed requests',
    moreFailures: (n) => `… and ${n} more (see --format json)`,
  },
  ja: {
    heading: (files, size, seconds) => `jira-doctor ログ スキャン: ファイル ${files} 件、${size} を ${seconds} 秒で読みました`,
    cancelled: 'スキャンは取り消されました: 以下は読んだ分だけの結果です。',
    whatWasRead: '読んだもの',
    amount: { requests: (n) => `リクエスト ${n} 件`, lines: (n) => `${n} 行`, node: (node) => `、ノード ${node}` },
    problem: (text) => `問題: ${text}`,
    note: (text) => `注: ${text}`,
    whatWasFound: (kinds) => (kinds ? `見つかったもの（ログ行 ${kinds} 種類）` : '見つかったもの'),
    nothingFound: '既知のエラー行は、これらのログにはありません。',
    times: (title, count) => `* ${title}: ${count} 回`,
    seen: (at) => `${at} に出現`,
    firstLast: (first, last) => `最初 ${first}、最後 ${last}`,
    firstIn: (when, file, line) => `${when ? `${when}。` : ''}最初の出現は ${file} の ${line} 行目`,
    example: (sample) => `例: ${sample}`,
    logins: 'ユーザーごとのログイン（セキュリティ ログ）',
    loginHead: ['ユーザー', 'ノード', '成功', '失敗', '拒否', 'CAPTCHA'],
    moreUsers: (n) => `… ほかに ${n} ユーザー（--format json を参照）`,
    ldap: 'Jira が接続した LDAP サーバー',
    ldapCount: (url, count, node) => `${url}: ${count} 回${node ? `（ノード ${node}）` : ''}`,
    facts: 'わかった事実',
    noFacts: 'なし: これらのログでは、診断のどの質問にも答えが出ません。',
    messages: (n) => `エラー メッセージ ${n} 件`,
    because: (why) => `根拠: ${why}`,
    next: '次の手順',
    nextStep: (command) => `結果を JSON で保存し、jira-doctor に原因を順位づけさせます: ${command}`,
    recording: (requests, files) => `ブラウザーの記録: ${files} に Jira へのリクエストが ${requests} 件`,
    session: (label, host, by, source, verdict) => `${label}（${host}。区別: ${by}。ノードの読み取り元: ${source}）: ${verdict}`,
    timelineHead: ['#', '時刻', 'ノード', '状態', 'リクエスト'],
    more: (n) => `… ほかに ${n} 件（--format json を参照）`,
    switchMark: '» = 直前のリクエストとは別のノードが応答',
    signIn: 'Microsoft へのサインイン',
    where: (host, path, node) => `（${host}${path}${node ? `、${node}` : ''}）`,
    onNode: (node) => `（${node}）`,
    failed: '失敗したリクエスト',
    moreFailures: (n) => `… ほかに ${n} 件（--format json を参照）`,
  },
};

export function scanReportText(report: ScanReport, options: { jsonHint: string; language?: Language }): string {
  const language = options.language ?? 'en';
  const w = SCAN_TEXT_WORDS[language];
  const out: string[] = [];
  const read = report.files.filter((f) => f.status !== 'skipped' && f.kind !== 'other');
  const seconds = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
  out.push(...wrap(w.heading(read.length, size(report.bytesRead), seconds.toFixed(1)), 0, 2));
  if (report.cancelled) out.push(...wrap(w.cancelled, 0, 2));

  out.push('', w.whatWasRead);
  for (const f of report.files) {
    if (f.kind === 'other' && f.name === '(scan)') continue;
    const mark = f.status === 'read' ? '+' : f.status === 'partial' ? '~' : '-';
    const amount = f.kind === 'zip' || f.kind === 'properties' ? size(f.bytes) : f.kind === 'har' ? w.amount.requests(f.requests ?? 0) : w.amount.lines(f.lines);
    const detail = f.status === 'skipped' ? '' : `  ${amount}${f.node ? w.amount.node(f.node) : ''}`;
    out.push(...wrap(`${mark} ${f.name}${detail}`, 2, 4));
    if (f.problem) out.push(...wrap(w.problem(f.problem), 4, 6));
    for (const note of f.notes) out.push(...wrap(w.note(note), 4, 6));
  }

  out.push('', w.whatWasFound(report.signatures.length));
  if (!report.signatures.length) out.push(...wrap(w.nothingFound, 2, 4));
  for (const s of report.signatures) {
    out.push(...wrap(w.times(s.title, s.count), 2, 4));
    out.push(...wrap(s.meaning, 4, 6));
    const when = s.firstSeen ? (s.firstSeen === s.lastSeen ? w.seen(s.firstSeen) : w.firstLast(s.firstSeen, s.lastSeen ?? s.firstSeen)) : undefined;
    out.push(...wrap(w.firstIn(when, s.file, s.line), 4, 6));
    const sample = s.samples[0];
    if (sample) out.push(...wrap(w.example(shortSample(sample)), 4, 6));
  }

  if (report.authentication.length) {
    const [user, node, passed, failed, refused, captcha] = w.loginHead;
    out.push('', w.logins);
    out.push(`  ${pad(user, 22)}${pad(node, 12)}${pad(passed, 8)}${pad(failed, 8)}${pad(refused, 9)}${captcha}`);
    for (const a of report.authentication.slice(0, 20)) {
      out.push(`  ${pad(a.user, 22)}${pad(a.node ?? '-', 12)}${pad(String(a.passed), 8)}${pad(String(a.failed), 8)}${pad(String(a.notPermitted), 9)}${a.captcha}`);
    }
    if (report.authentication.length > 20) out.push(`  ${w.moreUsers(report.authentication.length - 20)}`);
  }
  if (report.ldapServers.length) {
    out.push('', w.ldap);
    for (const l of report.ldapServers) out.push(...wrap(w.ldapCount(l.url, l.count, l.node), 2, 4));
  }

  if (report.recording) out.push('', ...recordingText(report.recording, w, language));

  const facts = Object.entries(report.facts);
  out.push('', w.facts);
  if (!facts.length) out.push(...wrap(w.noFacts, 2, 4));
  for (const [name, value] of facts) {
    const shown = Array.isArray(value) ? w.messages(value.length) : String(value);
    out.push(...wrap(`${name} = ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}`, 2, 4));
    const source = report.factSources[name as keyof typeof report.factSources];
    if (source) out.push(...wrap(w.because(source.why), 4, 6));
  }

  out.push('', w.next);
  out.push(...wrap(w.nextStep(options.jsonHint), 2, 4));
  return `${out.join('\n')}\n`;
}

/** Shown of a session's timeline: its first requests, every switch, its last requests. */
const TIMELINE_FIRST = 12;
const TIMELINE_SWITCHES = 10;
const TIMELINE_LAST = 4;

/** What the browser recording showed: per session the nodes, a lane chart and the timeline; the sign-in; the failures. */
function recordingText(recording: Recording, w: TextWords, language: Language): string[] {
  const out: string[] = [];
  const words = RECORDING_WORDS[language];
  const files = recording.files.map((f) => `${f.name}${f.browser ? ` (${f.browser})` : ''}`).join(words.comma);
  out.push(...wrap(w.recording(recording.jiraRequests, files), 0, 2));
  for (const s of recording.sessions) {
    out.push(...wrap(w.session(s.label, s.host, s.identifiedBy, words.source[s.nodeSource], verdictWords(s, words)), 2, 4));
    out.push(...laneLines(s, '    ', words));
    const first = s.timeline.slice(0, TIMELINE_FIRST);
    const switches = s.timeline.filter((t) => t.switched && !first.includes(t)).slice(0, TIMELINE_SWITCHES);
    const last = s.timeline.slice(-TIMELINE_LAST).filter((t) => !first.includes(t) && !switches.includes(t));
    const shown = [...first, ...switches, ...last].sort((a, b) => a.index - b.index);
    const [index, time, node, status, request] = w.timelineHead;
    out.push(`    ${pad(index, 6)}${pad(time, 10)}${pad(node, 16)}${pad(status, 7)}${request}`);
    let previous = 0;
    for (const t of shown) {
      if (t.index > previous + 1) out.push('    …');
      previous = t.index;
      const line = `    ${pad(String(t.index), 6)}${pad(clock(t.at), 10)}${pad(`${t.switched ? '» ' : ''}${t.node ?? '?'}`, 16)}${pad(String(t.status), 7)}${t.method} ${t.path}`;
      out.push(line.length > WIDTH ? `${line.slice(0, WIDTH - 1)}…` : line);
    }
    if (previous < s.requests) out.push(`    ${w.more(s.requests - previous)}`);
    if (s.switches.length) out.push(...wrap(w.switchMark, 4, 6));
  }
  if (recording.oauth.length) {
    out.push(`  ${w.signIn}`);
    for (const step of recording.oauth) {
      out.push(...wrap(`${clock(step.at)} ${step.detail ?? step.step}${w.where(step.host, step.path, step.node)}`, 4, 6));
    }
  }
  if (recording.failures.length) {
    out.push(`  ${w.failed}`);
    for (const f of recording.failures.slice(0, 10)) out.push(...wrap(`${clock(f.at)} ${f.method} ${f.path}${f.node ? w.onNode(f.node) : ''}: ${f.what}`, 4, 6));
    if (recording.failures.length > 10) out.push(`    ${w.moreFailures(recording.failures.length - 10)}`);
  }
  for (const note of recording.notes) out.push(...wrap(w.note(note), 2, 4));
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

/** `s` in a column `n` wide (wide characters count as two), cut with "…" when longer. */
function pad(s: string, n: number): string {
  const width = textWidth(s);
  if (width < n) return s + ' '.repeat(n - width);
  let cut = '';
  for (const char of s) {
    if (textWidth(`${cut}${char}`) > n - 2) break;
    cut += char;
  }
  return `${cut}… `;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** Wraps to the terminal width (the shared wrapper: continuation lines two further in); `hanging` is kept for the lines' shape. */
function wrap(text: string, indent: number, hanging: number): string[] {
  const lines = wrapText(text, ' '.repeat(indent), WIDTH);
  return lines.map((line, i) => (i === 0 ? line : ' '.repeat(hanging) + line.trimStart()));
}
