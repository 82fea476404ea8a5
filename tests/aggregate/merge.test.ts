import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/analyse.js';
import { mergeStates } from '../../src/aggregate/state.js';
import { summarise } from '../../src/aggregate/summary.js';
import type { Classified } from '../../src/records.js';
import { tinyClassifier, talentTaxonomy } from '../helpers.js';

const rec = (id: string, region: 'mainland' | 'hk', topics: Classified['topics'], viewpoints: Classified['viewpoints'], kind = 'post'): Classified => ({
  id,
  platform: region === 'hk' ? 'lihkg' : 'weibo',
  kind,
  published_at: '2025-03-07',
  region,
  relevant: topics.length > 0 || id.endsWith('r'),
  topics,
  viewpoints,
  polarity: 'neutral',
  evidence: [],
});

const records: Classified[] = [
  rec('1', 'mainland', ['permanent_residency'], ['pr.strict_exit']),
  rec('2', 'mainland', ['permanent_residency', 'scheme_optimisation'], ['pr.plan_ahead', 'opt.major_benefit'], 'comment'),
  rec('3', 'hk', ['scheme_optimisation'], ['opt.property_boost']),
  rec('4r', 'hk', [], []),
  rec('5', 'hk', [], []),
];

describe('aggregation', () => {
  it('counts volume, topics and viewpoints per region', () => {
    const s = summarise(talentTaxonomy(), aggregate(talentTaxonomy(), records, tinyClassifier().platforms));
    const pr = s.topicVolumes.find((t) => t.region === 'mainland' && t.topic === 'permanent_residency')!;
    expect(pr.volume).toBe(2);
    expect(pr.shareOfRelevant.share).toBe(1);
    const exit = s.viewpointShares.find((v) => v.region === 'mainland' && v.viewpoint === 'pr.strict_exit')!;
    expect(exit.share).toMatchObject({ count: 1, total: 2, share: 0.5 });
    const hk = s.profiles.find((p) => p.region === 'hk')!;
    expect(hk).toMatchObject({ volume: 3, relevant: 2 });
    expect(hk.noTopic.count).toBe(1);
  });

  it('merging partial states gives the one-run result', () => {
    const platforms = tinyClassifier().platforms;
    const whole = aggregate(talentTaxonomy(), records, platforms);
    const merged = mergeStates(talentTaxonomy(), [
      aggregate(talentTaxonomy(), records.slice(0, 2), platforms),
      aggregate(talentTaxonomy(), records.slice(2), platforms),
    ]);
    expect(summarise(talentTaxonomy(), merged)).toEqual(summarise(talentTaxonomy(), whole));
  });
});
