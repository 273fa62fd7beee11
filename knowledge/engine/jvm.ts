/**
 * Jira's JVM system properties, read from whatever an admin pastes: the "JVM Input Arguments" row of
 * System info (one line, or one argument per line), `setenv.sh` lines (`VAR="… -Dx=y …"`, `export`,
 * `CATALINA_OPTS`, `${…}` references), `setenv.bat` lines (`set VAR=…`, `set "VAR=…"`, `^|`), a
 * Java Service Wrapper's `wrapper.java.additional.N=-D…`, and a Windows service's registry export
 * (`"Options"=hex(7):…` from a .reg file, or `reg query` output with `\0` between the arguments).
 *
 * Commented-out lines (`#`, `rem`, `::`, `;`) set nothing: a proxy line an admin disabled is not a
 * proxy. When a property is set twice the last one wins, as in the JVM. A `${NAME}`, `$NAME` or
 * `%NAME%` in a value is replaced when the paste also assigns NAME, and kept as written otherwise.
 */
export function systemProperties(text: string): Map<string, string> {
  const lines = decodeRegistryExports(text)
    .replace(/\\0/g, '\n')
    .split(/\r?\n/)
    .filter((line) => !COMMENT.test(line));
  const assigned = assignments(lines);
  const properties = new Map<string, string>();
  for (const line of lines) {
    for (const { name, value } of propertiesIn(line)) properties.set(name, resolve(value, assigned));
  }
  return properties;
}

const COMMENT = /^\s*(?:#|;|::|@?rem(?:\s|$))/i;

/** A `-D` starts an argument at the start of a line, after blanks, quotes, `=` (VAR=-D…) or a list separator. */
const ARGUMENT_START = /(?:^|[\s"'=,([])-D(?=[^\s=])/g;

function propertiesIn(line: string): { name: string; value: string }[] {
  const found: { name: string; value: string }[] = [];
  for (const match of line.matchAll(ARGUMENT_START)) {
    let i = match.index + match[0].length;
    let name = '';
    while (i < line.length && !/[\s="'\\,)\]]/.test(line[i]!)) name += line[i++];
    if (!name) continue;
    if (line[i] !== '=') {
      found.push({ name, value: '' });
      continue;
    }
    found.push({ name, value: readValue(line, i + 1) });
  }
  return found;
}

/**
 * One value: quoted ("…", '…', or \"…\" inside an enclosing quoted string) or bare up to a blank or
 * the quote that closes the enclosing string. Shell and cmd escapes of `|` and `*` are undone.
 */
function readValue(line: string, start: number): string {
  let i = start;
  let value = '';
  let quote: string | undefined;
  if (line.startsWith('\\"', i)) {
    quote = '\\"';
    i += 2;
  } else if (line[i] === '"' || line[i] === "'") {
    quote = line[i];
    i += 1;
  }
  while (i < line.length) {
    if (quote && line.startsWith(quote, i)) break;
    const c = line[i]!;
    if (!quote && (/\s/.test(c) || c === '"' || c === "'")) break;
    if ((c === '^' || c === '\\') && (line[i + 1] === '|' || line[i + 1] === '*')) {
      i += 1;
      continue;
    }
    value += c;
    i += 1;
  }
  return value;
}

/** `NAME=value`, `export NAME=value`, `set NAME=value`, `set "NAME=value"`: the values ${NAME} may refer to. */
function assignments(lines: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of lines) {
    const m = /^\s*(?:export\s+|set\s+)?"?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/i.exec(line);
    if (!m) continue;
    const raw = m[2]!.trim().replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1').replace(/"$/, '');
    values.set(m[1]!, raw);
  }
  return values;
}

function resolve(value: string, assigned: ReadonlyMap<string, string>): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)|%([A-Za-z_][A-Za-z0-9_]*)%/g, (ref, a, b, c) => {
    const replacement = assigned.get((a ?? b ?? c) as string);
    return replacement !== undefined && !/-D/.test(replacement) ? replacement : ref;
  });
}

/**
 * A .reg export stores a REG_MULTI_SZ (the Procrun service's "Options") as `hex(7):2d,00,44,00,…`,
 * UTF-16LE with NUL between the strings, wrapped over lines ending in `\`. Decoded to one argument per line.
 */
function decodeRegistryExports(text: string): string {
  return text.replace(/hex\((?:7|2)\):((?:[0-9a-f]{2},?(?:\\\r?\n\s*)?)+)/gi, (_all, hex: string) => {
    const bytes = (hex.match(/[0-9a-f]{2}/gi) ?? []).map((h) => parseInt(h, 16));
    let decoded = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) decoded += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
    return `\n${decoded.replace(/\0+/g, '\n')}\n`;
  });
}

/**
 * Java's `http.nonProxyHosts` test (also used for HTTPS): patterns separated by `|`, case-insensitive,
 * with `*` as a wildcard at the start or the end of a pattern. Only `|` separates: a comma-separated list
 * is one long pattern to Java, which matches nothing.
 */
export function bypassesProxy(host: string, nonProxyHosts: string): boolean {
  const target = host.trim().toLowerCase().replace(/\.$/, '');
  return nonProxyHosts
    .split('|')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .some((pattern) => {
      const starts = pattern.startsWith('*');
      const ends = pattern.endsWith('*') && pattern.length > 1;
      const core = pattern.slice(starts ? 1 : 0, ends ? -1 : undefined);
      if (starts && ends) return target.includes(core);
      if (starts) return target.endsWith(core);
      if (ends) return target.startsWith(core);
      return target === core;
    });
}
