/**
 * The study design: which records a report counts. A period (--from, --to), study windows
 * (--window A..B, repeatable: records outside every window are drawn on the timeline only),
 * a reproducible sample (--sample FRACTION --seed N, decided by a hash of id and seed) and
 * whether exact reposts count (--dedup). Bounds are "YYYY-MM" or "YYYY-MM-DD", inclusive.
 */
import { z } from 'zod';
import { DEFAULT_TIMEZONE } from '../time/zone.js';
import { sampleUnit } from './hashes.js';

const bound = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/);

export const studyDesignSchema = z.strictObject({
  sample: z.strictObject({ fraction: z.number().gt(0).max(1), seed: z.int() }).nullable(),
  from: bound.nullable(),
  to: bound.nullable(),
  windows: z.array(z.strictObject({ from: bound, to: bound })),
  dedup: z.enum(['none', 'exact']),
  /** The zone whose days and months dates are bucketed by. */
  timezone: z.string().min(1),
});
export type StudyDesign = z.infer<typeof studyDesignSchema>;
export type StudyWindow = StudyDesign['windows'][number];
export const DEDUP_MODES = ['none', 'exact'] as const;

/** Every record counts: no period, no windows, no sample, reposts counted. */
export const WHOLE_DUMP: StudyDesign = { sample: null, from: null, to: null, windows: [], dedup: 'none', timezone: DEFAULT_TIMEZONE };

/** Where a record falls; only `in_study` records enter the figures, `outside_windows` ones only the timeline. */
export type Placement = 'undated' | 'outside_period' | 'not_sampled' | 'outside_windows' | 'in_study';

/** First day a bound admits ("2024-10" → "2024-10-01"). */
export function firstDay(b: string): string {
  return b.length === 7 ? `${b}-01` : b;
}

/** A key every day the bound admits is ≤ to ("2024-12" → "2024-12-31"; day keys compare as strings). */
function lastDayKey(b: string): string {
  return b.length === 7 ? `${b}-31` : b;
}

export function inBounds(day: string, from: string | null, to: string | null): boolean {
  return (from === null || day >= firstDay(from)) && (to === null || day <= lastDayKey(to));
}

/** `day` is "YYYY-MM-DD" or "" when the record's date is missing or unreadable. */
export function placeRecord(design: StudyDesign, id: string, day: string): Placement {
  const dated = day !== '';
  if (design.from !== null || design.to !== null) {
    if (!dated) return 'undated';
    if (!inBounds(day, design.from, design.to)) return 'outside_period';
  }
  if (design.sample !== null && sampleUnit(id, design.sample.seed) >= design.sample.fraction) return 'not_sampled';
  if (design.windows.length > 0) {
    if (!dated) return 'undated';
    if (!design.windows.some((w) => inBounds(day, w.from, w.to))) return 'outside_windows';
  }
  return 'in_study';
}

/** The day after the last day a bound admits, as epoch milliseconds (UTC): the end of a shaded span. */
export function endExclusiveMs(b: string): number {
  const [y, m, d] = b.split('-').map(Number) as [number, number, number | undefined];
  return d === undefined ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, d + 1);
}

export function startMs(b: string): number {
  const [y, m, d] = firstDay(b).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** "2024-10..2024-12" */
export function windowName(w: StudyWindow): string {
  return `${w.from}..${w.to}`;
}
