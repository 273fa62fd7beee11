// A real IMAP and POP3 server (dovecot 2.3): plain with STARTTLS, and implicit TLS, on loopback.
// It advertises AUTH=XOAUTH2 like Exchange Online; with an introspection URL (the simulated
// identity provider's), XOAUTH2 logins with its access tokens really work.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, linkSync, rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { LOOPBACK, START_TIMEOUT_MS, logTail, startProcess, waitForPort, type ServerProcess } from './processes';
import type { Mailbox } from './microsoft/directory';
import type { Certificate } from './tls';

/** The mailbox Jira's mail handler reads (test-only values). */
export const MAILBOX = { username: 'helpdesk@example.test', password: 'helpdesk-testbed-pw' };

/** POP3 ports are left out when dovecot-pop3d is not installed. */
export type MailPorts = { imap: number; imaps: number; pop3?: number; pop3s?: number };

/** Debian ships POP3 in its own package, dovecot-pop3d. */
export const POP3_INSTALLED = existsSync('/usr/lib/dovecot/pop3-login');

function listener(name: string, port: number, ssl: boolean): string[] {
  return [`  inet_listener ${name} {`, `    address = ${LOOPBACK}`, `    port = ${port}`, ...(ssl ? ['    ssl = yes'] : []), '  }'];
}

/** Exchange Online's mailboxes behind the Exchange front (microsoft/exchange.ts), with their tokens checked by the identity platform stand-in. */
export type ExchangeMailboxes = { introspectionUrl: string; mailboxes: readonly Mailbox[]; master: { user: string; password: string } };

export function dovecotConfig(dir: string, ports: MailPorts, cert: Certificate, instance: string, introspectionUrl?: string, exchange?: ExchangeMailboxes): string {
  const xoauth2 = introspectionUrl !== undefined || exchange !== undefined;
  const oauth2Passdb = (file: string) => ['passdb {', '  driver = oauth2', '  mechanisms = xoauth2 oauthbearer', `  args = ${join(dir, file)}`, '}'];
  return [
    `protocols = imap${ports.pop3 === undefined ? '' : ' pop3'}`,
    `base_dir = ${join(dir, 'run')}`,
    `state_dir = ${join(dir, 'state')}`,
    `instance_name = ${instance}`,
    `listen = ${LOOPBACK}`,
    `log_path = ${join(dir, 'dovecot.log')}`,
    'ssl = yes',
    `ssl_cert = <${cert.certFile}`,
    `ssl_key = <${cert.keyFile}`,
    // Loopback counts as secure to dovecot anyway; this also allows LOGIN before STARTTLS elsewhere.
    'disable_plaintext_auth = no',
    'first_valid_uid = 1',
    // A real server waits before answering a failed login, and delays the next logins from the
    // same address (anvil's auth penalty, off when its socket is closed to everyone); tests need not.
    'auth_failure_delay = 0',
    `auth_mechanisms = plain login${xoauth2 ? ' xoauth2 oauthbearer' : ''}`,
    `mail_location = maildir:${join(dir, 'mail')}/%u`,
    // Exchange's folder hierarchy separator, and the special-use flags of its folders in English and German.
    'namespace inbox {',
    '  inbox = yes',
    '  separator = /',
    ...SPECIAL_USE.map(([name, use]) => `  mailbox "${name}" {\n    special_use = ${use}\n  }`),
    '}',
    ...(exchange ? ['auth_master_user_separator = *', 'passdb {', '  driver = passwd-file', '  master = yes', `  args = scheme=PLAIN ${join(dir, 'master-passwd')}`, '}'] : []),
    'passdb {',
    '  driver = passwd-file',
    `  args = scheme=PLAIN ${join(dir, 'passwd')}`,
    '}',
    // The Keycloak stand-in's tokens first, then Microsoft's: a token one does not know goes on to the next.
    ...(introspectionUrl ? oauth2Passdb('oauth2.conf.ext') : []),
    ...(exchange ? oauth2Passdb('oauth2-microsoft.conf.ext') : []),
    'userdb {',
    '  driver = static',
    `  args = uid=dovecot gid=dovecot home=${join(dir, 'mail')}/%u`,
    '}',
    'service anvil {',
    '  unix_listener anvil-auth-penalty {',
    '    mode = 0',
    '  }',
    '}',
    'service imap-login {',
    ...listener('imap', ports.imap, false),
    ...listener('imaps', ports.imaps, true),
    '}',
    ...(ports.pop3 === undefined || ports.pop3s === undefined ? [] : ['service pop3-login {', ...listener('pop3', ports.pop3, false), ...listener('pop3s', ports.pop3s, true), '}']),
    '',
  ].join('\n');
}

/**
 * Until its auth process is up, dovecot greets with "* OK Waiting for authentication process to
 * respond.." first; the test bed is ready when a client gets the real greeting straight away.
 */
async function authReady(server: ServerProcess, imapPort: number, timeoutMs = START_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const first = await new Promise<string>((resolve) => {
      const socket = connect({ host: LOOPBACK, port: imapPort });
      socket.setTimeout(1_000, () => (socket.destroy(), resolve('')));
      socket.once('error', () => resolve(''));
      socket.once('data', (data) => (socket.destroy(), resolve(data.toString('utf8'))));
    });
    if (first.startsWith('* OK [CAPABILITY')) return;
    if (Date.now() > deadline) throw new Error(`dovecot's auth process did not become ready within ${timeoutMs} ms; it said: ${first || 'nothing'}\n${await logTail(server.logFile)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const SPECIAL_USE = [
  ['Sent Items', '\\Sent'],
  ['Drafts', '\\Drafts'],
  ['Deleted Items', '\\Trash'],
  ['Junk Email', '\\Junk'],
  ['Gesendete Elemente', '\\Sent'],
  ['Entwürfe', '\\Drafts'],
  ['Gelöschte Elemente', '\\Trash'],
  ['Junk-E-Mail', '\\Junk'],
] as const;

/** IMAP's modified UTF-7 (RFC 3501 §5.1.3), which dovecot's maildir keeps folder names in on disk. */
function modifiedUtf7(name: string): string {
  return name.replace(/&/g, '&-').replace(/[^\x20-\x7e]+/g, (run) => {
    const utf16 = Buffer.alloc(run.length * 2);
    for (let i = 0; i < run.length; i++) utf16.writeUInt16BE(run.charCodeAt(i), i * 2);
    return `&${utf16.toString('base64').replace(/=+$/, '').replace(/\//g, ',')}-`;
  });
}

/**
 * A file system allows this many names for one file (ext4: 65,000); each message file serves at
 * most this many of an inbox's messages.
 */
const NAMES_PER_FILE = 50_000;

/**
 * Inboxes this large are not written for every test bed: their messages are linked once per
 * machine (100,000 names take seconds to make and to remove) and shared, read-only, by every test
 * bed's dovecot, which keeps its own index and message list beside the link.
 */
const SHARED_FROM = 10_000;
const SHARED_INBOXES = join(tmpdir(), 'jira-doctor-testbed-inboxes');

/** The same bounce fills every inbox: only the count matters to the checks. */
const bounce = (address: string) => `From: postmaster@example.test\r\nTo: ${address}\r\nSubject: Undeliverable: your message\r\nMessage-ID: <bounce@example.test>\r\n\r\nDelivery has failed.\r\n`;

/**
 * A maildir with the mailbox's messages in its inbox and the given folders, written directly (no
 * delivery through dovecot), open to the dovecot user the mail processes run as.
 */
async function writeMaildir(root: string, mailbox: Mailbox): Promise<void> {
  const count = mailbox.messages ?? 0;
  const shared = count >= SHARED_FROM;
  const folders = ['', ...(mailbox.folders ?? []).map((f) => `.${modifiedUtf7(f.name).replace(/\//g, '.')}`)];
  for (const folder of folders) {
    const subs = ['new', 'tmp', ...(folder === '' && shared ? [] : ['cur'])];
    for (const path of [join(root, folder), ...subs.map((sub) => join(root, folder, sub))]) {
      await mkdir(path, { recursive: true });
      await chmod(path, 0o777);
    }
  }
  if (shared) await symlink(await sharedInbox(count, bounce(mailbox.address)), join(root, 'cur'));
  else await linkMessages(join(root, 'cur'), count, bounce(mailbox.address), 0o666);
}

/** The cur/ folder of a large inbox, made once per machine: built aside, then renamed into place (a race leaves one). */
async function sharedInbox(count: number, message: string): Promise<string> {
  const path = join(SHARED_INBOXES, `${count}-${createHash('sha256').update(message).digest('hex').slice(0, 12)}`);
  if (existsSync(path)) return path;
  await mkdir(SHARED_INBOXES, { recursive: true, mode: 0o755 });
  const building = await mkdtemp(`${path}.building-`);
  await linkMessages(building, count, message, 0o644);
  await chmod(building, 0o755);
  try {
    await rename(building, path);
  } catch (error: unknown) {
    if (!existsSync(path)) throw error;
    rmSync(building, { recursive: true, force: true });
  }
  return path;
}

/**
 * `count` messages in a maildir cur/ folder, each a hard link of one message file (one per 50,000;
 * 100,000 messages take about 10 MB with dovecot's index, most of it directory entries). The names
 * carry the size (S=) and the size with CRLF line ends (W=), so dovecot counts and POP3 lists them
 * without reading a message.
 */
async function linkMessages(cur: string, count: number, message: string, mode: number): Promise<void> {
  const size = Buffer.byteLength(message);
  const when = Math.floor(Date.now() / 1000);
  for (let first = 0; first < count; first += NAMES_PER_FILE) {
    // A name starting with a dot is not a message to maildir; it goes once its links are made.
    const file = join(cur, `.message-${first}`);
    await writeFile(file, message);
    await chmod(file, mode);
    // Synchronous links in slices: ext4 makes each in microseconds, a promise per link would
    // double the time, and the slices let the test bed's other servers answer in between.
    for (let n = first; n < Math.min(count, first + NAMES_PER_FILE); n++) {
      linkSync(file, join(cur, `${when}.M${n}P1.testbed,S=${size},W=${size}:2,`));
      if ((n + 1) % 5_000 === 0) await new Promise(setImmediate);
    }
    await unlink(file);
  }
}

export type Dovecot = { ports: MailPorts; xoauth2: boolean; process: ServerProcess };

/** `dir` must be reachable by the `dovecot` and `dovenull` users (its parents at least 0711). */
export async function startDovecot(dir: string, ports: MailPorts, cert: Certificate, introspectionUrl?: string, exchange?: ExchangeMailboxes): Promise<Dovecot> {
  await mkdir(join(dir, 'mail'), { recursive: true });
  await chmod(dir, 0o755);
  await writeFile(join(dir, 'passwd'), `${MAILBOX.username}:{PLAIN}${MAILBOX.password}\n`);
  if (exchange) {
    await Promise.all(exchange.mailboxes.map((m) => writeMaildir(join(dir, 'mail', m.address), m)));
    await writeFile(join(dir, 'master-passwd'), `${exchange.master.user}:{PLAIN}${exchange.master.password}\n`);
    await writeFile(join(dir, 'oauth2-microsoft.conf.ext'), [`introspection_mode = post`, `introspection_url = ${exchange.introspectionUrl}`, 'username_attribute = email', 'active_attribute = active', 'active_value = true', ''].join('\n'));
    // Exchange's mailboxes exist without a password: only XOAUTH2 (and the front's master login) opens them.
    await writeFile(join(dir, 'passwd'), [`${MAILBOX.username}:{PLAIN}${MAILBOX.password}`, ...exchange.mailboxes.map((m) => `${m.address}:{PLAIN}${randomBytes(18).toString('base64url')}`), ''].join('\n'));
  }
  // The mail processes run as the dovecot user and create the mailbox on first login.
  await chmod(join(dir, 'mail'), 0o777);
  if (introspectionUrl) {
    await writeFile(
      join(dir, 'oauth2.conf.ext'),
      [`introspection_mode = post`, `introspection_url = ${introspectionUrl}`, 'username_attribute = email', 'active_attribute = active', 'active_value = true', ''].join('\n'),
    );
  }
  const conf = join(dir, 'dovecot.conf');
  const instance = `jira-doctor-testbed-${ports.imap}`;
  await writeFile(conf, dovecotConfig(dir, ports, cert, instance, introspectionUrl, exchange));
  // Dovecot stops in about a second, but now and then waits several when stopped soon after a
  // login; nothing of it needs to survive, so a stop does not wait longer than this.
  const server = startProcess('dovecot', 'dovecot', ['-c', conf, '-F'], join(dir, 'dovecot-console.log'), 1_500);
  const listening = Object.values(ports).filter((port): port is number => port !== undefined);
  await Promise.all(listening.map((port) => waitForPort(server, port)));
  await authReady(server, ports.imap);
  return { ports, xoauth2: introspectionUrl !== undefined, process: server };
}
