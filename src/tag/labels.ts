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

const LABELS: readonly (TopicId | ViewpointId)[] = [...TOPIC_IDS, ...VIEWPOINT_IDS];
const LABEL_INDEX = new Map<string, number>(LABELS.map((id, i) => [id, i]));

/** Per topic and viewpoint (by index in LABELS): the weight of its uncancelled hits, and those hits in order. */
function scores(hits: readonly Hit[]): { total: number[]; behind: (Hit[] | undefined)[] } {
  const total = new Array<number>(LABELS.length).fill(0);
  const behind = new Array<Hit[] | undefined>(LABELS.length).fill(undefined);
  for (const hit of hits) {
    const t = hit.target;
    const key = t.kind === 'topic' ? t.topic : t.kind === 'viewpoint' ? t.viewpoint : undefined;
    if (key === undefined || isCancelled(hit)) continue;
    const i = LABEL_INDEX.get(key)!;
    total[i] = total[i]! + hit.weight;
    const list = behind[i];
    if (list === undefined) behind[i] = [hit];
    else list.push(hit);
  }
  return { total, behind };
}

export function decideLabels(hits: readonly Hit[], data: LexiconData): LabelResult {
  const { total, behind } = scores(hits);
  const scoreOf = (id: TopicId | ViewpointId) => total[LABEL_INDEX.get(id)!]!;
  const hitsOf = (id: TopicId | ViewpointId) => behind[LABEL_INDEX.get(id)!] ?? [];
  const ownTopics = new Set(TOPIC_IDS.filter((t) => scoreOf(t) >= 1));
  const support = new Map<TopicId | ViewpointId, Hit[]>();
  const viewpoints: ViewpointId[] = [];
  const topics = new Set(ownTopics);
  for (const id of VIEWPOINT_IDS) {
    const entry = data.viewpoints[id];
    if (entry === undefined || scoreOf(id) < 1) continue;
    if (entry.needs_topic && !ownTopics.has(entry.topic)) continue;
    viewpoints.push(id);
    support.set(id, hitsOf(id));
    topics.add(entry.topic);
    if (!ownTopics.has(entry.topic)) {
      const list = support.get(entry.topic) ?? [];
      for (const hit of hitsOf(id)) list.push(hit);
      support.set(entry.topic, list);
    }
  }
  for (const topic of ownTopics) support.set(topic, hitsOf(topic));
  return { topics: TOPIC_IDS.filter((t) => topics.has(t)), viewpoints, support };
}
