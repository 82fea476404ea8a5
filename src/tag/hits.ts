/**
 * Matches → hits: what each matched term or satisfied `all` rule says, for which label,
 * and whether negation touched it.
 */
import type { CompiledLexicon, Target } from '../lexicon/compile.js';
import type { TermMatch } from '../lexicon/match.js';

export interface Hit {
  readonly target: Target;
  readonly weight: number;
  readonly negatable: boolean;
  /** A negator stands before (one of) its terms. */
  readonly negated: boolean;
  readonly intensified: boolean;
  /** The terms behind it: one for a term cue, one per group for a rule. */
  readonly matches: readonly TermMatch[];
  /** Distinct key of the cue (term or rule), for per-cue counting. */
  readonly cueKey: string;
}

function ruleHits(lexicon: CompiledLexicon, matches: readonly TermMatch[]): Hit[] {
  // For each sentence and rule: per group, the first un-negated match (else the first match).
  const chosen = new Map<string, (TermMatch | undefined)[]>();
  for (const m of matches) {
    for (const role of m.term.roles) {
      if (role.rule === undefined) continue;
      const key = `${m.sentence}:${role.rule.id}`;
      let groups = chosen.get(key);
      if (groups === undefined) {
        groups = new Array<TermMatch | undefined>(lexicon.rules[role.rule.id]!.groupCount).fill(undefined);
        chosen.set(key, groups);
      }
      const current = groups[role.rule.group];
      if (current === undefined || (current.negated && !m.negated)) groups[role.rule.group] = m;
    }
  }
  const hits: Hit[] = [];
  for (const [key, groups] of chosen) {
    if (groups.some((g) => g === undefined)) continue;
    const rule = lexicon.rules[Number(key.slice(key.indexOf(':') + 1))]!;
    const found = groups as TermMatch[];
    hits.push({
      target: rule.target,
      weight: rule.weight,
      negatable: rule.negatable,
      negated: found.some((m) => m.negated),
      intensified: found.some((m) => m.intensified),
      matches: found,
      cueKey: `rule:${rule.id}`,
    });
  }
  return hits;
}

export function collectHits(lexicon: CompiledLexicon, matches: readonly TermMatch[]): Hit[] {
  const hits: Hit[] = [];
  for (const m of matches) {
    for (const role of m.term.roles) {
      if (role.rule !== undefined) continue;
      hits.push({
        target: role.target,
        weight: role.weight,
        negatable: role.negatable,
        negated: m.negated,
        intensified: m.intensified,
        matches: [m],
        cueKey: `term:${m.term.id}`,
      });
    }
  }
  return hits.concat(ruleHits(lexicon, matches));
}

/** A negatable hit with a negator before it says nothing for its label. */
export function isCancelled(hit: Hit): boolean {
  return hit.negatable && hit.negated;
}
