/**
 * Relative dates as platforms show them, read against the collection date (--collected-at):
 * a word for now, a day word and a time (yesterday 14:05), a count and a unit (3 hours ago, in
 * either language's words: lexicons/dates/words.yaml), and a month and day with a time but no year
 * (the latest such day not after the collection). Units under a day
 * give a moment when the collection date has a time, else the collection day.
 */
import type { Grammar } from './grammar.js';
import { validDay, type DateReading, type ParsedDate } from './parsed.js';
import type { Unit } from './words.js';
import { instantOf, wallClockOf, type Zone } from './zone.js';

export interface Reference {
  /** A moment, or a day when --collected-at gave no time. */
  readonly date: ParsedDate;
  readonly zone: Zone;
}

const UNIT_MS: Partial<Record<Unit, number>> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

function refDay(ref: Reference): { year: number; month: number; day: number } {
  if (ref.date.kind === 'instant') {
    const w = wallClockOf(ref.date.ms, ref.zone);
    return { year: w.year, month: w.month, day: w.day };
  }
  return ref.date.kind === 'day' ? ref.date : { year: ref.date.year, month: ref.date.month, day: 1 };
}

function shiftDays(day: { year: number; month: number; day: number }, back: number): ParsedDate {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day - back));
  return { kind: 'day', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dayAndTime(day: ParsedDate & { kind: 'day' }, rest: string, g: Grammar, zone: Zone): DateReading {
  const time = g.time(rest);
  if (time === undefined) return { problem: 'not_a_date' };
  if (time === null) return { date: day };
  const wall = { year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute, second: time.second, millisecond: time.millisecond };
  return { date: { kind: 'instant', ms: instantOf(wall, zone) } };
}

function ago(count: number, unit: Unit, ref: Reference): ParsedDate {
  const ms = UNIT_MS[unit];
  if (ms !== undefined && ref.date.kind === 'instant') {
    const at = ref.date.ms - Math.round(count * ms);
    if (unit === 'second' || unit === 'minute' || unit === 'hour') return { kind: 'instant', ms: at };
    const w = wallClockOf(at, ref.zone);
    return { kind: 'day', year: w.year, month: w.month, day: w.day };
  }
  const day = refDay(ref);
  if (ms !== undefined) return ms < UNIT_MS.day! ? { kind: 'day', ...day } : shiftDays(day, Math.floor((count * ms) / UNIT_MS.day!));
  const months = Math.round(count * (unit === 'year' ? 12 : 1));
  const d = new Date(Date.UTC(day.year, day.month - 1 - months, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return { kind: 'day', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: Math.min(day.day, last) };
}

function monthDay(m: RegExpExecArray, text: string, g: Grammar, ref: Reference): DateReading {
  const today = refDay(ref);
  const [month, day] = [Number(m[1]), Number(m[2])];
  const year = month > today.month || (month === today.month && day > today.day) ? today.year - 1 : today.year;
  if (!validDay(year, month, day)) return { problem: 'impossible' };
  return dayAndTime({ kind: 'day', year, month, day }, text.slice(m[0].length), g, ref.zone);
}

/** A relative form, or undefined when the text is none; needs_collected_at without a reference. */
export function relativeDate(text: string, g: Grammar, ref: Reference | undefined): DateReading | undefined {
  const isNow = g.now.test(text);
  const agoMatch = isNow ? null : g.ago.exec(text);
  const dayMatch = isNow || agoMatch ? null : g.dayWord.exec(text);
  const monthDayMatch = isNow || agoMatch || dayMatch ? null : g.monthDay.exec(text);
  if (!isNow && !agoMatch && !dayMatch && !monthDayMatch) return undefined;
  if (ref === undefined) return { problem: 'needs_collected_at' };
  if (isNow) return { date: ref.date.kind === 'month' ? { kind: 'day', ...refDay(ref) } : ref.date };
  if (agoMatch) {
    const count = g.count(agoMatch[1]!);
    const unit = g.unit(agoMatch[2]!);
    return count === undefined || unit === undefined ? { problem: 'not_a_date' } : { date: ago(count, unit, ref) };
  }
  if (dayMatch) {
    const back = g.daysBack(dayMatch[1]!) ?? 0;
    return dayAndTime(shiftDays(refDay(ref), back) as ParsedDate & { kind: 'day' }, text.slice(dayMatch[0].length), g, ref.zone);
  }
  return monthDay(monthDayMatch!, text, g, ref);
}
