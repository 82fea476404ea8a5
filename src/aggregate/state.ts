/**
 * Aggregation state: counts only, keyed by region, so memory grows with the number of groups,
 * not posts, and two states merge by adding (shards of one dump give the one-run result).
 */
import type { Classified } from '../records.js';
import { REGIONS, topicOfViewpoint, type Region } from '../taxonomy.js';

export type Counts = Record<string, number>;

export interface RegionCounts {
  /** Records (posts, comments, articles): the bulletin's 聲量. */
  volume: number;
  relevant: number;
  byKind: Counts;
  relevantByKind: Counts;
  byPlatform: Counts;
  topics: Counts;
  /** topic → viewpoint → relevant posts with both. */
  viewpoints: Record<string, Counts>;
  relevantNoTopic: number;
  relevantNoViewpoint: number;
  polarity: Counts;
  /** topic → polarity → count */
  topicPolarity: Record<string, Counts>;
  /** YYYY-MM → topic → count ("" topic key: all relevant) */
  months: Record<string, Counts>;
}

export interface AggregateState {
  readonly format: 'yuqing-aggregate/1';
  records: number;
  byRegion: Record<Region, RegionCounts>;
}

function emptyRegion(): RegionCounts {
  return {
    volume: 0, relevant: 0, byKind: {}, relevantByKind: {}, byPlatform: {}, topics: {}, viewpoints: {},
    relevantNoTopic: 0, relevantNoViewpoint: 0, polarity: {}, topicPolarity: {}, months: {},
  };
}

export function emptyState(): AggregateState {
  const byRegion = {} as Record<Region, RegionCounts>;
  for (const region of REGIONS) byRegion[region] = emptyRegion();
  return { format: 'yuqing-aggregate/1', records: 0, byRegion };
}

function bump(counts: Counts, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

export interface RecordKeys {
  /** Canonical platform ID (or the raw name when unknown). */
  readonly platform: string;
  /** "YYYY-MM" or "" when the date is missing or unreadable. */
  readonly month: string;
  readonly kind: string;
}

/** Add one classified record; `keys` are derived by the caller (platform aliases, date parsing). */
export function addRecord(state: AggregateState, record: Classified, keys: RecordKeys): void {
  state.records += 1;
  const r = state.byRegion[record.region];
  r.volume += 1;
  bump(r.byKind, keys.kind);
  bump(r.byPlatform, keys.platform);
  if (!record.relevant) return;
  r.relevant += 1;
  bump(r.relevantByKind, keys.kind);
  bump(r.polarity, record.polarity);
  if (record.topics.length === 0) r.relevantNoTopic += 1;
  if (record.viewpoints.length === 0) r.relevantNoViewpoint += 1;
  const month = (r.months[keys.month] ??= {});
  bump(month, '');
  for (const topic of record.topics) {
    bump(r.topics, topic);
    bump(month, topic);
    bump((r.topicPolarity[topic] ??= {}), record.polarity);
    const views = (r.viewpoints[topic] ??= {});
    for (const v of record.viewpoints) if (topicOfViewpoint(v) === topic) bump(views, v);
  }
}

function mergeCounts(into: Counts, from: Counts): void {
  for (const [k, v] of Object.entries(from)) bump(into, k, v);
}

function mergeNested(into: Record<string, Counts>, from: Record<string, Counts>): void {
  for (const [k, v] of Object.entries(from)) mergeCounts((into[k] ??= {}), v);
}

export function mergeStates(states: readonly AggregateState[]): AggregateState {
  const out = emptyState();
  for (const s of states) {
    out.records += s.records;
    for (const region of REGIONS) {
      const a = out.byRegion[region];
      const b = s.byRegion[region];
      a.volume += b.volume;
      a.relevant += b.relevant;
      a.relevantNoTopic += b.relevantNoTopic;
      a.relevantNoViewpoint += b.relevantNoViewpoint;
      mergeCounts(a.byKind, b.byKind);
      mergeCounts(a.relevantByKind, b.relevantByKind);
      mergeCounts(a.byPlatform, b.byPlatform);
      mergeCounts(a.topics, b.topics);
      mergeCounts(a.polarity, b.polarity);
      mergeNested(a.viewpoints, b.viewpoints);
      mergeNested(a.topicPolarity, b.topicPolarity);
      mergeNested(a.months, b.months);
    }
  }
  return out;
}
