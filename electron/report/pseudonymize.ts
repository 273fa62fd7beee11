import { mapStrings } from '../text/map-strings';

/**
 * Consistent pseudonyms for reports that leave the company: the same host, user name or IP address
 * gets the same stand-in everywhere in one report, so the report still reads coherently
 * ("node jira-host-2 answered 401 for user-1"). Public service hosts that solutions name
 * (Microsoft, Google, Atlassian) stay as they are: they identify nobody and the fix needs them.
 */

const PUBLIC_SUFFIXES = [
  'microsoftonline.com', 'microsoftonline.us', 'microsoftonline.cn', 'office365.com', 'office365.us', 'office.com',
  'outlook.com', 'outlook.cn', 'microsoft.com', 'microsoft.us', 'azure.com', 'windows.net', 'live.com', 'aka.ms',
  'google.com', 'gmail.com', 'googleapis.com', 'atlassian.com', 'atlassian.net', 'example.com', 'example.org', 'example.net',
];

const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;
const EMAIL = /\b([a-z0-9._%+-]+)@((?:[a-z0-9-]+\.)+[a-z]{2,})\b/gi;
/** Hosts in URLs (scheme://host) and in LDAP/mail style strings. */
const URL_HOST = /\b([a-z][a-z0-9+.-]*:\/\/)(?:[^@/\s]*@)?([a-z0-9.-]+\.[a-z]{2,}|[a-z0-9-]+)(?=[:/\s'"?#)]|$)/gi;
/** Host names in JVM properties: `-Dhttps.proxyHost=proxy.corp`, `-Dhttp.nonProxyHosts=a|*.b.com`, `mail.imaps.proxy.host=…`. */
const HOST_PROPERTY = /\b[\w.-]*?(?:host|hosts)=([^\s"']+)/gi;
/** User names the security log and Jira's messages quote. */
const QUOTED_USER = /\b(?:user|login :|authenticate user|for user)\s+'([^'\s]+)'/gi;

export class Pseudonymizer {
  private readonly hosts = new Map<string, string>();
  private readonly users = new Map<string, string>();
  private readonly ips = new Map<string, string>();

  /** Registers identifiers known from structured data, so they are replaced wherever they appear. */
  knownHost(host: string | undefined): void {
    if (host && !isPublic(host)) this.host(host);
  }

  knownUser(user: string | undefined): void {
    if (user && user !== 'anonymous' && user.length >= 2) this.user(user);
  }

  /** Learns the identifiers a text reveals (URLs, quoted user names, e-mail addresses). */
  learn(text: string): void {
    for (const m of text.matchAll(URL_HOST)) this.knownHost(m[2]);
    for (const m of text.matchAll(HOST_PROPERTY)) {
      for (const host of m[1]!.split('|')) if (/[a-z]/i.test(host)) this.knownHost(host.replace(/^\*\./, ''));
    }
    for (const m of text.matchAll(QUOTED_USER)) this.knownUser(m[1]);
    for (const m of text.matchAll(EMAIL)) {
      this.knownUser(m[1]);
      this.knownHost(m[2]);
    }
  }

  apply(text: string): string {
    let out = text.replace(EMAIL, (all, user: string, host: string) => (isPublic(host) ? all : `${this.user(user)}@${this.host(host)}`));
    // Longest first, so "jira.corp.local" is replaced before "corp.local".
    for (const [real, fake] of [...this.hosts].sort((a, b) => b[0].length - a[0].length)) out = replaceWord(out, real, fake);
    for (const [real, fake] of [...this.users].sort((a, b) => b[0].length - a[0].length)) out = replaceWord(out, real, fake);
    out = out.replace(IPV4, (ip) => this.ip(ip));
    return out.replace(IPV6, (ip) => (ip.includes('::') || ip.split(':').length >= 4 ? this.ip(ip.toLowerCase()) : ip));
  }

  /** Learns from every string of a value, then replaces in every string. */
  deep<T>(value: T): T {
    mapStrings(value, (s) => {
      this.learn(s);
      return s;
    });
    return mapStrings(value, (s) => this.apply(s));
  }

  private host(host: string): string {
    const key = host.toLowerCase();
    let fake = this.hosts.get(key);
    if (!fake) this.hosts.set(key, (fake = `host-${this.hosts.size + 1}.example`));
    return fake;
  }

  private user(user: string): string {
    let fake = this.users.get(user);
    if (!fake) this.users.set(user, (fake = `user-${this.users.size + 1}`));
    return fake;
  }

  private ip(ip: string): string {
    let fake = this.ips.get(ip);
    // 192.0.2.0/24 and 2001:db8::/32 are reserved for documentation: a stand-in can never be real.
    if (!fake) this.ips.set(ip, (fake = ip.includes(':') ? `2001:db8::${this.ips.size + 1}` : `192.0.2.${this.ips.size + 1}`));
    return fake;
  }
}

function isPublic(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost') return true;
  return PUBLIC_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`));
}

function replaceWord(text: string, word: string, by: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A host inside a URL-encoded URL (`redirect_uri=https%3A%2F%2Fjira.corp%2F…`) follows an escape such as %2F: that is a boundary too.
  return text.replace(new RegExp(`(?<!(?<!%[0-9a-f])[\\w.-])${escaped}(?![\\w-]|\\.[\\w])`, 'gi'), by);
}

