import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../electron/checks/runner';
import { parseCheckSettings } from '../../../electron/checks/settings';
import { WINDOW } from '../../../electron/checks/wording';

/**
 * A Jira node pair as the admin's REST client meets it behind a load balancer: `/myself` accepts
 * the user (the node with the current directory), the session login lands on the node whose
 * directory has lost the user and refuses it, as Seraph does (401, AUTHENTICATED_FAILED).
 */
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function jira(login: { status: number; reason: string }): Promise<{ url: string; logins: () => number }> {
  let logins = 0;
  server = createServer((req, res) => {
    const json = { 'Content-Type': 'application/json;charset=UTF-8' };
    if (req.url?.endsWith('/rest/api/2/myself')) {
      res.writeHead(200, { ...json, 'X-AUSERNAME': 'alice', 'X-Seraph-LoginReason': 'OK', 'X-ANODEID': 'node-1' }).end('{"name":"alice"}');
    } else if (req.url?.endsWith('/rest/auth/1/session') && req.method === 'POST') {
      logins++;
      res.writeHead(login.status, { ...json, 'X-AUSERNAME': 'anonymous', 'X-Seraph-LoginReason': login.reason, 'X-ANODEID': 'node-2', 'WWW-Authenticate': 'JIRA REST POST' }).end('{"errorMessages":["Login failed"],"errors":{}}');
    } else {
      res.writeHead(404, json).end('{}');
    }
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, logins: () => logins };
}

async function run(baseUrl: string, checks: ('credentials' | 'session-cookie')[]) {
  const secrets = { password: 'right-password' };
  const parsed = parseCheckSettings({ baseUrl, auth: 'basic', username: 'alice', checks }, secrets, WINDOW);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const report = await runChecks(parsed.settings, secrets, { words: WINDOW });
  return report.evidence.find((e) => e.check === 'session-cookie')!;
}

describe('the session-cookie check when a login fails now and then', () => {
  it('does not call a password wrong that Jira accepted earlier in the run, names the directory, and logs in once', async () => {
    const bed = await jira({ status: 401, reason: 'AUTHENTICATED_FAILED' });
    const e = await run(bed.url, ['credentials', 'session-cookie']);
    expect(e.outcome).toBe('failed');
    expect(e.problem?.message).toMatch(/accepted the same user name and password earlier in this run/);
    expect(e.problem?.message).toContain('node node-2');
    expect(e.problem?.advice).toMatch(/^The password is right\./);
    expect(e.problem?.advice).toMatch(/the user directory \(LDAP\) answers differently on some nodes, as the credentials check says/);
    expect(e.problem?.advice).toMatch(/logged in once and did not try again: every refused login counts toward Jira's CAPTCHA limit/);
    expect(`${e.problem?.message} ${e.problem?.advice}`).not.toMatch(/check the (user name and )?password|run (the checks )?again|try again later/i);
    expect(bed.logins()).toBe(1);
  });

  it('without an earlier accepted request, says both readings and still does not invite another attempt', async () => {
    const bed = await jira({ status: 401, reason: 'AUTHENTICATED_FAILED' });
    const e = await run(bed.url, ['session-cookie']);
    expect(e.problem?.advice).toMatch(/If the password is right and logins fail only now and then, the user directory \(LDAP\) answers differently on some nodes/);
    expect(e.problem?.advice).toMatch(/did not try again/);
    expect(e.problem?.advice).not.toMatch(/run (the checks )?again/i);
    expect(bed.logins()).toBe(1);
  });

  it('says so when the password is right but the user may not use Jira', async () => {
    const bed = await jira({ status: 401, reason: 'AUTHORISATION_FAILED' });
    const e = await run(bed.url, ['session-cookie']);
    expect(e.problem?.message).toMatch(/accepted the password but refused the session login/);
    expect(e.problem?.advice).toMatch(/Give the user access to the application/);
    expect(bed.logins()).toBe(1);
  });
});
