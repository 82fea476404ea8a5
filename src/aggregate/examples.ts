/**
 * Example posts for each viewpoint × region, chosen so merging keeps the same ones: the
 * EXAMPLES_PER_GROUP first posts, one per distinct text, in one total order (byChoice) — those
 * where the lexicon and the model agree on the viewpoint first, then the strongest (the model's
 * probability, then the number of the viewpoint's cues; under lexicon-only tagging the cues
 * alone), then by id hash. Only an excerpt around the viewpoint's evidence is kept, with evidence
 * offsets relative to the excerpt.
 */
import type { Evidence } from '../records.js';

export const EXAMPLES_PER_GROUP = 3;
const CONTEXT_BEFORE = 60;
const MAX_EXCERPT = 240;

export interface ExampleSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** Who gave the viewpoint under hybrid tagging (the record's model note); null when no model ran. */
export type ExampleSource = 'lexicon' | 'model' | 'both';

/** What an example is chosen by, known before its excerpt is built. */
export interface ExampleRank {
  readonly idHash: string;
  readonly id: string;
  /** 'both': the lexicon and the model agree on the viewpoint. */
  readonly given: ExampleSource | null;
  /** The model's probability of the viewpoint (3 decimals); null when no model ran. */
  readonly probability: number | null;
  /** Evidence spans of the viewpoint in the whole text (the lexicon's cues, or the model's sentence). */
  readonly cues: number;
}

export interface ExamplePost extends ExampleRank {
  readonly textKey: string;
  /** An excerpt of the original text (its own script). */
  readonly text: string;
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
  /** Evidence spans within `text`. */
  readonly evidence: readonly ExampleSpan[];
  /** An http(s) link to the post, when the dump had one. */
  readonly url: string | null;
  readonly platform: string;
  readonly month: string;
}

/** "<viewpoint> <region>" → up to EXAMPLES_PER_GROUP posts, by id hash. */
export type ExamplePool = Record<string, ExamplePost[]>;

export function poolKey(viewpoint: string, region: string): string {
  return `${viewpoint} ${region}`;
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The part of `text` around the viewpoint's evidence, never splitting a surrogate pair, with the
 * evidence for the viewpoint and its topic (other cues are left out: they would crowd the quote).
 */
export function excerpt(text: string, evidence: readonly Evidence[], viewpoint: string, topic: string) {
  const own = evidence.filter((e) => e.label === viewpoint && e.end <= text.length);
  const anchor = own.length > 0 ? Math.min(...own.map((e) => e.start)) : 0;
  let start = text.length <= MAX_EXCERPT ? 0 : Math.max(0, anchor - CONTEXT_BEFORE);
  let end = Math.min(text.length, start + MAX_EXCERPT);
  if (start > 0 && isLowSurrogate(text, start)) start--;
  if (end < text.length && isLowSurrogate(text, end)) end++;
  const spans = evidence
    .filter((e) => (e.label === viewpoint || e.label === topic) && e.start >= start && e.end <= end && e.end > e.start)
    .map((e) => ({ end: e.end - start, label: e.label, start: e.start - start })); // keys in sorted order, as a merged state holds them
  return { text: text.slice(start, end), cutBefore: start > 0, cutAfter: end < text.length, evidence: spans };
}

/** Agreement first, then the model's probability, then the cues (more first), then id hash and id: a total order. */
export function byChoice(a: ExampleRank, b: ExampleRank): number {
  const agree = Number(b.given === 'both') - Number(a.given === 'both');
  const strength = (b.probability ?? -1) - (a.probability ?? -1) || b.cues - a.cues;
  return agree || strength || (a.idHash < b.idHash ? -1 : a.idHash > b.idHash ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function smallest(posts: readonly ExamplePost[]): ExamplePost[] {
  const seen = new Set<string>();
  const out: ExamplePost[] = [];
  for (const p of [...posts].sort(byChoice)) {
    if (seen.has(p.textKey)) continue;
    seen.add(p.textKey);
    out.push(p);
    if (out.length === EXAMPLES_PER_GROUP) break;
  }
  return out;
}

/** Offer a post by its rank; `build` runs only when the post may be among the first. */
export function offerExample(pool: ExamplePool, key: string, rank: ExampleRank, build: () => ExamplePost): void {
  const current = pool[key] ?? [];
  if (current.length === EXAMPLES_PER_GROUP && byChoice(rank, current[current.length - 1]!) > 0) return;
  pool[key] = smallest([...current, build()]);
}

export function mergeExamples(into: ExamplePool, from: ExamplePool): void {
  for (const [key, posts] of Object.entries(from)) into[key] = smallest([...(into[key] ?? []), ...posts]);
}
