/**
 * The impact of a lexicon edit before it is committed: the same posts classified with the lexicon
 * before and after, compared post by post (which labels change) and share by share (each topic's
 * share of a region's relevant posts, each viewpoint's share of the region's posts on its topic).
 */
import type { Classified } from '../records.js';
import { topicOfViewpoint, viewpointsOf, type Taxonomy } from '../study/taxonomy.js';

export interface LabelChange {
  readonly id: string;
  readonly region: string;
  readonly relevant?: readonly [boolean, boolean];
  readonly polarity?: readonly [string, string];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export interface ShareMove {
  readonly region: string;
  readonly topic: string;
  /** Absent for a topic's own share. */
  readonly viewpoint?: string;
  readonly before: { readonly count: number; readonly total: number; readonly share: number };
  readonly after: { readonly count: number; readonly total: number; readonly share: number };
  /** after − before, in percentage points. */
  readonly deltaPoints: number;
}

export interface LexiconDiff {
  readonly posts: number;
  readonly changed: number;
  readonly changes: readonly LabelChange[];
  readonly shares: readonly ShareMove[];
}

const labelsOf = (r: Classified) => [...(r.relevant ? ['relevant'] : []), ...r.topics, ...r.viewpoints];

function change(b: Classified, a: Classified): LabelChange | undefined {
  const before = new Set(labelsOf(b));
  const after = new Set(labelsOf(a));
  const added = [...after].filter((l) => !before.has(l) && l !== 'relevant').sort();
  const removed = [...before].filter((l) => !after.has(l) && l !== 'relevant').sort();
  const relevant = b.relevant !== a.relevant;
  const polarity = b.polarity !== a.polarity;
  if (!relevant && !polarity && added.length === 0 && removed.length === 0) return undefined;
  return {
    id: a.id,
    region: a.region,
    ...(relevant ? { relevant: [b.relevant, a.relevant] as const } : {}),
    ...(polarity ? { polarity: [b.polarity, a.polarity] as const } : {}),
    added,
    removed,
  };
}

type Counts = Map<string, number>;

function count(taxonomy: Taxonomy, records: readonly Classified[]): Counts {
  const c: Counts = new Map();
  const bump = (k: string) => c.set(k, (c.get(k) ?? 0) + 1);
  for (const r of records) {
    if (!r.relevant) continue;
    bump(`${r.region}`);
    for (const t of r.topics) bump(`${r.region} ${t}`);
    for (const v of r.viewpoints) bump(`${r.region} ${topicOfViewpoint(taxonomy, v)} ${v}`);
  }
  return c;
}

function share(c: Counts, key: string, totalKey: string) {
  const n = c.get(key) ?? 0;
  const total = c.get(totalKey) ?? 0;
  return { count: n, total, share: total > 0 ? n / total : 0 };
}

function shareMoves(taxonomy: Taxonomy, before: Counts, after: Counts, all: boolean): ShareMove[] {
  const moves: ShareMove[] = [];
  const push = (region: string, topic: string, viewpoint: string | undefined, key: string, totalKey: string) => {
    const b = share(before, key, totalKey);
    const a = share(after, key, totalKey);
    if (!all && b.count === a.count && b.total === a.total) return;
    const deltaPoints = Math.round((a.share - b.share) * 10000) / 100;
    moves.push({ region, topic, ...(viewpoint ? { viewpoint } : {}), before: b, after: a, deltaPoints });
  };
  for (const region of taxonomy.regions) {
    for (const topic of taxonomy.topics) {
      push(region, topic, undefined, `${region} ${topic}`, region);
      for (const v of viewpointsOf(taxonomy, topic)) push(region, topic, v, `${region} ${topic} ${v}`, `${region} ${topic}`);
    }
  }
  return moves;
}

/** `before[i]` and `after[i]` classify the same post. */
export function diffClassifications(
  taxonomy: Taxonomy,
  before: readonly Classified[],
  after: readonly Classified[],
  options: { allShares?: boolean } = {},
): LexiconDiff {
  const changes: LabelChange[] = [];
  before.forEach((b, i) => {
    const c = change(b, after[i]!);
    if (c) changes.push(c);
  });
  return {
    posts: before.length,
    changed: changes.length,
    changes,
    shares: shareMoves(taxonomy, count(taxonomy, before), count(taxonomy, after), options.allShares ?? false),
  };
}
