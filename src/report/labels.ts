/** Display names for IDs, from the study's taxonomy (data): the names the Markdown, JSON and CSV reports print. */
import type { Taxonomy } from '../study/taxonomy.js';

export interface LabelNames {
  /** Topic and viewpoint names in Traditional Chinese. */
  readonly topics: Readonly<Record<string, string>>;
  readonly viewpoints: Readonly<Record<string, string>>;
  /** Region names in English. */
  readonly regions: Readonly<Record<string, string>>;
}

function pick(names: Taxonomy['names']['topics'], lang: 'zh-Hant' | 'en'): Record<string, string> {
  return Object.fromEntries(Object.entries(names).map(([id, n]) => [id, n[lang]]));
}

export function labelNames(taxonomy: Taxonomy): LabelNames {
  return { topics: pick(taxonomy.names.topics, 'zh-Hant'), viewpoints: pick(taxonomy.names.viewpoints, 'zh-Hant'), regions: pick(taxonomy.names.regions, 'en') };
}

/** A region's English name (the Markdown and CSV reports' language for regions). */
export function regionName(summary: { readonly taxonomy: Taxonomy }, region: string): string {
  return summary.taxonomy.names.regions[region]?.en ?? region;
}
