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

/** Per (cue, group): hits so far and the first one's weight; the keys in the order first seen. */
let perCueCount = new Int32Array(0);
let perCueWeight = new Float64Array(0);
const keysSeen: number[] = [];

function ensureScratch(keys: number): void {
  if (perCueCount.length >= keys) return;
  perCueCount = new Int32Array(keys);
  perCueWeight = new Float64Array(keys);
}

export function decideRelevance(table: HitTable, settings: Settings): RelevanceResult {
  const { plan } = table;
  const cueKeys = plan.cueStart.length - 1 + (plan.code.length - plan.ruleRoleBase);
  ensureScratch(cueKeys * GROUP_COUNT);
  const support: number[] = [];
  for (let h = 0; h < table.count; h++) {
    const role = table.role[h]!;
    const group = plan.code[role]!;
    if (group > CODE_COUNTER) continue;
    const cue = table.cue[h]!;
    const key = (cue >= 0 ? cue : cueKeys + cue) * GROUP_COUNT + group;
    if (perCueCount[key] === 0) {
      keysSeen.push(key);
      perCueWeight[key] = plan.weight[role]!;
    }
    perCueCount[key]!++;
    if (group !== CODE_COUNTER) support.push(h);
  }
  const sums = [0, 0, 0, 0];
  for (const key of keysSeen) {
    const group = key % GROUP_COUNT;
    // Context anchors count once per distinct term: repeating the name of the city proves nothing.
    sums[group] = sums[group]! + perCueWeight[key]! * (group === CODE_CONTEXT ? 1 : Math.min(perCueCount[key]!, settings.max_count_per_term));
    perCueCount[key] = 0;
  }
  keysSeen.length = 0;
  const counts = { strong: sums[0]!, weak: sums[1]!, context: sums[2]!, counter: sums[3]! };
  const score =
    settings.strong_weight * counts.strong +
    settings.weak_weight * counts.weak +
    settings.context_weight * counts.context +
    settings.counter_weight * counts.counter;
  const relevant = counts.strong + counts.weak > 0 && score >= settings.relevance_threshold;
  return { relevant, score, counts, support };
}
