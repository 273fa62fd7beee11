/**
 * Regenerates docs/screenshots/report-page1.png, the picture of a report's first page in the README,
 * from an example session (a JSM email channel on a two-node cluster). Needs pdftoppm (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer, FactName } from '../knowledge/index';
import { renderReport } from '../electron/report/index';
import { reportInputFrom } from '../electron/report/input';

const at = '2026-11-23T09:30:00.000Z';
const given: [FactName, unknown][] = [
  ['symptom', 'mail-oauth'], ['mail.handler', 'jsm'], ['mail.provider', 'microsoft'], ['mail.protocol', 'imap'],
  ['jira.version', '9.12.4'], ['jsm.version', '5.12.4'], ['jira.clustered', true], ['microsoft.cloud', 'worldwide'],
  ['azure.secretExpiresOn', '2026-10-31'],
];
const answers = given.map(([fact, value]): Answer => ({ fact, value: value as never, source: { kind: 'user' }, at }));
const session = {
  schemaVersion: 1, id: 'example', name: 'Service desk mailbox stopped creating requests', createdAt: at, updatedAt: at,
  knowledgeVersion: '', answers, unknown: ['mailbox.flooded'],
};

const dir = mkdtempSync(join(tmpdir(), 'jd-picture-'));
const pdf = join(dir, 'report.pdf');
writeFileSync(pdf, (await renderReport(reportInputFrom(session, 'example'), { format: 'pdf', today: '2026-11-23' })).bytes);
execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '80', '-png', '-singlefile', pdf, 'docs/screenshots/report-page1']);
console.log('Wrote docs/screenshots/report-page1.png');
