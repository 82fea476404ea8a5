/**
 * Seeded random draws for the validation's posterior simulation: sfc32 (a small, fast, well-tested
 * generator) seeded from sha256 of a name and the seed, so each share's draws are the same on
 * every run and do not depend on which other shares are computed. Gamma by Marsaglia–Tsang.
 */
import { createHash } from 'node:crypto';

export interface Random {
  /** Uniform in (0, 1). */
  uniform(): number;
}

export function seededRandom(seed: number, name: string): Random {
  const h = createHash('sha256').update(`${seed}\u0000${name}`).digest();
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  return { uniform: () => (next() + 0.5) / 4294967296 };
}

function normal(r: Random): number {
  return Math.sqrt(-2 * Math.log(r.uniform())) * Math.cos(2 * Math.PI * r.uniform());
}

/** A Gamma(shape, 1) draw; 0 for shape 0. */
export function gamma(r: Random, shape: number): number {
  if (shape <= 0) return 0;
  if (shape < 1) return gamma(r, shape + 1) * r.uniform() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(r);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = r.uniform();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Dirichlet draw, written into `out`. */
export function dirichlet(r: Random, alpha: readonly number[], out: number[]): number[] {
  let sum = 0;
  for (let i = 0; i < alpha.length; i++) {
    out[i] = gamma(r, alpha[i]!);
    sum += out[i]!;
  }
  for (let i = 0; i < alpha.length; i++) out[i] = sum > 0 ? out[i]! / sum : 1 / alpha.length;
  return out;
}

/** The q-quantile of sorted values (linear between order statistics). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * A Binomial(n, p) draw: by inversion of the distribution function when the smaller tail's mean is
 * under 40 (exact, and at most ~40 steps); above that by the normal approximation with continuity
 * correction, rounded into [0, n] (its error is far below the spread such counts carry).
 */
export function binomial(r: Random, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(r, n, 1 - p);
  const mean = n * p;
  if (mean >= 40) {
    const x = Math.round(mean + Math.sqrt(mean * (1 - p)) * normal(r));
    return Math.min(n, Math.max(0, x));
  }
  const odds = p / (1 - p);
  let pmf = Math.exp(n * Math.log1p(-p));
  let cdf = pmf;
  const u = r.uniform();
  let k = 0;
  while (u > cdf && k < n) {
    pmf *= ((n - k) / (k + 1)) * odds;
    cdf += pmf;
    k++;
    if (pmf < 1e-17 && k > mean) break;
  }
  return k;
}
