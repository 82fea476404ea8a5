/**
 * The logistic heads of src/model/learner.ts against their objective: each step of trainBinaryHeads
 * is AdaGrad on the gradient of the class-weighted log-loss plus l2 · w (bias unpenalised). The
 * gradient is taken here by central finite differences of the loss, written out independently, and
 * the expected weights after one and two steps are built from it; feature values other than 1 make
 * a gradient that ignores them fail, and a second step at non-zero weights shows the L2 term.
 */
import { describe, expect, it } from 'vitest';
import { logits, trainBinaryHeads, type LearnerConfig, type TrainingSet } from '../../src/model/learner.js';
import type { SparseVector } from '../../src/model/vectorise.js';

const sparse = (pairs: [number, number][]): SparseVector => ({
  indices: Int32Array.from(pairs.map((p) => p[0])),
  values: Float64Array.from(pairs.map((p) => p[1])),
});

// One instance, three heads: positive for head 0, negative for head 1, not learnt by head 2.
const X = sparse([
  [0, 1.5],
  [2, -0.5],
  [3, 2],
]);
const LABELS = [1, 0, -1];
const HEADS = 3;
const DIM = 5;
const set: TrainingSet = { vectors: [X], labels: Int8Array.from(LABELS), heads: HEADS, dimension: DIM };
const ADAGRAD_START = 1e-8;

/** Log-loss of one head at weights w (per feature) and bias b, written out. */
function loss(w: readonly number[], b: number, y: number): number {
  const z = b + Array.from(X.indices).reduce((s, f, k) => s + w[f]! * X.values[k]!, 0);
  const p = 1 / (1 + Math.exp(-z));
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}

/** Central differences of the loss: the gradient for every feature and the bias. */
function numericGradient(w: readonly number[], b: number, y: number): { w: number[]; b: number } {
  const eps = 1e-6;
  const at = (f: number, d: number) =>
    loss(
      w.map((v, i) => (i === f ? v + d : v)),
      b,
      y,
    );
  return { w: w.map((_, f) => (at(f, eps) - at(f, -eps)) / (2 * eps)), b: (loss(w, b + eps, y) - loss(w, b - eps, y)) / (2 * eps) };
}

const config = (l2: number, epochs: number): LearnerConfig => ({ l2, epochs, learningRate: 0.3, classWeight: 0, seed: 1 });
const head = (weights: ArrayLike<number>, h: number) => Array.from({ length: DIM }, (_, f) => weights[f * HEADS + h]!);

describe('learner: AdaGrad steps on the log-loss gradient plus the L2 term', () => {
  it.each([0, 0.5])('l2 %s: the first step from zero is −rate · g / √(ε + g²) for each weight and the bias', (l2) => {
    const out = trainBinaryHeads(set, config(l2, 1));
    for (const h of [0, 1]) {
      const g = numericGradient(new Array<number>(DIM).fill(0), 0, LABELS[h]!);
      const expected = g.w.map((v) => (v === 0 ? 0 : (-0.3 * v) / Math.sqrt(ADAGRAD_START + v * v)));
      head(out.weights, h).forEach((v, f) => {
        expect(v, `head ${h} feature ${f}`).toBeCloseTo(expected[f]!, 6);
      });
      expect(out.bias[h]).toBeCloseTo((-0.3 * g.b) / Math.sqrt(ADAGRAD_START + g.b * g.b), 6);
    }
    // Head 2 does not learn from an instance labelled −1 for it.
    expect(head(out.weights, 2)).toEqual([0, 0, 0, 0, 0]);
    expect(out.bias[2]).toBe(0);
  });

  it.each([0, 0.5, 2])('l2 %s: the second step uses the gradient at the new weights plus l2 · w, with squares accumulated', (l2) => {
    const one = trainBinaryHeads(set, config(l2, 1));
    const two = trainBinaryHeads(set, config(l2, 2));
    for (const h of [0, 1]) {
      const w1 = head(one.weights, h);
      const b1 = one.bias[h]!;
      const g0 = numericGradient(new Array<number>(DIM).fill(0), 0, LABELS[h]!);
      const g1 = numericGradient(w1, b1, LABELS[h]!);
      const expected = w1.map((w, f) => {
        const first = g0.w[f]!;
        const second = g1.w[f]! + l2 * w;
        return second === 0 && first === 0 ? w : w - (0.3 * second) / Math.sqrt(ADAGRAD_START + first * first + second * second);
      });
      head(two.weights, h).forEach((v, f) => {
        expect(v, `head ${h} feature ${f}`).toBeCloseTo(expected[f]!, 5);
      });
      expect(two.bias[h]).toBeCloseTo(b1 - (0.3 * g1.b) / Math.sqrt(ADAGRAD_START + g0.b * g0.b + g1.b * g1.b), 5);
    }
  });

  it('the L2 term pulls weights toward zero and leaves the bias alone', () => {
    const free = trainBinaryHeads(set, config(0, 2));
    const penalised = trainBinaryHeads(set, config(2, 2));
    expect(Math.abs(penalised.weights[0 * HEADS + 0]!)).toBeLessThan(Math.abs(free.weights[0 * HEADS + 0]!));
    expect(penalised.bias[0]).toBeCloseTo(free.bias[0]!, 12);
  });
});

describe('learner: logits', () => {
  it('are bias plus the weighted feature values, head by head (weights laid out feature by feature)', () => {
    // weights[f · heads + h] for 2 heads, 3 features.
    const w = { heads: 2, bias: Float64Array.from([0.5, -1]), weights: Float64Array.from([1, 2, 3, 4, 5, 6]) };
    const out = logits(
      w,
      sparse([
        [0, 2],
        [2, -1],
      ]),
      new Float64Array(2),
    );
    expect(Array.from(out)).toEqual([0.5 + 1 * 2 + 5 * -1, -1 + 2 * 2 + 6 * -1]);
  });
});
