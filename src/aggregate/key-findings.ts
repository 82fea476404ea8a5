/**
 * The findings summary every report opens with, computed from the numbers: how many posts are
 * relevant, each region's largest topics (shares of its relevant posts), the viewpoints that differ
 * most between the compared regions with their adjusted q (or a plain statement that none is
 * significant), coverage, and whether topic shares can add to more than 100% (a post can carry
 * several topics). Renderers word it (report/key-findings-sentences.ts); the JSON report carries it as data.
 */
import type { Summary } from './summary.js';
import { wilsonShare, type Share } from './wilson.js';

/** How many topics per region and viewpoint differences the summary names. */
const TOP_TOPICS = 2;
const TOP_DIFFERENCES = 3;

export interface RegionFindings {
  readonly region: string;
  /** Relevant posts among the region's posts in the study. */
  readonly relevant: Share;
  /** Largest topics, as shares of the region's relevant posts. */
  readonly topTopics: readonly { readonly topic: string; readonly share: Share }[];
  /** Sum of the region's topic shares of relevant posts: above 1 when posts carry several topics. */
  readonly topicShareSum: number;
}

export interface ViewpointDifference {
  readonly topic: string;
  readonly viewpoint: string;
  /** Shares of the region's posts on the topic, summary.compared[0] then summary.compared[1]. */
  readonly shares: readonly [Share, Share];
  readonly q: number;
  readonly significant: boolean;
}

export interface Findings {
  /** Relevant posts among all posts in the study. */
  readonly relevant: Share;
  readonly regions: readonly RegionFindings[];
  readonly compared: readonly [string, string];
  /** Viewpoint tests with the smallest adjusted q (significant ones first). */
  readonly differences: readonly ViewpointDifference[];
  /** How many viewpoint differences are significant, of how many tested. */
  readonly significant: number;
  readonly tested: number;
  /** Relevant posts with no topic and with no viewpoint, all regions together. */
  readonly noTopic: Share;
  readonly noViewpoint: Share;
  /** Some region's topic shares add to more than 100%. */
  readonly multiLabel: boolean;
  /** Records of unknown region left out of the columns (too few to show); counted in `relevant`. */
  readonly unknownHidden: number;
}

export function findingsOf(summary: Summary): Findings {
  const profiles = summary.profiles;
  const hidden = summary.unknownHidden;
  const volume = profiles.reduce((n, p) => n + p.volume, hidden.records);
  const relevant = profiles.reduce((n, p) => n + p.relevant, hidden.relevant);
  const regions = profiles.map((p): RegionFindings => {
    const topics = summary.topicVolumes.filter((t) => t.region === p.region);
    return {
      region: p.region,
      relevant: wilsonShare(p.relevant, p.volume),
      topTopics: p.topTopics.filter((t) => t.share.count > 0).slice(0, TOP_TOPICS),
      topicShareSum: topics.reduce((sum, t) => sum + t.shareOfRelevant.share, 0),
    };
  });
  const tests = summary.viewpointTests.filter((t) => t.shares[0].total > 0 && t.shares[1].total > 0);
  const differences = [...tests]
    .sort(
      (a, b) =>
        a.q - b.q || Math.abs(b.shares[0].share - b.shares[1].share) - Math.abs(a.shares[0].share - a.shares[1].share) || (a.viewpoint < b.viewpoint ? -1 : 1),
    )
    .slice(0, TOP_DIFFERENCES)
    .map((t): ViewpointDifference => ({ topic: t.topic, viewpoint: t.viewpoint, shares: t.shares, q: t.q, significant: t.significant }));
  const noTopic = profiles.reduce((n, p) => n + p.noTopic.count, 0);
  const noViewpoint = profiles.reduce((n, p) => n + p.noViewpoint.count, 0);
  return {
    relevant: wilsonShare(relevant, volume),
    regions,
    compared: summary.compared,
    differences,
    significant: tests.filter((t) => t.significant).length,
    tested: tests.length,
    noTopic: wilsonShare(noTopic, relevant - hidden.relevant),
    noViewpoint: wilsonShare(noViewpoint, relevant - hidden.relevant),
    multiLabel: regions.some((r) => r.topicShareSum > 1 + 1e-9),
    unknownHidden: hidden.records,
  };
}
