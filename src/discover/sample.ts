/**
 * The fit sample: the in-scope posts with the smallest hash of (seed, id), at most `size` of them.
 * It is the same whatever the order of the input, takes one pass and bounded memory (candidates are
 * cut back to `size` whenever twice as many have gathered), and a different seed draws another one.
 */
import { createHash } from 'node:crypto';

export interface Sampled<T> {
  readonly key: string;
  readonly item: T;
}

export function sampleKey(seed: number, id: string): string {
  return createHash('sha256').update(`${seed}\u0000${id}`).digest('hex').slice(0, 16);
}

const byKey = <T>(a: Sampled<T>, b: Sampled<T>): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export interface BottomSample<T> {
  offer(key: string, item: T): void;
  /** The kept items in key order. */
  items(): T[];
}

export function bottomSample<T>(size: number): BottomSample<T> {
  let kept: Sampled<T>[] = [];
  let bound: string | undefined;
  const cut = () => {
    kept.sort(byKey);
    kept = kept.slice(0, size);
    bound = kept.length === size ? kept[size - 1]!.key : undefined;
  };
  return {
    offer(key, item) {
      if (bound !== undefined && key >= bound) return;
      kept.push({ key, item });
      if (kept.length >= 2 * size) cut();
    },
    items() {
      cut();
      return kept.map((s) => s.item);
    },
  };
}
