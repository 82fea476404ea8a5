/**
 * A state as JSON that is the same for the same counts: object keys sorted at every level, so
 * the order records or shards arrived in does not show.
 */
import type { AggregateState } from './state.js';

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortedKeys((value as Record<string, unknown>)[key]);
  return out;
}

export function serialiseState(state: AggregateState): string {
  return `${JSON.stringify(sortedKeys(state))}\n`;
}
