import type { Session } from '../../knowledge/contract/session';
import type { ParsedRequestOf, ResponseOf } from '../api/contract';
import { renderReport } from '../report/index';
import { ReportInputError, reportInputFrom } from '../report/input';
import { inLanguage } from '../text/run-language';
import { ServiceError } from './errors';
import { SERVICE_WORDS } from './words';

export { warmUp } from '../report/pdf';

/** A saved session as a report file for download, in the format the admin picked. */
export async function renderSessionReport(
  session: Session,
  request: ParsedRequestOf<'report.render'>,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<ResponseOf<'report.render'>> {
  let rendered: Awaited<ReturnType<typeof renderReport>>;
  try {
    // The work runs in a worker thread, outside the call's own run: the session's problems are said in the report's language.
    rendered = await inLanguage(request.language ?? 'en', () =>
      renderReport(reportInputFrom(session, session.name), {
        format: request.format,
        pageSize: request.pageSize,
        pseudonymize: request.pseudonymize,
        today,
        ...(request.language ? { language: request.language } : {}),
      }),
    );
  } catch (error: unknown) {
    // A session whose content is not of the contract's types (edited by hand, imported from elsewhere) is the admin's to fix, not a bug.
    if (error instanceof ReportInputError) throw new ServiceError('bad-request', SERVICE_WORDS[request.language ?? 'en'].sessionNotReportable(error.message));
    throw error;
  }
  const slug = session.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'session';
  return { filename: `jira-doctor-report-${slug}-${today}.${rendered.extension}`, mimeType: rendered.mime, base64: rendered.bytes.toString('base64') };
}
