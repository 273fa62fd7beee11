// Jira's LDAP user directory, against a real LDAP server: find the user with the service
// account, bind as the user to check the password, then read the user's groups. Each node talks
// to ONE LDAP URL, so two nodes pointed at disagreeing servers see different groups (article 000).
import { AndFilter, Client, EqualityFilter, InvalidCredentialsError } from 'ldapts';

export type DirectoryUser = { username: string; displayName: string; email: string; dn: string; groups: string[] };

/** What the directory did, as DEBUG lines for atlassian-jira.log (the loggers article 000 enables). */
export type DirectoryTrace = { logger: string; message: string };

export type AuthenticationResult = { trace: DirectoryTrace[] } & (
  | { outcome: 'ok'; user: DirectoryUser }
  | { outcome: 'not-found' }
  | { outcome: 'bad-password'; user: DirectoryUser }
  | { outcome: 'directory-error'; message: string }
);

export type LdapDirectoryOptions = {
  url: string;
  serviceDn: string;
  servicePassword: string;
  usersDn: string;
  groupsDn: string;
  /** Shown in log lines, as Jira names directories. */
  name?: string;
  timeoutMs?: number;
};

const first = (value: unknown): string => (Array.isArray(value) ? String(value[0] ?? '') : typeof value === 'string' ? value : '');

export class LdapDirectory {
  readonly name: string;

  constructor(private readonly options: LdapDirectoryOptions) {
    this.name = options.name ?? 'LDAP server (10000)';
  }

  private client(): Client {
    const timeout = this.options.timeoutMs ?? 3_000;
    return new Client({ url: this.options.url, timeout, connectTimeout: timeout });
  }

  private async lookup(client: Client, username: string, trace: DirectoryTrace[]): Promise<Omit<DirectoryUser, 'groups'> | undefined> {
    await client.bind(this.options.serviceDn, this.options.servicePassword);
    trace.push({ logger: 'o.s.l.core.support.AbstractContextSource', message: `Got Ldap context on server '${this.options.url}'` });
    const filter = new AndFilter({ filters: [new EqualityFilter({ attribute: 'objectClass', value: 'inetOrgPerson' }), new EqualityFilter({ attribute: 'uid', value: username })] });
    const { searchEntries } = await client.search(this.options.usersDn, { scope: 'one', filter, attributes: ['uid', 'displayName', 'cn', 'mail'] });
    const entry = searchEntries[0];
    if (!entry) return undefined;
    return { username: first(entry.uid) || username, displayName: first(entry.displayName) || first(entry.cn), email: first(entry.mail), dn: entry.dn };
  }

  private async groupsOf(client: Client, dn: string, trace: DirectoryTrace[]): Promise<string[]> {
    const filter = new AndFilter({ filters: [new EqualityFilter({ attribute: 'objectClass', value: 'groupOfUniqueNames' }), new EqualityFilter({ attribute: 'uniqueMember', value: dn })] });
    const started = Date.now();
    const { searchEntries } = await client.search(this.options.groupsDn, { scope: 'one', filter, attributes: ['cn'] });
    trace.push(
      { logger: 'c.a.c.d.ldap.monitoring.ExecutionInfoNameClassPairCallbackHandler', message: `The operation returned ${searchEntries.length} results` },
      { logger: 'c.a.c.d.ldap.monitoring.TimedSupplier', message: `Timed call for search with handler on baseDN: ${this.options.groupsDn}, filter: ${filter.toString()} took ${Date.now() - started}ms` },
    );
    return searchEntries.map((entry) => first(entry.cn)).sort();
  }

  /** The user and their groups as the directory has them now, without a password check (tokens). */
  async findUser(username: string): Promise<DirectoryUser | undefined> {
    const client = this.client();
    try {
      const found = await this.lookup(client, username, []);
      return found && { ...found, groups: await this.groupsOf(client, found.dn, []) };
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }

  async authenticate(username: string, password: string): Promise<AuthenticationResult> {
    const trace: DirectoryTrace[] = [];
    const service = this.client();
    try {
      const found = await this.lookup(service, username, trace);
      if (!found) return { outcome: 'not-found', trace };
      const groups = await this.groupsOf(service, found.dn, trace);
      const user = { ...found, groups };
      const asUser = this.client();
      try {
        await asUser.bind(found.dn, password);
      } catch (error: unknown) {
        if (error instanceof InvalidCredentialsError) return { outcome: 'bad-password', user, trace };
        throw error;
      } finally {
        await asUser.unbind().catch(() => undefined);
      }
      return { outcome: 'ok', user, trace };
    } catch (error: unknown) {
      return { outcome: 'directory-error', message: error instanceof Error ? error.message : String(error), trace };
    } finally {
      await service.unbind().catch(() => undefined);
    }
  }
}
