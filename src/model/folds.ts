/**
 * Folds by a hash of each id (sha256, first four bytes, mod k): deterministic, and a record stays
 * in its fold when others are added or removed.
 */
import { createHash } from 'node:crypto';

export function foldOf(id: string, k: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % k;
}
