import { describe, expect, it } from 'vitest';
import { logLikelihood, logRatio } from '../../src/aggregate/keyness.js';
import { benjaminiHochberg, twoProportionZ, twoSidedP } from '../../src/aggregate/significance.js';

describe('two-proportion z test', () => {
  it('matches a worked example (45/100 vs 30/100: z ≈ 2.1909, p ≈ 0.02846)', () => {
    const t = twoProportionZ(45, 100, 30, 100);
    expect(t.z).toBeCloseTo(2.1909, 3);
    expect(t.p).toBeCloseTo(0.02846, 4);
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

describe('Benjamini–Hochberg', () => {
  it('adjusts p-values step-up and keeps them monotone in the input order', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    expect(q.map((x) => +x.toFixed(4))).toEqual([0.02, 0.04, 0.04, 0.02]);
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
