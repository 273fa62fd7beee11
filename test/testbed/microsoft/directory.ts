// The Microsoft 365 tenant of the test bed: its Entra app registrations and accounts, and the
// Exchange Online mailboxes with the settings article 001 turns on (IMAP off, no licence, Full
// Access, Client Access Rules, a flooded inbox, a mailbox set up in German). Test-only values.

import { FLOODED_INBOX_MESSAGES } from '../../../knowledge/articles/a001-mail-oauth';

export const TENANT = { id: '4f8c2a61-93d5-4b7e-a0c2-6d1e9b3f7a10', domain: 'example.test' } as const;

export type AppSecret = { id: string; value: string; expired?: boolean };

export type AppRegistration = {
  clientId: string;
  displayName: string;
  /** AzureADMyOrg = single-tenant; AzureADandPersonalMicrosoftAccount = what article 001 recommends. */
  signInAudience: 'AzureADMyOrg' | 'AzureADMultipleOrgs' | 'AzureADandPersonalMicrosoftAccount';
  secrets: AppSecret[];
  /** Web platform Redirect URIs; `http://localhost` matches any port (Microsoft's loopback rule). */
  redirectUris: string[];
  /** "Allow public client flows" (device code). */
  publicClient: boolean;
};

export const APPS = {
  /** Multi-tenant, one valid and one expired secret, a loopback and a Jira Redirect URI, device code allowed. */
  jira: {
    clientId: '0b5c9f3e-2d7a-4c61-8e14-7a9b2c3d4e51',
    displayName: 'Jira mail handler',
    signInAudience: 'AzureADandPersonalMicrosoftAccount',
    secrets: [
      { id: '9d1e7c44-5b2a-4f08-b3c6-1a2b3c4d5e6f', value: 'Qx8Q~testbed.valid-secret-value_0123456789' },
      { id: 'e7f6a5b4-c3d2-4e1f-8a9b-0c1d2e3f4a5b', value: 'Zk3Z~testbed.expired-secret-value_9876543', expired: true },
    ],
    redirectUris: ['http://localhost', 'https://jira.example.test/plugins/servlet/oauth/callback'],
    publicClient: true,
  },
  /** Single-tenant (RC8): /common refuses it after sign-in with AADSTS50194; no public client flows. */
  singleTenant: {
    clientId: '6a2b8d0c-1e3f-4a5b-9c7d-2e4f6a8b0c1d',
    displayName: 'Jira mail handler (single tenant)',
    signInAudience: 'AzureADMyOrg',
    secrets: [{ id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', value: 'Wm5W~testbed.single-tenant-secret_24680' }],
    redirectUris: ['http://localhost', 'https://jira.example.test/plugins/servlet/oauth/callback'],
    publicClient: false,
  },
} as const satisfies Record<string, AppRegistration>;

export type Account = { upn: string; password: string; displayName: string; oid: string };

export type Mailbox = {
  address: string;
  /** A shared mailbox has no account of its own: only delegates open it. */
  shared?: boolean;
  /** Accounts with Full Access on it (Exchange mail delegation). */
  fullAccess?: string[];
  imap?: boolean;
  pop?: boolean;
  licensed?: boolean;
  /** Client Access Rules that leave out IMAP4: sign-in works, then "User is authenticated but not connected". */
  clientAccessRulesBlockImap?: boolean;
  /** Messages in the inbox. */
  messages?: number;
  /** Folders besides the inbox, with their special use. */
  folders?: { name: string; use?: '\\Sent' | '\\Drafts' | '\\Trash' | '\\Junk' }[];
};

const ENGLISH_FOLDERS: Mailbox['folders'] = [
  { name: 'Sent Items', use: '\\Sent' },
  { name: 'Drafts', use: '\\Drafts' },
  { name: 'Deleted Items', use: '\\Trash' },
  { name: 'Junk Email', use: '\\Junk' },
];

const account = (local: string, displayName: string, n: number): Account => ({
  upn: `${local}@${TENANT.domain}`,
  password: `${local}-m365-testbed-pw`,
  displayName,
  oid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
});

/** The accounts that can sign in (Entra users). */
export const ACCOUNTS = {
  helpdesk: account('helpdesk', 'Help Desk', 1),
  agent: account('agent', 'Service Agent', 2),
  other: account('other', 'Other User', 3),
  noImap: account('noimap', 'IMAP Disabled', 4),
  unlicensed: account('unlicensed', 'No Licence', 5),
  flooded: account('flooded', 'Bounce Storm', 6),
  blocked: account('blocked', 'Client Access Rules', 7),
  german: account('postfach', 'Deutsches Postfach', 8),
} as const;

/**
 * The flooded inbox holds exactly as many messages as make the knowledge call a flooded inbox
 * likely (article 001 Root Cause 15): a real flood that dovecot really serves and counts.
 */
export const FLOOD_MESSAGES = FLOODED_INBOX_MESSAGES;

export const MAILBOXES: Record<string, Mailbox> = {
  helpdesk: { address: ACCOUNTS.helpdesk.upn, imap: true, pop: true, licensed: true, messages: 3, folders: ENGLISH_FOLDERS },
  support: { address: `support@${TENANT.domain}`, shared: true, fullAccess: [ACCOUNTS.agent.upn], imap: true, pop: true, licensed: true, messages: 2, folders: ENGLISH_FOLDERS },
  noImap: { address: ACCOUNTS.noImap.upn, imap: false, pop: false, licensed: true, messages: 1 },
  unlicensed: { address: ACCOUNTS.unlicensed.upn, imap: true, pop: true, licensed: false, messages: 0 },
  flooded: { address: ACCOUNTS.flooded.upn, imap: true, pop: true, licensed: true, messages: FLOOD_MESSAGES, folders: ENGLISH_FOLDERS },
  blocked: { address: ACCOUNTS.blocked.upn, imap: true, pop: true, licensed: true, clientAccessRulesBlockImap: true, messages: 1 },
  german: {
    address: ACCOUNTS.german.upn,
    imap: true,
    pop: true,
    licensed: true,
    messages: 2,
    folders: [
      { name: 'Gesendete Elemente', use: '\\Sent' },
      { name: 'Entwürfe', use: '\\Drafts' },
      { name: 'Gelöschte Elemente', use: '\\Trash' },
      { name: 'Junk-E-Mail', use: '\\Junk' },
    ],
  },
};

export function mailboxOf(address: string): Mailbox | undefined {
  return Object.values(MAILBOXES).find((m) => m.address.toLowerCase() === address.toLowerCase());
}

export function accountOf(upn: string): Account | undefined {
  return Object.values(ACCOUNTS).find((a) => a.upn.toLowerCase() === upn.toLowerCase());
}
