import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Signature } from '../knowledge/schema';

/**
 * A realistic Jira application log for the scan benchmark: ordinary INFO/DEBUG lines of many
 * loggers and threads, ERROR events with Java stack traces, and, rarely, the catalogue's own
 * example lines (the needles). Deterministic: the same size and catalogue give the same file.
 */

const LOGGERS = [
  'c.a.jira.index.AccumulatingResultBuilder',
  'c.a.j.issue.index.DefaultIndexManager',
  'c.a.jira.cluster.DefaultClusterManager',
  'c.a.r.p.s.impl.services.DefaultDataProvider',
  'c.a.plugins.healthcheck.service.HealthStatusPersisterImpl',
  'c.a.j.p.webhooks.WebHookListenerServiceImpl',
  'c.a.jira.servlet.QuartzJobPollerServlet',
  'c.a.s.internal.feature.customer.request.CustomerRequestService',
  'c.a.crowd.directory.DbCachingRemoteDirectory',
  'c.a.j.plugin.ext.ApplicationLinkServiceImpl',
];
const MESSAGES = [
  'Re-indexing started for 148 issues in project ABC',
  'Completed indexing of 2 issues in 38 ms',
  'Heartbeat: node is alive, cluster state unchanged',
  'Delivered webhook to https://ci.example.com/hooks/jira with status 200',
  'Scheduled job com.atlassian.jira.service.JiraService:10001 finished in 120ms',
  'Request completed in 245 ms, 14 database queries, user cache hit ratio 0.98',
  'Synchronisation of directory Corporate LDAP (10000) completed in 4.2 s: 0 users added, 3 updated',
  'Health check "Lucene index files location" passed',
  'Resolved application link Confluence (b2f1e7c4-9f3a-3c17-a0d0-6a3c9a8c1f22)',
  'Customer request SD-4411 created from email channel support@example.com',
];
const FRAMES = [
  'com.atlassian.jira.issue.managers.DefaultIssueManager.getIssueObject(DefaultIssueManager.java:412)',
  'com.atlassian.jira.web.action.issue.ViewIssue.doExecute(ViewIssue.java:283)',
  'webwork.action.ActionSupport.execute(ActionSupport.java:165)',
  'com.atlassian.jira.action.JiraActionSupport.execute(JiraActionSupport.java:100)',
  'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:193)',
  'org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)',
  'com.atlassian.seraph.filter.SecurityFilter.doFilter(SecurityFilter.java:243)',
  'java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128)',
];

/** Writes about `bytes` of log to `path`; returns the number of needle events written per signature. */
export async function writeBenchLog(path: string, bytes: number, signatures: readonly Signature[]): Promise<{ lines: number; needles: number }> {
  const out = createWriteStream(path);
  let written = 0;
  let lines = 0;
  let needles = 0;
  let seed = 42;
  const random = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  let clock = Date.UTC(2026, 10, 1);
  const stamp = () => {
    clock += 1 + random(40);
    return `${new Date(clock).toISOString().replace('T', ' ').replace('Z', '').replace('.', ',')}+0000`;
  };
  while (written < bytes) {
    const block: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const r = random(1000);
      const thread = `http-nio-8080-exec-${1 + random(200)}`;
      const user = `user${random(5000)}`;
      const request = `${random(1440)}x${100000 + random(900000)}x${1 + random(3)}`;
      if (r < 3) {
        const frames = 20 + random(40);
        block.push(`${stamp()} ${thread} ERROR ${user} ${request} 1abcd2e 10.0.${random(255)}.${random(255)} /rest/api/2/issue/ABC-${random(9999)} [c.a.j.web.dispatcher.JiraWebworkActionDispatcher] Exception thrown from action 'ViewIssue', returning 500`);
        block.push(`java.lang.IllegalStateException: Issue ABC-${random(9999)} was deleted while it was being viewed`);
        for (let f = 0; f < frames; f++) block.push(`\tat ${FRAMES[random(FRAMES.length)]}`);
        lines += 2 + frames;
      } else if (r < 4 && random(20) === 0 && signatures.length) {
        const example = signatures[random(signatures.length)]!.example;
        block.push(example.replace(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}[,.]\d{3}(?:[+-]\d{4})?/, stamp()));
        lines += example.split('\n').length;
        needles++;
      } else {
        const level = r < 700 ? 'INFO' : 'DEBUG';
        block.push(`${stamp()} ${thread} ${level} ${user} ${request} - 10.0.${random(255)}.${random(255)} /secure/Dashboard.jspa [${LOGGERS[random(LOGGERS.length)]}] ${MESSAGES[random(MESSAGES.length)]}`);
        lines++;
      }
    }
    const text = `${block.join('\n')}\n`;
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { lines, needles };
}
