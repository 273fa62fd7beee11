// Jira's own log files, written the way Jira writes them (jira-facts §3.2 A and B), so the log
// scanner can be tried on files a real node would have produced.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `+0000` / `-0700`: the local offset, as Java's `Z` pattern prints it. */
export function zoneOffset(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

const localDate = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d: Date): string => `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

/** Log4j's `%d` with Jira's ISO8601 layout: `2023-02-20 17:09:00,982+0000`. */
export const logTimestamp = (d: Date): string => `${localDate(d)} ${localTime(d)},${pad(d.getMilliseconds(), 3)}${zoneOffset(d)}`;

/** Java's `yyyy-MM-dd'T'HH:mm:ss.SSSZ`, used by serverInfo's serverTime. */
export const javaIsoTimestamp = (d: Date): string => `${localDate(d)}T${localTime(d)}.${pad(d.getMilliseconds(), 3)}${zoneOffset(d)}`;

/** The MDC columns Jira puts on every line written while serving a request. */
export type LogContext = { thread: string; username: string; requestId: string; asessionId: string; ip: string; url: string };

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/** Both files are appended synchronously so a line is on disk before the response leaves. */
export class JiraLogs {
  readonly securityLog: string;
  readonly applicationLog: string;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.securityLog = join(dir, 'atlassian-jira-security.log');
    this.applicationLog = join(dir, 'atlassian-jira.log');
  }

  /** `%d %t %X{jira.username} %X{jira.request.id} %X{jira.request.assession.id} %X{jira.request.ipaddr} %X{jira.request.url} %m%n` */
  security(ctx: LogContext, message: string): void {
    appendFileSync(this.securityLog, `${logTimestamp(new Date())} ${ctx.thread} ${ctx.username} ${ctx.requestId} ${ctx.asessionId} ${ctx.ip} ${ctx.url} ${message}\n`);
  }

  /** The same with the level after the thread and `[logger]` before the message. */
  application(ctx: LogContext, level: LogLevel, logger: string, message: string): void {
    appendFileSync(
      this.applicationLog,
      `${logTimestamp(new Date())} ${ctx.thread} ${level} ${ctx.username} ${ctx.requestId} ${ctx.asessionId} ${ctx.ip} ${ctx.url} [${logger}] ${message}\n`,
    );
  }
}
