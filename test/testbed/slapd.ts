// A real OpenLDAP server (slapd, back_mdb) loaded from LDIF. Two of them hold the same people
// with different group data, which is article 000's cause 2 (an LDAP cluster whose nodes disagree).
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LOOPBACK, startProcess, waitForPort, type ServerProcess } from './processes';
import type { Certificate } from './tls';
import { ALL_USERS, type TestUser } from './users';

const run = promisify(execFile);

export const LDAP_SUFFIX = 'dc=example,dc=test';
export const LDAP_PEOPLE = `ou=people,${LDAP_SUFFIX}`;
export const LDAP_GROUPS = `ou=groups,${LDAP_SUFFIX}`;
/** The service account Jira's user directory binds with (a test-only value). */
export const LDAP_SERVICE = { dn: `cn=admin,${LDAP_SUFFIX}`, password: 'ldap-admin-testbed-pw' };

export type LdapVariant = 'good' | 'stale';

export const userDn = (username: string): string => `uid=${username},${LDAP_PEOPLE}`;

/** LDIF wants base64 for values that are not plain ASCII. */
function attribute(name: string, value: string): string {
  return /^[\x20-\x7e]*$/.test(value) && !value.startsWith(' ') && !value.startsWith(':')
    ? `${name}: ${value}`
    : `${name}:: ${Buffer.from(value, 'utf8').toString('base64')}`;
}

export function directoryLdif(users: readonly TestUser[], variant: LdapVariant): string {
  const entries: string[][] = [
    ['dn: ' + LDAP_SUFFIX, 'objectClass: dcObject', 'objectClass: organization', 'dc: example', 'o: Example Test'],
    [`dn: ${LDAP_PEOPLE}`, 'objectClass: organizationalUnit', 'ou: people'],
    [`dn: ${LDAP_GROUPS}`, 'objectClass: organizationalUnit', 'ou: groups'],
  ];
  const members = new Map<string, string[]>();
  for (const user of users) {
    entries.push([
      attribute('dn', userDn(user.username)),
      'objectClass: inetOrgPerson',
      attribute('uid', user.username),
      attribute('cn', user.displayName),
      attribute('sn', user.displayName.split(' ').at(-1) ?? user.username),
      attribute('displayName', user.displayName),
      `mail: ${user.email}`,
      attribute('userPassword', user.password),
    ]);
    for (const group of variant === 'good' ? user.groups : user.staleGroups) {
      members.set(group, [...(members.get(group) ?? []), userDn(user.username)]);
    }
  }
  // groupOfUniqueNames, as in the article's search filter; such a group needs at least one member.
  for (const [group, dns] of members) {
    entries.push([`dn: cn=${group},${LDAP_GROUPS}`, 'objectClass: groupOfUniqueNames', `cn: ${group}`, ...dns.map((dn) => attribute('uniqueMember', dn))]);
  }
  return entries.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}

function slapdConf(dir: string, cert: Certificate): string {
  return [
    ...['core', 'cosine', 'nis', 'inetorgperson'].map((schema) => `include /etc/ldap/schema/${schema}.schema`),
    `TLSCertificateFile ${cert.certFile}`,
    `TLSCertificateKeyFile ${cert.keyFile}`,
    `pidfile ${join(dir, 'slapd.pid')}`,
    `argsfile ${join(dir, 'slapd.args')}`,
    'modulepath /usr/lib/ldap',
    'moduleload back_mdb',
    'database mdb',
    `suffix "${LDAP_SUFFIX}"`,
    `rootdn "${LDAP_SERVICE.dn}"`,
    `rootpw ${LDAP_SERVICE.password}`,
    `directory ${join(dir, 'data')}`,
    'access to attrs=userPassword by anonymous auth by self read by * none',
    'access to * by * read',
    '',
  ].join('\n');
}

export type Slapd = { url: string; tlsUrl: string; port: number; variant: LdapVariant; process: ServerProcess };

/** Listens with `ldap://` on `port` and `ldaps://` (the test bed's certificate) on `tlsPort`. */
export async function startSlapd(dir: string, port: number, tlsPort: number, variant: LdapVariant, cert: Certificate): Promise<Slapd> {
  await mkdir(join(dir, 'data'), { recursive: true });
  const conf = join(dir, 'slapd.conf');
  const ldif = join(dir, 'data.ldif');
  await writeFile(conf, slapdConf(dir, cert));
  await writeFile(ldif, directoryLdif(ALL_USERS, variant));
  await run('slapadd', ['-q', '-f', conf, '-l', ldif]);
  const url = `ldap://${LOOPBACK}:${port}`;
  const tlsUrl = `ldaps://${LOOPBACK}:${tlsPort}`;
  // `-d 0` keeps slapd in the foreground, so its process id is the child's and it logs to us.
  const server = startProcess(`slapd (${variant})`, 'slapd', ['-d', '0', '-f', conf, '-h', `${url}/ ${tlsUrl}/`], join(dir, 'slapd.log'));
  await Promise.all([waitForPort(server, port), waitForPort(server, tlsPort)]);
  return { url, tlsUrl, port, variant, process: server };
}
