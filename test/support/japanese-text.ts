import type { Evidence } from '../../knowledge/contract/checks';

/** Hiragana, katakana or kanji: the text is Japanese (at least in part). */
export const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * What stays exact in a Japanese text, as the issue lists it (scopes, endpoints, header values,
 * versions, commands, the servers' own messages), taken out before looking for English: anything
 * quoted, addresses, and every token with a digit, a dot, a slash, an equals sign, an at sign, an
 * underscore, a colon or an arrow (hosts, ports, DNs, filters, paths, codes), options (--x, -x)
 * and hyphenated names (client ids, check ids).
 */
const EXACT = [
  /"[^"]*"|“[^”]*”/g,
  /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi,
  /\S*[\d./=@_:→<>]\S*/g,
  /(?<![\w-])--?[a-z][\w-]*/gi,
  /\S*\w-\w\S*/g,
];

/**
 * Names that keep their English in the Japanese texts: products, and menu paths or labels that no
 * Japanese page of Atlassian or Microsoft confirms (the issue asks for the English path then).
 */
const NAMES = ['Outlook on the web', 'Reset failed login count', 'Proxy Authentication Required', 'Direct Access Grants'];

/** Words no English sentence goes without: one of them outside the exact strings is English prose. */
const FUNCTION_WORDS = /\b(the|and|or|of|to|is|are|was|were|not|with|for|this|that|which|by|on|in|at|as|be|it|its|has|have|from|but|an|than|then|when|so|if|you|your|can|may|will|would|could|should|does|did|do|no|any|every|only|here|there)\b/gi;

/** The English words left in `text` once its exact strings and names are taken out (none in good Japanese). */
export function englishWords(text: string): string[] {
  let rest = text;
  for (const name of NAMES) rest = rest.split(name).join(' ');
  for (const pattern of EXACT) rest = rest.replace(pattern, ' ');
  return [...rest.matchAll(FUNCTION_WORDS)].map((m) => m[0]);
}

/**
 * Every sentence a check wrote in a piece of evidence, with where it is: its title, what it
 * concluded and why, its problem, notes, tally labels, and its transcripts' own lines (not the
 * protocol's lines, `C:` and `S:`, which are what the server and the check sent, exact).
 */
export function sentencesOf(e: Evidence): { where: string; text: string }[] {
  return [
    { where: 'title', text: e.title },
    ...e.concluded.map((c) => ({ where: `why ${c.fact}`, text: c.why })),
    ...(e.problem ? [{ where: 'problem', text: e.problem.message }, ...(e.problem.advice ? [{ where: 'advice', text: e.problem.advice }] : [])] : []),
    ...e.notes.map((text) => ({ where: 'note', text })),
    ...(e.tallies ?? []).map((t) => ({ where: 'tally', text: t.label })),
    ...e.exchanges.flatMap((x) => (x.transcript ?? []).filter((line) => !/^[CS]: /.test(line)).map((text) => ({ where: 'transcript', text }))),
  ];
}

/** The sentences of `evidence` that are not Japanese, or carry English prose outside the exact strings. */
export function notJapanese(evidence: readonly Evidence[]): string[] {
  return evidence.flatMap((e) =>
    sentencesOf(e)
      .filter(({ text }) => !JAPANESE.test(text) || englishWords(text).length > 0)
      .map(({ where, text }) => `${e.check} ${where}: ${text} [${englishWords(text).join(' ')}]`),
  );
}
