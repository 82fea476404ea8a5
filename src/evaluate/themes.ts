/**
 * Scoring discovered themes against gold labels: for a label, the theme that recovers it best (by
 * F1) with its purity (the share of the theme's posts that carry the label) and recall (the share of
 * the in-scope posts carrying the label that the theme holds). Used by the rediscovery test and
 * scripts/rediscover.mjs.
 */

export interface ScoredTheme {
  readonly rank: number;
  readonly size: number;
  /** The theme's posts that carry the label. */
  readonly hits: number;
  readonly purity: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ThemePosts {
  readonly rank: number;
  readonly posts: readonly string[];
}

/** The best theme for the posts `labelled` (ids), among the `inScope` ids; undefined when no theme holds one. */
export function bestTheme(themes: readonly ThemePosts[], labelled: ReadonlySet<string>, inScope: ReadonlySet<string>): ScoredTheme | undefined {
  let target = 0;
  for (const id of inScope) if (labelled.has(id)) target++;
  let best: ScoredTheme | undefined;
  for (const t of themes) {
    const hits = t.posts.filter((id) => labelled.has(id)).length;
    if (hits === 0) continue;
    const purity = hits / t.posts.length;
    const recall = hits / target;
    const f1 = (2 * purity * recall) / (purity + recall);
    if (best === undefined || f1 > best.f1) best = { rank: t.rank, size: t.posts.length, hits, purity, recall, f1 };
  }
  return best;
}
