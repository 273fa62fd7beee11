import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_CLIENTS, startTestbed, type Testbed } from '../../testbed';
import { POP3_INSTALLED } from '../../testbed/dovecot';
import { Conversation } from './lines';

let testbed: Testbed;
let ca: string;

beforeAll(async () => {
  testbed = await startTestbed({ parts: ['mail', 'oidc'] });
  ca = testbed.tls.cert;
});
afterAll(() => testbed?.stop());

const xoauth2 = (user: string, token: string): string => Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`).toString('base64');

async function accessToken(username: string, password: string): Promise<string> {
  const { clientId, secret } = OIDC_CLIENTS.dag;
  const response = await fetch(`${testbed.oidc!.httpIssuer}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: clientId, client_secret: secret, username, password }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('IMAP', () => {
  it('greets on the plain port, offers STARTTLS and XOAUTH2, and upgrades to TLS', async () => {
    const imap = await Conversation.open(testbed.imap!.plain);
    const [greeting] = await imap.read(/^\* OK/);
    expect(greeting).toMatch(/^\* OK \[CAPABILITY .*\bSTARTTLS\b.*\] /);
    const capability = await imap.send('a1 CAPABILITY', /^a1 /);
    expect(capability[0]).toMatch(/^\* CAPABILITY .*\bAUTH=PLAIN\b.*\bAUTH=XOAUTH2\b/);
    expect(await imap.send('a2 STARTTLS', /^a2 /)).toEqual(['a2 OK Begin TLS negotiation now.']);
    await imap.startTls(ca);
    expect((await imap.send('a3 CAPABILITY', /^a3 /))[0]).toMatch(/^\* CAPABILITY .*\bAUTH=XOAUTH2\b/);
    imap.close();
  });

  it('speaks implicit TLS with the test bed certificate, which an untrusting client refuses', async () => {
    const imap = await Conversation.open(testbed.imap!.tls, { ca });
    expect((await imap.read(/^\* OK/))[0]).toMatch(/^\* OK \[CAPABILITY .*\bAUTH=XOAUTH2\b/);
    imap.close();
    const error = await new Promise<Error>((resolve) => connect({ host: '127.0.0.1', port: testbed.imap!.tls, servername: 'localhost' }).once('error', resolve));
    expect(error.message).toMatch(/self-signed certificate/);
  });

  it('logs the mailbox in with its password, and with XOAUTH2 and an access token from the identity provider', async () => {
    const { username, password } = testbed.mail!.mailbox;
    const imap = await Conversation.open(testbed.imap!.plain);
    await imap.read(/^\* OK/);
    expect((await imap.send(`a1 LOGIN "${username}" "${password}"`, /^a1 /)).at(-1)).toMatch(/^a1 OK /);
    expect((await imap.send('a2 SELECT INBOX', /^a2 /)).at(-1)).toMatch(/^a2 OK /);
    imap.close();
    expect(testbed.mail!.xoauth2).toBe(true);
    const token = await accessToken('helpdesk', password);
    const oauth = await Conversation.open(testbed.imap!.tls, { ca });
    await oauth.read(/^\* OK/);
    expect((await oauth.send(`a1 AUTHENTICATE XOAUTH2 ${xoauth2(username, token)}`, /^a1 /)).at(-1)).toMatch(/^a1 OK /);
    oauth.close();
  });

  it('refuses a wrong password and a made-up token', async () => {
    const { username } = testbed.mail!.mailbox;
    const imap = await Conversation.open(testbed.imap!.plain);
    await imap.read(/^\* OK/);
    expect((await imap.send(`a1 LOGIN "${username}" "wrong"`, /^a1 /)).at(-1)).toMatch(/^a1 NO \[AUTHENTICATIONFAILED\]/);
    // A failed XOAUTH2 gets a "+ <base64 JSON error>" challenge first; the empty answer ends it with NO.
    const challenge = await imap.send(`a2 AUTHENTICATE XOAUTH2 ${xoauth2(username, 'made-up-token')}`, /^(a2 |\+ )/);
    if (challenge.at(-1)?.startsWith('+ ')) expect((await imap.send('', /^a2 /)).at(-1)).toMatch(/^a2 NO /);
    else expect(challenge.at(-1)).toMatch(/^a2 NO /);
    imap.close();
  });
});

describe('POP3', () => {
  it.runIf(POP3_INSTALLED)('greets on both ports and lists XOAUTH2 among its SASL mechanisms', async () => {
    const pop = await Conversation.open(testbed.pop3!.plain);
    expect((await pop.read(/^\+OK/))[0]).toMatch(/^\+OK .*ready/);
    const capa = await pop.send('CAPA', /^\.$/);
    expect(capa).toEqual(expect.arrayContaining(['STLS', expect.stringMatching(/^SASL .*\bXOAUTH2\b/)]));
    pop.close();
    const pops = await Conversation.open(testbed.pop3!.tls, { ca });
    expect((await pops.read(/^\+OK/))[0]).toMatch(/^\+OK /);
    pops.close();
  });
});
