/**
 * trainBinaryHeads against a plain reference written out here: dense weights, every head looked at
 * for every instance, the order drawn by a Fisher–Yates shuffle from seededRandom, class weights
 * (n / (2 · n_class))^classWeight over the labels 1 and 0 of each head, and no update for a head
 * whose weighted gradient is below 2%. The learner's own layout (the list of labelled heads per
 * instance, the active heads of a step) must give the same weights, bit for bit.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom, trainBinaryHeads, type LearnerConfig, type TrainingSet } from '../../src/model/learner.js';
import type { SparseVector } from '../../src/model/vectorise.js';

const sparse = (pairs: [number, number][]): SparseVector => ({
  indices: Int32Array.from(pairs.map((p) => p[0])),
  values: Float64Array.from(pairs.map((p) => p[1])),
});

/** Fisher–Yates from the last index down, as the learner documents its seeded order. */
function fisherYates(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

interface Reference {
  bias: number[];
  weights: number[];
  updates: number;
  skips: number;
}

function reference(set: TrainingSet, config: LearnerConfig, scale?: Float64Array): Reference {
  const H = set.heads;
  const label = (i: number, h: number) => set.labels[i * H + h]!;
  const count = (h: number, y: number) => set.vectors.filter((_, i) => label(i, h) === y).length;
  const classWeight = (h: number, y: number) => {
    const own = count(h, y);
    return own === 0 ? 0 : ((count(h, 0) + count(h, 1)) / (2 * own)) ** config.classWeight;
  };
  const w = new Array<number>(set.dimension * H).fill(0);
  const squares = new Array<number>(set.dimension * H).fill(1e-8);
  const bias = new Array<number>(H).fill(0);
  const biasSquares = new Array<number>(H).fill(1e-8);
  const s = (at: number) => (scale ? scale[at]! : 1);
  const order = set.vectors.map((_, i) => i);
  const random = seededRandom(config.seed);
  let updates = 0;
  let skips = 0;
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    fisherYates(order, random);
    for (const i of order) {
      const x = set.vectors[i]!;
      const step: { h: number; g: number }[] = [];
      for (let h = 0; h < H; h++) {
        const y = label(i, h);
        if (y !== 0 && y !== 1) continue;
        let z = bias[h]!;
        x.indices.forEach((f, k) => {
          z = z + w[f * H + h]! * s(f * H + h) * x.values[k]!;
        });
        const g = (1 / (1 + Math.exp(-z)) - y) * classWeight(h, y);
        if (Math.abs(g) < 0.02) {
          skips++;
          continue;
        }
        updates++;
        step.push({ h, g });
      }
      for (const { h, g } of step) {
        biasSquares[h] = biasSquares[h]! + g * g;
        bias[h] = bias[h]! - (config.learningRate * g) / Math.sqrt(biasSquares[h]!);
      }
      x.indices.forEach((f, k) => {
        for (const { h, g } of step) {
          const at = f * H + h;
          const grad = g * x.values[k]! * s(at) + config.l2 * w[at]!;
          squares[at] = squares[at]! + grad * grad;
          w[at] = w[at]! - (config.learningRate * grad) / Math.sqrt(squares[at]!);
        }
      });
    }
  }
  return { bias, weights: scale ? w.map((v, at) => v * s(at)) : w, updates, skips };
}

/**
 * Seven instances, three heads, five features. Instance 0 labels head 0 only and instance 1 head 1
 * only (the next instance's heads are none of its own); instance 3 labels none; head 2 has no
 * positives; head 1 has twice as many negatives as positives.
 */
function trainingSet(): TrainingSet {
  return {
    vectors: [
      sparse([
        [0, 1.5],
        [3, 0.5],
      ]),
      sparse([
        [1, 2],
        [3, -0.5],
      ]),
      sparse([
        [0, 0.7],
        [2, 1.2],
        [4, 0.3],
      ]),
      sparse([[4, 1]]),
      sparse([
        [1, 0.9],
        [2, -0.4],
      ]),
      sparse([
        [0, 1.1],
        [1, 0.6],
        [3, 0.2],
      ]),
      sparse([
        [2, 0.8],
        [4, -1.3],
      ]),
    ],
    labels: Int8Array.from([1, -1, -1, -1, 0, -1, 1, 1, 0, -1, -1, -1, 0, 0, 0, 1, 0, -1, 0, -1, 0]),
    heads: 3,
    dimension: 5,
  };
}

const base: LearnerConfig = { l2: 1e-3, epochs: 25, learningRate: 0.8, classWeight: 0.5, seed: 7 };

describe('the learner equals a plain dense reference (order, class weights, labelled heads, the 2% skip)', () => {
  it.each([
    ['class weights 0.5', base],
    ['class weights 1, another seed', { ...base, classWeight: 1, seed: 11 }],
    ['unweighted classes', { ...base, classWeight: 0, seed: 3 }],
  ])('%s: the same bias and weights, and some updates skipped within 2%%', (_, config) => {
    const set = trainingSet();
    const want = reference(set, config);
    const got = trainBinaryHeads(set, config);
    expect(Array.from(got.bias)).toEqual(want.bias);
    expect(Array.from(got.weights)).toEqual(want.weights);
    // The case exercises both sides of the skip.
    expect(want.skips).toBeGreaterThan(0);
    expect(want.updates).toBeGreaterThan(0);
  });

  it('with a feature scale: the same folded weights', () => {
    const set = trainingSet();
    const scale = Float64Array.from({ length: set.dimension * set.heads }, (_, at) => 0.5 + (at % 4) * 0.25);
    const want = reference(set, base, scale);
    const got = trainBinaryHeads(set, base, scale);
    expect(Array.from(got.bias)).toEqual(want.bias);
    expect(Array.from(got.weights)).toEqual(want.weights);
  });

  it('a head already within 2% of every label learns nothing more: more epochs leave the weights as they were', () => {
    const set: TrainingSet = { vectors: [sparse([[0, 1]]), sparse([[1, 1]])], labels: Int8Array.from([1, 0]), heads: 1, dimension: 2 };
    const config: LearnerConfig = { l2: 0, epochs: 200, learningRate: 1, classWeight: 0, seed: 1 };
    const settled = trainBinaryHeads(set, config);
    expect(Array.from(trainBinaryHeads(set, { ...config, epochs: 400 }).weights)).toEqual(Array.from(settled.weights));
    expect(Array.from(trainBinaryHeads(set, { ...config, epochs: 400 }).bias)).toEqual(Array.from(settled.bias));
  });
});

describe('class weights balance a head: the weighted positives and negatives pull equally at classWeight 1', () => {
  // One positive and three negatives with the same single feature: the fitted probability is the
  // weighted share of positives, 1 · w₊ / (1 · w₊ + 3 · w₋) with w = (4 / (2 · n_class))^classWeight.
  const logitAt = (classWeight: number) => {
    const x = sparse([[0, 1]]);
    const set: TrainingSet = { vectors: [x, x, x, x], labels: Int8Array.from([1, 0, 0, 0]), heads: 1, dimension: 1 };
    const w = trainBinaryHeads(set, { l2: 0, epochs: 400, learningRate: 0.05, classWeight, seed: 5 });
    return w.bias[0]! + w.weights[0]!;
  };
  const expected = (classWeight: number) => {
    const positive = 1 * (4 / 2) ** classWeight;
    const negative = 3 * (4 / 6) ** classWeight;
    return Math.log(positive / negative);
  };
  it.each([0, 0.5, 1])('classWeight %s', (classWeight) => {
    expect(Math.abs(logitAt(classWeight) - expected(classWeight))).toBeLessThan(0.1);
  });

  it('instances labelled −1 for a head are neither its positives nor its negatives', () => {
    const x = sparse([[0, 1]]);
    // Head 0 as above; four more instances labelled only for head 1.
    const set: TrainingSet = {
      vectors: [x, x, x, x, x, x, x, x],
      labels: Int8Array.from([1, -1, 0, -1, 0, -1, 0, -1, -1, 1, -1, 0, -1, 0, -1, 0]),
      heads: 2,
      dimension: 1,
    };
    const w = trainBinaryHeads(set, { l2: 0, epochs: 400, learningRate: 0.05, classWeight: 1, seed: 5 });
    expect(Math.abs(w.bias[0]! + w.weights[0]!)).toBeLessThan(0.1);
  });
});

// mulberry32's first outputs (the generator as published by its author, run separately).
const SEQUENCE_1 = [0.6270739405881613, 0.002735721180215478, 0.5274470399599522];
const SEQUENCE_42 = [0.6011037519201636, 0.44829055899754167, 0.8524657934904099];

describe('seededRandom is mulberry32', () => {
  it('gives the published sequence for seeds 1 and 42', () => {
    const first = (seed: number) => {
      const r = seededRandom(seed);
      return [r(), r(), r()];
    };
    expect(first(1)).toEqual(SEQUENCE_1);
    expect(first(42)).toEqual(SEQUENCE_42);
  });
});
