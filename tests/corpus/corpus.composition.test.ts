/** The labelled corpus keeps its promises: size, split, coverage and valid labels. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldSchema, type Gold } from '../../src/records.js';
import { VIEWPOINT_IDS, topicOfViewpoint } from '../../src/taxonomy.js';

const read = (side: string): Gold[] =>
  readFileSync(new URL(`../../corpora/talent/${side}.jsonl`, import.meta.url), 'utf8')
    .split('\n').filter((l) => l.trim() !== '').map((l) => goldSchema.parse(JSON.parse(l)));
const dev = read('dev');
const test = read('test');
const all = [...dev, ...test];

describe('corpora/talent', () => {
  it('holds at least 600 labelled posts with unique ids', () => {
    expect(all.length).toBeGreaterThanOrEqual(600);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it('keeps every record on the side its id hashes to (the split never moves)', () => {
    const side = (id: string) => (createHash('sha256').update(id).digest().readUInt32BE(0) % 100 < 70 ? 'dev' : 'test');
    expect(dev.every((r) => side(r.id) === 'dev')).toBe(true);
    expect(test.every((r) => side(r.id) === 'test')).toBe(true);
  });

  it('has every viewpoint at least 15 times, viewpoints within their topics', () => {
    for (const v of VIEWPOINT_IDS) expect(all.filter((r) => r.viewpoints.includes(v)).length, v).toBeGreaterThanOrEqual(15);
    for (const r of all) for (const v of r.viewpoints) expect(r.topics).toContain(topicOfViewpoint(v));
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
