/**
 * The correction's intervals for sparse labels, against a seeded simulation with known confusion
 * rates shaped like the bundled corpus's viewpoints: two regions (190 and 440 posts in the dump,
 * 195 and 460 coded posts drawn apart from it), a topic on 40–45% of relevant posts, a viewpoint on
 * 5–30% of the topic's posts (a handful of coded positives per region), the tool's viewpoint recall
 * 0.32–0.85, and rates that differ between the regions. The truth is the share a coder would find in
 * the dump itself. Nominal 95% intervals must hold it in at least ~93% of cells (and in at least 88%
 * of every setting's), without being so wide that they hold it always.
 */
import { describe, expect, it } from 'vitest';
import { categoryOf, correctTarget, type RegionCells, type ShareTarget, type ValidationPost } from '../../src/aggregate/correction.js';
import { binomial, seededRandom } from '../../src/aggregate/random.js';

interface Region {
  readonly name: string;
  readonly dump: number;
  readonly coded: number;
  readonly topic: number;
  readonly view: number;
  readonly viewRecall: number;
  readonly viewFalse: number;
  readonly topicRecall: number;
  readonly topicFalse: number;
}

function world(seed: number, target: ShareTarget, regions: readonly Region[]) {
  const r = seededRandom(seed, 'sparse labels');
  const post = (g: Region) => {
    const relevant = r.uniform() < 0.7;
    const topic = relevant && r.uniform() < g.topic;
    const view = topic && r.uniform() < g.view;
    const toolRelevant = relevant ? r.uniform() < 0.9 : r.uniform() < 0.15;
    const toolTopic = toolRelevant && r.uniform() < (topic ? g.topicRecall : g.topicFalse);
    const toolView = toolTopic && r.uniform() < (view ? g.viewRecall : g.viewFalse);
    return {
      coded: { relevant, topics: topic ? ['t'] : [], viewpoints: view ? ['v'] : [] },
      tool: { relevant: toolRelevant, topics: toolTopic ? ['t'] : [], viewpoints: toolView ? ['v'] : [] },
    };
  };
  const posts: ValidationPost[] = [];
  const cells: RegionCells[] = [];
  const truth: (number | null)[] = [];
  for (const g of regions) {
    const population: [number, number, number] = [0, 0, 0];
    let withLabel = 0;
    let denominator = 0;
    for (let i = 0; i < g.dump; i++) {
      const p = post(g);
      population[categoryOf(target, p.tool)]++;
      const k = categoryOf(target, p.coded);
      withLabel += k === 0 ? 1 : 0;
      denominator += k < 2 ? 1 : 0;
    }
    for (let i = 0; i < g.coded; i++) posts.push({ id: `${g.name}${i}`, region: g.name, weight: 1, ...post(g) });
    cells.push({ region: g.name, population });
    truth.push(denominator > 0 ? withLabel / denominator : null);
  }
  return { posts, cells, truth };
}

const SETTINGS: Region[][] = [0.06, 0.15, 0.3].flatMap((view) =>
  [0.4, 0.6, 0.85].map((viewRecall) => [
    { name: 'a', dump: 190, coded: 195, topic: 0.45, view, viewRecall, viewFalse: 0.06, topicRecall: 0.75, topicFalse: 0.1 },
    { name: 'b', dump: 440, coded: 460, topic: 0.4, view: view * 0.8, viewRecall: viewRecall * 0.8, viewFalse: 0.04, topicRecall: 0.85, topicFalse: 0.06 },
  ]),
);

function calibration(target: ShareTarget, runs: number) {
  let covered = 0;
  let cells = 0;
  let width = 0;
  const bySetting = SETTINGS.map((regions, s) => {
    let hits = 0;
    let n = 0;
    for (let run = 0; run < runs; run++) {
      const w = world(1000 * s + run, target, regions);
      correctTarget(target, w.cells, w.posts, { seed: 1, draws: 400 }).forEach((o, i) => {
        const truth = w.truth[i];
        if (truth === null || truth === undefined) return;
        const hit = o.low - 1e-9 <= truth && truth <= o.high + 1e-9 ? 1 : 0;
        hits += hit;
        n++;
        width += o.high - o.low;
      });
    }
    covered += hits;
    cells += n;
    return hits / n;
  });
  return { coverage: covered / cells, bySetting, width: width / cells };
}

describe('corrected intervals for sparse labels', () => {
  it("viewpoint shares with a few coded positives each: nominal 95% intervals hold the dump's true share in ≥ 93% of cells, ≥ 88% in every setting, and not always", () => {
    const { coverage, bySetting, width } = calibration({ topic: 't', viewpoint: 'v' }, 50);
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.985);
    for (const c of bySetting) expect(c).toBeGreaterThanOrEqual(0.88);
    expect(width).toBeLessThan(0.22); // 18.5 points on average over 100 runs of each setting
  });

  it('topic shares of the same worlds: ≥ 93% of cells, and not always', () => {
    const { coverage, width } = calibration({ topic: 't', viewpoint: null }, 30);
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.995);
    expect(width).toBeLessThan(0.2);
  });
});

describe('binomial draws', () => {
  it.each([
    [30, 0.1],
    [500, 0.02],
    [500, 0.97],
    [5000, 0.3],
    [1_000_000, 0.004],
  ])('Binomial(%d, %d) has mean np and variance np(1 − p)', (n, p) => {
    const r = seededRandom(5, `binomial ${n} ${p}`);
    const xs = Array.from({ length: 20000 }, () => binomial(r, n, p));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    const sd = Math.sqrt(n * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan((4 * sd) / Math.sqrt(xs.length));
    expect(variance / (sd * sd)).toBeGreaterThan(0.95);
    expect(variance / (sd * sd)).toBeLessThan(1.05);
    expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
  });

  it('is 0 for n = 0 or p = 0 and n for p = 1', () => {
    const r = seededRandom(5, 'edges');
    expect([binomial(r, 0, 0.5), binomial(r, 10, 0), binomial(r, 10, 1)]).toEqual([0, 0, 10]);
  });
});
