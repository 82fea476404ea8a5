import { describe, expect, it } from 'vitest';
import { logits, trainBinaryHeads, type LearnerConfig, type TrainingSet } from '../../src/model/learner.js';
import { nbScale } from '../../src/model/nb-scale.js';
import type { SparseVector } from '../../src/model/vectorise.js';

const v = (pairs: [number, number][]): SparseVector => ({
  indices: Int32Array.from(pairs.map((p) => p[0])),
  values: Float64Array.from(pairs.map((p) => p[1])),
});
const config: LearnerConfig = { l2: 1e-4, epochs: 20, learningRate: 0.5, classWeight: 0.5, seed: 1 };
// Feature 0 marks head 0's positives, feature 1 its negatives; feature 2 is noise on both.
const set: TrainingSet = {
  vectors: [
    v([[0, 1]]),
    v([
      [0, 0.8],
      [2, 0.6],
    ]),
    v([[1, 1]]),
    v([
      [1, 0.8],
      [2, 0.6],
    ]),
  ],
  labels: Int8Array.from([1, -1, 1, -1, 0, 1, 0, 1]),
  heads: 2,
  dimension: 3,
};
const z = (w: ReturnType<typeof trainBinaryHeads>, x: SparseVector) => Array.from(logits(w, x, new Float64Array(w.heads)));

describe('the learner: binary logistic heads by seeded stochastic gradient descent', () => {
  it('separates a separable head', () => {
    const w = trainBinaryHeads(set, config);
    expect(z(w, set.vectors[0]!)[0]).toBeGreaterThan(0);
    expect(z(w, set.vectors[2]!)[0]).toBeLessThan(0);
  });

  it('leaves a head untouched by instances labelled −1 for it', () => {
    const w = trainBinaryHeads(set, config);
    // Head 1 learns only from instances 2 and 3 (features 1 and 2): feature 0 keeps weight 0.
    expect(w.weights[0 * 2 + 1]).toBe(0);
    expect(w.weights[1 * 2 + 1]).toBeGreaterThan(0);
  });

  it('is deterministic for a seed, and the seed decides the order', () => {
    expect(Array.from(trainBinaryHeads(set, config).weights)).toEqual(Array.from(trainBinaryHeads(set, config).weights));
    expect(Array.from(trainBinaryHeads(set, { ...config, epochs: 1, seed: 2 }).weights)).not.toEqual(
      Array.from(trainBinaryHeads(set, { ...config, epochs: 1 }).weights),
    );
  });

  it('with the L2 penalty, weights stay smaller than without it', () => {
    const norm = (w: ReturnType<typeof trainBinaryHeads>) => Math.hypot(...Array.from(w.weights));
    expect(norm(trainBinaryHeads(set, { ...config, l2: 0.5 }))).toBeLessThan(norm(trainBinaryHeads(set, { ...config, l2: 0 })));
  });

  it('a feature scale of one changes nothing, and a scale is folded into the weights it returns', () => {
    const ones = new Float64Array(set.dimension * set.heads).fill(1);
    expect(Array.from(trainBinaryHeads(set, config, ones).weights)).toEqual(Array.from(trainBinaryHeads(set, config).weights));
    const twos = new Float64Array(set.dimension * set.heads).fill(2);
    const scaled = trainBinaryHeads(set, config, twos);
    // Learning on doubled values equals learning the same logits: the folded weights apply to raw values.
    const doubled = trainBinaryHeads({ ...set, vectors: set.vectors.map((x) => ({ indices: x.indices, values: x.values.map((y) => y * 2) })) }, config);
    for (const x of set.vectors) expect(z(scaled, x)).toEqual(z(doubled, { indices: x.indices, values: x.values.map((y) => y * 2) }));
  });

  it("naive-Bayes ratios are positive for a head's own features and negative for the others", () => {
    const r = nbScale(set);
    expect(r[0 * 2 + 0]).toBeGreaterThan(0);
    expect(r[1 * 2 + 0]).toBeLessThan(0);
    expect(r[1 * 2 + 1]).toBeGreaterThan(0);
  });
});
