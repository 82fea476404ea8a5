/**
 * Aggregation state → the numbers the bulletin's figures and tables show, each share with its
 * 95% Wilson interval.
 */
import { REGIONS, TOPIC_IDS, VIEWPOINT_IDS, topicOfViewpoint, type Region, type TopicId, type ViewpointId } from '../taxonomy.js';
import type { AggregateState } from './state.js';
import { wilsonShare, type Share } from './wilson.js';

export interface TopicVolume {
  readonly topic: TopicId;
  readonly region: Region;
  /** Relevant records on the topic (聲量). */
  readonly volume: number;
  /** Among the region's relevant records. */
  readonly shareOfRelevant: Share;
  /** Among all the region's records in the sample. */
  readonly shareOfSample: Share;
}

export interface ViewpointShare {
  readonly topic: TopicId;
  readonly region: Region;
  readonly viewpoint: ViewpointId;
  /** Among the region's records on the topic. */
  readonly share: Share;
}

export interface RegionProfile {
  readonly region: Region;
  readonly volume: number;
  readonly relevant: number;
  readonly kinds: readonly { readonly kind: string; readonly share: Share }[];
  readonly topTopics: readonly { readonly topic: TopicId; readonly share: Share }[];
  /** Most frequent viewpoints, as shares of the region's relevant records. */
  readonly focus: readonly { readonly viewpoint: ViewpointId; readonly share: Share }[];
  readonly polarity: readonly { readonly polarity: string; readonly share: Share }[];
  readonly noTopic: Share;
  readonly noViewpoint: Share;
}

export interface Summary {
  readonly records: number;
  readonly regions: readonly Region[];
  readonly topicVolumes: readonly TopicVolume[];
  readonly viewpointShares: readonly ViewpointShare[];
  readonly profiles: readonly RegionProfile[];
}

const FOCUS_SIZE = 3;

function byCountThenName<T>(count: (x: T) => number, name: (x: T) => string) {
  return (a: T, b: T) => count(b) - count(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
}

function profile(state: AggregateState, region: Region): RegionProfile {
  const r = state.byRegion[region];
  const kinds = Object.keys(r.byKind).sort().map((kind) => ({ kind, share: wilsonShare(r.byKind[kind]!, r.volume) }));
  const topTopics = TOPIC_IDS.map((topic) => ({ topic, share: wilsonShare(r.topics[topic] ?? 0, r.relevant) }))
    .sort(byCountThenName((x) => x.share.count, (x) => x.topic));
  const views = VIEWPOINT_IDS.map((viewpoint) => ({
    viewpoint,
    share: wilsonShare(r.viewpoints[topicOfViewpoint(viewpoint)]?.[viewpoint] ?? 0, r.relevant),
  })).filter((v) => v.share.count > 0);
  const polarity = ['positive', 'negative', 'mixed', 'neutral'].map((p) => ({ polarity: p, share: wilsonShare(r.polarity[p] ?? 0, r.relevant) }));
  return {
    region,
    volume: r.volume,
    relevant: r.relevant,
    kinds,
    topTopics,
    focus: views.sort(byCountThenName((x) => x.share.count, (x) => x.viewpoint)).slice(0, FOCUS_SIZE),
    polarity,
    noTopic: wilsonShare(r.relevantNoTopic, r.relevant),
    noViewpoint: wilsonShare(r.relevantNoViewpoint, r.relevant),
  };
}

export function summarise(state: AggregateState): Summary {
  const regions = REGIONS.filter((region) => region !== 'unknown' || state.byRegion.unknown.volume > 0);
  const topicVolumes: TopicVolume[] = [];
  const viewpointShares: ViewpointShare[] = [];
  for (const topic of TOPIC_IDS) {
    for (const region of regions) {
      const r = state.byRegion[region];
      const volume = r.topics[topic] ?? 0;
      topicVolumes.push({ topic, region, volume, shareOfRelevant: wilsonShare(volume, r.relevant), shareOfSample: wilsonShare(volume, r.volume) });
      for (const viewpoint of VIEWPOINT_IDS) {
        if (topicOfViewpoint(viewpoint) !== topic) continue;
        viewpointShares.push({ topic, region, viewpoint, share: wilsonShare(r.viewpoints[topic]?.[viewpoint] ?? 0, volume) });
      }
    }
  }
  return { records: state.records, regions, topicVolumes, viewpointShares, profiles: regions.map((region) => profile(state, region)) };
}
