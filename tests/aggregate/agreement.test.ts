import { describe, expect, it } from 'vitest';
import { agreementOf, cohenKappa, krippendorffAlpha, type UnitValues } from '../../src/aggregate/agreement.js';

/** Columns of a coders × units table → units. */
function units(...coders: (string | null)[][]): UnitValues[] {
  return coders[0]!.map((_, u) => coders.map((c) => c[u] ?? null));
}

describe('agreement statistics against published worked examples', () => {
  it('Krippendorff (2011) §A: 4 observers, 12 units, missing values, nominal alpha = 0.743', () => {
    const _ = null;
    const data = units(
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
      [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
    );
    expect(krippendorffAlpha(data)).toBeCloseTo(0.743, 3);
    expect(agreementOf(data).n).toBe(11); // unit 12 has one value only
  });

  it('Krippendorff (2011) binary example: 2 observers, 10 units, alpha = 0.095', () => {
    const data = units(['0', '1', '0', '0', '0', '0', '0', '0', '1', '0'], ['1', '1', '1', '0', '0', '1', '0', '0', '0', '0']);
    expect(krippendorffAlpha(data)).toBeCloseTo(0.095, 3);
  });

  it('Cohen (1960) as commonly worked: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → p_o 0.7, p_e 0.5, kappa 0.4', () => {
    const pairs = [...Array(20).fill(['y', 'y']), ...Array(5).fill(['y', 'n']), ...Array(10).fill(['n', 'y']), ...Array(15).fill(['n', 'n'])] as [
      string,
      string,
    ][];
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 12);
    expect(agreementOf(pairs)).toMatchObject({ agreement: 0.7, n: 50 });
  });

  it('alpha by hand for two coders and three units: o(a,a)=2, o(a,b)=o(b,a)=1, o(b,b)=2, n=6 → 1 − 5·2/(3·3·2) = 4/9', () => {
    expect(
      krippendorffAlpha([
        ['a', 'a'],
        ['a', 'b'],
        ['b', 'b'],
      ]),
    ).toBeCloseTo(4 / 9, 12);
  });

  it('no variation leaves alpha and kappa undefined rather than claiming perfect agreement', () => {
    expect(
      agreementOf([
        ['x', 'x'],
        ['x', 'x'],
      ]),
    ).toEqual({ alpha: null, kappa: null, agreement: 1, n: 2 });
  });

  it('kappa is only for two coders', () => {
    expect(
      agreementOf([
        ['a', 'b', 'a'],
        ['b', 'b', 'b'],
      ]).kappa,
    ).toBeNull();
  });
});
