import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipOf } from '../../support/zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../../knowledge';
import { scanReportSchema } from '../../../knowledge/contract/scan';
import { scanPaths } from '../../../electron/scan/index';
import { harText, oauthDance, onNode, SECRETS, type Flavour, type Step } from './har-fixtures';
import { scanText } from './scan-text';

const FLAVOURS: Flavour[] = ['chrome', 'firefox'];
const scanHar = async (flavour: Flavour, steps: Step[]) => {
  const report = await scanText({ 'mail-setup.har': harText(flavour, steps) });
  // Whatever the recording held, the report keeps to its contract and holds no secret.
  expect(scanReportSchema.safeParse(report).success).toBe(true);
  const text = JSON.stringify(report);
  for (const [name, secret] of Object.entries(SECRETS)) expect(text, `${name} leaked`).not.toContain(secret);
  return report;
};
const JIRA = 'https://jira.corp.example';
const causeStatus = (facts: object, id: string) => {
  const d = diagnose({ symptom: 'mail-oauth', ...facts }, { today: '2026-11-20' });
  return d.causes.find((c) => c.id === id)?.status ?? (d.ruledOut.some((c) => c.id === id) ? 'ruled-out' : 'absent');
};

describe.each(FLAVOURS)('a %s recording of the mailbox authorization (article 001, Root Cause 13)', (flavour) => {
  it('proves stickiness when one node answers from before the redirect to Microsoft until after the callback', async () => {
    const report = await scanHar(flavour, oauthDance(onNode('jsm-node01')));
    expect(report.files[0]).toMatchObject({ kind: 'har', status: 'read', requests: 8 });
    expect(report.facts).toMatchObject({ 'lb.sticky': true, 'lb.internalRestKeptOnUserNode': true });
    expect(report.facts['jira.clustered']).toBeUndefined();
    expect(report.factSources['lb.sticky']?.why).toMatch(/stayed on jsm-node01 .*before Jira sent the browser to Microsoft.*after it/);
    const session = report.recording!.sessions[0]!;
    expect(session).toMatchObject({ nodeSource: 'X-ANODEID', verdict: 'one-node', identifiedBy: 'JSESSIONID', requests: 6, switches: [] });
    expect(report.recording!.oauth.map((s) => s.step)).toEqual(['to-microsoft', 'authorize', 'sign-in', 'callback', 'back-in-jira']);
    expect(report.recording!.files[0]!.browser).toBe(flavour === 'chrome' ? 'Chrome or Edge' : 'Firefox 133.0');
    expect(report.facts['oauth.scopes']).toBe('https://outlook.office.com/IMAP.AccessAsUser.All offline_access');
    expect(causeStatus(report.facts, 'mail-oauth/stickiness')).toBe('ruled-out');
  });

  it('finds the switch to another node at the callback, with its time and path, and calls the cluster clustered', async () => {
    const report = await scanHar(flavour, oauthDance((_path, at) => (at >= 11 ? 'jsm-node02' : 'jsm-node01')));
    expect(report.facts).toMatchObject({ 'lb.sticky': false, 'jira.clustered': true });
    const session = report.recording!.sessions[0]!;
    expect(session.verdict).toBe('switched');
    expect(session.switches[0]).toMatchObject({ from: 'jsm-node01', to: 'jsm-node02', method: 'GET', path: '/rest/oauth2-client/latest/callback', index: 4 });
    expect(session.switches[0]!.at).toMatch(/^2026-11-20T09:00:11\.000(Z|\+00:00)$/);
    expect(report.factSources['lb.sticky']?.why).toContain('/rest/oauth2-client/latest/callback');
    expect(session.timeline.find((t) => t.switched)).toMatchObject({ index: 4, node: 'jsm-node02' });
    expect(causeStatus(report.facts, 'mail-oauth/stickiness')).toBe('confirmed');
  });

  it('tells REST pinned to a node (reason 2) when only the /rest/ calls go elsewhere', async () => {
    const report = await scanHar(flavour, oauthDance((path) => (path.startsWith('/rest/') ? 'jsm-rest' : 'jsm-node01')));
    expect(report.facts).toMatchObject({ 'lb.restPinnedToNode': true, 'lb.internalRestKeptOnUserNode': false, 'jira.clustered': true });
    expect(report.facts['lb.sticky']).toBeUndefined();
    expect(report.recording!.sessions[0]!.verdict).toBe('rest-elsewhere');
    expect(causeStatus(report.facts, 'mail-oauth/stickiness')).toBe('confirmed');
  });

  it('reads the node from the route at the end of JSESSIONID when there is no X-ANODEID', async () => {
    const report = await scanHar(flavour, oauthDance((_p, at) => (at >= 11 ? 'node2' : 'node1'), { routeOnly: true }));
    expect(report.recording!.sessions[0]).toMatchObject({ nodeSource: 'JSESSIONID route', verdict: 'switched' });
    expect(report.recording!.sessions[0]!.switches[0]).toMatchObject({ from: 'node1', to: 'node2' });
    expect(report.facts['lb.sticky']).toBe(false);
  });

  it("reads the node from the load balancer's cookie when nothing else names it", async () => {
    const report = await scanHar(flavour, oauthDance((_p, at) => (at >= 11 ? 'n2' : 'n1'), { stickyCookie: 'ROUTEID' }));
    expect(report.recording!.sessions[0]).toMatchObject({ nodeSource: 'load-balancer cookie', verdict: 'switched' });
    expect(report.recording!.sessions[0]!.nodes.map((n) => n.node)).toEqual(['n1', 'n2']);
  });

  it("puts Microsoft's error on the way back (AADSTS) into the errors, where the diagnosis finds it", async () => {
    const description = "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '0b3c9f52-5e1a-4d47-9b0e-2f6a8c1d7e34'.\r\nTrace ID: 1b2c\r\nCorrelation ID: 3d4e";
    const report = await scanHar(flavour, oauthDance(onNode('jsm-node01'), { callbackError: description }));
    expect(report.facts.errors).toEqual([description.split('\r\n')[0]]);
    expect(report.recording!.oauth.find((s) => s.step === 'error')?.detail).toMatch(/^AADSTS7000215: Invalid client secret/);
    expect(report.recording!.oauth.find((s) => s.step === 'callback')?.detail).toContain('invalid_client');
  });

  it("does not count Jira's static files (the browser may have taken them from its cache, old headers and all)", async () => {
    const steps = oauthDance(onNode('jsm-node01'));
    steps.splice(1, 0, { at: 0.5, url: `${JIRA}/s/d41d8cd9/9120004/_/download/batch/jira.webresources:global-static/batch.js`, status: 200, node: 'jsm-node02', requestCookies: { JSESSIONID: SECRETS.session } });
    const report = await scanHar(flavour, steps);
    expect(report.facts['lb.sticky']).toBe(true);
  });
});

it("leaves out what Chrome took from its cache: no node answered it", async () => {
  const steps = oauthDance(onNode('jsm-node01'));
  steps.splice(1, 0, { at: 0.5, url: `${JIRA}/secure/Dashboard.jspa`, status: 200, node: 'jsm-node02', fromCache: true, requestCookies: { JSESSIONID: SECRETS.session } });
  const report = await scanHar('chrome', steps);
  expect(report.facts['lb.sticky']).toBe(true);
  expect(report.recording!.notes.join(' ')).toMatch(/1 request\(s\) were answered from the browser's cache/);
});

describe.each(FLAVOURS)('a %s recording of cookie-based REST calls (article 002)', (flavour) => {
  const cookies = { JSESSIONID: SECRETS.session, 'atlassian.xsrf.token': SECRETS.xsrf };
  it('takes the login reason and the denied reason from the refused login (CAPTCHA)', async () => {
    const report = await scanHar(flavour, [
      { at: 0, url: `${JIRA}/rest/api/2/myself`, status: 200, node: 'n1', requestCookies: cookies, responseHeaders: { 'X-Seraph-LoginReason': 'OK' } },
      {
        at: 5,
        method: 'POST',
        url: `${JIRA}/rest/auth/1/session`,
        status: 403,
        node: 'n1',
        postData: { mimeType: 'application/json', text: `{"username":"svc-ci","password":"${SECRETS.password}"}` },
        responseHeaders: { 'X-Seraph-LoginReason': 'AUTHENTICATION_DENIED', 'X-Authentication-Denied-Reason': `CAPTCHA_CHALLENGE; login-url=${JIRA}/login.jsp` },
      },
    ]);
    expect(report.facts).toMatchObject({ 'auth.loginReason': 'AUTHENTICATION_DENIED', 'auth.deniedReason': `CAPTCHA_CHALLENGE; login-url=${JIRA}/login.jsp` });
    expect(report.recording!.failures[0]).toMatchObject({ status: 403, path: '/rest/auth/1/session', node: 'n1' });
    expect(report.recording!.failures[0]!.what).toContain('AUTHENTICATION_DENIED');
    const d = diagnose({ symptom: 'cookie-auth', ...report.facts }, { today: '2026-11-20' });
    expect(d.causes[0]?.id).toBe('cookie-auth/captcha');
  });

  it.each([
    ['without the header', {}, false],
    ['with the old spelling "nocheck"', { 'X-Atlassian-Token': 'nocheck' }, false],
    ['with X-Atlassian-Token: no-check', { 'X-Atlassian-Token': 'no-check' }, true],
  ])('puts a 403 "XSRF check failed" into the errors and describes the multipart request %s', async (_name, headers, noCheck) => {
    const report = await scanHar(flavour, [
      {
        at: 0,
        method: 'POST',
        url: `${JIRA}/rest/api/2/issue/TEST-3/attachments`,
        status: 403,
        node: 'n1',
        requestCookies: cookies,
        requestHeaders: headers,
        postData: { mimeType: 'multipart/form-data; boundary=----x', text: '------x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello\r\n------x--' },
        body: { mimeType: 'text/plain', text: 'XSRF check failed' },
      },
    ]);
    expect(report.facts).toMatchObject({ errors: ['XSRF check failed'], 'request.formEncoded': true, 'request.hasNoCheckHeader': noCheck });
  });

  it('says when REST calls with the cookie worked and then got 401', async () => {
    const report = await scanHar(flavour, [
      { at: 0, url: `${JIRA}/rest/api/2/myself`, status: 200, node: 'n1', requestCookies: cookies },
      { at: 900, url: `${JIRA}/rest/api/2/search`, status: 401, node: 'n1', requestCookies: cookies, responseHeaders: { 'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED' } },
    ]);
    expect(report.facts).toMatchObject({ 'cookie.worksThenFails': true, 'auth.loginReason': 'AUTHENTICATED_FAILED' });
  });
});

describe('recordings among the inputs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jira-doctor-har-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('recognises a recording by its content in a folder, whatever its name, next to the logs', async () => {
    const folder = join(dir, 'evidence');
    await mkdir(folder);
    await writeFile(join(folder, 'network.json'), harText('firefox', oauthDance(onNode('n1'))));
    await writeFile(join(folder, 'notes.txt'), 'nothing to see');
    await writeFile(join(folder, 'atlassian-jira.log'), '2026-11-20 09:00:00,000+0000 main INFO [c.a.jira] started\n');
    const report = await scanPaths([folder]);
    expect(report.files.map((f) => [f.name.slice(folder.length + 1), f.kind])).toEqual([
      ['atlassian-jira.log', 'log'],
      ['network.json', 'har'],
    ]);
    expect(report.facts['lb.sticky']).toBe(true);
  });

  it('reads a gzip-compressed recording and a recording inside a support zip', async () => {
    const gz = join(dir, 'session.har.gz');
    await writeFile(gz, gzipSync(harText('chrome', oauthDance(onNode('n1')))));
    const zipPath = join(dir, 'Jira_support.zip');
    await writeFile(zipPath, await zipOf({ 'Jira_support/browser/mail.har': harText('chrome', oauthDance((_p, at) => (at >= 11 ? 'n2' : 'n1'))) }));
    const report = await scanPaths([gz, zipPath]);
    expect(report.files.filter((f) => f.kind === 'har').map((f) => [f.status, f.requests])).toEqual([
      ['read', 8],
      ['read', 8],
    ]);
    expect(report.recording!.sessions.map((s) => s.verdict).sort()).toEqual(['one-node', 'switched']);
    expect(report.facts['lb.sticky']).toBe(false);
  });

  it('recognises a recording inside a support zip by its content, whatever its name, and leaves other entries alone', async () => {
    const zipPath = join(dir, 'Jira_support_named_freely.zip');
    await writeFile(
      zipPath,
      await zipOf({
        'Jira_support/captures/network-export.json': harText('firefox', oauthDance((_p, at) => (at >= 11 ? 'n2' : 'n1'))),
        'Jira_support/application-config/settings.json': JSON.stringify({ not: 'a recording' }),
        'Jira_support/README': 'plain notes',
      }),
    );
    const report = await scanPaths([zipPath]);
    expect(report.files.filter((f) => f.kind === 'har').map((f) => [f.name.slice(zipPath.length), f.status, f.requests])).toEqual([
      ['!/Jira_support/captures/network-export.json', 'read', 8],
    ]);
    expect(report.files.map((f) => f.name)).not.toContain(`${zipPath}!/Jira_support/application-config/settings.json`);
    expect(report.facts['lb.sticky']).toBe(false);
  });

  it('reads what comes before the cut of a cut-off recording, and says so', async () => {
    const text = harText('chrome', oauthDance(onNode('n1')));
    const report = await scanText({ 'cut.har': text.slice(0, Math.floor(text.length * 0.7)) });
    expect(report.files[0]).toMatchObject({ kind: 'har', status: 'partial' });
    expect(report.files[0]!.problem).toMatch(/ends early .*after \d+ request.*export the HAR file again/);
  });

  it('says a JSON file that is not a recording is not one', async () => {
    const report = await scanText({ 'scan.json': JSON.stringify({ schemaVersion: 1, facts: {} }) });
    expect(report.files[0]).toMatchObject({ status: 'skipped', kind: 'other' });
    expect(report.files[0]!.problem).toMatch(/^not a browser recording: .*Export HAR/);
  });
});
