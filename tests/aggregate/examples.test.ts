/**
 * Example posts (examples.ts): an excerpt of at most 240 UTF-16 units around the viewpoint's first
 * evidence (60 before it), never splitting a surrogate pair, with the viewpoint's and its topic's
 * spans moved into it; per group EXAMPLES_PER_GROUP posts, one per text — those where the lexicon
 * and the model agree first, then the strongest (the model's probability, then the cues), then the
 * smallest id hash — the same whichever order posts or shards arrive in.
 */
import { describe, expect, it } from 'vitest';
import {
  EXAMPLES_PER_GROUP,
  excerpt,
  mergeExamples,
  offerExample,
  poolKey,
  type ExamplePool,
  type ExamplePost,
  type ExampleRank,
} from '../../src/aggregate/examples.js';
import type { Evidence } from '../../src/records.js';

const ev = (label: string, start: number, end: number): Evidence => ({ label, term: 'x', start, end });

describe('excerpts', () => {
  it('keep a text of up to 240 units whole, with the viewpoint and topic spans only', () => {
    const text = '甲'.repeat(240);
    const e = excerpt(
      text,
      [ev('pr.strict_exit', 100, 104), ev('permanent_residency', 10, 12), ev('relevant', 0, 3), ev('pr.plan_ahead', 5, 6)],
      'pr.strict_exit',
      'permanent_residency',
    );
    expect(e).toEqual({
      text,
      cutBefore: false,
      cutAfter: false,
      evidence: [
        { end: 104, label: 'pr.strict_exit', start: 100 },
        { end: 12, label: 'permanent_residency', start: 10 },
      ],
    });
  });

  it('cut a longer text from 60 units before the first viewpoint span, 240 units long, with spans moved', () => {
    const text = `${'甲'.repeat(300)}寬進嚴出${'乙'.repeat(300)}`;
    const e = excerpt(
      text,
      [ev('pr.strict_exit', 300, 304), ev('pr.strict_exit', 400, 404), ev('pr.strict_exit', 590, 594)],
      'pr.strict_exit',
      'permanent_residency',
    );
    expect(e.text).toBe(text.slice(240, 480));
    expect([e.cutBefore, e.cutAfter]).toEqual([true, true]);
    // The span past the excerpt's end is left out.
    expect(e.evidence).toEqual([
      { end: 64, label: 'pr.strict_exit', start: 60 },
      { end: 164, label: 'pr.strict_exit', start: 160 },
    ]);
  });

  it('start at the beginning when the evidence is within 60 units of it, and end at the end when near it', () => {
    const head = excerpt(`${'甲'.repeat(30)}寬進嚴出${'乙'.repeat(400)}`, [ev('pr.strict_exit', 30, 34)], 'pr.strict_exit', 'permanent_residency');
    expect([head.cutBefore, head.cutAfter, head.text.length]).toEqual([false, true, 240]);
    expect(head.evidence).toEqual([{ end: 34, label: 'pr.strict_exit', start: 30 }]);
    const tail = excerpt(`${'甲'.repeat(400)}寬進嚴出`, [ev('pr.strict_exit', 400, 404)], 'pr.strict_exit', 'permanent_residency');
    expect([tail.cutBefore, tail.cutAfter, tail.text.length]).toEqual([true, false, 64]);
  });

  it('never split a surrogate pair at either end', () => {
    // Emoji everywhere: 240 units from an odd start would cut pairs at both ends.
    const text = '😭'.repeat(200);
    const e = excerpt(text, [ev('pr.strict_exit', 161, 163)], 'pr.strict_exit', 'permanent_residency');
    const first = e.text.charCodeAt(0);
    const last = e.text.charCodeAt(e.text.length - 1);
    expect(first >= 0xd800 && first <= 0xdbff).toBe(true);
    expect(last >= 0xdc00 && last <= 0xdfff).toBe(true);
    expect(e.text).toBe(text.slice(100, 342));
    expect(e.evidence).toEqual([{ end: 63, label: 'pr.strict_exit', start: 61 }]);
  });

  it('anchor at the start when the viewpoint has no span, and drop empty or out-of-text spans', () => {
    const text = '乙'.repeat(500);
    const e = excerpt(
      text,
      [ev('pr.strict_exit', 600, 604), ev('permanent_residency', 7, 7), ev('permanent_residency', 8, 9)],
      'pr.strict_exit',
      'permanent_residency',
    );
    expect([e.text.length, e.cutBefore, e.cutAfter]).toEqual([240, false, true]);
    expect(e.evidence).toEqual([{ end: 9, label: 'permanent_residency', start: 8 }]);
  });
});

/** A post under lexicon-only tagging (no model decision), one cue: ranked by id hash alone. */
const post = (idHash: string, textKey = idHash, id = idHash, rank: Partial<ExampleRank> = {}): ExamplePost => ({
  idHash,
  id,
  given: null,
  probability: null,
  cues: 1,
  ...rank,
  textKey,
  text: idHash,
  cutBefore: false,
  cutAfter: false,
  evidence: [],
  url: null,
  platform: 'weibo',
  month: '2025-03',
});
const offer = (pool: ExamplePool, key: string, p: ExamplePost, onBuild: () => void = () => {}) =>
  offerExample(pool, key, p, () => {
    onBuild();
    return p;
  });

describe('the example pool', () => {
  const key = poolKey('pr.strict_exit', 'hk');

  it('keeps the posts with the smallest id hashes, one per text, in hash order', () => {
    expect(EXAMPLES_PER_GROUP).toBe(3);
    const pool: ExamplePool = {};
    for (const h of ['05', '03', '09', '01', '02']) offer(pool, key, post(h, h === '02' ? '01' : h));
    // 02 has the same text as 01 (kept: smaller hash), so the third is 03.
    expect(pool[key]!.map((p) => p.idHash)).toEqual(['01', '03', '05']);
    expect(key).toBe('pr.strict_exit hk');
  });

  it('does not build a post that cannot be among the smallest', () => {
    const pool: ExamplePool = {};
    for (const h of ['01', '02', '03']) offer(pool, key, post(h));
    let built = 0;
    offer(pool, key, post('04'), () => built++);
    expect(built).toBe(0);
    offer(pool, key, post('00'), () => built++);
    expect(built).toBe(1);
    expect(pool[key]!.map((p) => p.idHash)).toEqual(['00', '01', '02']);
  });

  it('orders equal hashes by id, and merges to the same pool whatever the order of the parts', () => {
    const a: ExamplePool = { [key]: [post('02', 'x', 'b'), post('07')] };
    const b: ExamplePool = { [key]: [post('02', 'y', 'a'), post('01')], [poolKey('pr.plan_ahead', 'hk')]: [post('04')] };
    const ab: ExamplePool = {};
    mergeExamples(ab, a);
    mergeExamples(ab, b);
    const ba: ExamplePool = {};
    mergeExamples(ba, b);
    mergeExamples(ba, a);
    expect(ab).toEqual(ba);
    expect(ab[key]!.map((p) => `${p.idHash}/${p.id}`)).toEqual(['01/01', '02/a', '02/b']);
    expect(ab['pr.plan_ahead hk']!.map((p) => p.idHash)).toEqual(['04']);
  });

  it('chooses posts where the lexicon and the model agree before any other, whatever their hash', () => {
    const pool: ExamplePool = {};
    offer(pool, key, post('01', '01', '01', { given: 'lexicon', probability: 0.41 }));
    offer(pool, key, post('02', '02', '02', { given: 'model', probability: 0.97 }));
    offer(pool, key, post('03', '03', '03', { given: 'lexicon', probability: 0.45 }));
    offer(pool, key, post('ff', 'ff', 'ff', { given: 'both', probability: 0.62 }));
    // The agreeing post leads; of the others the strongest (the model's probability) come next.
    expect(pool[key]!.map((p) => p.idHash)).toEqual(['ff', '02', '03']);
  });

  it('among agreeing posts takes the strongest, and under lexicon-only tagging the posts with the most cues', () => {
    const agree: ExamplePool = {};
    for (const [h, p] of [
      ['01', 0.7],
      ['02', 0.9],
      ['03', 0.8],
      ['04', 0.95],
    ] as const)
      offer(agree, key, post(h, h, h, { given: 'both', probability: p }));
    expect(agree[key]!.map((p) => p.idHash)).toEqual(['04', '02', '03']);
    const lexiconOnly: ExamplePool = {};
    for (const [h, cues] of [
      ['01', 1],
      ['02', 3],
      ['03', 1],
      ['04', 2],
    ] as const)
      offer(lexiconOnly, key, post(h, h, h, { cues }));
    expect(lexiconOnly[key]!.map((p) => p.idHash)).toEqual(['02', '04', '01']);
  });

  it('skips building a post ranked after a full pool, and merges ranked pools to the same result in any order', () => {
    const pool: ExamplePool = {};
    for (const h of ['05', '06', '07']) offer(pool, key, post(h, h, h, { given: 'both', probability: 0.9 }));
    let built = 0;
    offer(pool, key, post('00', '00', '00', { given: 'lexicon', probability: 0.99 }), () => built++);
    expect(built).toBe(0);
    const a: ExamplePool = { [key]: [post('01', '01', '01', { given: 'both', probability: 0.6 }), post('02', '02', '02', { cues: 4 })] };
    const b: ExamplePool = {
      [key]: [post('03', '03', '03', { given: 'both', probability: 0.8 }), post('04', '04', '04', { given: 'model', probability: 0.99 })],
    };
    const ab: ExamplePool = {};
    mergeExamples(ab, a);
    mergeExamples(ab, b);
    const ba: ExamplePool = {};
    mergeExamples(ba, b);
    mergeExamples(ba, a);
    expect(ab).toEqual(ba);
    expect(ab[key]!.map((p) => p.idHash)).toEqual(['03', '01', '04']);
  });
});
