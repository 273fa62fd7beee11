import * as z from 'zod';
import { SYMPTOMS } from './symptoms';
import type { Language } from '../i18n/language';
import { FACT_WORDS, type FactWords } from './fact-words';
import { isVersion, VERSION_RULE } from './version';

export { SYMPTOMS, type Symptom } from './symptoms';

/**
 * The facts of the public contract (shared/contract/diagnosis.md). Names are stable: users script
 * against them and evidence bundles are exchanged in them. A fact nobody knows is absent.
 */

/** A schema built on first use, the same one every time after. */
function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

const version = once(() => z.string().trim().refine(isVersion, `a version: ${VERSION_RULE}`));
const isoDate = once(() =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-03-31 (YYYY-MM-DD)')
    // Date.parse rolls 2026-02-30 over to March 2: only a date that survives the round trip is real.
    .refine((s) => {
      const time = Date.parse(`${s}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
    }, 'a real calendar date'),
);

/**
 * A record of schemas, each built when it is first read and kept: building every fact's schema at
 * load (zod sets up each one) was a good part of a cold `diagnose`, which reads a handful of facts.
 * It reads like a plain record; zod keeps an object's getters unread until it parses (factsSchema).
 */
function builtOnFirstRead<T extends Record<string, () => z.ZodType>>(builders: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const shapes = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const name of Object.keys(builders) as (keyof T & string)[]) {
    Object.defineProperty(shapes, name, {
      enumerable: true,
      configurable: true,
      get() {
        const shape = builders[name]!() as ReturnType<T[typeof name]>;
        Object.defineProperty(shapes, name, { value: shape, enumerable: true });
        return shape;
      },
    });
  }
  return shapes;
}

export const factShapes = builtOnFirstRead({
  symptom: () => z.enum(SYMPTOMS),
  'jira.version': version,
  'jira.license': () => z.enum(['datacenter', 'server']),
  'jira.clustered': () => z.boolean(),
  'jsm.version': version,
  'mail.handler': () => z.enum(['jira', 'jsm']),
  'mail.provider': () => z.enum(['microsoft', 'google', 'other']),
  'mail.protocol': () => z.enum(['imap', 'pop', 'graph']),
  'mail.host': () => z.string().trim().toLowerCase().min(1),
  'microsoft.cloud': () => z.enum(['worldwide', 'gcc', 'gcc-high', 'dod']),
  'oauth.scopes': () => z.string().trim(),
  'oauth.authorizeEndpoint': () => z.string().trim().min(1),
  'oauth.tokenEndpoint': () => z.string().trim().min(1),
  'azure.accountType': () => z.enum(['single-tenant', 'multi-tenant']),
  'azure.secretExpiresOn': isoDate,
  'azure.secretExpired': () => z.boolean(),
  'azure.secretIdentified': () => z.boolean(),
  'azure.adminConsentGranted': () => z.boolean(),
  'azure.graphMailPermission': () => z.boolean(),
  'azure.redirectUriMatches': () => z.boolean(),
  'exchange.appAccessPolicyAllowsMailbox': () => z.boolean(),
  'jira.baseUrl': () => z.string().trim().min(1),
  'mailbox.passwordChangedSinceAuthorization': () => z.boolean(),
  'mail.workedBefore': () => z.boolean(),
  'mailbox.protocolEnabled': () => z.boolean(),
  'mailbox.kind': () => z.enum(['own', 'other-user', 'shared']),
  'mailbox.authorizerHasFullAccess': () => z.boolean(),
  'mailbox.licensed': () => z.boolean(),
  'mailbox.hasInboxFolder': () => z.boolean(),
  'mailbox.flooded': () => z.boolean(),
  'mailbox.messageCount': () => z.number().int().min(0),
  'mailbox.opensInOutlookWeb': () => z.boolean(),
  'exchange.clientAccessRulesAllowImap': () => z.boolean(),
  'network.mailReachableFromJira': () => z.boolean(),
  'pop.twoLineAuth': () => z.boolean(),
  'oauth.authorizedAsExpectedUser': () => z.boolean(),
  'jsm.multiChannelBeta': () => z.boolean(),
  'jsm.oauthChannelCount': () => z.number().int().min(0),
  'lb.sticky': () => z.boolean(),
  'lb.restPinnedToNode': () => z.boolean(),
  'lb.internalRestKeptOnUserNode': () => z.boolean(),
  'jvm.args': () => z.string(),
  errors: () => z.array(z.string()),
  'auth.loginReason': () => z.string().trim(),
  'auth.deniedReason': () => z.string().trim(),
  'auth.method': () => z.enum(['basic', 'cookie', 'oauth', 'pat']),
  'cookie.worksThenFails': () => z.boolean(),
  'request.formEncoded': () => z.boolean(),
  'request.hasNoCheckHeader': () => z.boolean(),
  'rest401.pattern': () => z.enum(['intermittent', 'always', 'never']),
  'directory.type': () => z.enum(['ldap', 'internal', 'crowd', 'other']),
  'ldap.clustered': () => z.boolean(),
  'ldap.consistent': () => z.boolean(),
  'user.groupsMissingOnFailure': () => z.boolean(),
  'oidc.pluginVersion': version,
  'oidc.restSsoEnabled': () => z.boolean(),
  'oidc.provider': () => z.enum(['keycloak', 'other']),
  'oidc.directAccessGrants': () => z.boolean(),
  'oidc.endpointsHttps': () => z.boolean(),
});

export type FactName = keyof typeof factShapes;
export const FACT_NAMES = Object.keys(factShapes) as FactName[];
export type Facts = { [K in FactName]?: z.infer<(typeof factShapes)[K]> };
export type FactValue<K extends FactName = FactName> = z.infer<(typeof factShapes)[K]>;

export const factsSchema = z.strictObject(factShapes).partial();

export function isFactName(name: string): name is FactName {
  return Object.hasOwn(factShapes, name);
}

/** The kind of value a fact takes, for question widgets and help text. */
export type FactKind = 'enum' | 'boolean' | 'version' | 'date' | 'string' | 'number' | 'string-list';

export function factKind(name: FactName): FactKind {
  const shape: z.ZodType = factShapes[name];
  if (shape instanceof z.ZodEnum) return 'enum';
  if (shape instanceof z.ZodBoolean) return 'boolean';
  if (shape instanceof z.ZodNumber) return 'number';
  if (shape instanceof z.ZodArray) return 'string-list';
  if (shape === version()) return 'version';
  if (name === 'azure.secretExpiresOn') return 'date';
  return 'string';
}

/**
 * A list fact (the error messages) gathers from every source: what the admin pasted, each check,
 * each batch of logs. Every message is evidence in its own right, so no source's list replaces or
 * contradicts another's; they are joined, each message once.
 */
export function gathers(name: FactName): boolean {
  return factKind(name) === 'string-list';
}

/** `first`, then the items of `more` it lacks, each once. */
export function gathered(first: readonly string[], more: readonly string[]): string[] {
  const seen = new Set(first);
  const joined = [...first];
  for (const item of more) {
    if (seen.has(item)) continue;
    seen.add(item);
    joined.push(item);
  }
  return joined;
}

/** The allowed values of an enum fact, in contract order. */
export function factEnumValues(name: FactName): readonly string[] {
  const shape: z.ZodType = factShapes[name];
  return shape instanceof z.ZodEnum ? (shape.options as readonly string[]) : [];
}

export type FactProblem = { fact: string; message: string };

/**
 * Parses untrusted facts (a file, an API request). Every problem is named in words an admin can
 * act on, in `language`: an unknown name suggests the closest contract name, a wrong type says what
 * was expected.
 */
export function parseFacts(input: unknown, language: Language = 'en'): { ok: true; facts: Facts } | { ok: false; problems: FactProblem[] } {
  const words = FACT_WORDS[language];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ fact: words.wholeFile, message: words.notObject }] };
  }
  const problems: FactProblem[] = [];
  const facts: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    if (!isFactName(name)) {
      if (name.trim() === '') {
        problems.push({ fact: JSON.stringify(name), message: words.emptyName });
        continue;
      }
      // A name far longer than any fact's is not a typo of one: no suggestion, and only its start quoted.
      const near = name.length <= 64 ? closestFactName(name) : undefined;
      problems.push({ fact: quoted(name, words), message: words.unknownName(near) });
      continue;
    }
    if (value === null) continue; // null means "nobody knows", the same as absent
    const parsed = factShapes[name].safeParse(value);
    if (parsed.success) facts[name] = parsed.data;
    else problems.push({ fact: name, message: words.wrongValue(factTakes(name, language), describeValue(value, language)) });
  }
  return problems.length ? { ok: false, problems } : { ok: true, facts };
}

/** What a fact takes, with its real constraints (the same words `diagnose --list-facts` prints). */
export function factTakes(name: FactName, language: Language = 'en'): string {
  const takes = FACT_WORDS[language].takes;
  switch (factKind(name)) {
    case 'enum':
      return takes.oneOf(factEnumValues(name));
    case 'boolean':
      return takes.boolean;
    case 'version':
      return takes.version;
    case 'date':
      return takes.date;
    case 'number':
      return takes.number(Number.MAX_SAFE_INTEGER);
    case 'string-list':
      return takes.stringList;
    case 'string':
      return factShapes[name].safeParse('').success ? takes.string : takes.nonEmptyString;
  }
}

/** What a value is, in words that stay true where JSON and JavaScript numbers part ways. */
export function describeValue(value: unknown, language: Language = 'en'): string {
  const words = FACT_WORDS[language];
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return words.value.tooLarge;
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return words.value.notExact(Number.MAX_SAFE_INTEGER);
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(quoted(value, words));
  if (Array.isArray(value)) return words.value.list(value.length);
  if (typeof value === 'object' && value !== null) return words.value.object;
  return String(value);
}

/** At most a short prefix of untrusted text, to quote in a message (a name may be megabytes long). */
function quoted(text: string, words: FactWords, max = 40): string {
  return text.length > max ? words.cut(text.slice(0, max), text.length) : text;
}

function closestFactName(name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of FACT_NAMES) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 4)) ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
