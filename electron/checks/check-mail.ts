import { hostname } from 'node:os';
import type { Socket } from 'node:net';
import type { CheckContext, CheckDefinition } from './check';
import { describeCertificate, explainNetworkError, LineReader, openSocket, upgradeTls, type Endpoint } from './net';
import { CheckFailure, fail, type Problem } from './problems';
import type { CheckSettings } from './settings';

type Mail = NonNullable<CheckSettings['mail']>;

export function mailPort(mail: Mail): number {
  if (mail.port) return mail.port;
  if (mail.protocol === 'imap') return mail.tls === 'implicit' ? 993 : 143;
  return mail.tls === 'implicit' ? 995 : 110;
}

/** Failures that mean the port cannot be reached at all, as opposed to a TLS or protocol problem. */
const UNREACHABLE = new Set<Problem['code']>(['refused', 'timeout', 'dns', 'proxy-refused', 'proxy-auth']);

/**
 * Reaches the mail server the handler reads (article 001 RC7, RC16; jira-facts §4.3): TCP, TLS
 * (implicit or STARTTLS), the greeting, and IMAP CAPABILITY or POP CAPA to see whether XOAUTH2 is
 * offered. It proves the path from THIS machine; the fact is about the Jira node, so it is set
 * only when the admin says this machine is a Jira node.
 */
export const mailCheck: CheckDefinition = {
  id: 'mail',
  title: 'Mail server reachability (IMAP/POP)',
  unavailable: (settings) => (settings.mail ? undefined : 'give the mail host (--mail-host), and if needed --mail-protocol, --mail-port and --mail-tls'),
  async run(ctx) {
    const mail = ctx.settings.mail!;
    const target: Endpoint = { host: mail.host, port: mailPort(mail) };
    const proxy = mail.viaProxy ? ctx.proxy : undefined;
    if (mail.viaProxy && !proxy) ctx.evidence.note('Asked to go through the proxy, but no proxy was given (--proxy); connected directly.');
    const where = ctx.settings.onJiraNode
      ? `This ran on a Jira node (${hostname()}), so it shows what Jira reaches.`
      : `This shows what THIS machine (${hostname()}) reaches; the mail handler runs on the Jira nodes, whose network path can differ. Run the command on a Jira node with --on-jira-node to settle it for Jira.`;
    ctx.evidence.note(where);

    const transcript: string[] = [`connect ${target.host}:${target.port}${proxy ? ` through the proxy ${proxy.host}:${proxy.port}` : ''} (${mail.protocol}, TLS ${mail.tls})`];
    const at = new Date().toISOString();
    const started = performance.now();
    const record = () =>
      ctx.evidence.record({
        at,
        durationMs: Math.round(performance.now() - started),
        request: { method: mail.protocol.toUpperCase(), url: `${mail.protocol}://${target.host}:${target.port}`, headers: {} },
        transcript: transcript.map((l) => ctx.masker.transcriptLine(l)),
      });
    let socket: Socket | undefined;
    try {
      socket = await openSocket(target, { ...(proxy ? { proxy } : {}), timeoutMs: ctx.settings.timeoutMs, signal: ctx.signal });
      transcript.push('connected');
      const capabilities = await converse(ctx, mail, target, socket, transcript, (s) => (socket = s));
      record();
      if (ctx.settings.onJiraNode) ctx.evidence.conclude('network.mailReachableFromJira', true, `this Jira node connected to ${target.host}:${target.port} and the ${mail.protocol.toUpperCase()} server greeted it`);
      const xoauth = capabilities.some((c) => /^(AUTH=)?XOAUTH2$/i.test(c));
      ctx.evidence.note(xoauth ? 'The server offers XOAUTH2 (OAuth 2.0 sign-in).' : `The server does not list XOAUTH2 among its sign-in methods${capabilities.length ? ` (${capabilities.join(' ')})` : ''}; OAuth 2.0 mail handlers need it.`);
      if (mail.tls === 'none') ctx.evidence.note('The connection was not encrypted; Microsoft 365 expects TLS for IMAP and POP (ports 993 and 995).');
      ctx.evidence.note('Reaching the server does not prove the mailbox allows IMAP/POP or OAuth sign-in; those are settings of the mailbox.');
    } catch (error: unknown) {
      const problem = error instanceof CheckFailure ? error.problem : (await explainNetworkError(error, target, { ...(proxy ? { proxy } : {}), timeoutMs: ctx.settings.timeoutMs, signal: ctx.signal })).problem;
      transcript.push(`failed: ${problem.message}`);
      record();
      if (ctx.signal.aborted) throw error;
      if (ctx.settings.onJiraNode && UNREACHABLE.has(problem.code)) {
        ctx.evidence.conclude('network.mailReachableFromJira', false, `from this Jira node: ${problem.message}`);
      }
      throw new CheckFailure(problem);
    } finally {
      socket?.destroy();
    }
  },
};

/** Greeting, optional STARTTLS, capabilities, goodbye. Returns the capabilities the server lists. */
async function converse(ctx: CheckContext, mail: Mail, target: Endpoint, plain: Socket, transcript: string[], swap: (s: Socket) => void): Promise<string[]> {
  const timeout = ctx.settings.timeoutMs;
  let socket: Socket = plain;
  const secure = async () => {
    const tls = await upgradeTls(socket, target.host, ctx.tls, timeout, ctx.signal);
    const cert = describeCertificate(tls.getPeerCertificate());
    transcript.push(`TLS ${tls.getProtocol() ?? ''} established; certificate ${cert?.subject ?? '?'} issued by ${cert?.issuer ?? '?'}`);
    socket = tls;
    swap(tls);
  };
  if (mail.tls === 'implicit') await secure();
  let reader = new LineReader(socket);
  const read = async () => {
    const line = await reader.next(timeout, ctx.signal);
    transcript.push(`S: ${line}`);
    return line;
  };
  const write = (line: string) => {
    transcript.push(`C: ${line}`);
    socket.write(`${line}\r\n`);
  };
  const imap = mail.protocol === 'imap';
  const greeting = await read();
  if (imap ? !/^\* (OK|PREAUTH)\b/i.test(greeting) : !/^\+OK\b/.test(greeting)) {
    fail('bad-response', `The server at ${target.host}:${target.port} did not greet like a${imap ? 'n IMAP' : ' POP'} server ("${greeting.slice(0, 80)}").`, `Check the port and protocol: IMAP uses 993 (TLS) or 143, POP 995 (TLS) or 110.${mail.tls === 'none' ? ' The port may expect TLS (--mail-tls implicit).' : ''}`);
  }
  if (mail.tls === 'starttls') {
    write(imap ? 'a1 STARTTLS' : 'STLS');
    const answer = imap ? await untilTagged(read, 'a1') : await read();
    if (!/^(a1 OK|\+OK)/i.test(answer)) fail('bad-response', `The server refused STARTTLS ("${answer.slice(0, 80)}").`, 'Use implicit TLS (port 993 for IMAP, 995 for POP) or ask for STARTTLS to be enabled.');
    reader.detach();
    await secure();
    reader = new LineReader(socket);
  }
  const capabilities: string[] = [];
  if (imap) {
    write('a2 CAPABILITY');
    for (let line = await read(); !/^a2 /i.test(line); line = await read()) {
      const caps = /^\* CAPABILITY (.*)$/i.exec(line)?.[1];
      if (caps) capabilities.push(...caps.split(/\s+/));
    }
    write('a3 LOGOUT');
  } else {
    write('CAPA');
    if (/^\+OK/.test(await read())) {
      for (let line = await read(); line !== '.'; line = await read()) capabilities.push(...line.split(/\s+/).filter((w) => w !== 'SASL'));
    }
    write('QUIT');
  }
  return capabilities;
}

async function untilTagged(read: () => Promise<string>, tag: string): Promise<string> {
  for (;;) {
    const line = await read();
    if (line.toLowerCase().startsWith(`${tag.toLowerCase()} `)) return line;
  }
}
