/**
 * Counts of one region: what a record adds (its group: region, kind, platform, month, labels)
 * and how two regions' counts merge (by adding).
 */
import type { Taxonomy } from '../study/taxonomy.js';

export type Counts = Record<string, number>;

export interface RegionCounts {
  /** Records (posts, comments, articles) in the study: the bulletin's "voice volume". */
  volume: number;
  relevant: number;
  byKind: Counts;
  relevantByKind: Counts;
  byPlatform: Counts;
  /** Platform → relevant records (the denominator of the platform's topic shares). */
  relevantByPlatform: Counts;
  topics: Counts;
  /** Platform → topic → relevant records on it. */
  topicsByPlatform: Record<string, Counts>;
  /** Kind of content → topic → relevant records on it (relevantByKind is the denominator). */
  topicsByKind: Record<string, Counts>;
  /** topic → viewpoint → relevant posts with both. */
  viewpoints: Record<string, Counts>;
  relevantNoTopic: number;
  relevantNoViewpoint: number;
  polarity: Counts;
  /** topic → polarity → count */
  topicPolarity: Record<string, Counts>;
  /** YYYY-MM → topic → relevant records ("" topic key: all relevant). Counts records outside the study windows too (the timeline shows them). */
  months: Record<string, Counts>;
}

/** What one record contributes to the counts; records with the same group add the same. */
export interface RecordGroup {
  readonly region: string;
  readonly kind: string;
  readonly platform: string;
  /** "YYYY-MM" or "". */
  readonly month: string;
  /** Inside the study windows (always true without windows). */
  readonly inWindow: boolean;
  readonly relevant: boolean;
  readonly topics: readonly string[];
  readonly viewpoints: readonly string[];
  readonly polarity: string;
}

export function emptyRegion(): RegionCounts {
  return {
    volume: 0,
    relevant: 0,
    byKind: {},
    relevantByKind: {},
    byPlatform: {},
    relevantByPlatform: {},
    topics: {},
    topicsByPlatform: {},
    topicsByKind: {},
    viewpoints: {},
    relevantNoTopic: 0,
    relevantNoViewpoint: 0,
    polarity: {},
    topicPolarity: {},
    months: {},
  };
}

export function bump(counts: Counts, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

function addToTimeline(r: RegionCounts, g: RecordGroup, by: number): void {
  const month = (r.months[g.month] ??= {});
  bump(month, '', by);
  for (const topic of g.topics) bump(month, topic, by);
}

export function addGroup(taxonomy: Taxonomy, r: RegionCounts, g: RecordGroup, by = 1): void {
  if (g.relevant) addToTimeline(r, g, by);
  if (!g.inWindow) return;
  r.volume += by;
  bump(r.byKind, g.kind, by);
  bump(r.byPlatform, g.platform, by);
  if (!g.relevant) return;
  r.relevant += by;
  bump(r.relevantByKind, g.kind, by);
  bump(r.relevantByPlatform, g.platform, by);
  bump(r.polarity, g.polarity, by);
  if (g.topics.length === 0) r.relevantNoTopic += by;
  if (g.viewpoints.length === 0) r.relevantNoViewpoint += by;
  for (const topic of g.topics) {
    bump(r.topics, topic, by);
    bump((r.topicsByPlatform[g.platform] ??= {}), topic, by);
    bump((r.topicsByKind[g.kind] ??= {}), topic, by);
    bump((r.topicPolarity[topic] ??= {}), g.polarity, by);
    const views = (r.viewpoints[topic] ??= {});
    for (const v of g.viewpoints) if (taxonomy.topicOf[v] === topic) bump(views, v, by);
  }
}

export function mergeCounts(into: Counts, from: Counts): void {
  for (const [k, v] of Object.entries(from)) bump(into, k, v);
}

export function mergeNested(into: Record<string, Counts>, from: Record<string, Counts>): void {
  for (const [k, v] of Object.entries(from)) mergeCounts((into[k] ??= {}), v);
}

export function mergeRegion(a: RegionCounts, b: RegionCounts): void {
  a.volume += b.volume;
  a.relevant += b.relevant;
  a.relevantNoTopic += b.relevantNoTopic;
  a.relevantNoViewpoint += b.relevantNoViewpoint;
  mergeCounts(a.byKind, b.byKind);
  mergeCounts(a.relevantByKind, b.relevantByKind);
  mergeCounts(a.byPlatform, b.byPlatform);
  mergeCounts(a.relevantByPlatform, b.relevantByPlatform);
  mergeNested(a.topicsByPlatform, b.topicsByPlatform);
  mergeNested(a.topicsByKind, b.topicsByKind);
  mergeCounts(a.topics, b.topics);
  mergeCounts(a.polarity, b.polarity);
  mergeNested(a.viewpoints, b.viewpoints);
  mergeNested(a.topicPolarity, b.topicPolarity);
  mergeNested(a.months, b.months);
}
