/** Display names for IDs, from the study's taxonomy (data): the Traditional names report.json records beside the IDs. */
import type { Taxonomy } from '../study/taxonomy.js';

export interface LabelNames {
  /** Topic and viewpoint names in Traditional Chinese. */
  readonly topics: Readonly<Record<string, string>>;
  readonly viewpoints: Readonly<Record<string, string>>;
}

function traditional(names: Taxonomy['names']['topics']): Record<string, string> {
  return Object.fromEntries(Object.entries(names).map(([id, n]) => [id, n['zh-Hant']]));
}

export function labelNames(taxonomy: Taxonomy): LabelNames {
  return { topics: traditional(taxonomy.names.topics), viewpoints: traditional(taxonomy.names.viewpoints) };
}
