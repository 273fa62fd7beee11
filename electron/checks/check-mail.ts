import { hostname } from 'node:os';
import type { Socket } from 'node:net';
import type { CheckContext, CheckDefinition } from './check';
import { describeCertificate, explainNetworkError, LineReader, openSocket, stepTimeoutMs, upgradeTls, type Endpoint } from './net';
import { describeFolders, imapSignIn, popSignIn, type MailLine, type SignInResult } from './mail-sign-in';
import { accountOf, jwtClaims, sameAccount } from './microsoft';
import { CheckFailure, errorCodes, fail, type Problem } from './problems';
import { isLoopbackHost, type CheckSettings } from './settings';
import { checkWords } from './words';

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
 * only when the admin says this machine is a Jira node. With the mailbox and an access token it
 * then signs in as the mail handler does and reads, without changing anything, what the mailbox
 * settings allow (see mail-sign-in.ts).
 */
export const mailCheck: CheckDefinition = {
  id: 'mail',
  title: 'Mail server reachability (IMAP/POP)',
  unavailable: (settings) => (settings.mail ? undefined : checkWords().mail.needs),
  async run(ctx) {
    const mail = ctx.settings.mail!;
    const w = checkWords().mail;
    const target: Endpoint = { host: mail.host, port: mailPort(mail) };
    const proxy = mail.viaProxy ? ctx.proxy : undefined;
    if (mail.viaProxy && !proxy) ctx.evidence.note(w.noProxy);
    ctx.evidence.note(ctx.settings.onJiraNode ? w.onJiraNode(hostname()) : w.notJiraNode(hostname()));

    const transcript: string[] = [w.connect(`${target.host}:${target.port}`, proxy ? `${proxy.host}:${proxy.port}` : undefined, mail.protocol, mail.tls)];
    const at = new Date().toISOString();
    const started = performance.now();
    const record = () =>
      ctx.evidence.record({
        at,
        durationMs: Math.round(performance.now() - started),
        request: { method: mail.protocol.toUpperCase(), url: `${mail.protocol}://${target.host}:${target.port}`, headers: {} },
        transcript: ctx.masker.lines(transcript),
      });
    let socket: Socket | undefined;
    // Every step waits only as long as the check has left, so the step that hangs is the one named.
    const deadline = started + stepTimeoutMs(ctx.settings.timeoutMs);
    const remaining = () => Math.max(1, Math.round(deadline - performance.now()));
    try {
      socket = await openSocket(target, { ...(proxy ? { proxy } : {}), timeoutMs: remaining(), signal: ctx.signal });
      transcript.push(w.connected);
      const session = await converse(ctx, mail, target, socket, transcript, remaining, (s) => (socket = s));
      const { capabilities } = session;
      const signIn = await signInIfAsked(ctx, mail, session);
      session.goodbye();
      record();
      if (ctx.settings.onJiraNode) ctx.evidence.conclude('network.mailReachableFromJira', true, w.reachable(`${target.host}:${target.port}`, mail.protocol.toUpperCase()));
      const xoauth = capabilities.some((c) => /^(AUTH=)?XOAUTH2$/i.test(c));
      ctx.evidence.note(xoauth ? w.xoauth : w.noXoauth(capabilities.join(' ')));
      if (mail.tls === 'none') ctx.evidence.note(w.unencrypted);
      if (signIn) concludeSignIn(ctx, mail, signIn);
      else ctx.evidence.note(w.reachNotEnough);
    } catch (error: unknown) {
      const problem = error instanceof CheckFailure ? error.problem : (await explainNetworkError(error, target, { ...(proxy ? { proxy } : {}), timeoutMs: ctx.settings.timeoutMs, signal: ctx.signal })).problem;
      transcript.push(w.failed(problem.message));
      record();
      if (ctx.signal.aborted) throw error;
      if (ctx.settings.onJiraNode && UNREACHABLE.has(problem.code)) {
        ctx.evidence.conclude('network.mailReachableFromJira', false, w.unreachable(problem.message));
      }
      throw new CheckFailure(problem);
    } finally {
      socket?.destroy();
    }
  },
};

type Session = { capabilities: string[]; io: MailLine; goodbye(): void };

/** Greeting, optional STARTTLS, capabilities. Returns them with the line reader for what follows. */
async function converse(ctx: CheckContext, mail: Mail, target: Endpoint, plain: Socket, transcript: string[], remaining: () => number, swap: (s: Socket) => void): Promise<Session> {
  let socket: Socket = plain;
  const w = checkWords().mail;
  const secure = async () => {
    const tls = await upgradeTls(socket, target.host, ctx.tls, remaining(), ctx.signal);
    const cert = describeCertificate(tls.getPeerCertificate());
    transcript.push(w.tlsEstablished(tls.getProtocol() ?? '', cert?.subject ?? '?', cert?.issuer ?? '?'));
    socket = tls;
    swap(tls);
  };
  if (mail.tls === 'implicit') await secure();
  let reader = new LineReader(socket);
  const read = async () => {
    try {
      const line = await reader.next(remaining(), ctx.signal);
      transcript.push(`S: ${line}`);
      return line;
    } catch (error: unknown) {
      if (reader.pending) transcript.push(w.unfinished(reader.pending));
      throw error;
    }
  };
  const write = (line: string, shown = line) => {
    transcript.push(`C: ${shown}`);
    socket.write(`${line}\r\n`);
  };
  const imap = mail.protocol === 'imap';
  const greeting = await read().catch((error: unknown) => {
    if (!errorCodes(error).includes('ERR_ANSWER_TIMEOUT')) throw error;
    return fail('timeout', w.noGreeting(`${target.host}:${target.port}`, imap, mail.tls === 'none'));
  });
  if (imap ? !/^\* (OK|PREAUTH)\b/i.test(greeting) : !/^\+OK\b/.test(greeting)) {
    fail('bad-response', w.badGreeting(`${target.host}:${target.port}`, imap, greeting.slice(0, 80), mail.tls === 'none'));
  }
  if (mail.tls === 'starttls') {
    write(imap ? 'a1 STARTTLS' : 'STLS');
    const answer = imap ? await untilTagged(read, 'a1') : await read();
    if (!/^(a1 OK|\+OK)/i.test(answer)) fail('bad-response', w.starttlsRefused(answer.slice(0, 80)));
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
  } else {
    write('CAPA');
    if (/^\+OK/.test(await read())) {
      for (let line = await read(); line !== '.'; line = await read()) capabilities.push(...line.split(/\s+/).filter((w) => w !== 'SASL'));
    }
  }
  return { capabilities, io: { read, write }, goodbye: () => write(imap ? 'a3 LOGOUT' : 'QUIT') };
}

/** Signs in when the mailbox and a token are given; the refusal or what the mailbox showed, else undefined. */
async function signInIfAsked(ctx: CheckContext, mail: Mail, session: Session): Promise<SignInResult | undefined> {
  const token = ctx.secrets.mailToken;
  if (!mail.user || token === undefined) return undefined;
  const w = checkWords().mail;
  if (mail.tls === 'none' && !isLoopbackHost(mail.host)) {
    ctx.evidence.note(w.tokenNotSent);
    return undefined;
  }
  if (!session.capabilities.some((c) => /^(AUTH=)?XOAUTH2$/i.test(c))) {
    ctx.evidence.note(w.noSignInWithoutXoauth);
    return undefined;
  }
  ctx.progress(w.signingIn(mail.user));
  return mail.protocol === 'imap' ? imapSignIn(session.io, mail.user, token, session.capabilities) : popSignIn(session.io, mail.user, token);
}

/** Turns what the sign-in showed into facts, errors and plain notes. */
function concludeSignIn(ctx: CheckContext, mail: Mail, result: SignInResult): void {
  const protocol = mail.protocol.toUpperCase();
  const mailbox = mail.user!;
  const account = ctx.signIn?.account ?? accountOf(jwtClaims(ctx.secrets.mailToken ?? ''));
  const w = checkWords().mail;
  // Signing in to one's own mailbox needs no delegation, whatever the server answers next.
  if (account && sameAccount(account, mailbox)) ctx.evidence.conclude('mailbox.kind', 'own', w.ownMailbox(account));
  if (!result.signedIn) {
    ctx.evidence.conclude('errors', [result.refusal], w.refusedWhy(protocol, mailbox));
    const words = /^\S+ (.*)$/.exec(result.refusal)?.[1] ?? result.refusal;
    // Exchange refuses with these words alike for IMAP off, no Full Access and no licence (facts §4.3).
    const generic = /AUTHENTICATE failed|Authentication failure/i.test(result.refusal);
    if (generic) ctx.evidence.note(w.ambiguous);
    fail('unauthorized', w.refused(protocol, mailbox, words, account, generic));
  }
  const why = w.accepted(protocol, mailbox, account);
  ctx.evidence.conclude('mailbox.protocolEnabled', true, why);
  ctx.evidence.conclude('mailbox.licensed', true, why);
  if (account && !sameAccount(account, mailbox)) {
    ctx.evidence.conclude('mailbox.authorizerHasFullAccess', true, w.fullAccess(account, mailbox));
  } else if (!account) {
    ctx.evidence.note(w.whoseToken);
  }
  if (result.notConnected) {
    ctx.evidence.conclude('errors', [result.notConnected], w.notConnectedWhy);
    fail('unauthorized', w.notConnected(mailbox, result.notConnected));
  }
  if (result.messageCount !== undefined) {
    ctx.evidence.conclude('mailbox.messageCount', result.messageCount, w.messageCount(result.messageCount));
    ctx.evidence.note(w.inboxHolds(result.messageCount));
  }
  if (result.folders) {
    const { listsInbox, localized } = describeFolders(result.folders);
    ctx.evidence.note(w.folders(result.folders.length, checkWords().list(result.folders.map((f) => f.name))));
    if (localized.length) ctx.evidence.note(w.localized(checkWords().list(localized)));
    if (result.inboxOpened === false && !listsInbox) {
      ctx.evidence.conclude('mailbox.hasInboxFolder', false, w.noInbox(result.inboxRefusal ?? ''));
    } else if (result.inboxOpened && listsInbox) {
      ctx.evidence.conclude('mailbox.hasInboxFolder', true, w.hasInbox);
    }
  }
}

async function untilTagged(read: () => Promise<string>, tag: string): Promise<string> {
  for (;;) {
    const line = await read();
    if (line.toLowerCase().startsWith(`${tag.toLowerCase()} `)) return line;
  }
}
