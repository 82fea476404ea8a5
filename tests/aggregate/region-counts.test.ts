/**
 * What one record adds to its region's counts (region-counts.ts): the timeline counts relevant
 * records inside and outside the study windows; everything else counts records inside only;
 * labels count relevant records only; a viewpoint counts under its own topic only.
 */
import { describe, expect, it } from 'vitest';
import { addGroup, emptyRegion, mergeRegion, type RecordGroup } from '../../src/aggregate/region-counts.js';
import { mergeDistinct, noteText, type DistinctTexts } from '../../src/aggregate/dedup.js';
import { talentTaxonomy } from '../helpers.js';

const group = (over: Partial<RecordGroup>): RecordGroup => ({
  region: 'hk',
  kind: 'post',
  platform: 'lihkg',
  month: '2025-03',
  inWindow: true,
  relevant: true,
  topics: ['permanent_residency'],
  viewpoints: ['pr.strict_exit'],
  polarity: 'negative',
  ...over,
});

describe('region counts', () => {
  it('a relevant record in the windows counts everywhere, its viewpoint under its own topic only', () => {
    const r = emptyRegion();
    addGroup(talentTaxonomy(), r, group({ topics: ['permanent_residency', 'scheme_optimisation'], viewpoints: ['pr.strict_exit', 'opt.clear_fast'] }));
    expect(r).toEqual({
      volume: 1,
      relevant: 1,
      byKind: { post: 1 },
      relevantByKind: { post: 1 },
      byPlatform: { lihkg: 1 },
      relevantByPlatform: { lihkg: 1 },
      topics: { permanent_residency: 1, scheme_optimisation: 1 },
      topicsByPlatform: { lihkg: { permanent_residency: 1, scheme_optimisation: 1 } },
      topicsByKind: { post: { permanent_residency: 1, scheme_optimisation: 1 } },
      viewpoints: { permanent_residency: { 'pr.strict_exit': 1 }, scheme_optimisation: { 'opt.clear_fast': 1 } },
      relevantNoTopic: 0,
      relevantNoViewpoint: 0,
      polarity: { negative: 1 },
      topicPolarity: { permanent_residency: { negative: 1 }, scheme_optimisation: { negative: 1 } },
      months: { '2025-03': { '': 1, permanent_residency: 1, scheme_optimisation: 1 } },
    });
  });

  it('a record that is not relevant counts in the volume only, not on the timeline', () => {
    const r = emptyRegion();
    addGroup(talentTaxonomy(), r, group({ relevant: false, topics: [], viewpoints: [], polarity: 'neutral', kind: 'comment' }));
    expect(r).toEqual({ ...emptyRegion(), volume: 1, byKind: { comment: 1 }, byPlatform: { lihkg: 1 } });
  });

  it('a relevant record outside the windows counts on the timeline only', () => {
    const r = emptyRegion();
    addGroup(talentTaxonomy(), r, group({ inWindow: false }));
    expect(r).toEqual({ ...emptyRegion(), months: { '2025-03': { '': 1, permanent_residency: 1 } } });
  });

  it('a relevant record without topic or viewpoint counts as such, with a weight', () => {
    const r = emptyRegion();
    addGroup(talentTaxonomy(), r, group({ topics: [], viewpoints: [], month: '' }), 3);
    expect(r).toMatchObject({ volume: 3, relevant: 3, relevantNoTopic: 3, relevantNoViewpoint: 3, topics: {}, viewpoints: {}, months: { '': { '': 3 } } });
  });

  it('merging two regions adds every count', () => {
    const a = emptyRegion();
    const b = emptyRegion();
    const both = emptyRegion();
    const gs = [
      group({}),
      group({ relevant: false, topics: [], viewpoints: [], kind: 'article' }),
      group({ inWindow: false, month: '2024-10' }),
      group({ topics: [], viewpoints: [] }),
    ];
    gs.forEach((g, i) => {
      addGroup(talentTaxonomy(), i % 2 === 0 ? a : b, g);
      addGroup(talentTaxonomy(), both, g);
    });
    mergeRegion(a, b);
    expect(a).toEqual(both);
  });
});

describe('exact-duplicate table', () => {
  it('keeps, per text, the occurrence with the smallest id hash, and says which was first seen', () => {
    const t: DistinctTexts = {};
    expect(noteText(t, 'k1', 'bb', group({}))).toBe(true);
    expect(noteText(t, 'k1', 'aa', group({ platform: 'facebook' }))).toBe(false);
    expect(noteText(t, 'k1', 'cc', group({ platform: 'weibo' }))).toBe(false);
    expect(t.k1!.startsWith('aa\t')).toBe(true);
    expect(JSON.parse(t.k1!.slice(3))).toEqual(['hk', 'post', 'facebook', '2025-03', 1, 1, ['permanent_residency'], ['pr.strict_exit'], 'negative']);
    const u: DistinctTexts = { k1: `a0\t${t.k1!.slice(3)}`, k2: 'zz\t[]' };
    mergeDistinct(t, u);
    expect(Object.keys(t).sort()).toEqual(['k1', 'k2']);
    expect(t.k1!.startsWith('a0\t')).toBe(true);
  });
});
