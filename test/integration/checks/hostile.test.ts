import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckId, Evidence } from '../../../knowledge/contract/checks';
import { parseCheckSettings, runChecks, type CheckSecrets, type CheckSettingsInput } from '../../../electron/checks/index';
import { startTestbed, type Testbed } from '../../testbed';
import { makePki, type KeyPair, type Pki } from './pki';
import { acceptsNeverAnswers, neverAccepts, type SilentPort } from './silent-servers';

// Servers that answer badly, built here: each answer must end as a clear problem, within the
// check's time limit, without a crash.

const TIMEOUT_MS = 1_500;
const SERVER_INFO = JSON.stringify({ baseUrl: 'http://jira.example.test', version: '9.12.4', versionNumbers: [9, 12, 4], deploymentType: 'Server' });
const HUGE_BYTES = 50 * 1024 * 1024;

let dir: string;
let pki: Pki;
let hostile: HttpServer;
let silent: SilentPort;
let dropped: SilentPort;
const tlsServers: HttpServer[] = [];
const tlsUrls: Record<string, string> = {};
let hugeBytesSent = 0;
let proxies: Testbed;

function route(req: IncomingMessage, res: ServerResponse): void {
  const scenario = (req.url ?? '/').split('/')[1];
  switch (scenario) {
    case 'login-page':
      res.writeHead(200, { 'Content-Type': 'text/html;charset=UTF-8' });
      return void res.end('<!DOCTYPE html><html><body><form id="login-form"><input name="os_username"><input type="password" name="os_password"></form></body></html>');
    case 'sso':
      res.writeHead(302, { Location: 'https://login.sso-front.test/adfs/ls/?SAMLRequest=abc' });
      return void res.end();
    case 'empty':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return void res.end();
    case 'invalid':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return void res.end('{"baseUrl": "http://jira.exa');
    case 'huge':
      return sendHuge(res);
    case 'stall':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return void res.write('{"baseUrl": ');
    case 'silent':
      return; // accepts the request and never answers
    default:
      if (req.url?.includes('servicedeskapi')) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' });
      res.end(SERVER_INFO);
  }
}

/** 50 MB of JSON-looking bytes, written as fast as the client reads; counts what left the server. */
function sendHuge(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(HUGE_BYTES) });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  let closed = false;
  res.on('close', () => (closed = true));
  const pump = () => {
    while (!closed && sent < HUGE_BYTES) {
      sent += chunk.length;
      hugeBytesSent = sent;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!closed) res.end();
  };
  pump();
}

async function listen(server: HttpServer | NetServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-hostile-'));
  [pki, proxies, silent, dropped] = await Promise.all([makePki(dir), startTestbed({ parts: ['proxy'] }), acceptsNeverAnswers(), neverAccepts()]);
  hostile = createHttpServer(route);
  await listen(hostile);
  const pairs: Record<string, KeyPair> = { valid: pki.valid, expired: pki.expired, wrongHost: pki.wrongHost, selfSigned: pki.selfSigned, intercepted: pki.intercepted };
  for (const [name, pair] of Object.entries(pairs)) {
    const server = createHttpsServer({ cert: pair.cert, key: pair.key }, route);
    tlsServers.push(server);
    tlsUrls[name] = `https://localhost:${await listen(server)}`;
  }
});

afterAll(async () => {
  hostile?.closeAllConnections();
  for (const s of tlsServers) s.closeAllConnections();
  // After a failed start some servers were never made: waiting for their close would never end.
  await Promise.all([hostile, ...tlsServers].map((s) => s && new Promise((r) => s.close(r))));
  await Promise.all([silent?.stop(), dropped?.stop(), proxies?.stop()]);
  await rm(dir, { recursive: true, force: true });
});

const httpBase = () => `http://127.0.0.1:${(hostile.address() as { port: number }).port}`;
const silentBase = () => silent.url;

async function versions(input: Partial<CheckSettingsInput>, secrets: CheckSecrets = {}, checks: CheckId[] = ['versions']): Promise<Evidence> {
  const parsed = parseCheckSettings({ timeoutMs: TIMEOUT_MS, checks, ...input }, secrets);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const report = await runChecks(parsed.settings, secrets);
  return report.evidence[0]!;
}

describe('answers that are not Jira JSON', () => {
  it.each([
    ['login-page', 'login-page', /HTML login page instead of JSON/],
    ['sso', 'sso-redirect', /redirected to another host \(login\.sso-front\.test\).*single sign-on front end intercepts/],
    ['empty', 'bad-response', /empty body/],
    ['invalid', 'bad-response', /not JSON/],
    ['huge', 'bad-response', /more than 256 KB/],
  ] as const)('%s: %s', async (scenario, code, message) => {
    const e = await versions({ baseUrl: `${httpBase()}/${scenario}` });
    expect(e.outcome).toBe('failed');
    expect(e.problem?.code).toBe(code);
    expect(e.problem?.message).toMatch(message);
    expect(e.problem?.advice.length).toBeGreaterThan(20);
    expect(e.durationMs).toBeLessThan(TIMEOUT_MS);
  });

  it('stops reading a 50 MB answer early', async () => {
    await versions({ baseUrl: `${httpBase()}/huge` });
    // Socket buffers take a few MB; the client itself read 256 KB.
    expect(hugeBytesSent).toBeLessThan(12 * 1024 * 1024);
  });

  it('keeps the context path of the base URL', async () => {
    const e = await versions({ baseUrl: `${httpBase()}/jira/` });
    expect(e.outcome).toBe('ok');
    expect(e.exchanges[0]!.request.url).toBe(`${httpBase()}/jira/rest/api/2/serverInfo`);
    expect(e.notes.join()).toContain("Jira's base URL setting is http://jira.example.test");
  });
});

describe('servers that never answer', () => {
  it('names a server that accepts the request and never answers, within the time limit', async () => {
    const e = await versions({ baseUrl: `${httpBase()}/silent` });
    expect(e.problem?.code).toBe('timeout');
    expect(e.problem?.message).toMatch(/accepted the connection but sent no answer in time/);
    expect(e.durationMs).toBeLessThan(TIMEOUT_MS + 300);
  });

  it('names a server that stops in the middle of its answer', async () => {
    const e = await versions({ baseUrl: `${httpBase()}/stall` });
    expect(e.problem?.code).toBe('timeout');
    expect(e.problem?.message).toMatch(/stopped sending it/);
  });

  it('names a listener that never speaks HTTP', async () => {
    const e = await versions({ baseUrl: silentBase() });
    expect(e.problem?.code).toBe('timeout');
    expect(e.durationMs).toBeLessThan(TIMEOUT_MS + 300);
  });

  it('calls a port that never accepts a connection filtered', async () => {
    const e = await versions({ baseUrl: dropped.url });
    expect(e.problem?.code).toBe('timeout');
    expect(e.problem?.message).toMatch(/firewall drops the traffic \(filtered\)/);
    expect(e.durationMs).toBeLessThan(TIMEOUT_MS + 300);
  });

  it('cancels at once when asked, and reports every check as cancelled', async () => {
    const controller = new AbortController();
    const parsed = parseCheckSettings({ baseUrl: silentBase(), timeoutMs: 10_000 });
    if (!parsed.ok) throw new Error('bad settings');
    const started = performance.now();
    setTimeout(() => controller.abort(), 200);
    const report = await runChecks(parsed.settings, {}, { signal: controller.signal });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(report.evidence.filter((e) => e.outcome !== 'skipped').map((e) => e.outcome)).toEqual(['cancelled', 'cancelled']);
  });

  it('ends the run at its deadline', async () => {
    const parsed = parseCheckSettings({ baseUrl: silentBase(), timeoutMs: 10_000, deadlineMs: 1_000, checks: ['versions', 'cluster'] });
    if (!parsed.ok) throw new Error('bad settings');
    const started = performance.now();
    const report = await runChecks(parsed.settings, {});
    expect(performance.now() - started).toBeLessThan(1_600);
    for (const e of report.evidence) expect(e.problem?.message).toMatch(/1 s for the whole run/);
  });
});

describe('connections that fail', () => {
  it('refused', async () => {
    const closed = createNetServer();
    const port = await listen(closed);
    await new Promise((r) => closed.close(r));
    const e = await versions({ baseUrl: `http://127.0.0.1:${port}` });
    expect(e.problem?.code).toBe('refused');
    expect(e.problem?.message).toMatch(/connection was refused/);
  });

  it('a host name that does not resolve', async () => {
    const e = await versions({ baseUrl: 'http://no-such-jira.invalid' });
    expect(e.problem?.code).toBe('dns');
    expect(e.problem?.message).toContain('no-such-jira.invalid');
  });
});

describe('certificates', () => {
  it('trusts the server with the CA given, and not without it', async () => {
    expect((await versions({ baseUrl: tlsUrls.valid!, caFile: pki.caFile })).outcome).toBe('ok');
    const untrusted = await versions({ baseUrl: tlsUrls.valid! });
    expect(untrusted.problem?.code).toBe('tls-untrusted');
    expect(untrusted.problem?.message).toMatch(/certificate authority this machine does not know \("CN=Jira Doctor Test CA/);
    expect(untrusted.problem?.advice).toContain('--ca');
  });

  it('self-signed', async () => {
    const e = await versions({ baseUrl: tlsUrls.selfSigned!, caFile: pki.caFile });
    expect(e.problem?.code).toBe('tls-untrusted');
    expect(e.problem?.message).toMatch(/self-signed/);
  });

  it('expired', async () => {
    const e = await versions({ baseUrl: tlsUrls.expired!, caFile: pki.caFile });
    expect(e.problem?.code).toBe('tls-expired');
    expect(e.problem?.message).toMatch(/has expired/);
  });

  it('issued for another host name', async () => {
    const e = await versions({ baseUrl: tlsUrls.wrongHost!, caFile: pki.caFile });
    expect(e.problem?.code).toBe('tls-hostname');
    expect(e.problem?.message).toMatch(/jira\.other\.test/);
  });

  it('replaced by a TLS inspection proxy', async () => {
    const e = await versions({ baseUrl: tlsUrls.intercepted!, caFile: pki.caFile });
    expect(e.problem?.code).toBe('tls-intercepted');
    expect(e.problem?.message).toMatch(/Zscaler Root CA/);
  });

  it('looks past a bad certificate only on request, and says so', async () => {
    const e = await versions({ baseUrl: tlsUrls.selfSigned!, insecure: true });
    expect(e.outcome).toBe('ok');
    expect(e.notes.join()).toMatch(/verification was turned OFF/);
  });
});

describe('proxies (squid and tinyproxy)', () => {
  it('a proxy that refuses CONNECT to the port', async () => {
    const e = await versions({ baseUrl: tlsUrls.valid!, caFile: pki.caFile, proxy: { url: proxies.proxy!.restricted } });
    expect(e.problem?.code).toBe('proxy-refused');
    expect(e.problem?.message).toMatch(/refused to connect to localhost:\d+ \(it answered 403 to CONNECT\)/);
  });

  it('a proxy that wants authentication, then gets it', async () => {
    const { auth, account } = proxies.proxy!;
    const refused = await versions({ baseUrl: tlsUrls.valid!, caFile: pki.caFile, proxy: { url: auth } });
    expect(refused.problem?.code).toBe('proxy-auth');
    const through = await versions({ baseUrl: tlsUrls.valid!, caFile: pki.caFile, proxy: { url: auth, username: account.username } }, { proxyPassword: account.password });
    expect(through.outcome).toBe('ok');
    expect(JSON.stringify(through)).not.toContain(account.password);
  });

  it('a proxy that is not there', async () => {
    const e = await versions({ baseUrl: tlsUrls.valid!, caFile: pki.caFile, proxy: { url: silentBase().replace(/:\d+$/, ':1') } });
    expect(e.problem?.code).toBe('refused');
    expect(e.problem?.message).toMatch(/at the proxy 127\.0\.0\.1:1/);
  });
});

describe('mail servers that are not what they seem', () => {
  it('an HTTP server where IMAP was expected', async () => {
    const port = Number(new URL(httpBase()).port);
    const e = await versions({ baseUrl: httpBase(), mail: { host: '127.0.0.1', port, tls: 'none' } }, {}, ['mail']);
    expect(e.problem?.code).toBe('timeout'); // HTTP waits for the client to speak first
  });

  it('a mail port behind a self-signed certificate', async () => {
    const port = Number(new URL(tlsUrls.selfSigned!).port);
    const e = await versions({ baseUrl: httpBase(), mail: { host: 'localhost', port, tls: 'implicit' } }, {}, ['mail']);
    expect(e.problem?.code).toBe('tls-untrusted');
  });
});
