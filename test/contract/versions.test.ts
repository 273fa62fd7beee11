import { beforeAll, describe, expect, it } from 'vitest';
import type { Status } from './cli';
import { buildOnce, causeIn, diagnose, statusIn } from './cli';

/** Every version rule of the articles, on each side of each boundary, through the command line. */

type Row = [story: string, facts: Record<string, unknown>, cause: string, status: Status];

const pop = (version: string): Record<string, unknown> => ({
  symptom: 'mail-oauth',
  'mail.handler': 'jira',
  'mail.protocol': 'pop',
  'jira.version': version,
  'pop.twoLineAuth': true,
});

const POP: Row[] = [
  ['8.5.11 (before the 8.5.x fix)', pop('8.5.11'), 'mail-oauth/pop-unsupported', 'confirmed'],
  ['8.5.12 (the 8.5.x fix)', pop('8.5.12'), 'mail-oauth/pop-unsupported', 'ruled-out'],
  ['8.6.0 (a line without the fix)', pop('8.6.0'), 'mail-oauth/pop-unsupported', 'confirmed'],
  ['8.12.3', pop('8.12.3'), 'mail-oauth/pop-unsupported', 'confirmed'],
  ['8.13.3 (before the 8.13.x fix)', pop('8.13.3'), 'mail-oauth/pop-unsupported', 'confirmed'],
  ['8.13.4 (the 8.13.x fix)', pop('8.13.4'), 'mail-oauth/pop-unsupported', 'ruled-out'],
  ['8.14.1 (a line without the fix)', pop('8.14.1'), 'mail-oauth/pop-unsupported', 'confirmed'],
  ['8.15.0 (the general fix)', pop('8.15.0'), 'mail-oauth/pop-unsupported', 'ruled-out'],
  ['8.5.9 (numbers, not text: 9 < 12)', pop('8.5.9'), 'mail-oauth/pop-unsupported', 'confirmed'],
  ['8.13.10 (numbers, not text: 10 > 4)', pop('8.13.10'), 'mail-oauth/pop-unsupported', 'ruled-out'],
  ['10.3.0', pop('10.3.0'), 'mail-oauth/pop-unsupported', 'ruled-out'],
  ['8.15.0 with the two-line format unticked', { ...pop('8.15.0'), 'pop.twoLineAuth': false }, 'mail-oauth/pop-unsupported', 'confirmed'],
];

const OAUTH: Row[] = [
  ['Jira 8.9.9', { symptom: 'mail-oauth', 'mail.handler': 'jira', 'jira.version': '8.9.9' }, 'mail-oauth/oauth-unsupported-version', 'confirmed'],
  ['Jira 8.10.0', { symptom: 'mail-oauth', 'mail.handler': 'jira', 'jira.version': '8.10.0' }, 'mail-oauth/oauth-unsupported-version', 'ruled-out'],
  ['JSM 4.9.9', { symptom: 'mail-oauth', 'mail.handler': 'jsm', 'jsm.version': '4.9.9' }, 'mail-oauth/oauth-unsupported-version', 'confirmed'],
  ['JSM 4.10.0', { symptom: 'mail-oauth', 'mail.handler': 'jsm', 'jsm.version': '4.10.0' }, 'mail-oauth/oauth-unsupported-version', 'ruled-out'],
];

const jiraGov = (version: string, host: string): Record<string, unknown> => ({
  symptom: 'mail-oauth',
  'mail.provider': 'microsoft',
  'mail.handler': 'jira',
  'microsoft.cloud': 'gcc-high',
  'jira.version': version,
  'mail.host': host,
});
const jsmGov = (version: string, license: string): Record<string, unknown> => ({
  symptom: 'mail-oauth',
  'mail.provider': 'microsoft',
  'mail.handler': 'jsm',
  'microsoft.cloud': 'dod',
  'jsm.version': version,
  'jira.license': license,
});

const GOV: Row[] = [
  ['Jira 8.9.9 with outlook.office365.us', jiraGov('8.9.9', 'outlook.office365.us'), 'mail-oauth/gov-cloud', 'confirmed'],
  ['Jira 8.10.0 with outlook.office365.us', jiraGov('8.10.0', 'outlook.office365.us'), 'mail-oauth/gov-cloud', 'ruled-out'],
  ['Jira 8.10.0 with outlook.office365.com', jiraGov('8.10.0', 'outlook.office365.com'), 'mail-oauth/gov-cloud', 'confirmed'],
  ['JSM 4.21.9, Data Center licence', jsmGov('4.21.9', 'datacenter'), 'mail-oauth/gov-cloud', 'confirmed'],
  ['JSM 4.22.0, Data Center licence', jsmGov('4.22.0', 'datacenter'), 'mail-oauth/gov-cloud', 'ruled-out'],
  ['JSM 4.22.0, Server licence', jsmGov('4.22.0', 'server'), 'mail-oauth/gov-cloud', 'confirmed'],
  ['JSM 4.22.1, Server licence', jsmGov('4.22.1', 'server'), 'mail-oauth/gov-cloud', 'confirmed'],
  ['JSM 4.22.1, Data Center licence', jsmGov('4.22.1', 'datacenter'), 'mail-oauth/gov-cloud', 'ruled-out'],
  ['JSM 4.22.2, Server licence', jsmGov('4.22.2', 'server'), 'mail-oauth/gov-cloud', 'ruled-out'],
];

const beta = (version: string): Record<string, unknown> => ({
  symptom: 'mail-oauth',
  'mail.handler': 'jsm',
  'jsm.version': version,
  'jsm.multiChannelBeta': true,
  'jsm.oauthChannelCount': 2,
});
const MULTICHANNEL: Row[] = [
  ['JSM 4.17.2 (before the beta)', beta('4.17.2'), 'mail-oauth/multichannel-beta', 'ruled-out'],
  ['JSM 4.18.0 (the beta)', beta('4.18.0'), 'mail-oauth/multichannel-beta', 'confirmed'],
  ['JSM 4.21.2 (still the beta)', beta('4.21.2'), 'mail-oauth/multichannel-beta', 'confirmed'],
  ['JSM 4.22.0 (the final feature)', beta('4.22.0'), 'mail-oauth/multichannel-beta', 'ruled-out'],
];

const OIDC: Row[] = [
  ['plugin 1.2.9', { symptom: 'rest-sso', 'oidc.pluginVersion': '1.2.9' }, 'rest-sso/plugin-too-old', 'confirmed'],
  ['plugin 1.3.0', { symptom: 'rest-sso', 'oidc.pluginVersion': '1.3.0' }, 'rest-sso/plugin-too-old', 'ruled-out'],
  ['plugin 1.10.0', { symptom: 'rest-sso', 'oidc.pluginVersion': '1.10.0' }, 'rest-sso/plugin-too-old', 'ruled-out'],
];

beforeAll(() => buildOnce());

describe('version boundaries', () => {
  describe.each([
    ['POP with OAuth 2.0 (JRASERVER-72033)', POP],
    ['OAuth 2.0 for mail (article 001 environment)', OAUTH],
    ['GCC High and DoD (Root Cause 9, JSDSERVER-6998)', GOV],
    ['JSM multi-channel beta (Root Cause 12)', MULTICHANNEL],
    ['OpenID Connect REST SSO (article 003)', OIDC],
  ] as const)('%s', (_rule, rows) => {
    it.concurrent.each(rows)('%s', async (_story, facts, cause, status) => {
      expect(statusIn(await diagnose(facts), cause)).toBe(status);
    });
  });

  it.concurrent.each([
    ['8.21.9', '⚙ > System > OAuth 2.0', '⚙ > Applications > Application Links'],
    ['8.22.0', '⚙ > Applications > Application Links', '⚙ > System > OAuth 2.0'],
  ])("names the OAuth 2.0 settings' menu of Jira %s in the solution", async (version, right, wrong) => {
    const d = await diagnose({
      symptom: 'mail-oauth',
      'jira.version': version,
      'mail.provider': 'microsoft',
      'microsoft.cloud': 'worldwide',
      'azure.accountType': 'single-tenant',
      'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All',
      'oauth.authorizeEndpoint': 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    });
    for (const id of ['mail-oauth/scopes', 'mail-oauth/single-tenant']) {
      const { solution } = causeIn(d, id);
      expect(solution).toContain(right);
      expect(solution).not.toContain(wrong);
    }
  });

  it('gives both menu paths, each with its versions, while the Jira version is unknown', async () => {
    const d = await diagnose({ symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'microsoft.cloud': 'worldwide', 'oauth.scopes': 'IMAP.AccessAsUser.All' });
    const { solution } = causeIn(d, 'mail-oauth/scopes');
    expect(solution).toContain('⚙ > System > OAuth 2.0 (Jira 8.21.x and older)');
    expect(solution).toContain('⚙ > Applications > Application Links (Jira 8.22.0 and later)');
  });
});
