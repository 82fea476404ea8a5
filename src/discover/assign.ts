/**
 * A post's theme: each of its units is weighed against the fitted themes (non-negative least
 * squares), the post goes to the theme with the most weight summed over its units, and the units
 * that lean to that theme are its evidence (for a short post, the whole text).
 */
import type { Fit } from './fit.js';
import { themeWeights } from './nmf.js';
import type { PostWords } from './tokens.js';
import { tfidfVector } from './vectors.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Assignment {
  /** Index of the theme in the fit, or -1 when no unit has a word of the vocabulary. */
  readonly theme: number;
  /** How strongly the post speaks of it: the largest weight one of its units gives the theme. */
  readonly strength: number;
  /** The units (original offsets) that carry the theme. */
  readonly spans: readonly Span[];
  /** Their indices among the post's units. */
  readonly units: readonly number[];
}

const NONE: Assignment = { theme: -1, strength: 0, spans: [], units: [] };

function argmax(w: Float64Array): number {
  let best = -1;
  let value = 0;
  for (let t = 0; t < w.length; t++) if (w[t]! > value) [best, value] = [t, w[t]!];
  return best;
}

export function assignPost(fit: Fit, post: PostWords): Assignment {
  const k = fit.model.k;
  const total = new Float64Array(k);
  const weighed = post.units.map((unit, index) => {
    const x = tfidfVector(unit.features, fit.vocabulary);
    const w = x.indices.length === 0 ? new Float64Array(k) : themeWeights(fit.model, x);
    for (let t = 0; t < k; t++) total[t]! += w[t]!;
    return { unit, index, w, top: argmax(w) };
  });
  const theme = argmax(total);
  if (theme < 0) return NONE;
  let strength = 0;
  for (const u of weighed) strength = Math.max(strength, u.w[theme]!);
  const leaning = weighed.filter((u) => u.top === theme);
  const carriers = leaning.length > 0 ? leaning : weighed.filter((u) => u.w[theme] === strength);
  return { theme, strength, spans: carriers.map(({ unit }) => ({ start: unit.start, end: unit.end })), units: carriers.map((c) => c.index) };
}
