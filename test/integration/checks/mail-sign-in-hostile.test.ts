import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect, createServer as createTlsServer, TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport, Evidence } from '../../../knowledge/contract/checks';
import { bundleCli, runCli, type Run } from './m365';
import { makePki, type Pki } from './pki';

// Servers that are not what the sign-in probes expect, met through the command line as an admin
// meets them: each ends as a plain result within the time limit, and gives nothing secret away.

const TOKEN = 'eyJhbGciOiJub25lIn0.eyJ1cG4iOiJoZWxwZGVza0BleGFtcGxlLnRlc3QifQ.tok-123456';
const SECRET = 'Qx8Q~hostile.secret-value_0123456789';
const LIMIT_S = 3;

const sockets = new Set<Socket>();
const servers: Server[] = [];
let dir: string;
let cli: string;
let pki: Pki;
const port: Record<'stall' | 'web' | 'smtp' | 'upstream' | 'inspecting', number> = { stall: 0, web: 0, smtp: 0, upstream: 0, inspecting: 0 };

function listen(server: Server): Promise<number> {
  servers.push(server);
  server.on('connection', (s: Socket) => (sockets.add(s), s.on('error', () => s.destroy())));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jd-hostile-'));
  [pki, cli] = await Promise.all([makePki(dir), bundleCli('mail-sign-in-hostile')]);
  // An IMAP server that greets, offers XOAUTH2, then stops in the middle of its answer to the sign-in.
  port.stall = await listen(
    createServer((s) => {
      s.write('* OK The Microsoft Exchange IMAP4 service is ready.\r\n');
      s.on('data', (d: Buffer) => {
        const [tag = '*', command = ''] = d.toString().split(' ');
        if (/CAPABILITY/i.test(command)) s.write(`* CAPABILITY IMAP4rev1 AUTH=XOAUTH2 SASL-IR\r\n${tag} OK CAPABILITY completed.\r\n`);
        else if (/AUTHENTICATE/i.test(command)) s.write(`${tag} OK AUTHENTICATE comp`);
      });
    }),
  );
  // A web server where the mail server was expected: it waits for a request, so it never greets.
  port.web = await listen(createServer((s) => s.on('data', () => s.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'))));
  // Another protocol that greets at once: SMTP on the IMAP port.
  port.smtp = await listen(createServer((s) => (s.write('220 mail.example.test ESMTP\r\n'), s.on('data', () => s.write('502 5.5.2 Error: command not recognized\r\n')))));
  // The real server behind the proxy, with a certificate of the CA the admin trusts.
  port.upstream = await listen(createTlsServer({ cert: pki.valid.cert, key: pki.valid.key }, (s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}')));
  // A corporate proxy that inspects TLS: it answers CONNECT, then presents a certificate of its
  // own CA for the host asked for, and forwards what it decrypted to the real server.
  port.inspecting = await listen(
    createServer((client) => {
      client.once('data', (request: Buffer) => {
        const target = /^CONNECT ([^:\s]+):(\d+)/.exec(request.toString('latin1'));
        if (!target) return void client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
        client.write('HTTP/1.1 200 Connection established\r\n\r\n');
        const inside = new TLSSocket(client, { isServer: true, cert: pki.intercepted.cert, key: pki.intercepted.key });
        const upstream = tlsConnect({ host: target[1], port: Number(target[2]), rejectUnauthorized: false });
        for (const s of [inside, upstream]) s.on('error', () => (inside.destroy(), upstream.destroy()));
        inside.pipe(upstream).pipe(inside);
      });
    }),
  );
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await rm(dir, { recursive: true, force: true });
  if (cli) await rm(cli, { force: true });
});

async function check(args: string[]): Promise<{ run: Run; mail: Evidence }> {
  const run = await runCli(cli, ['check', '--timeout', String(LIMIT_S), '--format', 'json', ...args], { MAIL_TOKEN: TOKEN, AZ_SECRET: SECRET });
  const report = JSON.parse(run.stdout) as CheckReport;
  expect(run.code).toBe(1);
  expect(run.ms).toBeLessThan(LIMIT_S * 1000 + 5_000);
  expect(run.stdout + run.stderr).not.toContain(TOKEN);
  expect(run.stdout + run.stderr).not.toContain(SECRET);
  return { run, mail: report.evidence.find((e) => e.outcome === 'failed')! };
}

const mailAt = (p: number, tls = 'none') => ['--mail-host', '127.0.0.1', '--mail-port', String(p), '--mail-tls', tls, '--mail-user', 'helpdesk@example.test', '--mail-token-env', 'MAIL_TOKEN'];
const transcript = (e: Evidence) => e.exchanges.flatMap((x) => x.transcript ?? []).join('\n');

describe('hostile servers meet the sign-in probes on the command line', () => {
  it('a mail server that stalls in the middle of its answer to the sign-in: named as such, with the unfinished line, before the limit', async () => {
    const { mail } = await check(mailAt(port.stall));
    expect(mail.problem?.message).toBe(`127.0.0.1:${port.stall} started an answer but stopped sending it.`);
    expect(transcript(mail)).toMatch(/^S: s1 OK AUTHENTICATE comp \(unfinished: the line never ended\)$/m);
    expect(mail.durationMs).toBeLessThan(LIMIT_S * 1000);
  });

  it('a web server on the mail port (it waits for a request, so never greets): no greeting, and what the port may be', async () => {
    const { mail } = await check(mailAt(port.web));
    expect(mail.problem?.message).toMatch(/accepted the connection but sent no greeting in time, where an IMAP server greets at once/);
    expect(mail.problem?.advice).toMatch(/another kind of service .* expect TLS from the start \(--mail-tls implicit\)/);
    expect(mail.durationMs).toBeLessThan(LIMIT_S * 1000);
  });

  it('another protocol on the port (SMTP greets): told at once, with its greeting', async () => {
    const { mail } = await check(mailAt(port.smtp));
    expect(mail.problem?.message).toBe(`The server at 127.0.0.1:${port.smtp} did not greet like an IMAP server ("220 mail.example.test ESMTP").`);
  });

  it('a proxy that inspects TLS before the sign-in host: the secret is not sent, and it names the inspection CA', async () => {
    const { mail: azure } = await check(['--azure-tenant', 't', '--azure-client-id', 'c', '--azure-client-secret-env', 'AZ_SECRET', '--azure-login-url', `https://127.0.0.1:${port.upstream}`, '--proxy', `http://127.0.0.1:${port.inspecting}`, '--ca', pki.caFile]);
    expect(azure.check).toBe('azure-app');
    expect(azure.problem?.code).toBe('tls-intercepted');
    expect(azure.problem?.message).toMatch(/is intercepted: the certificate was issued by "CN=Zscaler Root CA, O=Zscaler Inc\."/);
  });

  it('a proxy that inspects TLS before the mail server: the token is not sent, and it says why', async () => {
    const { mail } = await check([...mailAt(port.upstream, 'implicit'), '--proxy', `http://127.0.0.1:${port.inspecting}`, '--mail-via-proxy', '--ca', pki.caFile]);
    expect(mail.problem?.code).toBe('tls-intercepted');
    expect(transcript(mail)).not.toMatch(/AUTHENTICATE/);
  });
});
