/**
 * The forms of a date, compiled from the date words into regular expressions: a year-first date
 * (2025-03-07, 2025/3/7, 2025.03.07, the year-month-day form with the date words' year, month and
 * day markers, 2025-03), a numeric day/month/year triple (31/03/2025, 03/31/25), a time after either
 * (14:05, a morning/afternoon word and 2:05:00, T20:00:00Z, +08:00), and the relative forms (a word
 * for now, a day word and a time, a count and a unit ago, a month and day without a year). The words
 * themselves are data: lexicons/dates/words.yaml.
 */
import { alternation, lookup, type DateWords, type Unit } from './words.js';

export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Minutes east of UTC when the text gives an offset (Z, +08:00). */
  readonly offset?: number;
}

export interface Grammar {
  readonly yearFirst: RegExp;
  readonly triple: RegExp;
  readonly monthDay: RegExp;
  readonly now: RegExp;
  readonly dayWord: RegExp;
  readonly ago: RegExp;
  /** The time after a date, or "" → no time; undefined when the rest is not a time. */
  time(rest: string): TimeOfDay | undefined | null;
  daysBack(word: string): number | undefined;
  unit(word: string): Unit | undefined;
  count(word: string): number | undefined;
}

const OFFSET = '(Z|(?:UTC|GMT)?[+-]\\d{1,2}(?::?\\d{2})?|UTC|GMT)';

function offsetMinutes(text: string): number {
  const m = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function timeReader(words: DateWords): Grammar['time'] {
  const marker = alternation([...words.morning, ...words.afternoon]);
  const afternoon = new Set(words.afternoon.map((w) => w.toLowerCase()));
  const re = new RegExp(
    `^(?:\\s*T\\s*|\\s+|)(?:(${marker})\\s*)?(\\d{1,2})\\s*:\\s*(\\d{2})(?:\\s*:\\s*(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(?:(${marker}))?\\s*${OFFSET}?\\s*$`,
    'i',
  );
  return (rest) => {
    if (rest.trim() === '') return null;
    const m = re.exec(rest);
    if (!m) return undefined;
    let hour = Number(m[2]);
    const mark = (m[1] ?? m[6])?.toLowerCase();
    if (mark !== undefined) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (afternoon.has(mark) ? 12 : 0);
    }
    const minute = Number(m[3]);
    const second = m[4] === undefined ? 0 : Number(m[4]);
    const millisecond = m[5] === undefined ? 0 : Math.round(Number(`0.${m[5]}`) * 1000);
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    return { hour, minute, second, millisecond: Math.min(999, millisecond), ...(m[7] === undefined ? {} : { offset: offsetMinutes(m[7]) }) };
  };
}

export function compileGrammar(words: DateWords): Grammar {
  const y = alternation(words.year);
  const mo = alternation(words.month);
  const d = alternation(words.day);
  const daysBack = lookup(words.days);
  const unit = lookup(words.units);
  const numeral = lookup(words.numerals);
  return {
    yearFirst: new RegExp(`^(\\d{4})\\s*(?:[-/.]|${y})\\s*(\\d{1,2})(?:\\s*(?:[-/.]|${mo})\\s*(\\d{1,2})(?!\\d)\\s*(?:${d})?|\\s*(?:${mo})?)`, 'i'),
    triple: /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?!\d)/,
    monthDay: new RegExp(`^(\\d{1,2})\\s*(?:${mo})\\s*(\\d{1,2})\\s*(?:${d})?`, 'i'),
    now: new RegExp(`^(?:${alternation(words.now)})$`, 'i'),
    dayWord: new RegExp(`^(${alternation(Object.keys(words.days))})`, 'i'),
    ago: new RegExp(
      `^(\\d+(?:\\.\\d+)?|${alternation(Object.keys(words.numerals))})\\s*(${alternation(Object.keys(words.units))})\\s*(?:${alternation(words.ago)})$`,
      'i',
    ),
    time: timeReader(words),
    daysBack,
    unit,
    count: (word) => (/^\d/.test(word) ? Number(word) : numeral(word)),
  };
}
