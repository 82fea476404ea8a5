/**
 * A classified record's date → the day and month it counts in, in the study's zone. Records
 * written by yuqing classify carry ISO 8601 already; other forms are read as the reader reads
 * dumps (numeric day/month dates only in a known order).
 */
import { dayOf } from '../time/parsed.js';
import type { DateReader } from '../time/read-date.js';

export interface RecordDate {
  /** "YYYY-MM-DD", or "" when missing or unreadable. */
  readonly day: string;
  /** "YYYY-MM", or "". */
  readonly month: string;
  /** The value as given, when present but unreadable. */
  readonly unreadable?: string;
}

const NONE: RecordDate = { day: '', month: '' };

export function recordDate(reader: DateReader, value: unknown): RecordDate {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return NONE;
  const reading = reader.read(value);
  if ('problem' in reading) return { ...NONE, unreadable: typeof value === 'string' ? value : JSON.stringify(value) };
  const day = dayOf(reading.date, reader.zone);
  return { day, month: day.slice(0, 7) };
}
