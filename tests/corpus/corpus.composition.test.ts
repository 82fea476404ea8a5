/** The labelled corpus keeps its promises: size, split by writer, coverage, valid labels, readings kept. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldSchema, type Gold } from '../../src/records.js';
import { topicOfViewpoint } from '../../src/study/taxonomy.js';
import { talentTaxonomy } from '../helpers.js';

const lines = (name: string) =>
  readFileSync(new URL(`../../studies/talent/corpus/${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
const read = (side: string): (Gold & { source: string })[] => lines(side).map((l) => goldSchema.parse(JSON.parse(l)) as Gold & { source: string });
const dev = read('dev');
const test = read('test');
const all = [...dev, ...test];
const annotations = lines('annotations').map((l) => JSON.parse(l) as { id: string; source: string; final: Record<string, unknown> });

describe('studies/talent/corpus', () => {
  it('holds at least 3,000 labelled posts with unique ids, a third of the new ones long', () => {
    expect(all.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    const fresh = all.filter((r) => r.source !== 'v0');
    expect(fresh.filter((r) => [...r.text].length >= 250).length / fresh.length).toBeGreaterThanOrEqual(0.3);
  });

  it('splits by writer: test holds only the held-out writers (T…), dev every other source', () => {
    expect(test.every((r) => r.source.startsWith('T'))).toBe(true);
    expect(dev.every((r) => !r.source.startsWith('T'))).toBe(true);
    expect(new Set(test.map((r) => r.source)).size).toBeGreaterThanOrEqual(3);
  });

  it('keeps every reading of the new posts, and each post carries the settled labels', () => {
    const byId = new Map(all.map((r) => [r.id, r]));
    expect(annotations.length).toBe(all.filter((r) => r.source !== 'v0').length);
    for (const a of annotations) {
      const r = byId.get(a.id)!;
      expect({ relevant: r.relevant, topics: r.topics, viewpoints: r.viewpoints, polarity: r.polarity }).toEqual(a.final);
    }
  });

  it('has every viewpoint at least 15 times in each split, viewpoints within their topics', () => {
    for (const side of [dev, test])
      for (const v of talentTaxonomy().viewpoints) expect(side.filter((r) => r.viewpoints.includes(v)).length, v).toBeGreaterThanOrEqual(15);
    for (const r of all) for (const v of r.viewpoints) expect(r.topics).toContain(topicOfViewpoint(talentTaxonomy(), v));
  });

  it('has ≥15% distractors, ~15% relevant posts with no topic, and two-topic posts', () => {
    const distractors = all.filter((r) => !r.relevant).length / all.length;
    const relevant = all.filter((r) => r.relevant);
    const noTopic = relevant.filter((r) => r.topics.length === 0).length / relevant.length;
    expect(distractors).toBeGreaterThanOrEqual(0.15);
    expect(noTopic).toBeGreaterThan(0.1);
    expect(noTopic).toBeLessThan(0.2);
    expect(relevant.filter((r) => r.topics.length >= 2).length).toBeGreaterThanOrEqual(30);
  });

  it('not-relevant records carry no topics or viewpoints', () => {
    for (const r of all.filter((x) => !x.relevant)) expect([r.topics, r.viewpoints]).toEqual([[], []]);
  });
});
