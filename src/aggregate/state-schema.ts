/**
 * The aggregation state as a partial state file carries it (yuqing-partial/1): every field checked
 * and unknown keys refused, so a crafted or corrupted shard brings nothing into a report that a
 * fresh run could not have counted — no label, region or key outside the taxonomy, no negative
 * count, no example link other than http(s), no evidence span outside its excerpt.
 */
import { z } from 'zod';
import { POLARITIES, REGIONS, TOPIC_IDS, VIEWPOINT_IDS } from '../taxonomy.js';
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

const topicKey = z.enum(TOPIC_IDS);
const polarityCounts = z.partialRecord(z.enum(POLARITIES), count);

const regionCountsSchema = z.strictObject({
  volume: count,
  relevant: count,
  byKind: counts,
  relevantByKind: counts,
  byPlatform: counts,
  relevantByPlatform: counts,
  topics: z.partialRecord(topicKey, count),
  topicsByPlatform: z.record(z.string(), z.partialRecord(topicKey, count)),
  topicsByKind: z.record(z.string(), z.partialRecord(topicKey, count)),
  viewpoints: z.partialRecord(topicKey, z.partialRecord(z.enum(VIEWPOINT_IDS), count)),
  relevantNoTopic: count,
  relevantNoViewpoint: count,
  polarity: polarityCounts,
  topicPolarity: z.partialRecord(topicKey, polarityCounts),
  months: z.record(month, z.partialRecord(z.enum(['', ...TOPIC_IDS]), count)),
});

// Keys in sorted order, as excerpt() writes them: a merged state must give the one-run bytes.
const exampleSpanSchema = z.strictObject({ end: count, label: z.enum([...TOPIC_IDS, ...VIEWPOINT_IDS]), start: count });

const examplePostSchema = z
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

const poolKeys = VIEWPOINT_IDS.flatMap((v) => REGIONS.map((r) => poolKey(v, r)));
const termKeys = REGIONS.flatMap((r) => TOPIC_IDS.map((t) => termsKey(r, t)));

const PLACEMENTS = ['undated', 'outside_period', 'not_sampled', 'outside_windows', 'in_study'] as const satisfies readonly Placement[];

/** dedup.ts's group tuple: region, kind, platform, month, in window, relevant, topics, viewpoints, polarity. */
const groupTuple = z.tuple([
  z.enum(REGIONS), z.string(), z.string(), month, z.union([z.literal(0), z.literal(1)]), z.union([z.literal(0), z.literal(1)]),
  z.array(topicKey), z.array(z.enum(VIEWPOINT_IDS)), z.enum(POLARITIES),
]);

function isGroupEntry(entry: string): boolean {
  const tab = entry.indexOf('\t');
  if (tab !== 16 || !/^[0-9a-f]{16}$/.test(entry.slice(0, tab))) return false;
  try {
    return groupTuple.safeParse(JSON.parse(entry.slice(tab + 1))).success;
  } catch {
    return false;
  }
}

const distinctEntry = z.string().refine(isGroupEntry, { error: 'an entry "<id hash>\\t<group as JSON>" as yuqing aggregate writes it' });

export const aggregateStateSchema = z.strictObject({
  format: z.literal('yuqing-aggregate/4'),
  design: studyDesignSchema,
  records: count,
  placements: z.partialRecord(z.enum(PLACEMENTS), count),
  byRegion: z.record(z.enum(REGIONS), regionCountsSchema),
  terms: z.record(oneOf(termKeys, 'a "<region> <topic>" key'), counts),
  termForms: z.record(z.string(), counts),
  examples: z.record(oneOf(poolKeys, 'a "<viewpoint> <region>" key'), z.array(examplePostSchema).max(EXAMPLES_PER_GROUP)),
  distinct: z.record(hex16, distinctEntry),
  textless: count,
  undated: z.strictObject({
    missing: count,
    unreadable: count,
    examples: z.array(z.strictObject({ idHash: hex16, id: z.string(), value: z.string() })).max(UNDATED_EXAMPLES),
  }),
});

// The schema's pieces must fit the state's types: a change to one that the other misses fails the build.
type Fits<T, U> = T extends U ? true : false;
const fits: [
  Fits<z.output<typeof aggregateStateSchema>, AggregateState>,
  Fits<Placement, (typeof PLACEMENTS)[number]>,
  Fits<z.output<typeof regionCountsSchema>, RegionCounts>,
  Fits<z.output<typeof aggregateStateSchema>['examples'], ExamplePool>,
  Fits<z.output<typeof aggregateStateSchema>['terms'], TermCounts>,
  Fits<z.output<typeof aggregateStateSchema>['termForms'], TermForms>,
] = [true, true, true, true, true, true];
void fits;
