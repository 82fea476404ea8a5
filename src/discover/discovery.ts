/**
 * The discovery as a value: the fit (from a sample of in-scope posts) and, after the assignment
 * pass, the themes. `src/run/discover-file.ts` runs the two passes over a file; everything here is
 * pure.
 */
import { chooseK, fitThemes, type AutoChoice, type Fit, type KnownUnits } from './fit.js';
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
  /** Guided: the viewpoints the lexicon tags become fixed themes (from a sample of their posts), so free themes form on what they do not explain. */
  readonly guided: boolean;
}

/** A viewpoint the lexicon tags, with (a sample of) its tagged posts' words. */
export interface KnownPosts {
  readonly label: string;
  readonly posts: readonly PostWords[];
}

export const AUTO_CANDIDATES: readonly number[] = [6, 8, 10, 12, 15, 20, 25, 30];
export const DEFAULT_SAMPLE_SIZE = 20000;
/** A fit needs at least this many units per theme. */
const UNITS_PER_THEME = 10;

export interface FitInfo {
  readonly method: 'nmf';
  readonly features: 'words and bigrams';
  /** Free themes. */
  readonly k: number;
  /** The known viewpoints fixed as themes (guided), in the model's order. */
  readonly known: readonly string[];
  readonly auto: AutoChoice | null;
  readonly sample: { readonly posts: number; readonly units: number; readonly vocabulary: number };
}

export interface FittedSample {
  readonly fit: Fit;
  readonly forms: ReadonlyMap<string, string>;
  readonly info: FitInfo;
}

export function fitSample(posts: readonly PostWords[], o: DiscoverOptions, knownPosts: readonly KnownPosts[] = []): FittedSample {
  const units = posts.flatMap((p) => p.units).filter((u) => u.features.length > 0);
  const known: KnownUnits[] = o.guided ? knownPosts.map((p) => ({ label: p.label, units: p.posts.flatMap((w) => w.units.map((u) => u.features)) })) : [];
  const features = units.map((u) => u.features);
  const most = Math.max(1, Math.floor(units.length / UNITS_PER_THEME));
  const candidates = AUTO_CANDIDATES.filter((k) => k <= most);
  const auto = o.k === 'auto' ? chooseK(features, candidates.length > 0 ? candidates : [Math.min(2, most)], o.seed, known) : null;
  const k = Math.min(auto?.k ?? (o.k as number), units.length);
  const fit = fitThemes(features, k, o.seed, known);
  return {
    fit,
    forms: writtenForms(units),
    info: {
      method: 'nmf',
      features: 'words and bigrams',
      k: fit.model.k - fit.known.length,
      known: fit.known,
      auto,
      sample: { posts: posts.length, units: units.length, vocabulary: fit.vocabulary.terms.length },
    },
  };
}

export interface Discovery {
  readonly scope: Scope;
  readonly seed: number;
  readonly fit: FitInfo;
  readonly counts: { readonly inScope: number; readonly assigned: number; readonly known: number; readonly unassigned: number };
  /** In-scope posts by region. */
  readonly regions: Readonly<Record<string, number>>;
  readonly themes: readonly Theme[];
  /** Posts that lean to a known viewpoint's fixed theme, by viewpoint, largest first (empty unless guided). */
  readonly known: readonly Theme[];
}

export function discoveryOf(fitted: FittedSample, tally: Tally, o: DiscoverOptions, tokenise: DiscoveryTokeniser): Discovery {
  const regions = Object.fromEntries(Object.entries(tally.regions).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return {
    scope: o.scope,
    seed: o.seed,
    fit: fitted.info,
    counts: { inScope: tally.inScope, ...assignedCounts(tally, fitted.fit), unassigned: tally.unassigned },
    regions,
    themes: buildThemes(tally, fitted.fit, fitted.forms, tokenise),
    known: buildThemes(tally, fitted.fit, fitted.forms, tokenise, true),
  };
}

/** Posts in free themes, and posts leaning to known viewpoints' fixed themes. */
function assignedCounts(tally: Tally, fit: Fit): { assigned: number; known: number } {
  let known = 0;
  tally.themes.forEach((t, i) => {
    if (i < fit.known.length) known += t.posts;
  });
  return { assigned: tally.inScope - tally.unassigned - known, known };
}
