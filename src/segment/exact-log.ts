/**
 * The natural logarithm rounded to the nearest double, as a correctly rounded C library gives it.
 * jieba weighs a word by log(frequency / total); `Math.log` may differ from the C library's `log`
 * in the last bit (it does on 49 of the 5,087 frequencies of jieba's dictionary), and a last-bit
 * difference can flip a near-tie between two paths. glibc's `log` is correctly rounded on every one
 * of those frequencies (checked against Python's `decimal` at 60 digits), so rounding the exact value
 * here gives the very weights nodejieba computes, on any platform.
 */

const view = new DataView(new ArrayBuffer(8));

/** x = mantissa × 2^exponent, mantissa a whole number (x finite, > 0). */
function decompose(x: number): { readonly mantissa: bigint; readonly exponent: number } {
  view.setFloat64(0, x);
  const biased = (view.getUint32(0) >>> 20) & 0x7ff;
  const fraction = view.getBigUint64(0) & ((1n << 52n) - 1n);
  return biased === 0 ? { mantissa: fraction, exponent: -1074 } : { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** atanh(z) × 2^p for z given × 2^p (|z| ≤ 1/3): z + z³/3 + z⁵/5 + … */
function atanhScaled(z: bigint, p: bigint): bigint {
  if (z < 0n) return -atanhScaled(-z, p);
  const square = (z * z) >> p;
  let term = z;
  let sum = z;
  for (let n = 3n; term !== 0n; n += 2n) {
    term = (term * square) >> p;
    sum += term / n;
  }
  return sum;
}

const ln2ByBits = new Map<bigint, bigint>();

/** ln 2 × 2^p (2 atanh(1/3)), once per precision. */
function ln2Scaled(p: bigint): bigint {
  let ln2 = ln2ByBits.get(p);
  if (ln2 === undefined) {
    ln2 = 2n * atanhScaled((1n << p) / 3n, p);
    ln2ByBits.set(p, ln2);
  }
  return ln2;
}

/** ln(x) × 2^p, within a few thousand units of the last place. */
function lnScaled(x: number, p: bigint): bigint {
  const { mantissa, exponent } = decompose(x);
  const bits = mantissa.toString(2).length;
  // x = f × 2^k with f = num / den in [√½, √2), so that the series converges fast.
  let k = exponent + bits - 1;
  const num = mantissa;
  let den = 1n << BigInt(bits - 1);
  if (num * num > 2n * den * den) {
    den <<= 1n;
    k += 1;
  }
  return BigInt(k) * ln2Scaled(p) + 2n * atanhScaled(((num - den) << p) / (num + den), p);
}

/** y × 2^p exactly (y a double whose last place is at least 2^−p). */
function scaled(y: number, p: bigint): bigint {
  const { mantissa, exponent } = decompose(Math.abs(y));
  const shift = BigInt(exponent) + p;
  if (shift < 0n) throw new RangeError(`exactLog: ${y} needs more than ${p} bits`);
  const magnitude = mantissa << shift;
  return y < 0 ? -magnitude : magnitude;
}

/** The double next to y (y ≠ 0, finite), away from zero (+1) or towards it (−1). */
function adjacent(y: number, away: 1 | -1): number {
  view.setFloat64(0, y);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(away));
  return view.getFloat64(0);
}

/** ln(x), correctly rounded; the same as Math.log where Math.log already is. */
export function exactLog(x: number): number {
  const estimate = Math.log(x);
  if (!(x > 0) || !Number.isFinite(x) || x === 1) return estimate;
  const candidates = [adjacent(estimate, -1), estimate, adjacent(estimate, 1)];
  for (let p = 128n; ; p += 64n) {
    const exact = lnScaled(x, p);
    const distances = candidates.map((c) => {
      const d = scaled(c, p) - exact;
      return d < 0n ? -d : d;
    });
    const order = [0, 1, 2].sort((a, b) => (distances[a]! < distances[b]! ? -1 : distances[a]! > distances[b]! ? 1 : 0));
    const gap = distances[order[1]!]! - distances[order[0]!]!;
    // The series' error stays below 2^16 units; a closer call is decided with more bits.
    if (gap > 1n << 16n) return candidates[order[0]!]!;
    if (p > 1024n) throw new RangeError(`exactLog: cannot decide the rounding of ln(${x})`);
  }
}
