/**
 * The discovery as a value: the fit (from a sample of in-scope posts) and, after the assignment
 * pass, the themes. `src/io/discover-file.ts` runs the two passes over a file; everything here is
 * pure.
 */
import { chooseK, fitThemes, type AutoChoice, type Fit } from './fit.js';
import type { Scope } from './scope.js';
import type { Tally } from './tally.js';
import { buildThemes, writtenForms, type Theme } from './themes.js';
import type { DiscoveryTokeniser, PostWords } from './tokens.js';

export interface DiscoverOptions {
  readonly scope: Scope;
  /** A number of themes, or 'auto' (the most stable across seeds, among AUTO_CANDIDATES). */
  readonly k: number | 'auto';
  readonly seed: number;
  /** Posts in the fit sample; the rest are only assigned. */
  readonly sampleSize: number;
}

export const AUTO_CANDIDATES: readonly number[] = [6, 8, 10, 12, 15, 20, 25, 30];
export const DEFAULT_SAMPLE_SIZE = 20000;
/** A fit needs at least this many units per theme. */
const UNITS_PER_THEME = 10;

export interface FitInfo {
  readonly method: 'nmf';
  readonly features: 'words and bigrams';
  readonly k: number;
  readonly auto: AutoChoice | null;
  readonly sample: { readonly posts: number; readonly units: number; readonly vocabulary: number };
}

export interface FittedSample {
  readonly fit: Fit;
  readonly forms: ReadonlyMap<string, string>;
  readonly info: FitInfo;
}

export function fitSample(posts: readonly PostWords[], o: DiscoverOptions): FittedSample {
  const units = posts.flatMap((p) => p.units).filter((u) => u.features.length > 0);
  const features = units.map((u) => u.features);
  const most = Math.max(1, Math.floor(units.length / UNITS_PER_THEME));
  const candidates = AUTO_CANDIDATES.filter((k) => k <= most);
  const auto = o.k === 'auto' ? chooseK(features, candidates.length > 0 ? candidates : [Math.min(2, most)], o.seed) : null;
  const k = Math.min(auto?.k ?? (o.k as number), units.length);
  const fit = fitThemes(features, k, o.seed);
  return {
    fit,
    forms: writtenForms(units),
    info: { method: 'nmf', features: 'words and bigrams', k, auto, sample: { posts: posts.length, units: units.length, vocabulary: fit.vocabulary.terms.length } },
  };
}

export interface Discovery {
  readonly scope: Scope;
  readonly seed: number;
  readonly fit: FitInfo;
  readonly counts: { readonly inScope: number; readonly assigned: number; readonly unassigned: number };
  /** In-scope posts by region. */
  readonly regions: Readonly<Record<string, number>>;
  readonly themes: readonly Theme[];
}

export function discoveryOf(fitted: FittedSample, tally: Tally, o: DiscoverOptions, tokenise: DiscoveryTokeniser): Discovery {
  const regions = Object.fromEntries(Object.entries(tally.regions).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return {
    scope: o.scope,
    seed: o.seed,
    fit: fitted.info,
    counts: { inScope: tally.inScope, assigned: tally.inScope - tally.unassigned, unassigned: tally.unassigned },
    regions,
    themes: buildThemes(tally, fitted.fit, fitted.forms, tokenise),
  };
}
