import type { Language } from '../i18n/translations';
import { engineWording } from './wording';

/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so that the result never depends on the time zone. */

const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${date}`);
  return ms;
}

export function isIsoDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** "12 days ago", "today", "in 3 days" (「12 日前」…): how `date` relates to `today`, in the language. */
export function relativeDay(date: string, today: string, language: Language = 'en'): string {
  return engineWording(language).relativeDay(daysBetween(today, date));
}
