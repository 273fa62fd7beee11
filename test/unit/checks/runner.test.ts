import { describe, expect, it } from 'vitest';
import { CredentialGuard, type CheckDefinition } from '../../../electron/checks/check';
import { fail } from '../../../electron/checks/problems';
import { runChecks, type ProgressEvent } from '../../../electron/checks/runner';
import { parseCheckSettings, type CheckSettingsInput } from '../../../electron/checks/settings';

function settings(input: Partial<CheckSettingsInput> = {}, secrets = {}) {
  const parsed = parseCheckSettings({ baseUrl: 'https://jira.example.com', timeoutMs: 500, ...input }, secrets);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.settings;
}

const define = (id: CheckDefinition['id'], run: CheckDefinition['run'], unavailable?: string): CheckDefinition => ({ id, title: `the ${id} check`, unavailable: () => unavailable, run });

describe('the runner', () => {
  it('runs checks in parallel, reports progress live, and collects their facts', async () => {
    const events: ProgressEvent[] = [];
    const started = performance.now();
    const report = await runChecks(settings(), {}, {
      onProgress: (e) => events.push(e),
      definitions: [
        define('versions', async (ctx) => {
          ctx.progress('halfway');
          await new Promise((r) => setTimeout(r, 200));
          ctx.evidence.conclude('jira.version', '9.12.4', 'serverInfo says so');
        }),
        define('cluster', async (ctx) => {
          await new Promise((r) => setTimeout(r, 200));
          ctx.evidence.conclude('jira.clustered', true, 'two nodes');
        }),
      ],
    });
    expect(performance.now() - started).toBeLessThan(380);
    expect(report.facts).toEqual({ 'jira.version': '9.12.4', 'jira.clustered': true });
    expect(events.map((e) => `${e.type} ${e.check}`)).toEqual(['started versions', 'progress versions', 'started cluster', 'finished versions', 'finished cluster']);
    expect(report.evidence.map((e) => e.outcome)).toEqual(['ok', 'ok']);
  });

  it('turns a failure, an unexpected error and a hanging check into results', async () => {
    const report = await runChecks(settings(), {}, {
      definitions: [
        define('versions', () => fail('bad-response', 'Jira answered nonsense.', 'Check the URL.')),
        define('cluster', () => Promise.reject(new TypeError('x is undefined'))),
        define('credentials', () => new Promise(() => undefined)),
      ],
    });
    const [failed, crashed, hung] = report.evidence;
    expect(failed).toMatchObject({ outcome: 'failed', problem: { code: 'bad-response', message: 'Jira answered nonsense.' } });
    expect(crashed).toMatchObject({ outcome: 'failed', problem: { code: 'other', message: 'The check stopped on an unexpected error: x is undefined' } });
    expect(hung).toMatchObject({ outcome: 'failed', problem: { code: 'timeout', message: expect.stringMatching(/0\.5 s for this check/) as unknown } });
    expect(hung!.durationMs).toBeLessThan(700);
  });

  it('skips a check the settings cannot feed, saying what to give it', async () => {
    const report = await runChecks(settings(), {}, { definitions: [define('mail', () => Promise.resolve(), 'give the mail host (--mail-host)')] });
    expect(report.evidence[0]).toMatchObject({ outcome: 'skipped', problem: { code: 'not-applicable', advice: 'To run it, give the mail host (--mail-host).' } });
  });

  it('runs only the checks asked for', async () => {
    const report = await runChecks(settings({ checks: ['cluster'] }), {}, { definitions: [define('versions', () => Promise.resolve()), define('cluster', () => Promise.resolve())] });
    expect(report.evidence.map((e) => e.check)).toEqual(['cluster']);
  });

  it('masks secrets in progress events and in the report, wherever a check put them', async () => {
    const secret = 'very-secret-pw';
    const events: ProgressEvent[] = [];
    const report = await runChecks(settings({ auth: 'basic', username: 'alice' }, { password: secret }), { password: secret }, {
      onProgress: (e) => events.push(e),
      definitions: [
        define('versions', (ctx) => {
          ctx.progress(`trying ${secret}`);
          ctx.evidence.note(`oops ${secret}`);
          return Promise.resolve();
        }),
      ],
    });
    expect(JSON.stringify(events)).not.toContain(secret);
    expect(JSON.stringify(report)).not.toContain(secret);
  });

  it('refuses a fact that the contract does not give the check', async () => {
    const report = await runChecks(settings(), {}, { definitions: [define('versions', (ctx) => Promise.resolve(ctx.evidence.conclude('lb.sticky', true, 'no')))] });
    expect(report.evidence[0]!.problem?.message).toMatch(/may not set fact lb\.sticky/);
    expect(report.facts).toEqual({});
  });

  it('reports an unreadable CA file on every check that would run', async () => {
    const report = await runChecks(settings({ caFile: '/nonexistent/ca.pem' }), {}, { definitions: [define('versions', () => Promise.resolve())] });
    expect(report.evidence[0]!.problem?.message).toMatch(/CA file \/nonexistent\/ca\.pem cannot be read \(ENOENT\)/);
  });
});

describe('the credential guard', () => {
  const rejected = { rejected: true, captcha: false };
  const accepted = { rejected: false, captcha: false };

  it('sends a rejected password once, even when several checks ask at the same time', async () => {
    const guard = new CredentialGuard('Basic x');
    let sent = 0;
    const attempt = () => guard.attempt(() => Promise.resolve(++sent), () => rejected);
    const results = await Promise.all([attempt(), attempt(), attempt()]);
    expect(sent).toBe(1);
    expect(results).toEqual([1, undefined, undefined]);
    expect(guard.stopped?.message).toMatch(/no further login was attempted/);
  });

  it('after a success, allows rejections up to the limit, then stops', async () => {
    const guard = new CredentialGuard('Basic x', 2);
    await guard.attempt(() => Promise.resolve(0), () => accepted);
    expect(guard.proven).toBe(true);
    expect(await guard.attempt(() => Promise.resolve(1), () => rejected)).toBe(1);
    expect(guard.stopped).toBeUndefined();
    expect(await guard.attempt(() => Promise.resolve(2), () => rejected)).toBe(2);
    expect(await guard.attempt(() => Promise.resolve(3), () => accepted)).toBeUndefined();
    expect(guard.stopped?.message).toMatch(/rejected 2 authenticated requests/);
  });

  it('stops at once on a CAPTCHA answer', async () => {
    const guard = new CredentialGuard('Basic x');
    await guard.attempt(() => Promise.resolve(0), () => accepted);
    await guard.attempt(() => Promise.resolve(1), () => ({ rejected: true, captcha: true }));
    expect(await guard.attempt(() => Promise.resolve(2), () => accepted)).toBeUndefined();
    expect(guard.stopped?.advice).toMatch(/Reset failed login count/);
  });
});
