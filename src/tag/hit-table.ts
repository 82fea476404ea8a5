/**
 * Matches → hits: what each matched term or satisfied `all` rule says, for which role, and whether
 * negation touched it — as rows of typed arrays, a value of each post's table. Term cues come first
 * in match order, then rules sentence by sentence.
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

/** A table being built: its rows (grown as needed) and the `all` rules' scratch, a value of one call. */
interface Builder {
  role: Int32Array;
  negated: Uint8Array;
  intensified: Uint8Array;
  cue: Int32Array;
  first: Int32Array;
  matchOf: Int32Array;
  count: number;
  matchEnd: number;
  /** Per group of each rule, the match chosen for it (−1: none); per rule, how many groups have one and when in the sentence it was first touched (made when a rule is first touched). */
  rules?: { readonly chosen: Int32Array; readonly filled: Int32Array; readonly firstTouch: Int32Array };
  readonly touchedSlots: number[];
  readonly complete: number[];
}

const FIRST_ROWS = 64;

function newBuilder(): Builder {
  return {
    role: new Int32Array(FIRST_ROWS),
    negated: new Uint8Array(FIRST_ROWS),
    intensified: new Uint8Array(FIRST_ROWS),
    cue: new Int32Array(FIRST_ROWS),
    first: new Int32Array(FIRST_ROWS + 1),
    matchOf: new Int32Array(FIRST_ROWS),
    count: 0,
    matchEnd: 0,
    touchedSlots: [],
    complete: [],
  };
}

function widen<T extends Int32Array | Uint8Array>(old: T, next: T): T {
  next.set(old);
  return next;
}

function growRows(b: Builder): void {
  const rows = b.role.length * 2;
  b.role = widen(b.role, new Int32Array(rows));
  b.negated = widen(b.negated, new Uint8Array(rows));
  b.intensified = widen(b.intensified, new Uint8Array(rows));
  b.cue = widen(b.cue, new Int32Array(rows));
  b.first = widen(b.first, new Int32Array(rows + 1));
}

function pushMatch(b: Builder, index: number): void {
  if (b.matchEnd >= b.matchOf.length) b.matchOf = widen(b.matchOf, new Int32Array(b.matchOf.length * 2));
  b.matchOf[b.matchEnd++] = index;
}

/** Closes the open row (its matches are those pushed since the last row). */
function endRow(b: Builder, roleIndex: number, isNegated: boolean, isIntensified: boolean, cueId: number): void {
  b.role[b.count] = roleIndex;
  b.negated[b.count] = isNegated ? 1 : 0;
  b.intensified[b.count] = isIntensified ? 1 : 0;
  b.cue[b.count] = cueId;
  b.count++;
  if (b.count >= b.role.length) growRows(b);
  b.first[b.count] = b.matchEnd;
}

function ruleScratch(b: Builder, lexicon: CompiledLexicon): NonNullable<Builder['rules']> {
  b.rules ??= {
    chosen: new Int32Array(lexicon.ruleSlot[lexicon.rules.length]!).fill(-1),
    filled: new Int32Array(lexicon.rules.length),
    firstTouch: new Int32Array(lexicon.rules.length),
  };
  return b.rules;
}

/** Complete rules become hits in the order they were first touched; the scratch is reset. */
function flushRules(b: Builder, lexicon: CompiledLexicon, plan: TagPlan, matches: readonly TermMatch[]): void {
  // Most sentences touch no rule: nothing to emit, nothing to reset.
  const { touchedSlots, complete } = b;
  if (touchedSlots.length === 0) return;
  const { chosen, filled, firstTouch } = ruleScratch(b, lexicon);
  if (complete.length > 1) complete.sort((x, y) => firstTouch[x]! - firstTouch[y]!);
  for (const id of complete) {
    let anyNegated = false;
    let anyIntensified = false;
    for (let g = 0, slot = lexicon.ruleSlot[id]!; g < lexicon.rules[id]!.groupCount; g++) {
      const index = chosen[slot + g]!;
      const m = matches[index]!;
      anyNegated ||= m.negated;
      anyIntensified ||= m.intensified;
      pushMatch(b, index);
    }
    endRow(b, plan.ruleRoleBase + id, anyNegated, anyIntensified, -1 - id);
  }
  for (const slot of touchedSlots) {
    chosen[slot] = -1;
    filled[lexicon.ruleOfSlot[slot]!] = 0;
  }
  touchedSlots.length = 0;
  complete.length = 0;
}

/** `all` rules, sentence by sentence: per group, the first un-negated match (else the first match). */
function ruleHits(b: Builder, lexicon: CompiledLexicon, plan: TagPlan, matches: readonly TermMatch[]): void {
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
      flushRules(b, lexicon, plan, matches);
      sentence = m.sentence;
    }
    const { chosen, filled, firstTouch } = ruleScratch(b, lexicon);
    for (let r = from; r < to; r++) {
      const id = ruleRefRule[r]!;
      const slot = ruleSlot[id]! + ruleRefGroup[r]!;
      const current = chosen[slot]!;
      if (current < 0) {
        if (filled[id] === 0) firstTouch[id] = touches++;
        b.touchedSlots.push(slot);
        filled[id]!++;
        if (filled[id] === rules[id]!.groupCount) b.complete.push(id);
        chosen[slot] = index;
      } else if (matches[current]!.negated && !m.negated) chosen[slot] = index;
    }
  }
  flushRules(b, lexicon, plan, matches);
}

/**
 * The hits of a post's matches, built for them. Tagging, the model's lexicon features and the
 * hybrid's lexicon view ask for the same post's table: a table is kept with the matches array it was
 * built from (a weak map: it goes when the matches do) and returned again for it.
 */
const tables = new WeakMap<readonly TermMatch[], HitTable>();

export function hitTable(lexicon: CompiledLexicon, matches: readonly TermMatch[]): HitTable {
  const known = tables.get(matches);
  if (known !== undefined && known.plan === tagPlan(lexicon)) return known;
  const table = buildTable(lexicon, matches);
  tables.set(matches, table);
  return table;
}

function buildTable(lexicon: CompiledLexicon, matches: readonly TermMatch[]): HitTable {
  const plan = tagPlan(lexicon);
  const { cueStart } = plan;
  const b = newBuilder();
  for (let index = 0; index < matches.length; index++) {
    const m = matches[index]!;
    const id = m.term.id;
    for (let r = cueStart[id]!, to = cueStart[id + 1]!; r < to; r++) {
      pushMatch(b, index);
      endRow(b, r, m.negated, m.intensified, id);
    }
  }
  ruleHits(b, lexicon, plan, matches);
  return { plan, count: b.count, role: b.role, negated: b.negated, intensified: b.intensified, cue: b.cue, first: b.first, matchOf: b.matchOf };
}

/** A negatable hit with a negator before it says nothing for its label. */
export function isCancelledRow(table: HitTable, h: number): boolean {
  return table.negated[h] === 1 && table.plan.negatable[table.role[h]!] === 1;
}
