/**
 * Matches → hits: what each matched term or satisfied `all` rule says, for which role, and whether
 * negation touched it — as rows of typed arrays that are reused from post to post (valid until the
 * next call). Term cues come first in match order, then rules sentence by sentence.
 */
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { TermMatch } from '../lexicon/match.js';
import { tagPlan, type TagPlan } from './plan.js';

export interface HitTable {
  readonly plan: TagPlan;
  readonly count: number;
  /** Role index (see TagPlan) per hit. */
  readonly role: Int32Array;
  readonly negated: Uint8Array;
  readonly intensified: Uint8Array;
  /** A term's id, or −1 − id for a rule: for per-cue counting. */
  readonly cue: Int32Array;
  /** The matches behind hit h: matchOf[first[h]] … matchOf[first[h + 1] − 1] (indices into the matches). */
  readonly first: Int32Array;
  readonly matchOf: Int32Array;
}

let rows = 64;
let role = new Int32Array(rows);
let negated = new Uint8Array(rows);
let intensified = new Uint8Array(rows);
let cue = new Int32Array(rows);
let first = new Int32Array(rows + 1);
let matchOf = new Int32Array(rows);
let count = 0;
let matchEnd = 0;

function growRows(): void {
  rows *= 2;
  const widen = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T, n: number): T => {
    const next = make(n);
    next.set(old);
    return next;
  };
  role = widen(role, (n) => new Int32Array(n), rows);
  negated = widen(negated, (n) => new Uint8Array(n), rows);
  intensified = widen(intensified, (n) => new Uint8Array(n), rows);
  cue = widen(cue, (n) => new Int32Array(n), rows);
  first = widen(first, (n) => new Int32Array(n), rows + 1);
}

function pushMatch(index: number): void {
  if (matchEnd >= matchOf.length) {
    const next = new Int32Array(matchOf.length * 2);
    next.set(matchOf);
    matchOf = next;
  }
  matchOf[matchEnd++] = index;
}

/** Closes the open row (its matches are those pushed since the last row). */
function endRow(roleIndex: number, isNegated: boolean, isIntensified: boolean, cueId: number): void {
  role[count] = roleIndex;
  negated[count] = isNegated ? 1 : 0;
  intensified[count] = isIntensified ? 1 : 0;
  cue[count] = cueId;
  count++;
  if (count >= rows) growRows();
  first[count] = matchEnd;
}

/**
 * Shared scratch for `all` rules (every entry a call sets, it resets before returning): per group
 * of each rule, the match chosen for it (−1: none); per rule, how many groups have one and when in
 * the sentence it was first touched.
 */
let chosen = new Int32Array(0);
let filled = new Int32Array(0);
let firstTouch = new Int32Array(0);
const touchedSlots: number[] = [];
const complete: number[] = [];

function ensureRuleScratch(lexicon: CompiledLexicon): void {
  const slots = lexicon.ruleSlot[lexicon.rules.length]!;
  if (chosen.length < slots) chosen = new Int32Array(slots).fill(-1);
  if (filled.length < lexicon.rules.length) {
    filled = new Int32Array(lexicon.rules.length);
    firstTouch = new Int32Array(lexicon.rules.length);
  }
}

/** Complete rules become hits in the order they were first touched; the scratch is reset. */
function flushRules(lexicon: CompiledLexicon, plan: TagPlan, matches: readonly TermMatch[]): void {
  // Most sentences touch no rule: nothing to emit, nothing to reset.
  if (touchedSlots.length === 0) return;
  if (complete.length > 1) complete.sort((x, y) => firstTouch[x]! - firstTouch[y]!);
  for (const id of complete) {
    let anyNegated = false;
    let anyIntensified = false;
    for (let g = 0, slot = lexicon.ruleSlot[id]!; g < lexicon.rules[id]!.groupCount; g++) {
      const index = chosen[slot + g]!;
      const m = matches[index]!;
      anyNegated ||= m.negated;
      anyIntensified ||= m.intensified;
      pushMatch(index);
    }
    endRow(plan.ruleRoleBase + id, anyNegated, anyIntensified, -1 - id);
  }
  for (const slot of touchedSlots) {
    chosen[slot] = -1;
    filled[lexicon.ruleOfSlot[slot]!] = 0;
  }
  touchedSlots.length = 0;
  complete.length = 0;
}

/** `all` rules, sentence by sentence: per group, the first un-negated match (else the first match). */
function ruleHits(lexicon: CompiledLexicon, plan: TagPlan, matches: readonly TermMatch[]): void {
  ensureRuleScratch(lexicon);
  const { ruleSlot, rules } = lexicon;
  const { ruleRefStart, ruleRefRule, ruleRefGroup } = plan;
  let touches = 0;
  let sentence = -1;
  for (let index = 0; index < matches.length; index++) {
    const m = matches[index]!;
    const from = ruleRefStart[m.term.id]!;
    const to = ruleRefStart[m.term.id + 1]!;
    if (from === to) continue;
    if (m.sentence !== sentence) {
      flushRules(lexicon, plan, matches);
      sentence = m.sentence;
    }
    for (let r = from; r < to; r++) {
      const id = ruleRefRule[r]!;
      const slot = ruleSlot[id]! + ruleRefGroup[r]!;
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
  flushRules(lexicon, plan, matches);
}

/** The last table built and what it was built from: tagging, the model's lexicon features and the hybrid's lexicon view all ask for the same post's. */
let lastLexicon: CompiledLexicon | undefined;
let lastMatches: readonly TermMatch[] | undefined;
let lastTable: HitTable | undefined;

/**
 * The hits of a post's matches (the returned table is overwritten by the next call for other
 * matches; asked again for the same matches array, the table already in the scratch rows is returned).
 */
export function hitTable(lexicon: CompiledLexicon, matches: readonly TermMatch[]): HitTable {
  if (lastTable !== undefined && lexicon === lastLexicon && matches === lastMatches) return lastTable;
  lastTable = buildTable(lexicon, matches);
  lastLexicon = lexicon;
  lastMatches = matches;
  return lastTable;
}

function buildTable(lexicon: CompiledLexicon, matches: readonly TermMatch[]): HitTable {
  const plan = tagPlan(lexicon);
  const { cueStart } = plan;
  count = 0;
  matchEnd = 0;
  first[0] = 0;
  for (let index = 0; index < matches.length; index++) {
    const m = matches[index]!;
    const id = m.term.id;
    for (let r = cueStart[id]!, to = cueStart[id + 1]!; r < to; r++) {
      pushMatch(index);
      endRow(r, m.negated, m.intensified, id);
    }
  }
  ruleHits(lexicon, plan, matches);
  return { plan, count, role, negated, intensified, cue, first, matchOf };
}

/** A negatable hit with a negator before it says nothing for its label. */
export function isCancelledRow(table: HitTable, h: number): boolean {
  return table.negated[h] === 1 && table.plan.negatable[table.role[h]!] === 1;
}
