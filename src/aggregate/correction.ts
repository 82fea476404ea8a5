/**
 * Shares corrected for the tool's own errors, from a validation sample: posts people coded, each
 * with the tool's labels and its design weight. Each share is a label within its denominator — a
 * topic among a region's relevant posts, a viewpoint among the region's posts on its topic — and
 * every post falls, by the tool's labels and again by the coder's, into one of three categories:
 * 0 in the denominator with the label, 1 in the denominator without it, 2 outside the denominator.
 *
 * The estimator is the maximum-likelihood estimator of the two-phase (double-sampling) model of
 * misclassification (Tenenbein 1970): the dump gives the tool's counts N_c of each category c, the
 * coded posts give θ_ck = P(coded category k | tool category c), and
 *   share = Σ_c N_c θ_c0 / Σ_c N_c (θ_c0 + θ_c1).
 * It corrects the numerator and the denominator at once, uses the tool's counts of the whole dump,
 * and never leaves [0, 1], where Rogan–Gladen's (q − FPR)/(TPR − FPR) must be clipped and blows up
 * as TPR nears FPR. It assumes what `yuqing sample` gives: the coded posts are a random sample of
 * this dump (within strata, with their weights).
 *
 * Regions: θ is estimated per region, shrunk towards the rate pooled over every region with the
 * strength of KAPPA coded posts: θ_rc = (s_rc + KAPPA·π_c) / (w_rc + KAPPA). A region with few coded
 * posts in a category leans on the pooled rate; one with many speaks for itself. The pooled rate
 * itself starts from one pseudo-post on which the tool is right, π_ck = (S_ck + [k = c]) / (W_c + 1):
 * a category of the tool's labels that no coded post falls in is taken as the tool labelled it (and
 * flagged), rather than spread evenly over the three categories.
 *
 * Interval: the posterior predictive of the share a coder would find in a dump like this one (this
 * dump, or another of the same discourse and size), by simulation. Each draw takes the pooled rates
 * from Dirichlet(S_c + ½ + [k = c]), the region's rates from Dirichlet(s_rc + KAPPA·π_c), the dump's
 * category proportions from Dirichlet(N_c + ½) — the sampling uncertainty the Wilson interval
 * covers — and then which of the posts in each tool category a coder would put in each category,
 * Multinomial(N_c, θ_c). That last step is what sparse labels need: where the tool barely tells a
 * label apart, the dump's true share varies around Σ N_c θ_c0 / Σ N_c (θ_c0 + θ_c1) by a binomial
 * amount that neither the rates' uncertainty nor the tool's counts carry (without it, simulated
 * viewpoint intervals held the truth in 87% of cells, not 95%). The 2.5% and 97.5% quantiles of the
 * draws are the 95% interval. Weighted coded counts are scaled to Kish's effective sample size, so
 * weights widen intervals as they should.
 */
import { binomial, dirichlet, quantile, seededRandom, type Random } from './random.js';

export interface LabelsOfPost {
  readonly relevant: boolean;
  readonly topics: readonly string[];
  readonly viewpoints: readonly string[];
}

export interface ValidationPost {
  readonly id: string;
  readonly region: string;
  /** Design weight (posts of the dump this coded post stands for); 1 for a simple random sample. */
  readonly weight: number;
  readonly coded: LabelsOfPost;
  readonly tool: LabelsOfPost;
}

/** A share: a topic among relevant posts (viewpoint null), or a viewpoint among posts on its topic. */
export interface ShareTarget {
  readonly topic: string;
  readonly viewpoint: string | null;
}

export type Category = 0 | 1 | 2;

export function categoryOf(target: ShareTarget, labels: LabelsOfPost): Category {
  const inDenominator = target.viewpoint === null ? labels.relevant : labels.topics.includes(target.topic);
  if (!inDenominator) return 2;
  const has = target.viewpoint === null ? labels.topics.includes(target.topic) : labels.viewpoints.includes(target.viewpoint);
  return has ? 0 : 1;
}

export const KAPPA = 4;
export interface CorrectionOptions {
  readonly seed: number;
  readonly draws: number;
}

/** The dump's tool counts in one region: [label, denominator without label, outside the denominator]. */
export interface RegionCells {
  readonly region: string;
  readonly population: readonly [number, number, number];
}

export interface CorrectedShare {
  readonly region: string;
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  /** Every draw of the share (for tests between regions). */
  readonly draws: Float64Array;
}

/** Coded counts per tool category × coded category (9 cells), scaled to Kish's effective size within each tool category. */
export function codedCounts(posts: readonly ValidationPost[], target: ShareTarget): number[] {
  const weight = new Array<number>(9).fill(0);
  const sum = [0, 0, 0];
  const squares = [0, 0, 0];
  for (const p of posts) {
    const c = categoryOf(target, p.tool);
    weight[c * 3 + categoryOf(target, p.coded)]! += p.weight;
    sum[c]! += p.weight;
    squares[c]! += p.weight * p.weight;
  }
  return weight.map((w, i) => {
    const c = Math.floor(i / 3);
    return sum[c]! === 0 ? 0 : (w / sum[c]!) * ((sum[c]! * sum[c]!) / squares[c]!);
  });
}

function share(f: readonly number[], theta: readonly number[]): number {
  let numerator = 0;
  let denominator = 0;
  for (let c = 0; c < 3; c++) {
    numerator += f[c]! * theta[c * 3]!;
    denominator += f[c]! * (theta[c * 3]! + theta[c * 3 + 1]!);
  }
  return denominator > 0 ? numerator / denominator : 0;
}

function pointRates(pooled: readonly number[], own: readonly number[]): number[] {
  const theta = new Array<number>(9).fill(0);
  for (let c = 0; c < 3; c++) {
    const W = pooled[c * 3]! + pooled[c * 3 + 1]! + pooled[c * 3 + 2]!;
    const w = own[c * 3]! + own[c * 3 + 1]! + own[c * 3 + 2]!;
    for (let k = 0; k < 3; k++) {
      const pi = (pooled[c * 3 + k]! + (k === c ? 1 : 0)) / (W + 1);
      theta[c * 3 + k] = (own[c * 3 + k]! + KAPPA * pi) / (w + KAPPA);
    }
  }
  return theta;
}

/** The share a coder would find among posts of the tool's categories `counts`: in category c, Multinomial(N_c, θ_c). */
function codedShare(random: Random, counts: readonly number[], theta: readonly number[]): number {
  let numerator = 0;
  let denominator = 0;
  for (let c = 0; c < 3; c++) {
    const withLabel = binomial(random, counts[c]!, theta[c * 3]!);
    const rest = 1 - theta[c * 3]!;
    const without = rest > 0 ? binomial(random, counts[c]! - withLabel, Math.min(1, theta[c * 3 + 1]! / rest)) : 0;
    numerator += withLabel;
    denominator += withLabel + without;
  }
  return denominator > 0 ? numerator / denominator : 0;
}

/** Corrected shares of one target in every region, with the draws their intervals come from. */
export function correctTarget(
  target: ShareTarget,
  regions: readonly RegionCells[],
  posts: readonly ValidationPost[],
  options: CorrectionOptions,
): CorrectedShare[] {
  const pooled = codedCounts(posts, target);
  const own = regions.map((r) =>
    codedCounts(
      posts.filter((p) => p.region === r.region),
      target,
    ),
  );
  const draws = regions.map(() => new Float64Array(options.draws));
  const random = seededRandom(options.seed, `${target.topic} ${target.viewpoint ?? ''}`);
  const pi = [0, 0, 0];
  const piAll = new Array<number>(9).fill(0);
  const theta = new Array<number>(9).fill(0);
  const cell = [0, 0, 0];
  const alpha = [0, 0, 0];
  const f = [0, 0, 0];
  const fAlpha = regions.map((r) => r.population.map((n) => n + 0.5));
  const totals = regions.map((r) => r.population[0] + r.population[1] + r.population[2]);
  const counts = [0, 0, 0];
  for (let b = 0; b < options.draws; b++) {
    for (let c = 0; c < 3; c++) {
      for (let k = 0; k < 3; k++) alpha[k] = pooled[c * 3 + k]! + 0.5 + (k === c ? 1 : 0);
      dirichlet(random, alpha, pi);
      for (let k = 0; k < 3; k++) piAll[c * 3 + k] = pi[k]!;
    }
    regions.forEach((_, i) => {
      for (let c = 0; c < 3; c++) {
        for (let k = 0; k < 3; k++) alpha[k] = own[i]![c * 3 + k]! + KAPPA * piAll[c * 3 + k]!;
        dirichlet(random, alpha, cell);
        for (let k = 0; k < 3; k++) theta[c * 3 + k] = cell[k]!;
      }
      dirichlet(random, fAlpha[i]!, f);
      for (let c = 0; c < 3; c++) counts[c] = Math.round(f[c]! * totals[i]!);
      draws[i]![b] = codedShare(random, counts, theta);
    });
  }
  return regions.map((r, i) => {
    const estimate = share(r.population, pointRates(pooled, own[i]!));
    const sorted = Float64Array.from(draws[i]!).sort();
    return {
      region: r.region,
      estimate,
      low: Math.min(estimate, quantile(sorted, 0.025)),
      high: Math.max(estimate, quantile(sorted, 0.975)),
      draws: draws[i]!,
    };
  });
}
