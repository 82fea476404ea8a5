/**
 * Non-negative matrix factorisation of TF-IDF vectors, X ≈ W·H (Frobenius loss), by hierarchical
 * alternating least squares (HALS, Cichocki & Phan 2009 — scikit-learn's "cd" solver): each row of
 * H (a theme's term weights) and each column of W (the units' weights on it) in turn gets its exact
 * non-negative least-squares update. Seeded: the k starting themes are units drawn k-means++-style
 * (far from the ones already drawn, by cosine), so the same units and seed give the same themes.
 * Assigning a unit to themes is the same non-negative least squares against the fitted H, so a unit
 * gets the same weights whether or not it was in the fit sample.
 */
import type { Random } from '../aggregate/random.js';
import type { SparseVector } from './vectors.js';

export interface ThemeModel {
  readonly k: number;
  readonly size: number;
  /** k × size, row t = theme t's term weights, each row of length 1. */
  readonly h: Float64Array;
  /** k × k: H·Hᵀ. */
  readonly gram: Float64Array;
}

const EPS = 1e-12;

function dot(x: SparseVector, h: Float64Array, row: number, size: number): number {
  let s = 0;
  const base = row * size;
  for (let j = 0; j < x.indices.length; j++) s += x.values[j]! * h[base + x.indices[j]!]!;
  return s;
}

/** Each unit's cosine distance to the nearest of the `rows` rows of `h` (1 when there are none). */
function distanceTo(xs: readonly SparseVector[], h: Float64Array, rows: number, size: number): Float64Array {
  const distance = new Float64Array(xs.length).fill(1);
  for (let t = 0; t < rows; t++)
    xs.forEach((x, i) => {
      distance[i] = Math.min(distance[i]!, 1 - dot(x, h, t, size));
    });
  return distance;
}

/**
 * k-means++ seeding: k distinct units, each drawn with probability ∝ its cosine distance to the
 * nearest already drawn — or to the nearest fixed theme, so free themes start where the fixed ones
 * do not reach (with no fixed theme the first is drawn uniformly).
 */
function seedUnits(xs: readonly SparseVector[], k: number, size: number, random: Random, fixed: Float64Array, fixedRows: number): number[] {
  const dense = new Float64Array(size);
  const distance = distanceTo(xs, fixed, fixedRows, size);
  const chosen: number[] = fixedRows === 0 ? [Math.floor(random.uniform() * xs.length)] : [];
  while (chosen.length < k) {
    const last = xs[chosen[chosen.length - 1]!];
    dense.fill(0);
    if (last !== undefined) for (let j = 0; j < last.indices.length; j++) dense[last.indices[j]!] = last.values[j]!;
    let total = 0;
    xs.forEach((x, i) => {
      if (last !== undefined) distance[i] = Math.min(distance[i]!, 1 - dot(x, dense, 0, size));
      total += Math.max(0, distance[i]!);
    });
    if (total <= EPS) break;
    let target = random.uniform() * total;
    let pick = xs.length - 1;
    for (let i = 0; i < xs.length; i++) {
      target -= Math.max(0, distance[i]!);
      if (target <= 0) {
        pick = i;
        break;
      }
    }
    if (chosen.includes(pick)) break;
    chosen.push(pick);
  }
  return chosen;
}

function gramOf(h: Float64Array, k: number, size: number): Float64Array {
  const g = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let s = 0;
      for (let j = 0; j < size; j++) s += h[a * size + j]! * h[b * size + j]!;
      g[a * k + b] = s;
      g[b * k + a] = s;
    }
  }
  return g;
}

/** c_t − Σ_s G_ts·w_s, skipping the zero weights (most of them: the same sum, fewer steps). */
function residual(c: number, gram: Float64Array, t: number, k: number, w: Float64Array): number {
  let r = c;
  const base = t * k;
  for (let s = 0; s < k; s++) {
    const ws = w[s]!;
    if (ws !== 0) r -= gram[base + s]! * ws;
  }
  return r;
}

/** Non-negative least squares of one unit against the themes: min ‖x − w·H‖, w ≥ 0, by coordinate descent. */
export function themeWeights(model: ThemeModel, x: SparseVector, sweeps = 30): Float64Array {
  const { k, size, h, gram } = model;
  const c = new Float64Array(k);
  for (let t = 0; t < k; t++) c[t] = dot(x, h, t, size);
  const w = new Float64Array(k);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let change = 0;
    for (let t = 0; t < k; t++) {
      // A theme sharing no feature with the unit (c = 0) at weight 0 stays there: G ≥ 0, so r ≤ 0.
      if (c[t] === 0 && w[t] === 0) continue;
      const r = residual(c[t]!, gram, t, k, w);
      const next = Math.max(0, w[t]! + r / Math.max(gram[t * k + t]!, EPS));
      change += Math.abs(next - w[t]!);
      w[t] = next;
    }
    if (change < 1e-9) break;
  }
  return w;
}

function normaliseRows(h: Float64Array, k: number, size: number): void {
  for (let t = 0; t < k; t++) {
    let n = 0;
    for (let j = 0; j < size; j++) n += h[t * size + j]! ** 2;
    n = Math.sqrt(n);
    if (n > EPS) for (let j = 0; j < size; j++) h[t * size + j]! /= n;
  }
}

function model(h: Float64Array, k: number, size: number): ThemeModel {
  return { k, size, h, gram: gramOf(h, k, size) };
}

/**
 * Fit k themes to the units' vectors over a vocabulary of `size` features. `fixed` (rows of length
 * 1, one per known theme) comes first in the model and is never updated: guided NMF, where the
 * fixed themes take the units they explain and the k free themes form on what is left.
 */
export function fitNmf(
  xs: readonly SparseVector[],
  k: number,
  size: number,
  random: Random,
  iterations = 80,
  fixed: Float64Array = new Float64Array(0),
): ThemeModel {
  const fixedRows = fixed.length / size;
  const seeds = seedUnits(xs, Math.min(k, xs.length), size, random, fixed, fixedRows);
  const kk = fixedRows + seeds.length;
  const h = new Float64Array(kk * size);
  h.set(fixed);
  seeds.forEach((u, s) => {
    const x = xs[u]!;
    for (let j = 0; j < x.indices.length; j++) h[(fixedRows + s) * size + x.indices[j]!] = x.values[j]!;
  });
  let current = model(h, kk, size);
  let w = xs.map((x) => themeWeights(current, x, 10));
  for (let it = 0; it < iterations; it++) {
    updateThemes(xs, w, h, kk, size, fixedRows);
    normaliseRows(h, kk, size);
    current = model(h, kk, size);
    w = xs.map((x, i) => refineWeights(current, x, w[i]!));
  }
  return current;
}

/** One HALS pass over H's free rows (from `from`) given W: H_t ← max(0, H_t + (WᵀX − WᵀW·H)_t / (WᵀW)_tt). */
function updateThemes(xs: readonly SparseVector[], w: readonly Float64Array[], h: Float64Array, k: number, size: number, from: number): void {
  const wtx = new Float64Array(k * size);
  const wtw = new Float64Array(k * k);
  xs.forEach((x, i) => {
    const wi = w[i]!;
    for (let t = 0; t < k; t++) {
      const a = wi[t]!;
      if (a === 0) continue;
      for (let j = 0; j < x.indices.length; j++) wtx[t * size + x.indices[j]!]! += a * x.values[j]!;
      for (let s = 0; s < k; s++) wtw[t * k + s]! += a * wi[s]!;
    }
  });
  for (let t = from; t < k; t++) {
    const d = Math.max(wtw[t * k + t]!, EPS);
    for (let j = 0; j < size; j++) {
      let r = wtx[t * size + j]!;
      for (let s = 0; s < k; s++) r -= wtw[t * k + s]! * h[s * size + j]!;
      h[t * size + j] = Math.max(0, h[t * size + j]! + r / d);
    }
  }
}

/** One coordinate-descent sweep of a unit's weights from where they were (HALS's W step). */
function refineWeights(model: ThemeModel, x: SparseVector, start: Float64Array): Float64Array {
  const { k, size, h, gram } = model;
  const w = Float64Array.from(start);
  const c = new Float64Array(k);
  for (let t = 0; t < k; t++) c[t] = dot(x, h, t, size);
  for (let t = 0; t < k; t++) {
    const r = residual(c[t]!, gram, t, k, w);
    w[t] = Math.max(0, w[t]! + r / Math.max(gram[t * k + t]!, EPS));
  }
  return w;
}
