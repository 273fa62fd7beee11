import type { FactName, FactValue } from '../contract/facts';

/**
 * Response headers whose value is itself a fact: pasted once (with the error, from `curl -i`, from
 * a HAR), they answer the question about that header instead of being asked again. The header
 * names are Jira's own (jira-facts, Seraph and the login gate; article 002).
 */
const HEADER_FACTS: { header: string; fact: FactName; value: (raw: string) => FactValue | undefined }[] = [
  { header: 'x-seraph-loginreason', fact: 'auth.loginReason', value: (raw) => raw },
  { header: 'x-authentication-denied-reason', fact: 'auth.deniedReason', value: (raw) => raw },
  // Only a request header the admin pasted says the call sends it; its absence proves nothing.
  { header: 'x-atlassian-token', fact: 'request.hasNoCheckHeader', value: (raw) => (/^no-check$/i.test(raw) ? true : undefined) },
];

/** The facts that header lines (`Name: value`) among pasted texts give, the first line of each header winning. */
export function factsFromHeaders(texts: readonly string[]): Partial<Record<FactName, FactValue>> {
  const found: Partial<Record<FactName, FactValue>> = {};
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      // Linear: the value is trimmed in code, not by a lazy group between two runs of spaces.
      const match = /^[ \t]*(?:[<>][ \t]*)?([A-Za-z][A-Za-z0-9-]*)[ \t]*:(.*)$/.exec(line);
      if (!match) continue;
      const entry = HEADER_FACTS.find((h) => h.header === match[1]!.toLowerCase());
      const raw = match[2]!.trim();
      if (!entry || found[entry.fact] !== undefined || raw === '') continue;
      const value = entry.value(raw);
      if (value !== undefined) found[entry.fact] = value;
    }
  }
  return found;
}
