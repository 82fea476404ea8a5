/**
 * The aggregation state as a partial state file carries it (yuqing-partial/1): every field checked
 * and unknown keys refused, so a crafted or corrupted shard brings nothing into a report that a
 * fresh run could not have counted — no label, region or key outside the taxonomy, no negative
 * count, no example link other than http(s), no evidence span outside its excerpt.
 */
import { z } from 'zod';
import { idEnum } from '../study/schema.js';
import type { Taxonomy } from '../study/taxonomy.js';
import { POLARITIES } from '../taxonomy.js';
import { EXAMPLES_PER_GROUP, poolKey, type ExamplePool } from './examples.js';
import { termsKey, type TermCounts, type TermForms } from './keyness.js';
import type { RegionCounts } from './region-counts.js';
import type { AggregateState } from './state.js';
import { studyDesignSchema, type Placement } from './study.js';
import { UNDATED_EXAMPLES } from './undated.js';

const count = z.int().nonnegative();
const counts = z.record(z.string(), count);
const month = z.string().regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/, 'a month "YYYY-MM" or ""');
const hex16 = z.string().regex(/^[0-9a-f]{16}$/, '16 hexadecimal digits');
/** The same test the state applies to a record's url before keeping it (state.ts). */
export const EXAMPLE_URL = /^https?:\/\/\S+$/i;

/** A key made of taxonomy IDs, one of a known list. */
function oneOf(keys: readonly string[], what: string) {
  const known = new Set(keys);
  return z.string().refine((k) => known.has(k), { error: (issue) => `"${String(issue.input)}" is not ${what}` });
}

const polarityCounts = z.partialRecord(z.enum(POLARITIES), count);

function regionCountsSchemaFor(taxonomy: Taxonomy) {
  const topicKey = oneOf(taxonomy.topics, 'a topic ID of the taxonomy');
  return z.strictObject({
    volume: count,
    relevant: count,
    byKind: counts,
    relevantByKind: counts,
    byPlatform: counts,
    relevantByPlatform: counts,
    topics: z.record(topicKey, count),
    topicsByPlatform: z.record(z.string(), z.record(topicKey, count)),
    topicsByKind: z.record(z.string(), z.record(topicKey, count)),
    viewpoints: z.record(topicKey, z.record(oneOf(taxonomy.viewpoints, 'a viewpoint ID of the taxonomy'), count)),
    relevantNoTopic: count,
    relevantNoViewpoint: count,
    polarity: polarityCounts,
    topicPolarity: z.record(topicKey, polarityCounts),
    months: z.record(month, z.record(oneOf(['', ...taxonomy.topics], 'a topic ID of the taxonomy or ""'), count)),
  });
}

// Keys in sorted order, as excerpt() writes them: a merged state must give the one-run bytes.
function examplePostSchemaFor(taxonomy: Taxonomy) {
  const exampleSpanSchema = z.strictObject({ end: count, label: idEnum([...taxonomy.topics, ...taxonomy.viewpoints]), start: count });
  return z
    .strictObject({
      idHash: hex16,
      id: z.string(),
      given: z.enum(['lexicon', 'model', 'both']).nullable(),
      probability: z.number().min(0).max(1).nullable(),
      cues: count,
      textKey: hex16,
      text: z.string(),
      cutBefore: z.boolean(),
      cutAfter: z.boolean(),
      evidence: z.array(exampleSpanSchema),
      url: z.string().regex(EXAMPLE_URL, 'an http(s) link without spaces').nullable(),
      platform: z.string(),
      month,
    })
    .refine((p) => p.evidence.every((e) => e.start < e.end && e.end <= p.text.length), {
      error: 'an evidence span outside its excerpt',
      path: ['evidence'],
    });
}

const PLACEMENTS = ['undated', 'outside_period', 'not_sampled', 'outside_windows', 'in_study'] as const satisfies readonly Placement[];

/** dedup.ts's group tuple: region, kind, platform, month, in window, relevant, topics, viewpoints, polarity. */
function groupTupleFor(taxonomy: Taxonomy) {
  return z.tuple([
    idEnum(taxonomy.regions),
    z.string(),
    z.string(),
    month,
    z.union([z.literal(0), z.literal(1)]),
    z.union([z.literal(0), z.literal(1)]),
    z.array(idEnum(taxonomy.topics)),
    z.array(idEnum(taxonomy.viewpoints)),
    z.enum(POLARITIES),
  ]);
}

function isGroupEntry(groupTuple: z.ZodType, entry: string): boolean {
  const tab = entry.indexOf('\t');
  if (tab !== 16 || !/^[0-9a-f]{16}$/.test(entry.slice(0, tab))) return false;
  try {
    return groupTuple.safeParse(JSON.parse(entry.slice(tab + 1))).success;
  } catch {
    return false;
  }
}

/** The state over one taxonomy: no label, region or key outside it. */
export function aggregateStateSchemaFor(taxonomy: Taxonomy) {
  const groupTuple = groupTupleFor(taxonomy);
  const distinctEntry = z
    .string()
    .refine((entry) => isGroupEntry(groupTuple, entry), { error: 'an entry "<id hash>\\t<group as JSON>" as yuqing aggregate writes it' });
  const poolKeys = taxonomy.viewpoints.flatMap((v) => taxonomy.regions.map((r) => poolKey(v, r)));
  const termKeys = taxonomy.regions.flatMap((r) => taxonomy.topics.map((t) => termsKey(r, t)));
  return z.strictObject({
    format: z.literal('yuqing-aggregate/4'),
    design: studyDesignSchema,
    records: count,
    placements: z.partialRecord(z.enum(PLACEMENTS), count),
    byRegion: z.record(idEnum(taxonomy.regions), regionCountsSchemaFor(taxonomy)),
    terms: z.record(oneOf(termKeys, 'a "<region> <topic>" key'), counts),
    termForms: z.record(z.string(), counts),
    examples: z.record(oneOf(poolKeys, 'a "<viewpoint> <region>" key'), z.array(examplePostSchemaFor(taxonomy)).max(EXAMPLES_PER_GROUP)),
    distinct: z.record(hex16, distinctEntry),
    textless: count,
    undated: z.strictObject({
      missing: count,
      unreadable: count,
      examples: z.array(z.strictObject({ idHash: hex16, id: z.string(), value: z.string() })).max(UNDATED_EXAMPLES),
    }),
  });
}

// The schema's pieces must fit the state's types: a change to one that the other misses fails the build.
type Fits<T, U> = T extends U ? true : false;
const fits: [
  Fits<z.output<ReturnType<typeof aggregateStateSchemaFor>>, AggregateState>,
  Fits<Placement, (typeof PLACEMENTS)[number]>,
  Fits<z.output<ReturnType<typeof regionCountsSchemaFor>>, RegionCounts>,
  Fits<z.output<ReturnType<typeof aggregateStateSchemaFor>>['examples'], ExamplePool>,
  Fits<z.output<ReturnType<typeof aggregateStateSchemaFor>>['terms'], TermCounts>,
  Fits<z.output<ReturnType<typeof aggregateStateSchemaFor>>['termForms'], TermForms>,
] = [true, true, true, true, true, true];
void fits;
