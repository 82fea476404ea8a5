/**
 * The taxonomy as a value: the topics, viewpoints (each with its topic) and polarity classes of a
 * study, with their display names, built from a loaded lexicon and the report's polarity names.
 * Code that walks labels takes a LabelSet, so a study with other labels needs no code change.
 */
import type { LexiconData } from './lexicon/load.js';

export interface NamedLabel {
  readonly id: string;
  /** The Chinese name from the lexicon's `label` (or the ID when it has none). */
  readonly name: string;
}

export interface ViewpointLabel extends NamedLabel {
  readonly topic: string;
}

export interface LabelSet {
  readonly topics: readonly NamedLabel[];
  readonly viewpoints: readonly ViewpointLabel[];
  readonly polarities: readonly NamedLabel[];
}

/** Topics and viewpoints in the lexicon's order; polarity classes in the order of `polarityNames`. */
export function labelSetOf(lexicon: LexiconData, polarityNames: Readonly<Record<string, string>>): LabelSet {
  const topics = Object.entries(lexicon.topics).map(([id, entry]) => ({ id, name: entry.label ?? id }));
  const viewpoints = Object.entries(lexicon.viewpoints).flatMap(([id, entry]) =>
    entry ? [{ id, topic: entry.topic as string, name: entry.label ?? id }] : [],
  );
  const polarities = Object.entries(polarityNames).map(([id, name]) => ({ id, name }));
  return { topics, viewpoints, polarities };
}

export function viewpointsOf(labels: LabelSet, topic: string): readonly ViewpointLabel[] {
  return labels.viewpoints.filter((v) => v.topic === topic);
}
