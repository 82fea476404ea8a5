/**
 * Topics and viewpoints from hits. A viewpoint found implies its topic, unless its entry says
 * `needs_topic`, in which case it counts only when the topic has its own evidence.
 */
import { isCancelledRow, type HitTable } from './hit-table.js';
import { CODE_LABEL } from './plan.js';

export interface LabelResult {
  readonly topics: readonly string[];
  readonly viewpoints: readonly string[];
  /** Label indices (the plan's labels) of the viewpoints given, in order. */
  readonly viewpointIndices: readonly number[];
  /** Per label index: whether the label was given; a topic given only through viewpoints is 2. */
  readonly given: Uint8Array;
  /** Per label index, the rows of its uncancelled hits in order: rowsOf[i] is a list of row numbers. */
  readonly rowsOf: readonly (readonly number[] | undefined)[];
}

export const GIVEN_OWN = 1;
export const GIVEN_THROUGH_VIEWPOINT = 2;

export function decideLabels(table: HitTable): LabelResult {
  const { plan } = table;
  const { labels, topicCount } = plan;
  // Each label's weight so far (a few dozen numbers a post: a value of the call, not module scratch).
  const total = new Float64Array(labels.length);
  const rowsOf: (number[] | undefined)[] = new Array<number[] | undefined>(labels.length).fill(undefined);
  for (let h = 0; h < table.count; h++) {
    const role = table.role[h]!;
    const i = plan.code[role]! - CODE_LABEL;
    if (i < 0 || isCancelledRow(table, h)) continue;
    total[i] = total[i]! + plan.weight[role]!;
    const list = rowsOf[i];
    if (list === undefined) rowsOf[i] = [h];
    else list.push(h);
  }
  const given = new Uint8Array(labels.length);
  for (let t = 0; t < topicCount; t++) if (total[t]! >= 1) given[t] = GIVEN_OWN;
  const viewpoints: string[] = [];
  const viewpointIndices: number[] = [];
  for (let i = topicCount; i < labels.length; i++) {
    const topic = plan.topicOf[i]!;
    if (topic < 0 || total[i]! < 1) continue;
    if (plan.needsTopic[i] === 1 && given[topic] !== GIVEN_OWN) continue;
    viewpoints.push(labels[i]!);
    viewpointIndices.push(i);
    given[i] = GIVEN_OWN;
    if (given[topic] === 0) given[topic] = GIVEN_THROUGH_VIEWPOINT;
  }
  return { topics: labels.slice(0, topicCount).filter((_, t) => given[t] !== 0), viewpoints, viewpointIndices, given, rowsOf };
}
