/** Display names for IDs: taxonomy labels come from the lexicon (data), region names from here. */
import type { LexiconData } from '../lexicon/load.js';
import type { Region } from '../taxonomy.js';

export interface LabelNames {
  readonly topics: Readonly<Record<string, string>>;
  readonly viewpoints: Readonly<Record<string, string>>;
}

export const REGION_NAMES: Readonly<Record<Region, string>> = { mainland: 'Mainland', hk: 'Hong Kong', unknown: 'unknown region' };

export function labelNames(lexicon: LexiconData | undefined): LabelNames {
  const topics: Record<string, string> = {};
  const viewpoints: Record<string, string> = {};
  if (lexicon) {
    for (const [id, entry] of Object.entries(lexicon.topics)) if (entry.label) topics[id] = entry.label;
    for (const [id, entry] of Object.entries(lexicon.viewpoints)) if (entry?.label) viewpoints[id] = entry.label;
  }
  return { topics, viewpoints };
}
