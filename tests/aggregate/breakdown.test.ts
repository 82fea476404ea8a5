/**
 * Topic shares by platform and by kind of content: the state counts, per region, each platform's
 * relevant records and each platform's and kind's topics, so a report can give the share of a
 * platform's (or kind's) records that are relevant and each topic's share of its relevant records —
 * with the denominators kept beside the counts, merged by adding, and with --dedup exact counted
 * once per distinct text.
 */
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/analyse.js';
import { serialiseState } from '../../src/aggregate/serialise.js';
import { aggregateStateSchemaFor } from '../../src/aggregate/state-schema.js';
import { mergeStates } from '../../src/aggregate/state.js';
import { WHOLE_DUMP } from '../../src/aggregate/study.js';
import { summarise } from '../../src/aggregate/summary.js';
import type { Classified } from '../../src/records.js';
import { tinyClassifier, talentTaxonomy } from '../helpers.js';

const rec = (id: string, platform: string, kind: string, topics: Classified['topics'], text = id): Classified => ({
  id,
  platform,
  kind,
  text,
  published_at: '2025-03-07',
  region: 'mainland',
  relevant: topics.length > 0 || id.startsWith('r'),
  topics,
  viewpoints: [],
  polarity: 'neutral',
  evidence: [],
});

const records: Classified[] = [
  rec('1', 'weibo', 'post', ['permanent_residency']),
  rec('2', 'weibo', 'comment', ['permanent_residency', 'scheme_optimisation']),
  rec('3', 'weibo', 'comment', []),
  rec('r4', 'weibo', 'comment', []),
  rec('5', 'douyin', 'post', ['scheme_optimisation']),
  rec('6', 'douyin', 'post', []),
];

const platforms = tinyClassifier().platforms;
const mainland = (list: readonly Classified[], dedup: 'none' | 'exact' = 'none') =>
  summarise(talentTaxonomy(), aggregate(talentTaxonomy(), list, platforms, { ...WHOLE_DUMP, dedup })).profiles.find((p) => p.region === 'mainland')!;
const counts = (s: { count: number; total: number }) => `${s.count}/${s.total}`;

describe('topic shares by platform and by kind of content', () => {
  it('give each platform its relevant share (of its records) and topic shares (of its relevant records)', () => {
    const weibo = mainland(records).platformTopics.find((x) => x.key === 'weibo')!;
    expect(counts(weibo.relevant)).toBe('3/4');
    expect(Object.fromEntries(weibo.topics.map((t) => [t.topic, counts(t.share)]))).toMatchObject({ permanent_residency: '2/3', scheme_optimisation: '1/3' });
    const douyin = mainland(records).platformTopics.find((x) => x.key === 'douyin')!;
    expect(counts(douyin.relevant)).toBe('1/2');
    expect(douyin.topics.find((t) => t.topic === 'scheme_optimisation')!.share.share).toBe(1);
  });

  it('give each kind of content the same, the topics of a multi-topic record counted under each', () => {
    const kinds = Object.fromEntries(mainland(records).kindTopics.map((k) => [k.key, k]));
    expect(counts(kinds.comment!.relevant)).toBe('2/3');
    expect(kinds.comment!.topics.map((t) => counts(t.share))).toEqual(expect.arrayContaining(['1/2', '1/2']));
    expect(counts(kinds.post!.relevant)).toBe('2/3');
  });

  it('merge by adding: any split gives the one-run state, which a partial state file carries', () => {
    const one = aggregate(talentTaxonomy(), records, platforms);
    const merged = mergeStates(talentTaxonomy(), [
      aggregate(talentTaxonomy(), records.slice(0, 3), platforms),
      aggregate(talentTaxonomy(), records.slice(3), platforms),
    ]);
    expect(serialiseState(merged)).toBe(serialiseState(one));
    const read = aggregateStateSchemaFor(talentTaxonomy()).parse(JSON.parse(serialiseState(one)));
    expect(read.byRegion.mainland!.topicsByPlatform).toEqual({ weibo: { permanent_residency: 2, scheme_optimisation: 1 }, douyin: { scheme_optimisation: 1 } });
    expect(read.byRegion.mainland!.relevantByPlatform).toEqual({ weibo: 3, douyin: 1 });
    expect(read.byRegion.mainland!.topicsByKind).toEqual({
      post: { permanent_residency: 1, scheme_optimisation: 1 },
      comment: { permanent_residency: 1, scheme_optimisation: 1 },
    });
  });

  it('count a text once with --dedup exact', () => {
    const reposted = [...records, rec('7', 'weibo', 'post', ['permanent_residency'], '1')];
    expect(counts(mainland(reposted).platformTopics.find((x) => x.key === 'weibo')!.relevant)).toBe('4/5');
    expect(counts(mainland(reposted, 'exact').platformTopics.find((x) => x.key === 'weibo')!.relevant)).toBe('3/4');
  });
});
