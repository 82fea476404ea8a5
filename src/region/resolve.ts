/**
 * Region from the source platform (taxonomy.md): an explicit region field wins, then the
 * platform through its aliases, otherwise the study's fallback region (`unknown`). Script never
 * decides region.
 */
import type { Taxonomy } from '../study/taxonomy.js';
import { normaliseTerm } from '../text/normalise.js';
import type { PlatformsFile } from './schema.js';

export interface PlatformTable {
  /** Normalised alias → platform ID. */
  readonly aliases: ReadonlyMap<string, string>;
  readonly regionOf: ReadonlyMap<string, string>;
  /** Normalised region name → region. */
  readonly regionNames: ReadonlyMap<string, string>;
  /** The region when neither the region field nor the platform tells (the taxonomy's fallback). */
  readonly fallback: string;
  /** Answers already given, by platform and region field as written (dumps repeat a few names). */
  readonly answered: Map<string, string>;
}

const MAX_ANSWERS_KEPT = 4096;

function aliasKey(name: string): string {
  return normaliseTerm(name).replace(/[\s_\-·.]+/g, '');
}

/** The table of a platform file checked against the study's taxonomy (platformsFileSchemaFor). */
export function buildPlatformTable(file: PlatformsFile, taxonomy: Taxonomy): PlatformTable {
  const aliases = new Map<string, string>();
  const regionOf = new Map<string, string>();
  for (const [id, entry] of Object.entries(file.platforms)) {
    regionOf.set(id, entry.region);
    aliases.set(aliasKey(id), id);
    for (const name of entry.names) aliases.set(aliasKey(name), id);
  }
  const regionNames = new Map<string, string>();
  for (const [region, names] of Object.entries(file.regions) as [string, string[]][]) {
    regionNames.set(aliasKey(region), region);
    for (const name of names) regionNames.set(aliasKey(name), region);
  }
  return { aliases, regionOf, regionNames, fallback: taxonomy.fallbackRegion, answered: new Map() };
}

/** The platform ID of taxonomy.md for a name as a dump spells it, or undefined. */
export function platformId(table: PlatformTable, name: string | undefined): string | undefined {
  if (name === undefined || name.trim() === '') return undefined;
  return table.aliases.get(aliasKey(name));
}

/** The region a name as a dump spells it stands for (platforms.yaml's regions), or undefined. */
export function regionNamed(table: PlatformTable, name: string | undefined): string | undefined {
  if (name === undefined || name.trim() === '') return undefined;
  return table.regionNames.get(aliasKey(name));
}

export function resolveRegion(table: PlatformTable, platform: string | undefined, explicit: string | undefined): string {
  const key = `${platform ?? ''}\u0000${explicit ?? ''}`;
  let region = table.answered.get(key);
  if (region === undefined) {
    region = resolveUncached(table, platform, explicit);
    if (table.answered.size < MAX_ANSWERS_KEPT) table.answered.set(key, region);
  }
  return region;
}

function resolveUncached(table: PlatformTable, platform: string | undefined, explicit: string | undefined): string {
  if (explicit !== undefined && explicit.trim() !== '') {
    const given = table.regionNames.get(aliasKey(explicit));
    if (given !== undefined) return given;
  }
  const id = platformId(table, platform);
  return id === undefined ? table.fallback : (table.regionOf.get(id) ?? table.fallback);
}
