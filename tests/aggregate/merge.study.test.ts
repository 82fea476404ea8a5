/**
 * Everything the state keeps for the report (key-term counts, examples, distinct texts, the
 * record accounting) merges by addition: any split into shards, merged in any order, gives the
 * one-run state, byte for byte once serialised.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/analyse.js';
import { serialiseState } from '../../src/aggregate/serialise.js';
import { mergeStates } from '../../src/aggregate/state.js';
import { WHOLE_DUMP, type StudyDesign } from '../../src/aggregate/study.js';
import { summarise } from '../../src/aggregate/summary.js';
import { termTokeniser } from '../../src/aggregate/terms.js';
import { classifyPost } from '../../src/classify.js';
import { readStopList } from '../../src/io/bundled/report-data.js';
import type { Classified, Post } from '../../src/records.js';
import { FIXTURES, tinyClassifier, talentTaxonomy } from '../helpers.js';

const posts = readFileSync(join(FIXTURES, 'posts.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Post);
// Reposts: the same texts again under other ids (and one in the other region).
const reposts: Post[] = [
  { ...posts[0]!, id: 'r01' },
  { ...posts[1]!, id: 'r02', published_at: '2025-03-01' },
  { ...posts[0]!, id: 'r03', platform: 'lihkg' },
];

function records(): Classified[] {
  const c = tinyClassifier();
  return [...posts, ...reposts].map((p) => classifyPost(c, p));
}

const designs: StudyDesign[] = [
  WHOLE_DUMP,
  {
    sample: { fraction: 0.7, seed: 11 },
    from: null,
    to: '2025-06',
    windows: [
      { from: '2024-10', to: '2024-12' },
      { from: '2025-03', to: '2025-07' },
    ],
    dedup: 'exact',
    timezone: 'Asia/Hong_Kong',
  },
];

describe('merging partial states', () => {
  const c = tinyClassifier();
  const terms = termTokeniser(c, readStopList());
  const all = records();

  it.each(designs.map((d) => [d.dedup, d] as const))('any split and order gives the one-run state (dedup %s)', (_name, design) => {
    const whole = aggregate(talentTaxonomy(), all, c.platforms, design, terms);
    expect(Object.keys(whole.terms).length).toBeGreaterThan(0);
    expect(Object.keys(whole.examples).length).toBeGreaterThan(0);
    expect(Object.keys(whole.distinct).length > 0).toBe(design.dedup === 'exact');
    for (const cut of [1, 5, 9, 14]) {
      const a = aggregate(talentTaxonomy(), all.slice(0, cut), c.platforms, design, terms);
      const b = aggregate(talentTaxonomy(), all.slice(cut), c.platforms, design, terms);
      expect(serialiseState(mergeStates(talentTaxonomy(), [a, b]))).toBe(serialiseState(whole));
      expect(serialiseState(mergeStates(talentTaxonomy(), [b, a]))).toBe(serialiseState(whole));
      expect(summarise(talentTaxonomy(), mergeStates(talentTaxonomy(), [b, a]))).toEqual(summarise(talentTaxonomy(), whole));
    }
  });

  it('with --dedup exact a text counts once per region, raw volume keeps the reposts', () => {
    const design: StudyDesign = { ...WHOLE_DUMP, dedup: 'exact' };
    const s = summarise(
      talentTaxonomy(),
      mergeStates(talentTaxonomy(), [
        aggregate(talentTaxonomy(), all.slice(0, 12), c.platforms, design, terms),
        aggregate(talentTaxonomy(), all.slice(12), c.platforms, design, terms),
      ]),
    );
    const mainland = s.profiles.find((p) => p.region === 'mainland')!;
    const plain = summarise(talentTaxonomy(), aggregate(talentTaxonomy(), all, c.platforms, WHOLE_DUMP, terms)).profiles.find((p) => p.region === 'mainland')!;
    expect(mainland.rawVolume).toBe(plain.volume);
    expect(mainland.volume).toBe(plain.volume - 2);
    const hk = s.profiles.find((p) => p.region === 'hk')!;
    expect(hk.volume).toBe(hk.rawVolume); // the repost on an HK platform is HK's only copy
  });

  it('examples are the posts with the smallest id hash, one per text, whatever the order', () => {
    const forward = summarise(talentTaxonomy(), aggregate(talentTaxonomy(), all, c.platforms, WHOLE_DUMP, terms)).examples;
    const backward = summarise(talentTaxonomy(), aggregate(talentTaxonomy(), [...all].reverse(), c.platforms, WHOLE_DUMP, terms)).examples;
    expect(backward).toEqual(forward);
    const strict = forward.find((x) => x.viewpoint === 'pr.strict_exit' && x.region === 'mainland')!;
    expect(new Set(strict.posts.map((p) => p.textKey)).size).toBe(strict.posts.length);
  });

  it('refuses to merge states made with different designs', () => {
    expect(() =>
      mergeStates(talentTaxonomy(), [aggregate(talentTaxonomy(), all, c.platforms, designs[0]), aggregate(talentTaxonomy(), all, c.platforms, designs[1])]),
    ).toThrow(/different study designs/);
  });
});
