/**
 * Records without a readable date, counted whatever the study design: missing (no date at all)
 * and unreadable (a value the date reader cannot place), with a few unreadable values as examples —
 * the ones with the smallest id hash, so merged shards keep the same.
 */
export const UNDATED_EXAMPLES = 5;

export interface UndatedExample {
  readonly idHash: string;
  readonly id: string;
  readonly value: string;
}

export interface UndatedRecords {
  missing: number;
  unreadable: number;
  examples: UndatedExample[];
}

export function emptyUndated(): UndatedRecords {
  return { missing: 0, unreadable: 0, examples: [] };
}

function keepSmallest(examples: UndatedExample[]): UndatedExample[] {
  const byHash = new Map(examples.map((e) => [e.idHash, e]));
  return [...byHash.values()].sort((a, b) => (a.idHash < b.idHash ? -1 : a.idHash > b.idHash ? 1 : 0)).slice(0, UNDATED_EXAMPLES);
}

export function noteUnreadableDate(u: UndatedRecords, example: UndatedExample): void {
  u.unreadable++;
  u.examples = keepSmallest([...u.examples, example]);
}

export function mergeUndated(into: UndatedRecords, from: UndatedRecords): void {
  into.missing += from.missing;
  into.unreadable += from.unreadable;
  into.examples = keepSmallest([...into.examples, ...from.examples]);
}
