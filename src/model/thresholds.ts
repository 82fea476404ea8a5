/**
 * Decision settings chosen on out-of-fold scores (each text scored by a model trained without it):
 * per label head the pair (accept, veto) that maximises the head's F1 under the hybrid rule
 * "the model alone at p ≥ accept, or the lexicon's label unless p < veto"; heads with few positive
 * texts take their kind's pooled choice instead. Per class group the additive logit offsets that
 * maximise macro-F1 (rare classes such as `mixed` otherwise lose every close call).
 */
import type { Threshold } from './schema.js';

const ACCEPT = Array.from({ length: 19 }, (_, i) => Math.round((0.05 + i * 0.05) * 100) / 100);
const VETO = [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];
/** Below this many positive texts a head takes its kind's pooled threshold. */
export const MIN_POSITIVES_OWN_THRESHOLD = 25;

export interface HeadOutcomes {
  /** Per text: the out-of-fold probability, the gold label (1/0; −1 not scored) and whether the lexicon gave it. */
  readonly probability: readonly number[];
  readonly gold: readonly number[];
  readonly lexicon: readonly boolean[];
}

function counts(o: HeadOutcomes, t: Threshold, into: [number, number, number]): void {
  for (let i = 0; i < o.gold.length; i++) {
    const g = o.gold[i]!;
    if (g < 0) continue;
    const p = o.probability[i]!;
    const given = p >= t.accept || (o.lexicon[i]! && p >= t.veto);
    if (given && g === 1) into[0]++;
    else if (given) into[1]++;
    else if (g === 1) into[2]++;
  }
}

function f1(c: readonly [number, number, number]): number {
  return c[0] === 0 ? 0 : (2 * c[0]) / (2 * c[0] + c[1] + c[2]);
}

/**
 * The best pair for these heads pooled (micro-F1). Where several accept values tie, the middle one
 * of them (a threshold in the middle of a gap generalises better than one at its edge); for it, the
 * lowest veto that reaches the best F1.
 */
export function bestThreshold(heads: readonly HeadOutcomes[]): Threshold {
  const scores = ACCEPT.map((accept) =>
    VETO.filter((veto) => veto <= accept).map((veto) => {
      const c: [number, number, number] = [0, 0, 0];
      for (const h of heads) counts(h, { accept, veto }, c);
      return { accept, veto, f1: f1(c) };
    }),
  );
  const best = Math.max(...scores.flat().map((s) => s.f1));
  const tied = scores.filter((row) => row.some((s) => s.f1 >= best - 1e-12));
  const row = tied[(tied.length - 1) >> 1]!;
  const choice = row.find((s) => s.f1 >= best - 1e-12)!;
  return { accept: choice.accept, veto: choice.veto };
}

/** Per head: its own best pair when it has enough positives, else the pooled pair of its kind. */
export function chooseThresholds(kinds: readonly string[], outcomes: readonly HeadOutcomes[]): Threshold[] {
  const pooled = new Map<string, Threshold>();
  for (const kind of new Set(kinds)) pooled.set(kind, bestThreshold(outcomes.filter((_, h) => kinds[h] === kind)));
  return outcomes.map((o, h) => {
    const positives = o.gold.filter((g) => g === 1).length;
    return positives >= MIN_POSITIVES_OWN_THRESHOLD ? bestThreshold([o]) : pooled.get(kinds[h]!)!;
  });
}

function macroF1(logits: readonly (readonly number[])[], gold: readonly number[], offsets: readonly number[]): number {
  const C = offsets.length;
  const tp = new Array<number>(C).fill(0);
  const fp = new Array<number>(C).fill(0);
  const fn = new Array<number>(C).fill(0);
  logits.forEach((z, i) => {
    const g = gold[i]!;
    if (g < 0) return;
    let best = 0;
    for (let c = 1; c < C; c++) if (z[c]! + offsets[c]! > z[best]! + offsets[best]!) best = c;
    if (best === g) tp[best]!++;
    else {
      fp[best]!++;
      fn[g]!++;
    }
  });
  let sum = 0;
  let present = 0;
  for (let c = 0; c < C; c++) {
    if (tp[c]! + fn[c]! === 0) continue;
    present++;
    sum += tp[c] === 0 ? 0 : (2 * tp[c]!) / (2 * tp[c]! + fp[c]! + fn[c]!);
  }
  return present === 0 ? 0 : sum / present;
}

const OFFSETS = Array.from({ length: 41 }, (_, i) => Math.round((-2 + i * 0.1) * 10) / 10);

/** Offsets by coordinate ascent (two rounds, classes in order; ties keep the smaller change). */
export function chooseOffsets(logits: readonly (readonly number[])[], gold: readonly number[], classes: number): number[] {
  const offsets = new Array<number>(classes).fill(0);
  for (let round = 0; round < 2; round++) {
    for (let c = 0; c < classes; c++) {
      let best = offsets[c]!;
      let bestScore = macroF1(logits, gold, offsets);
      for (const value of OFFSETS) {
        offsets[c] = value;
        const score = macroF1(logits, gold, offsets);
        if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && Math.abs(value) < Math.abs(best))) {
          best = value;
          bestScore = score;
        }
      }
      offsets[c] = best;
    }
  }
  return offsets;
}
