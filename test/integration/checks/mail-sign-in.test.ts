import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport, Evidence } from '../../../knowledge/contract/checks';
import { MAILBOX_CHANGING_COMMANDS } from '../../../electron/checks/mail-sign-in';
import { FLOODED_INBOX_MESSAGES } from '../../../knowledge/articles/a001-mail-oauth';
import { FLOOD_MESSAGES, startTestbed, type Testbed } from '../../testbed';
import { POP3_INSTALLED } from '../../testbed/dovecot';
import { Browser, bundleCli, runCli, type Run } from './m365';

// `jira-doctor check` signing in to mailboxes the way Jira's mail handler does, against the test
// bed's Microsoft identity platform stand-in and Exchange front (dovecot behind it checks every
// token): each mailbox case of article 001, the sign-in flows, and the app registration probe.

let bed: Testbed;
let cli: string;
let browser: Browser;

beforeAll(async () => {
  [bed, cli] = await Promise.all([startTestbed({ parts: ['mail', 'microsoft'] }), bundleCli('mail-sign-in')]);
  browser = new Browser(bed.tls.cert);
});
afterAll(async () => {
  await browser?.close();
  await bed?.stop();
  if (cli) await rm(cli, { force: true });
});

const ms = () => bed.microsoft!;
const json = (run: Run): CheckReport => JSON.parse(run.stdout) as CheckReport;
const evidenceOf = (report: CheckReport, id: Evidence['check']): Evidence => report.evidence.find((e) => e.check === id)!;
const transcript = (e: Evidence): string => e.exchanges.flatMap((x) => x.transcript ?? []).join('\n');

function mailArgs(user: string, protocol: 'imap' | 'pop' = 'imap'): string[] {
  const port = protocol === 'imap' ? ms().imap.tls : ms().pop3!.tls;
  return ['--mail-host', '127.0.0.1', '--mail-port', String(port), '--mail-protocol', protocol, '--mail-user', user, '--ca', bed.tls.certFile, '--format', 'json'];
}

async function probe(account: { upn: string; password: string }, mailbox: string, protocol: 'imap' | 'pop' = 'imap', extra: string[] = []): Promise<{ run: Run; report: CheckReport; token: string }> {
  const token = await browser.token(bed, account);
  const run = await runCli(cli, ['check', ...mailArgs(mailbox, protocol), '--mail-token-env', 'MAIL_TOKEN', ...extra], { MAIL_TOKEN: token });
  return { run, report: json(run), token };
}

function expectNoSecrets(run: Run, ...secrets: string[]): void {
  for (const s of secrets) {
    expect(run.stdout).not.toContain(s);
    expect(run.stderr).not.toContain(s);
  }
}

describe('the mail sign-in probe (IMAP)', () => {
  it("signs in to the account's own mailbox, lists, counts and examines it read-only, and masks the token", async () => {
    const { run, report, token } = await probe(ms().accounts.helpdesk, ms().mailboxes.helpdesk!.address);
    expect(run.code).toBe(0);
    expect(report.facts).toMatchObject({ 'mailbox.protocolEnabled': true, 'mailbox.licensed': true, 'mailbox.messageCount': 3, 'mailbox.hasInboxFolder': true });
    expect(report.facts['mailbox.authorizerHasFullAccess']).toBeUndefined();
    const mail = evidenceOf(report, 'mail');
    const lines = transcript(mail);
    expect(lines).toMatch(/^C: s1 AUTHENTICATE XOAUTH2 \*\*\*$/m);
    expect(lines).toMatch(/^C: s2 LIST "" "\*"$/m);
    expect(lines).toMatch(/^C: s3 STATUS INBOX \(MESSAGES\)$/m);
    expect(lines).toMatch(/^C: s4 EXAMINE INBOX$/m);
    expect(lines).toMatch(/^C: a3 LOGOUT$/m);
    expect(lines).toMatch(/^S: \* OK The Microsoft Exchange IMAP4 service is ready\./m);
    expectNoSecrets(run, token, Buffer.from(`user=${ms().mailboxes.helpdesk!.address}\x01auth=Bearer ${token}\x01\x01`).toString('base64'));
  });

  it('never sends a command that changes a mailbox, whatever the case', async () => {
    const { report } = await probe(ms().accounts.agent, ms().mailboxes.support!.address);
    const sent = transcript(evidenceOf(report, 'mail'))
      .split('\n')
      .filter((l) => l.startsWith('C: '))
      .map((l) => l.split(' ')[2]?.toUpperCase() ?? '');
    for (const command of MAILBOX_CHANGING_COMMANDS) expect(sent).not.toContain(command);
  });

  it('opens a shared mailbox with a delegate that has Full Access', async () => {
    const { run, report } = await probe(ms().accounts.agent, ms().mailboxes.support!.address);
    expect(run.code).toBe(0);
    expect(report.facts).toMatchObject({ 'mailbox.protocolEnabled': true, 'mailbox.licensed': true, 'mailbox.authorizerHasFullAccess': true, 'mailbox.messageCount': 2 });
  });

  it.each([
    ['a shared mailbox without delegation', 'other', 'support'],
    ['IMAP switched off', 'noImap', 'noImap'],
    ['a mailbox without a licence', 'unlicensed', 'unlicensed'],
  ] as const)("puts Exchange's exact refusal into errors for %s, and says what tells the causes apart", async (_, who, box) => {
    const { run, report } = await probe(ms().accounts[who], ms().mailboxes[box]!.address);
    expect(run.code).toBe(1);
    expect(report.facts.errors).toEqual(['s1 NO AUTHENTICATE failed.']);
    expect(report.facts['mailbox.protocolEnabled']).toBeUndefined();
    // Only a delegate can lack Full Access: the mailbox's own account needs none.
    expect(report.facts['mailbox.kind']).toBe(who === box ? 'own' : undefined);
    const mail = evidenceOf(report, 'mail');
    expect(mail.problem?.message).toContain('"NO AUTHENTICATE failed."');
    expect(mail.notes.join(' ')).toMatch(/same answer when IMAP \(or POP\) is switched off .* no Full Access .* no licence/);
    expect(mail.problem?.advice).toMatch(/Outlook on the web .* Full Access .* switched off/);
  });

  it('keeps "BAD User is authenticated but not connected" whole when Client Access Rules leave IMAP out', async () => {
    const { run, report } = await probe(ms().accounts.blocked, ms().mailboxes.blocked!.address);
    expect(run.code).toBe(1);
    expect(report.facts.errors).toEqual(['s2 BAD User is authenticated but not connected.']);
    expect(report.facts['mailbox.protocolEnabled']).toBe(true);
  });

  it('counts a flooded inbox of 100,000 messages, and the diagnosis then calls the flooded inbox likely', async () => {
    const { run, report } = await probe(ms().accounts.flooded, ms().mailboxes.flooded!.address);
    expect(run.code).toBe(0);
    expect(report.facts['mailbox.messageCount']).toBe(FLOOD_MESSAGES);
    expect(FLOOD_MESSAGES).toBeGreaterThanOrEqual(FLOODED_INBOX_MESSAGES);
    expect(transcript(evidenceOf(report, 'mail'))).toMatch(/^S: \* STATUS INBOX \(MESSAGES 100000\)$/m);
    const found = join(bed.dir, 'flooded-check.json');
    await writeFile(found, run.stdout);
    const diagnosis = await runCli(cli, ['diagnose', '--facts', found, '--symptom', 'mail-oauth', '--format', 'json']);
    expect(diagnosis.code).toBe(0);
    const { causes } = JSON.parse(diagnosis.stdout) as { causes: { id: string; status: string }[] };
    expect(causes.find((c) => c.id === 'mail-oauth/inbox-flooded')?.status).toBe('likely');
  });

  it("lists a German mailbox's folders as evidence for the inbox-folder cause", async () => {
    const { report } = await probe(ms().accounts.german, ms().mailboxes.german!.address);
    const notes = evidenceOf(report, 'mail').notes.join('\n');
    expect(notes).toMatch(/Folders \(5\): .*Gesendete Elemente/);
    expect(notes).toMatch(/another language than English \(.*Entwürfe/);
    expect(report.facts['mailbox.hasInboxFolder']).toBe(true);
  });
});

describe('the mail sign-in probe (POP)', () => {
  it.skipIf(!POP3_INSTALLED)('signs in with the two-line XOAUTH2 and counts the messages', async () => {
    const { run, report } = await probe(ms().accounts.helpdesk, ms().mailboxes.helpdesk!.address, 'pop');
    expect(run.code).toBe(0);
    expect(report.facts).toMatchObject({ 'mailbox.protocolEnabled': true, 'mailbox.messageCount': 3 });
    const lines = transcript(evidenceOf(report, 'mail'));
    expect(lines).toMatch(/^C: AUTH XOAUTH2$\n^S: \+ ?$\n^C: \*\*\*$/m);
  });

  it.skipIf(!POP3_INSTALLED)('refuses a POP sign-in to a mailbox with POP off in POP words', async () => {
    const { report } = await probe(ms().accounts.noImap, ms().mailboxes.noImap!.address, 'pop');
    expect(report.facts.errors).toEqual(['-ERR Authentication failure: unknown user name or bad password.']);
  });
});

describe('getting the token the way Jira does', () => {
  const signInArgs = (clientId: string, extra: string[] = []) => [
    'check',
    ...mailArgs(ms().mailboxes.helpdesk!.address),
    '--azure-client-id',
    clientId,
    '--azure-client-secret-env',
    'AZ_SECRET',
    '--azure-login-url',
    ms().loginUrl,
    ...extra,
  ];

  it("pastes the address the browser ended on (Jira's callback page), then signs in to the mailbox", async () => {
    const app = ms().apps.jira;
    let pasted = false;
    const run = await runCli(cli, signInArgs(app.clientId, ['--azure-tenant', ms().tenant.id, '--mail-sign-in', 'paste', '--oauth-redirect-uri', app.redirectUris[1]]), { AZ_SECRET: app.secrets[0].value }, (stderr, answer) => {
      const url = /^(https:\/\/\S+\/oauth2\/v2\.0\/authorize\?\S+)$/m.exec(stderr)?.[1];
      if (!url || pasted) return;
      pasted = true;
      void browser.signIn(url, ms().accounts.helpdesk).then(({ location }) => answer(location ?? 'no redirect'));
    });
    expect(run.stderr).toMatch(/paste it here/);
    const report = json(run);
    expect(run.code).toBe(0);
    expect(report.facts).toMatchObject({ 'oauth.authorizedAsExpectedUser': true, 'mailbox.protocolEnabled': true, 'mailbox.messageCount': 3 });
    expect(report.facts['oauth.scopes']).toBe('https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access');
    expect(run.stdout).not.toMatch(/"access_token":\s*"ey/);
    expect(run.stdout).not.toMatch(/code=[A-Za-z0-9_-]{20}/);
  });

  it('takes the code on a loopback redirect, and tells when the browser signed in as someone else', async () => {
    const app = ms().apps.jira;
    let visited = false;
    const run = await runCli(cli, signInArgs(app.clientId, ['--azure-tenant', ms().tenant.id, '--mail-sign-in', 'browser']), { AZ_SECRET: app.secrets[0].value }, (stderr) => {
      const url = /^(https:\/\/\S+\/oauth2\/v2\.0\/authorize\?\S+)$/m.exec(stderr)?.[1];
      if (!url || visited) return;
      visited = true;
      void browser.signIn(url, ms().accounts.other).then(({ location }) => browser.visit(location!));
    });
    const report = json(run);
    expect(report.facts['oauth.authorizedAsExpectedUser']).toBe(false);
    expect(evidenceOf(report, 'mail-sign-in').notes.join(' ')).toMatch(/signed in other@example\.test although helpdesk@example\.test was meant/);
    expect(report.facts.errors).toEqual(['s1 NO AUTHENTICATE failed.']);
  });

  it('puts AADSTS50194 into errors when a single-tenant app signs in at /common', async () => {
    const app = ms().apps.singleTenant;
    let visited = false;
    const run = await runCli(cli, signInArgs(app.clientId, ['--mail-sign-in', 'browser']), { AZ_SECRET: app.secrets[0].value }, (stderr) => {
      const url = /^(https:\/\/\S+\/oauth2\/v2\.0\/authorize\?\S+)$/m.exec(stderr)?.[1];
      if (!url || visited) return;
      visited = true;
      void browser.signIn(url, ms().accounts.helpdesk).then(({ location }) => browser.visit(location!));
    });
    const report = json(run);
    expect(report.facts.errors?.[0]).toMatch(/^AADSTS50194: Application '[^']+'\(.*\) is not configured as a multi-tenant application/);
    expect(report.facts['oauth.tokenEndpoint']).toMatch(/\/common\/oauth2\/v2\.0\/token$/);
    expect(evidenceOf(report, 'mail-sign-in').problem?.message).toMatch(/single-tenant/);
  });

  it('puts invalid_scope (AADSTS70011) into errors for a wrong scope', async () => {
    const app = ms().apps.jira;
    let visited = false;
    const run = await runCli(cli, signInArgs(app.clientId, ['--azure-tenant', ms().tenant.id, '--mail-sign-in', 'browser', '--oauth-scopes', 'https://outlook.office.com/IMAP.AccessAsApp offline_access']), { AZ_SECRET: app.secrets[0].value }, (stderr) => {
      const url = /^(https:\/\/\S+\/oauth2\/v2\.0\/authorize\?\S+)$/m.exec(stderr)?.[1];
      if (!url || visited) return;
      visited = true;
      // Microsoft answers a wrong scope on the redirect, before any sign-in form.
      void browser.signIn(url, ms().accounts.helpdesk).then(({ location }) => browser.visit(location!));
    });
    const report = json(run);
    expect(report.facts.errors?.[0]).toMatch(/^AADSTS70011: .*scope/);
  });

  it('signs in with a device code where the app allows public client flows', async () => {
    const app = ms().apps.jira;
    let entered = false;
    const run = await runCli(cli, signInArgs(app.clientId, ['--azure-tenant', ms().tenant.id, '--mail-sign-in', 'device']), { AZ_SECRET: app.secrets[0].value }, (stderr) => {
      const m = /open the page (\S+) and enter the code (\S+) to authenticate/.exec(stderr);
      if (!m || entered) return;
      entered = true;
      void browser.enterDeviceCode(m[1]!, m[2]!, ms().accounts.helpdesk);
    });
    const report = json(run);
    expect(report.facts).toMatchObject({ 'oauth.authorizedAsExpectedUser': true, 'mailbox.messageCount': 3 });
  });
});

describe('the app registration probe (azure-app)', () => {
  const azure = (secret: string, extra: string[] = [], clientId: string = ms().apps.jira.clientId, tenant: string = ms().tenant.id) =>
    runCli(cli, ['check', '--azure-tenant', tenant, '--azure-client-id', clientId, '--azure-client-secret-env', 'AZ_SECRET', '--azure-login-url', ms().loginUrl, '--ca', bed.tls.certFile, '--format', 'json', ...extra], { AZ_SECRET: secret });

  it('rules out an expired secret when a token is issued', async () => {
    const run = await azure(ms().apps.jira.secrets[0].value);
    expect(run.code).toBe(0);
    expect(json(run).facts).toEqual({ 'azure.secretExpired': false });
    expectNoSecrets(run, ms().apps.jira.secrets[0].value);
  });

  it('confirms an expired secret (AADSTS7000222)', async () => {
    const run = await azure(ms().apps.jira.secrets[1].value);
    const report = json(run);
    expect(report.facts['azure.secretExpired']).toBe(true);
    expect(report.facts.errors?.[0]).toMatch(/^AADSTS7000222: The provided client secret keys for app/);
    expect(evidenceOf(report, 'azure-app').problem?.advice).toMatch(/Certificates & secrets: create a new client secret/);
  });

  it.each([
    ['the secret ID instead of its value', () => [ms().apps.jira.secrets[0].id] as const, /^AADSTS7000215:/, /Value .* not the Secret ID/],
    ['an app unknown in the tenant', () => [ms().apps.jira.secrets[0].value, '00000000-0000-0000-0000-00000000beef'] as const, /^AADSTS700016:/, /Application \(client\) ID/],
    ['a tenant of another cloud', () => [ms().apps.jira.secrets[0].value, ms().apps.jira.clientId, 'contoso.onmicrosoft.us'] as const, /^AADSTS90002:/, /--azure-cloud gcc-high/],
  ])('explains %s in plain words with the exact code', async (_, input, code, advice) => {
    const [secret, clientId, tenant] = input();
    const run = await azure(secret, [], clientId, tenant);
    const report = json(run);
    expect(run.code).toBe(1);
    expect(report.facts.errors?.[0]).toMatch(code);
    expect(report.facts['azure.secretExpired']).toBeUndefined();
    expect(evidenceOf(report, 'azure-app').problem?.advice).toMatch(advice);
  });

  it('refuses to send a secret over plain http to another machine, before any request', async () => {
    const run = await runCli(cli, ['check', '--azure-tenant', 't', '--azure-client-id', 'c', '--azure-client-secret-env', 'AZ_SECRET', '--azure-login-url', 'http://login.example.test'], { AZ_SECRET: 'x-secret' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--azure-login-url: http:\/\/login\.example\.test is not https.*Use the https address/);
    // The sign-in's endpoints made from that host are refused under the name the admin typed.
    const signIn = await runCli(cli, ['check', '--mail-host', 'outlook.office365.com', '--mail-user', 'a@example.test', '--azure-client-id', 'c', '--azure-client-secret-env', 'AZ_SECRET', '--mail-sign-in', 'device', '--azure-login-url', 'http://10.0.0.5'], { AZ_SECRET: 'x-secret' });
    expect(signIn.code).toBe(2);
    expect(signIn.stderr).toMatch(/^jira-doctor check: --azure-login-url: http:\/\/10\.0\.0\.5\/common\/oauth2\/v2\.0\/token is not https/m);
  });
});
