/**
 * 95% intervals of the scores, so a score measured on an analyst's few hundred coded posts says how
 * sure it is: Wilson intervals for precision and recall (each a proportion of posts), and a seeded
 * bootstrap over posts for F1 (resampling each label's outcomes tp/fp/fn/tn as a multinomial).
 */
import { quantile, seededRandom } from '../aggregate/random.js';
import { wilsonShare } from '../aggregate/wilson.js';
import type { Prf } from './prf.js';

export interface ScoreIntervals {
  readonly precision: readonly [number, number];
  readonly recall: readonly [number, number];
  readonly f1: readonly [number, number];
}

export const BOOTSTRAP_DRAWS = 1000;
export const BOOTSTRAP_SEED = 14;

function f1Of(tp: number, fp: number, fn: number): number {
  return 2 * tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
}

export function scoreIntervals(name: string, p: Prf, posts: number): ScoreIntervals {
  const precision = wilsonShare(p.tp, p.tp + p.fp);
  const recall = wilsonShare(p.tp, p.tp + p.fn);
  const random = seededRandom(BOOTSTRAP_SEED, name);
  const cuts = [p.tp / posts, (p.tp + p.fp) / posts, (p.tp + p.fp + p.fn) / posts];
  const draws = new Float64Array(BOOTSTRAP_DRAWS);
  for (let b = 0; b < BOOTSTRAP_DRAWS; b++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < posts; i++) {
      const u = random.uniform();
      if (u < cuts[0]!) tp++;
      else if (u < cuts[1]!) fp++;
      else if (u < cuts[2]!) fn++;
    }
    draws[b] = f1Of(tp, fp, fn);
  }
  draws.sort();
  return { precision: [precision.low, precision.high], recall: [recall.low, recall.high], f1: [quantile(draws, 0.025), quantile(draws, 0.975)] };
}
