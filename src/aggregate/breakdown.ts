/**
 * Topic shares within one slice of a region's records — a platform, or a kind of content (post,
 * comment, article): how many of the slice's records are relevant (of the slice's records), and
 * each topic's share of the slice's relevant records. The topics are passed in (the taxonomy as a
 * value), so a taxonomy loaded from data gives its own.
 */
import type { Counts } from './region-counts.js';
import { wilsonShare, type Share } from './wilson.js';

export interface SliceTopics {
  /** The platform ID or the kind of content. */
  readonly key: string;
  /** Relevant records of the slice, of the slice's records in the region. */
  readonly relevant: Share;
  /** Each topic's share of the slice's relevant records (a record can carry several topics). */
  readonly topics: readonly { readonly topic: string; readonly share: Share }[];
}

/** One entry per slice the region has records in, in key order. */
export function sliceTopics(records: Counts, relevant: Counts, topics: Readonly<Record<string, Counts>>, topicIds: readonly string[]): SliceTopics[] {
  return Object.keys(records)
    .sort()
    .map((key) => {
      const n = relevant[key] ?? 0;
      return {
        key,
        relevant: wilsonShare(n, records[key]!),
        topics: topicIds.map((topic) => ({ topic, share: wilsonShare(topics[key]?.[topic] ?? 0, n) })),
      };
    });
}
