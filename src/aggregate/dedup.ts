/**
 * Exact-duplicate removal that survives merging. With --dedup exact the state keeps, for every
 * distinct text of a region (a 16-hex-digit key), the group of its representative: the occurrence
 * with the smallest id hash. That is one short entry per distinct text (the one cost that grows
 * with posts, not groups: about 150 bytes each). Merging keeps the smaller representative, so any
 * split into shards gives the one-run counts; the deduplicated counts are replayed from the table.
 */
import type { Taxonomy } from '../study/taxonomy.js';
import { addGroup, emptyRegion, type RecordGroup, type RegionCounts } from './region-counts.js';

/** text key → "<id hash>\t<group as JSON>" */
export type DistinctTexts = Record<string, string>;

type GroupTuple = [string, string, string, string, 0 | 1, 0 | 1, string[], string[], string];

function encode(idHash: string, g: RecordGroup): string {
  const tuple: GroupTuple = [g.region, g.kind, g.platform, g.month, g.inWindow ? 1 : 0, g.relevant ? 1 : 0, [...g.topics], [...g.viewpoints], g.polarity];
  return `${idHash}\t${JSON.stringify(tuple)}`;
}

function decode(entry: string): RecordGroup {
  const [region, kind, platform, month, inWindow, relevant, topics, viewpoints, polarity] = JSON.parse(entry.slice(entry.indexOf('\t') + 1)) as GroupTuple;
  return { region, kind, platform, month, inWindow: inWindow === 1, relevant: relevant === 1, topics, viewpoints, polarity };
}

function keep(table: DistinctTexts, key: string, entry: string): void {
  const previous = table[key];
  if (previous === undefined || entry < previous) table[key] = entry;
}

/** Note one occurrence; returns true when it is the first of its text seen in this table. */
export function noteText(table: DistinctTexts, key: string, idHash: string, group: RecordGroup): boolean {
  const first = table[key] === undefined;
  keep(table, key, encode(idHash, group));
  return first;
}

export function mergeDistinct(into: DistinctTexts, from: DistinctTexts): void {
  for (const [key, entry] of Object.entries(from)) keep(into, key, entry);
}

/** The counts with each distinct text counted once, through its representative. */
export function distinctCounts(taxonomy: Taxonomy, table: DistinctTexts): Record<string, RegionCounts> {
  const out = {} as Record<string, RegionCounts>;
  for (const region of taxonomy.regions) out[region] = emptyRegion();
  for (const key of Object.keys(table).sort()) {
    const group = decode(table[key]!);
    addGroup(taxonomy, out[group.region]!, group);
  }
  return out;
}
