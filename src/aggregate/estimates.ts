/**
 * Every region × topic share (of the region's relevant posts) and region × topic × viewpoint share
 * (of the region's posts on the topic), as the report's `shares` give them: the raw share, and the
 * estimate with its 95% interval — corrected for the tool's errors when a validation sample is
 * given (correction.ts), else the raw share with its Wilson interval, which covers sampling only.
 * With a validation sample the viewpoint tests between regions use the corrected estimates.
 */
import type { LabelSet } from '../label-set.js';
import { viewpointsOf } from '../label-set.js';
import type { ViewpointTest } from './comparisons.js';
import { correctTarget, type CorrectedShare, type ShareTarget, type ValidationPost } from './correction.js';
import { labelAccuracies, type LabelAccuracy } from './label-accuracy.js';
import { benjaminiHochberg, FDR_LEVEL, twoSidedP } from './significance.js';
import type { Summary } from './summary.js';
import type { Share } from './wilson.js';
import { shareWarnings, type ValidationWarning } from './warnings.js';

export interface ShareEstimate {
  readonly region: string;
  readonly topic: string;
  readonly viewpoint: string | null;
  readonly raw: number;
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  /** The raw share's denominator: the region's relevant posts, or its posts on the topic. */
  readonly n: number;
  readonly corrected: boolean;
}

export interface ValidationInput {
  readonly posts: readonly ValidationPost[];
  /** The coded file(s), and where the tool's labels and weights came from. */
  readonly source: string;
  readonly toolSource: string;
  readonly weighted: boolean;
}

export interface ValidationSummary {
  readonly source: string;
  readonly toolSource: string;
  readonly weighted: boolean;
  readonly posts: number;
  readonly byRegion: Readonly<Record<string, number>>;
  readonly seed: number;
  readonly draws: number;
  readonly accuracy: readonly LabelAccuracy[];
  readonly warnings: readonly ValidationWarning[];
}

export interface Estimates {
  readonly shares: readonly ShareEstimate[];
  readonly validation: ValidationSummary | null;
}

export const VALIDATION_SEED = 14;
export const VALIDATION_DRAWS = 1000;

interface Row {
  readonly region: string;
  readonly target: ShareTarget;
  readonly share: Share;
  /** Tool counts: [label, denominator without it, outside the denominator]. */
  readonly cells: readonly [number, number, number];
}

function rowsOf(summary: Summary, labels: LabelSet): Row[] {
  const rows: Row[] = [];
  for (const topic of labels.topics) {
    for (const region of summary.regions) {
      const volume = summary.profiles.find((p) => p.region === region)!.volume;
      const t = summary.topicVolumes.find((x) => x.topic === topic.id && x.region === region)!.shareOfRelevant;
      rows.push({ region, target: { topic: topic.id, viewpoint: null }, share: t, cells: [t.count, t.total - t.count, volume - t.total] });
      for (const v of viewpointsOf(labels, topic.id)) {
        const s = summary.viewpointShares.find((x) => x.viewpoint === v.id && x.region === region)!.share;
        rows.push({ region, target: { topic: topic.id, viewpoint: v.id }, share: s, cells: [s.count, s.total - s.count, volume - s.total] });
      }
    }
  }
  return rows;
}

const key = (t: ShareTarget) => `${t.topic} ${t.viewpoint ?? ''}`;

function plain(row: Row): ShareEstimate {
  return {
    region: row.region,
    topic: row.target.topic,
    viewpoint: row.target.viewpoint,
    raw: row.share.share,
    estimate: row.share.share,
    low: row.share.low,
    high: row.share.high,
    n: row.share.total,
    corrected: false,
  };
}

/** Corrected viewpoint tests: z = difference of the estimates / the standard deviation of the drawn differences. */
function correctedTests(summary: Summary, corrected: ReadonlyMap<string, CorrectedShare[]>): ViewpointTest[] {
  const [a, b] = summary.compared;
  const kept = summary.viewpointTests.map((t) => {
    const draws = corrected.get(key({ topic: t.topic, viewpoint: t.viewpoint }));
    if (draws === undefined) return t;
    const x = draws.find((d) => d.region === a)!;
    const y = draws.find((d) => d.region === b)!;
    let mean = 0;
    let square = 0;
    for (let i = 0; i < x.draws.length; i++) {
      const d = x.draws[i]! - y.draws[i]!;
      mean += d;
      square += d * d;
    }
    mean /= x.draws.length;
    const sd = Math.sqrt(Math.max(0, square / x.draws.length - mean * mean));
    const z = sd === 0 ? 0 : (x.estimate - y.estimate) / sd;
    return { ...t, z, p: sd === 0 ? 1 : twoSidedP(z), corrected: true };
  });
  const q = benjaminiHochberg(kept.map((t) => t.p));
  return kept.map((t, i) => ({ ...t, q: q[i]!, significant: q[i]! < FDR_LEVEL }));
}

export function estimateShares(
  summary: Summary,
  labels: LabelSet,
  validation?: ValidationInput,
): { readonly estimates: Estimates; readonly tests: readonly ViewpointTest[] } {
  const rows = rowsOf(summary, labels);
  if (validation === undefined) return { estimates: { shares: rows.map(plain), validation: null }, tests: summary.viewpointTests };
  const corrected = new Map<string, CorrectedShare[]>();
  const options = { seed: VALIDATION_SEED, draws: VALIDATION_DRAWS };
  for (const row of rows) {
    if (corrected.has(key(row.target))) continue;
    const regions = rows.filter((r) => key(r.target) === key(row.target)).map((r) => ({ region: r.region, population: r.cells }));
    corrected.set(key(row.target), correctTarget(row.target, regions, validation.posts, options));
  }
  const shares = rows.map((row) => {
    const c = corrected.get(key(row.target))!.find((x) => x.region === row.region)!;
    return { ...plain(row), estimate: c.estimate, low: c.low, high: c.high, corrected: true };
  });
  const byRegion: Record<string, number> = {};
  for (const p of validation.posts) byRegion[p.region] = (byRegion[p.region] ?? 0) + 1;
  const warnings = rows.flatMap((row, i) => shareWarnings(row.region, row.target, row.cells, shares[i]!, validation.posts));
  const summaryOut: ValidationSummary = {
    source: validation.source,
    toolSource: validation.toolSource,
    weighted: validation.weighted,
    posts: validation.posts.length,
    byRegion,
    seed: options.seed,
    draws: options.draws,
    accuracy: labelAccuracies(validation.posts, labels),
    warnings,
  };
  return { estimates: { shares, validation: summaryOut }, tests: correctedTests(summary, corrected) };
}
