import type { CheckDefinition } from './check';
import { asRecord, expectJson } from './jira-answer';
import { sendJira, jiraBase, jiraMissing } from './jira-request';
import { normalizeBaseUrl } from './settings';
import { checkWords } from './words';

const VERSION = /^\d+\.\d+\.\d+$/;

/** Jira's platform version from serverInfo, and the JSM version from servicedeskapi/info (jira-facts §1.1, §1.5). */
export const versionsCheck: CheckDefinition = {
  id: 'versions',
  title: 'Jira and Jira Service Management versions',
  unavailable: jiraMissing,
  async run(ctx) {
    const w = checkWords().versions;
    const info = await sendJira(ctx, '/rest/api/2/serverInfo');
    if (info.status === 401 || info.status === 403) ctx.evidence.note(w.anonymousBlocked(info.status));
    const server = asRecord(expectJson(info, jiraBase(ctx), 'serverInfo'));
    const version = jiraVersion(server);
    if (!version) ctx.evidence.note(w.noVersion);
    else ctx.evidence.conclude('jira.version', version, w.version(version));
    if (server.deploymentType === 'Cloud') ctx.evidence.note(w.cloud);
    if (typeof server.baseUrl === 'string') {
      const configured = normalizeBaseUrl(server.baseUrl);
      if (configured.ok && configured.url.toLowerCase() !== jiraBase(ctx).toLowerCase()) ctx.evidence.note(w.baseUrlDiffers(configured.url, jiraBase(ctx)));
    }

    const jsm = await sendJira(ctx, '/rest/servicedeskapi/info', { headers: { 'X-ExperimentalApi': 'opt-in' } });
    if (jsm.status === 404) {
      ctx.evidence.note(w.noJsm);
      return;
    }
    const sd = asRecord(expectJson(jsm, jiraBase(ctx), 'servicedesk'));
    if (typeof sd.version === 'string' && VERSION.test(sd.version)) ctx.evidence.conclude('jsm.version', sd.version, w.jsmVersion(sd.version));
    else ctx.evidence.note(w.jsmNoVersion(jsm.status));
    if (version && typeof sd.platformVersion === 'string' && sd.platformVersion !== version) ctx.evidence.note(w.platformDiffers(sd.platformVersion, version));
  },
};

function jiraVersion(server: Record<string, unknown>): string | undefined {
  const numbers = server.versionNumbers;
  if (Array.isArray(numbers) && numbers.length >= 3 && numbers.slice(0, 3).every((n) => Number.isInteger(n) && (n as number) >= 0)) {
    return numbers.slice(0, 3).join('.');
  }
  const text = typeof server.version === 'string' ? /^(\d+\.\d+\.\d+)/.exec(server.version)?.[1] : undefined;
  return text && VERSION.test(text) ? text : undefined;
}
