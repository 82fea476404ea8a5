/**
 * The correction against a seeded simulation with known confusion rates: the tool misses and
 * invents topics at different rates in two regions; the coded posts are a random sample of the
 * dump. Corrected shares must be nearly unbiased and their 95% intervals must cover the truth
 * close to 95% of the time, where the raw shares are biased.
 */
import { describe, expect, it } from 'vitest';
import { categoryOf, codedCounts, correctTarget, type RegionCells, type ValidationPost } from '../../src/aggregate/correction.js';
import { seededRandom } from '../../src/aggregate/random.js';

const TARGET = { topic: 't', viewpoint: null };
const REGIONS = [
  { name: 'a', share: 0.3, recall: 0.6, falsePositive: 0.08 },
  { name: 'b', share: 0.15, recall: 0.85, falsePositive: 0.03 },
];

function world(seed: number, size: number, coded: number) {
  const r = seededRandom(seed, 'simulated dump');
  const posts: ValidationPost[] = [];
  const cells: RegionCells[] = [];
  const truth: number[] = [];
  for (const region of REGIONS) {
    const population: [number, number, number] = [0, 0, 0];
    let relevant = 0;
    let onTopic = 0;
    for (let i = 0; i < size; i++) {
      const isRelevant = r.uniform() < 0.7;
      const hasTopic = isRelevant && r.uniform() < region.share;
      const toolRelevant = isRelevant ? r.uniform() < 0.95 : r.uniform() < 0.1;
      const toolTopic = toolRelevant && r.uniform() < (hasTopic ? region.recall : region.falsePositive);
      const gold = { relevant: isRelevant, topics: hasTopic ? ['t'] : [], viewpoints: [] };
      const tool = { relevant: toolRelevant, topics: toolTopic ? ['t'] : [], viewpoints: [] };
      population[categoryOf(TARGET, tool)]++;
      relevant += isRelevant ? 1 : 0;
      onTopic += hasTopic ? 1 : 0;
      if (i < coded) posts.push({ id: `${region.name}${i}`, region: region.name, weight: 1, coded: gold, tool });
    }
    cells.push({ region: region.name, population });
    truth.push(onTopic / relevant);
  }
  return { posts, cells, truth };
}

describe("shares corrected for the tool's errors", () => {
  it('in a seeded simulation with known confusion rates, corrected shares are nearly unbiased and 95% intervals cover the truth about 95% of the time', () => {
    const runs = 120;
    const covered = [0, 0];
    const error = [0, 0];
    const rawError = [0, 0];
    for (let s = 0; s < runs; s++) {
      const w = world(s, 3000, 120);
      const out = correctTarget(TARGET, w.cells, w.posts, { seed: 1, draws: 600 });
      out.forEach((o, i) => {
        const raw = w.cells[i]!.population[0] / (w.cells[i]!.population[0] + w.cells[i]!.population[1]);
        if (o.low <= w.truth[i]! && w.truth[i]! <= o.high) covered[i]!++;
        error[i]! += o.estimate - w.truth[i]!;
        rawError[i]! += raw - w.truth[i]!;
      });
    }
    for (const i of [0, 1]) {
      expect(covered[i]! / runs).toBeGreaterThanOrEqual(0.9);
      expect(covered[i]! / runs).toBeLessThanOrEqual(0.99);
      expect(Math.abs(error[i]! / runs)).toBeLessThan(0.01);
    }
    expect(Math.abs(rawError[0]! / runs)).toBeGreaterThan(0.05); // region a: recall 0.6 makes the raw share 7 points low
  });

  it('is the plug-in estimator when the coded sample is large: Σ N_c θ_c0 / Σ N_c (θ_c0 + θ_c1)', () => {
    // Tool says "t" for 100 posts (80% truly t), "relevant, not t" for 300 (10% truly t, 85% relevant not t), "not relevant" for 600 (no t, 5% relevant).
    const posts: ValidationPost[] = [];
    const add = (n: number, tool: { relevant: boolean; topics: string[] }, coded: { relevant: boolean; topics: string[] }) => {
      for (let i = 0; i < n; i++)
        posts.push({ id: `${posts.length}`, region: 'r', weight: 1, tool: { ...tool, viewpoints: [] }, coded: { ...coded, viewpoints: [] } });
    };
    add(800, { relevant: true, topics: ['t'] }, { relevant: true, topics: ['t'] });
    add(200, { relevant: true, topics: ['t'] }, { relevant: true, topics: [] });
    add(1000, { relevant: true, topics: [] }, { relevant: true, topics: ['t'] });
    add(8500, { relevant: true, topics: [] }, { relevant: true, topics: [] });
    add(500, { relevant: true, topics: [] }, { relevant: false, topics: [] });
    add(500, { relevant: false, topics: [] }, { relevant: true, topics: [] });
    add(9500, { relevant: false, topics: [] }, { relevant: false, topics: [] });
    const [out] = correctTarget(TARGET, [{ region: 'r', population: [100, 300, 600] }], posts, { seed: 3, draws: 200 });
    const expected = (100 * 0.8 + 300 * 0.1) / (100 * 1 + 300 * 0.95 + 600 * 0.05);
    expect(out!.estimate).toBeCloseTo(expected, 3);
  });

  it("weights count as Kish's effective sample: equal weights change nothing, unequal ones shrink the counts", () => {
    const post = (id: string, weight: number, has: boolean): ValidationPost => ({
      id,
      region: 'r',
      weight,
      tool: { relevant: true, topics: ['t'], viewpoints: [] },
      coded: { relevant: true, topics: has ? ['t'] : [], viewpoints: [] },
    });
    expect(codedCounts([post('1', 5, true), post('2', 5, false)], TARGET).slice(0, 3)).toEqual([1, 1, 0]);
    const counts = codedCounts([post('1', 1, true), post('2', 3, false)], TARGET);
    expect(counts[0]! + counts[1]!).toBeCloseTo(16 / 10, 12); // (Σw)² / Σw² = 16 / 10
    expect(counts[0]! / (counts[0]! + counts[1]!)).toBeCloseTo(0.25, 12);
  });

  it('a region with few coded posts leans on the pooled rate; the same seed gives the same draws', () => {
    const make = (region: string, n: number, rate: number): ValidationPost[] =>
      Array.from({ length: n }, (_, i) => ({
        id: `${region}${i}`,
        region,
        weight: 1,
        tool: { relevant: true, topics: ['t'], viewpoints: [] },
        coded: { relevant: true, topics: i < rate * n ? ['t'] : [], viewpoints: [] },
      }));
    const posts = [...make('big', 200, 0.5), ...make('small', 2, 1)];
    const regions: RegionCells[] = [
      { region: 'big', population: [100, 100, 0] },
      { region: 'small', population: [100, 100, 0] },
    ];
    const [big, small] = correctTarget(TARGET, regions, posts, { seed: 9, draws: 300 });
    // Tool-positive posts: pooled rate π = (102 + 1, 100, 0)/203 (one pseudo-post on which the tool is right). The small
    // region's own 2 of 2 are shrunk with KAPPA = 4: θ0 = (2 + 4·103/203)/6, θ1 = (0 + 4·100/203)/6. No post of the other
    // tool category (relevant, not t) is coded: those posts are taken as the tool labelled them (θ = 0, 1, 0).
    const theta0 = (2 + (4 * 103) / 203) / 6;
    const theta1 = (4 * 100) / 203 / 6;
    expect(small!.estimate).toBeCloseTo((100 * theta0) / (100 * (theta0 + theta1) + 100), 12);
    const bigTheta0 = (100 + (4 * 103) / 203) / 204;
    const bigTheta1 = (100 + (4 * 100) / 203) / 204;
    expect(big!.estimate).toBeCloseTo((100 * bigTheta0) / (100 * (bigTheta0 + bigTheta1) + 100), 12);
    expect(small!.high - small!.low).toBeGreaterThan(big!.high - big!.low);
    const again = correctTarget(TARGET, regions, posts, { seed: 9, draws: 300 });
    expect(Array.from(again[1]!.draws)).toEqual(Array.from(small!.draws));
  });
});
