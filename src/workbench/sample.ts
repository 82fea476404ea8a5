/**
 * Drawing a coding sample from classified posts, reproducibly: each post's key is a hash of its id
 * and the seed; within each stratum the posts with the smallest keys are drawn. Strata (by the
 * region and/or the tool's topic set) get sizes in proportion to the square root of their
 * population — between proportional allocation (rare topics get few posts) and equal allocation
 * (huge weights) — and every drawn post carries the weight population / drawn of its stratum,
 * so estimates from the coded posts stay unbiased for the whole dump.
 */
import type { ToolLabels } from './coded.js';

export const STRATIFY_FIELDS = ['region', 'topic'] as const;
export type StratifyField = (typeof STRATIFY_FIELDS)[number];

export interface Candidate {
  readonly id: string;
  readonly key: number;
  readonly platform: string;
  readonly text: string;
  readonly tool: ToolLabels;
}

/** Counts per stratum and, per stratum, the `n` candidates with the smallest keys (memory bounded by n × strata). */
export interface SampleFrame {
  readonly n: number;
  readonly by: readonly StratifyField[];
  readonly population: Map<string, number>;
  readonly kept: Map<string, Candidate[]>;
}

export interface Stratum {
  readonly stratum: string;
  readonly population: number;
  readonly sampled: number;
  /** population / sampled: how many posts of the dump each coded post stands for. */
  readonly weight: number;
}

export interface DrawnPost extends Candidate {
  readonly stratum: string;
  readonly weight: number;
}

export function stratumOf(tool: ToolLabels, by: readonly StratifyField[]): string {
  const parts = by.map((field) =>
    field === 'region' ? tool.region : !tool.relevant ? 'not_relevant' : tool.topics.length === 0 ? 'no_topic' : [...tool.topics].sort().join('+'),
  );
  return parts.length === 0 ? 'all' : parts.join(' · ');
}

export function emptyFrame(n: number, by: readonly StratifyField[]): SampleFrame {
  return { n, by, population: new Map(), kept: new Map() };
}

const byKey = (a: Candidate, b: Candidate) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function offerCandidate(frame: SampleFrame, candidate: Candidate): void {
  const stratum = stratumOf(candidate.tool, frame.by);
  frame.population.set(stratum, (frame.population.get(stratum) ?? 0) + 1);
  const kept = frame.kept.get(stratum) ?? [];
  kept.push(candidate);
  if (kept.length >= 2 * frame.n) kept.sort(byKey).length = frame.n;
  frame.kept.set(stratum, kept);
}

/** Square-root allocation of n over strata, largest remainders, capped at each stratum's population. */
export function allocate(population: ReadonlyMap<string, number>, n: number): Map<string, number> {
  const out = new Map<string, number>();
  let open = [...population.keys()].sort();
  for (const s of open) out.set(s, 0);
  let left = Math.min(
    n,
    [...population.values()].reduce((a, b) => a + b, 0),
  );
  while (left > 0 && open.length > 0) {
    const roots = open.map((s) => Math.sqrt(population.get(s)!));
    const total = roots.reduce((a, b) => a + b, 0);
    const ideal = open.map((s, i) => ({ s, x: (left * roots[i]!) / total }));
    const give = new Map(ideal.map(({ s, x }) => [s, Math.floor(x)]));
    let rest = left - [...give.values()].reduce((a, b) => a + b, 0);
    for (const { s } of [...ideal].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) || (a.s < b.s ? -1 : 1))) {
      if (rest-- <= 0) break;
      give.set(s, give.get(s)! + 1);
    }
    for (const s of open) {
      const room = population.get(s)! - out.get(s)!;
      const g = Math.min(give.get(s)!, room);
      out.set(s, out.get(s)! + g);
      left -= g;
    }
    open = open.filter((s) => out.get(s)! < population.get(s)!);
  }
  return out;
}

/** The drawn posts in key order (strata interleaved at random) and each stratum's design. */
export function drawSample(frame: SampleFrame): { readonly posts: readonly DrawnPost[]; readonly strata: readonly Stratum[] } {
  const sizes = allocate(frame.population, frame.n);
  const strata: Stratum[] = [];
  const posts: DrawnPost[] = [];
  for (const [stratum, sampled] of [...sizes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const population = frame.population.get(stratum)!;
    const weight = sampled === 0 ? 0 : population / sampled;
    strata.push({ stratum, population, sampled, weight });
    for (const c of (frame.kept.get(stratum) ?? []).sort(byKey).slice(0, sampled)) posts.push({ ...c, stratum, weight });
  }
  return { posts: posts.sort(byKey), strata };
}
