/**
 * The edges of the mergeable state: which dates count as missing, which records reach the region
 * counts, which links an example keeps, what the deduplication table replays, how examples are
 * ordered when everything but the id ties, where an excerpt is cut around surrogate pairs and which
 * spans it keeps, and what a partial state file refuses.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctCounts, noteText } from '../../src/aggregate/dedup.js';
import { byChoice, excerpt, type ExampleRank } from '../../src/aggregate/examples.js';
import { aggregateStateSchemaFor } from '../../src/aggregate/state-schema.js';
import { addRecord, emptyState } from '../../src/aggregate/state.js';
import { WHOLE_DUMP, type StudyDesign } from '../../src/aggregate/study.js';
import { YuqingError } from '../../src/errors.js';
import { readPartial, serialisePartial, type Partial as PartialState } from '../../src/io/write/partial-state.js';
import type { Classified } from '../../src/records.js';
import { talentTaxonomy } from '../helpers.js';
import { keys, record } from './record-fixture.js';

describe('adding a record: dates, placement, links, texts, words', () => {
  it('counts a record without a day as missing, and one with an unreadable date only as unreadable', () => {
    const s = emptyState(talentTaxonomy());
    addRecord(talentTaxonomy(), s, record({ id: 'a' }), { ...keys, month: '', day: '' });
    addRecord(talentTaxonomy(), s, record({ id: 'b' }), { ...keys, month: '', day: '', unreadableDate: '昨天' });
    addRecord(talentTaxonomy(), s, record({ id: 'c' }), keys);
    addRecord(talentTaxonomy(), s, record({ id: 'd' }), keys);
    expect([s.undated.missing, s.undated.unreadable]).toEqual([1, 1]);
  });

  it('a record outside the period is counted as placed, and nowhere else', () => {
    const design: StudyDesign = { ...WHOLE_DUMP, from: '2025-04-01', to: '2025-04-30' };
    const s = emptyState(talentTaxonomy(), design);
    addRecord(talentTaxonomy(), s, record(), keys);
    expect(s.placements).toEqual({ outside_period: 1 });
    expect([s.byRegion.hk!.volume, s.byRegion.hk!.months, s.examples]).toEqual([0, {}, {}]);
  });

  it('an example keeps an http link, and no link that only ends in one', () => {
    const urlOf = (url: string) => {
      const s = emptyState(talentTaxonomy());
      addRecord(talentTaxonomy(), s, record({ url }), keys);
      return s.examples['pr.strict_exit hk']![0]!.url;
    };
    expect(urlOf('http://example.com/t/1')).toBe('http://example.com/t/1');
    expect(urlOf('javascript:alert(1)//https://example.com')).toBeNull();
  });

  it('--dedup exact without a text names the field in its error', () => {
    const s = emptyState(talentTaxonomy(), { ...WHOLE_DUMP, dedup: 'exact' });
    const { text: _, ...slim } = record();
    let error: unknown;
    try {
      addRecord(talentTaxonomy(), s, slim as Classified, keys);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(YuqingError);
    expect((error as YuqingError).context).toEqual({ field: 'text' });
  });

  it('words and their written forms are counted only for records with a topic', () => {
    const s = emptyState(talentTaxonomy());
    // Each word written in another form, as a Traditional text's Simplified terms are.
    const terms = (text: string) => [...text].map((c) => ({ term: c, surface: `${c}*` }));
    addRecord(talentTaxonomy(), s, record({ topics: [], viewpoints: [] }), { ...keys, terms });
    expect([s.terms, s.termForms]).toEqual([{}, {}]);
  });
});

describe('the deduplication table replays each group as noted', () => {
  it('an entry outside the windows and not relevant stays so', () => {
    const table = {};
    const group = {
      region: 'hk',
      kind: 'post',
      platform: 'lihkg',
      month: '2025-03',
      inWindow: false,
      relevant: false,
      topics: [],
      viewpoints: [],
      polarity: 'neutral',
    };
    noteText(table, '0123456789abcdef', 'fedcba9876543210', group);
    const hk = distinctCounts(talentTaxonomy(), table).hk!;
    expect([hk.volume, hk.relevant, hk.months]).toEqual([0, 0, {}]);
    noteText(table, '1123456789abcdef', 'fedcba9876543211', { ...group, inWindow: true, relevant: true });
    const again = distinctCounts(talentTaxonomy(), table).hk!;
    expect([again.volume, again.relevant]).toEqual([1, 1]);
  });
});

describe('the deduplication table replays in the order of its keys, not of arrival', () => {
  it('two tables noted in opposite orders give the same counts, key order included', () => {
    const group = (platform: string) => ({
      region: 'hk',
      kind: 'post',
      platform,
      month: '2025-03',
      inWindow: true,
      relevant: false,
      topics: [],
      viewpoints: [],
      polarity: 'neutral',
    });
    const first = {};
    noteText(first, '0000000000000001', 'aaaaaaaaaaaaaaaa', group('weibo'));
    noteText(first, '0000000000000002', 'bbbbbbbbbbbbbbbb', group('lihkg'));
    const second = {};
    noteText(second, '0000000000000002', 'bbbbbbbbbbbbbbbb', group('lihkg'));
    noteText(second, '0000000000000001', 'aaaaaaaaaaaaaaaa', group('weibo'));
    expect(JSON.stringify(distinctCounts(talentTaxonomy(), second))).toBe(JSON.stringify(distinctCounts(talentTaxonomy(), first)));
  });
});

describe('examples: the order when all else ties, and excerpts', () => {
  it('with equal id hashes, the smaller id comes first (a total order)', () => {
    const rank = (id: string): ExampleRank => ({ idHash: '0000000000000000', id, given: null, probability: null, cues: 1 });
    expect(byChoice(rank('a'), rank('b'))).toBe(-1);
    expect(byChoice(rank('b'), rank('a'))).toBe(1);
    expect(byChoice(rank('a'), rank('a'))).toBe(0);
  });

  const long = (before: string, after = '') => `${before}${'字'.repeat(300)}${after}`;

  it('an excerpt never starts or ends inside a pair, at either end of the low surrogates', () => {
    for (const astral of ['\u{10000}', '\u{103FF}']) {
      // The anchor at 100 starts the excerpt at 40: make 39–40 a pair, and 279–280 another.
      const text = `${'字'.repeat(39)}${astral}${'字'.repeat(238)}${astral}${'字'.repeat(100)}`;
      const ex = excerpt(text, [{ label: 'v', term: '字', start: 100, end: 101 }], 'v', 't');
      expect(ex.text.startsWith(astral)).toBe(true);
      expect(ex.text.endsWith(astral)).toBe(true);
      expect(ex.evidence).toEqual([{ label: 'v', start: 61, end: 62 }]);
    }
  });

  it('a cut at a character above the surrogates stays where it is', () => {
    // Ａ (U+FF21) at 40, where the anchor at 100 starts the excerpt.
    const text = `${'字'.repeat(40)}Ａ${'字'.repeat(300)}`;
    expect(excerpt(text, [{ label: 'v', term: '字', start: 100, end: 101 }], 'v', 't').text.startsWith('Ａ')).toBe(true);
  });

  it('a lone low surrogate at the start of a text is kept, not stepped back from', () => {
    const ex = excerpt(long('\uDC00'), [], 'v', 't');
    expect(ex.text.startsWith('\uDC00字')).toBe(true);
    expect(ex.cutBefore).toBe(false);
  });

  it('keeps spans starting at the cut, drops spans before it, and anchors on spans inside the text only', () => {
    const text = long('');
    const evidence = [
      { label: 't', term: '字', start: 10, end: 11 },
      { label: 'v', term: '字', start: 100, end: 101 },
      { label: 't', term: '字', start: 40, end: 41 },
      { label: 'v', term: '字', start: 5, end: 400 },
    ];
    const ex = excerpt(text, evidence, 'v', 't');
    expect(ex.evidence).toEqual([
      { label: 'v', start: 60, end: 61 },
      { label: 't', start: 0, end: 1 },
    ]);
  });
});

describe('partial state files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-merge-edges-'));
  const partial = (): PartialState => ({
    format: 'yuqing-partial/1',
    lexicon: { id: 'x', version: '1', hash: 'h' },
    input: [],
    counts: { read: 0, classified: 0, rejected: 0 },
    options: {},
    state: emptyState(talentTaxonomy()),
  });

  it('are written with the state inline and one newline at the end', () => {
    const text = serialisePartial(partial());
    expect(text.endsWith('}\n}\n')).toBe(true);
    expect(text).not.toContain('\n\n');
    expect(text).toMatch(/"state": \{"byRegion"/);
  });

  it('name the file in the error context when missing or not JSON', () => {
    const context = (file: string) => {
      try {
        readPartial(file, talentTaxonomy());
      } catch (e) {
        return (e as YuqingError).context;
      }
      return undefined;
    };
    const missing = join(dir, 'none.json');
    expect(context(missing)).toEqual({ file: missing });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{');
    expect(context(bad)).toEqual({ file: bad });
  });

  it('refuse an example span outside its excerpt, or empty, and a deduplication entry without its id hash', () => {
    const schema = aggregateStateSchemaFor(talentTaxonomy());
    const s = emptyState(talentTaxonomy());
    addRecord(talentTaxonomy(), s, record(), keys);
    const state = JSON.parse(JSON.stringify(s));
    expect(schema.safeParse(state).success).toBe(true);
    const post = state.examples['pr.strict_exit hk'][0];
    const withSpans = (evidence: object[]) => ({ ...state, examples: { 'pr.strict_exit hk': [{ ...post, evidence }] } });
    const ok = { label: 'pr.strict_exit', start: 8, end: 12 };
    expect(schema.safeParse(withSpans([ok])).success).toBe(true);
    expect(schema.safeParse(withSpans([ok, { ...ok, start: 12, end: 12 }])).success).toBe(false);
    expect(schema.safeParse(withSpans([ok, { ...ok, end: 13 }])).success).toBe(false);
    const entry = '["hk","post","lihkg","2025-03",1,1,[],[],"neutral"]';
    const withEntry = (e: string) => ({ ...state, distinct: { '0123456789abcdef': e } });
    expect(schema.safeParse(withEntry(`0123456789abcdef\t${entry}`)).success).toBe(true);
    expect(schema.safeParse(withEntry(`x0123456789abcde\t${entry}`)).success).toBe(false);
    expect(schema.safeParse(withEntry(`0123456789abcdex\t${entry}`)).success).toBe(false);
    expect(schema.safeParse(withEntry(`0123456789abcdef ${entry}`)).success).toBe(false);
  });

  it('refuse each key outside the taxonomy, saying what was expected and where', () => {
    const schema = aggregateStateSchemaFor(talentTaxonomy());
    const s = emptyState(talentTaxonomy());
    addRecord(talentTaxonomy(), s, record(), keys);
    const state = JSON.parse(JSON.stringify(s));
    const issue = (change: (st: typeof state) => void) => {
      const copy = JSON.parse(JSON.stringify(state));
      change(copy);
      const parsed = schema.safeParse(copy);
      if (parsed.success) return undefined;
      // A key refused inside a record is an issue "Invalid key in record" holding the key's own issue.
      const first = parsed.error.issues[0]! as { path: PropertyKey[]; message: string; issues?: { message: string }[] };
      return [first.path.join('.'), first.issues?.[0]?.message ?? first.message];
    };
    expect(issue((st) => (st.byRegion.hk.topics = { nope: 1 }))).toEqual(['byRegion.hk.topics.nope', '"nope" is not a topic ID of the taxonomy']);
    expect(issue((st) => (st.byRegion.hk.viewpoints = { permanent_residency: { nope: 1 } }))).toEqual([
      'byRegion.hk.viewpoints.permanent_residency.nope',
      '"nope" is not a viewpoint ID of the taxonomy',
    ]);
    expect(issue((st) => (st.byRegion.hk.months = { '2025-03': { nope: 1 } }))).toEqual([
      'byRegion.hk.months.2025-03.nope',
      '"nope" is not a topic ID of the taxonomy or ""',
    ]);
    expect(issue((st) => (st.terms = { 'hk nope': {} }))).toEqual(['terms.hk nope', '"hk nope" is not a "<region> <topic>" key']);
    expect(issue((st) => (st.examples = { 'nope hk': [] }))).toEqual(['examples.nope hk', '"nope hk" is not a "<viewpoint> <region>" key']);
    expect(issue((st) => (st.examples['pr.strict_exit hk'][0].evidence = [{ label: 'pr.strict_exit', start: 8, end: 99 }]))).toEqual([
      'examples.pr.strict_exit hk.0.evidence',
      'an evidence span outside its excerpt',
    ]);
    expect(issue((st) => (st.distinct = { '0123456789abcdef': '0123456789abcdef\t{' }))).toEqual([
      'distinct.0123456789abcdef',
      'an entry "<id hash>\\t<group as JSON>" as yuqing aggregate writes it',
    ]);
  });

  it('accept an example the model gave, with a probability from 0 to 1, and refuse a probability above 1', () => {
    const schema = aggregateStateSchemaFor(talentTaxonomy());
    const s = emptyState(talentTaxonomy());
    addRecord(talentTaxonomy(), s, record(), keys);
    const state = JSON.parse(JSON.stringify(s));
    const post = state.examples['pr.strict_exit hk'][0];
    const withPost = (over: object) => ({ ...state, examples: { 'pr.strict_exit hk': [{ ...post, ...over }] } });
    expect(schema.safeParse(withPost({ given: 'both', probability: 0.5 })).success).toBe(true);
    expect(schema.safeParse(withPost({ given: 'model', probability: 1 })).success).toBe(true);
    expect(schema.safeParse(withPost({ given: 'model', probability: 1.5 })).success).toBe(false);
  });
});
