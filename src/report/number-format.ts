/** Number formatting shared by the renderers. */
import type { Share } from '../aggregate/wilson.js';

export function percent(x: number, digits = 1): string {
  return `${(x * 100).toFixed(digits)}%`;
}

/** "42.0% [35.1–49.2]" */
export function shareWithInterval(s: Share): string {
  return `${percent(s.share)} [${(s.low * 100).toFixed(1)}–${(s.high * 100).toFixed(1)}]`;
}

/** Round for JSON/CSV so outputs are stable and readable. */
export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** A share in the JSON report: counts, rounded share and its 95% interval. */
export function shareRecord(s: Share) {
  return { count: s.count, total: s.total, share: round(s.share), ci95: [round(s.low), round(s.high)] };
}
