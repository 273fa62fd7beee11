/**
 * Links the app may open outside itself: https only, to the hosts where the articles and the
 * vendors' documentation live. Pure, shared by the Electron main process and the browser client.
 */
export const EXTERNAL_HOSTS = [
  'confluence.atlassian.com',
  'jira.atlassian.com',
  'support.atlassian.com',
  'developer.atlassian.com',
  'marketplace.atlassian.com',
  'learn.microsoft.com',
  'www.keycloak.org',
] as const;

export function checkExternalUrl(input: string): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, message: `"${input}" is not a web address` };
  }
  if (url.protocol !== 'https:') return { ok: false, message: `only https links open outside the app (got ${url.protocol})` };
  if (url.username || url.password) return { ok: false, message: 'links with a user name or password are not opened' };
  if (url.port !== '') return { ok: false, message: 'links with an explicit port are not opened' };
  if (!(EXTERNAL_HOSTS as readonly string[]).includes(url.hostname)) {
    return { ok: false, message: `links to ${url.hostname} are not opened; allowed: ${EXTERNAL_HOSTS.join(', ')}` };
  }
  return { ok: true, url: url.href };
}
