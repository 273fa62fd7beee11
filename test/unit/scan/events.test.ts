import { describe, expect, it, vi } from 'vitest';
import type { Signature } from '../../../knowledge/schema';
import { EventScanner, LiteralIndex, MAX_CARRY, type EventMatch } from '../../../electron/scan/events';
import { buildProbes } from '../../../electron/scan/probes';

const signature = (id: string, pattern: string): Signature => ({
  id,
  title: id,
  pattern,
  seenIn: ['atlassian-jira.log'],
  meaning: 'test',
  supports: [],
  example: 'test',
  source: { article: 'facts', section: '§3.5' },
});

const catalogue = [
  signature('ad-775', 'LDAP: error code 49 - 80090308: .*data 775'),
  signature('auth-error', "Error occurred while trying to authenticate user '[^']*'\\."),
];

const LOG = [
  "2021-09-20 14:27:57,398-0400 http-nio-8080-exec-23 INFO anonymous 867x269791x1 - 10.10.50.50 /secure/Dashboard.jspa [c.a.jira.index.Indexer] Indexed 3 issues",
  "2021-09-20 14:27:57,400-0400 http-nio-8080-exec-23 ERROR anonymous 867x269792x1 1nb81f1 10.10.50.50 /rest/gadget/1.0/login [c.a.j.security.login.JiraSeraphAuthenticator] Error occurred while trying to authenticate user 'sample-user'.",
  'com.atlassian.crowd.exception.runtime.OperationFailedException: javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 775, v2580]',
  '\tat com.atlassian.crowd.directory.SpringLDAPConnector.authenticate(SpringLDAPConnector.java:123)',
  '\tat com.atlassian.jira.security.login.JiraSeraphAuthenticator.authenticate(JiraSeraphAuthenticator.java:61)',
  "2021-09-20 14:27:58,012-0400 http-nio-8080-exec-24 INFO anonymous 867x269801x1 - 10.10.50.50 /secure/Dashboard.jspa [c.a.jira.index.Indexer] Indexed 1 issue",
].join('\n') + '\n';

function scan(input: Buffer, chunkSize: number, signatures = catalogue): { matches: EventMatch[]; scanner: EventScanner } {
  const matches: EventMatch[] = [];
  const scanner = new EventScanner(new LiteralIndex(buildProbes(signatures).probes), (m) => matches.push(m));
  for (let i = 0; i < input.length; i += chunkSize) scanner.write(input.subarray(i, i + chunkSize));
  scanner.end();
  return { matches, scanner };
}

const summary = (matches: EventMatch[]) => matches.filter((m) => m.probe.signature).map((m) => ({ id: m.probe.signature!.id, line: m.line, lines: m.text.split('\n').length }));

describe('EventScanner: log events, however the bytes arrive', () => {
  it('keeps a stack trace with its timestamped line, so a cause two lines down belongs to the event', () => {
    const { matches, scanner } = scan(Buffer.from(LOG), 1 << 20);
    expect(summary(matches)).toEqual([
      { id: 'auth-error', line: 2, lines: 5 },
      { id: 'ad-775', line: 2, lines: 5 },
    ]);
    expect(scanner.lines).toBe(6);
  });

  it('finds the same events when the log arrives in pieces of any size', () => {
    const whole = summary(scan(Buffer.from(LOG), 1 << 20).matches);
    for (const size of [1, 7, 64, 333]) expect(summary(scan(Buffer.from(LOG.repeat(3)), size).matches)).toEqual([
      ...whole,
      ...whole.map((m) => ({ ...m, line: m.line + 6 })),
      ...whole.map((m) => ({ ...m, line: m.line + 12 })),
    ]);
  });

  it('counts a last line without a newline', () => {
    expect(scan(Buffer.from(LOG.trimEnd()), 100).scanner.lines).toBe(6);
    expect(scan(Buffer.alloc(0), 100).scanner.lines).toBe(0);
  });

  it('reads bytes that are not UTF-8 as Latin-1 and says so', () => {
    const latin1 = Buffer.from(LOG.replace('sample-user', 'jürgen'), 'latin1');
    const { matches, scanner } = scan(latin1, 50);
    expect(matches.find((m) => m.probe.signature?.id === 'auth-error')?.match[0]).toContain("'jürgen'");
    expect(scanner.legacyEncoding).toBe('latin1');
  });

  it('cuts a line longer than the carry bound instead of holding it, and still finds what is in it', () => {
    const long = `2024-01-01 00:00:00,000+0000 main ERROR x ${'y'.repeat(3 * MAX_CARRY)} Error occurred while trying to authenticate user 'z'.\nnext\n`;
    const { matches, scanner } = scan(Buffer.from(long), 1 << 16);
    expect(scanner.longLines).toBe(true);
    expect(scanner.lines).toBe(2);
    expect(matches.some((m) => m.probe.signature?.id === 'auth-error')).toBe(true);
  });

  it('copies each byte a bounded number of times, however small the pieces a multi-megabyte event arrives in', () => {
    const hit = "Error occurred while trying to authenticate user 'z'.";
    const inputs = [
      // One line of 3 MB, and an event of 3 MB of short continuation lines (a stack trace without end).
      `2024-01-01 00:00:00,000+0000 main ERROR x ${'y'.repeat(3 * MAX_CARRY)} ${hit}\nnext\n`,
      `2024-01-01 00:00:00,000+0000 main ERROR x ${hit}\n${'\tat a.b(C.java:1)\n'.repeat((3 * MAX_CARRY) / 18)}2024-01-01 00:00:01,000+0000 main ERROR x ${hit}\n`,
    ];
    const index = new LiteralIndex(buildProbes(catalogue).probes);
    for (const text of inputs) {
      const input = Buffer.from(text);
      for (const size of [100, 1000, 70_000]) {
        let copied = 0;
        const { concat: originalConcat, from: originalFrom } = { concat: Buffer.concat.bind(Buffer), from: Buffer.from.bind(Buffer) as (...args: unknown[]) => Buffer };
        const concat = vi.spyOn(Buffer, 'concat').mockImplementation((list, length) => {
          const joined = originalConcat(list, length);
          copied += joined.length;
          return joined;
        });
        const from = vi.spyOn(Buffer, 'from').mockImplementation(((...args: unknown[]) => {
          const copy = originalFrom(...args);
          copied += copy.length;
          return copy;
        }) as typeof Buffer.from);
        const matches: EventMatch[] = [];
        const scanner = new EventScanner(index, (m) => matches.push(m));
        try {
          for (let i = 0; i < input.length; i += size) scanner.write(input.subarray(i, i + size));
          scanner.end();
        } finally {
          concat.mockRestore();
          from.mockRestore();
        }
        expect(copied / input.length, `pieces of ${size} bytes`).toBeLessThan(8);
        expect(matches.some((m) => m.probe.signature?.id === 'auth-error')).toBe(true);
        expect(scanner.lines).toBe(text.split('\n').length - 1);
      }
    }
  });
});
