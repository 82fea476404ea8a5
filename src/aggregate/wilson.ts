/**
 * The Wilson score interval for a binomial proportion (Wilson 1927): well behaved for small
 * counts and for shares near 0 or 1, unlike the normal approximation.
 */
export const Z_95 = 1.959963984540054;

export interface Share {
  readonly count: number;
  readonly total: number;
  /** count / total, or 0 when total is 0. */
  readonly share: number;
  readonly low: number;
  readonly high: number;
}

export function wilsonShare(count: number, total: number, z: number = Z_95): Share {
  if (total <= 0) return { count, total, share: 0, low: 0, high: 0 };
  const p = count / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  return { count, total, share: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
