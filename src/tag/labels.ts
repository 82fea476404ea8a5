/**
 * Topics and viewpoints from hits. A viewpoint found implies its topic, unless its entry says
 * `needs_topic`, in which case it counts only when the topic has its own evidence.
 */
import type { LexiconData } from '../lexicon/load.js';
import { TOPIC_IDS, VIEWPOINT_IDS, type TopicId, type ViewpointId } from '../taxonomy.js';
import { isCancelled, type Hit } from './hits.js';

export interface LabelResult {
  readonly topics: readonly TopicId[];
  readonly viewpoints: readonly ViewpointId[];
  /** The hits behind each label given. */
  readonly support: ReadonlyMap<TopicId | ViewpointId, readonly Hit[]>;
}

function scores<K extends string>(hits: readonly Hit[], keyOf: (hit: Hit) => K | undefined) {
  const total = new Map<K, number>();
  const behind = new Map<K, Hit[]>();
  for (const hit of hits) {
    const key = keyOf(hit);
    if (key === undefined || isCancelled(hit)) continue;
    total.set(key, (total.get(key) ?? 0) + hit.weight);
    const list = behind.get(key);
    if (list === undefined) behind.set(key, [hit]);
    else list.push(hit);
  }
  return { total, behind };
}

export function decideLabels(hits: readonly Hit[], data: LexiconData): LabelResult {
  const topicScores = scores(hits, (h) => (h.target.kind === 'topic' ? h.target.topic : undefined));
  const viewScores = scores(hits, (h) => (h.target.kind === 'viewpoint' ? h.target.viewpoint : undefined));
  const ownTopics = new Set(TOPIC_IDS.filter((t) => (topicScores.total.get(t) ?? 0) >= 1));
  const support = new Map<TopicId | ViewpointId, Hit[]>();
  const viewpoints: ViewpointId[] = [];
  const topics = new Set(ownTopics);
  for (const id of VIEWPOINT_IDS) {
    const entry = data.viewpoints[id];
    if (entry === undefined || (viewScores.total.get(id) ?? 0) < 1) continue;
    if (entry.needs_topic && !ownTopics.has(entry.topic)) continue;
    viewpoints.push(id);
    support.set(id, viewScores.behind.get(id) ?? []);
    topics.add(entry.topic);
    if (!ownTopics.has(entry.topic)) {
      const list = support.get(entry.topic) ?? [];
      for (const hit of viewScores.behind.get(id) ?? []) list.push(hit);
      support.set(entry.topic, list);
    }
  }
  for (const topic of ownTopics) support.set(topic, topicScores.behind.get(topic) ?? []);
  return { topics: TOPIC_IDS.filter((t) => topics.has(t)), viewpoints, support };
}
