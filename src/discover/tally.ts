/**
 * What the assignment pass keeps, in memory bounded by the number of themes and the vocabulary
 * (never by the number of posts): each theme's post count by region, the labels its posts already
 * carry, the counts of its vocabulary features in the units that carry it (for distinctive terms),
 * and a handful of its strongest posts (distinct texts) as examples.
 */
import type { Assignment, Span } from './assign.js';
import type { Fit } from './fit.js';
import type { PostWords } from './tokens.js';

/** Example candidates kept per theme. */
export const EXAMPLES_KEPT = 5;

export interface ExampleCandidate {
  readonly id: string;
  readonly text: string;
  readonly region: string;
  readonly strength: number;
  /** The sample key of the id: breaks ties the same way on every run. */
  readonly key: string;
  readonly spans: readonly Span[];
}

export interface ThemeTally {
  posts: number;
  readonly regions: Record<string, number>;
  readonly topics: Record<string, number>;
  readonly viewpoints: Record<string, number>;
  /** Occurrences of each vocabulary feature in the units carrying the theme. */
  readonly terms: Float64Array;
  examples: ExampleCandidate[];
}

export interface Tally {
  /** In-scope posts, overall and by region. */
  inScope: number;
  readonly regions: Record<string, number>;
  /** In-scope posts with no word of the vocabulary (no theme). */
  unassigned: number;
  readonly themes: ThemeTally[];
}

export interface TalliedRecord {
  readonly id: string;
  readonly text: string;
  readonly region: string;
  readonly topics: readonly string[];
  readonly viewpoints: readonly string[];
}

export function emptyTally(fit: Fit): Tally {
  const themes = Array.from(
    { length: fit.model.k },
    (): ThemeTally => ({
      posts: 0,
      regions: {},
      topics: {},
      viewpoints: {},
      terms: new Float64Array(fit.vocabulary.terms.length),
      examples: [],
    }),
  );
  return { inScope: 0, regions: {}, unassigned: 0, themes };
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

function better(a: ExampleCandidate, b: ExampleCandidate): number {
  return b.strength - a.strength || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function keepExample(theme: ThemeTally, candidate: ExampleCandidate): void {
  const last = theme.examples[EXAMPLES_KEPT - 1];
  if (last !== undefined && better(candidate, last) >= 0) return;
  const same = theme.examples.findIndex((e) => e.text === candidate.text);
  if (same >= 0) {
    if (better(candidate, theme.examples[same]!) >= 0) return;
    theme.examples.splice(same, 1);
  }
  theme.examples = [...theme.examples, candidate].sort(better).slice(0, EXAMPLES_KEPT);
}

export function tallyPost(tally: Tally, fit: Fit, record: TalliedRecord, key: string, words: PostWords, assignment: Assignment): void {
  tally.inScope++;
  bump(tally.regions, record.region);
  if (assignment.theme < 0) {
    tally.unassigned++;
    return;
  }
  const theme = tally.themes[assignment.theme]!;
  theme.posts++;
  bump(theme.regions, record.region);
  for (const topic of record.topics) bump(theme.topics, topic);
  for (const viewpoint of record.viewpoints) bump(theme.viewpoints, viewpoint);
  for (const u of assignment.units) {
    for (const feature of words.units[u]!.features) {
      const j = fit.vocabulary.index.get(feature);
      if (j !== undefined) theme.terms[j]!++;
    }
  }
  keepExample(theme, { id: record.id, text: record.text, region: record.region, strength: assignment.strength, key, spans: assignment.spans });
}
