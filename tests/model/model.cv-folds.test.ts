import { describe, expect, it } from 'vitest';
import { foldOf, foldsOf, outOfFold } from '../../src/model/cv.js';
import { tinyClassifier } from '../helpers.js';
import { metaFor, TAXONOMY } from './fixtures.js';

describe('cross-validation folds', () => {
  it('are a deterministic function of the id, within 0..k-1', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `post-${i}`);
    const a = ids.map((id) => foldOf(id, 5));
    expect(ids.map((id) => foldOf(id, 5))).toEqual(a);
    expect(a.every((f) => f >= 0 && f < 5)).toBe(true);
    expect(new Set(a).size).toBe(5);
  });

  it('follow sha256 of the id (first four bytes, mod k), pinned', () => {
    expect([foldOf('hs-0002', 10), foldOf('hs-0003', 10), foldOf('a', 7)]).toMatchSnapshot();
  });

  it('with groups, hold each group out whole: sorted groups dealt round the folds', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, group: ['W02', 'W01', 'W02', 'v0', 'W03'][i] }));
    // Sorted groups W01, W02, W03, v0 → folds 0, 1, 0, 1 (k = 2).
    expect(foldsOf(items, 2)).toEqual([1, 0, 1, 1, 0]);
  });

  it('score every item exactly once, by a model trained without it, in input order', () => {
    const items = TAXONOMY.map((x) => ({ id: x.id, text: x.text, region: 'hk' as const, gold: x.labels }));
    const oof = outOfFold(tinyClassifier(), items, 3, metaFor());
    expect(oof.map((o) => o.item.id)).toEqual(items.map((i) => i.id));
    for (const o of oof) expect(o.prepared.model.training.records).toBe(items.filter((i) => foldOf(i.id, 3) !== foldOf(o.item.id, 3)).length);
  });
});
