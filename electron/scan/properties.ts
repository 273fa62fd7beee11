/**
 * Reads the few values the scan needs from a Jira support zip's configuration files.
 *
 * `application-properties/application.xml` (written by Atlassian's support tools) holds the JVM
 * input arguments as `<JVM-Input-Arguments>` in older zips and `<stp-properties-java-vm-arguments>`
 * in newer ones (Atlassian's own support-zip analyser reads both, plus `<virtual-machine-arguments>`),
 * the Jira version as `<Version>` or `<product name="…" version="…">`, and the installed apps, among
 * them Jira Service Management (app key `com.atlassian.servicedesk`). `application.properties` is
 * read as `key = value` / `key: value` lines with the same names. `cluster.properties` names the
 * node (`jira.node.id`).
 */

export type ApplicationProperties = { jvmArgs?: string; jiraVersion?: string; jsmVersion?: string };

const JVM_ELEMENTS = ['JVM-Input-Arguments', 'stp-properties-java-vm-arguments', 'virtual-machine-arguments'];
const JSM_APP_KEY = 'com.atlassian.servicedesk';
const VERSION = /^\d+\.\d+\.\d+/;

export function readApplicationProperties(text: string): ApplicationProperties {
  const found: ApplicationProperties = {};
  for (const name of JVM_ELEMENTS) {
    const value = element(text, name) ?? property(text, name);
    if (value) {
      found.jvmArgs = value.replace(/\s+/g, ' ').trim();
      break;
    }
  }
  const product = /<product\b[^<>]*\bversion="([^"]+)"/.exec(text)?.[1];
  const version = product ?? element(text, 'Version') ?? property(text, 'Version');
  const jira = version && VERSION.exec(version)?.[0];
  if (jira) found.jiraVersion = jira;
  const jsm = jsmVersion(text);
  if (jsm) found.jsmVersion = jsm;
  return found;
}

export function readNodeId(clusterProperties: string): string | undefined {
  return /^[ \t]*jira\.node\.id[ \t]*[=:][ \t]*(\S+)/m.exec(clusterProperties)?.[1];
}

function element(text: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([^<]*)</${name}>`).exec(text);
  return m ? unescapeXml(m[1]!).trim() : undefined;
}

function property(text: string, name: string): string | undefined {
  const key = name.replace(/-/g, '[-. ]');
  return new RegExp(`^[ \\t]*${key}[ \\t]*[=:][ \\t]*(.+)$`, 'mi').exec(text)?.[1]?.trim();
}

/** The version of the installed app whose key is JSM's, from the app list of application.xml. */
function jsmVersion(text: string): string | undefined {
  for (const block of text.matchAll(/<plugin\b[^<>]*>((?:(?!<plugin\b)[\s\S])*?)<\/plugin>/g)) {
    const body = block[1]!;
    const key = /<(?:stp-properties-plugins-plugin-)?key>([^<]*)</.exec(body)?.[1]?.trim();
    if (key !== JSM_APP_KEY) continue;
    const version = /<(?:stp-properties-plugins-plugin-)?version>([^<]*)</.exec(body)?.[1]?.trim();
    return version ? VERSION.exec(version)?.[0] : undefined;
  }
  return undefined;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/&amp;/g, '&');
}
