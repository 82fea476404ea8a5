/** Raw items → output lines or rejects: the work one thread (main or worker) does per batch. */
import { classifyPost, type Classifier, type ClassifyOptions } from '../classify.js';
import type { FieldMap } from './map-record.js';
import { isReject, toPost, type ItemSource, type RawItem } from './raw-items.js';
import type { ItemResult } from './worker-protocol.js';

export function classifyItem(item: RawItem, classifier: Classifier, source: ItemSource, fields: FieldMap, options: ClassifyOptions): ItemResult {
  if (item.kind === 'reject') return { reject: item.reject };
  const post = toPost(item, source, fields);
  if (isReject(post)) return { reject: post };
  return { out: JSON.stringify(classifyPost(classifier, post, options)), id: post.id, line: item.line };
}
