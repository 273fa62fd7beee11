import { factEnumValues, factKind, factShapes, versionBoundariesInLine, type FactName, type FactValue, type Question } from '../../knowledge';
import type { MessageKey, Translate } from '../i18n';

export type Parsed =
  | { ok: true; value: FactValue }
  | { ok: false; message: MessageKey; params?: Record<string, string> };

const INVALID: Record<ReturnType<typeof factKind>, MessageKey> = {
  version: 'input.invalid.version',
  date: 'input.invalid.date',
  number: 'input.invalid.number',
  string: 'input.invalid.text',
  'string-list': 'input.invalid.list',
  enum: 'input.invalid.choice',
  boolean: 'input.invalid.choice',
};

/**
 * A date as admins have it: ISO (2026-03-31, as Jira and the CLI write it) or as the Azure portal
 * shows it in US English (3/31/2026). With slashes or dots and a first number above 12 the day comes
 * first (31/3/2026, 31.03.2026). Anything else stays as typed and fails the fact's own check.
 */
export function normalizeDate(text: string): string {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  const local = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!local) return text;
  const [first, second] = [Number(local[1]), Number(local[3])];
  // Dots are the European order (day.month.year); slashes are the Azure portal's month/day/year unless that is impossible.
  const dayFirst = local[2] === '.' || first > 12;
  const [month, day] = dayFirst ? [second, first] : [first, second];
  return `${local[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A version as admins say it: 9.12.4, or only its line (4.21, or plain 10) where no rule of the
 * knowledge changes inside that line; there the line stands for its first release. Where a boundary
 * sits inside the line (POP with OAuth 2.0 arrived in 8.13.4), the patch level is asked for.
 */
export function parseVersion(fact: FactName, text: string): Parsed {
  const cleaned = text.replace(/^v/i, '');
  if (/^\d+\.\d+\.\d+$/.test(cleaned)) return { ok: true, value: cleaned };
  const line = /^(\d+)(?:\.(\d+))?(?:\.x)?$/i.exec(cleaned);
  if (!line) return { ok: false, message: 'input.invalid.version' };
  const name = `${line[1]}.${line[2] ?? '0'}`;
  const inside = versionBoundariesInLine(fact, name);
  if (inside.length) return { ok: false, message: 'input.needPatch', params: { line: name, boundary: inside.join(', ') } };
  return { ok: true, value: `${name}.0` };
}

/** Turns what the admin typed into a fact value, or says what to type instead. */
export function parseTyped(fact: FactName, raw: string): Parsed {
  const kind = factKind(fact);
  const text = raw.trim();
  if (kind === 'version' && text !== '') return parseVersion(fact, text);
  let value: unknown = text;
  if (kind === 'date') value = normalizeDate(text);
  if (kind === 'number') value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (kind === 'string-list') value = raw.split('\n').map((line) => line.trim()).filter(Boolean);
  if (text === '') return { ok: false, message: INVALID[kind] };
  const parsed = factShapes[fact].safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: INVALID[kind] };
}

/** The text an input shows for a value already given. */
export function typedText(value: FactValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join('\n') : String(value);
}

export type Choice = { value: string | number | boolean; label: string; hint?: string };

/** The choices of an enum or yes/no question: the knowledge's own words, else plain defaults. */
export function choicesOf(question: Question, t: Translate): Choice[] | undefined {
  if (question.options?.length) return question.options;
  const kind = factKind(question.fact as FactName);
  if (kind === 'boolean') return [{ value: true, label: t('answer.yes') }, { value: false, label: t('answer.no') }];
  if (kind === 'enum') return factEnumValues(question.fact as FactName).map((v) => ({ value: v, label: v }));
  return undefined;
}

/** An answer in the words of its question (the option's label), for the path and the reports. */
/** The question a fact answers, as the admin reads it (the error messages have no question of one problem). */
export function questionText(fact: FactName, question: Question | undefined, t: Translate): string {
  return question?.text ?? (fact === 'errors' ? t('path.errors') : fact);
}

/** Error messages (pasted, or found in logs) are exact strings: the same in every language, never translated or reworded. */
export function isExactAnswer(fact: FactName): boolean {
  return fact === 'errors';
}

export function answerLabel(question: Question | undefined, value: FactValue, t: Translate): string {
  const choice = question && choicesOf(question, t)?.find((c) => c.value === value);
  if (choice) return choice.label;
  if (typeof value === 'boolean') return value ? t('answer.yes') : t('answer.no');
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}
