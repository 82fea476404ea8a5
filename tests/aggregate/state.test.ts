/**
 * What adding one classified record does to the state (state.ts): its placement is counted; only
 * records in the study (and, on the timeline, outside the windows) are counted further; examples
 * keep only http(s) links; a relevant record without text is counted as textless; --dedup exact
 * needs texts; states with different designs refuse to merge.
 */
import { describe, expect, it } from 'vitest';
import { addRecord, emptyState, mergeStates } from '../../src/aggregate/state.js';
import { WHOLE_DUMP, type StudyDesign } from '../../src/aggregate/study.js';
import type { Classified } from '../../src/records.js';
import { talentTaxonomy } from '../helpers.js';
import { keys, record } from './record-fixture.js';

const tokens = (text: string) => [...text].map((c) => ({ term: c, surface: c }));

function stateOf(records: Classified[], design: StudyDesign = WHOLE_DUMP, withTerms = false) {
  const s = emptyState(talentTaxonomy(), design);
  for (const r of records) addRecord(talentTaxonomy(), s, r, withTerms ? { ...keys, terms: tokens } : keys);
  return s;
}

describe('adding a record', () => {
  it('counts it, its placement, its region and an example with its http(s) link', () => {
    const s = stateOf([record({ url: '  https://lihkg.com/t/1 ' })]);
    expect([s.records, s.placements, s.byRegion.hk!.volume, s.byRegion.mainland!.volume]).toEqual([1, { in_study: 1 }, 1, 0]);
    const [post] = s.examples['pr.strict_exit hk']!;
    expect(post).toMatchObject({ id: 'a', url: 'https://lihkg.com/t/1', platform: 'lihkg', month: '2025-03', text: '高才通續簽好難，寬進嚴出' });
    expect(post!.evidence).toEqual([{ end: 12, label: 'pr.strict_exit', start: 8 }]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'https://a b', 'ftp://x', '', 'https://'])('keeps no link for the url %s', (url) => {
    expect(stateOf([record({ url })]).examples['pr.strict_exit hk']![0]!.url).toBeNull();
  });

  it('keeps no link when the url is not text', () => {
    expect(stateOf([record({ url: 5 as unknown as string })]).examples['pr.strict_exit hk']![0]!.url).toBeNull();
  });

  it('counts a record outside the study period by its placement only', () => {
    const design: StudyDesign = { ...WHOLE_DUMP, from: '2025-04', to: null };
    const s = stateOf([record()], design, true);
    expect([s.records, s.placements]).toEqual([1, { outside_period: 1 }]);
    expect(s.byRegion.hk).toMatchObject({ volume: 0, months: {} });
    expect([s.examples, s.terms]).toEqual([{}, {}]);
  });

  it('counts a relevant record outside the windows on the timeline only: no words, no example', () => {
    const design: StudyDesign = { ...WHOLE_DUMP, windows: [{ from: '2024-10', to: '2024-12' }] };
    const s = stateOf([record()], design, true);
    expect(s.placements).toEqual({ outside_windows: 1 });
    expect(s.byRegion.hk).toMatchObject({ volume: 0, months: { '2025-03': { '': 1, permanent_residency: 1 } } });
    expect([s.examples, s.terms]).toEqual([{}, {}]);
  });

  it('counts words per region × topic only with a tokeniser, and only for relevant records with a topic', () => {
    expect(stateOf([record()]).terms).toEqual({});
    expect(stateOf([record({ text: '甲乙' })], WHOLE_DUMP, true).terms).toEqual({ 'hk permanent_residency': { 甲: 1, 乙: 1 } });
    expect(stateOf([record({ topics: [], viewpoints: [] })], WHOLE_DUMP, true).terms).toEqual({});
    expect(stateOf([record({ relevant: false, topics: [], viewpoints: [] })], WHOLE_DUMP, true)).toMatchObject({ terms: {}, examples: {} });
  });

  it('counts a relevant record without text as textless, with no words and no example', () => {
    const { text: _text, ...slim } = record();
    const s = stateOf([slim as Classified], WHOLE_DUMP, true);
    expect([s.textless, s.terms, s.examples, s.byRegion.hk!.relevant]).toEqual([1, {}, {}, 1]);
    expect(stateOf([{ ...(slim as Classified), relevant: false, topics: [], viewpoints: [] }]).textless).toBe(0);
  });

  it('with --dedup exact, notes each text once and refuses a record without text, naming it', () => {
    const design: StudyDesign = { ...WHOLE_DUMP, dedup: 'exact' };
    const s = stateOf([record(), record({ id: 'b' }), record({ id: 'c', text: '另一個' })], design);
    expect(Object.keys(s.distinct)).toHaveLength(2);
    const { text: _text, ...slim } = record();
    expect(() => stateOf([slim as Classified], design)).toThrow(
      expect.objectContaining({ code: 'E_OPTION', message: expect.stringContaining('record "a": --dedup exact compares texts') }),
    );
    expect(stateOf([record()]).distinct).toEqual({});
  });
});

describe('merging states', () => {
  it('adds records, placements and textless counts, and refuses different designs, naming both', () => {
    const { text: _text, ...slim } = record();
    const a = stateOf([record(), slim as Classified]);
    const b = stateOf([record({ id: 'b', region: 'mainland' })]);
    const m = mergeStates(talentTaxonomy(), [a, b]);
    expect([m.records, m.placements, m.textless, m.byRegion.hk!.volume, m.byRegion.mainland!.volume]).toEqual([3, { in_study: 3 }, 1, 2, 1]);
    expect(mergeStates(talentTaxonomy(), []).records).toBe(0);
    const other = emptyState(talentTaxonomy(), { ...WHOLE_DUMP, dedup: 'exact' });
    expect(() => mergeStates(talentTaxonomy(), [a, other])).toThrow(
      expect.objectContaining({ code: 'E_MERGE_MISMATCH', message: expect.stringContaining('"dedup":"exact"') }),
    );
  });
});
