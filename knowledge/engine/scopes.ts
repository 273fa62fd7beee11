import type { FactName, FactValue } from '../contract/facts';
import type { Language } from '../i18n/translations';
import { engineWording } from './wording';

/**
 * Validation of the scope string configured in Jira's OAuth 2.0 integration for a Microsoft 365
 * mailbox (article 001, Root Cause 1; facts sheet §4.3). Jira signs in as a user (delegated
 * permissions), so it needs the Exchange Online resource of the right cloud, the permission of the
 * protocol in use, and `offline_access` for refresh tokens.
 */

export type MicrosoftCloud = FactValue<'microsoft.cloud'>;
export type MailProtocol = FactValue<'mail.protocol'>;

/** The Exchange Online resource of each cloud family: GCC is part of worldwide. */
const RESOURCE: Record<MicrosoftCloud, string> = {
  worldwide: 'https://outlook.office.com',
  gcc: 'https://outlook.office.com',
  'gcc-high': 'https://outlook.office365.us',
  dod: 'https://outlook.office365.us',
};

/** The delegated permissions of the IMAP and POP sign-ins. The Graph path uses application permissions instead, which no scope string decides. */
type DelegatedProtocol = Exclude<MailProtocol, 'graph'>;
const PERMISSION: Record<DelegatedProtocol, string> = { imap: 'IMAP.AccessAsUser.All', pop: 'POP.AccessAsUser.All' };
const OFFLINE_ACCESS = 'offline_access';

/** The scope string that works for the cloud, as article 001 Solution 1 and the facts sheet give it. */
export function expectedScopes(cloud: MicrosoftCloud): string {
  const resource = RESOURCE[cloud];
  return `${resource}/${PERMISSION.imap} ${resource}/${PERMISSION.pop} ${OFFLINE_ACCESS}`;
}

type Family = 'worldwide' | 'us-government';
const FAMILY_OF_CLOUD: Record<MicrosoftCloud, Family> = { worldwide: 'worldwide', gcc: 'worldwide', 'gcc-high': 'us-government', dod: 'us-government' };
/** Exchange Online resource hosts; outlook.office365.com is the resource form some clients use for worldwide. */
const FAMILY_OF_HOST: Record<string, Family> = {
  'outlook.office.com': 'worldwide',
  'outlook.office365.com': 'worldwide',
  'outlook.office365.us': 'us-government',
};

export type ScopeProblemKind =
  | 'empty'
  | 'duplicate'
  | 'missing-offline-access'
  | 'missing-protocol-scope'
  | 'wrong-host'
  | 'mixed-hosts'
  | 'not-exchange-resource'
  | 'no-resource'
  | 'app-only'
  | 'wrong-separator';

/** `error` makes the string wrong; `warning` is worth fixing but does not stop the sign-in. */
export type ScopeProblem = { kind: ScopeProblemKind; severity: 'error' | 'warning'; scope?: string; message: string };

export type ScopeCheck = {
  verdict: 'valid' | 'invalid' | 'undecided';
  problems: ScopeProblem[];
  /** Remarks that are not problems (e.g. an accepted but unusual resource form). */
  notes: string[];
  /** Facts whose absence keeps the verdict open. */
  undecidedBy: FactName[];
};

type Token = { raw: string; host?: string; permission: string };

function parseToken(raw: string): Token {
  const url = /^https?:\/\/([^/]+)\/(.+)$/i.exec(raw);
  if (!url) return { raw, permission: raw };
  return { raw, host: url[1]!.toLowerCase(), permission: url[2]! };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** `language` is the language of the problems' messages (English unless given). */
export function validateScopes(scopes: string, environment: { cloud?: MicrosoftCloud; protocol?: MailProtocol; language?: Language } = {}): ScopeCheck {
  const { cloud } = environment;
  const words = engineWording(environment.language).scope;
  const protocol = environment.protocol === 'graph' ? undefined : environment.protocol;
  const problems: ScopeProblem[] = [];
  const notes: string[] = [];
  const undecidedBy = new Set<FactName>();
  // Jira sends the field as one space-separated list; commas or semicolons make Microsoft read
  // "a,b" as one unknown scope. Reported once as the separator, and the scopes are still judged.
  const separated = /[,;]/.test(scopes);
  const raw = scopes.split(/[\s,;]+/).filter(Boolean);
  if (raw.length === 0) {
    return {
      verdict: 'invalid',
      problems: [{ kind: 'empty', severity: 'error', message: words.empty }],
      notes,
      undecidedBy: [],
    };
  }

  if (separated) {
    problems.push({
      kind: 'wrong-separator',
      severity: 'error',
      message: words.wrongSeparator,
    });
  }

  const seen = new Set<string>();
  const tokens: Token[] = [];
  for (const scope of raw) {
    const key = scope.toLowerCase();
    if (seen.has(key)) {
      problems.push({ kind: 'duplicate', severity: 'warning', scope, message: words.duplicate(scope) });
      continue;
    }
    seen.add(key);
    tokens.push(parseToken(scope));
  }

  if (!tokens.some((t) => !t.host && same(t.permission, OFFLINE_ACCESS))) {
    problems.push({
      kind: 'missing-offline-access',
      severity: 'error',
      message: words.missingOfflineAccess,
    });
  }

  const families = new Set<Family>();
  for (const token of tokens) {
    if (!token.host) {
      if (Object.values(PERMISSION).some((p) => same(p, token.permission))) {
        problems.push({
          kind: 'no-resource',
          severity: 'error',
          scope: token.raw,
          message: words.noResource(token.raw),
        });
      }
      continue;
    }
    const family = FAMILY_OF_HOST[token.host];
    if (!family) {
      const mailPermission = Object.values(PERMISSION).some((p) => same(p, token.permission));
      if (mailPermission || /^graph\./.test(token.host)) {
        problems.push({
          kind: 'not-exchange-resource',
          severity: 'error',
          scope: token.raw,
          message: words.notExchangeResource(token.raw, token.host),
        });
      }
      continue;
    }
    families.add(family);
    if (same(token.permission, '.default')) {
      problems.push({
        kind: 'app-only',
        severity: 'error',
        scope: token.raw,
        message: words.appOnly(token.raw),
      });
    }
    if (token.host === 'outlook.office365.com') {
      notes.push(words.office365Form(token.raw));
    }
  }

  if (families.size > 1) {
    problems.push({
      kind: 'mixed-hosts',
      severity: 'error',
      message: words.mixedHosts,
    });
  } else if (cloud) {
    const expected = FAMILY_OF_CLOUD[cloud];
    for (const token of tokens) {
      const family = token.host ? FAMILY_OF_HOST[token.host] : undefined;
      if (family && family !== expected) {
        problems.push({
          kind: 'wrong-host',
          severity: 'error',
          scope: token.raw,
          message: words.wrongHost(token.raw, family, expected, RESOURCE[cloud]),
        });
      }
    }
  } else if (families.size > 0) {
    undecidedBy.add('microsoft.cloud');
  }

  const hasPermission = (p: DelegatedProtocol) => tokens.some((t) => t.host && FAMILY_OF_HOST[t.host] && same(t.permission, PERMISSION[p]));
  const missing = (p: DelegatedProtocol): ScopeProblem => ({
    kind: 'missing-protocol-scope',
    severity: 'error',
    message: words.missingProtocol(p.toUpperCase(), PERMISSION[p]),
  });
  // A permission written without its resource is already reported above; it is not also "missing".
  const absent = (p: DelegatedProtocol) => !hasPermission(p) && !tokens.some((t) => same(t.permission, PERMISSION[p]));
  if (protocol) {
    if (absent(protocol)) problems.push(missing(protocol));
  } else if (absent('imap') && absent('pop')) {
    problems.push({
      kind: 'missing-protocol-scope',
      severity: 'error',
      message: words.noProtocol(PERMISSION.imap, PERMISSION.pop),
    });
  } else if (!hasPermission('imap') || !hasPermission('pop')) {
    undecidedBy.add('mail.protocol');
  }

  const verdict = problems.some((p) => p.severity === 'error') ? 'invalid' : undecidedBy.size ? 'undecided' : 'valid';
  return { verdict, problems, notes, undecidedBy: [...undecidedBy] };
}

/** The problems of a check as one readable sentence, errors first (`language`: the check's, for the joining). */
export function describeScopeProblems(check: ScopeCheck, language: Language = 'en'): string {
  const ordered = [...check.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return ordered.map((p) => p.message).join(engineWording(language).scope.separator);
}
