import { lookup } from 'node:dns/promises';
import { Client, InvalidCredentialsError } from 'ldapts';
import type { CheckContext, CheckDefinition } from './check';
import { explainNetworkError } from './net';
import { fail, type Problem } from './problems';
import type { CheckSettings } from './settings';
import { checkWords } from './words';

type Ldap = NonNullable<CheckSettings['ldap']>;
type Server = { label: string; url: string; servername?: string };
type Seen = { server: Server; dn?: string; groups: string[] } | { server: Server; problem: Problem };

/**
 * Asks every LDAP server Jira uses for the same user and its groups (article 000, cause 2): a
 * server with stale data makes some nodes refuse a valid user. A host name with several IPv4
 * addresses (DNS round robin) counts as several servers, each asked on its own.
 */
export const ldapCheck: CheckDefinition = {
  id: 'ldap',
  title: 'LDAP servers: the same user and groups on each',
  unavailable: (settings) => (settings.ldap ? undefined : checkWords().ldap.needs),
  async run(ctx) {
    const ldap = ctx.settings.ldap!;
    const w = checkWords().ldap;
    if (ldap.bindDn && ctx.secrets.ldapPassword === undefined) fail('not-applicable', w.bindNeedsPassword);
    const servers = (await Promise.all(ldap.urls.map((u) => expand(u)))).flat();
    const seen = await Promise.all(servers.map((server) => askServer(ctx, ldap, server)));

    const answered = seen.filter((s): s is Extract<Seen, { groups: string[] }> => 'groups' in s);
    const failed = seen.filter((s): s is Extract<Seen, { problem: Problem }> => 'problem' in s);
    ctx.evidence.conclude(
      'ldap.clustered',
      servers.length > 1,
      servers.length > 1 ? w.several(servers.length, checkWords().list(servers.map((s) => s.label))) : w.one(servers[0]!.label),
    );
    ctx.evidence.tally(w.groupsPerServer, Object.fromEntries(answered.map((s) => [s.server.label, s.groups.length])));
    for (const f of failed) ctx.evidence.note(`${f.server.label}: ${f.problem.message}`);
    if (!answered.length) {
      const first = failed[0]!.problem;
      fail(first.code, w.noneAnswered(first.message), first.advice);
    }
    const found = answered.filter((s) => s.dn !== undefined);
    if (!found.length) fail('bad-response', w.userUnknown(ldap.user, ldap.baseDn));
    if (servers.length < 2) return;
    if (failed.length) {
      ctx.evidence.note(w.notAllAnswered);
      return;
    }
    const reference = found[0]!;
    const differences = answered.flatMap((s) => describeDifference(reference, s));
    ctx.evidence.conclude(
      'ldap.consistent',
      differences.length === 0,
      differences.length ? w.join(differences) : w.consistent(reference.dn!, reference.groups.length),
    );
  },
};

async function expand(url: string): Promise<Server[]> {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const addresses = await lookup(host, { all: true, family: 4 }).catch(() => []);
  if (addresses.length < 2) return [{ label: url, url }];
  return addresses.map((a) => {
    const copy = new URL(url);
    copy.hostname = a.address;
    return { label: `${url} (${a.address})`, url: copy.href.replace(/\/$/, ''), servername: host };
  });
}

async function askServer(ctx: CheckContext, ldap: Ldap, server: Server): Promise<Seen> {
  const timeout = ctx.settings.timeoutMs;
  const w = checkWords().ldap;
  const transcript: string[] = [w.connect(server.url)];
  const started = performance.now();
  const at = new Date().toISOString();
  const client = new Client({
    url: server.url,
    timeout,
    connectTimeout: timeout,
    // ldapts speaks TLS whenever TLS options are given, so plain ldap:// gets none.
    ...(server.url.startsWith('ldaps:')
      ? { tlsOptions: { ...(ctx.tls.ca ? { ca: ctx.tls.ca } : {}), rejectUnauthorized: !ctx.tls.insecure, ...(server.servername ? { servername: server.servername } : {}) } }
      : {}),
  });
  const onAbort = () => void client.unbind().catch(() => undefined);
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  try {
    if (ldap.bindDn) {
      transcript.push(w.bindAs(ldap.bindDn));
      await client.bind(ldap.bindDn, ctx.secrets.ldapPassword);
    }
    const userFilter = fill(ldap.userFilter, { user: ldap.user });
    transcript.push(w.search(ldap.baseDn, userFilter));
    const users = await client.search(ldap.baseDn, { scope: 'sub', filter: userFilter, attributes: ['dn', 'memberOf'], sizeLimit: 2 });
    const entry = users.searchEntries[0];
    if (!entry) {
      transcript.push(w.userNotFound);
      return { server, groups: [] };
    }
    transcript.push(w.found(entry.dn));
    const memberOf = asList(entry.memberOf).map(firstRdnValue);
    const groupFilter = fill(ldap.groupFilter, { user: ldap.user, dn: entry.dn });
    const base = ldap.groupBaseDn ?? ldap.baseDn;
    transcript.push(w.search(base, groupFilter));
    const groups = await client.search(base, { scope: 'sub', filter: groupFilter, attributes: ['cn'] });
    const names = [...new Set([...memberOf, ...groups.searchEntries.map((g) => asList(g.cn)[0] ?? firstRdnValue(g.dn))])].sort((a, b) => a.localeCompare(b));
    transcript.push(w.groups(names.length, checkWords().list(names)));
    return { server, dn: entry.dn, groups: names };
  } catch (error: unknown) {
    const problem: Problem =
      error instanceof InvalidCredentialsError
        ? { code: 'unauthorized', ...w.badBind(server.label) }
        : (await explainNetworkError(error, endpointOf(server), { timeoutMs: timeout, signal: ctx.signal })).problem;
    transcript.push(w.failed(problem.message));
    return { server, problem };
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
    await client.unbind().catch(() => undefined);
    ctx.evidence.record({
      at,
      durationMs: Math.round(performance.now() - started),
      request: { method: 'LDAP', url: server.label, headers: {} },
      transcript: transcript.map((l) => ctx.masker.text(l)),
    });
  }
}

function describeDifference(reference: { server: Server; dn?: string; groups: string[] }, other: { server: Server; dn?: string; groups: string[] }): string[] {
  if (other === reference) return [];
  const w = checkWords().ldap;
  if (other.dn === undefined) return [w.doesNotKnow(other.server.label)];
  const out: string[] = [];
  if (other.dn.toLowerCase() !== reference.dn!.toLowerCase()) out.push(w.returnsOther(other.server.label, other.dn, reference.dn!));
  const ref = new Set(reference.groups.map((g) => g.toLowerCase()));
  const mine = new Set(other.groups.map((g) => g.toLowerCase()));
  const missing = reference.groups.filter((g) => !mine.has(g.toLowerCase()));
  const extra = other.groups.filter((g) => !ref.has(g.toLowerCase()));
  if (missing.length) out.push(w.lacks(other.server.label, checkWords().list(missing), reference.server.label));
  if (extra.length) out.push(w.extra(other.server.label, checkWords().list(extra)));
  return out;
}

/** Puts values into a filter template, escaped as RFC 4515 requires. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? escapeFilterValue(values[key]!) : whole));
}

export function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function firstRdnValue(dn: string): string {
  const first = /^[^=]+=((?:\\.|[^,])*)/.exec(dn)?.[1];
  return first ? first.replace(/\\(.)/g, '$1') : dn;
}

function asList(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v)));
}

function endpointOf(server: Server): { host: string; port: number } {
  const url = new URL(server.url);
  return { host: url.hostname, port: Number(url.port || (url.protocol === 'ldaps:' ? 636 : 389)) };
}
