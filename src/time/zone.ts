/**
 * A time zone as a value: the offset from UTC at any instant, for an IANA name (Asia/Hong_Kong,
 * Europe/London …, through the runtime's Intl data) or a fixed offset (UTC, +08:00). Dates are
 * bucketed by the wall-clock day in the study's zone, so a post at 2025-03-31T20:00Z counts on
 * 1 April in Hong Kong.
 */
import { YuqingError } from '../errors.js';

export const DEFAULT_TIMEZONE = 'Asia/Hong_Kong';

export interface Zone {
  readonly name: string;
  /** Minutes east of UTC at the instant `ms` (epoch milliseconds). */
  offsetMinutes(ms: number): number;
}

const FIXED = /^(?:UTC|GMT|Z)?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
/** Offsets change on quarter hours (in UTC) wherever they change; one lookup per quarter hour. */
const BUCKET_MS = 15 * 60 * 1000;
const MEMO_LIMIT = 200_000;
/** en-US's h23 wall clock as `format` writes it: month/day/year, hour:minute:second. */
const PLAIN_WALL = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

function fixedZone(name: string, minutes: number): Zone {
  return { name, offsetMinutes: () => minutes };
}

function intlZone(name: string): Zone {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const memo = new Map<number, number>();
  const compute = (ms: number): number => {
    // The formatted string ("3/17/2025, 23:06:19") holds the same fields as formatToParts, at a
    // quarter of the cost; any other shape (a year outside 1000–9999) goes through the parts.
    const plain = PLAIN_WALL.exec(format.format(ms));
    if (plain !== null) {
      const [, month, day, year, hour, minute, second] = plain.map(Number) as [number, number, number, number, number, number, number];
      return Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - ms) / 60000);
    }
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    return Math.round((wall - ms) / 60000);
  };
  return {
    name,
    offsetMinutes(ms) {
      const bucket = Math.floor(ms / BUCKET_MS);
      let minutes = memo.get(bucket);
      if (minutes === undefined) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        minutes = compute(bucket * BUCKET_MS);
        memo.set(bucket, minutes);
      }
      return minutes;
    },
  };
}

/** `name`: an IANA zone or a fixed offset; E_OPTION (naming `option`) when it is neither. */
export function createZone(name: string, option = '--timezone'): Zone {
  const trimmed = name.trim();
  const fixed = FIXED.exec(trimmed);
  if (fixed && trimmed !== '') {
    const hours = Number(fixed[2] ?? 0);
    const minutes = Number(fixed[3] ?? 0);
    if (hours <= 14 && minutes < 60) return fixedZone(trimmed, (fixed[1] === '-' ? -1 : 1) * (hours * 60 + minutes));
  }
  try {
    return intlZone(new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone);
  } catch {
    throw new YuqingError(
      'E_OPTION',
      `${option} ${name}: not a time zone. Give an IANA name such as Asia/Hong_Kong or Asia/Shanghai, or an offset such as +08:00 or UTC.`,
    );
  }
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** The instant a wall-clock time in `zone` stands for (in a DST gap or overlap: the earlier reading). */
export function instantOf(wall: WallClock, zone: Zone): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  const first = zone.offsetMinutes(asUtc);
  const guess = asUtc - first * 60000;
  const second = zone.offsetMinutes(guess);
  return second === first ? guess : asUtc - second * 60000;
}

/** The wall clock in `zone` at instant `ms`. */
export function wallClockOf(ms: number, zone: Zone): WallClock & { readonly offset: number } {
  const offset = zone.offsetMinutes(ms);
  const d = new Date(ms + offset * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    offset,
  };
}
