/**
 * jieba's hidden Markov model for words the dictionary does not know (Python jieba's `finalseg`;
 * cppjieba ships the same model as `hmm_model.utf8`, which nodejieba carries in its package). Each
 * character is tagged B (begins a word), M (middle), E (ends) or S (a word alone); the most probable
 * tag sequence (Viterbi) says where the words are. As in `jieba.cut(HMM=True)`, it only re-cuts runs
 * of characters that the dictionary left single.
 */
import type { SegmenterScratch } from './scratch.js';

/** States in the model file's order. */
const B = 0;
const E = 1;
const M = 2;
const S = 3;
/** jieba's stand-in for log(0) (MIN_FLOAT in finalseg, MIN_DOUBLE in cppjieba). */
export const HMM_MIN = -3.14e100;
const UNITS = 65536;

export interface HmmModel {
  /** log P(first state), by state (B E M S). */
  readonly start: Float64Array;
  /** log P(next | previous), 4 × 4, row = previous state. */
  readonly trans: Float64Array;
  /** log P(character | state) at state × 65,536 + code unit; NaN where the model has no entry. */
  readonly emit: Float64Array;
}

/**
 * Reads cppjieba's `hmm_model.utf8`: comment lines start with #; then the start vector, the 4 × 4
 * transition matrix and four emission lines ("字:logp,字:logp…"), all in the order B E M S.
 */
export function parseHmmModel(text: string): HmmModel {
  const lines = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  if (lines.length !== 9) throw new Error(`HMM model: expected 9 data lines (start, 4 transitions, 4 emissions), got ${lines.length}`);
  const numbers = (line: string, count: number) => {
    const values = line.trim().split(/\s+/).map(Number);
    if (values.length !== count || values.some((v) => Number.isNaN(v))) throw new Error(`HMM model: expected ${count} numbers, got "${line.slice(0, 60)}"`);
    return values;
  };
  const start = Float64Array.from(numbers(lines[0]!, 4));
  const trans = Float64Array.from(lines.slice(1, 5).flatMap((line) => numbers(line, 4)));
  const emit = new Float64Array(4 * UNITS).fill(NaN);
  lines.slice(5).forEach((line, state) => {
    for (const item of line.trim().split(',')) {
      const colon = item.lastIndexOf(':');
      const char = item.slice(0, colon);
      if (char.length !== 1) continue; // the model has only characters of the Basic Multilingual Plane
      emit[state * UNITS + char.charCodeAt(0)] = Number(item.slice(colon + 1));
    }
  });
  return { start, trans, emit };
}

/** Whether the model knows the code unit in any state (characters it does not know stay single). */
export function hmmKnows(model: HmmModel, code: number): boolean {
  const { emit } = model;
  for (let state = 0; state < 4; state++) if (!Number.isNaN(emit[state * UNITS + code])) return true;
  return false;
}

/** Which state may precede each state (finalseg's PrevStatus), in its order. */
const PREVIOUS: readonly (readonly number[])[] = [
  [E, S], // B
  [B, M], // E
  [M, B], // M
  [S, E], // S
];

function emission(model: HmmModel, state: number, code: number): number {
  const p = model.emit[state * UNITS + code]!;
  return Number.isNaN(p) ? HMM_MIN : p;
}

/**
 * Pushes the token starts of text[begin, end) (code units the model knows, one character each) as
 * finalseg's Viterbi tags them. Ties go as in Python's `max` over (probability, state): the later
 * state in B E M S order; the last character ends a word (E) or stands alone (S).
 */
export function hmmCut(text: string, begin: number, end: number, model: HmmModel, scratch: SegmenterScratch, out: number[]): void {
  const n = end - begin;
  if (n <= 1) {
    if (n === 1) out.push(begin);
    return;
  }
  if (scratch.score.length < 4 * n) {
    scratch.score = new Float64Array(8 * n);
    scratch.from = new Int8Array(8 * n);
    scratch.tags = new Int8Array(2 * n);
  }
  const { score, from, tags } = scratch;
  const { start, trans } = model;
  const first = text.charCodeAt(begin);
  for (let y = 0; y < 4; y++) score[y] = start[y]! + emission(model, y, first);
  for (let t = 1; t < n; t++) {
    const code = text.charCodeAt(begin + t);
    for (let y = 0; y < 4; y++) {
      const em = emission(model, y, code);
      let best = -Infinity;
      let bestFrom = -1;
      for (const y0 of PREVIOUS[y]!) {
        const p = score[(t - 1) * 4 + y0]! + trans[y0 * 4 + y]! + em;
        if (p > best || (p === best && y0 > bestFrom)) {
          best = p;
          bestFrom = y0;
        }
      }
      score[t * 4 + y] = best;
      from[t * 4 + y] = bestFrom;
    }
  }
  const last = (n - 1) * 4;
  let state = score[last + S]! >= score[last + E]! ? S : E;
  // Walk back to the tags, then cut: a word starts at B or S, and after an E or S.
  for (let t = n - 1; t >= 0; t--) {
    tags[t] = state;
    if (t > 0) state = from[t * 4 + state]!;
  }
  let wordStart = 0;
  let next = 0;
  for (let t = 0; t < n; t++) {
    const tag = tags[t]!;
    if (tag === B) wordStart = t;
    else if (tag === E) {
      out.push(begin + wordStart);
      next = t + 1;
    } else if (tag === S) {
      out.push(begin + t);
      next = t + 1;
    }
  }
  if (next < n) out.push(begin + next);
}

/**
 * The model with some characters taken out, so that they always stay words alone (the lexicon's
 * one-character terms: a negator or a cue must stay its own token to be matched).
 */
export function hmmWithout(model: HmmModel, characters: Iterable<string>): HmmModel {
  const emit = Float64Array.from(model.emit);
  for (const char of characters) {
    if (char.length !== 1) continue;
    for (let state = 0; state < 4; state++) emit[state * UNITS + char.charCodeAt(0)] = NaN;
  }
  return { ...model, emit };
}
