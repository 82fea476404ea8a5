/**
 * Example posts follow the tagger's own decisions: under hybrid tagging a record's model note says
 * who gave each viewpoint (lexicon, model or both) and the model's probability, and the state keeps
 * them with each example (format yuqing-aggregate/4), so the posts where the lexicon and the model
 * agree are chosen first, then the strongest; merged shards and a written-and-read partial state
 * choose the same posts as one run.
 */
import { describe, expect, it } from 'vitest';
import { serialiseState } from '../../src/aggregate/serialise.js';
import { aggregateStateSchemaFor } from '../../src/aggregate/state-schema.js';
import { addRecord, emptyState, mergeStates, type AggregateState } from '../../src/aggregate/state.js';
import type { Classified } from '../../src/records.js';
import { talentTaxonomy } from '../helpers.js';

type Source = 'lexicon' | 'model' | 'both';

/** An HK record on pr.strict_exit; with `note`, the model note hybrid tagging writes. */
const record = (id: string, text: string, note?: { given: Source; p: number }, cues = 1): Classified => ({
  id,
  platform: 'lihkg',
  published_at: '2025-03-07',
  text,
  region: 'hk',
  relevant: true,
  topics: ['permanent_residency'],
  viewpoints: ['pr.strict_exit'],
  polarity: 'negative',
  evidence: Array.from({ length: cues }, (_, i) => ({ label: 'pr.strict_exit', term: '難', start: i, end: i + 1 })),
  ...(note === undefined
    ? {}
    : { model: { probabilities: { 'pr.strict_exit': note.p }, given: { 'pr.strict_exit': note.given }, withdrawn: [], features: {} } }),
});
const keys = { platform: 'lihkg', month: '2025-03', day: '2025-03-07', kind: 'post' };

function stateOf(records: readonly Classified[]): AggregateState {
  const s = emptyState(talentTaxonomy());
  for (const r of records) addRecord(talentTaxonomy(), s, r, keys);
  return s;
}

const chosen = (s: AggregateState) => s.examples['pr.strict_exit hk']!.map((p) => p.id);

// Twelve records whose id hashes fall in any order; only "agree" is given by lexicon and model both.
const hybrid: Classified[] = [
  ...Array.from({ length: 10 }, (_, i) => record(`weak${i}`, `續簽難${i}`, { given: 'lexicon', p: 0.3 + i / 100 })),
  record('alone', '續簽好難', { given: 'model', p: 0.95 }),
  record('agree', '續簽真係難', { given: 'both', p: 0.81 }),
];

describe('example posts under hybrid tagging', () => {
  it('lead with the post where the lexicon and the model agree, then the strongest by the model', () => {
    const s = stateOf(hybrid);
    expect(chosen(s)).toEqual(['agree', 'alone', 'weak9']);
    expect(s.examples['pr.strict_exit hk']![0]).toMatchObject({ given: 'both', probability: 0.81, cues: 1 });
    expect(stateOf([...hybrid].reverse()).examples).toEqual(s.examples);
  });

  it('are the same from merged shards and from a partial state written and read back (format 4)', () => {
    const one = stateOf(hybrid);
    const merged = mergeStates(talentTaxonomy(), [stateOf(hybrid.slice(0, 5)), stateOf(hybrid.slice(5))]);
    expect(serialiseState(merged)).toBe(serialiseState(one));
    const read = aggregateStateSchemaFor(talentTaxonomy()).parse(JSON.parse(serialiseState(one))) as AggregateState;
    expect(read.format).toBe('yuqing-aggregate/4');
    expect(chosen(mergeStates(talentTaxonomy(), [read]))).toEqual(['agree', 'alone', 'weak9']);
    const old = { ...(JSON.parse(serialiseState(one)) as object), format: 'yuqing-aggregate/3' };
    expect(aggregateStateSchemaFor(talentTaxonomy()).safeParse(old).success).toBe(false);
  });

  it('refuse a partial state whose example carries a decision hybrid tagging never writes', () => {
    const json = JSON.parse(serialiseState(stateOf(hybrid))) as { examples: Record<string, { given: unknown; probability: unknown }[]> };
    json.examples['pr.strict_exit hk']![0]!.given = 'oracle';
    expect(aggregateStateSchemaFor(talentTaxonomy()).safeParse(json).success).toBe(false);
    json.examples['pr.strict_exit hk']![0]!.given = 'both';
    json.examples['pr.strict_exit hk']![0]!.probability = 1.5;
    expect(aggregateStateSchemaFor(talentTaxonomy()).safeParse(json).success).toBe(false);
  });
});

describe('example posts under lexicon-only tagging', () => {
  it('are the posts with the most cues for the viewpoint, then by id hash; a malformed note counts as none', () => {
    const lexicon = [
      record('one', '續簽難一', undefined, 1),
      record('three', '續簽難三', undefined, 3),
      record('two', '續簽難二', undefined, 2),
      { ...record('odd', '續簽難四', undefined, 1), model: { given: 'both' } },
    ];
    const s = stateOf(lexicon);
    expect(chosen(s)).toEqual(['three', 'two', expect.stringMatching(/^(one|odd)$/)]);
    expect(s.examples['pr.strict_exit hk']!.every((p) => p.given === null && p.probability === null)).toBe(true);
  });
});
