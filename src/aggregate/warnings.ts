/**
 * Where a corrected share is unstable: few coded posts with the label in the region, a tool that
 * barely tells the label apart (recall near its false-positive rate on the coded posts), a category
 * of the tool's labels that no coded post falls in, or an interval wider than 30 points.
 */
import { categoryOf, type ShareTarget, type ValidationPost } from './correction.js';

export const WARNING_CODES = ['few_coded_positives', 'weak_separation', 'uncoded_tool_category', 'wide_interval'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface ValidationWarning {
  readonly region: string;
  readonly topic: string;
  readonly viewpoint: string | null;
  readonly code: WarningCode;
  /** The number behind it: coded positives, recall − false-positive rate, tool posts uncovered, or interval width. */
  readonly value: number;
}

export const MIN_CODED_POSITIVES = 5;
export const MIN_SEPARATION = 0.3;
export const MAX_WIDTH = 0.3;

export function shareWarnings(
  region: string,
  target: ShareTarget,
  cells: readonly number[],
  share: { readonly low: number; readonly high: number },
  posts: readonly ValidationPost[],
): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const at = { region, topic: target.topic, viewpoint: target.viewpoint };
  const positives = posts.filter((p) => p.region === region && categoryOf(target, p.coded) === 0).length;
  if (positives < MIN_CODED_POSITIVES) out.push({ ...at, code: 'few_coded_positives', value: positives });
  const gold = posts.filter((p) => categoryOf(target, p.coded) === 0);
  const other = posts.filter((p) => categoryOf(target, p.coded) !== 0);
  if (gold.length > 0 && other.length > 0) {
    const recall = gold.filter((p) => categoryOf(target, p.tool) === 0).length / gold.length;
    const fpr = other.filter((p) => categoryOf(target, p.tool) === 0).length / other.length;
    if (recall - fpr < MIN_SEPARATION) out.push({ ...at, code: 'weak_separation', value: recall - fpr });
  }
  const uncovered = [0, 1, 2].filter((c) => cells[c]! > 0 && !posts.some((p) => categoryOf(target, p.tool) === c)).reduce((s, c) => s + cells[c]!, 0);
  if (uncovered > 0) out.push({ ...at, code: 'uncoded_tool_category', value: uncovered });
  if (share.high - share.low > MAX_WIDTH) out.push({ ...at, code: 'wide_interval', value: share.high - share.low });
  return out;
}
