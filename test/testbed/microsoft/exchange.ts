// Exchange Online's IMAP and POP front, in front of the test bed's dovecot (jira-facts §4.3):
// Exchange's greetings, capabilities and refusal texts, and the mailbox settings dovecot has no
// notion of (IMAP/POP switched off, no licence, Full Access of a delegate, Client Access Rules).
// Dovecot still checks every token: the front hands the XOAUTH2 sign-in of the token's own
// account to dovecot (which asks the identity platform stand-in), and only then opens the mailbox,
// through dovecot's master-user login when a delegate opens someone else's.
//
// IMAP: "* OK The Microsoft Exchange IMAP4 service is ready. [<base64>]", a refused sign-in
// "<tag> NO AUTHENTICATE failed.", Client Access Rules without IMAP4 "<tag> BAD User is
// authenticated but not connected." to every command after the sign-in. POP: the two-line XOAUTH2
// only ("-ERR Protocol error. Connection is closed. 10" for the one-line form), a refused sign-in
// "-ERR Authentication failure: unknown user name or bad password.". After the sign-in the
// conversation is dovecot's own.
import { connect as netConnect, type Socket } from 'node:net';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { accountOf, mailboxOf, type Mailbox } from './directory';

export const FRONT_MASTER = { user: 'exchange-front', password: 'exchange-front-testbed-pw' };

const SERVER_ID = Buffer.from('TESTBED01.mailbox.example.test', 'utf16le').toString('base64');
const IMAP_CAPABILITIES = 'IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+';

export type ExchangeFront = { imaps: number; pop3s: number; stop(): Promise<void> };

type Backend = { imap: number; pop3?: number };

/** Reads CRLF lines from a socket until told to stop (then the rest is piped). */
function lines(socket: Socket, onLine: (line: string) => void): { stop(): Buffer } {
  let buffer = Buffer.alloc(0);
  let stopped = false;
  const onData = (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    let at: number;
    while (!stopped && (at = buffer.indexOf('\n')) >= 0) {
      const line = buffer.subarray(0, at).toString('utf8').replace(/\r$/, '');
      buffer = buffer.subarray(at + 1);
      onLine(line);
    }
    if (buffer.length > 64 * 1024) socket.destroy();
  };
  socket.on('data', onData);
  return {
    stop() {
      stopped = true;
      socket.off('data', onData);
      return buffer;
    },
  };
}

/** A tiny client conversation with dovecot on loopback: send a line, read until a line matches. */
class Dovecot {
  private buffer = '';
  private waiting?: { pattern: RegExp; resolve: (lines: string[]) => void; reject: (e: Error) => void };
  private collected: string[] = [];
  private constructor(readonly socket: Socket) {
    socket.on('data', (d: Buffer) => {
      this.buffer += d.toString('utf8');
      let at: number;
      while ((at = this.buffer.indexOf('\n')) >= 0 && this.waiting) {
        const line = this.buffer.slice(0, at).replace(/\r$/, '');
        this.buffer = this.buffer.slice(at + 1);
        this.collected.push(line);
        if (this.waiting.pattern.test(line)) {
          const { resolve } = this.waiting;
          this.waiting = undefined;
          const got = this.collected;
          this.collected = [];
          resolve(got);
        }
      }
    });
    socket.on('error', (e) => this.waiting?.reject(e));
    socket.on('close', () => this.waiting?.reject(new Error('dovecot closed the connection')));
  }

  static async open(port: number, greeting: RegExp): Promise<Dovecot> {
    const socket = netConnect({ host: '127.0.0.1', port });
    const d = new Dovecot(socket);
    await d.until(greeting);
    return d;
  }

  until(pattern: RegExp): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('dovecot did not answer')), 10_000);
      this.waiting = { pattern, resolve: (l) => (clearTimeout(timer), resolve(l)), reject: (e) => (clearTimeout(timer), reject(e)) };
      this.socket.emit('data', Buffer.alloc(0));
    });
  }

  async send(line: string, until: RegExp): Promise<string[]> {
    this.socket.write(`${line}\r\n`);
    return this.until(until);
  }

  /** The rest of what dovecot sent and has not been read, for the pipe. */
  detach(): string {
    this.socket.removeAllListeners('data');
    return this.buffer;
  }
}

type Decision = { ok: true; mailbox: Mailbox; upn: string } | { ok: false };

function decodeXoauth2(b64: string): { user: string; token: string } | undefined {
  const [userPart = '', authPart = ''] = Buffer.from(b64, 'base64').toString('utf8').split('\u0001');
  const user = userPart.startsWith('user=') ? userPart.slice('user='.length) : '';
  const token = authPart.startsWith('auth=Bearer ') ? authPart.slice('auth=Bearer '.length) : '';
  return user && token ? { user, token } : undefined;
}

function tokenAccount(token: string): { upn?: string; scp: string[] } {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { upn?: unknown; scp?: unknown };
    return { ...(typeof claims.upn === 'string' ? { upn: claims.upn } : {}), scp: typeof claims.scp === 'string' ? claims.scp.split(' ') : [] };
  } catch {
    return { scp: [] };
  }
}

/**
 * Exchange's decision before any mailbox is opened: the token's scope for the protocol, the mailbox,
 * its protocol switch and licence, and Full Access when it is not the token's own account's.
 */
function decide(user: string, token: string, protocol: 'imap' | 'pop'): Decision {
  const { upn, scp } = tokenAccount(token);
  const mailbox = mailboxOf(user);
  if (!upn || !accountOf(upn) || !mailbox) return { ok: false };
  if (!scp.includes(protocol === 'imap' ? 'IMAP.AccessAsUser.All' : 'POP.AccessAsUser.All')) return { ok: false };
  if (!(protocol === 'imap' ? mailbox.imap : mailbox.pop) || !mailbox.licensed) return { ok: false };
  const own = mailbox.address.toLowerCase() === upn.toLowerCase();
  if (!own && !(mailbox.fullAccess ?? []).some((a) => a.toLowerCase() === upn.toLowerCase())) return { ok: false };
  return { ok: true, mailbox, upn };
}

const xoauth2 = (user: string, token: string) => Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`).toString('base64');

/** Dovecot checks the token as its account's own sign-in; then the mailbox is opened (master login for a delegate). */
async function openMailbox(backend: Backend, protocol: 'imap' | 'pop', decision: Extract<Decision, { ok: true }>, token: string): Promise<Dovecot | undefined> {
  const port = protocol === 'imap' ? backend.imap : backend.pop3!;
  const d = await Dovecot.open(port, protocol === 'imap' ? /^\* OK \[CAPABILITY/ : /^\+OK/);
  const own = decision.mailbox.address.toLowerCase() === decision.upn.toLowerCase();
  if (protocol === 'imap') {
    const answer = await d.send(`f1 AUTHENTICATE XOAUTH2 ${xoauth2(decision.upn, token)}`, /^(f1 |\+)/);
    if (answer.at(-1)!.startsWith('+')) await d.send('', /^f1 /);
    if (!/^f1 OK/.test(answer.at(-1)!)) return (d.socket.destroy(), undefined);
    if (own) return d;
    await d.send('f2 LOGOUT', /^f2 /);
    d.socket.destroy();
    const master = await Dovecot.open(port, /^\* OK \[CAPABILITY/);
    const login = await master.send(`f1 LOGIN "${decision.mailbox.address}*${FRONT_MASTER.user}" "${FRONT_MASTER.password}"`, /^f1 /);
    return /^f1 OK/.test(login.at(-1)!) ? master : (master.socket.destroy(), undefined);
  }
  await d.send('AUTH XOAUTH2', /^(\+|-ERR)/);
  const answer = await d.send(xoauth2(decision.upn, token), /^(\+OK|-ERR|\+ )/);
  if (answer.at(-1)!.startsWith('+ ')) await d.send('', /^(\+OK|-ERR)/);
  if (!answer.at(-1)!.startsWith('+OK')) return (d.socket.destroy(), undefined);
  if (own) return d;
  d.socket.destroy();
  const master = await Dovecot.open(port, /^\+OK/);
  await master.send(`USER ${decision.mailbox.address}*${FRONT_MASTER.user}`, /^(\+OK|-ERR)/);
  const pass = await master.send(`PASS ${FRONT_MASTER.password}`, /^(\+OK|-ERR)/);
  return pass.at(-1)!.startsWith('+OK') ? master : (master.socket.destroy(), undefined);
}

function pipe(client: TLSSocket, backend: Dovecot, leftover: Buffer): void {
  const pending = backend.detach();
  if (pending) client.write(pending);
  if (leftover.length) backend.socket.write(leftover);
  client.pipe(backend.socket);
  backend.socket.pipe(client);
  backend.socket.on('close', () => client.destroy());
  client.on('close', () => backend.socket.destroy());
}

function serveImap(client: TLSSocket, backend: Backend): void {
  client.write(`* OK The Microsoft Exchange IMAP4 service is ready. [${SERVER_ID}]\r\n`);
  let blockedAfterSignIn = false;
  let busy = false;
  let awaitingSasl: string | undefined;
  const reader = lines(client, (line) => {
    if (busy) return;
    if (awaitingSasl !== undefined) {
      const tag = awaitingSasl;
      awaitingSasl = undefined;
      return void signIn(tag, line);
    }
    const [tag = '*', command = '', ...args] = line.split(' ');
    if (blockedAfterSignIn) return void client.write(`${tag} BAD User is authenticated but not connected.\r\n`);
    switch (command.toUpperCase()) {
      case 'CAPABILITY':
        return void client.write(`* CAPABILITY ${IMAP_CAPABILITIES}\r\n${tag} OK CAPABILITY completed.\r\n`);
      case 'NOOP':
        return void client.write(`${tag} OK NOOP completed.\r\n`);
      case 'ID':
        return void client.write(`* ID NIL\r\n${tag} OK ID completed.\r\n`);
      case 'LOGOUT':
        return void client.end(`* BYE Microsoft Exchange Server IMAP4 server signing off.\r\n${tag} OK LOGOUT completed.\r\n`);
      case 'AUTHENTICATE':
        if ((args[0] ?? '').toUpperCase() !== 'XOAUTH2') return void client.write(`${tag} NO AUTHENTICATE failed.\r\n`);
        if (args[1] === undefined) {
          awaitingSasl = tag;
          return void client.write('+ \r\n');
        }
        return void signIn(tag, args[1]);
      case 'LOGIN':
        // Basic authentication is off in Exchange Online.
        return void client.write(`${tag} NO LOGIN failed.\r\n`);
      default:
        return void client.write(`${tag} BAD User is not authenticated.\r\n`);
    }
  });

  async function signIn(tag: string, b64: string): Promise<void> {
    busy = true;
    const sasl = decodeXoauth2(b64);
    const decision = sasl ? decide(sasl.user, sasl.token, 'imap') : ({ ok: false } as const);
    const opened = decision.ok ? await openMailbox(backend, 'imap', decision, sasl!.token).catch(() => undefined) : undefined;
    busy = false;
    if (!decision.ok || !opened) return void client.write(`${tag} NO AUTHENTICATE failed.\r\n`);
    client.write(`${tag} OK AUTHENTICATE completed.\r\n`);
    if (decision.mailbox.clientAccessRulesBlockImap) {
      opened.socket.destroy();
      blockedAfterSignIn = true;
      return;
    }
    pipe(client, opened, reader.stop());
  }
}

function servePop(client: TLSSocket, backend: Backend): void {
  client.write(`+OK The Microsoft Exchange POP3 service is ready. [${SERVER_ID}]\r\n`);
  let awaitingSasl = false;
  let busy = false;
  const refuse = () => client.write('-ERR Authentication failure: unknown user name or bad password.\r\n');
  const reader = lines(client, (line) => {
    if (busy) return;
    if (awaitingSasl) {
      awaitingSasl = false;
      return void signIn(line.trim());
    }
    const [command = '', ...args] = line.split(' ');
    switch (command.toUpperCase()) {
      case 'CAPA':
        return void client.write('+OK\r\nTOP\r\nUIDL\r\nSASL PLAIN XOAUTH2\r\nUSER\r\n.\r\n');
      case 'QUIT':
        return void client.end('+OK Microsoft Exchange Server POP3 server signing off.\r\n');
      case 'AUTH':
        if ((args[0] ?? '').toUpperCase() !== 'XOAUTH2') return void refuse();
        if (args[1] !== undefined) {
          // The one-line form (article 001 RC10: "Use two line authentication format" unticked).
          client.end('-ERR Protocol error. Connection is closed. 10\r\n');
          return;
        }
        awaitingSasl = true;
        return void client.write('+ \r\n');
      default:
        return void client.write('-ERR Command is not valid in this state.\r\n');
    }
  });

  async function signIn(b64: string): Promise<void> {
    busy = true;
    const sasl = decodeXoauth2(b64);
    const decision = sasl ? decide(sasl.user, sasl.token, 'pop') : ({ ok: false } as const);
    const opened = decision.ok && backend.pop3 ? await openMailbox(backend, 'pop', decision, sasl!.token).catch(() => undefined) : undefined;
    busy = false;
    if (!opened) return void refuse();
    // Unconfirmed wording: Exchange's exact success text is not in the facts sheet.
    client.write('+OK User successfully authenticated.\r\n');
    pipe(client, opened, reader.stop());
  }
}

export async function startExchangeFront(tls: { cert: string; key: string }, backend: Backend): Promise<ExchangeFront> {
  const servers: Server[] = [];
  const sockets = new Set<TLSSocket>();
  const listen = (serve: (client: TLSSocket, backend: Backend) => void) =>
    new Promise<number>((resolve, reject) => {
      const server = createServer({ ...tls }, (client) => {
        sockets.add(client);
        client.on('close', () => sockets.delete(client));
        client.on('error', () => client.destroy());
        serve(client, backend);
      });
      servers.push(server);
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const [imaps, pop3s] = await Promise.all([listen(serveImap), listen(servePop)]);
  return {
    imaps,
    pop3s,
    async stop() {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
