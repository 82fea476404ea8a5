import { describe, expect, it } from 'vitest';
import { exactLog } from '../../src/segment/exact-log.js';

describe('exactLog: ln rounded to the nearest double', () => {
  it('gives the correctly rounded value where Math.log is one unit off', () => {
    // Frequencies / total of jieba's dictionary; the expected values are glibc's log, which Python's
    // decimal module (60 digits) confirms are the nearest doubles. Math.log gives the neighbour.
    const cases: [number, number][] = [
      [2.1796285823048467e-6, -13.03635607076828],
      [2.4458427602962786e-6, -12.921120807190695],
      [2.8618024134078904e-6, -12.76405891715598],
      [4.658748114850054e-6, -12.276763790800183],
    ];
    for (const [x, expected] of cases) {
      expect(Math.log(x)).not.toBe(expected);
      expect(exactLog(x)).toBe(expected);
    }
  });

  it('agrees with well-known constants and stays within one unit of Math.log', () => {
    expect(exactLog(2)).toBe(Math.LN2);
    expect(exactLog(10)).toBe(Math.LN10);
    expect(exactLog(0.5)).toBe(-Math.LN2);
    for (let i = 1; i < 400; i++) {
      const x = (i * 7919) / 104729 / 10 ** (i % 9);
      expect(Math.abs(exactLog(x) - Math.log(x))).toBeLessThanOrEqual(Math.abs(Math.log(x)) * 2.3e-16);
    }
  });

  it('leaves the special cases to Math.log', () => {
    expect(exactLog(1)).toBe(0);
    expect(exactLog(0)).toBe(-Infinity);
    expect(exactLog(-1)).toBeNaN();
    expect(exactLog(Infinity)).toBe(Infinity);
  });
});
