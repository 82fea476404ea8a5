/**
 * Multinomial logistic regression (softmax) over sparse vectors, trained by full-batch gradient
 * descent with momentum and an L2 penalty. Written here rather than taken from natural: natural's
 * LogisticRegressionClassifier did not finish 800 short posts in five minutes and keeps every
 * training document in its saved state; this one trains a head in well under a second, is
 * deterministic (fixed order, no randomness), and exposes its weights for evidence.
 */
import type { TrainConfig } from './schema.js';
import type { SparseVector } from './vectorise.js';

export interface SoftmaxWeights {
  readonly bias: ArrayLike<number>;
  /** weights[class][feature] */
  readonly weights: ArrayLike<ArrayLike<number>>;
}

const MOMENTUM = 0.9;

export function softmaxScores(w: SoftmaxWeights, x: SparseVector): number[] {
  const z: number[] = [];
  for (let k = 0; k < w.bias.length; k++) {
    let s = w.bias[k]!;
    const row = w.weights[k]!;
    for (let j = 0; j < x.indices.length; j++) s += row[x.indices[j]!]! * x.values[j]!;
    z.push(s);
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

function sampleWeights(labels: readonly number[], classes: number, mode: TrainConfig['classWeight']): number[] {
  if (mode === 'none') return labels.map(() => 1);
  const counts = new Array<number>(classes).fill(0);
  for (const y of labels) counts[y]!++;
  const present = counts.filter((c) => c > 0).length;
  return labels.map((y) => Math.sqrt(labels.length / (present * counts[y]!)));
}

export function trainSoftmax(xs: readonly SparseVector[], labels: readonly number[], classes: number, dimension: number, config: TrainConfig): SoftmaxWeights {
  const weights = Array.from({ length: classes }, () => new Float64Array(dimension));
  const bias = new Float64Array(classes);
  const velocity = Array.from({ length: classes }, () => new Float64Array(dimension));
  const biasVelocity = new Float64Array(classes);
  const grad = Array.from({ length: classes }, () => new Float64Array(dimension));
  const biasGrad = new Float64Array(classes);
  const s = sampleWeights(labels, classes, config.classWeight);
  const total = s.reduce((a, b) => a + b, 0) || 1;
  const model: SoftmaxWeights = { bias, weights };
  for (let it = 0; it < config.iterations; it++) {
    for (const g of grad) g.fill(0);
    biasGrad.fill(0);
    xs.forEach((x, i) => {
      const p = softmaxScores(model, x);
      for (let k = 0; k < classes; k++) {
        const d = (s[i]! * (p[k]! - (labels[i] === k ? 1 : 0))) / total;
        biasGrad[k]! += d;
        const g = grad[k]!;
        for (let j = 0; j < x.indices.length; j++) g[x.indices[j]!]! += d * x.values[j]!;
      }
    });
    for (let k = 0; k < classes; k++) {
      const w = weights[k]!;
      const v = velocity[k]!;
      const g = grad[k]!;
      for (let j = 0; j < dimension; j++) {
        v[j] = MOMENTUM * v[j]! - config.learningRate * (g[j]! + config.l2 * w[j]!);
        w[j]! += v[j]!;
      }
      biasVelocity[k] = MOMENTUM * biasVelocity[k]! - config.learningRate * biasGrad[k]!;
      bias[k]! += biasVelocity[k]!;
    }
  }
  return { bias: Array.from(bias), weights: weights.map((w) => Array.from(w)) };
}
