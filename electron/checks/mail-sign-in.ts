import { xoauth2 } from './microsoft';
import { MASK } from '../text/mask';
import { fail } from './problems';
import { checkWords } from './words';

/**
 * The mail handler's own sign-in, repeated read-only (article 001 RC2–RC6, RC15; jira-facts §4.3):
 * XOAUTH2 with the access token, then for IMAP the folder list, the inbox's message count (STATUS)
 * and EXAMINE (read-only), for POP the message count (STAT). Nothing that changes the mailbox is
 * ever sent: no STORE, EXPUNGE, APPEND, COPY, MOVE, CLOSE (which expunges), DELE or RETR.
 */

/** One line each way; the conversation writes masked lines into the transcript itself. */
export type MailLine = {
  read(): Promise<string>;
  /** Sends a line; `shown` is what the transcript records instead (for secrets). */
  write(line: string, shown?: string): void;
};

export type Folder = { name: string; flags: string[] };

export type SignInResult =
  | { signedIn: false; refusal: string }
  | {
      signedIn: true;
      /** The server's words when it refused to serve the mailbox after the sign-in. */
      notConnected?: string;
      folders?: Folder[];
      messageCount?: number;
      /** EXAMINE INBOX answered OK (true) or NO (false); undefined when not asked. */
      inboxOpened?: boolean;
      inboxRefusal?: string;
    };

/** Commands that change a mailbox; the conversations below never send them (a test holds them to it). */
export const MAILBOX_CHANGING_COMMANDS = ['STORE', 'EXPUNGE', 'APPEND', 'COPY', 'MOVE', 'CLOSE', 'DELE', 'RETR'] as const;

/** What the transcript shows for the XOAUTH2 response: the masker's mark, as for every secret. */
export const MASKED_XOAUTH2 = MASK;

export async function imapSignIn(io: MailLine, user: string, token: string, capabilities: readonly string[]): Promise<SignInResult> {
  const initial = xoauth2(user, token);
  // SASL-IR (RFC 4959) puts the response on the command line, as Exchange and JavaMail do.
  if (capabilities.some((c) => /^SASL-IR$/i.test(c))) {
    io.write(`s1 AUTHENTICATE XOAUTH2 ${initial}`, `s1 AUTHENTICATE XOAUTH2 ${MASKED_XOAUTH2}`);
  } else {
    io.write('s1 AUTHENTICATE XOAUTH2');
    const go = await io.read();
    if (!go.startsWith('+')) return { signedIn: false, refusal: go };
    io.write(initial, MASKED_XOAUTH2);
  }
  let answer = await untilTagged(io, 's1', (line) => {
    // A failed XOAUTH2 may get a "+ <base64 JSON>" challenge first (RFC 7628 style); an empty line ends it.
    if (line.startsWith('+')) io.write('');
  });
  if (!/^s1 OK\b/i.test(answer)) return { signedIn: false, refusal: answer };

  io.write('s2 LIST "" "*"');
  const folders: Folder[] = [];
  answer = await untilTagged(io, 's2', async (line) => {
    const folder = await parseListLine(line, io);
    if (folder) folders.push(folder);
  });
  if (notConnected(answer)) return { signedIn: true, notConnected: answer };

  // STATUS before EXAMINE: RFC 3501 asks clients not to STATUS the selected mailbox.
  io.write('s3 STATUS INBOX (MESSAGES)');
  let messageCount: number | undefined;
  answer = await untilTagged(io, 's3', (line) => {
    const n = /^\* STATUS .*\(.*\bMESSAGES (\d+)/i.exec(line)?.[1];
    if (n !== undefined) messageCount = Number(n);
  });
  if (notConnected(answer)) return { signedIn: true, notConnected: answer, folders };

  io.write('s4 EXAMINE INBOX');
  answer = await untilTagged(io, 's4', (line) => {
    const n = /^\* (\d+) EXISTS\b/i.exec(line)?.[1];
    if (n !== undefined && messageCount === undefined) messageCount = Number(n);
  });
  if (notConnected(answer)) return { signedIn: true, notConnected: answer, folders, ...(messageCount !== undefined ? { messageCount } : {}) };
  const inboxOpened = /^s4 OK\b/i.test(answer);
  return { signedIn: true, folders, ...(messageCount !== undefined ? { messageCount } : {}), inboxOpened, ...(inboxOpened ? {} : { inboxRefusal: answer }) };
}

/**
 * POP with XOAUTH2 in the two-line format Exchange requires (facts §4.3, article 001 RC10): the
 * command, the server's "+ ", then the response on its own line.
 */
export async function popSignIn(io: MailLine, user: string, token: string): Promise<SignInResult> {
  io.write('AUTH XOAUTH2');
  const go = await io.read();
  if (!go.startsWith('+') || go.startsWith('+OK')) return { signedIn: false, refusal: go };
  io.write(xoauth2(user, token), MASKED_XOAUTH2);
  const answer = await io.read();
  if (!answer.startsWith('+OK')) return { signedIn: false, refusal: answer };
  io.write('STAT');
  const stat = await io.read();
  const count = /^\+OK (\d+) \d+/.exec(stat)?.[1];
  if (notConnected(stat)) return { signedIn: true, notConnected: stat };
  return { signedIn: true, ...(count !== undefined ? { messageCount: Number(count) } : {}) };
}

function notConnected(line: string): boolean {
  return /User is authenticated but not connected/i.test(line);
}

/** Reads until the tagged answer, handing every other line to `onUntagged`; a server that never ends is cut by the reader's timeout. */
async function untilTagged(io: MailLine, tag: string, onUntagged: (line: string) => void | Promise<void>): Promise<string> {
  for (let n = 0; n < 100_000; n++) {
    const line = await io.read();
    if (line.toLowerCase().startsWith(`${tag} `)) return line;
    await onUntagged(line);
  }
  fail('bad-response', checkWords().mail.endless);
}

/** `* LIST (\HasNoChildren \Sent) "/" "Sendt post"`; a name sent as a literal comes on the next line. */
export async function parseListLine(line: string, io: Pick<MailLine, 'read'>): Promise<Folder | undefined> {
  const m = /^\* LIST \(([^)]*)\) (?:NIL|"(?:[^"\\]|\\.)*") (.*)$/i.exec(line);
  if (!m) return undefined;
  const flags = m[1]!.split(/\s+/).filter(Boolean);
  const rest = m[2]!.trim();
  const literal = /^\{(\d+)\}$/.exec(rest);
  const name = literal ? (await io.read()).slice(0, Number(literal[1])) : rest.startsWith('"') ? rest.slice(1, -1).replace(/\\(.)/g, '$1') : rest;
  return { name: decodeModifiedUtf7(name), flags };
}

/** IMAP's modified UTF-7 (RFC 3501 §5.1.3): `F&APg-dselsdage` is "Fødselsdage". */
export function decodeModifiedUtf7(name: string): string {
  return name.replace(/&([^-]*)-/g, (_, b64: string) => {
    if (b64 === '') return '&';
    const bytes = Buffer.from(b64.replace(/,/g, '/'), 'base64');
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return out;
  });
}

/**
 * Exchange lists a mailbox's folders by their display names, in the language the mailbox was set
 * up in (a Danish mailbox shows "Kladder", "Sendt post", "Slettet post"; Mailspring issue #1983,
 * a capture from Office 365). Only the inbox is meant to be "INBOX" whatever the language (RFC 3501);
 * whether every Exchange mailbox honours that is not confirmed: clients have reported not finding
 * the inbox of localized Office 365 mailboxes (Mailspring issues #1983, #1408).
 */
export function describeFolders(folders: readonly Folder[]): { listsInbox: boolean; localized: string[] } {
  const listsInbox = folders.some((f) => f.name.toUpperCase() === 'INBOX');
  const special = folders.filter((f) => f.flags.some((x) => /^\\(Sent|Drafts|Trash|Junk)$/i.test(x)));
  const english = /^(Sent Items|Sent|Drafts|Deleted Items|Trash|Junk Email|Junk|Spam)$/i;
  return { listsInbox, localized: special.filter((f) => !english.test(f.name)).map((f) => f.name) };
}
