/**
 * Aggregation state → the numbers the report shows: topic volume, viewpoint shares (each share
 * with its 95% Wilson interval), the regions compared, significance, key terms, the timeline,
 * examples and the study's accounting. With --dedup exact every figure counts distinct texts;
 * raw volumes (reposts included) are kept beside them.
 */
import { comparedRegions, topicOfViewpoint, viewpointsOf, type Taxonomy } from '../study/taxonomy.js';
import { sliceTopics, type SliceTopics } from './breakdown.js';
import { allKeyTerms, viewpointTests, type ViewpointTest } from './comparisons.js';
import { distinctCounts } from './dedup.js';
import type { ExamplePost } from './examples.js';
import type { KeyTerm } from './keyness.js';
import type { RegionCounts } from './region-counts.js';
import type { AggregateState } from './state.js';
import type { Placement, StudyDesign } from './study.js';
import { timeline, windowSpans, type MonthVolume, type WindowSpan } from './timeline.js';
import type { UndatedRecords } from './undated.js';
import { wilsonShare, type Share } from './wilson.js';

export interface TopicVolume {
  readonly topic: string;
  readonly region: string;
  /** Relevant records on the topic (the bulletin's "voice volume"); distinct texts with --dedup exact. */
  readonly volume: number;
  /** The same, reposts included. */
  readonly rawVolume: number;
  /** Among the region's relevant records. */
  readonly shareOfRelevant: Share;
  /** Among all the region's records in the sample. */
  readonly shareOfSample: Share;
}

export interface ViewpointShare {
  readonly topic: string;
  readonly region: string;
  readonly viewpoint: string;
  /** Among the region's records on the topic. */
  readonly share: Share;
}

export interface RegionProfile {
  readonly region: string;
  readonly volume: number;
  /** Records in the study, reposts included. */
  readonly rawVolume: number;
  readonly relevant: number;
  readonly kinds: readonly { readonly kind: string; readonly share: Share }[];
  /** Platforms (canonical IDs, or the name as given when unknown), as shares of the region's records, largest first. */
  readonly platforms: readonly { readonly platform: string; readonly share: Share }[];
  /** Relevant records of each kind of content, as shares of the region's relevant records. */
  readonly relevantKinds: readonly { readonly kind: string; readonly share: Share }[];
  /** Per platform: relevant of its records, topics of its relevant records (platform ID order). */
  readonly platformTopics: readonly SliceTopics[];
  /** Per kind of content: relevant of its records, topics of its relevant records. */
  readonly kindTopics: readonly SliceTopics[];
  readonly topTopics: readonly { readonly topic: string; readonly share: Share }[];
  /** Most frequent viewpoints, as shares of the region's relevant records. */
  readonly focus: readonly { readonly viewpoint: string; readonly share: Share }[];
  readonly polarity: readonly { readonly polarity: string; readonly share: Share }[];
  readonly noTopic: Share;
  readonly noViewpoint: Share;
}

export interface StudySummary {
  readonly design: StudyDesign;
  /** Records offered, by where they fell. */
  readonly placements: Readonly<Record<Placement, number>>;
  /** Relevant records in the study without text (no examples, no key terms). */
  readonly textless: number;
  readonly windows: readonly WindowSpan[];
  /** Records without a readable date (missing or unreadable, with examples): off the timeline. */
  readonly undated: Readonly<UndatedRecords>;
}

export interface ExampleSet {
  readonly topic: string;
  readonly viewpoint: string;
  readonly region: string;
  readonly posts: readonly ExamplePost[];
}

export interface Summary {
  /** The study's taxonomy: the topics, viewpoints and regions every figure goes over. */
  readonly taxonomy: Taxonomy;
  /** The two regions set side by side and tested (comparedRegions). */
  readonly compared: readonly [string, string];
  readonly records: number;
  /** The regions shown: the fallback (unknown) region only when it holds a meaningful share (UNKNOWN_SHOWN_FROM). */
  readonly regions: readonly string[];
  /** Records in the study whose region is the fallback (and how many relevant), when too few to show as a column of their own. */
  readonly unknownHidden: { readonly records: number; readonly relevant: number };
  readonly topicVolumes: readonly TopicVolume[];
  readonly viewpointShares: readonly ViewpointShare[];
  readonly profiles: readonly RegionProfile[];
  readonly study: StudySummary;
  readonly viewpointTests: readonly ViewpointTest[];
  readonly keyTerms: readonly KeyTerm[];
  readonly timeline: readonly MonthVolume[];
  readonly examples: readonly ExampleSet[];
}

const FOCUS_SIZE = 3;
/** The unknown region gets its own column from this share of the study's records on (below it, a note). */
export const UNKNOWN_SHOWN_FROM = 0.05;
const PLACEMENTS: readonly Placement[] = ['in_study', 'outside_windows', 'not_sampled', 'outside_period', 'undated'];

function byCountThenName<T>(count: (x: T) => number, name: (x: T) => string) {
  return (a: T, b: T) => count(b) - count(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
}

function profile(taxonomy: Taxonomy, r: RegionCounts, raw: RegionCounts, region: string): RegionProfile {
  const kinds = Object.keys(r.byKind)
    .sort()
    .map((kind) => ({ kind, share: wilsonShare(r.byKind[kind]!, r.volume) }));
  const platforms = Object.keys(r.byPlatform)
    .sort()
    .map((platform) => ({ platform, share: wilsonShare(r.byPlatform[platform]!, r.volume) }))
    .sort(
      byCountThenName(
        (x) => x.share.count,
        (x) => x.platform,
      ),
    );
  const relevantKinds = Object.keys(r.relevantByKind)
    .sort()
    .map((kind) => ({ kind, share: wilsonShare(r.relevantByKind[kind]!, r.relevant) }));
  const topTopics = taxonomy.topics
    .map((topic) => ({ topic, share: wilsonShare(r.topics[topic] ?? 0, r.relevant) }))
    .sort(
      byCountThenName(
        (x) => x.share.count,
        (x) => x.topic,
      ),
    );
  const views = taxonomy.viewpoints
    .map((viewpoint) => ({
      viewpoint,
      share: wilsonShare(r.viewpoints[topicOfViewpoint(taxonomy, viewpoint)]?.[viewpoint] ?? 0, r.relevant),
    }))
    .filter((v) => v.share.count > 0);
  const polarity = ['positive', 'negative', 'mixed', 'neutral'].map((p) => ({ polarity: p, share: wilsonShare(r.polarity[p] ?? 0, r.relevant) }));
  return {
    region,
    volume: r.volume,
    rawVolume: raw.volume,
    relevant: r.relevant,
    kinds,
    platforms,
    relevantKinds,
    platformTopics: sliceTopics(r.byPlatform, r.relevantByPlatform, r.topicsByPlatform, taxonomy.topics),
    kindTopics: sliceTopics(r.byKind, r.relevantByKind, r.topicsByKind, taxonomy.topics),
    topTopics,
    focus: views
      .sort(
        byCountThenName(
          (x) => x.share.count,
          (x) => x.viewpoint,
        ),
      )
      .slice(0, FOCUS_SIZE),
    polarity,
    noTopic: wilsonShare(r.relevantNoTopic, r.relevant),
    noViewpoint: wilsonShare(r.relevantNoViewpoint, r.relevant),
  };
}

function studySummary(state: AggregateState): StudySummary {
  const placements = {} as Record<Placement, number>;
  for (const p of PLACEMENTS) placements[p] = state.placements[p] ?? 0;
  return { design: state.design, placements, textless: state.textless, windows: windowSpans(state.design), undated: state.undated };
}

function exampleSets(taxonomy: Taxonomy, state: AggregateState, regions: readonly string[]): ExampleSet[] {
  return taxonomy.viewpoints
    .flatMap((viewpoint) =>
      regions.map((region) => ({ topic: topicOfViewpoint(taxonomy, viewpoint), viewpoint, region, posts: state.examples[`${viewpoint} ${region}`] ?? [] })),
    )
    .filter((set) => set.posts.length > 0);
}

export function summarise(taxonomy: Taxonomy, state: AggregateState): Summary {
  const counted = state.design.dedup === 'exact' ? distinctCounts(taxonomy, state.distinct) : state.byRegion;
  const total = taxonomy.regions.reduce((n, region) => n + counted[region]!.volume, 0);
  const fallback = counted[taxonomy.fallbackRegion]!;
  const unknown = fallback.volume;
  const showUnknown = unknown > 0 && unknown >= UNKNOWN_SHOWN_FROM * total;
  const regions = taxonomy.regions.filter((region) => region !== taxonomy.fallbackRegion || showUnknown);
  const compared = comparedRegions(taxonomy);
  const topicVolumes: TopicVolume[] = [];
  const viewpointShares: ViewpointShare[] = [];
  for (const topic of taxonomy.topics) {
    for (const region of regions) {
      const r = counted[region]!;
      const volume = r.topics[topic] ?? 0;
      const rawVolume = state.byRegion[region]!.topics[topic] ?? 0;
      topicVolumes.push({ topic, region, volume, rawVolume, shareOfRelevant: wilsonShare(volume, r.relevant), shareOfSample: wilsonShare(volume, r.volume) });
      for (const viewpoint of viewpointsOf(taxonomy, topic)) {
        viewpointShares.push({ topic, region, viewpoint, share: wilsonShare(r.viewpoints[topic]?.[viewpoint] ?? 0, volume) });
      }
    }
  }
  return {
    taxonomy,
    compared,
    records: state.records,
    regions,
    unknownHidden: showUnknown ? { records: 0, relevant: 0 } : { records: unknown, relevant: fallback.relevant },
    topicVolumes,
    viewpointShares,
    profiles: regions.map((region) => profile(taxonomy, counted[region]!, state.byRegion[region]!, region)),
    study: studySummary(state),
    viewpointTests: viewpointTests(compared, viewpointShares),
    keyTerms: allKeyTerms(taxonomy.topics, compared, state.terms, state.termForms),
    timeline: timeline(taxonomy.topics, counted, regions),
    examples: exampleSets(taxonomy, state, regions),
  };
}
