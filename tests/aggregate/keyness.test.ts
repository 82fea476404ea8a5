/**
 * Key terms (README, "Reports"): a term a region over-uses on a topic, with at least
 * KEYNESS_MIN_COUNT occurrences and G² ≥ 6.63 (p < 0.01), strongest first, ties by term, at most
 * KEY_TERMS_PER_GROUP; counts kept per region × topic; written forms for display.
 */
import { describe, expect, it } from 'vitest';
import {
  addTerms,
  KEY_TERMS_PER_GROUP,
  KEYNESS_MIN_COUNT,
  KEYNESS_MIN_G2,
  keyTerms,
  logLikelihood,
  mergeTerms,
  termsKey,
  writtenForm,
  type TermCounts,
  type TermForms,
} from '../../src/aggregate/keyness.js';

/** G² written out: 2 Σ O ln(O / E), with E from the pooled rate. */
function g2(a: number, b: number, c: number, d: number): number {
  const rate = (a + b) / (c + d);
  const part = (o: number, e: number) => (o === 0 ? 0 : o * Math.log(o / e));
  return 2 * (part(a, c * rate) + part(b, d * rate));
}

function counts(region: 'mainland' | 'hk', words: Record<string, number>): TermCounts {
  return { [termsKey(region, 'permanent_residency')]: words };
}

const both = (mainland: Record<string, number>, hk: Record<string, number>): TermCounts => ({ ...counts('mainland', mainland), ...counts('hk', hk) });
const key = (terms: TermCounts, forms: TermForms = {}) => keyTerms(terms, forms, 'permanent_residency', 'mainland', 'hk');

describe('log-likelihood G²', () => {
  it('matches the formula, in both directions, with zero counts', () => {
    for (const [a, b, c, d] of [
      [30, 10, 1000, 1000],
      [3, 0, 40, 60],
      [0, 7, 50, 50],
      [12, 12, 100, 300],
    ] as const) {
      expect(logLikelihood(a, b, c, d)).toBeCloseTo(g2(a, b, c, d), 10);
    }
  });

  it('is zero when either corpus is empty', () => {
    expect(logLikelihood(3, 0, 10, 0)).toBe(0);
    expect(logLikelihood(0, 3, 0, 10)).toBe(0);
  });
});

describe('key terms', () => {
  it('need at least KEYNESS_MIN_COUNT occurrences in the region that over-uses them', () => {
    expect(KEYNESS_MIN_COUNT).toBe(3);
    // 3 of 10 against 0 of 1000 is far over G² 6.63; 2 of 10 too, but 2 is below the minimum count.
    expect(key(both({ 甲: 3, 乙: 7 }, { 丙: 1000 })).map((k) => k.term)).toEqual(['乙', '甲']);
    expect(key(both({ 甲: 2, 乙: 8 }, { 丙: 1000 })).map((k) => k.term)).toEqual(['乙']);
  });

  it('need the region to use them at a higher rate than the other', () => {
    // Same rate (10 of 100 against 20 of 200): not over-used. Lower rate: not either.
    expect(key(both({ 甲: 10, 乙: 90 }, { 甲: 20, 乙: 180 }))).toEqual([]);
    expect(key(both({ 甲: 10, 乙: 90 }, { 甲: 50, 乙: 50 })).map((k) => k.term)).toEqual(['乙']);
  });

  it('need G² of at least 6.63', () => {
    expect(KEYNESS_MIN_G2).toBe(6.63);
    // 9 of 100 against 3 of 100: G² ≈ 3.22, not enough; 20 of 100 against 5 of 100: ≈ 9.94.
    expect(key(both({ 甲: 9, 乙: 91 }, { 甲: 3, 乙: 97 })).map((k) => k.term)).toEqual([]);
    const [k] = key(both({ 甲: 20, 乙: 80 }, { 甲: 5, 乙: 95 }));
    expect(k).toMatchObject({
      term: '甲',
      region: 'mainland',
      other: 'hk',
      topic: 'permanent_residency',
      count: 20,
      otherCount: 5,
      total: 100,
      otherTotal: 100,
    });
    expect(k!.g2).toBeCloseTo(g2(20, 5, 100, 100), 10);
    expect(k!.logRatio).toBeCloseTo(2, 10);
  });

  it('come strongest first, ties by term, at most KEY_TERMS_PER_GROUP', () => {
    const mine: Record<string, number> = {};
    const words = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];
    words.forEach((w, i) => {
      mine[w] = 10 + (i % 6);
    });
    const got = key(both(mine, { 其他: 2000 }));
    expect(got).toHaveLength(KEY_TERMS_PER_GROUP);
    expect(KEY_TERMS_PER_GROUP).toBe(10);
    for (let i = 1; i < got.length; i++) {
      const [x, y] = [got[i - 1]!, got[i]!];
      expect(x.g2 > y.g2 || (x.g2 === y.g2 && x.term < y.term), `${x.term} before ${y.term}`).toBe(true);
    }
    // Twelve words in six pairs of equal counts: the two weakest (count 10: 子 and 午) are cut.
    expect(got.map((k) => k.term).sort()).toEqual(words.filter((w) => w !== '子' && w !== '午').sort());
  });

  it('without counts for the other region, over-use cannot be shown', () => {
    expect(key(counts('mainland', { 甲: 50 }))).toEqual([]);
  });
});

describe('term counts and written forms', () => {
  it('count every token per region × topic, and written forms only where they differ', () => {
    const terms: TermCounts = {};
    const forms: TermForms = {};
    const tokens = [
      { term: '续签', surface: '續簽' },
      { term: '续签', surface: '续签' },
      { term: 'ttps', surface: 'TTPS' },
      { term: '续签', surface: '續簽' },
    ];
    addTerms(terms, forms, 'hk', ['permanent_residency', 'scheme_optimisation'], tokens);
    expect(terms).toEqual({ 'hk permanent_residency': { 续签: 3, ttps: 1 }, 'hk scheme_optimisation': { 续签: 3, ttps: 1 } });
    expect(forms).toEqual({ 续签: { 續簽: 2 }, ttps: { TTPS: 1 } });
    mergeTerms(terms, { 'hk permanent_residency': { 续签: 1, 永居: 2 } });
    expect(terms['hk permanent_residency']).toEqual({ 续签: 4, ttps: 1, 永居: 2 });
  });

  it('show the most frequent written form, the first in order on a tie, or nothing when there is none', () => {
    expect(writtenForm({ 续签: { 續簽: 3, 續籤: 5 } }, '续签')).toBe('續籤');
    expect(writtenForm({ 续签: { 續簽: 4, 續籤: 4 } }, '续签')).toBe('續簽');
    expect(writtenForm({ 续签: { 續籤: 4, 續簽: 4 } }, '续签')).toBe('續簽');
    expect(writtenForm({}, '续签')).toBe('');
  });
});
