import type { RecordedSession, Recording } from '../../knowledge/contract/recording';
import type { ScanReport } from '../../knowledge/contract/scan';
import { verdictWords } from '../scan/har/lanes';
import type { Evidence } from '../../knowledge/core';
import { appFiles, FONT_FILES } from '../resources/app-files';
import { mapStrings } from '../text/map-strings';
import type { ReportModel } from './model';
import { visible } from './visible';
import { STATUS_TITLES } from './wording';

/**
 * The PDF, laid out with pdfmake. Page one is for a manager: the problem, the leading cause, who
 * must act, the impact. The pages after it hold the detail an admin or auditor checks. Noto Sans JP
 * (an npm dependency) covers Latin and Japanese, so no system font is needed anywhere.
 */

export type PageSize = 'A4' | 'LETTER';

type Content = Record<string, unknown> | string | Content[];

type Pdfmake = {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
};

type Fonts = { printer: Pdfmake; covers: (codePoint: number) => boolean };
let loaded: Promise<Fonts> | undefined;

/** pdfmake with the fonts in its in-memory file system: laying out a report reads nothing from disk. */
function fonts(): Promise<Fonts> {
  loaded ??= (async () => {
    const read = appFiles('fonts');
    const [regular, bold] = await Promise.all([read(FONT_FILES.regular), read(FONT_FILES.bold)]);
    if (!regular || !bold) throw new Error('the report fonts (Noto Sans JP) are missing from this installation; reinstall jira-doctor');
    // Loaded on first use: pdfmake and fontkit are large, and most runs write no PDF.
    const printer = (await import('pdfmake')).default as Pdfmake;
    const fontkit = await import('fontkit');
    printer.virtualfs.writeFileSync('NotoSansJP-Regular.ttf', regular);
    printer.virtualfs.writeFileSync('NotoSansJP-Bold.ttf', bold);
    printer.setFonts({ NotoSansJP: { normal: 'NotoSansJP-Regular.ttf', bold: 'NotoSansJP-Bold.ttf', italics: 'NotoSansJP-Regular.ttf', bolditalics: 'NotoSansJP-Bold.ttf' } });
    // A report never fetches anything, nor reads a file: the fonts are already in memory.
    printer.setUrlAccessPolicy(() => false);
    printer.setLocalAccessPolicy(() => false);
    const font = fontkit.create(regular);
    return { printer, covers: (c: number) => font.hasGlyphForCodePoint(c) };
  })();
  return loaded;
}

const COLOURS = { confirmed: '#b42318', likely: '#b54708', possible: '#475467', 'ruled-out': '#98a2b3' } as const;
const INK = '#101828';
const MUTED = '#475467';
const RULE = '#d0d5dd';

/** Words for symbols the font lacks, so a menu path never prints as an empty box. */
const SUBSTITUTES: Record<string, string> = { '⚙': 'Administration (cog icon)' };

/**
 * Replaces every character the font cannot draw (a symbol in the knowledge, an emoji in a session
 * name): with its words where known, else with U+FFFD's usual stand-in, "?".
 */
export function printable(text: string, covers: (codePoint: number) => boolean): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out += c < 0x80 || c === 0x0a || covers(c) ? ch : (SUBSTITUTES[ch] ?? '?');
  }
  return out;
}

export async function renderPdf(raw: ReportModel, pageSize: PageSize): Promise<Buffer> {
  const { printer, covers } = await fonts();
  const model = mapStrings(raw, (text) => printable(visible(text), covers));
  const doc = {
    pageSize,
    pageMargins: [48, 56, 48, 56],
    info: { title: model.title, subject: model.problem, creator: 'jira-doctor', producer: 'jira-doctor' },
    defaultStyle: { font: 'NotoSansJP', fontSize: 9.5, color: INK, lineHeight: 1.25 },
    styles: {
      kicker: { fontSize: 8, color: MUTED, characterSpacing: 0.5 },
      title: { fontSize: 18, bold: true, margin: [0, 2, 0, 6] },
      h1: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      h2: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
      lead: { fontSize: 12, margin: [0, 0, 0, 4] },
      muted: { color: MUTED },
      code: { fontSize: 8.5, background: '#f2f4f7', color: '#1d2939' },
      small: { fontSize: 8, color: MUTED },
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `jira-doctor · knowledge ${model.knowledgeVersion}`, style: 'small' },
        { text: `Page ${page} of ${pages}`, style: 'small', alignment: 'right' },
      ],
      margin: [48, 16, 48, 0],
    }),
    content: [...pageOne(model), ...differential(model), ...actionPlan(model), ...evidence(model), ...shortened(model), ...answers(model), ...sources(model)],
  };
  return printer.createPdf(doc).getBuffer();
}

function pageOne(model: ReportModel): Content[] {
  const meta = [
    `Date: ${model.date}`,
    model.instance ? `Jira: ${model.instance}` : undefined,
    `Knowledge version: ${model.knowledgeVersion}`,
  ].filter((x): x is string => Boolean(x));
  const h = model.headline;
  return [
    { text: 'JIRA-DOCTOR DIAGNOSIS REPORT', style: 'kicker' },
    { text: model.title, style: 'title' },
    { text: meta.join('   ·   '), style: 'muted', margin: [0, 0, 0, 12] },
    box('The problem', [
      { text: model.problem, style: 'lead' },
      model.impact ? { text: [{ text: 'Impact: ', bold: true }, model.impact] } : '',
    ]),
    box(
      'Most likely cause',
      h
        ? [
            { text: [statusBadge(h.status), '  ', { text: h.title, bold: true, fontSize: 12 }] },
            ...h.because.slice(0, 3).map((b) => ({ text: `• ${b}`, margin: [0, 2, 0, 0] })),
          ]
        : [{ text: 'No cause could be singled out from what is known. The open questions below say what to find out next.' }],
    ),
    box('What must be done, and by whom', model.actions.length
      ? model.actions.map((team) => ({
          margin: [0, 2, 0, 4],
          stack: [
            { text: team.teamTitle, bold: true },
            ...team.items.map((item) => checkbox(`${item.causeTitle}: ${item.steps[0]?.text ?? ''}`)),
          ],
        }))
      : [{ text: 'Nothing to act on yet: answer the open questions first.' }]),
    {
      text: `${total(model)} causes were considered: ${model.counts.confirmed} confirmed, ${model.counts.likely} likely, ${model.counts.possible} still possible, ${model.counts['ruled-out']} ruled out. ${model.openQuestions.length} questions are still open.`,
      style: 'muted',
      margin: [0, 6, 0, 0],
    },
  ];
}

function total(model: ReportModel): number {
  return Object.values(model.counts).reduce((a, b) => a + b, 0);
}

function box(heading: string, body: Content[]): Content {
  return {
    margin: [0, 0, 0, 10],
    table: { widths: ['*'], body: [[{ stack: [{ text: heading.toUpperCase(), style: 'kicker', margin: [0, 0, 0, 4] }, ...body], margin: [8, 6, 8, 6] }]] },
    layout: { hLineColor: RULE, vLineColor: RULE, hLineWidth: () => 0.75, vLineWidth: () => 0.75 },
  };
}

function statusBadge(status: keyof typeof COLOURS): Content {
  return { text: ` ${STATUS_TITLES[status].toUpperCase()} `, color: '#ffffff', background: COLOURS[status], bold: true, fontSize: 8.5 };
}

function checkbox(text: string): Content {
  return {
    columns: [
      { width: 12, canvas: [{ type: 'rect', x: 0, y: 3, w: 7, h: 7, lineColor: MUTED, lineWidth: 0.8 }] },
      { width: '*', text },
    ],
    columnGap: 2,
    margin: [0, 2, 0, 0],
  };
}

function differential(model: ReportModel): Content[] {
  const rows = model.differential.map((c) => [
    { stack: [{ text: c.title, bold: true }, { text: c.id, style: 'small' }] },
    { text: STATUS_TITLES[c.status], color: COLOURS[c.status], bold: true },
    { stack: c.because.map((b) => ({ text: `• ${b}` })) },
  ]);
  return [
    { text: 'Every cause considered', style: 'h1', pageBreak: 'before' },
    { text: 'Each known cause of this kind of failure, with its status and the reason for it. Ruled-out causes are listed too, so nobody checks them again.', style: 'muted', margin: [0, 0, 0, 6] },
    {
      table: { headerRows: 1, widths: [150, 60, '*'], body: [[th('Cause'), th('Status'), th('Why')], ...rows] },
      layout: 'lightHorizontalLines',
    },
  ];
}

function th(text: string): Content {
  return { text, bold: true, color: MUTED };
}

function actionPlan(model: ReportModel): Content[] {
  if (!model.actions.length) return [];
  return [
    { text: 'Action plan by team', style: 'h1' },
    ...model.actions.flatMap((team) => [
      { text: team.teamTitle, style: 'h2' },
      ...team.items.flatMap((item) => [
        { text: [statusBadge(item.status), '  ', { text: item.causeTitle, bold: true }], margin: [0, 4, 0, 2] },
        ...item.steps.flatMap((step) => [
          checkbox(step.text),
          ...(step.code ?? []).map((code) => ({ text: code, style: 'code', margin: [16, 1, 0, 1] })),
        ]),
        ...item.notes.map((note) => ({ text: `Note: ${note}`, style: 'muted', margin: [14, 2, 0, 0] })),
      ]),
    ]),
  ];
}

function evidence(model: ReportModel): Content[] {
  const checks = model.evidence;
  const scan = model.scan;
  if (!checks.length && !scan) return [];
  return [
    { text: 'Evidence', style: 'h1' },
    ...checks.flatMap(evidenceBlock),
    ...(scan ? scanBlock(scan) : []),
  ];
}

function scanBlock(scan: ScanReport): Content[] {
  const read = scan.files.filter((f) => f.status !== 'skipped').length;
  const auth = scan.authentication.filter((a) => a.failed + a.notPermitted + a.captcha > 0);
  return [
    { text: 'Log scan', style: 'h2' },
    { text: `${read} of ${scan.files.length} files read, ${(scan.bytesRead / 1e6).toFixed(1)} MB, ${scan.startedAt}${scan.cancelled ? ' (stopped early)' : ''}`, style: 'small' },
    ...scan.files.filter((f) => f.problem).map((f) => ({ text: `${f.name}: ${f.problem ?? ''}`, style: 'muted' })),
    ...(scan.signatures.length
      ? [{
          table: {
            headerRows: 1,
            widths: [150, 36, '*'],
            body: [
              [th('What was found'), th('Count'), th('When, where, and a sample line')],
              ...scan.signatures.map((s) => [
                { stack: [{ text: s.title, bold: true }, { text: s.meaning, style: 'small' }] },
                String(s.count),
                { stack: [`${s.firstSeen ?? '?'} – ${s.lastSeen ?? '?'} · ${s.file}:${s.line}`, ...s.samples.slice(0, 1).map((x) => ({ text: x, style: 'code' }))] },
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        }]
      : [{ text: 'No known error signature was found in the logs.', style: 'muted' }]),
    ...auth.slice(0, 8).map((a) =>
      barChart(`Logins of ${a.user}${a.node ? ` on ${a.node}` : ''} (security log)`, { passed: a.passed, failed: a.failed, 'no USE permission or not found': a.notPermitted, CAPTCHA: a.captcha }),
    ),
    ...(scan.recording ? recordingBlock(scan.recording) : []),
  ];
}

const SESSIONS_SHOWN = 4;

/** The browser recording: per session a timeline chart of the nodes, its switches; the sign-in steps; the failures. */
function recordingBlock(recording: Recording): Content[] {
  const sessions = recording.sessions.slice(0, SESSIONS_SHOWN);
  return [
    { text: 'Browser recording', style: 'h2' },
    {
      text: `${recording.jiraRequests} Jira request(s) in ${recording.files.map((f) => `${f.name}${f.browser ? ` (${f.browser})` : ''}`).join(', ')}. Each row below is a Jira node; a mark means it answered requests of that part of the session, a red line where the session moved to another node.`,
      style: 'small',
    },
    ...sessions.flatMap((s) => [
      { text: `${s.label} on ${s.host}: ${verdictWords(s)}`, bold: true, margin: [0, 6, 0, 2] },
      { text: `${s.requests} request(s) from ${s.firstAt ?? '?'} to ${s.lastAt ?? '?'}; each answer's node read from ${s.nodeSource}; the session told apart by ${s.identifiedBy}`, style: 'small' },
      ...(s.chart.lanes.length ? [timelineChart(s)] : []),
      ...s.switches.slice(0, 5).map((w) => ({ text: `Request ${w.index} at ${w.at}: ${w.method} ${w.path} was answered by ${w.to} instead of ${w.from}`, style: 'code', margin: [0, 1, 0, 0] })),
      ...(s.switches.length > 5 ? [{ text: `… and ${s.switches.length - 5} more moves`, style: 'small' }] : []),
    ]),
    ...(recording.sessions.length > SESSIONS_SHOWN ? [{ text: `… and ${recording.sessions.length - SESSIONS_SHOWN} more sessions`, style: 'small' }] : []),
    ...(recording.oauth.length
      ? [
          { text: 'Sign-in with Microsoft', bold: true, margin: [0, 6, 0, 2] },
          ...recording.oauth.map((o) => ({ text: `${o.at}  ${o.detail ?? o.step} (${o.host}${o.path}${o.node ? `, node ${o.node}` : ''})`, style: o.step === 'error' ? undefined : 'small', color: o.step === 'error' ? COLOURS.confirmed : undefined })),
        ]
      : []),
    ...(recording.failures.length
      ? [
          { text: 'Failed requests', bold: true, margin: [0, 6, 0, 2] },
          ...recording.failures.slice(0, 8).map((f) => ({ text: `${f.at}  ${f.method} ${f.path}${f.node ? ` on ${f.node}` : ''}: ${f.what}`, style: 'small' })),
        ]
      : []),
    ...recording.notes.map((n) => ({ text: `Note: ${n}`, style: 'muted', margin: [0, 2, 0, 0] })),
  ];
}

/** One lane per node across the session, a block where the node answered, a red line at each move. */
function timelineChart(session: RecordedSession): Content {
  const width = 340;
  const lane = 12;
  const slices = Math.max(1, ...session.chart.lanes.map((l) => l.counts.length));
  const step = width / slices;
  const shapes: Record<string, unknown>[] = [];
  session.chart.lanes.forEach((l, row) => {
    shapes.push({ type: 'line', x1: 0, y1: row * lane + lane / 2, x2: width, y2: row * lane + lane / 2, lineWidth: 0.5, lineColor: RULE });
    l.counts.forEach((count, i) => {
      if (count > 0) shapes.push({ type: 'rect', x: i * step, y: row * lane + 2, w: Math.max(1.5, step - 0.5), h: lane - 4, color: '#6172f3' });
    });
  });
  for (const i of session.chart.switchSlices) shapes.push({ type: 'line', x1: i * step, y1: 0, x2: i * step, y2: session.chart.lanes.length * lane, lineWidth: 1.2, lineColor: COLOURS.confirmed });
  return {
    margin: [0, 4, 0, 4],
    columns: [
      { width: 110, stack: session.chart.lanes.map((l) => ({ text: l.node, style: 'small', lineHeight: 1, margin: [0, 1.5, 0, 1.5] })) },
      { width: width + 4, stack: [{ canvas: shapes }, { text: `request 1 → ${session.requests}${session.chart.slice > 1 ? ` (each column ${session.chart.slice} requests)` : ''}`, style: 'small' }] },
    ],
    columnGap: 6,
  };
}

function evidenceBlock(e: Evidence): Content[] {
  const outcome = e.outcome === 'ok' ? 'completed' : e.outcome;
  return [
    { text: e.title, style: 'h2' },
    { text: `${e.startedAt} · ${(e.durationMs / 1000).toFixed(2)} s · ${outcome}`, style: 'small' },
    ...e.concluded.map((c) => ({ text: [{ text: `${c.fact} = ${JSON.stringify(c.value)}`, bold: true }, ` — ${c.why}`] })),
    ...(e.problem ? [{ text: [{ text: 'Problem: ', bold: true }, e.problem.message, ' ', { text: e.problem.advice, style: 'muted' }] }] : []),
    ...e.notes.map((n) => ({ text: `Note: ${n}`, style: 'muted' })),
    ...e.exchanges.slice(0, 6).map((x) => ({
      text: `${x.request.method} ${x.request.url} → ${x.response ? x.response.status : 'no answer'}${x.response?.headers['x-anodeid'] ? ` (node ${x.response.headers['x-anodeid']})` : ''}`,
      style: 'code',
      margin: [0, 1, 0, 0],
    })),
    ...(e.exchanges.length > 6 ? [{ text: `… and ${e.exchanges.length - 6} more requests`, style: 'small' }] : []),
    ...(e.tallies ?? []).map((t) => barChart(t.label, t.counts)),
  ];
}

/** A horizontal bar chart drawn with vectors: responses per node and status, and the like. */
function barChart(label: string, counts: Record<string, number>): Content {
  const entries = Object.entries(counts);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const width = 260;
  return {
    margin: [0, 6, 0, 6],
    stack: [
      { text: label, bold: true, margin: [0, 0, 0, 3] },
      ...entries.map(([key, n]) => ({
        columns: [
          { width: 140, text: key, style: 'small' },
          { width: width + 4, canvas: [{ type: 'rect', x: 0, y: 2, w: Math.max(1, (n / max) * width), h: 8, color: '#6172f3' }] },
          { width: 'auto', text: String(n), style: 'small' },
        ],
        columnGap: 4,
      })),
    ],
  };
}

/** What a huge session's report left out, said where the reader meets the shortened lists. */
function shortened(model: ReportModel): Content[] {
  return (model.shortened ?? []).map((note) => ({ text: note, style: 'muted', margin: [0, 4, 0, 0] }));
}

function answers(model: ReportModel): Content[] {
  return [
    { text: 'What was answered', style: 'h1' },
    model.answers.length
      ? {
          table: {
            headerRows: 1,
            widths: ['*', 150, 120],
            body: [[th('Question'), th('Answer'), th('From')], ...model.answers.map((a) => [a.question, { text: a.value }, { text: a.source, style: 'small' }])],
          },
          layout: 'lightHorizontalLines',
        }
      : { text: 'Nothing was answered yet.', style: 'muted' },
    { text: 'Open questions and assumptions', style: 'h2' },
    model.openQuestions.length
      ? { ul: model.openQuestions.map((q) => ({ text: [{ text: q.question, bold: true }, ` — ${q.why}`] })) }
      : { text: 'None: every question that could change the result was answered.', style: 'muted' },
  ];
}

function sources(model: ReportModel): Content[] {
  return [
    { text: 'Sources', style: 'h1' },
    { text: 'The page and section behind each conclusion, with its published address; the texts are also bundled with jira-doctor for offline reading.', style: 'muted', margin: [0, 0, 0, 4] },
    ...model.sources.map((s) => ({
      margin: [0, 2, 0, 2],
      text: [
        { text: s.articleTitle, bold: true },
        ...(s.sections.length ? [{ text: ` — ${s.sections.join('; ')}`, style: 'muted' }] : []),
        ...(s.url ? [{ text: ` ${s.url}`, style: 'muted' }] : []),
      ],
    })),
  ];
}

