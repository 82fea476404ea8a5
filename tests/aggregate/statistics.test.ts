import { describe, expect, it } from 'vitest';
import { logLikelihood, logRatio } from '../../src/aggregate/keyness.js';
import { benjaminiHochberg, twoProportionZ, twoSidedP } from '../../src/aggregate/significance.js';

describe('two-proportion z test', () => {
  it('matches a worked example (45/100 vs 30/100: z ≈ 2.1909, p ≈ 0.02846)', () => {
    const t = twoProportionZ(45, 100, 30, 100);
    expect(t.z).toBeCloseTo(2.1909, 3);
    expect(t.p).toBeCloseTo(0.02846, 4);
  });

  it('cannot compare a group without records', () => {
    expect(twoProportionZ(3, 0, 4, 10)).toEqual({ z: 0, p: 1 });
    expect(twoProportionZ(3, 10, 0, 0)).toEqual({ z: 0, p: 1 });
    expect(twoProportionZ(0, 0, 0, 0)).toEqual({ z: 0, p: 1 });
  });

  it('is antisymmetric: swapping the groups flips z and keeps p', () => {
    const a = twoProportionZ(12, 40, 30, 50);
    const b = twoProportionZ(30, 50, 12, 40);
    expect(a.z).toBeLessThan(0);
    expect(b.z).toBeCloseTo(-a.z, 12);
    expect(b.p).toBeCloseTo(a.p, 12);
  });

  it('cannot show a difference when nobody (or everybody) holds the view', () => {
    expect(twoProportionZ(0, 10, 0, 20)).toEqual({ z: 0, p: 1 });
    expect(twoProportionZ(5, 5, 7, 7)).toEqual({ z: 0, p: 1 });
  });

  it('gives the standard normal tail', () => {
    expect(twoSidedP(1.959963984540054)).toBeCloseTo(0.05, 6);
    expect(twoSidedP(0)).toBe(1);
  });
});

/** BH by its definition, written independently: q_i = min over every p_j ≥ p_i of p_j · m / rank_j. */
function bhByDefinition(p: readonly number[]): number[] {
  const m = p.length;
  const sorted = [...p].sort((a, b) => a - b);
  return p.map((pi) => Math.min(1, ...sorted.map((pj, j) => (pj >= pi ? (pj * m) / (j + 1) : Infinity))));
}

describe('Benjamini–Hochberg', () => {
  it('adjusts p-values step-up and keeps them monotone in the input order', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    expect(q.map((x) => +x.toFixed(4))).toEqual([0.02, 0.04, 0.04, 0.02]);
  });

  it('takes the running minimum from the largest p down when p · m / rank is not monotone', () => {
    // Sorted: 0.01 (×3/1 = 0.03), 0.04 (×3/2 = 0.06), 0.045 (×3/3 = 0.045): 0.04's q is 0.045, not 0.06.
    const q = benjaminiHochberg([0.045, 0.01, 0.04]);
    [0.045, 0.03, 0.045].forEach((x, i) => {
      expect(q[i]).toBeCloseTo(x, 12);
    });
  });

  it('matches the definition on non-monotone families, ties included, and keeps q in p order', () => {
    const families = [
      [0.2, 0.011, 0.012, 0.04, 0.041, 0.042, 0.9],
      [0.03, 0.03, 0.001, 0.5, 0.031],
      [0.6, 0.7],
      [0.049, 0.001, 0.0491, 0.0492, 0.3, 0.0493],
    ];
    for (const p of families) {
      const q = benjaminiHochberg(p);
      const expected = bhByDefinition(p);
      q.forEach((x, i) => {
        expect(x, `family ${p.join(',')} item ${i}`).toBeCloseTo(expected[i]!, 12);
      });
      for (let i = 0; i < p.length; i++) for (let j = 0; j < p.length; j++) if (p[i]! <= p[j]!) expect(q[i]!).toBeLessThanOrEqual(q[j]!);
      for (let i = 0; i < p.length; i++) expect(q[i]!).toBeGreaterThanOrEqual(p[i]!);
    }
  });

  it('gives an empty list for no comparisons and p itself for one', () => {
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([0.3])).toEqual([0.3]);
  });
});

describe('keyness', () => {
  it('G² of 30 in 1000 words against 10 in 1000 is about 10.46', () => {
    expect(logLikelihood(30, 10, 1000, 1000)).toBeCloseTo(10.465, 2);
    expect(logLikelihood(10, 10, 1000, 1000)).toBeCloseTo(0, 10);
  });

  it('log ratio treats a zero as 0.5', () => {
    expect(logRatio(8, 0, 1000, 1000)).toBeCloseTo(4, 10);
  });
});
