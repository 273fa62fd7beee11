import type { CheckDefinition } from './check';
import { asRecord, expectJson } from './jira-answer';
import { sendJira, jiraBase, jiraMissing } from './jira-request';
import { normalizeBaseUrl } from './settings';

const VERSION = /^\d+\.\d+\.\d+$/;

/** Jira's platform version from serverInfo, and the JSM version from servicedeskapi/info (jira-facts §1.1, §1.5). */
export const versionsCheck: CheckDefinition = {
  id: 'versions',
  title: 'Jira and Jira Service Management versions',
  unavailable: jiraMissing,
  async run(ctx) {
    const info = await sendJira(ctx, '/rest/api/2/serverInfo');
    if (info.status === 401 || info.status === 403) {
      ctx.evidence.note(`serverInfo answered ${info.status} without credentials: something in front of Jira blocks anonymous requests (Jira itself answers them).`);
    }
    const server = asRecord(expectJson(info, jiraBase(ctx), 'Jira (serverInfo)'));
    const version = jiraVersion(server);
    if (!version) {
      ctx.evidence.note('serverInfo carried no version number, so this is probably not Jira.');
    } else {
      ctx.evidence.conclude('jira.version', version, `serverInfo reports version ${version}`);
    }
    if (server.deploymentType === 'Cloud') ctx.evidence.note('This is Jira Cloud; the checks and articles are for Jira Data Center and Server.');
    if (typeof server.baseUrl === 'string') {
      const configured = normalizeBaseUrl(server.baseUrl);
      if (configured.ok && configured.url.toLowerCase() !== jiraBase(ctx).toLowerCase()) {
        ctx.evidence.note(
          `Jira's base URL setting is ${configured.url}, but the checks used ${jiraBase(ctx)}. Links, redirects and OAuth callbacks use the setting; if users reach Jira at another address, correct the setting (Administration → System → Base URL) or the proxy.`,
        );
      }
    }

    const jsm = await sendJira(ctx, '/rest/servicedeskapi/info', { headers: { 'X-ExperimentalApi': 'opt-in' } });
    if (jsm.status === 404) {
      ctx.evidence.note('Jira Service Management is not installed or not enabled (servicedeskapi/info answered 404).');
      return;
    }
    const sd = asRecord(expectJson(jsm, jiraBase(ctx), 'Jira Service Management (servicedeskapi/info)'));
    if (typeof sd.version === 'string' && VERSION.test(sd.version)) {
      ctx.evidence.conclude('jsm.version', sd.version, `servicedeskapi/info reports version ${sd.version}`);
    } else {
      ctx.evidence.note(`servicedeskapi/info answered ${jsm.status} without a version number.`);
    }
    if (version && typeof sd.platformVersion === 'string' && sd.platformVersion !== version) {
      ctx.evidence.note(`Jira Service Management reports platform ${sd.platformVersion}, serverInfo ${version}: the nodes may run different versions.`);
    }
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
