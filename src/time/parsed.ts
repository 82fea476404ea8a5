/**
 * What a date reads as — a moment, a calendar day or a month — or why it cannot be read, and the
 * normalised form written back into `published_at`: ISO 8601 in the study's zone
 * (2025-04-01T04:00:00+08:00), a day (2025-03-31) or a month (2025-03).
 */
import { wallClockOf, type Zone } from './zone.js';

export type ParsedDate =
  | { readonly kind: 'instant'; readonly ms: number }
  | { readonly kind: 'day'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number };

/**
 * needs_order: 03/04/2025 without a known day/month order; not_in_order: a value impossible in the
 * order in force (13/31/2025 as mdy); needs_collected_at: a relative form (yesterday, 3 hours ago) with no
 * collection date; impossible: 2025-02-30, 25:00; not_a_date: anything else.
 */
export type DateProblem = 'needs_order' | 'not_in_order' | 'needs_collected_at' | 'impossible' | 'not_a_date';

export type DateReading = { readonly date: ParsedDate } | { readonly problem: DateProblem };

const pad = (n: number, width = 2) => (n < 10 && width === 2 ? `0${n}` : String(n).padStart(width, '0'));

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

export function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

export function formatDate(date: ParsedDate, zone: Zone): string {
  if (date.kind === 'month') return `${pad(date.year, 4)}-${pad(date.month)}`;
  if (date.kind === 'day') return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
  const w = wallClockOf(date.ms, zone);
  const ms = w.millisecond === 0 ? '' : `.${pad(w.millisecond, 3)}`;
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${ms}${offsetText(w.offset)}`;
}

/** "YYYY-MM-DD" in the zone (a month reads as its first day). */
export function dayOf(date: ParsedDate, zone: Zone): string {
  if (date.kind === 'month') return `${pad(date.year, 4)}-${pad(date.month)}-01`;
  if (date.kind === 'day') return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
  const w = wallClockOf(date.ms, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}
