/**
 * The JSON of a discovery: what ran (tool, input, lexicon, tagger, options, the fit), the counts,
 * and `themes` largest first, each with `terms` (its distinctive terms, normalised), `size`, its
 * shares, labels, examples, the YAML snippet, `posts` (the ids of all its posts) and `evidence`
 * (for posts cut into units: which parts carry the theme). The id lists can run to millions, so
 * they are not built here: the text comes back in pieces around a gap per list, which the caller
 * fills as it streams the lists from disk.
 */
import type { TaggerRecord } from '../report/manifest.js';
import type { Discovery } from './discovery.js';
import type { Theme } from './themes.js';
import { describeScope } from './scope.js';
import { viewpointSnippet } from './snippet.js';

export interface DiscoveryMeta {
  readonly tool: { readonly name: string; readonly version: string };
  readonly input: { readonly file: string; readonly sha256: string };
  readonly lexicon: { readonly id: string; readonly version: string; readonly hash: string };
  /** From the classified file's manifest, when it has one. */
  readonly tagger: TaggerRecord | null;
  readonly options: Readonly<Record<string, unknown>>;
  /** Records read from the input. */
  readonly read: number;
  /** The lexicon's topic IDs. */
  readonly topics: readonly string[];
}

/** Text, or a gap for a theme's list of posts or evidence (of one fit: `run` is its place among pooled fits, 0 for one). */
export type JsonPiece = { readonly text: string } | { readonly list: 'posts' | 'evidence'; readonly theme: number; readonly run: number };

const GAP = /"\\u0000(posts|evidence):(?:(\d+):)?(-?\d+)"/g;

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const share = (s: { count: number; total: number; share: number; low: number; high: number }) => ({
  count: s.count,
  total: s.total,
  share: round(s.share),
  low: round(s.low),
  high: round(s.high),
});

/** The gap marker of a list: `run` only for pooled fits, so one fit's JSON is as it was. */
export const gap = (list: 'posts' | 'evidence', theme: number, run?: number) => `\u0000${list}:${run === undefined ? '' : `${run}:`}${theme}`;

export function themeValue(t: Theme, d: Discovery, meta: DiscoveryMeta, scope: string, totalThemes: number, run?: number) {
  return {
    rank: t.rank,
    size: t.size,
    terms: t.terms.map((x) => x.term),
    written: t.terms.map((x) => x.form),
    share: share(t.share),
    regions: Object.fromEntries(Object.entries(t.regions).map(([r, s]) => [r, share(s)])),
    keyness: t.terms,
    labels: t.labels,
    examples: t.examples,
    snippet: viewpointSnippet(t, { totalThemes, scope, seed: d.seed, topics: meta.topics }),
    posts: gap('posts', t.index, run),
    evidence: gap('evidence', t.index, run),
  };
}

export function knownValue(t: Theme, run?: number) {
  return {
    viewpoint: t.known,
    size: t.size,
    terms: t.terms.map((x) => x.term),
    written: t.terms.map((x) => x.form),
    share: share(t.share),
    posts: gap('posts', t.index, run),
  };
}

export function discoveryJson(d: Discovery, meta: DiscoveryMeta): JsonPiece[] {
  const { topics, ...recorded } = meta;
  const scope = describeScope(d.scope);
  const value = {
    format: 'yuqing-themes/1',
    ...recorded,
    scope: { ...d.scope, description: scope },
    seed: d.seed,
    fit: d.fit,
    counts: { read: meta.read, ...d.counts },
    regions: d.regions,
    themes: d.themes.map((t) => themeValue(t, d, meta, scope, d.themes.length)),
    known: d.known.map((t) => knownValue(t)),
    unassigned: { size: d.counts.unassigned, posts: gap('posts', -1) },
  };
  return jsonPieces(value);
}

/** The value as pretty JSON, cut at its gap markers. */
export function jsonPieces(value: unknown): JsonPiece[] {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const pieces: JsonPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(GAP)) {
    pieces.push({ text: text.slice(at, m.index) });
    pieces.push({ list: m[1] as 'posts' | 'evidence', theme: Number(m[3]), run: m[2] === undefined ? 0 : Number(m[2]) });
    at = m.index + m[0].length;
  }
  pieces.push({ text: text.slice(at) });
  return pieces;
}
