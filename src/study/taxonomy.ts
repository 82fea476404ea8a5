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
  /** The two regions reports set side by side and test (taxonomy.yaml `compare:`; default: the first two that are not the fallback). */
  readonly compared: readonly [string, string];
  /** Display names of every topic, viewpoint and region, by ID. */
  readonly names: {
    readonly topics: Readonly<Record<string, Names>>;
    readonly viewpoints: Readonly<Record<string, Names>>;
    readonly regions: Readonly<Record<string, Names>>;
  };
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function defaultCompared(regions: TaxonomyFile['regions']): readonly [string, string] {
  const named = regions.filter((r) => !r.fallback);
  return [named[0]!.id, named[1]!.id];
}

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
    compared: file.compare ?? defaultCompared(file.regions),
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

/** The regions shown side by side and tested against each other (Taxonomy.compared). */
export function comparedRegions(taxonomy: Taxonomy): readonly [string, string] {
  return taxonomy.compared;
}

/**
 * The taxonomy with another pair of regions compared (`--compare A,B`): both must be regions of the
 * study, different, and neither the fallback. Returns the problem as a sentence when they are not.
 */
export function withCompared(taxonomy: Taxonomy, pair: readonly string[]): Taxonomy | string {
  const named = taxonomy.regions.filter((r) => r !== taxonomy.fallbackRegion);
  const [a, b] = pair;
  if (pair.length !== 2 || a === undefined || b === undefined || a === b)
    return `expected two different regions separated by a comma, such as ${named[0]},${named[1]}`;
  for (const r of [a, b]) if (!named.includes(r)) return `${r} is not one of the study's regions that can be compared (${named.join(', ')})`;
  return { ...taxonomy, compared: [a, b] };
}
