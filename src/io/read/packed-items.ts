/**
 * Raw items packed for moving between threads: UTF-8 JSON Lines as their bytes, other JSON lines
 * joined into one string, anything else as items. Moving one buffer between threads costs far less
 * than copying hundreds of small objects; the readers pack, the pool and the classifier unpack.
 */
import type { RawItem } from './raw-items.js';
import { jsonLinesOfBytes, type ByteBatch } from './read-jsonl.js';

/**
 * A batch of raw items: UTF-8 JSON Lines as their bytes, other JSON lines joined, anything else
 * (CSV and Excel rows, rejects) as items.
 */
export type PackedItems = ByteBatch | { readonly json: string; readonly lines: readonly number[] } | { readonly items: readonly RawItem[] };

export function packItems(items: readonly RawItem[]): PackedItems {
  if (!items.every((item) => item.kind === 'json')) return { items };
  const json = items as readonly Extract<RawItem, { kind: 'json' }>[];
  // A JSON line holds no line break (the reader split on them), so "\n" joins and splits it back exactly.
  return { json: json.map((item) => item.text).join('\n'), lines: json.map((item) => item.line) };
}

export function unpackItems(batch: PackedItems): readonly RawItem[] {
  if ('bytes' in batch) return jsonLinesOfBytes(batch);
  if ('items' in batch) return batch.items;
  const texts = batch.json.split('\n');
  return batch.lines.map((line, i) => ({ kind: 'json', line, text: texts[i]! }));
}
