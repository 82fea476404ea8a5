/**
 * Agreement between coders on one nominal field. Krippendorff's alpha by the coincidence matrix
 * (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"): any number of coders, missing
 * values allowed, units with fewer than two values left out. Cohen's kappa for two coders over the
 * units both coded. Raw agreement: the share of pairable units on which every value is the same.
 */

/** One unit's values, one per coder; null where that coder gave none. */
export type UnitValues = readonly (string | null)[];

export interface Agreement {
  /** Null when undefined: fewer than two pairable values, or every value the same (no variation to agree on). */
  readonly alpha: number | null;
  /** Two coders only; null otherwise, or when chance agreement is 1. */
  readonly kappa: number | null;
  /** Share of pairable units with one value throughout. */
  readonly agreement: number | null;
  /** Pairable units (two values or more). */
  readonly n: number;
}

function pairable(units: readonly UnitValues[]): string[][] {
  return units.map((u) => u.filter((v): v is string => v !== null)).filter((u) => u.length >= 2);
}

export function krippendorffAlpha(units: readonly UnitValues[]): number | null {
  const coincidence = new Map<string, Map<string, number>>();
  for (const values of pairable(units)) {
    const m = values.length;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const row = coincidence.get(values[i]!) ?? new Map<string, number>();
        row.set(values[j]!, (row.get(values[j]!) ?? 0) + 1 / (m - 1));
        coincidence.set(values[i]!, row);
      }
    }
  }
  const marginal = new Map<string, number>();
  let n = 0;
  let observed = 0;
  for (const [c, row] of coincidence) {
    for (const [k, o] of row) {
      marginal.set(c, (marginal.get(c) ?? 0) + o);
      n += o;
      if (c !== k) observed += o;
    }
  }
  let expected = 0;
  for (const [c, nc] of marginal) for (const [k, nk] of marginal) if (c !== k) expected += nc * nk;
  if (n < 2 || expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

export function cohenKappa(units: readonly UnitValues[]): number | null {
  const both = units.filter((u) => u.length === 2 && u[0] !== null && u[1] !== null) as (readonly [string, string])[];
  if (both.length === 0) return null;
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let same = 0;
  for (const [x, y] of both) {
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
    if (x === y) same++;
  }
  const n = both.length;
  let chance = 0;
  for (const [c, count] of a) chance += (count / n) * ((b.get(c) ?? 0) / n);
  if (chance === 1) return null;
  return (same / n - chance) / (1 - chance);
}

export function agreementOf(units: readonly UnitValues[]): Agreement {
  const usable = pairable(units);
  const twoCoders = units.every((u) => u.length === 2);
  return {
    alpha: krippendorffAlpha(units),
    kappa: twoCoders ? cohenKappa(units) : null,
    agreement: usable.length === 0 ? null : usable.filter((u) => u.every((v) => v === u[0])).length / usable.length,
    n: usable.length,
  };
}
