/**
 * Aggregation state: counts keyed by region (and topic, token, viewpoint), so memory grows with
 * the number of groups, not posts, and states merge by adding: shards of one dump give the
 * one-run result. Two exceptions, both bounded or documented: the example posts (a few per
 * viewpoint × region) and, with --dedup exact, one short entry per distinct text (dedup.ts).
 */
import { YuqingError } from '../errors.js';
import type { Classified } from '../records.js';
import { topicOfViewpoint, type Taxonomy } from '../study/taxonomy.js';
import { mergeDistinct, noteText, type DistinctTexts } from './dedup.js';
import { exampleRank, modelNoteOf } from './example-rank.js';
import { excerpt, mergeExamples, offerExample, poolKey, type ExamplePool } from './examples.js';
import { idHash, textKey } from './hashes.js';
import { addTerms, mergeTerms, type TermCounts, type TermForms } from './keyness.js';
import { addGroup, bump, emptyRegion, mergeCounts, mergeRegion, type Counts, type RecordGroup, type RegionCounts } from './region-counts.js';
import { placeRecord, WHOLE_DUMP, type StudyDesign } from './study.js';
import type { TermTokeniser } from './terms.js';
import { emptyUndated, mergeUndated, noteUnreadableDate, type UndatedRecords } from './undated.js';

export type { Counts, RegionCounts } from './region-counts.js';

export interface AggregateState {
  readonly format: 'yuqing-aggregate/4';
  /** Which records count; states merge only when their designs are equal. */
  readonly design: StudyDesign;
  /** Every record offered, counted or not. */
  records: number;
  /** Placement (study.ts) → records. */
  placements: Counts;
  /** Every occurrence in the study (raw: reposts included); the timeline also counts records outside the windows. */
  byRegion: Record<string, RegionCounts>;
  /** Word counts per region × topic, for keyness (every occurrence). */
  terms: TermCounts;
  /** Written forms of those words (keyness.ts). */
  termForms: TermForms;
  examples: ExamplePool;
  /** With --dedup exact: each distinct text's representative; empty otherwise. */
  distinct: DistinctTexts;
  /** Relevant records in the study without a text (classified with --slim): no words, no examples. */
  textless: number;
  /** Records offered without a readable date (missing or unreadable), whatever the design. */
  undated: UndatedRecords;
}

export function emptyState(taxonomy: Taxonomy, design: StudyDesign = WHOLE_DUMP): AggregateState {
  const byRegion = {} as Record<string, RegionCounts>;
  for (const region of taxonomy.regions) byRegion[region] = emptyRegion();
  return {
    format: 'yuqing-aggregate/4',
    design,
    records: 0,
    placements: {},
    byRegion,
    terms: {},
    termForms: {},
    examples: {},
    distinct: {},
    textless: 0,
    undated: emptyUndated(),
  };
}

export interface RecordKeys {
  /** Canonical platform ID (or the raw name when unknown). */
  readonly platform: string;
  /** "YYYY-MM" or "" when the date is missing or unreadable. */
  readonly month: string;
  /** "YYYY-MM-DD" in the study's zone, or "" when the date is missing or unreadable. */
  readonly day: string;
  /** The date as given when it could not be read (an example for the report). */
  readonly unreadableDate?: string;
  readonly kind: string;
  /** Words of a text for keyness; without it no words are counted. */
  readonly terms?: TermTokeniser;
}

function textOf(record: Classified): string | undefined {
  return typeof record.text === 'string' ? record.text : undefined;
}

function urlOf(record: Classified): string | null {
  const url = typeof record.url === 'string' ? record.url.trim() : '';
  return /^https?:\/\/\S+$/i.test(url) ? url : null;
}

function addExamples(taxonomy: Taxonomy, state: AggregateState, record: Classified, text: string, keys: RecordKeys): void {
  const hash = idHash(record.id);
  const note = modelNoteOf(record);
  for (const viewpoint of record.viewpoints) {
    const rank = exampleRank(record, note, hash, viewpoint);
    offerExample(state.examples, poolKey(viewpoint, record.region), rank, () => ({
      ...rank,
      textKey: textKey(record.region, text),
      ...excerpt(text, record.evidence, viewpoint, topicOfViewpoint(taxonomy, viewpoint)),
      url: urlOf(record),
      platform: keys.platform,
      month: keys.month,
    }));
  }
}

/** Add one classified record; `keys` are derived by the caller (platform aliases, date parsing, words). */
export function addRecord(taxonomy: Taxonomy, state: AggregateState, record: Classified, keys: RecordKeys): void {
  state.records += 1;
  if (keys.unreadableDate !== undefined) noteUnreadableDate(state.undated, { idHash: idHash(record.id), id: record.id, value: keys.unreadableDate });
  else if (keys.day === '') state.undated.missing++;
  const placement = placeRecord(state.design, record.id, keys.day);
  bump(state.placements, placement);
  if (placement !== 'in_study' && placement !== 'outside_windows') return;
  const group: RecordGroup = {
    region: record.region,
    kind: keys.kind,
    platform: keys.platform,
    month: keys.month,
    inWindow: placement === 'in_study',
    relevant: record.relevant,
    topics: record.topics,
    viewpoints: record.viewpoints,
    polarity: record.polarity,
  };
  addGroup(taxonomy, state.byRegion[record.region]!, group);
  const text = textOf(record);
  if (state.design.dedup === 'exact') {
    if (text === undefined) {
      throw new YuqingError(
        'E_OPTION',
        `record "${record.id}": --dedup exact compares texts, and this record has none (classified with --slim?). Classify without --slim, or use --dedup none.`,
        { field: 'text' },
      );
    }
    noteText(state.distinct, textKey(record.region, text), idHash(record.id), group);
  }
  if (!group.inWindow || !record.relevant) return;
  if (text === undefined) {
    state.textless += 1;
    return;
  }
  if (keys.terms && record.topics.length > 0) addTerms(state.terms, state.termForms, record.region, record.topics, keys.terms(text));
  addExamples(taxonomy, state, record, text, keys);
}

function sameDesign(a: StudyDesign, b: StudyDesign): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function mergeStates(taxonomy: Taxonomy, states: readonly AggregateState[]): AggregateState {
  const design = states[0]?.design ?? WHOLE_DUMP;
  const out = emptyState(taxonomy, design);
  for (const s of states) {
    if (!sameDesign(design, s.design)) {
      throw new YuqingError(
        'E_MERGE_MISMATCH',
        `cannot merge partial results made with different study designs (${JSON.stringify(design)} and ${JSON.stringify(s.design)}). Aggregate every part with the same --sample, --seed, --from, --to, --window and --dedup.`,
      );
    }
    out.records += s.records;
    out.textless += s.textless;
    mergeCounts(out.placements, s.placements);
    for (const region of taxonomy.regions) mergeRegion(out.byRegion[region]!, s.byRegion[region]!);
    mergeTerms(out.terms, s.terms);
    mergeTerms(out.termForms, s.termForms);
    mergeExamples(out.examples, s.examples);
    mergeDistinct(out.distinct, s.distinct);
    mergeUndated(out.undated, s.undated);
  }
  return out;
}
