import type { Session } from '../../knowledge/contract/session';
import type { ParsedRequestOf, ResponseOf } from '../api/contract';
import { renderReport } from '../report/index';
import { reportInputFrom } from '../report/input';

/** A saved session as a report file for download, in the format the admin picked. */
export async function renderSessionReport(
  session: Session,
  request: ParsedRequestOf<'report.render'>,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<ResponseOf<'report.render'>> {
  const input = reportInputFrom(session, session.name);
  const rendered = await renderReport(input, { format: request.format, pageSize: request.pageSize, pseudonymize: request.pseudonymize, today });
  const slug = session.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'session';
  return { filename: `jira-doctor-report-${slug}-${today}.${rendered.extension}`, mimeType: rendered.mime, base64: rendered.bytes.toString('base64') };
}
