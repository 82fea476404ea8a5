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
  /** Distinct number of the cue, for per-cue counting: a term's id, or -1 - id for a rule. */
  readonly cue: number;
}

/**
 * Shared scratch space, so that no post pays for allocating it: the match chosen for each group of
 * each rule, by index (-1 = none; every slot a call fills it empties again before returning), and
 * the rules touched in the current sentence (a rule is touched when its stamp is the sentence's).
 */
let chosen = new Int32Array(0);
let touchedStamp = new Int32Array(0);
let stamp = 0;

function ensureScratch(lexicon: CompiledLexicon): void {
  const slots = lexicon.ruleSlot[lexicon.rules.length]!;
  if (chosen.length < slots) chosen = new Int32Array(slots).fill(-1);
  if (touchedStamp.length < lexicon.rules.length || stamp >= 0x7fffffff) {
    touchedStamp = new Int32Array(Math.max(lexicon.rules.length, touchedStamp.length));
    stamp = 0;
  }
}

/** `all` rules, sentence by sentence: per group, the first un-negated match (else the first match). */
function ruleHits(lexicon: CompiledLexicon, matches: readonly TermMatch[]): Hit[] {
  ensureScratch(lexicon);
  const { rules, ruleSlot, ruleRoles } = lexicon;
  const touched: number[] = [];
  const hits: Hit[] = [];
  const flush = () => {
    for (const id of touched) {
      const rule = rules[id]!;
      const first = ruleSlot[id]!;
      let complete = true;
      for (let g = 0; g < rule.groupCount; g++) if (chosen[first + g]! < 0) complete = false;
      if (complete) {
        const found: TermMatch[] = [];
        for (let g = 0; g < rule.groupCount; g++) found.push(matches[chosen[first + g]!]!);
        hits.push({
          target: rule.target,
          weight: rule.weight,
          negatable: rule.negatable,
          negated: found.some((m) => m.negated),
          intensified: found.some((m) => m.intensified),
          matches: found,
          cue: -1 - rule.id,
        });
      }
      chosen.fill(-1, first, first + rule.groupCount);
    }
    touched.length = 0;
  };
  let sentence = -1;
  for (let index = 0; index < matches.length; index++) {
    const m = matches[index]!;
    const roles = ruleRoles[m.term.id]!;
    if (roles.length === 0) continue;
    if (m.sentence !== sentence) {
      flush();
      sentence = m.sentence;
      stamp++;
    }
    for (const role of roles) {
      const { id, group } = role.rule!;
      if (touchedStamp[id] !== stamp) {
        touchedStamp[id] = stamp;
        touched.push(id);
      }
      const slot = ruleSlot[id]! + group;
      const current = chosen[slot]!;
      if (current < 0 || (matches[current]!.negated && !m.negated)) chosen[slot] = index;
    }
  }
  flush();
  return hits;
}

export function collectHits(lexicon: CompiledLexicon, matches: readonly TermMatch[]): Hit[] {
  const hits: Hit[] = [];
  for (const m of matches) {
    for (const role of lexicon.cueRoles[m.term.id]!) {
      hits.push({
        target: role.target,
        weight: role.weight,
        negatable: role.negatable,
        negated: m.negated,
        intensified: m.intensified,
        matches: [m],
        cue: m.term.id,
      });
    }
  }
  return hits.concat(ruleHits(lexicon, matches));
}

/** A negatable hit with a negator before it says nothing for its label. */
export function isCancelled(hit: Hit): boolean {
  return hit.negatable && hit.negated;
}
