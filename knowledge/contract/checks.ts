import type { Facts, FactName, FactValue } from './facts';

/** The automated checks and the facts each can establish. */
export const CHECKS = {
  versions: ['jira.version', 'jsm.version'],
  cluster: ['jira.clustered', 'lb.sticky'],
  credentials: ['auth.loginReason', 'auth.deniedReason'],
  'rest401-sampling': ['rest401.pattern'],
  'session-cookie': ['cookie.worksThenFails', 'auth.loginReason', 'auth.deniedReason'],
  oidc: ['oidc.directAccessGrants', 'oidc.endpointsHttps', 'oidc.provider'],
  mail: [
    'network.mailReachableFromJira',
    'mailbox.protocolEnabled',
    'mailbox.licensed',
    'mailbox.authorizerHasFullAccess',
    'mailbox.kind',
    'mailbox.messageCount',
    'mailbox.hasInboxFolder',
    'errors',
  ],
  /** The OAuth 2.0 sign-in Jira does, repeated before the run (authorization code or device code). */
  'mail-sign-in': ['oauth.authorizedAsExpectedUser', 'errors', 'oauth.scopes', 'oauth.authorizeEndpoint', 'oauth.tokenEndpoint'],
  'azure-app': ['azure.secretExpired', 'errors'],
  ldap: ['ldap.clustered', 'ldap.consistent'],
} as const satisfies Record<string, readonly FactName[]>;

export type CheckId = keyof typeof CHECKS;
export const CHECK_IDS = Object.keys(CHECKS) as [CheckId, ...CheckId[]];

export type ProblemCode =
  | 'refused'
  | 'timeout'
  | 'dns'
  | 'tls-untrusted'
  | 'tls-intercepted'
  | 'tls-expired'
  | 'tls-hostname'
  | 'sso-redirect'
  | 'login-page'
  | 'proxy-refused'
  | 'proxy-auth'
  | 'bad-response'
  | 'unauthorized'
  | 'cancelled'
  | 'not-applicable'
  | 'other';

/** One request and its answer, with every secret already masked. */
export type Exchange = {
  at: string;
  durationMs: number;
  request: { method: string; url: string; headers: Record<string, string> };
  response?: { status: number; headers: Record<string, string>; bodyExcerpt?: string };
  /** For non-HTTP probes (TCP, TLS, IMAP, LDAP): what was sent and seen, line by line. */
  transcript?: string[];
};

export type Conclusion<K extends FactName = FactName> = { fact: K; value: FactValue<K>; why: string };

export type Evidence = {
  check: CheckId;
  title: string;
  startedAt: string;
  durationMs: number;
  outcome: 'ok' | 'failed' | 'skipped' | 'cancelled';
  exchanges: Exchange[];
  concluded: Conclusion[];
  /** When the check could not conclude: what went wrong and what to try, in plain words. */
  problem?: { code: ProblemCode; message: string; advice: string };
  /** Warnings worth reading even when the check succeeded (e.g. base URL mismatch). */
  notes: string[];
  /** Numbers that suit a chart, e.g. responses per node and status. */
  tallies?: { label: string; counts: Record<string, number> }[];
};

/** The output of `jira-doctor check`: feeds `diagnose` as is (its `facts`). */
export type CheckReport = { facts: Facts; evidence: Evidence[]; startedAt: string; finishedAt: string };
