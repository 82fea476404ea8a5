/**
 * Monthly volume per topic and region, every month from the first to the last one seen (months
 * without posts are zero), with the study windows as spans to shade.
 */
import type { RegionCounts } from './region-counts.js';
import { endExclusiveMs, startMs, windowName, type StudyDesign } from './study.js';

export interface MonthVolume {
  /** "YYYY-MM" */
  readonly month: string;
  readonly region: string;
  /** A topic, or "all" for every relevant record. */
  readonly topic: string | 'all';
  readonly volume: number;
}

export interface WindowSpan {
  readonly name: string;
  /** Epoch milliseconds (UTC): first instant in, first instant out. */
  readonly start: number;
  readonly end: number;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

export function timeline(topics: readonly string[], byRegion: Readonly<Record<string, RegionCounts>>, regions: readonly string[]): MonthVolume[] {
  const seen = regions
    .flatMap((r) => Object.keys(byRegion[r]!.months))
    .filter((m) => m !== '')
    .sort();
  if (seen.length === 0) return [];
  const out: MonthVolume[] = [];
  for (const month of monthRange(seen[0]!, seen[seen.length - 1]!)) {
    for (const region of regions) {
      const counts = byRegion[region]!.months[month] ?? {};
      out.push({ month, region, topic: 'all', volume: counts[''] ?? 0 });
      for (const topic of topics) out.push({ month, region, topic, volume: counts[topic] ?? 0 });
    }
  }
  return out;
}

export function windowSpans(design: StudyDesign): WindowSpan[] {
  return design.windows.map((w) => ({ name: windowName(w), start: startMs(w.from), end: endExclusiveMs(w.to) }));
}
