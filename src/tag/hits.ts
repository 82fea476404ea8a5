/**
 * Hits as objects, for callers that keep them (the model's lexicon features): the rows of the
 * hit table with their targets and matches.
 */
import type { CompiledLexicon, Target } from '../lexicon/compile.js';
import type { TermMatch } from '../lexicon/match.js';
import { hitTable } from './hit-table.js';

export interface Hit {
  readonly target: Target;
  readonly weight: number;
  readonly negatable: boolean;
  /** A negator stands before (one of) its terms. */
  readonly negated: boolean;
  readonly intensified: boolean;
  /** The terms behind it: one for a term cue, one per group for a rule. */
  readonly matches: readonly TermMatch[];
  /** Distinct number of the cue, for per-cue counting: a term's id, or -1 - id for a rule. */
  readonly cue: number;
}

export function collectHits(lexicon: CompiledLexicon, matches: readonly TermMatch[]): Hit[] {
  const table = hitTable(lexicon, matches);
  const { plan } = table;
  const hits: Hit[] = [];
  for (let h = 0; h < table.count; h++) {
    const role = table.role[h]!;
    const behind: TermMatch[] = [];
    for (let k = table.first[h]!; k < table.first[h + 1]!; k++) behind.push(matches[table.matchOf[k]!]!);
    hits.push({
      target: plan.target[role]!,
      weight: plan.weight[role]!,
      negatable: plan.negatable[role] === 1,
      negated: table.negated[h] === 1,
      intensified: table.intensified[h] === 1,
      matches: behind,
      cue: table.cue[h]!,
    });
  }
  return hits;
}

/** A negatable hit with a negator before it says nothing for its label. */
export function isCancelled(hit: Hit): boolean {
  return hit.negatable && hit.negated;
}
