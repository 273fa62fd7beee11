import { hostname } from 'node:os';
import type { Socket } from 'node:net';
import type { CheckContext, CheckDefinition } from './check';
import { describeCertificate, explainNetworkError, LineReader, openSocket, stepTimeoutMs, upgradeTls, type Endpoint } from './net';
import { describeFolders, imapSignIn, popSignIn, type MailLine, type SignInResult } from './mail-sign-in';
import { accountOf, jwtClaims, sameAccount } from './microsoft';
import { CheckFailure, errorCodes, fail, type Problem } from './problems';
import { isLoopbackHost, type CheckSettings } from './settings';
import { setting } from './wording';

type Mail = NonNullable<CheckSettings['mail']>;

export function mailPort(mail: Mail): number {
  if (mail.port) return mail.port;
  if (mail.protocol === 'imap') return mail.tls === 'implicit' ? 993 : 143;
  return mail.tls === 'implicit' ? 995 : 110;
}

/** Failures that mean the port cannot be reached at all, as opposed to a TLS or protocol problem. */
const UNREACHABLE = new Set<Problem['code']>(['refused', 'timeout', 'dns', 'proxy-refused', 'proxy-auth']);

/** Exchange refuses a sign-in with these words alike for IMAP off, no Full Access and no licence (facts §4.3). */
const AMBIGUOUS_REFUSAL =
  'Exchange gives this same answer when IMAP (or POP) is switched off for the mailbox, when the account that signed in has no Full Access to it, and when the mailbox has no licence, and also for a token with the wrong scopes or of another account.';
const TELL_APART =
  'To tell them apart, ask: does the mailbox open in Outlook on the web for the account that signed in? If it does not open at all, that account lacks Full Access (or the mailbox is unlicensed, which Outlook on the web says in so many words); if it opens, IMAP/POP is switched off for the mailbox (Microsoft 365 admin center > Users > the mailbox > Mail > Email apps).';

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
  unavailable: (settings) => (settings.mail ? undefined : `give the mail server host ${setting('mailHost')}, and if needed the protocol ${setting('mailProtocol')}, port ${setting('mailPort')} and encryption ${setting('mailTls')}`),
  async run(ctx) {
    const mail = ctx.settings.mail!;
    const target: Endpoint = { host: mail.host, port: mailPort(mail) };
    const proxy = mail.viaProxy ? ctx.proxy : undefined;
    if (mail.viaProxy && !proxy) ctx.evidence.note(`Asked to go through the proxy, but no proxy was given ${setting('proxy')}; connected directly.`);
    const where = ctx.settings.onJiraNode
      ? `This ran on a Jira node (${hostname()}), so it shows what Jira reaches.`
      : `This shows what THIS machine (${hostname()}) reaches; the mail handler runs on the Jira nodes, whose network path can differ. Run the check on a Jira node ${setting('onJiraNode')} to settle it for Jira.`;
    ctx.evidence.note(where);

    const transcript: string[] = [`connect ${target.host}:${target.port}${proxy ? ` through the proxy ${proxy.host}:${proxy.port}` : ''} (${mail.protocol}, TLS ${mail.tls})`];
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
      transcript.push('connected');
      const session = await converse(ctx, mail, target, socket, transcript, remaining, (s) => (socket = s));
      const { capabilities } = session;
      const signIn = await signInIfAsked(ctx, mail, session);
      session.goodbye();
      record();
      if (ctx.settings.onJiraNode) ctx.evidence.conclude('network.mailReachableFromJira', true, `this Jira node connected to ${target.host}:${target.port} and the ${mail.protocol.toUpperCase()} server greeted it`);
      const xoauth = capabilities.some((c) => /^(AUTH=)?XOAUTH2$/i.test(c));
      ctx.evidence.note(xoauth ? 'The server offers XOAUTH2 (OAuth 2.0 sign-in).' : `The server does not list XOAUTH2 among its sign-in methods${capabilities.length ? ` (${capabilities.join(' ')})` : ''}; OAuth 2.0 mail handlers need it.`);
      if (mail.tls === 'none') ctx.evidence.note('The connection was not encrypted; Microsoft 365 expects TLS for IMAP and POP (ports 993 and 995).');
      if (signIn) concludeSignIn(ctx, mail, signIn);
      else ctx.evidence.note(`Reaching the server does not prove the mailbox allows IMAP/POP or OAuth sign-in; those are settings of the mailbox. Give the mailbox ${setting('mailUser')} and an access token ${setting('mailToken')} to sign in as the mail handler does.`);
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

type Session = { capabilities: string[]; io: MailLine; goodbye(): void };

/** Greeting, optional STARTTLS, capabilities. Returns them with the line reader for what follows. */
async function converse(ctx: CheckContext, mail: Mail, target: Endpoint, plain: Socket, transcript: string[], remaining: () => number, swap: (s: Socket) => void): Promise<Session> {
  let socket: Socket = plain;
  const secure = async () => {
    const tls = await upgradeTls(socket, target.host, ctx.tls, remaining(), ctx.signal);
    const cert = describeCertificate(tls.getPeerCertificate());
    transcript.push(`TLS ${tls.getProtocol() ?? ''} established; certificate ${cert?.subject ?? '?'} issued by ${cert?.issuer ?? '?'}`);
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
      if (reader.pending) transcript.push(`S: ${reader.pending} (unfinished: the line never ended)`);
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
    return fail(
      'timeout',
      `${target.host}:${target.port} accepted the connection but sent no greeting in time, where a${imap ? 'n IMAP' : ' POP'} server greets at once.`,
      `The port may belong to another kind of service (a web server, for one, waits for the client to speak first)${mail.tls === 'none' ? ` or expect TLS from the start ${setting('mailTls', 'implicit')}` : ''}. Check the port and protocol: IMAP uses 993 (TLS) or 143, POP 995 (TLS) or 110.`,
    );
  });
  if (imap ? !/^\* (OK|PREAUTH)\b/i.test(greeting) : !/^\+OK\b/.test(greeting)) {
    fail('bad-response', `The server at ${target.host}:${target.port} did not greet like a${imap ? 'n IMAP' : ' POP'} server ("${greeting.slice(0, 80)}").`, `Check the port and protocol: IMAP uses 993 (TLS) or 143, POP 995 (TLS) or 110.${mail.tls === 'none' ? ` The port may expect TLS from the start ${setting('mailTls', 'implicit')}.` : ''}`);
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
  if (mail.tls === 'none' && !isLoopbackHost(mail.host)) {
    ctx.evidence.note(`The access token was not sent: the connection is not encrypted and the server is not this machine. Use TLS ${setting('mailTls', 'implicit')} or STARTTLS ${setting('mailTls', 'starttls')} to sign in.`);
    return undefined;
  }
  if (!session.capabilities.some((c) => /^(AUTH=)?XOAUTH2$/i.test(c))) {
    ctx.evidence.note('No sign-in was tried: the server does not offer XOAUTH2.');
    return undefined;
  }
  ctx.progress(`signing in to ${mail.user}`);
  return mail.protocol === 'imap' ? imapSignIn(session.io, mail.user, token, session.capabilities) : popSignIn(session.io, mail.user, token);
}

/** Turns what the sign-in showed into facts, errors and plain notes. */
function concludeSignIn(ctx: CheckContext, mail: Mail, result: SignInResult): void {
  const protocol = mail.protocol.toUpperCase();
  const mailbox = mail.user!;
  const account = ctx.signIn?.account ?? accountOf(jwtClaims(ctx.secrets.mailToken ?? ''));
  // Signing in to one's own mailbox needs no delegation, whatever the server answers next.
  if (account && sameAccount(account, mailbox)) ctx.evidence.conclude('mailbox.kind', 'own', `the token belongs to ${account}, the mailbox's own account, so no Full Access is needed`);
  if (!result.signedIn) {
    ctx.evidence.conclude('errors', [result.refusal], `the ${protocol} server refused the sign-in to ${mailbox}`);
    const words = /^\S+ (.*)$/.exec(result.refusal)?.[1] ?? result.refusal;
    const generic = /AUTHENTICATE failed|Authentication failure/i.test(result.refusal);
    if (generic) {
      ctx.evidence.note(AMBIGUOUS_REFUSAL);
    }
    fail(
      'unauthorized',
      `The ${protocol} server refused the sign-in to ${mailbox}: "${words}"${account ? ` (token of ${account})` : ''}.`,
      generic ? TELL_APART : 'Check the mailbox address, the token and the scopes it was issued for.',
    );
  }
  const why = `the ${protocol} server accepted the OAuth 2.0 sign-in to ${mailbox}${account ? ` with a token of ${account}` : ''}`;
  ctx.evidence.conclude('mailbox.protocolEnabled', true, why);
  ctx.evidence.conclude('mailbox.licensed', true, why);
  if (account && !sameAccount(account, mailbox)) {
    ctx.evidence.conclude('mailbox.authorizerHasFullAccess', true, `${account} signed in and opened ${mailbox}, which is not its own mailbox`);
  } else if (!account) {
    ctx.evidence.note('Whose token this is could not be read from it, so whether the signed-in account needed Full Access on the mailbox is left open.');
  }
  if (result.notConnected) {
    ctx.evidence.conclude('errors', [result.notConnected], `the sign-in worked, then the server would not serve the mailbox`);
    fail(
      'unauthorized',
      `The sign-in to ${mailbox} worked, but the server then answered "${result.notConnected}".`,
      'Exchange says this when Client Access Rules leave out IMAP4 (or POP3), and when the token belongs to another account than the one meant to authorize the mailbox; check both.',
    );
  }
  if (result.messageCount !== undefined) {
    ctx.evidence.conclude('mailbox.messageCount', result.messageCount, `the server counts ${result.messageCount} messages in the inbox`);
    ctx.evidence.note(`The inbox holds ${result.messageCount.toLocaleString('en-US')} messages.`);
  }
  if (result.folders) {
    const { listsInbox, localized } = describeFolders(result.folders);
    ctx.evidence.note(`Folders (${result.folders.length}): ${result.folders.map((f) => f.name).join(', ') || 'none'}.`);
    if (localized.length) ctx.evidence.note(`Special folders carry names in another language than English (${localized.join(', ')}): the mailbox was set up in that language, which matters for Jira's search for a folder named "Inbox" (unconfirmed how each Exchange version lists it).`);
    if (result.inboxOpened === false && !listsInbox) {
      ctx.evidence.conclude('mailbox.hasInboxFolder', false, `the folder list has no INBOX and EXAMINE INBOX was refused ("${result.inboxRefusal ?? ''}")`);
    } else if (result.inboxOpened && listsInbox) {
      ctx.evidence.conclude('mailbox.hasInboxFolder', true, 'the folder list names INBOX and it opened read-only');
    }
  }
}

async function untilTagged(read: () => Promise<string>, tag: string): Promise<string> {
  for (;;) {
    const line = await read();
    if (line.toLowerCase().startsWith(`${tag.toLowerCase()} `)) return line;
  }
}
