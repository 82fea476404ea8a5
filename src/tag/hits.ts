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
 * Shared scratch space, so that no post pays for allocating it (every entry a call sets, it resets
 * before returning): per group of each rule, the match chosen for it (index, -1 = none); per rule,
 * how many of its groups have one and when in the sentence it was first touched.
 */
let chosen = new Int32Array(0);
let filled = new Int32Array(0);
let firstTouch = new Int32Array(0);

function ensureScratch(lexicon: CompiledLexicon): void {
  const slots = lexicon.ruleSlot[lexicon.rules.length]!;
  if (chosen.length < slots) chosen = new Int32Array(slots).fill(-1);
  if (filled.length < lexicon.rules.length) {
    filled = new Int32Array(lexicon.rules.length);
    firstTouch = new Int32Array(lexicon.rules.length);
  }
}

/** `all` rules, sentence by sentence: per group, the first un-negated match (else the first match). */
function ruleHits(lexicon: CompiledLexicon, matches: readonly TermMatch[], hits: Hit[]): Hit[] {
  ensureScratch(lexicon);
  const { rules, ruleSlot, ruleRoles, ruleOfSlot } = lexicon;
  const touchedSlots: number[] = [];
  const complete: number[] = [];
  let touches = 0;
  const flush = () => {
    // Complete rules in the order they were first touched (the order hits have always come in).
    if (complete.length > 1) complete.sort((x, y) => firstTouch[x]! - firstTouch[y]!);
    for (const id of complete) {
      const rule = rules[id]!;
      const found: TermMatch[] = [];
      for (let g = 0; g < rule.groupCount; g++) found.push(matches[chosen[ruleSlot[id]! + g]!]!);
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
    for (const slot of touchedSlots) {
      chosen[slot] = -1;
      filled[ruleOfSlot[slot]!] = 0;
    }
    touchedSlots.length = 0;
    complete.length = 0;
  };
  let sentence = -1;
  for (let index = 0; index < matches.length; index++) {
    const m = matches[index]!;
    const roles = ruleRoles[m.term.id]!;
    if (roles.length === 0) continue;
    if (m.sentence !== sentence) {
      flush();
      sentence = m.sentence;
    }
    for (const role of roles) {
      const { id, group } = role.rule!;
      const slot = ruleSlot[id]! + group;
      const current = chosen[slot]!;
      if (current < 0) {
        if (filled[id] === 0) firstTouch[id] = touches++;
        touchedSlots.push(slot);
        filled[id]!++;
        if (filled[id] === rules[id]!.groupCount) complete.push(id);
        chosen[slot] = index;
      } else if (matches[current]!.negated && !m.negated) chosen[slot] = index;
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
  return ruleHits(lexicon, matches, hits);
}

/** A negatable hit with a negator before it says nothing for its label. */
export function isCancelled(hit: Hit): boolean {
  return hit.negatable && hit.negated;
}
