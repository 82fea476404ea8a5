/**
 * Reading one date value as dumps write it: epoch seconds or milliseconds, Excel serial days
 * (wall-clock local time), year-first dates, numeric day/month/year in the order in force, an
 * optional time with or without an offset, and relative forms against the collection date. A
 * time without an offset is a wall-clock time in the study's zone (Hong Kong by default).
 */
import { YuqingError } from '../errors.js';
import { compileGrammar, type Grammar, type TimeOfDay } from './grammar.js';
import { formatDate, validDay, type DateProblem, type DateReading, type ParsedDate } from './parsed.js';
import { relativeDate, type Reference } from './relative.js';
import type { DateWords } from './words.js';
import { createZone, instantOf, type Zone } from './zone.js';

export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export interface DateSettings {
  /** The order of numeric day/month/year dates (31/03/2025 is dmy); unset: such dates need detecting first. */
  readonly order?: DateOrder;
  /** IANA name or fixed offset. */
  readonly timezone: string;
  /** When the dump was collected (ISO date or date-time, in the zone): the reference of relative dates. */
  readonly collectedAt?: string;
  readonly words: DateWords;
}

export interface DateReader {
  readonly zone: Zone;
  read(value: unknown): DateReading;
  /** The value written back: ISO 8601 in the zone (formatDate of `read`), or why it cannot be. */
  normalise(value: unknown): { readonly text: string } | { readonly problem: DateProblem };
  /** The orders a numeric day/month/year value is valid in; undefined for any other form. */
  ordersOf(value: unknown): readonly DateOrder[] | undefined;
}

const EPOCH = /^(\d{10}(?:\.\d+)?|\d{13})$/;
/** ISO 8601 as most dumps (and yuqing classify) write it: read without the general grammar. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const ASCII = /^[\x20-\x7e]*$/;
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const EXCEL_SERIAL = /^(\d{5}(?:\.\d+)?)$/;
/** Days from Excel's day 0 (1899-12-30, after its 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

const fullYear = (text: string) => (text.length === 4 ? Number(text) : Number(text) + (Number(text) < 70 ? 2000 : 1900));

function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  return ASCII.test(value) ? value.trim() : value.normalize('NFKC').trim();
}

function iso(m: RegExpExecArray, zone: Zone): DateReading {
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDay(year, month, day)) return { problem: 'impossible' };
  if (m[4] === undefined) return { date: { kind: 'day', year, month, day } };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) return { problem: 'impossible' };
  const millisecond = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const at = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (m[8] === undefined) return { date: { kind: 'instant', ms: instantOf({ year, month, day, hour, minute, second, millisecond }, zone) } };
  const offset = m[8] === 'Z' ? 0 : (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(-2)));
  return { date: { kind: 'instant', ms: at - offset * 60000 } };
}

function withTime(year: number, month: number, day: number, time: TimeOfDay | null, zone: Zone): ParsedDate {
  if (time === null) return { kind: 'day', year, month, day };
  const wall = { year, month, day, hour: time.hour, minute: time.minute, second: time.second, millisecond: time.millisecond };
  if (time.offset === undefined) return { kind: 'instant', ms: instantOf(wall, zone) };
  return { kind: 'instant', ms: Date.UTC(year, month - 1, day, time.hour, time.minute, time.second, time.millisecond) - time.offset * 60000 };
}

function tripleParts(m: RegExpExecArray, order: DateOrder): [number, number, number] {
  const [a, b, c] = [m[1]!, m[2]!, m[3]!];
  if (order === 'dmy') return [fullYear(c), Number(b), Number(a)];
  if (order === 'mdy') return [fullYear(c), Number(a), Number(b)];
  return [fullYear(a), Number(b), Number(c)];
}

function candidateOrders(m: RegExpExecArray): DateOrder[] {
  const all: DateOrder[] = m[3]!.length === 4 ? ['dmy', 'mdy'] : ['dmy', 'mdy', 'ymd'];
  return all.filter((order) => validDay(...tripleParts(m, order)));
}

function absolute(text: string, g: Grammar, order: DateOrder | undefined, zone: Zone): DateReading | undefined {
  const ymd = g.yearFirst.exec(text);
  if (ymd) {
    const [year, month] = [Number(ymd[1]), Number(ymd[2])];
    const time = g.time(text.slice(ymd[0].length));
    if (time === undefined) return { problem: 'not_a_date' };
    if (ymd[3] === undefined)
      return time === null && month >= 1 && month <= 12 ? { date: { kind: 'month', year, month } } : { problem: time === null ? 'impossible' : 'not_a_date' };
    const day = Number(ymd[3]);
    return validDay(year, month, day) ? { date: withTime(year, month, day, time, zone) } : { problem: 'impossible' };
  }
  const triple = g.triple.exec(text);
  if (!triple) return undefined;
  const time = g.time(text.slice(triple[0].length));
  if (time === undefined) return { problem: 'not_a_date' };
  if (order === undefined) return { problem: candidateOrders(triple).length === 0 ? 'impossible' : 'needs_order' };
  const [year, month, day] = tripleParts(triple, order);
  return validDay(year, month, day) ? { date: withTime(year, month, day, time, zone) } : { problem: 'not_in_order' };
}

function numeric(text: string, zone: Zone): DateReading | undefined {
  if (EPOCH.test(text)) return { date: { kind: 'instant', ms: text.length === 13 ? Number(text) : Math.round(Number(text) * 1000) } };
  if (!EXCEL_SERIAL.test(text)) return undefined;
  const serial = Number(text);
  // Excel's serial days are the wall clock it shows; to the nearest second, as the float leaks below that.
  const d = new Date(Math.round(((serial - EXCEL_EPOCH_DAYS) * DAY_MS) / 1000) * 1000);
  const wall = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: 0,
  };
  return { date: { kind: 'instant', ms: instantOf(wall, zone) } };
}

function reference(settings: DateSettings, g: Grammar, zone: Zone): Reference | undefined {
  if (settings.collectedAt === undefined) return undefined;
  const read = absolute(settings.collectedAt.trim(), g, 'ymd', zone);
  if (read === undefined || !('date' in read) || read.date.kind === 'month') {
    throw new YuqingError(
      'E_OPTION',
      `--collected-at ${settings.collectedAt}: expected the date (and time) the dump was collected, as 2025-05-12 or 2025-05-12T10:00, read in ${zone.name}.`,
    );
  }
  return { date: read.date, zone };
}

export function createDateReader(settings: DateSettings): DateReader {
  const zone = createZone(settings.timezone);
  const g = compileGrammar(settings.words);
  const ref = reference(settings, g, zone);
  /** "YYYY-MM-DDTHH±hh:mm" → whether such values are already in the zone's form. */
  const canonicalHours = new Map<string, boolean>();
  const read = (value: unknown): DateReading => {
    const isoMatch = typeof value === 'string' ? ISO.exec(value) : null;
    if (isoMatch) return iso(isoMatch, zone);
    const text = textOf(value);
    if (text === undefined || text === '') return { problem: 'not_a_date' };
    return numeric(text, zone) ?? absolute(text, g, settings.order, zone) ?? relativeDate(text, g, ref) ?? { problem: 'not_a_date' };
  };
  return {
    zone,
    read,
    normalise(value) {
      // Written as yuqing writes it (the zone's own offset, to the second) in an hour whose offset
      // does not change: kept as is. Most dumps are ISO; this is the common path, checked once an hour.
      const hour = typeof value === 'string' && value.length === 25 && CANONICAL.test(value) ? `${value.slice(0, 13)}${value.slice(19)}` : undefined;
      if (hour !== undefined && canonicalHours.get(hour) === true) return { text: value as string };
      const reading = read(value);
      if ('problem' in reading) return reading;
      if (hour !== undefined && reading.date.kind === 'instant') {
        const v = value as string;
        const start = reading.date.ms - (Number(v.slice(14, 16)) * 60_000 + Number(v.slice(17, 19)) * 1000);
        const given = (hour[13] === '-' ? -1 : 1) * (Number(hour.slice(14, 16)) * 60 + Number(hour.slice(17, 19)));
        const kept = zone.offsetMinutes(start) === given && zone.offsetMinutes(start + 3_599_999) === given && (given !== 0 || hour[13] === '+');
        if (canonicalHours.size >= 100_000) canonicalHours.clear();
        canonicalHours.set(hour, kept);
        if (kept) return { text: value as string };
      }
      return { text: formatDate(reading.date, zone) };
    },
    ordersOf(value) {
      const text = textOf(value);
      if (text === undefined || g.yearFirst.test(text)) return undefined;
      const triple = g.triple.exec(text);
      return triple ? candidateOrders(triple) : undefined;
    },
  };
}
