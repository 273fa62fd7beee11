// A line-at-a-time conversation with a text protocol server (IMAP, POP3), plain or over TLS,
// with STARTTLS, for the test bed's own tests.
import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls, type TLSSocket } from 'node:tls';

export class Conversation {
  private buffer = '';
  private waiting: (() => void) | undefined;

  private constructor(private socket: Socket | TLSSocket) {
    this.listen();
  }

  private listen(): void {
    this.socket.setEncoding('utf8');
    this.socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      this.waiting?.();
    });
  }

  static async open(port: number, tls?: { ca: string }): Promise<Conversation> {
    const socket = await new Promise<Socket | TLSSocket>((resolve, reject) => {
      const s = tls ? connectTls({ host: '127.0.0.1', port, ca: tls.ca, servername: 'localhost' }, () => resolve(s)) : connectTcp({ host: '127.0.0.1', port }, () => resolve(s));
      s.once('error', reject);
    });
    return new Conversation(socket);
  }

  /** Reads until a line matches `until`; returns every line read. */
  async read(until: RegExp, timeoutMs = 5_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const lines = this.buffer.split('\r\n');
      const index = lines.findIndex((line, i) => i < lines.length - 1 && until.test(line));
      if (index >= 0) {
        this.buffer = lines.slice(index + 1).join('\r\n');
        return lines.slice(0, index + 1);
      }
      if (Date.now() > deadline) throw new Error(`no line matching ${String(until)}; got: ${this.buffer}`);
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
        setTimeout(resolve, 50);
      });
    }
  }

  async send(line: string, until: RegExp): Promise<string[]> {
    this.socket.write(`${line}\r\n`);
    return this.read(until);
  }

  /** Upgrades the connection after the server agreed to STARTTLS / STLS. */
  async startTls(ca: string): Promise<void> {
    const plain = this.socket;
    plain.removeAllListeners('data');
    this.socket = await new Promise<TLSSocket>((resolve, reject) => {
      const s = connectTls({ socket: plain, ca, servername: 'localhost' }, () => resolve(s));
      s.once('error', reject);
    });
    this.listen();
  }

  close(): void {
    this.socket.destroy();
  }
}
