/**
 * A study's taxonomy as a value: the topics, viewpoints, polarity classes and regions every stage
 * works over. Built from taxonomy.yaml (schema.ts); `src/` names no topic, viewpoint or region.
 * Topics and viewpoints are listed in ID order (code-point order), whatever their order in the
 * file, so that reordering the file changes no output; regions and polarities keep the file's order.
 */
import type { Names, TaxonomyFile } from './schema.js';

export interface Taxonomy {
  /** Topic IDs in ID order. */
  readonly topics: readonly string[];
  /** Viewpoint IDs in ID order. */
  readonly viewpoints: readonly string[];
  /** Each viewpoint's topic. */
  readonly topicOf: Readonly<Record<string, string>>;
  /** Polarity classes in the file's order. */
  readonly polarities: readonly string[];
  /** Region IDs in the file's order. */
  readonly regions: readonly string[];
  /** The region of a post whose platform and region field say nothing. */
  readonly fallbackRegion: string;
  /** Display names of every topic, viewpoint and region, by ID. */
  readonly names: {
    readonly topics: Readonly<Record<string, Names>>;
    readonly viewpoints: Readonly<Record<string, Names>>;
    readonly regions: Readonly<Record<string, Names>>;
  };
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function taxonomyOf(file: TaxonomyFile): Taxonomy {
  const topicOf: Record<string, string> = {};
  const viewpointNames: Record<string, Names> = {};
  for (const topic of file.topics) {
    for (const viewpoint of topic.viewpoints) {
      topicOf[viewpoint.id] = topic.id;
      viewpointNames[viewpoint.id] = viewpoint.names;
    }
  }
  return {
    topics: file.topics.map((t) => t.id).sort(byId),
    viewpoints: Object.keys(topicOf).sort(byId),
    topicOf,
    polarities: file.polarities,
    regions: file.regions.map((r) => r.id),
    fallbackRegion: file.regions.find((r) => r.fallback)!.id,
    names: {
      topics: Object.fromEntries(file.topics.map((t) => [t.id, t.names])),
      viewpoints: viewpointNames,
      regions: Object.fromEntries(file.regions.map((r) => [r.id, r.names])),
    },
  };
}

/** The topic a viewpoint belongs to; a viewpoint outside the taxonomy is a programming error. */
export function topicOfViewpoint(taxonomy: Taxonomy, viewpoint: string): string {
  const topic = taxonomy.topicOf[viewpoint];
  if (topic === undefined) throw new Error(`viewpoint ${viewpoint} is not in the taxonomy`);
  return topic;
}

/** The viewpoints of one topic, in ID order. */
export function viewpointsOf(taxonomy: Taxonomy, topic: string): readonly string[] {
  return taxonomy.viewpoints.filter((v) => taxonomy.topicOf[v] === topic);
}

/** The regions shown side by side and tested against each other: the first two that are not the fallback
 * (the schema asks for at least two). */
export function comparedRegions(taxonomy: Taxonomy): readonly [string, string] {
  const named = taxonomy.regions.filter((r) => r !== taxonomy.fallbackRegion);
  return [named[0]!, named[1]!];
}
