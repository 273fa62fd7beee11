import { factEnumValues, factKind, factShapes, type FactName, type FactValue, type Question } from '../../knowledge';
import type { MessageKey, Translate } from '../i18n';

export type Parsed = { ok: true; value: FactValue } | { ok: false; message: MessageKey };

const INVALID: Record<ReturnType<typeof factKind>, MessageKey> = {
  version: 'input.invalid.version',
  date: 'input.invalid.date',
  number: 'input.invalid.number',
  string: 'input.invalid.text',
  'string-list': 'input.invalid.list',
  enum: 'input.invalid.choice',
  boolean: 'input.invalid.choice',
};

/** Turns what the admin typed into a fact value, or says what to type instead. */
export function parseTyped(fact: FactName, raw: string): Parsed {
  const kind = factKind(fact);
  const text = raw.trim();
  let value: unknown = text;
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
export function answerLabel(question: Question | undefined, value: FactValue, t: Translate): string {
  const choice = question && choicesOf(question, t)?.find((c) => c.value === value);
  if (choice) return choice.label;
  if (typeof value === 'boolean') return value ? t('answer.yes') : t('answer.no');
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}
