/**
 * Region from the source platform (taxonomy.md): an explicit region field wins, then the
 * platform through its aliases, otherwise `unknown`. Script never decides region.
 */
import { normaliseTerm } from '../text/normalise.js';
import type { Region } from '../taxonomy.js';
import type { PlatformsFile } from './schema.js';

export interface PlatformTable {
  /** Normalised alias → platform ID. */
  readonly aliases: ReadonlyMap<string, string>;
  readonly regionOf: ReadonlyMap<string, Region>;
  /** Normalised region name → region. */
  readonly regionNames: ReadonlyMap<string, Region>;
  /** Answers already given, by platform and region field as written (dumps repeat a few names). */
  readonly answered: Map<string, Region>;
}

const MAX_ANSWERS_KEPT = 4096;

function aliasKey(name: string): string {
  return normaliseTerm(name).replace(/[\s_\-·.]+/g, '');
}

export function buildPlatformTable(file: PlatformsFile): PlatformTable {
  const aliases = new Map<string, string>();
  const regionOf = new Map<string, Region>();
  for (const [id, entry] of Object.entries(file.platforms)) {
    regionOf.set(id, entry.region);
    aliases.set(aliasKey(id), id);
    for (const name of entry.names) aliases.set(aliasKey(name), id);
  }
  const regionNames = new Map<string, Region>();
  for (const [region, names] of Object.entries(file.regions) as [Region, string[]][]) {
    regionNames.set(aliasKey(region), region);
    for (const name of names) regionNames.set(aliasKey(name), region);
  }
  return { aliases, regionOf, regionNames, answered: new Map() };
}

/** The platform ID of taxonomy.md for a name as a dump spells it, or undefined. */
export function platformId(table: PlatformTable, name: string | undefined): string | undefined {
  if (name === undefined || name.trim() === '') return undefined;
  return table.aliases.get(aliasKey(name));
}

/** The region a name as a dump spells it stands for (platforms.yaml's regions), or undefined. */
export function regionNamed(table: PlatformTable, name: string | undefined): Region | undefined {
  if (name === undefined || name.trim() === '') return undefined;
  return table.regionNames.get(aliasKey(name));
}

export function resolveRegion(table: PlatformTable, platform: string | undefined, explicit: string | undefined): Region {
  const key = `${platform ?? ''}\u0000${explicit ?? ''}`;
  let region = table.answered.get(key);
  if (region === undefined) {
    region = resolveUncached(table, platform, explicit);
    if (table.answered.size < MAX_ANSWERS_KEPT) table.answered.set(key, region);
  }
  return region;
}

function resolveUncached(table: PlatformTable, platform: string | undefined, explicit: string | undefined): Region {
  if (explicit !== undefined && explicit.trim() !== '') {
    const given = table.regionNames.get(aliasKey(explicit));
    if (given !== undefined) return given;
  }
  const id = platformId(table, platform);
  return id === undefined ? 'unknown' : (table.regionOf.get(id) ?? 'unknown');
}
