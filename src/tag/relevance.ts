/**
 * Relevance: Hong Kong scheme cues, weighed against other places' schemes (see docs/lexicon-format.md).
 */
import type { RelevanceGroup } from '../lexicon/compile.js';
import type { Settings } from '../lexicon/schema.js';
import type { Hit } from './hits.js';

export interface RelevanceResult {
  readonly relevant: boolean;
  readonly score: number;
  readonly counts: Readonly<Record<RelevanceGroup, number>>;
  /** Hits that speak for relevance (counter cues excluded). */
  readonly support: readonly Hit[];
}

const GROUPS: readonly RelevanceGroup[] = ['strong', 'weak', 'context', 'counter'];

export function decideRelevance(hits: readonly Hit[], settings: Settings): RelevanceResult {
  const perCue = new Map<number, { group: RelevanceGroup; count: number; weight: number }>();
  const support: Hit[] = [];
  for (const hit of hits) {
    if (hit.target.kind !== 'relevance') continue;
    const group = hit.target.group;
    const key = hit.cue * GROUPS.length + GROUPS.indexOf(group);
    const entry = perCue.get(key) ?? { group, count: 0, weight: hit.weight };
    entry.count += 1;
    perCue.set(key, entry);
    if (group !== 'counter') support.push(hit);
  }
  const counts: Record<RelevanceGroup, number> = { strong: 0, weak: 0, context: 0, counter: 0 };
  for (const { group, count, weight } of perCue.values()) {
    // Context anchors count once per distinct term: repeating the name of the city proves nothing.
    counts[group] += weight * (group === 'context' ? 1 : Math.min(count, settings.max_count_per_term));
  }
  const score =
    settings.strong_weight * counts.strong +
    settings.weak_weight * counts.weak +
    settings.context_weight * counts.context +
    settings.counter_weight * counts.counter;
  const relevant = counts.strong + counts.weak > 0 && score >= settings.relevance_threshold;
  return { relevant, score, counts, support };
}
