/**
 * Dates as dumps write them → calendar month. Forms: ISO 8601, 2025/03/07 14:05, 2025-03-07,
 * 2025.03.07, 2025年3月7日, epoch seconds or milliseconds (read in Hong Kong time, UTC+8).
 */
const YMD = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?)?/;
const EPOCH = /^\s*(\d{10}|\d{13})(?:\.\d+)?\s*$/;
const HK_OFFSET_MS = 8 * 3600 * 1000;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function parseCalendarDate(value: unknown): CalendarDate | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return fromEpoch(String(Math.trunc(value)));
  if (typeof value !== 'string') return undefined;
  const epoch = EPOCH.exec(value);
  if (epoch) return fromEpoch(epoch[1]!);
  const m = YMD.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day };
}

function fromEpoch(digits: string): CalendarDate {
  const ms = digits.length === 13 ? Number(digits) : Number(digits) * 1000;
  const d = new Date(ms + HK_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "YYYY-MM", or "" when the value is missing or unreadable. */
export function monthKey(value: unknown): string {
  const d = parseCalendarDate(value);
  return d === undefined ? '' : `${d.year}-${String(d.month).padStart(2, '0')}`;
}

/** "YYYY-MM-DD", or "" when unreadable. */
export function dayKey(value: unknown): string {
  const d = parseCalendarDate(value);
  return d === undefined ? '' : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
