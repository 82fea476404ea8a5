/**
 * Rows of the platforms and kinds table, the same in every format: one row per platform and kind
 * (share of the region's records), each followed by the share of its records that are relevant and
 * each topic's share of its relevant records; then each kind's share of the region's relevant
 * records. A share per region shown; every row's group names its denominator.
 */
import type { SliceTopics } from '../aggregate/breakdown.js';
import type { Summary } from '../aggregate/summary.js';
import type { Share } from '../aggregate/wilson.js';
import type { Wording } from './html/wording.js';

export type SourceGroup =
  | 'platform'
  | 'relevant_of_platform'
  | 'topic_of_platform_relevant'
  | 'kind'
  | 'relevant_of_kind'
  | 'topic_of_kind_relevant'
  | 'relevant_kind';

export interface SourceRow {
  readonly group: SourceGroup;
  /** The platform ID or kind of content. */
  readonly key: string;
  /** The topic of a topic row; null otherwise. */
  readonly topic: string | null;
  readonly label: string;
  /** One per region of summary.regions; undefined where the region has none (or no denominator). */
  readonly shares: readonly (Share | undefined)[];
}

type Profiles = Summary['profiles'];

/** A slice's relevant row and its topic rows (topics some region has on it). */
function sliceRows(
  p: Profiles,
  key: string,
  slices: (x: Profiles[number]) => readonly SliceTopics[],
  groups: readonly [SourceGroup, SourceGroup],
  label: { relevant: string; topic: (topic: string) => string },
): SourceRow[] {
  const found = p.map((x) => slices(x).find((s) => s.key === key));
  const topics = [...new Set(found.flatMap((s) => s?.topics.filter((t) => t.share.count > 0).map((t) => t.topic) ?? []))];
  return [
    { group: groups[0], key, topic: null, label: label.relevant, shares: found.map((s) => s?.relevant) },
    ...topics.map((topic) => ({
      group: groups[1],
      key,
      topic,
      label: label.topic(topic),
      shares: found.map((s) => (s === undefined || s.relevant.count === 0 ? undefined : s.topics.find((t) => t.topic === topic)?.share)),
    })),
  ];
}

export function sourceRows(summary: Summary, w: Wording): SourceRow[] {
  const p = summary.profiles;
  const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];
  const platforms = union(p.map((x) => x.platforms.map((y) => y.platform))).sort((a, b) => total(p, b) - total(p, a) || (a < b ? -1 : 1));
  const kinds = union(p.map((x) => x.kinds.map((y) => y.kind))).sort();
  const relevantKinds = union(p.map((x) => x.relevantKinds.map((y) => y.kind))).sort();
  return [
    ...platforms.flatMap((name) => [
      {
        group: 'platform' as const,
        key: name,
        topic: null,
        label: w.fill(w.t.sources_platform, { name }),
        shares: p.map((x) => x.platforms.find((y) => y.platform === name)?.share),
      },
      ...sliceRows(p, name, (x) => x.platformTopics, ['relevant_of_platform', 'topic_of_platform_relevant'], {
        relevant: w.fill(w.t.sources_platform_relevant, { name }),
        topic: (topic) => w.fill(w.t.sources_platform_topic, { name, topic: w.topic(topic) }),
      }),
    ]),
    ...kinds.flatMap((name) => [
      {
        group: 'kind' as const,
        key: name,
        topic: null,
        label: w.fill(w.t.sources_kind, { name: w.kind(name) }),
        shares: p.map((x) => x.kinds.find((y) => y.kind === name)?.share),
      },
      ...sliceRows(p, name, (x) => x.kindTopics, ['relevant_of_kind', 'topic_of_kind_relevant'], {
        relevant: w.fill(w.t.sources_kind_relevant_of, { name: w.kind(name) }),
        topic: (topic) => w.fill(w.t.sources_kind_topic, { name: w.kind(name), topic: w.topic(topic) }),
      }),
    ]),
    ...relevantKinds.map((name) => ({
      group: 'relevant_kind' as const,
      key: name,
      topic: null,
      label: w.fill(w.t.sources_kind_relevant, { name: w.kind(name) }),
      shares: p.map((x) => x.relevantKinds.find((y) => y.kind === name)?.share),
    })),
  ];
}

function total(p: Profiles, platform: string): number {
  return p.reduce((n, x) => n + (x.platforms.find((y) => y.platform === platform)?.share.count ?? 0), 0);
}
