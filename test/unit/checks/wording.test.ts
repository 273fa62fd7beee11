import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { ALL_CHECKS } from '../../../electron/checks/all-checks';
import { runChecks } from '../../../electron/checks/runner';
import { checkSettingsSchema, parseCheckSettings } from '../../../electron/checks/settings';
import { COMMAND_LINE, SETTING_NAMES, WINDOW, setting, worded } from '../../../electron/checks/wording';

const FLAG = /--[a-z][a-z-]+/;
const TOKEN = /[⟦⟧]/;
const CHECKS_DIR = join(import.meta.dirname, '../../../electron/checks');

describe('settings named in the words of the surface', () => {
  it('names each setting by its option on the command line and by its field in the window', () => {
    expect(worded(`give the mail host ${setting('mailHost')}`, COMMAND_LINE)).toBe('give the mail host (--mail-host)');
    expect(worded(`give the mail host ${setting('mailHost')}`, WINDOW)).toBe('give the mail host (“Mail server host”)');
    expect(worded(`use TLS ${setting('mailTls', 'implicit')}`, COMMAND_LINE)).toBe('use TLS (--mail-tls implicit)');
    for (const name of SETTING_NAMES) {
      expect(worded(setting(name), COMMAND_LINE)).toMatch(FLAG);
      expect(worded(setting(name), WINDOW)).not.toMatch(FLAG);
    }
  });

  it('quotes in the window only labels the checks form shows', () => {
    const labels = new Set(Object.values(en as Record<string, string>).flatMap((v) => [v, v.replace(/ \([^)]*\)$/, '')]));
    const quoted = SETTING_NAMES.flatMap((name) => [...WINDOW[name]().matchAll(/“([^”]+)”/g)].map((m) => m[1]!));
    expect(quoted.length).toBeGreaterThan(20);
    expect(quoted.filter((label) => !labels.has(label))).toEqual([]);
  });

  it('leaves no command-line option written out in a check’s own text: every one goes through setting()', () => {
    const files = readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.ts') && !['wording.ts', 'report-text.ts', 'limits.ts'].includes(f));
    const offending = files.flatMap((file) =>
      readFileSync(join(CHECKS_DIR, file), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line) && FLAG.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });

  it('tells the window what each check lacks in its fields’ words, and the command line in its options', async () => {
    const settings = checkSettingsSchema.parse({ auth: 'none' });
    const window = await runChecks(settings, {}, { words: WINDOW });
    const cli = await runChecks(settings, {});
    expect(window.evidence).toHaveLength(ALL_CHECKS.length);
    for (const e of window.evidence) {
      expect(e.outcome).toBe('skipped');
      expect(e.problem?.advice).not.toMatch(FLAG);
      expect(e.problem?.advice).not.toMatch(TOKEN);
    }
    expect(window.evidence.find((e) => e.check === 'mail')?.problem?.advice).toContain('“Mail server host”');
    expect(cli.evidence.find((e) => e.check === 'mail')?.problem?.advice).toContain('--mail-host');
    expect(JSON.stringify(cli)).not.toMatch(TOKEN);
  });

  it('words every settings problem for the window without an option, whatever is missing or wrong', () => {
    const input = fc.record(
      {
        baseUrl: fc.constantFrom('jira.example.com', 'https://u:p@jira.example.com', 'https://jira.example.com', 'ftp://x'),
        auth: fc.constantFrom('none', 'basic', 'pat'),
        username: fc.constantFrom('alice', undefined),
        proxy: fc.constantFrom(undefined, { url: 'http://proxy:3128', username: 'p' }, { url: 'http://u:p@proxy:3128' }, { url: 'proxy' }),
        mail: fc.constantFrom(undefined, { host: 'mail', viaProxy: true }, { host: 'mail', port: 70_000 }, { host: 'mail', port: Number.NaN }, { host: 'mail', authorizer: 'a@b' }),
        ldap: fc.constantFrom(undefined, { urls: ['nope'], user: 'u', baseDn: 'dc=x', bindDn: 'cn=svc' }),
        oidc: fc.constantFrom(undefined, { clientId: 'jira' }, { clientId: 'jira', issuer: 'sso' }),
      },
      { requiredKeys: ['auth'] },
    );
    fc.assert(
      fc.property(input, fc.boolean(), (settings, withSecrets) => {
        const parsed = parseCheckSettings(settings, withSecrets ? { password: 'pw' } : {}, WINDOW);
        if (parsed.ok) return;
        for (const problem of parsed.problems) {
          expect(problem.message).not.toMatch(FLAG);
          expect(problem.message).not.toMatch(TOKEN);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('asks for the proxy when the mail check is to go through it', () => {
    const parsed = parseCheckSettings({ mail: { host: 'outlook.office365.com', viaProxy: true } }, {}, WINDOW);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toContainEqual({ field: 'mail.viaProxy', message: expect.stringContaining('“Outbound proxy URL”') as unknown });
    const port = parseCheckSettings({ mail: { host: 'outlook.office365.com', port: Number.NaN } }, {}, WINDOW);
    expect(!port.ok && port.problems[0]).toEqual({ field: 'mail.port', message: 'the port is a number from 1 to 65535, such as 993' });
  });
});
