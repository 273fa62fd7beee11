import type { Signature } from '../knowledge/schema';

/** The catalogue's JavaScript expressions in another regex dialect; those that have no equivalent are left out and named. */
export function convert(all: readonly Signature[], dialect: (source: string) => string | undefined): { patterns: string[]; notes: string[] } {
  const patterns: string[] = [];
  const left: string[] = [];
  for (const s of all) {
    const converted = s.flags?.includes('i') ? undefined : dialect(s.pattern);
    if (converted) patterns.push(converted);
    else left.push(s.id);
  }
  const name = dialect === toRipgrep ? 'rg' : 'grep -E';
  return { patterns, notes: left.length ? [`${name} ran without ${left.join(', ')} (lookaround or case flags have no equivalent there)`] : [] };
}

export function toRipgrep(source: string): string | undefined {
  if (/\(\?<?[=!]/.test(source)) return undefined;
  return source.replace(/\(\?<([A-Za-z_]\w*)>/g, '(?P<$1>');
}

export function toExtendedRegex(source: string): string | undefined {
  if (/\(\?<?[=!]/.test(source)) return undefined;
  return source
    .replace(/\(\?<[A-Za-z_]\w*>/g, '(')
    .replace(/\(\?:/g, '(')
    .replace(/\\d/g, '[0-9]')
    .replace(/\\s/g, '[[:space:]]')
    .replace(/\\S/g, '[^[:space:]]')
    .replace(/([*+?}])\?/g, '$1')
    .replace(/\\'/g, "'")
    // In POSIX brackets a backslash is literal and a leading ] is the bracket itself.
    .replace(/\[(\^?)\\\]/g, '[$1]');
}
