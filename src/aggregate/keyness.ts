/**
 * Keyness: which words one region uses distinctly more than the other within a topic
 * (Dunning's log-likelihood G², with Hardie's Log Ratio as the effect size). Token counts are
 * kept per region × topic and merge by adding. Tokens are normalised (Simplified) words, so both
 * scripts of a word count together.
 */
import { bump, mergeNested, type Counts } from './region-counts.js';
import { twoSidedP } from './significance.js';
import type { TermToken } from './terms.js';

/** "<region> <topic>" → token → occurrences in the region's relevant records on the topic. */
export type TermCounts = Record<string, Counts>;

/**
 * term → written form → occurrences, for forms that differ from the normalised term (Traditional
 * or capitalised spellings): the report shows a word as people wrote it (a Cantonese word in its
 * Traditional form rather than an ambiguous Simplified merger; TTPS rather than ttps).
 */
export type TermForms = Record<string, Counts>;

/** A term must occur this often in the region that over-uses it. */
export const KEYNESS_MIN_COUNT = 3;
/** G² ≥ 6.63 is p < 0.01 (chi-square, 1 df). */
export const KEYNESS_MIN_G2 = 6.63;
export const KEY_TERMS_PER_GROUP = 10;

export function termsKey(region: string, topic: string): string {
  return `${region} ${topic}`;
}

export function addTerms(terms: TermCounts, forms: TermForms, region: string, topics: readonly string[], tokens: readonly TermToken[]): void {
  for (const topic of topics) {
    const counts = (terms[termsKey(region, topic)] ??= {});
    for (const token of tokens) bump(counts, token.term);
  }
  for (const token of tokens) if (token.surface !== token.term) bump((forms[token.term] ??= {}), token.surface);
}

export const mergeTerms: (into: TermCounts | TermForms, from: TermCounts | TermForms) => void = mergeNested;

/** The most frequent written form that differs from the term, or "" when there is none. */
export function writtenForm(forms: TermForms, term: string): string {
  let best = '';
  let n = 0;
  for (const [form, count] of Object.entries(forms[term] ?? {})) {
    if (count > n || (count === n && form < best)) [best, n] = [form, count];
  }
  return best;
}

function xlnx(x: number, expected: number): number {
  return x > 0 ? x * Math.log(x / expected) : 0;
}

/** G² for a term seen `a` times in a corpus of `c` tokens and `b` times in one of `d` tokens. */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  if (c <= 0 || d <= 0) return 0;
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  return 2 * (xlnx(a, e1) + xlnx(b, e2));
}

/** log2 of the ratio of relative frequencies, zero counts taken as 0.5 (Hardie 2014). */
export function logRatio(a: number, b: number, c: number, d: number): number {
  return Math.log2(Math.max(a, 0.5) / c / (Math.max(b, 0.5) / d));
}

export interface KeyTerm {
  readonly topic: string;
  /** The region that uses the term more. */
  readonly region: string;
  readonly other: string;
  /** The normalised (Simplified) token. */
  readonly term: string;
  /** Its most frequent other written form (Traditional, capitalised), or "". */
  readonly form: string;
  readonly count: number;
  readonly otherCount: number;
  readonly total: number;
  readonly otherTotal: number;
  readonly g2: number;
  /** p of G² as chi-square with 1 df: P(|Z| ≥ √G²). */
  readonly p: number;
  readonly logRatio: number;
}

function total(counts: Counts): number {
  let n = 0;
  for (const v of Object.values(counts)) n += v;
  return n;
}

/** The terms `region` over-uses against `other` on `topic`, strongest first. */
export function keyTerms(terms: TermCounts, forms: TermForms, topic: string, region: string, other: string): KeyTerm[] {
  const mine = terms[termsKey(region, topic)] ?? {};
  const theirs = terms[termsKey(other, topic)] ?? {};
  const c = total(mine);
  const d = total(theirs);
  const out: KeyTerm[] = [];
  for (const [term, a] of Object.entries(mine)) {
    const b = theirs[term] ?? 0;
    if (a < KEYNESS_MIN_COUNT || a / c <= b / d) continue;
    const g2 = logLikelihood(a, b, c, d);
    if (g2 < KEYNESS_MIN_G2) continue;
    out.push({
      topic,
      region,
      other,
      term,
      form: writtenForm(forms, term),
      count: a,
      otherCount: b,
      total: c,
      otherTotal: d,
      g2,
      p: twoSidedP(Math.sqrt(g2)),
      logRatio: logRatio(a, b, c, d),
    });
  }
  out.sort((x, y) => y.g2 - x.g2 || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
  return out.slice(0, KEY_TERMS_PER_GROUP);
}
