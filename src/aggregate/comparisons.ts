/**
 * The two compared regions (comparedRegions: Mainland against Hong Kong in the talent study): each viewpoint's share of a topic's posts compared by a
 * two-proportion z test, Benjamini–Hochberg over every viewpoint of every topic; and each
 * topic's key terms in both directions.
 */
import { keyTerms, type KeyTerm, type TermCounts, type TermForms } from './keyness.js';
import { benjaminiHochberg, FDR_LEVEL, twoProportionZ } from './significance.js';
import type { Share } from './wilson.js';

export interface ViewpointTest {
  readonly topic: string;
  readonly viewpoint: string;
  /** Shares of the compared regions, in order (Summary.compared). */
  readonly shares: readonly [Share, Share];
  readonly z: number;
  readonly p: number;
  /** Benjamini–Hochberg adjusted p-value over all viewpoint tests. */
  readonly q: number;
  /** q < FDR_LEVEL */
  readonly significant: boolean;
  /** z, p and q come from shares corrected with a validation sample (estimates.ts). */
  readonly corrected?: boolean;
}

interface ShareRow {
  readonly topic: string;
  readonly region: string;
  readonly viewpoint: string;
  readonly share: Share;
}

export function viewpointTests(compared: readonly [string, string], rows: readonly ShareRow[]): ViewpointTest[] {
  const [a, b] = compared;
  const pairs: { topic: string; viewpoint: string; x: Share; y: Share }[] = [];
  for (const row of rows) {
    if (row.region !== a) continue;
    const other = rows.find((r) => r.region === b && r.viewpoint === row.viewpoint && r.topic === row.topic);
    if (other === undefined || row.share.total === 0 || other.share.total === 0) continue;
    pairs.push({ topic: row.topic, viewpoint: row.viewpoint, x: row.share, y: other.share });
  }
  const tests = pairs.map((t) => twoProportionZ(t.x.count, t.x.total, t.y.count, t.y.total));
  const q = benjaminiHochberg(tests.map((t) => t.p));
  return pairs.map((t, i) => ({
    topic: t.topic,
    viewpoint: t.viewpoint,
    shares: [t.x, t.y],
    z: tests[i]!.z,
    p: tests[i]!.p,
    q: q[i]!,
    significant: q[i]! < FDR_LEVEL,
  }));
}

export function allKeyTerms(topics: readonly string[], compared: readonly [string, string], terms: TermCounts, forms: TermForms): KeyTerm[] {
  const [a, b] = compared;
  return topics.flatMap((topic) => [...keyTerms(terms, forms, topic, a, b), ...keyTerms(terms, forms, topic, b, a)]);
}
