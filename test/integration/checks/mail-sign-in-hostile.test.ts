import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCheckSettings, runChecks, type CheckSecrets, type CheckSettingsInput } from '../../../electron/checks/index';
import type { Evidence } from '../../../knowledge/contract/checks';
import { makeCertificate } from '../../testbed/tls';
import { createServer as createTlsServer } from 'node:tls';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Servers that are not what the sign-in probes expect: each ends as a plain result within the time limit.

const sockets = new Set<Socket>();
const servers: Server[] = [];
let dir: string;
let stallPort: number;
let httpPort: number;
let interceptPort: number;

function listen(server: Server): Promise<number> {
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jd-hostile-'));
  const cert = await makeCertificate(dir);
  // An IMAP server that greets, lists XOAUTH2, then stops in the middle of its answer to the sign-in.
  stallPort = await listen(
    createServer((s) => {
      sockets.add(s);
      s.write('* OK The Microsoft Exchange IMAP4 service is ready.\r\n');
      s.on('data', (d: Buffer) => {
        const line = d.toString();
        if (/CAPABILITY/.test(line)) s.write('* CAPABILITY IMAP4rev1 AUTH=XOAUTH2 SASL-IR\r\na2 OK CAPABILITY completed.\r\n');
        else if (/AUTHENTICATE/.test(line)) s.write('* partial answer without an end');
      });
    }),
  );
  // A web server where the mail server was expected.
  httpPort = await listen(createServer((s) => (sockets.add(s), s.on('data', () => s.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n')))));
  // A TLS server with a certificate nobody trusts, as an intercepting proxy presents.
  const tls = createTlsServer({ cert: cert.cert, key: cert.key }, (s) => s.end('HTTP/1.1 200 OK\r\n\r\n{}'));
  interceptPort = await listen(tls);
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await rm(dir, { recursive: true, force: true });
});

async function check(input: Partial<CheckSettingsInput>, secrets: CheckSecrets): Promise<Evidence> {
  const parsed = parseCheckSettings({ timeoutMs: 2_000, ...input }, secrets);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const report = await runChecks(parsed.settings, secrets);
  return report.evidence.find((e) => e.outcome !== 'skipped')!;
}

describe('hostile servers meet the sign-in probes', () => {
  it('a mail server that stalls in the middle of its answer to the sign-in: a timeout, within the limit', async () => {
    const started = Date.now();
    const e = await check({ mail: { host: '127.0.0.1', port: stallPort, tls: 'none', user: 'helpdesk@example.test' }, checks: ['mail'] }, { mailToken: 'tok-123456' });
    expect(e.outcome).toBe('failed');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(JSON.stringify(e)).not.toContain('tok-123456');
  });

  it('a web server on the mail port (it waits for a request, so never greets): a plain result within the limit', async () => {
    const started = Date.now();
    const e = await check({ mail: { host: '127.0.0.1', port: httpPort, tls: 'none', user: 'helpdesk@example.test' }, checks: ['mail'] }, { mailToken: 'tok-123456' });
    expect(e.outcome).toBe('failed');
    expect(e.problem?.message).toMatch(/No answer within/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("a sign-in host behind a certificate nobody trusts (TLS interception): the secret is not given away, and it says why", async () => {
    const e = await check({ azure: { tenant: 't', clientId: 'c', loginUrl: `https://127.0.0.1:${interceptPort}` }, checks: ['azure-app'] }, { azureClientSecret: 'secret-value-1' });
    expect(e.outcome).toBe('failed');
    expect(e.problem?.code).toMatch(/^tls-/);
    expect(JSON.stringify(e)).not.toContain('secret-value-1');
  });
});
