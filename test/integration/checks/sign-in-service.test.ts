import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capability, type Channel, type CheckEvent, type SignInView } from '../../../electron/api/contract';
import { assembleServices } from '../../../electron/services/assemble';
import { startTestbed, type Testbed } from '../../testbed';
import { Browser } from './m365';

// The wizard's sign-in through the service API (the same sign-in as `check --mail-sign-in`),
// against the test bed's identity platform and Exchange front: pasted address, device code, the
// run that takes the token, and where the code, the secret and the token must never be.

let bed: Testbed;
let browser: Browser;
let dir: string;
let services: ReturnType<typeof assembleServices>;

beforeAll(async () => {
  bed = await startTestbed({ parts: ['mail', 'microsoft'] });
  browser = new Browser(bed.tls.cert);
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-sign-in-'));
  services = assembleServices({ mode: 'browser', appVersion: '0.0.0', dataDir: dir });
});
afterAll(async () => {
  services?.close();
  await browser?.close();
  await bed?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const ms = () => bed.microsoft!;
const CALLBACK = 'https://jira.example.test/plugins/servlet/oauth/callback';

/** Calls a capability as the renderer does; a refusal comes back as its error body. */
async function call(channel: Channel, request: unknown): Promise<{ ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }> {
  const envelope = await services.dispatch(channel, request);
  if (envelope.ok) {
    const parsed = capability(channel).response.safeParse(envelope.value);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), channel).toEqual([]);
  }
  return envelope;
}
const value = async <T>(channel: Channel, request: unknown): Promise<T> => {
  const answer = await call(channel, request);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.value as T;
};

function request(mailbox: string, extra: Record<string, unknown> = {}) {
  const app = ms().apps.jira;
  return {
    settings: {
      mail: { host: ms().imap.host, port: ms().imap.tls, protocol: 'imap', tls: 'implicit', user: mailbox },
      azure: { tenant: ms().tenant.id, clientId: app.clientId, loginUrl: ms().loginUrl },
      signIn: {
        clientId: app.clientId,
        authorizeEndpoint: `${ms().loginUrl}/${ms().tenant.id}/oauth2/v2.0/authorize`,
        tokenEndpoint: `${ms().loginUrl}/${ms().tenant.id}/oauth2/v2.0/token`,
        scopes: 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access',
        redirectUri: CALLBACK,
      },
      caFile: bed.tls.certFile,
    },
    secrets: { azureClientSecret: app.secrets[0].value },
    ...extra,
  };
}

async function settled(signInId: string): Promise<SignInView> {
  await expect.poll(async () => (await value<SignInView>('signIn.status', { signInId })).state, { timeout: 20_000 }).not.toBe('waiting');
  return value<SignInView>('signIn.status', { signInId });
}

async function runWith(body: unknown): Promise<Extract<CheckEvent, { type: 'done' }>['report']> {
  const { runId } = await value<{ runId: string }>('checks.start', body);
  await expect.poll(async () => (await value<{ state: string }>('checks.status', { runId })).state, { timeout: 30_000 }).toBe('done');
  const status = await value<{ events: CheckEvent[] }>('checks.status', { runId });
  return (status.events.find((e) => e.type === 'done') as Extract<CheckEvent, { type: 'done' }>).report;
}

describe('the wizard signs in the way Jira does', () => {
  it('takes the pasted address the browser ended on, refuses one without a result, and hands the token to the checks only', async () => {
    const mailbox = ms().mailboxes.helpdesk!.address;
    const started = await value<SignInView>('signIn.start', { ...request(mailbox), mode: 'paste' });
    expect(started.state).toBe('waiting');
    expect(started.prompt).toMatchObject({ mode: 'paste', redirectUri: CALLBACK });
    const authorizeUrl = (started.prompt as { authorizeUrl: string }).authorizeUrl;
    const { location } = await browser.signIn(authorizeUrl, ms().accounts.helpdesk);
    const code = new URL(location!).searchParams.get('code')!;

    const refused = await call('signIn.paste', { signInId: started.signInId, address: 'not an address' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('not a web address') as string } });
    const otherState = new URL(location!);
    otherState.searchParams.set('state', 'another-sign-in');
    expect(await call('signIn.paste', { signInId: started.signInId, address: otherState.href })).toMatchObject({ ok: false, error: { message: expect.stringContaining('another sign-in') as string } });
    expect((await value<SignInView>('signIn.status', { signInId: started.signInId })).state).toBe('waiting');

    await value('signIn.paste', { signInId: started.signInId, address: location });
    const done = await settled(started.signInId);
    expect(done).toMatchObject({ state: 'signed-in', account: mailbox, errors: [] });
    expect(JSON.stringify(done)).not.toContain(code);

    const report = await runWith({ ...request(mailbox), signInId: started.signInId });
    expect(report.facts).toMatchObject({ 'oauth.authorizedAsExpectedUser': true, 'mailbox.protocolEnabled': true, 'mailbox.licensed': true, 'mailbox.messageCount': 3, 'azure.secretExpired': false });
    const text = JSON.stringify(report);
    expect(text).not.toContain(code);
    expect(text).not.toContain(ms().apps.jira.secrets[0].value);
    expect(text).not.toMatch(/eyJ0eXAiOiJKV1Qi/);
    // Nothing of it was written to the data folder.
    for (const file of await readdir(dir)) {
      if (!file.endsWith('.json')) continue;
      const saved = await readFile(join(dir, file), 'utf8');
      expect(saved).not.toContain(code);
      expect(saved).not.toContain(ms().apps.jira.secrets[0].value);
    }
  });

  it('shows the device code, and the run reports the sign-in', async () => {
    const mailbox = ms().mailboxes.support!.address;
    const started = await value<SignInView>('signIn.start', { ...request(mailbox), mode: 'device' });
    expect(started.prompt?.mode).toBe('device');
    const device = (started.prompt as Extract<SignInView['prompt'], { mode: 'device' }>).device;
    expect(device.userCode).toMatch(/^[0-9A-F]{9}$/);
    await browser.enterDeviceCode(device.verificationUri, device.userCode, ms().accounts.agent);
    const done = await settled(started.signInId);
    expect(done).toMatchObject({ state: 'signed-in', account: ms().accounts.agent.upn });
    const report = await runWith({ ...request(mailbox, {}), settings: { ...request(mailbox).settings, mail: { ...request(mailbox).settings.mail, authorizer: ms().accounts.agent.upn } }, signInId: started.signInId });
    expect(report.facts).toMatchObject({ 'oauth.authorizedAsExpectedUser': true, 'mailbox.authorizerHasFullAccess': true });
  });

  it("puts Microsoft's refusal into the run's errors (a single-tenant app at /common)", async () => {
    const single = ms().apps.singleTenant;
    const base = request(ms().mailboxes.helpdesk!.address);
    const body = {
      settings: {
        ...base.settings,
        azure: { ...base.settings.azure, clientId: single.clientId },
        signIn: { ...base.settings.signIn, clientId: single.clientId, authorizeEndpoint: `${ms().loginUrl}/common/oauth2/v2.0/authorize`, tokenEndpoint: `${ms().loginUrl}/common/oauth2/v2.0/token` },
      },
      secrets: { azureClientSecret: single.secrets[0].value },
    };
    const started = await value<SignInView>('signIn.start', { ...body, mode: 'paste' });
    const { location } = await browser.signIn((started.prompt as { authorizeUrl: string }).authorizeUrl, ms().accounts.helpdesk);
    await value('signIn.paste', { signInId: started.signInId, address: location });
    const done = await settled(started.signInId);
    expect(done.state).toBe('failed');
    expect(done.errors[0]).toMatch(/^AADSTS50194: /);
    expect(done.problem?.message).toMatch(/single-tenant/);
    const report = await runWith({ ...body, signInId: started.signInId });
    expect(report.facts.errors?.[0]).toMatch(/^AADSTS50194: /);
  });

  it('asks for what is missing before signing in, and forgets a sign-in replaced by a new one', async () => {
    const missing = await call('signIn.start', { ...request(ms().mailboxes.helpdesk!.address), settings: { ...request(ms().mailboxes.helpdesk!.address).settings, signIn: { ...request(ms().mailboxes.helpdesk!.address).settings.signIn, tokenEndpoint: 'http://login.example.test/t/oauth2/v2.0/token' } }, mode: 'paste' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const first = await value<SignInView>('signIn.start', { ...request(ms().mailboxes.helpdesk!.address), mode: 'paste' });
    await value<SignInView>('signIn.start', { ...request(ms().mailboxes.helpdesk!.address), mode: 'paste' });
    expect(await call('signIn.status', { signInId: first.signInId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
