/**
 * Relevance: Hong Kong scheme cues, weighed against other places' schemes (see docs/lexicon-format.md).
 */
import type { RelevanceGroup } from '../lexicon/compile.js';
import type { Settings } from '../lexicon/schema.js';
import type { HitTable } from './hit-table.js';
import { CODE_CONTEXT, CODE_COUNTER } from './plan.js';

export interface RelevanceResult {
  readonly relevant: boolean;
  readonly score: number;
  readonly counts: Readonly<Record<RelevanceGroup, number>>;
  /** Rows of the hit table that speak for relevance (counter cues excluded), in order. */
  readonly support: readonly number[];
}

const GROUP_COUNT = 4;

/** One (cue, group) of a post: its relevance group, the first hit's weight, and how many hits. */
interface CueTally {
  readonly group: number;
  readonly weight: number;
  count: number;
}

export function decideRelevance(table: HitTable, settings: Settings): RelevanceResult {
  const { plan } = table;
  // Per (cue, group), in the order first seen: a value of the call. A term's cue is its id and a
  // rule's is −1 − id, so cue × GROUP_COUNT + group names each pair once, whatever the lexicon's size.
  const tallies = new Map<number, CueTally>();
  const support: number[] = [];
  for (let h = 0; h < table.count; h++) {
    const role = table.role[h]!;
    const group = plan.code[role]!;
    if (group > CODE_COUNTER) continue;
    const key = table.cue[h]! * GROUP_COUNT + group;
    const tally = tallies.get(key);
    if (tally === undefined) tallies.set(key, { group, weight: plan.weight[role]!, count: 1 });
    else tally.count++;
    if (group !== CODE_COUNTER) support.push(h);
  }
  const sums = [0, 0, 0, 0];
  for (const { group, weight, count } of tallies.values()) {
    // Context anchors count once per distinct term: repeating the name of the city proves nothing.
    sums[group] = sums[group]! + weight * (group === CODE_CONTEXT ? 1 : Math.min(count, settings.max_count_per_term));
  }
  const counts = { strong: sums[0]!, weak: sums[1]!, context: sums[2]!, counter: sums[3]! };
  const score =
    settings.strong_weight * counts.strong +
    settings.weak_weight * counts.weak +
    settings.context_weight * counts.context +
    settings.counter_weight * counts.counter;
  const relevant = counts.strong + counts.weak > 0 && score >= settings.relevance_threshold;
  return { relevant, score, counts, support };
}
