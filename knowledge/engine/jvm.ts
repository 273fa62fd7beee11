/**
 * The `-D` system properties of a JVM argument line (as shown in Jira's System info, "JVM Input
 * Arguments", or written in setenv.sh). Values may be quoted; a property without `=` has value "".
 */
export function systemProperties(args: string): Map<string, string> {
  const properties = new Map<string, string>();
  const pattern = /(?:^|\s)["']?-D([^=\s"']+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']*)))?/g;
  for (const match of args.matchAll(pattern)) {
    properties.set(match[1]!, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return properties;
}
